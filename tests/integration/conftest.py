"""Integration tests: a real Docker engine, real client images, real iptables rules in lab namespaces.

They do not skip when the engine is missing: the test command (scripts/test) brings it up, and a
missing engine is a failure worth seeing.
"""

from __future__ import annotations

import pytest

from netmatrix import engine, images, pods


# The `integration` marker is applied by tests/conftest.py (by path relative to tests/).


@pytest.fixture(scope="session")
def docker_client():
    return engine.ensure_engine()


@pytest.fixture(scope="session")
def lab_image(docker_client):
    return images.ensure_lab(docker_client)


@pytest.fixture
def leftovers(docker_client):
    """Containers of this process's runs still present after the test: must be none."""

    def count() -> int:
        import os

        # The low-level listing: other runs' containers may vanish while we look (pods.py says why).
        mine = [
            c
            for c in pods.list_containers(docker_client, pods.LABEL)
            if (c.get("Labels") or {}).get(f"{pods.LABEL}.pid") == str(os.getpid())
        ]
        return len(mine)

    return count

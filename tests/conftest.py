"""Shared fixtures. Unit tests never touch Docker; tests/integration drives the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from netmatrix import catalog

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"


# "Connection refused" comes from a reset or an ICMP port-unreachable: the matrix records it under
# every cause whose SYN meets one (a closed port over IPv4 or IPv6, a REJECT of either kind, a name
# that leads to a closed address); the text alone cannot tell them apart, and explain says so.
REFUSED = frozenset(
    {
        "tcp-closed",
        "tcp-reject",
        "tcp-reject-tcp-reset",
        "tcp6-closed",
        "tcp6-reject",
        "hosts-stale",
        "localhost-v6-only",
    }
)

MARKED_DIRS = ("integration", "browser")  # tests/<dir>/ gets the marker of the same name


def marked_dir(item: pytest.Item) -> str:
    """The first folder of a test's path relative to tests/ ("integration", "browser"), or "".
    Relative, never the absolute path: a clone under /home/x/browser/ must not mark every test."""
    try:
        parts = Path(str(item.fspath)).resolve().relative_to(TESTS).parts
    except ValueError:
        return ""
    return parts[0] if len(parts) > 1 else ""


def pytest_collection_modifyitems(items):
    for item in items:
        if marked_dir(item) in MARKED_DIRS:
            item.add_marker(getattr(pytest.mark, marked_dir(item)))


@pytest.fixture(scope="session")
def cats() -> catalog.Catalogs:
    return catalog.load()


# Captured output is untrusted: a server or a program may print markup. This text must reach every
# page as text, never as elements or script (tests/test_sitegen.py, tests/browser/).
HOSTILE = (
    'curl: (7) <script>window.__pwned = 1; alert("pwned")</script>'
    '<img src=x onerror="window.__pwned = 2"><b>bold</b> & "quoted" \'single\''
)


@pytest.fixture(scope="session")
def hostile_results():
    """A real fast bookworm result whose curl × tcp-closed cell printed HOSTILE on both streams."""
    from netmatrix import results

    res = results.read(results.resolve("debian-bookworm.fast"))
    cells = tuple(
        c.model_copy(update={"stdout": HOSTILE + "\n", "stderr": HOSTILE + "\n"})
        if (c.client, c.scenario) == ("curl", "tcp-closed")
        else c
        for c in res.cells
    )
    return res.model_copy(update={"cells": cells})

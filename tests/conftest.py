"""Shared fixtures. Unit tests never touch Docker; tests/integration drives the real engine."""
from __future__ import annotations

from pathlib import Path

import pytest

from netmatrix import catalog

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def cats() -> catalog.Catalogs:
    return catalog.load()


# Captured output is untrusted: a server or a program may print markup. This text must reach every
# page as text, never as elements or script (tests/test_sitegen.py, tests/browser/).
HOSTILE = ('curl: (7) <script>window.__pwned = 1; alert("pwned")</script>'
           '<img src=x onerror="window.__pwned = 2"><b>bold</b> & "quoted" \'single\'')


@pytest.fixture(scope="session")
def hostile_results():
    """A real fast bookworm result whose curl × tcp-closed cell printed HOSTILE on both streams."""
    from netmatrix import results

    res = results.read(results.resolve("debian-bookworm.fast"))
    cells = tuple(c.model_copy(update={"stdout": HOSTILE + "\n", "stderr": HOSTILE + "\n"})
                  if (c.client, c.scenario) == ("curl", "tcp-closed") else c for c in res.cells)
    return res.model_copy(update={"cells": cells})

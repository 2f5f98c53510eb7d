"""Shared fixtures. Unit tests never touch Docker; tests/integration drives the real engine."""
from __future__ import annotations

from pathlib import Path

import pytest

from runner import catalog

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def cats() -> catalog.Catalogs:
    return catalog.load()

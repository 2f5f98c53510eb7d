"""30+ malformed catalogs made from the real ones: each is one CatalogError line naming the file, the
line and the field; none is a traceback, none is accepted."""

from __future__ import annotations

import pytest

from netmatrix import catalog
from netmatrix.errors import CatalogError

from .mutations import MUTATIONS, apply


@pytest.mark.parametrize("m", MUTATIONS, ids=[m.name for m in MUTATIONS])
def test_malformed_catalog_is_one_line_at_the_right_place(m, tmp_path):
    path, line = apply(m, tmp_path)
    with pytest.raises(CatalogError) as err:
        catalog.load_dir(tmp_path)
    message = str(err.value)
    assert "\n" not in message, message
    assert message.startswith(f"{m.file}:{line}:"), (message, line)
    assert m.field in message, message


def test_there_are_at_least_thirty():
    assert len(MUTATIONS) >= 30


def test_unmutated_copy_loads(tmp_path):
    for name in ("clients.yaml", "scenarios.yaml"):
        (tmp_path / name).write_bytes((catalog.ROOT / name).read_bytes())
    assert catalog.load_dir(tmp_path).clients.clients


def test_catalog_env_and_missing_folder(tmp_path, monkeypatch):
    from netmatrix.errors import UsageError

    monkeypatch.setenv(catalog.CATALOG_ENV, str(tmp_path))
    with pytest.raises(UsageError, match="has no clients.yaml or scenarios.yaml"):
        catalog.load_dir()
    with pytest.raises(UsageError, match="does not exist"):
        catalog.load_dir(tmp_path / "nope")

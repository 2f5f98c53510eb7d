from __future__ import annotations

import json

import pytest

from netmatrix import results
from netmatrix.errors import ResultsError
from netmatrix.models import Outcome, Results, RunInfo


def sample(image: str = "debian-bookworm", cells=()) -> Results:
    info = RunInfo(
        image=image,
        family="debian",
        suite="bookworm",
        image_id="sha256:1",
        lab_image_id="sha256:2",
        kernel="6.1",
        sysctls={},
        profile="fast",
        locale="C.UTF-8",
        started="2026-01-01T00:00:00",
        finished="2026-01-01T00:01:00",
        wall_s=60.0,
        jobs=4,
        tool_version="0.1.0",
        client_versions={},
        selftest=(),
        complete=True,
    )
    return Results(
        format=1,
        run=info,
        cells=tuple(cells)
        or (Outcome(client="curl", scenario="tcp-closed", status="ran", exit_code=7, stderr="refusée"),),
    )


def test_file_names_leave_out_the_defaults():
    assert results.file_name("debian-bookworm") == "debian-bookworm.json"
    assert results.file_name("debian-bookworm", "fr_FR.UTF-8") == "debian-bookworm.fr_FR.json"
    assert results.file_name("debian-sid", profile="fast") == "debian-sid.fast.json"


def test_round_trip_keeps_everything(tmp_path):
    path = tmp_path / "r.json"
    results.write(sample(), path)
    assert results.read(path) == sample()
    assert "refusée" in path.read_text(encoding="utf-8")  # readable, not \u-escaped
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]  # no temporary file left


def test_other_formats_are_refused_clearly(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": 99}))
    with pytest.raises(ResultsError, match="results format 99; this netmatrix reads format 1"):
        results.read(path)
    path.write_text("{not json")
    with pytest.raises(ResultsError, match=r"old.json:1: not JSON"):
        results.read(path)


def test_resolve_by_name_and_default(tmp_path):
    results.write(sample(), tmp_path / "debian-bookworm.fast.json")
    results.write(sample(), tmp_path / "debian-bookworm.json")
    assert results.resolve(None, tmp_path).name == "debian-bookworm.json"
    assert results.resolve("debian-bookworm.fast", tmp_path).name == "debian-bookworm.fast.json"
    with pytest.raises(ResultsError, match="available: debian-bookworm, debian-bookworm.fast"):
        results.resolve("debian-sid", tmp_path)

"""merge: results gathered from elsewhere, each file's fate decided by the documented rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from netmatrix import cli, merge, results

RESULTS = Path(__file__).resolve().parent.parent / "results"
FAST = RESULTS / "debian-bookworm.fast.json"
TRIXIE = RESULTS / "debian-trixie.fast.json"


def _copy(src: Path, dest: Path, **run_changes) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(src.read_text())
    data["run"].update(run_changes)
    dest.write_text(json.dumps(data, indent=2))  # other whitespace: identical is about content
    return dest


def test_nested_artifacts_are_gathered_under_their_own_names(tmp_path):
    _copy(FAST, tmp_path / "art" / "results-bookworm" / "results" / "whatever.json")
    _copy(TRIXIE, tmp_path / "art" / "results-trixie" / "debian-trixie.fast.json")
    out = tmp_path / "out"
    report = merge.merge([tmp_path / "art"], out)
    assert report.ok
    assert sorted(p.name for p in out.iterdir()) == ["debian-bookworm.fast.json", "debian-trixie.fast.json"]
    assert results.read(out / "debian-bookworm.fast.json") == results.read(FAST)
    # the other commands read the merged folder
    assert [r.run.image for r in results.load_all(out)] == ["debian-bookworm", "debian-trixie"]


def test_identical_copies_are_kept_once(tmp_path):
    _copy(FAST, tmp_path / "a" / "debian-bookworm.fast.json")
    _copy(FAST, tmp_path / "b" / "debian-bookworm.fast.json")
    out = tmp_path / "out"
    report = merge.merge([tmp_path / "a", tmp_path / "b"], out)
    assert report.ok and len(report.written) == 1 and len(report.skipped) == 1
    again = merge.merge([tmp_path / "a"], out)
    assert again.ok and not again.written and "identical" in again.skipped[0]


def test_a_conflict_is_refused_on_one_line_and_nothing_is_written(tmp_path):
    _copy(FAST, tmp_path / "a" / "debian-bookworm.fast.json")
    other = _copy(FAST, tmp_path / "b" / "debian-bookworm.fast.json", started="2031-01-01T00:00:00+00:00")
    _copy(TRIXIE, tmp_path / "a" / "debian-trixie.fast.json")
    out = tmp_path / "out"
    report = merge.merge([tmp_path / "a", tmp_path / "b"], out)
    assert not report.ok and len(report.refused) == 1
    line = report.refused[0]
    assert "\n" not in line and str(other) in line and "conflicts with" in line
    assert not out.exists()


def test_a_broken_file_is_refused_naming_it(tmp_path, capsys):
    good = _copy(FAST, tmp_path / "a" / "debian-bookworm.fast.json")
    broken = tmp_path / "a" / "debian-trixie.fast.json"
    broken.write_text(good.read_text()[:500])
    wrong = _copy(TRIXIE, tmp_path / "a" / "sid.json")
    data = json.loads(wrong.read_text())
    del data["cells"][0]["client"]
    wrong.write_text(json.dumps(data))
    out = tmp_path / "out"
    assert cli.main(["merge", str(tmp_path / "a"), "--output", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    refused = [line for line in err if line.startswith("netmatrix: refused:")]
    assert len(refused) == 2
    assert any(str(broken) in line and "not JSON" in line for line in refused)
    assert any(str(wrong) in line and "cells.0.client" in line for line in refused)
    assert not out.exists()


def test_a_complete_run_beats_a_partial_one(tmp_path):
    out = tmp_path / "out"
    _copy(FAST, out / "debian-bookworm.fast.partial.json", complete=False)
    _copy(
        FAST,
        tmp_path / "a" / "debian-bookworm.fast.partial.json",
        complete=False,
        started="2031-01-01T00:00:00+00:00",
    )
    _copy(FAST, tmp_path / "b" / "debian-bookworm.fast.json")
    report = merge.merge([tmp_path / "a", tmp_path / "b"], out)
    assert report.ok, report.refused
    assert sorted(p.name for p in out.iterdir()) == ["debian-bookworm.fast.json"]
    assert any("partial run" in s for s in report.skipped)


def test_a_lone_partial_is_kept_for_resume_and_ignored_by_readers(tmp_path):
    _copy(FAST, tmp_path / "a" / "x.json", complete=False)
    out = tmp_path / "out"
    assert merge.merge([tmp_path / "a"], out).ok
    assert [p.name for p in out.iterdir()] == ["debian-bookworm.fast.partial.json"]
    assert results.available(out) == []
    _copy(FAST, tmp_path / "b" / "y.json", complete=True)
    assert merge.merge([tmp_path / "b"], out).ok  # the complete one replaces the partial
    assert [p.name for p in out.iterdir()] == ["debian-bookworm.fast.json"]


def test_regenerated_runs_replace_the_outputs_own_only_when_asked(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(RESULTS, out)
    new = _copy(
        FAST, tmp_path / "ci" / "results-1" / "debian-bookworm.fast.json", started="2031-01-01T00:00:00+00:00"
    )
    refused = merge.merge([tmp_path / "ci"], out)
    assert not refused.ok and "--replace" in refused.refused[0]
    assert merge.merge([tmp_path / "ci"], out, replace=True).ok
    assert results.read(out / "debian-bookworm.fast.json") == results.read(new)


def test_a_missing_source_is_named(tmp_path):
    report = merge.merge([tmp_path / "nowhere"], tmp_path / "out")
    assert report.refused == [f"{tmp_path / 'nowhere'}: no such file or directory"]

"""Where files are (netmatrix/paths.py): the user's own runs beside the shipped reference results,
and test markers taken from the path inside tests/, never the clone's."""

from __future__ import annotations

from types import SimpleNamespace

from netmatrix import images, paths, results, run

from .conftest import TESTS, marked_dir
from .test_results import sample


def test_runs_go_to_results_option_then_env_then_checkout_then_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.RESULTS_ENV, raising=False)
    ref = images.ImageRef.parse("debian-trixie")
    assert run.RunRequest(ref).output_path() == paths.REFERENCE_RESULTS / "debian-trixie.json"
    monkeypatch.setattr(paths, "CHECKOUT", None)  # as installed from a wheel
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert run.RunRequest(ref, profile="fast").output_path() == (
        tmp_path / "xdg" / "netmatrix" / "results" / "debian-trixie.fast.json"
    )
    monkeypatch.setenv(paths.RESULTS_ENV, str(tmp_path / "env"))
    assert run.RunRequest(ref).output_path() == tmp_path / "env" / "debian-trixie.json"
    assert run.RunRequest(ref, results_dir=tmp_path / "opt").output_path() == (
        tmp_path / "opt" / "debian-trixie.json"
    )


def test_answers_read_the_reference_and_the_users_own_which_wins_by_name(tmp_path):
    results.write(sample(), tmp_path / "debian-bookworm.json")
    results.write(sample(), tmp_path / "mine.json")
    dirs = paths.results_dirs(tmp_path)
    assert dirs == [paths.REFERENCE_RESULTS, tmp_path]
    found = {p.name: p for p in results.available(dirs)}
    assert found["mine.json"] == tmp_path / "mine.json"
    assert found["debian-bookworm.json"] == tmp_path / "debian-bookworm.json"  # yours replaces it
    assert found["debian-trixie.json"].parent == paths.REFERENCE_RESULTS
    assert results.resolve(None, dirs) == tmp_path / "debian-bookworm.json"
    assert paths.results_dirs(paths.REFERENCE_RESULTS) == [paths.REFERENCE_RESULTS]


def test_markers_come_from_the_path_inside_tests():
    item = lambda *parts: SimpleNamespace(fspath=TESTS.joinpath(*parts))  # noqa: E731
    assert marked_dir(item("browser", "test_site.py")) == "browser"
    assert marked_dir(item("integration", "test_run.py")) == "integration"
    assert marked_dir(item("test_cli.py")) == ""
    assert marked_dir(SimpleNamespace(fspath="/home/x/browser/tests/test_cli.py")) == ""

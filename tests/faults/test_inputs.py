"""Hostile inputs that need no engine: crafted results files, terminal escapes in recorded output,
bad command lines, the lock and the orphans of killed saves."""

from __future__ import annotations

import json
import os
import time

import pytest

from netmatrix import cli, results, run
from netmatrix.errors import ResultsError

from .crafted import ESCAPES, crafted

CASES = crafted()


@pytest.mark.parametrize("name,data", CASES, ids=[c[0] for c in CASES])
def test_crafted_results_file_is_one_line_error(name, data, tmp_path):
    path = tmp_path / "r.json"
    path.write_bytes(data)
    with pytest.raises(ResultsError) as err:
        results.read(path)
    assert "\n" not in str(err.value) and str(path) in str(err.value)


@pytest.mark.parametrize("name,data", CASES[:6], ids=[c[0] for c in CASES[:6]])
def test_commands_on_crafted_results_print_no_traceback(name, data, tmp_path, capsys):
    (tmp_path / "r.json").write_bytes(data)
    for argv in (
        ["show", str(tmp_path / "r.json")],
        ["lookup", "curl", "--results", str(tmp_path)],
        ["html", "-o", str(tmp_path / "site"), "--results", str(tmp_path)],
    ):
        assert cli.main(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith("netmatrix: ") and err.count("\n") == 1, err
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").iterdir())


def test_control_bytes_from_recorded_output_are_escaped(tmp_path, capsys):
    real = results.read(results.resolve("debian-bookworm.fast"))
    cells = tuple(
        c.model_copy(update={"stdout": ESCAPES, "stderr": ESCAPES}) if c.client == "curl" else c
        for c in real.cells
    )
    results.write(real.model_copy(update={"cells": cells}), tmp_path / "debian-bookworm.fast.json")
    for argv in (
        ["show", str(tmp_path / "debian-bookworm.fast.json"), "-c", "curl"],
        ["show", str(tmp_path / "debian-bookworm.fast.json"), "-c", "curl", "--format", "json"],
        ["lookup", "pwned", "--results", str(tmp_path)],
        ["lookup", "pwned", "--results", str(tmp_path), "--json"],
    ):
        cli.main(argv)
        out = capsys.readouterr().out
        assert "pwned" in out, argv  # the text is there ...
        assert not any(ch in out for ch in "\x1b\x07\x9b\u202e"), argv  # ... its control bytes are not
        if "--json" in argv or "json" in argv:
            json.loads(out)


@pytest.mark.parametrize("argv", [["run", "--jobs", "-1"], ["run", "-j", "x"]])
def test_bad_jobs_is_a_usage_error(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
    assert "--jobs" in capsys.readouterr().err


@pytest.mark.parametrize("output", ["DIR", "/proc/nope/x.json"])
def test_unwritable_output_is_refused_before_any_cell(output, tmp_path, capsys):
    target = str(tmp_path) if output == "DIR" else output
    t0 = time.monotonic()
    assert cli.main(["run", "--profile", "fast", "-c", "curl", "-o", target]) == 1
    err = capsys.readouterr().err
    assert err.startswith("netmatrix: ") and err.count("\n") == 1, err
    assert time.monotonic() - t0 < 5  # refused at once, not after the cells ran


def test_html_output_naming_a_file_is_refused(tmp_path, capsys):
    (tmp_path / "f").write_text("x")
    assert cli.main(["html", "-o", str(tmp_path / "f")]) == 2  # usage: -o names a folder
    assert "is a file" in capsys.readouterr().err
    assert (tmp_path / "f").read_text() == "x"


def test_lock_file_keeps_its_inode(tmp_path):
    out = tmp_path / "r.json"
    with run._Lock(out) as lock:
        inode = os.stat(lock.path).st_ino
    assert os.stat(lock.path).st_ino == inode
    with run._Lock(out) as again:
        assert os.stat(again.path).st_ino == inode


def test_orphans_of_killed_saves_are_removed_by_the_next_save(tmp_path):
    res = results.read(results.resolve("debian-bookworm.fast"))
    old = tmp_path / ".tmp-killed.json"
    old.write_text("{half")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    fresh = tmp_path / ".tmp-writing.json"
    fresh.write_text("{half")  # another save in progress: not an orphan
    results.write(res, tmp_path / "r.json")
    assert not old.exists() and fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".tmp-writing.json", "r.json"]

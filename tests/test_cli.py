"""The command line's conventions (issue 13): one exit-code table, quiet broken pipes, --json with a
format key on every answering command, output that fits the terminal, help on every option."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

import pytest

from netmatrix import cli


def _run(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "netmatrix.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        input=stdin,
        timeout=120,
        check=False,
    )


def _actions(parser: argparse.ArgumentParser, path: str = "netmatrix"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{path} {name}")
        else:
            yield path, action


def test_every_option_and_argument_has_help():
    missing = [f"{path} {a.option_strings or a.dest}" for path, a in _actions(cli.parser()) if not a.help]
    assert not missing, missing


def test_a_command_parser_built_alone_is_the_one_in_the_whole_parser():
    """main() builds only the parser of the command it runs (start time): each must hold the same
    options, defaults and help as in the whole parser, and every command must be reachable."""

    def described(parser: argparse.ArgumentParser) -> dict:
        return {
            path: sorted((tuple(a.option_strings), a.dest, repr(a.default), a.help or "") for a in group)
            for path, group in _by_path(_actions(parser)).items()
        }

    whole = described(cli.parser())
    assert {p.split()[1] for p in whole if len(p.split()) > 1} == set(cli.COMMANDS)
    for name in cli.COMMANDS:
        alone = described(cli.parser(name))
        assert alone[f"netmatrix {name}"] == whole[f"netmatrix {name}"], name
        assert set(alone) == {"netmatrix", f"netmatrix {name}"}


def _by_path(actions) -> dict:
    out: dict = {}
    for path, action in actions:
        out.setdefault(path, []).append(action)
    return out


def test_help_prints_the_exit_code_table(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "usage: a bad option" in out and "130 by Ctrl-C" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["lookup", "nosuchclient", "4"],
        ["show", "-c", "nosuchclient"],
        ["tell", "tcp-closed", "nosuchscenario"],
    ],
)
def test_unknown_names_are_usage_errors(argv, capsys):
    assert cli.main(argv) == cli.USAGE
    err = capsys.readouterr().err
    assert err.startswith("netmatrix: unknown ") and err.count("\n") == 1


def test_explain_that_matches_nothing_exits_3(capsys):
    assert cli.main(["explain", "zq9 wholly unheard-of gibberish xv7"]) == cli.NO_MATCH


def test_broken_pipe_ends_quietly():
    proc = subprocess.run(
        f"{sys.executable} -m netmatrix.cli show | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.stdout.startswith("debian-bookworm")
    assert proc.stderr == "", proc.stderr  # no BrokenPipeError traceback, no "Exception ignored"


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "--json", "-c", "curl"],
        ["show", "--format", "json", "-c", "curl"],
        ["lookup", "wget", "4", "--json"],
        ["lookup", "Connection refused", "--json"],
        ["explain", "curl: (7) Failed to connect", "--json"],
        ["tell", "tcp-closed", "tcp-reject", "--json"],
        ["diff", "debian-bullseye", "debian-trixie", "--json"],
    ],
)
def test_every_json_answer_carries_its_format(argv, capsys):
    cli.main(argv)
    data = json.loads(capsys.readouterr().out)
    assert next(iter(data)) == "format" and data["format"] == 1


@pytest.mark.parametrize("columns", [60, 100])
def test_show_fits_the_terminal_width(columns):
    proc = _run("show", env={"COLUMNS": str(columns)})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(map(len, lines)) <= columns
    for scenario in ("tcp-closed", "tcp-drop", "udp-closed"):  # nothing was cut away
        assert scenario in proc.stdout


def test_show_is_not_cut_when_not_a_terminal():
    proc = _run("show", env={"COLUMNS": ""})
    assert max(map(len, proc.stdout.splitlines())) > 120  # the whole table, for files and pipes


def test_run_all_fails_and_says_how_to_resume_when_a_run_left_cells_unmeasured(monkeypatch, capsys):
    """A run whose pod failed its self-test records error cells; `run` exits 1 for them, and so must
    run-all (it once printed "1152 cells in 796 s" and exited 0 over 45 error cells)."""
    from netmatrix import results, run

    reference = results.read(results.RESULTS_DIR / "debian-bookworm.json")
    broken = reference.model_copy(
        update={"cells": (reference.cells[0].model_copy(update={"status": "error"}), *reference.cells[1:])}
    )
    calls = []

    def fake_run(cats, request, progress=None):
        calls.append(request)
        return broken if request.image.suite == "sid" else reference

    monkeypatch.setattr(run, "run", fake_run)
    code = cli.main(["run-all", "--images", "debian-bookworm,debian-sid", "--results", "/nonexistent"])
    err = capsys.readouterr().err
    assert len(calls) == 4  # two suites, and bookworm's two extra locales
    assert code == 1
    assert "1 harness errors" in err and "netmatrix run --image debian-sid --resume" in err
    assert "debian-bookworm C.UTF-8: " not in err.split("left cells unmeasured")[-1]


@pytest.mark.parametrize("filler", [0, 10_000])
@pytest.mark.parametrize("fmt", ["plain", "json"])
def test_every_terminal_control_is_shown_as_an_escape_in_short_and_long_answers(filler, fmt):
    """Recorded output is untrusted: ESC, C1 controls, DEL and bidirectional overrides never reach the
    terminal raw, whether the answer is short (a translation table) or long (a compiled class)."""
    from netmatrix.terminal import for_terminal

    controls = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F)]
    controls += [*range(0x2066, 0x206A)]
    text = "x" * filler + "".join(f"<{chr(c)}>" for c in controls) + "\ttab\nline é ü 漢"
    shown = for_terminal(text, fmt)
    assert not any(chr(c) in shown for c in controls)
    assert shown.endswith("\ttab\nline é ü 漢")

    def escape(c: int) -> str:
        return f"\\x{c:02x}" if fmt == "plain" and c < 0x100 else f"\\u{c:04x}"

    assert shown[filler:].startswith("".join(f"<{escape(c)}>" for c in controls))

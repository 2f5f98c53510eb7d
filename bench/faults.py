#!/usr/bin/env python3
"""Fault benchmark: repeats the hardening trials of issue 15 and prints figures, asserts nothing.

  malformed catalogs     one-line errors at the right file:line and field / tracebacks / accepted
  crafted results        one-line errors / tracebacks / files written outside -o
  signals                N random SIGINT/SIGTERM/SIGHUP in a fast run: leftover containers, exit
                         codes, resumes that completed
  SIGKILL then clean     containers left by a killed run (its pid a zombie) that clean removed
  clean racing a run     clean failures, cells of the live run harmed
  lab killed mid-run     runs completed, victim pod's cells that are errors with notes

    python bench/faults.py                 # everything, 20 signal trials (~12 min on 2 cores)
    python bench/faults.py --trials 4      # fewer signal trials
    python bench/faults.py --no-engine     # catalogs and results files only (seconds)

tests/faults/ runs the same trials, fewer of them, as pass/fail tests.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netmatrix import catalog, cli, engine
from netmatrix.errors import NetmatrixError
from tests.faults import engine as trials
from tests.faults.crafted import crafted
from tests.faults.mutations import MUTATIONS, apply


def catalogs_figures() -> None:
    right = tracebacks = accepted = wrong = 0
    for m in MUTATIONS:
        with tempfile.TemporaryDirectory() as tmp:
            path, line = apply(m, Path(tmp))
            try:
                catalog.load_dir(tmp)
                accepted += 1
                print(f"  ACCEPTED  {m.name}")
            except NetmatrixError as exc:
                text = str(exc)
                if "\n" not in text and text.startswith(f"{m.file}:{line}:") and m.field in text:
                    right += 1
                else:
                    wrong += 1
                    print(f"  WRONG     {m.name}: {text[:160]} (expected {m.file}:{line}, {m.field})")
            except Exception:  # counting them is the point
                tracebacks += 1
                print(f"  TRACEBACK {m.name}: {traceback.format_exc().splitlines()[-1]}")
    print(
        f"malformed catalogs      {len(MUTATIONS)}: {right} one-line errors at the right line and field,"
        f" {wrong} elsewhere, {tracebacks} tracebacks, {accepted} accepted"
    )


def results_figures() -> None:
    errors = tracebacks = 0
    outside = 0
    for name, data in crafted():
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            (folder / "r.json").write_bytes(data)
            # The crafted names point at /tmp/x (from site/ and from results/): nothing may appear there,
            # nor anywhere in this folder outside site/ and in/.
            targets = [Path("/tmp/x"), Path("/tmp/x.html"), Path(tmp) / "x"]
            before = {p for p in targets if p.exists()}
            for argv in (
                ["show", str(folder / "r.json")],
                ["lookup", "curl", "--results", str(folder)],
                ["html", "-o", str(Path(tmp) / "site"), "--results", str(folder)],
            ):
                err = io.StringIO()
                try:
                    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                        code = cli.main(argv)
                except Exception:  # counting them is the point
                    code = -1
                if code == 1 and err.getvalue().count("\n") == 1:
                    errors += 1
                else:
                    tracebacks += 1
                    print(f"  NOT ONE LINE  {name} {argv[0]}: {err.getvalue()[-200:]}")
            outside += len({p for p in targets if p.exists()} - before)
            outside += len([p for p in Path(tmp).iterdir() if p.name not in ("site", "in")])
    total = len(crafted()) * 3
    print(
        f"crafted results         {total} commands on {total // 3} files: {errors} one-line errors, "
        f"{tracebacks} other, {outside} files written outside -o"
    )


def engine_figures(n: int) -> None:
    client = engine.ensure_engine()
    with tempfile.TemporaryDirectory() as tmp:
        left = completed = codes_ok = tracebacks = saved = 0
        for i in range(n):
            signum, delay = trials.random_signal()
            t = trials.signal_trial(client, Path(tmp) / f"s{i}.json", signum, delay)
            left += t.leftovers
            codes_ok += t.returncode == 128 + signum
            completed += t.resume_returncode == 0 and t.resumed_cells == trials.CELLS
            tracebacks += t.traceback
            saved += t.saved
            print(
                f"  trial {i + 1:2}: signal {signum:2} after {delay:4.1f} s → exit {t.returncode}, "
                f"{t.leftovers} left, {t.saved} cells kept, resume exit {t.resume_returncode}",
                flush=True,
            )
            for note in t.extra.get("errors", []):
                print(f"            error cells after resume: {note[:200]}")
        print(
            f"signals                 {n} trials: {left} leftover containers, {codes_ok}/{n} exit 128+n, "
            f"{completed}/{n} resumes completed, {tracebacks} tracebacks, {saved} cells kept in all"
        )

        before, removed, after = trials.sigkill_then_clean(client, Path(tmp) / "k.json")
        print(
            f"SIGKILL then clean      {before} containers of the killed run, clean removed {removed}, "
            f"{after} left"
        )

        code, failures, statuses = trials.clean_racing_run(client, Path(tmp) / "c.json")
        print(f"clean racing a run      run exit {code}, cells {statuses}, {len(failures)} failed cleans")

        for how in ("kill", "pause"):
            t = trials.lab_failure_trial(client, Path(tmp) / f"{how}.json", how)
            if t.unsupported:
                print(f"lab {how:5} mid-run      not possible on this engine: {t.unsupported[:100]}")
                continue
            victim = [c for c in t.cells if c["client"] == t.victim]
            errors = sum(c["status"] == "error" and bool(c["note"]) for c in victim)
            others = sum(c["status"] == "ran" for c in t.cells if c["client"] != t.victim)
            print(
                f"lab {how:5} mid-run      run exit {t.returncode}, {len(t.cells)}/{trials.CELLS} cells; "
                f"{errors}/{len(victim)} of {t.victim}'s cells errors with notes; {others} others ran"
            )
            if victim:
                print(f"                        note: {victim[0]['note'][:150]}")
        with contextlib.suppress(subprocess.SubprocessError):
            subprocess.run(trials.netmatrix("clean"), check=False, capture_output=True, timeout=120)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20, help="signal trials (default: %(default)s)")
    ap.add_argument("--no-engine", action="store_true", help="only the trials that need no engine")
    args = ap.parse_args()
    catalogs_figures()
    results_figures()
    if not args.no_engine:
        engine_figures(args.trials)


if __name__ == "__main__":
    main()

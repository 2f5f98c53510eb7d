#!/usr/bin/env python3
"""How long the answering commands take as whole processes on the committed results (no Docker),
next to a bare `python3 -c pass` with the same interpreter, and how long explain takes on 1 MB of
pasted output.

Each command runs N times with a warm index cache (the first run of a new checkout builds it);
the figure is the median, the ratio is median / bare median. Issue 12's aim: lookup and explain
within 3× a bare Python start; issue 15's: 1 MB of stdin explained in under 2 s.
CPU time (user + system of the child) is printed too: on a machine shared with other work, wall
time carries everybody's load, CPU time only ours.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = [
    ["lookup", "wget", "4"],
    ["lookup", "curl 28"],
    ["lookup", "Connection refused"],
    [
        "explain",
        "* Failed to connect to 10.0.0.5 port 8080 after 1 ms: Couldn't connect to server",
        "--client",
        "curl",
        "--exit",
        "7",
    ],
    ["explain", "ssh: connect to host db port 22: Connection timed out"],
    ["tell", "tcp-closed", "tcp-reject"],
    ["show", "--format", "json"],
]
RUNS = 9
AIM_RATIO = 3.0
AIM_MB_S = 2.0


def _timed(argv: list[str], stdin: bytes | None = None) -> tuple[float, float, int, bytes]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.run(argv, input=stdin, capture_output=True, check=False)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.returncode, proc.stderr


def _measure(argv: list[str], stdin: bytes | None = None, runs: int = RUNS) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu, rc, err = _timed(argv, stdin)
        if rc not in (0, 3):
            sys.exit(f"{' '.join(argv)[:80]}: failed (exit {rc}): {err.decode()[-300:]}")
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus)


def megabyte() -> bytes:
    lines = [
        f"{i} GET /static/app.{i}.js HTTP/1.1 200 OK rt=0.{i % 997:03d} ua=Mozilla/5.0 lorem"
        for i in range(15000)
    ]
    text = "\n".join(lines)[:1_000_000]
    return (text + "\nssh: connect to host db port 22: Connection timed out\n").encode()


def main() -> int:
    with tempfile.TemporaryDirectory() as cache:
        os.environ["XDG_CACHE_HOME"] = cache  # a cache of its own, warmed below
        # As installed (pip compiles to bytecode): a session that sets PYTHONDONTWRITEBYTECODE
        # would otherwise measure Python compiling our sources on every start.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        netmatrix = [sys.executable, "-m", "netmatrix.cli"]
        subprocess.run([*netmatrix, "lookup", "wget", "4"], capture_output=True, check=False)  # warm
        bare_wall, bare_cpu = _measure([sys.executable, "-c", "pass"])
        print(f"{'bare python3 -c pass':60} median {bare_wall:.3f} s   cpu {bare_cpu:.3f} s")
        worst = 0.0
        for args in COMMANDS:
            wall, cpu = _measure([*netmatrix, *args])
            label = " ".join(a if len(a) < 30 else a[:27] + "..." for a in args)
            ratio, cpu_ratio = wall / bare_wall, cpu / max(bare_cpu, 1e-3)
            if args[0] in ("lookup", "explain"):
                worst = max(worst, ratio)
            print(
                f"{label:60} median {wall:.3f} s   cpu {cpu:.3f} s   "
                f"{ratio:4.1f}× bare (cpu {cpu_ratio:4.1f}×)"
            )
        data = megabyte()
        wall, cpu = _measure([*netmatrix, "explain", "--json"], stdin=data, runs=3)
        print(
            f"{'explain, 1 MB on stdin':60} median {wall:.3f} s   cpu {cpu:.3f} s   (aim < {AIM_MB_S:.0f} s)"
        )
        print(f"lookup/explain worst: {worst:.1f}× a bare Python start (aim ≤ {AIM_RATIO:.0f}×)")
    with tempfile.TemporaryDirectory() as cold:
        env = {**os.environ, "XDG_CACHE_HOME": cold}
        t0 = time.monotonic()
        subprocess.run([*netmatrix, "lookup", "wget", "4"], capture_output=True, env=env, check=False)
        print(f"{'lookup wget 4, cold cache (builds the index)':60} {time.monotonic() - t0:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

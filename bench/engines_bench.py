#!/usr/bin/env python3
"""Engines benchmark: the same set of runs on one engine, then spread over several; prints figures.

  wall on the first engine alone, wall over all engines, the speed-up, and what the model predicts:
  wall ≈ max over engines of the sum of its runs' walls ≈ ceil(R / N) × one run's wall

Images must already be built on every engine (run it once to build them, then again to measure):
image builds are paid once per engine and would swamp the figures.

    python bench/engines_bench.py --engine unix:///var/run/docker.sock \\
        --engine unix:///run/netmatrix-test-engine/docker.sock -c curl,wget \\
        --locales C.UTF-8,fr_FR.UTF-8,de_DE.UTF-8
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netmatrix import results


def run_all(engines: list[str], args: argparse.Namespace, out: Path) -> float:
    argv = [
        sys.executable,
        "-m",
        "netmatrix.cli",
        "run-all",
        "--profile",
        args.profile,
        "--images",
        args.images,
        "--locales",
        args.locales,
        "--extra",
        "",
        "--results",
        str(out),
    ]
    for e in engines:
        argv += ["--engine", e]
    if args.client:
        argv += ["-c", args.client]
    t0 = time.monotonic()
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    wall = time.monotonic() - t0
    if proc.returncode != 0:
        sys.exit(f"run-all failed:\n{proc.stderr[-2000:]}")
    return wall


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--engine", action="append", required=True)
    p.add_argument("-c", "--client", default="curl,wget")
    p.add_argument("--images", default="debian-bookworm")
    p.add_argument("--locales", default="C.UTF-8,fr_FR.UTF-8")
    p.add_argument("--profile", default="fast")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one = run_all(args.engine[:1], args, Path(tmp) / "one")
        runs = [results.read(f).run.wall_s for f in results.available(Path(tmp) / "one")]
        many = run_all(args.engine, args, Path(tmp) / "many")
    r, n = len(runs), len(args.engine)
    mean = sum(runs) / r
    print(f"runs                      {r} ({args.profile} profile, clients {args.client})")
    print(f"engines                   {n}")
    walls = ", ".join(f"{w:.0f}" for w in runs)
    print(f"one engine                {one:7.1f} s   (runs' own walls: {walls} s)")
    print(f"{n} engines                 {many:7.1f} s   speed-up {one / many:.2f}×")
    print(
        f"model ceil(R/N) × run     {math.ceil(r / n) * mean:7.1f} s   (lower bound: longest run "
        f"{max(runs):.1f} s)"
    )


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runner benchmark: prints figures, asserts nothing.

  cells, sum of cell durations, wall time, longest cell, wall / longest   (target ≤ 1.15, faithful)
  runner overhead per cell vs a bare `docker run` of the same command     (target ≤ 1.0×)
  duration distortion: cells under 1 s, their duration in the full run / run alone (median, worst)

The runner's overhead per cell is the wall time its cells do not explain (wall − longest cell, as
cells run side by side), spread over the cells. The bare figure is measured here, on the same engine:
each sampled cell's command run by `docker run --rm` in a lab namespace, minus the command's own
duration (timed inside the container by nmexec, as the runner times it).

    python bench/runner_bench.py                      # fast profile, whole matrix (~1 min)
    python bench/runner_bench.py --profile faithful   # the reference profile (~10 min)
    python bench/runner_bench.py --from results/debian-bookworm.json   # figures of a past run
    python bench/runner_bench.py --from results/debian-bookworm.json --alone 30
                                                      # + distortion: 30 quick cells re-run alone

"Alone" means one cell in its own pod, nothing else running: what a person would time. The quick
cells are drawn at random (seeded) among those of the results file under 1 s, and re-run with the
results file's own profile, so that only the company of the other cells differs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netmatrix import catalog, drivers, engine, images, matrix, pods, results, run
from netmatrix.models import Results


def matrix_figures(res: Results, wall: float) -> float:
    ran = [c for c in res.cells if c.status == "ran" and c.duration_s is not None]
    longest = max(ran, key=lambda c: c.duration_s)
    total = sum(c.duration_s for c in ran)
    print(f"profile                 {res.run.profile}")
    print(f"cells                   {len(res.cells)} ({len(ran)} ran)")
    print(f"sum of cell durations   {total:8.1f} s")
    print(f"wall time               {wall:8.1f} s   (pods, self-tests, cells, capture; images prebuilt)")
    print(f"longest cell            {longest.duration_s:8.1f} s   ({longest.client} × {longest.scenario})")
    print(f"wall / longest          {wall / longest.duration_s:8.3f}     (target ≤ 1.15 on faithful)")
    print(f"sum / wall              {total / wall:8.1f}×    (concurrency gained)")
    return (wall - longest.duration_s) / len(ran)


def bare_overhead(cats, profile_name: str, sample: int) -> float:
    """Mean (docker run wall − command duration) over quick cells, one after the other."""
    client = engine.ensure_engine()
    ref = images.ImageRef("debian", "bookworm")
    lab_image = images.ensure_lab(client)
    client_image = images.ensure_client(client, ref, cats.clients.clients)
    profile = cats.profile(profile_name)
    closed = cats.scenario("tcp-closed")
    cells = [c for c in matrix.expand(cats.clients.clients, [closed], profile) if not c.client.terminal][
        :sample
    ]
    session = pods.Session(run_id=f"bench-{int(time.time())}", timeout=120)
    overheads = []
    try:
        lab = pods.Pod.start(session, "bench", lab_image, None, [closed], profile)
        for cell in cells:
            user = "root" if cell.client.user == "root" else pods.USER
            argv = [
                "docker",
                "run",
                "--rm",
                "--network",
                f"container:{lab.lab_id}",
                "-u",
                user,
                "-w",
                pods.WORKDIR,
                client_image,
                *drivers.wrap(cell.argv, profile.cap),
            ]
            t0 = time.monotonic()
            proc = subprocess.run(argv, capture_output=True, check=False)
            wall = time.monotonic() - t0
            _, report = drivers.split_report(proc.stderr)
            if report is not None:
                overheads.append(wall - report.duration_s)
    finally:
        session.cleanup()
    print(
        f"bare docker run         {statistics.mean(overheads):8.3f} s per cell over the command "
        f"(mean of {len(overheads)}, median {statistics.median(overheads):.3f})"
    )
    return statistics.mean(overheads)


def distortion(cats, res: Results, sample: int, seed: int = 9) -> None:
    """For quick cells of a full run: the ratio of their duration there to their duration alone."""
    quick = [
        c
        for c in res.cells
        if c.status == "ran" and c.duration_s is not None and c.duration_s < 1.0 and not c.killed_at_cap
    ]
    random.Random(seed).shuffle(quick)
    ratios = []
    ref = images.ImageRef(res.run.family, res.run.suite)
    for cell in quick[:sample]:
        out = Path(tempfile.mkdtemp()) / "alone.json"
        alone = run.run(
            cats,
            run.RunRequest(
                ref,
                profile=res.run.profile,
                locale=res.run.locale,
                clients=(cell.client,),
                scenarios=(cell.scenario,),
                output=out,
            ),
        )
        again = alone.cells[0]
        if again.status == "ran" and again.duration_s:
            ratios.append(
                (
                    cell.duration_s / again.duration_s,
                    cell.client,
                    cell.scenario,
                    cell.duration_s,
                    again.duration_s,
                )
            )
    if not ratios:
        print("distortion              no quick cell to compare")
        return
    ratios.sort()
    worst = ratios[-1]
    print(f"quick cells (< 1 s)     {len(quick)} in the run; {len(ratios)} re-run alone")
    print(
        f"full run / alone        median {statistics.median(r[0] for r in ratios):.2f}×, "
        f"worst {worst[0]:.2f}× ({worst[1]} × {worst[2]}: {worst[3]:.3f} s vs {worst[4]:.3f} s alone)"
    )
    # The ratio of two few-millisecond durations swings wildly; what a reader of the matrix sees is
    # the time added, and whether it moves a cell out of its duration class (diff.py: < 2 s, ...).
    extra = sorted(r[3] - r[4] for r in ratios)
    print(
        f"full run − alone        median {statistics.median(extra) * 1000:+.0f} ms, "
        f"largest {extra[-1] * 1000:+.0f} ms (quick cells are under 1 s; the first duration class ends "
        "at 2 s)"
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--profile", default="fast")
    p.add_argument("--from", dest="source", type=Path, help="report on an existing results file")
    p.add_argument("--sample", type=int, default=12, help="cells timed with bare docker run")
    p.add_argument(
        "--alone",
        type=int,
        default=0,
        metavar="N",
        help="re-run N quick cells alone and print the duration distortion",
    )
    args = p.parse_args()
    cats = catalog.load()
    if args.source:
        res = results.read(args.source)
        wall = res.run.wall_s
        profile = res.run.profile
    else:
        profile = args.profile
        out = Path(tempfile.mkdtemp()) / "bench.json"
        client = engine.ensure_engine()
        images.ensure_lab(client)
        images.ensure_client(client, images.ImageRef("debian", "bookworm"), cats.clients.clients)
        t0 = time.monotonic()
        res = run.run(
            cats, run.RunRequest(images.ImageRef("debian", "bookworm"), profile=profile, output=out)
        )
        wall = time.monotonic() - t0
    runner_overhead = matrix_figures(res, wall)
    print(f"runner overhead         {runner_overhead:8.3f} s per cell ((wall − longest) / cells)")
    if args.sample:
        bare = bare_overhead(cats, "fast", args.sample)
        print(f"runner / bare           {runner_overhead / bare:8.3f}×    (target ≤ 1.0)")
    if args.alone:
        distortion(cats, res, args.alone)
    return 0


if __name__ == "__main__":
    sys.exit(main())

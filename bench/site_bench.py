"""Site bench: build the HTML reference from the committed results and print what it costs.

Prints files, bytes, bytes and files per cell (a cell is one client × scenario of one run), build
time, and the bytes search.html loads before the first keystroke (the page, its stylesheet and the
scripts it names; anything fetched only after typing is not counted). `--scale N` adds N-1 synthetic
copies of every scenario to every run (ids suffixed -xK), to show how the site grows with the cells.

    python bench/site_bench.py [--scale 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import tempfile
import time
from pathlib import Path

from netmatrix import catalog, results, sitegen
from netmatrix.models import Results


def scaled(
    cats: catalog.Catalogs, runs: list[Results], factor: int
) -> tuple[catalog.Catalogs, list[Results]]:
    """Every scenario and every cell repeated factor times (same outputs, new scenario ids)."""
    sc = cats.scenarios
    extra = [
        s.model_copy(update={"id": f"{s.id}-x{k}", "port": s.port + 1000 * k})
        for k in range(2, factor + 1)
        for s in sc.scenarios
    ]
    cats = dataclasses.replace(
        cats, scenarios=sc.model_copy(update={"scenarios": sc.scenarios + tuple(extra)})
    )
    out = []
    for res in runs:
        cells = list(res.cells)
        for k in range(2, factor + 1):
            cells += [c.model_copy(update={"scenario": f"{c.scenario}-x{k}"}) for c in res.cells]
        out.append(res.model_copy(update={"cells": tuple(cells)}))
    return cats, out


def first_load_bytes(site: Path) -> int:
    """search.html plus the stylesheet and scripts it names (what loads before a keystroke)."""
    page = site / "search.html"
    html = page.read_text(encoding="utf-8")
    total = len(page.read_bytes())
    for ref in re.findall(r'<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"#?]+)"', html):
        target = page.parent / ref
        if target.is_file():
            total += target.stat().st_size
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=1, help="multiply the scenarios by this (synthetic)")
    ap.add_argument("--keep", type=Path, help="build here and keep the site (default: a temp folder)")
    args = ap.parse_args()
    cats = catalog.load()
    runs = results.load_all()
    if args.scale > 1:
        cats, runs = scaled(cats, runs, args.scale)
    cells = sum(len(r.cells) for r in runs)
    tmp = Path(tempfile.mkdtemp(prefix="site-bench-"))
    out = args.keep or tmp / "site"
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        sitegen.build(out, cats, runs)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        files = [p for p in out.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        print(f"runs {len(runs)} · cells {cells} (scale ×{args.scale})")
        data = sum(p.stat().st_size for p in files if p.relative_to(out).parts[0] == "data")
        print(
            f"site: {len(files)} files, {size / 1e6:.2f} MB ({(size - data) / 1e6:.2f} MB without the "
            f"data/ downloads), built in {seconds:.1f} s ({cpu:.1f} s CPU)"
        )
        print(
            f"per cell: {len(files) / cells:.3f} files, {size / cells / 1e3:.1f} kB "
            f"({(size - data) / cells / 1e3:.1f} kB without data/)"
        )
        print(f"search first load: {first_load_bytes(out) / 1e3:.1f} kB")
        by_top: dict[str, list[int]] = {}
        for p in files:
            rel = p.relative_to(out).parts
            key = rel[0] + ("/" if len(rel) > 1 else "")
            n_b = by_top.setdefault(key, [0, 0])
            n_b[0] += 1
            n_b[1] += p.stat().st_size
        for key, (n, b) in sorted(by_top.items(), key=lambda kv: -kv[1][1])[:8]:
            print(f"  {key:28} {n:5} files {b / 1e6:7.2f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

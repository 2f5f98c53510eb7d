#!/usr/bin/env python3
"""How often `netmatrix explain` names the established cause of real pasted outputs.

Reads every entry of bench/corpus/*.yaml (real outputs from public threads whose cause was
established there; see bench/corpus/README.md), checks that each entry is well formed, runs
`netmatrix explain --json` on its text as a whole process, and prints top-1 and top-2 accuracy
per cause and overall, for the dev and held-out splits side by side, next to the naive keyword
rule of issue 12 on the same entries. Figures are also given restricted to the causes the
catalog covers (the scenario ids of the checkout's scenarios.yaml).

The held-out split is for the final score only: tune on `--split dev`, which does not even run
the held-out entries. Misses are listed for dev entries only (--misses).

Further parts were gathered by helpers, every entry held out, none sharing a thread with the corpus
or an earlier set: `fresh` (bench/corpus-fresh/, 2026-12-01, after earlier sessions had seen the
held-out split's scores many times), `fresh2` (bench/corpus-fresh2/, 2026-12-02), `fresh3` ...
`fresh18` (bench/corpus-fresh3/ ... corpus-fresh18/, 2026-12-02), `fresh19` ... `fresh38`
(2026-12-03), `fresh39` ... `fresh47` (2026-12-04), `fresh48` ... `fresh62` (2026-12-05). `fresh2`
(scored once at 48 % top-1), `fresh3` (62 %), `fresh4` (80 %), `fresh5` (67 %), `fresh6` (71 %),
`fresh7` (69 %), `fresh8` (58 %), `fresh9` (75 %), `fresh10` (54 %), `fresh11` (63 %), `fresh12`
(64 %), `fresh13` (65 %), `fresh14` (68 %), `fresh15` (67 %), `fresh16` (62 %), `fresh17` (52 %),
`fresh18` (69 %), `fresh19` (67 %), `fresh20` (56 %), `fresh21` (43 %), `fresh22` (63 %), `fresh23`
(68 %), `fresh24` (69 %), `fresh25` (64 %), `fresh26` (59 %), `fresh27` (64 %), `fresh28` (63 %),
`fresh29` (72 %), `fresh30` (66 %), `fresh31` (63 %), `fresh32` (70 %), `fresh33` (65 %), `fresh34`
(72 %), `fresh35` (73 %), `fresh36` (65 %), `fresh37` (70 %), `fresh38` (63 %), `fresh39` (69 %),
`fresh40` (74 %), `fresh41` (64 %), `fresh42` (69 %), `fresh43` (67 %), `fresh44` (62 %), `fresh45`
(58 %), `fresh46` (72 %), `fresh47` (60 %), `fresh48` (62 %), `fresh49` (70 %), `fresh50` (71 %),
`fresh51` (76 %), `fresh52` (62 %), `fresh53` (75 %), `fresh54` (67 %), `fresh55` (79 %), `fresh56`
(66 %), `fresh57` (70 %), `fresh58` (76 %), `fresh59` (80 %), `fresh60` (73 %) and `fresh61` (77 %)
were then READ to develop explain: they are development data now, printed for reference, and their
misses are listed with --misses. `fresh` and `fresh62` were read by nobody who tuned explain.

Examples:
  python3 bench/explain_bench.py                         # every split side by side
  python3 bench/explain_bench.py --split dev --misses    # while working on explain
  python3 bench/explain_bench.py --netmatrix /work/main/.venv/bin/netmatrix --json
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import re
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "bench" / "corpus"
# Sets gathered later, every entry held out when gathered, each scored as its own split, in order:
# `fresh`, then `fresh2` ... `fresh{NEWEST}` (a new set: raise NEWEST; a set read since: raise LAST_READ).
NEWEST = 62
FRESH = {
    "fresh": ROOT / "bench" / "corpus-fresh",
    **{f"fresh{n}": ROOT / "bench" / f"corpus-fresh{n}" for n in range(2, NEWEST + 1)},
}
# Sets that were read to develop explain after their first scoring: development data since
# (`fresh2` ... `fresh{LAST_READ}`; `fresh` never was).
LAST_READ = 61
READ = frozenset(f"fresh{n}" for n in range(2, LAST_READ + 1))

# Cause ids an entry may carry: the scenario ids of the catalog (one place says what a cause is).
CAUSES = frozenset(s["id"] for s in yaml.safe_load((ROOT / "scenarios.yaml").read_text())["scenarios"])

REQUIRED = ("id", "text", "client", "os", "locale", "cause", "source", "thread", "how", "split")
OPTIONAL = ("exit", "duration")
SPLITS = ("dev", "heldout")
OSES = frozenset({"linux", "macos", "windows", "freebsd", "android", "ios", "unknown"})
DURATION = re.compile(r"^(\d+(\.\d+)?(ms|s|m|h))+$")

# Issue 12's naive rule: first matching keyword, case-insensitive; no match is a miss.
KEYWORDS = (
    ("refused", "tcp-closed"),
    ("timed out", "tcp-drop"),
    ("reset", "tcp-accept-close"),
    ("unreachable", "tcp-reject"),
)


class CorpusError(Exception):
    """A corpus file or entry that is not well formed (message names file and entry)."""


@dataclass
class Entry:
    id: str
    text: str
    cause: str
    split: str
    thread: str
    client: str
    file: str
    exit: int | None = None
    duration: str | None = None
    ranking: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def load_entries(corpus_dir: Path = CORPUS_DIR) -> list[Entry]:
    """Every entry of every corpus file, validated; raises CorpusError on the first bad one."""
    files = sorted(corpus_dir.glob("*.yaml"))
    if not files:
        raise CorpusError(f"{corpus_dir}: no *.yaml corpus files")
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    thread_split: dict[str, tuple[str, str]] = {}
    for path in files:
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            raise CorpusError(f"{rel}{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
        if not isinstance(data, list):
            raise CorpusError(f"{rel}: must be a YAML list of entries")
        for n, raw in enumerate(data, 1):
            entries.append(_entry(raw, f"{rel}", n, seen, thread_split))
    return entries


def load_fresh(fresh_dir: Path, corpus: list[Entry], split: str = "fresh") -> list[Entry]:
    """A later held-out set: well formed like the corpus, every entry held out, no id and no thread
    shared with the entries loaded before it (the corpus, earlier sets: one thread never both tunes
    and tests, nor counts twice); scored as its own split."""
    fresh = load_entries(fresh_dir)
    ids = {e.id for e in corpus}
    threads = {e.thread for e in corpus}
    for e in fresh:
        where = f"{e.file}: entry {e.id!r}"
        if e.split != "heldout":
            raise CorpusError(f"{where}: every entry of {fresh_dir.name}/ is held out (split: heldout)")
        if e.id in ids:
            raise CorpusError(f"{where}: the id is also in {CORPUS_DIR.name}/ or an earlier set")
        if e.thread in threads:
            raise CorpusError(f"{where}: thread {e.thread!r} is also in {CORPUS_DIR.name}/ or an earlier set")
        e.split = split
    return fresh


def _entry(
    raw: object, rel: str, n: int, seen: dict[str, str], thread_split: dict[str, tuple[str, str]]
) -> Entry:
    if not isinstance(raw, dict):
        raise CorpusError(f"{rel}: entry #{n} is not a mapping")
    name = raw.get("id", f"#{n}")
    where = f"{rel}: entry {name!r}"
    for key in REQUIRED:
        if raw.get(key) in (None, ""):
            raise CorpusError(f"{where}: missing field {key!r}")
    unknown = set(raw) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    for key in ("id", "text", "client", "os", "locale", "cause", "source", "thread", "how", "split"):
        if not isinstance(raw[key], str):
            raise CorpusError(f"{where}: {key!r} must be a string")
    if raw["id"] in seen:
        raise CorpusError(f"{where}: id already used in {seen[raw['id']]}")
    seen[raw["id"]] = rel
    if raw["cause"] not in CAUSES:
        raise CorpusError(f"{where}: unknown cause {raw['cause']!r} (see CAUSES in bench/explain_bench.py)")
    if raw["split"] not in SPLITS:
        raise CorpusError(f"{where}: split must be dev or heldout, not {raw['split']!r}")
    if raw["os"] not in OSES:
        raise CorpusError(f"{where}: os must be one of {', '.join(sorted(OSES))}")
    if not re.match(r"^https?://\S+$", raw["source"]):
        raise CorpusError(f"{where}: source must be an http(s) URL")
    if "exit" in raw and not isinstance(raw["exit"], int):
        raise CorpusError(f"{where}: exit must be an integer")
    if "duration" in raw and not DURATION.match(str(raw["duration"])):
        raise CorpusError(f"{where}: duration {raw['duration']!r} is not like 2m10s, 130012ms or 3s")
    first = thread_split.setdefault(raw["thread"], (raw["split"], raw["id"]))
    if first[0] != raw["split"]:
        raise CorpusError(
            f"{where}: thread {raw['thread']!r} is {raw['split']} here but "
            f"{first[0]} in entry {first[1]!r}; one thread, one split"
        )
    return Entry(
        id=raw["id"],
        text=raw["text"].rstrip("\n"),
        cause=raw["cause"],
        split=raw["split"],
        thread=raw["thread"],
        client=raw["client"],
        file=rel,
        exit=raw.get("exit"),
        duration=str(raw["duration"]) if "duration" in raw else None,
    )


def catalog_ids(path: Path) -> set[str]:
    """Scenario ids of a scenarios.yaml (the causes the catalog covers)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {s["id"] for s in data.get("scenarios", []) if isinstance(s, dict) and "id" in s}


def keyword_rule(text: str) -> str | None:
    low = text.lower()
    for word, cause in KEYWORDS:
        if word in low:
            return cause
    return None


def supports_duration(cmd: list[str]) -> bool:
    proc = subprocess.run([*cmd, "explain", "--help"], capture_output=True, text=True, check=False)
    return "--duration" in proc.stdout


def ranking_of(doc: object) -> list[str]:
    """Cause ids in rank order from explain's JSON ("causes" or "candidates"; id in
    "scenario" or "cause_id")."""
    if not isinstance(doc, dict):
        return []
    items = doc.get("causes")
    if items is None:
        items = doc.get("candidates") or []
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            ident = item.get("scenario") or item.get("cause_id") or item.get("id")
            if ident:
                out.append(str(ident))
    return out


def run_explain(entry: Entry, cmd: list[str], with_duration: bool) -> None:
    args = [*cmd, "explain", "--json"]
    if entry.client:
        args += ["--client", entry.client]
    if entry.exit is not None:
        args += ["--exit", str(entry.exit)]
    if with_duration and entry.duration:
        args += ["--duration", entry.duration]
    args += ["--", entry.text]
    t0 = time.monotonic()
    try:
        proc = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        entry.error = f"could not run: {exc}"
        return
    entry.seconds = time.monotonic() - t0
    try:
        entry.ranking = ranking_of(json.loads(proc.stdout))
    except json.JSONDecodeError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()
        entry.error = f"exit {proc.returncode}, no JSON: {tail[-1][:160] if tail else '(no output)'}"


def _score(entries: list[Entry]) -> dict[str, float | int]:
    n = len(entries)
    top1 = sum(1 for e in entries if e.ranking[:1] == [e.cause])
    top2 = sum(1 for e in entries if e.cause in e.ranking[:2])
    kw = sum(1 for e in entries if keyword_rule(e.text) == e.cause)
    pct = (lambda k: round(100.0 * k / n, 1)) if n else (lambda k: None)
    return {
        "n": n,
        "top1": pct(top1),
        "top2": pct(top2),
        "keyword": pct(kw),
        "top1_hits": top1,
        "top2_hits": top2,
        "keyword_hits": kw,
    }


def figures(entries: list[Entry], covered: set[str]) -> dict:
    by_cause: dict[str, list[Entry]] = {}
    for e in entries:
        by_cause.setdefault(e.cause, []).append(e)
    return {
        "overall": _score(entries),
        "covered": _score([e for e in entries if e.cause in covered]),
        "per_cause": {c: _score(by_cause[c]) for c in sorted(by_cause)},
        "threads": len({e.thread for e in entries}),
        "errors": sum(1 for e in entries if e.error),
    }


def _cell(s: dict | None) -> str:
    if not s or not s["n"]:
        return f"{'':>4} {'':>6} {'':>6} {'':>6}"
    return f"{s['n']:>4} {s['top1']:>5.0f}% {s['top2']:>5.0f}% {s['keyword']:>5.0f}%"


def print_table(report: dict, splits: list[str], covered: set[str]) -> None:
    head = "".join(f" | {sp:^25}" for sp in splits)
    sub = "".join(f" | {'n':>4} {'top1':>6} {'top2':>6} {'kw':>6}" for _ in splits)
    print(f"{'cause':32}{head}")
    print(f"{'':32}{sub}")
    print("-" * (32 + 28 * len(splits)))
    causes = sorted({c for sp in splits for c in report[sp]["per_cause"]})
    for c in causes:
        mark = "" if c in covered else " *"
        row = "".join(" | " + _cell(report[sp]["per_cause"].get(c)) for sp in splits)
        print(f"{c + mark:32}{row}")
    print("-" * (32 + 28 * len(splits)))
    for label, key in (("ALL", "overall"), ("CATALOG-COVERED", "covered")):
        print(f"{label:32}" + "".join(" | " + _cell(report[sp][key]) for sp in splits))
    print()
    print(
        "top1/top2: explain's first / first two candidates; kw: issue 12's keyword rule "
        "(refused/timed out/reset/unreachable)."
    )
    print("* cause not in this checkout's scenarios.yaml (excluded from CATALOG-COVERED).")
    for sp in splits:
        r = report[sp]
        print(f"{sp}: {r['overall']['n']} entries from {r['threads']} threads; explain errors: {r['errors']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--split",
        choices=("dev", "heldout", *FRESH, "all"),
        default="all",
        help="which part to run (default: all, printed side by side)",
    )
    ap.add_argument(
        "--netmatrix",
        default="netmatrix",
        help="the command to run (default: netmatrix on PATH; may hold arguments)",
    )
    ap.add_argument(
        "--catalog",
        type=Path,
        default=ROOT / "scenarios.yaml",
        help="scenarios.yaml whose ids count as covered (default: this checkout's)",
    )
    ap.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="corpus directory")
    ordinals = (
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    )
    for i, (name, folder) in enumerate(FRESH.items()):
        state = "read for development since" if name in READ else "held out"
        nth = ordinals[i] if i < len(ordinals) else f"{i + 2}th"
        ap.add_argument(
            f"--{name}",
            type=Path,
            default=folder,
            help=f"the {nth} set, scored as split {name!r} ({state}; default: {folder.relative_to(ROOT)})",
        )
    ap.add_argument("--jobs", type=int, default=2, help="explains run in parallel (default 2)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--misses", action="store_true", help="list the dev (and read) entries explain got wrong")
    args = ap.parse_args(argv)

    try:
        entries = load_entries(args.corpus)
        for name in FRESH:  # each set has its option of the same name
            folder = getattr(args, name)
            if args.split in (name, "all") and folder.is_dir():
                entries += load_fresh(folder, entries, name)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        covered = catalog_ids(args.catalog)
    except (OSError, yaml.YAMLError) as exc:
        print(f"error: cannot read the catalog {args.catalog}: {exc}", file=sys.stderr)
        return 2
    splits = [*SPLITS, *(name for name in FRESH if any(e.split == name for e in entries))]
    splits = splits if args.split == "all" else [args.split]
    todo = [e for e in entries if e.split in splits]
    cmd = shlex.split(args.netmatrix)
    try:
        with_duration = supports_duration(cmd)
    except OSError as exc:
        print(f"error: cannot run {args.netmatrix!r}: {exc} (give --netmatrix PATH)", file=sys.stderr)
        return 2

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(lambda e: run_explain(e, cmd, with_duration), todo))
    wall = time.monotonic() - t0

    report = {sp: figures([e for e in todo if e.split == sp], covered) for sp in splits}
    misses = [
        {"id": e.id, "file": e.file, "expected": e.cause, "got": e.ranking[:3], "error": e.error}
        for e in todo
        if (e.split == "dev" or e.split in READ) and e.ranking[:1] != [e.cause]
    ]
    timing = {
        "wall_s": round(wall, 2),
        "explains": len(todo),
        "jobs": args.jobs,
        "mean_explain_s": round(sum(e.seconds for e in todo) / len(todo), 3) if todo else None,
        "duration_flag": with_duration,
    }
    if args.json:
        out = {"splits": report, "catalog_covered": sorted(covered), "timing": timing}
        if "dev" in splits or READ & set(splits):
            out["dev_misses"] = misses
        json.dump(out, sys.stdout, indent=1)
        print()
        return 0
    print_table(report, splits, covered)
    print(
        f"{len(todo)} explains in {wall:.1f} s with {args.jobs} jobs "
        f"(mean {timing['mean_explain_s']} s each); --duration passed: {'yes' if with_duration else 'no'}"
    )
    errors = [e for e in todo if e.error]
    if errors:
        print(f"first explain error: {errors[0].id}: {errors[0].error}")
    if args.misses and ("dev" in splits or READ & set(splits)):
        print(f"\nmisses of dev and {', '.join(sorted(READ))} (expected -> explain's first three):")
        for m in misses:
            got = ", ".join(m["got"]) or (m["error"] or "nothing")
            print(f"  {m['id']:40} {m['expected']:26} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What changed between two results: images, locales, profiles, or two runs of the same image.

A cell changed when its exit code, its message signature or its duration class differs. Durations
are compared by class, not by value: 0.02 s against 0.03 s is noise, "< 2 s" against "≥ 1 min"
(a drop cell that stopped waiting for the kernel's SYN retries) is news. The first class spans up
to 2 s because a REJECT often costs one SYN retransmission (about 1 s) by chance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from tabulate import tabulate

from .catalog import Catalogs
from .models import Results
from .tables import JSON_FORMAT
from .views import CellView, cell_views

# Upper bounds, in seconds, of each duration class.
_CLASSES = ((2.0, "< 2 s"), (10.0, "2–10 s"), (60.0, "10–60 s"), (float("inf"), "≥ 1 min"))


def duration_class(view: CellView | None) -> str:
    if view is None:
        return "absent"
    if view.status != "ran":
        return view.status
    if view.killed_at_cap:
        return "killed at cap"
    seconds = view.duration_s or 0.0
    return next(name for bound, name in _CLASSES if seconds < bound)


@dataclass(frozen=True)
class Change:
    client: str
    scenario: str
    what: tuple[str, ...]  # "exit", "signature", "duration" (or "only in A/B")
    a: CellView | None
    b: CellView | None


def _exit(v: CellView | None) -> str:
    return "-" if v is None else v.exit_text


def compare(catalogs: Catalogs, a: Results, b: Results) -> list[Change]:
    return compare_views(cell_views(a, catalogs), cell_views(b, catalogs))


def compare_views(views_a: list[CellView], views_b: list[CellView]) -> list[Change]:
    va = {(v.client, v.scenario): v for v in views_a}
    vb = {(v.client, v.scenario): v for v in views_b}
    keys = list(va) + [k for k in vb if k not in va]
    changes = []
    for key in keys:
        x, y = va.get(key), vb.get(key)
        if x is None or y is None:
            changes.append(Change(*key, ("only in A",) if y is None else ("only in B",), x, y))
            continue
        what = []
        if _exit(x) != _exit(y):
            what.append("exit")
        if x.signature != y.signature:
            what.append("signature")
        if duration_class(x) != duration_class(y):
            what.append("duration")
        if what:
            changes.append(Change(*key, tuple(what), x, y))
    return changes


def label(res: Results) -> str:
    r = res.run
    return f"{r.image} {r.locale} {r.profile}"


def render(a: Results, b: Results, changes: list[Change], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(
            {
                "format": JSON_FORMAT,
                "a": label(a),
                "b": label(b),
                "changes": [
                    {
                        "client": c.client,
                        "scenario": c.scenario,
                        "changed": list(c.what),
                        "a": _side_json(c.a),
                        "b": _side_json(c.b),
                    }
                    for c in changes
                ],
            },
            indent=1,
            ensure_ascii=False,
        )
    head = f"A: {label(a)} ({a.run.started[:10]})\nB: {label(b)} ({b.run.started[:10]})"
    if not changes:
        return head + "\n\nNo cell changed (exit code, message signature, duration class)."
    rows = [[c.client, c.scenario, ", ".join(c.what), _side(c.a), _side(c.b)] for c in changes]
    return f"{head}\n\n{len(changes)} cell(s) changed:\n" + tabulate(
        rows,
        headers=["client", "scenario", "changed", "A", "B"],
        tablefmt="grid",
        maxcolwidths=[None, None, None, 40, 40],
    )


def _side(v: CellView | None) -> str:
    if v is None:
        return "(absent)"
    return f"{v.exit_text} · {duration_class(v)}\n{v.signature}"


def _side_json(v: CellView | None) -> dict | None:
    if v is None:
        return None
    return {
        "exit": v.exit_text,
        "exit_code": v.exit_code,
        "signature": v.signature,
        "duration_s": v.duration_s,
        "duration_class": duration_class(v),
    }

"""Terminal rendering of the matrix (tabulate): plain, markdown, or JSON for scripts."""
from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from .catalog import Catalogs
from .models import Results
from .views import CellView, duration_text, grid

FORMATS = ("plain", "markdown", "json")
KEY_WIDTH = 26


def _cell(v: CellView, markdown: bool) -> str:
    key = v.key_line if len(v.key_line) <= 80 else v.key_line[:77] + "..."
    parts = [v.exit_text, key, duration_text(v.duration_s)]
    if v.fallback_text:  # he-v6-blackhole: the client's Happy Eyeballs delay, from the capture
        parts.append(v.fallback_text)
    if markdown:
        return " · ".join(p.replace("|", "\\|") for p in parts)
    return "\n".join([parts[0], *textwrap.wrap(key, KEY_WIDTH, max_lines=3, placeholder="…"), *parts[2:]])


def header(res: Results) -> str:
    r = res.run
    state = "" if r.complete else " (INCOMPLETE: interrupted run)"
    return (f"{r.image} · profile {r.profile} · locale {r.locale} · kernel {r.kernel} · "
            f"{r.started[:10]} · netmatrix {r.tool_version}{state}")


def render(res: Results, views: list[CellView], fmt: str, catalogs: Catalogs | None = None) -> str:
    if fmt == "json":
        return json.dumps({"run": res.run.model_dump(mode="json", include={
            "image", "profile", "locale", "kernel", "started", "complete"}),
            "cells": [_json(v) for v in views]}, indent=1, ensure_ascii=False)
    markdown = fmt == "markdown"
    blocks = [header(res)]
    for group, (rows, cols, cells) in grid(views, catalogs).items():
        table = [[r, *(_cell(cells[(r, c)], markdown) if (r, c) in cells else "" for c in cols)]
                 for r in rows]
        blocks.append(tabulate(table, headers=[group, *cols],
                               tablefmt="github" if markdown else "grid"))
    return "\n\n".join(blocks)


def _json(v: CellView) -> dict:
    return {"client": v.client, "scenario": v.scenario, "status": v.status, "exit_code": v.exit_code,
            "key_line": v.key_line, "signature": v.signature, "duration_s": v.duration_s,
            "killed_at_cap": v.killed_at_cap, "wire": v.wire,
            "fallback_s": v.outcome.wire.fallback_s if v.outcome.wire else None}

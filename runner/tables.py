"""Terminal rendering of the matrix (tabulate): plain, markdown, or JSON for scripts."""
from __future__ import annotations

import json
import re
import textwrap

from tabulate import tabulate

from .catalog import Catalogs
from .models import Results
from .views import CellView, duration_text, grid

FORMATS = ("plain", "markdown", "json")
KEY_WIDTH = 26
# Recorded output is untrusted: bytes that would drive a terminal (ESC sequences, C1 controls, DEL,
# bidirectional overrides) are shown as escapes, never sent raw. Newlines and tabs are text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str, fmt: str = "plain") -> str:
    """`text` with every terminal control shown as an escape (a JSON escape for --format json)."""
    if fmt == "json":
        return _CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}",
                        text)


def _cell(v: CellView, markdown: bool) -> str:
    key = v.key_line if len(v.key_line) <= 80 else v.key_line[:77] + "..."
    parts = [v.exit_text, key, duration_text(v.duration_s)]
    if markdown:
        return " · ".join(p.replace("|", "\\|") for p in parts)
    return "\n".join([parts[0], *textwrap.wrap(key, KEY_WIDTH, max_lines=3, placeholder="…"), parts[2]])


def header(res: Results) -> str:
    r = res.run
    state = "" if r.complete else " (INCOMPLETE: interrupted run)"
    return (f"{r.image} · profile {r.profile} · locale {r.locale} · kernel {r.kernel} · "
            f"{r.started[:10]} · netmatrix {r.tool_version}{state}")


def render(res: Results, views: list[CellView], fmt: str, catalogs: Catalogs | None = None) -> str:
    return for_terminal(_render(res, views, fmt, catalogs), fmt)


def _render(res: Results, views: list[CellView], fmt: str, catalogs: Catalogs | None = None) -> str:
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
            "killed_at_cap": v.killed_at_cap, "wire": v.wire}

"""Terminal rendering of the matrix (tabulate): plain, markdown, or JSON for scripts."""

from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from .catalog import Catalogs
from .models import Results
from .terminal import JSON_FORMAT, for_terminal, versioned  # noqa: F401  (re-exported)
from .views import CellView, duration_text, grid

FORMATS = ("plain", "markdown", "json")
KEY_WIDTH = 26
MIN_KEY_WIDTH = 12


def _cell(v: CellView, markdown: bool, key_width: int = KEY_WIDTH) -> str:
    key = v.key_line if len(v.key_line) <= 80 else v.key_line[:77] + "..."
    parts = [v.exit_text, key, duration_text(v.duration_s)]
    if v.fallback_text:  # he-v6-blackhole: the client's Happy Eyeballs delay, from the capture
        parts.append(v.fallback_text)
    if markdown:
        return " · ".join(p.replace("|", "\\|") for p in parts)
    return "\n".join([parts[0], *textwrap.wrap(key, key_width, max_lines=3, placeholder="…"), *parts[2:]])


def header(res: Results) -> str:
    r = res.run
    state = "" if r.complete else " (INCOMPLETE: interrupted run)"
    return (
        f"{r.image} · profile {r.profile} · locale {r.locale} · kernel {r.kernel} · "
        f"{r.started[:10]} · netmatrix {r.tool_version}{state}"
    )


def render(
    res: Results, views: list[CellView], fmt: str, catalogs: Catalogs | None = None, width: int | None = None
) -> str:
    """The matrix as text; a plain table fits in `width` columns (blocks of fewer scenarios, narrower
    cells) when it is given. Markdown and JSON are for pasting and scripts: never cut."""
    return for_terminal(_render(res, views, fmt, catalogs, width), fmt)


def _width(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _table(group: str, rows: list[str], cols: list[str], cells: dict, key_width: int) -> str:
    table = [
        [r, *(_cell(cells[(r, c)], False, key_width) if (r, c) in cells else "" for c in cols)] for r in rows
    ]
    return tabulate(table, headers=[group, *cols], tablefmt="grid")


def _fitted(group: str, rows: list[str], cols: list[str], cells: dict, width: int) -> list[str]:
    """Grid tables of as many scenario columns as fit in `width`, the client column repeated; a
    single column still too wide gets a narrower key line (down to MIN_KEY_WIDTH)."""
    whole = _table(group, rows, cols, cells, KEY_WIDTH)
    if _width(whole) <= width:
        return [whole]
    title = "\n".join(textwrap.wrap(group, max(map(len, rows), default=len(group)))) or group
    parts: list[list[str]] = [[]]
    for col in cols:
        if parts[-1] and _width(_table(title, rows, [*parts[-1], col], cells, KEY_WIDTH)) > width:
            parts.append([])
        parts[-1].append(col)
    out = []
    for part in parts:
        key_width = KEY_WIDTH
        table = _table(title, rows, part, cells, key_width)
        while _width(table) > width and key_width > MIN_KEY_WIDTH:
            key_width = max(MIN_KEY_WIDTH, key_width - (_width(table) - width))
            table = _table(title, rows, part, cells, key_width)
        out.append(table)
    return out


def _render(
    res: Results, views: list[CellView], fmt: str, catalogs: Catalogs | None = None, width: int | None = None
) -> str:
    if fmt == "json":
        return json.dumps(
            {
                "format": JSON_FORMAT,
                "run": res.run.model_dump(
                    mode="json", include={"image", "profile", "locale", "kernel", "started", "complete"}
                ),
                "cells": [_json(v) for v in views],
            },
            indent=1,
            ensure_ascii=False,
        )
    markdown = fmt == "markdown"
    blocks = [header(res) if markdown or not width else textwrap.fill(header(res), width)]
    for group, (rows, cols, cells) in grid(views, catalogs).items():
        if markdown:
            table = [
                [r, *(_cell(cells[(r, c)], True) if (r, c) in cells else "" for c in cols)] for r in rows
            ]
            blocks.append(tabulate(table, headers=[group, *cols], tablefmt="github"))
        elif width:
            blocks.extend(_fitted(group, rows, cols, cells, width))
        else:
            blocks.append(_table(group, rows, cols, cells, KEY_WIDTH))
    return "\n\n".join(blocks)


def _json(v: CellView) -> dict:
    return {
        "client": v.client,
        "scenario": v.scenario,
        "status": v.status,
        "exit_code": v.exit_code,
        "key_line": v.key_line,
        "signature": v.signature,
        "duration_s": v.duration_s,
        "killed_at_cap": v.killed_at_cap,
        "wire": v.wire,
        "fallback_s": v.outcome.wire.fallback_s if v.outcome.wire else None,
    }

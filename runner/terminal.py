"""Printing answers safely: recorded output's terminal controls shown as escapes, and JSON answers
carrying their layout version. A leaf module (no pydantic, no tabulate): lookup and explain print
through it on their fast path."""

from __future__ import annotations

import re

JSON_FORMAT = 1  # the version of every --json answer's layout: {"format": 1, ...}
# Recorded output is untrusted: bytes that would drive a terminal (ESC sequences, C1 controls, DEL,
# bidirectional overrides) are shown as escapes, never sent raw. Newlines and tabs are text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str, fmt: str = "plain") -> str:
    """`text` with every terminal control shown as an escape (a JSON escape for --format json)."""
    if fmt == "json":
        return _CONTROL.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def versioned(text: str) -> str:
    """A JSON answer with its layout version first: {"format": 1, ...} (kept if it has one)."""
    import json  # only a --json answer needs it: lazily, for the start time

    data = json.loads(text)
    if isinstance(data, dict) and "format" not in data:
        data = {"format": JSON_FORMAT, **data}
    return json.dumps(data, indent=1, ensure_ascii=False)


def duration_text(seconds: float | None) -> str:
    """Durations as a person reads them: 0.02 s, 1.05 s, 2 min 10 s (one place for the table, the
    answers and the site; here because answering must not import the catalog models)."""
    if seconds is None:
        return "-"
    if seconds < 10:
        return f"{seconds:.2f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"

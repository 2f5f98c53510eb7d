"""Printing answers safely: recorded output's terminal controls shown as escapes, and JSON answers
carrying their layout version. A leaf module (no pydantic, no tabulate): lookup and explain print
through it on their fast path."""

from __future__ import annotations

JSON_FORMAT = 1  # the version of every --json answer's layout: {"format": 1, ...}
# Recorded output is untrusted: bytes that would drive a terminal (ESC sequences, C1 controls, DEL,
# bidirectional overrides) are shown as escapes, never sent raw. Newlines and tabs are text.
# (A translation table for short texts: compiling the character class costs an answering process
# 0.4 ms, a fiftieth of a bare Python start. But translate() looks every character up in the table,
# 0.14 ms a kilobyte: the 100 kB that `lookup "Connection refused"` prints took 14 ms, so long texts
# are searched with the compiled class instead, under 1 ms for the same 100 kB, 2 ms with its compile.)
_CONTROLS = (
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
)
_AS_JSON = {c: f"\\u{c:04x}" for c in _CONTROLS}
_AS_TEXT = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _CONTROLS}


_LONG = 4000  # characters: above this, searching with a compiled class beats translate()
_controls_class = None


def for_terminal(text: str, fmt: str = "plain") -> str:
    """`text` with every terminal control shown as an escape (a JSON escape for --format json)."""
    table = _AS_JSON if fmt == "json" else _AS_TEXT
    if len(text) < _LONG:
        return text.translate(table)
    global _controls_class
    if _controls_class is None:
        import re

        _controls_class = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROLS) + "]")
    return _controls_class.sub(lambda m: table[ord(m.group())], text)


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

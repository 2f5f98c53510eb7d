"""Message signatures: a cell's output reduced to its meaningful line(s), with volatile parts
(host, port, timestamps, durations, addresses, OpenSSL's thread prefixes, big numbers) replaced by
placeholders, so that two runs of the same image give the same signature.

Line choice: the client's `signature.keep` hints when any matches (a named group `msg` narrows the
line to that group), else the generic rule: lines that read like a verdict (refused, timed out,
reset, succeeded, ... in English, French or German), else the last line of output.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from .lazy_regex import LazyRegex  # explain imports this module and uses only scrub()

if TYPE_CHECKING:  # explain scrubs pasted text without importing the models (pydantic)
    from .models import Client, Outcome


MAX_LINES = 3
NO_OUTPUT = "(no output)"

_VERDICT = LazyRegex(
    r"refused|timed? ?out|reset|unreachable|failed|fail|error|errno|closed|no route|denied|abort|"
    r"empty reply|no data|cannot|can't|unable|succeeded|connected|opened|filtered|"
    r"resolve|not known|no such host|misbehaving|name resolution|no address associated|"
    r"refusée|expiration|réinitialisée|échec|erreur|impossible|abandon|aucune donnée|"
    r"abgelehnt|zeitüberschreitung|zurückgesetzt|fehlgeschlagen|fehler|nicht|aufgegeben|keine daten|"
    r"abgelaufen",
    re.IGNORECASE,
)

# Among verdict lines, those that name a failure make the better key line than "connected." or
# "Abandon." (wget's closing word in French).
_STRONG = LazyRegex(
    r"refused|timed? ?out|reset|unreachable|fail|error|errno|no route|denied|empty reply|no data|"
    r"cannot|can't|unable|ERR_|resolve|not known|no such host|misbehaving|name resolution|"
    r"no address associated|refusée|expiration|réinitialisée|échec|erreur|aucune donnée|"
    r"abgelehnt|zeitüberschreitung|zurückgesetzt|fehlgeschlagen|fehler|keine daten|abgelaufen",
    re.IGNORECASE,
)

# Order matters: specific shapes before the generic number rule. Each with a literal every match
# holds ("" for none): a pattern whose literal is absent is neither compiled nor run, which keeps
# an answering process's start short (explain scrubs every pasted text).
_VOLATILE: Sequence[tuple[str, str, str]] = (
    # OpenSSL's thread id starts its error line, also where a runtime quotes it (Node's "[Error: <id>:error:")
    (":error:", r"(?<![0-9A-Za-z])[0-9A-F]{8,16}:error:", "<id>:error:"),  # OpenSSL 3 thread id
    (":error:", r"(?<![0-9A-Za-z])\d{6,}:error:", "<id>:error:"),  # OpenSSL 1.1 thread id
    ("0x", r"0x[0-9a-fA-F]{4,}", "<addr>"),
    ("-", r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?( ?[A-Z]{3,5}|[+-]\d{2}:?\d{2})?", "<time>"),
    (":", r"\b\d{1,2}:\d{2}:\d{2}(\.\d+)?\b", "<time>"),
    (
        "",
        r"\b\d+(\.\d+)?(?= ?(ms|milliseconds|millisecondes|Millisekunden|s|sec|secs|seconds|"
        r"secondes|Sekunden)\b)",
        "<n>",
    ),
    (".", r"\b\d+\.\d+s\b", "<n>s"),
    ("latency", r"\(\d+(\.\d+)?s latency\)", "(<n>s latency)"),
    ("", r"\b\d{5,}\b", "<n>"),
)


def scrub(text: str, host: str, port: int | None) -> str:
    """Replace what changes from run to run (and the cell's own host and port) by placeholders."""
    if host:
        text = text.replace(host, "<host>")
    if port is not None:
        text = re.sub(rf"(?<![\d.]){port}(?!\d)", "<port>", text)
    for literal, pattern, repl in _VOLATILE:
        if literal in text:
            text = re.sub(pattern, repl, text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _lines(outcome: Outcome) -> list[str]:
    # stderr carries most clients' verdicts; a terminal client or a scanner writes to stdout.
    text = outcome.stderr if outcome.stderr.strip() else outcome.stdout
    if outcome.stderr.strip() and outcome.stdout.strip():
        text = outcome.stdout + "\n" + outcome.stderr
    return [line.rstrip("\r") for line in text.splitlines() if line.strip()]


def _pick(lines: list[str], client: Client | None) -> list[str]:
    hints = client.signature if client else None
    if hints and hints.keep:
        keep = [re.compile(p) for p in hints.keep]
        picked = []
        for line in lines:
            for pattern in keep:
                m = pattern.search(line)
                if m:
                    picked.append(m.group("msg") if "msg" in m.groupdict() else line)
                    break
        if picked:
            return picked[:MAX_LINES]
    if hints and hints.drop:  # only the generic rule needs telling what never matters
        drop = [re.compile(p) for p in hints.drop]
        lines = [line for line in lines if not any(p.search(line) for p in drop)]
    verdicts = [line for line in lines if _VERDICT.search(line)]
    if verdicts:
        return _dedupe(verdicts)[-MAX_LINES:]
    return lines[-1:]


def _dedupe(lines: list[str]) -> list[str]:
    seen, out = set(), []
    for line in lines:
        if line not in seen:
            seen.add(line)
            out.append(line)
    return out


class Message(NamedTuple):  # a NamedTuple: explain imports this module, and dataclasses costs 15 ms
    key_line: str  # the most telling line, as the client printed it
    signature: str  # the chosen lines, scrubbed and joined with " | "


def message(outcome: Outcome, client: Client | None, host: str, port: int | None) -> Message:
    if outcome.status != "ran":
        note = outcome.note or outcome.status
        return Message(note, f"({outcome.status})")
    picked = _pick(_lines(outcome), client)
    if not picked:
        return Message(NO_OUTPUT, NO_OUTPUT)
    strong = [line for line in picked if _STRONG.search(line)]
    key = (strong or picked)[-1].strip()
    sig = " | ".join(_dedupe([scrub(line, host, port) for line in picked]))
    return Message(key, sig)

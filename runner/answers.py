"""Render the cross-reference's answers (lookup, explain, tell) as readable text or JSON.

Imports nothing heavy: with a warm index cache, lookup and explain run without pydantic or yaml.
"""

from __future__ import annotations

from collections import defaultdict

from .terminal import duration_text
from .xref import Distinction, Documented, Entry, Explanation, Index, Observation

FORMAT = 1  # the explain --json format; keys may be added, never removed or renamed


def _obs_json(o: Observation) -> dict:
    return {
        "image": o.image,
        "profile": o.profile,
        "locale": o.locale,
        "client": o.client,
        "scenario": o.scenario,
        "exit_code": o.exit_code,
        "killed_at_cap": o.killed_at_cap,
        "signature": o.signature,
        "key_line": o.key_line,
        "duration_s": o.duration_s,
    }


def _entry_json(index: Index, e: Entry) -> dict:
    return {
        "causes": [{"scenario": s, "cause": _cause(index, s)} for s in e.causes],
        "ambiguous": e.ambiguous,
        "observations": [_obs_json(o) for o in e.observations],
    }


def _cause(index: Index, scenario: str) -> str:
    return index.cause(scenario)


def _documented_lines(doc: Documented | None, code: int | None) -> list[str]:
    if doc is None:
        return ["  documented: not recorded in clients.yaml"]
    if not doc.documented:
        return [
            f"  documented: nothing ({doc.note or 'the documentation states no exit codes'})",
            f"  source: {doc.source}",
        ]
    if code is None:
        meaning = "no exit code: killed at the cap, or died of a signal"
    else:
        meaning = doc.codes.get(code, "not listed in the documentation")
    lines = [f"  documented: {meaning}", f"  source: {doc.source}"]
    if doc.note:
        lines.append(f"  note: {doc.note}")
    return lines


def _by_cause(index: Index, e: Entry) -> list[str]:
    """Per cause: each distinct message, with where and how long it took."""
    lines = []
    grouped: dict[str, list[Observation]] = defaultdict(list)
    for o in e.observations:
        grouped[o.scenario].append(o)
    for scenario in e.causes:
        lines.append(f"  ← {scenario}: {_cause(index, scenario)}")
        messages: dict[str, list[Observation]] = defaultdict(list)
        for o in grouped[scenario]:
            messages[o.key_line].append(o)
        for key, obs in messages.items():
            runs = ", ".join(f"{o.run} in {duration_text(o.duration_s)}" for o in obs)
            lines.append(f"      “{key}”  ({runs})")
    return lines


def lookup_client(index: Index, client: str, code: int | None, fmt: str) -> str:
    entries = index.by_client(client, code)
    doc = index.documented(client)
    if fmt == "json":
        import json  # only a --json answer needs it: lazily, for the start time

        return json.dumps(
            {
                "client": client,
                "documented": doc.model_dump() if doc else None,
                "exit_codes": {str(c): _entry_json(index, e) for c, e in entries.items()},
            },
            indent=1,
            ensure_ascii=False,
        )
    entry = index.client_info(client)
    out = [f"{client}: {entry.title}"] + ([f"note: {entry.note}"] if entry.note else [])
    for c, e in entries.items():
        label = (
            (" / ".join(sorted({o.exit_text for o in e.observations})) or "no exit code")
            if c is None
            else f"exit {c}"
        )
        out.append("")
        out.append(f"{label}" + ("  — AMBIGUOUS: seen under several causes" if e.ambiguous else ""))
        out += _documented_lines(doc, c)
        if not e.observations:
            out.append("  observed: never, in the recorded results")
        else:
            out.append("  observed:")
            out += _by_cause(index, e)
    return "\n".join(out)


def lookup_text(
    index: Index,
    fragment: str,
    fmt: str,
    client: str | None = None,
    exit_code: int | None = None,
    killed: bool = False,
) -> str:
    found = index.by_text(fragment, client, exit_code, killed)
    label = " ".join(
        x
        for x in (
            client or "",
            f"exit {exit_code}" if exit_code is not None else "",
            "killed at the cap" if killed else "",
            f"“{fragment}”" if fragment else "",
        )
        if x
    )
    if fmt == "json":
        import json  # only a --json answer needs it: lazily, for the start time

        return json.dumps(
            {
                "fragment": fragment,
                "client": client,
                "exit_code": exit_code,
                "killed": killed,
                "matches": [
                    {"client": k[0], "signature": k[1], **_entry_json(index, e)} for k, e in found.items()
                ],
            },
            indent=1,
            ensure_ascii=False,
        )
    if not found:
        return f"{label}: no recorded output matches."
    causes = sorted({s for e in found.values() for s in e.causes})
    out = [
        f"{label}: {len(found)} recorded message(s), under "
        f"{len(causes)} cause(s): {', '.join(causes)}"
        + ("  — on its own, this does not tell the cause" if len(causes) > 1 else "")
    ]
    for (client, signature), e in found.items():
        exits = sorted({"killed" if o.killed_at_cap else str(o.exit_code) for o in e.observations})
        out.append("")
        out.append(
            f"{client} (exit {', '.join(exits)}): {signature}" + ("  — AMBIGUOUS" if e.ambiguous else "")
        )
        out += _by_cause(index, e)
    return "\n".join(out)


def _why_json(c) -> list[dict]:
    return [{"evidence": w.evidence, "factor": round(w.factor, 3)} for w in c.why]


def explain(index: Index, ex: Explanation, fmt: str) -> str:
    r = ex.reading
    meaning = _meanings(ex)
    if fmt == "json":
        import json  # only a --json answer needs it: lazily, for the start time

        return json.dumps(
            {
                "format": FORMAT,
                "matched": ex.matched,
                "ambiguous": ex.ambiguous,
                "candidates": [
                    {
                        "scenario": c.scenario,
                        "cause": c.cause,
                        "score": c.score,
                        "why": _why_json(c),
                        "evidence": [_obs_json(o) for o in c.evidence[:5]],
                    }
                    for c in ex.candidates
                ],
                "tied": list(ex.tied),
                "excluded": [
                    {"scenario": e.scenario, "cause": e.cause, "reason": e.reason} for e in ex.excluded
                ],
                "read": r.as_json() if r else {},
                "unknown_conditions": [{"condition": c, "meaning": meaning.get(c, "")} for c in ex.unknown],
                "distinguishers": [
                    {
                        "client": d.client,
                        "command": d.command,
                        "a": list(d.a),
                        "b": list(d.b),
                        "causes": list(ex.told[:2]),
                    }
                    for d in ex.distinguishers
                ],
                "nearest": list(ex.nearest),
                "warnings": list(ex.warnings),
            },
            indent=1,
            ensure_ascii=False,
        )
    out = []
    if r is not None:
        out += _reading_lines(r, meaning)
    if ex.unknown:
        out.append("")
        out.append(
            "No cause in the recorded matrix produces "
            + " / ".join(ex.unknown)
            + ": the cause is unknown to this matrix."
        )
    if not ex.matched:
        if not ex.unknown:
            out.append(
                "No match: no recorded cell printed anything like this, and it names no "
                "condition netmatrix knows."
            )
        if ex.nearest:
            out.append("Nearest recorded messages:")
            out += [f"  {s}" for s in ex.nearest]
        return "\n".join(out).strip("\n")
    out.append("")
    if ex.ambiguous:
        out.append(f"AMBIGUOUS: this output cannot tell {' from '.join(ex.tied)} apart.")
    out.append("Candidate root causes (score = share of the evidence; each factor says why):")
    for c in ex.candidates:
        out.append(f"  {c.score:5.2f}  {c.scenario}: {c.cause}")
        for w in c.why:
            out.append(f"         ×{w.factor:<5.2f} {w.evidence}")
        for o in c.evidence[:2]:
            out.append(
                f"         e.g. {o.client} {o.exit_text} “{o.key_line}” "
                f"({o.run}, {duration_text(o.duration_s)})"
            )
    other_protocol = [e for e in ex.excluded if e.reason.startswith("the output is ")]
    shown = [e for e in ex.excluded if e not in other_protocol]
    if shown:
        out.append("")
        out.append("Excluded (the evidence contradicts them):")
        for e in shown:
            out.append(f"  {e.scenario}: {e.reason}")
    if other_protocol:
        proto = (r.protocol or "").upper() if r else ""
        out.append(
            f"  ({len(other_protocol)} cause(s) of another protocol left out: the output is {proto}'s)"
        )
    if ex.ambiguous:
        out.append("")
        if ex.distinguishers:
            placeholder = r is None or r.host is None or r.port is None
            out.append(
                "To tell them apart, run one of"
                + (" (put your host and port for HOST and PORT):" if placeholder else ":")
            )
            for d in ex.distinguishers[:6]:
                out.append(f"  {d.command}")
                out.append(f"      {ex.told[0]}: {' / '.join(d.a)}")
                out.append(f"      {ex.told[1]}: {' / '.join(d.b)}")
        else:
            out.append("No client in the catalog tells them apart.")
    return "\n".join(out).strip("\n")


def _meanings(ex: Explanation) -> dict[str, str]:
    from . import conditions

    table = conditions.table()
    names = set(ex.unknown)
    if ex.reading:
        names |= {f.condition for f in ex.reading.found}
    return {c: table.meaning(c) for c in names}


def _reading_lines(r, meaning: dict[str, str]) -> list[str]:
    out = []
    for f in r.found:
        if f.condition in r.decisive:
            out.append(f"Reports: {f.condition} — {meaning.get(f.condition, '')}")
            out.append(f"         (“{f.phrase}”; source: {f.source})")
    read = []
    if r.client:
        read.append(f"client {r.client} ({r.client_from})")
    if r.exit_code is not None:
        read.append(f"exit {r.exit_code} ({r.exit_from})")
    if r.duration_s is not None:
        read.append(f"duration {r.duration_s:g} s ({r.duration_from})")
    if r.host:
        read.append(f"host {r.host}" + (f" port {r.port}" if r.port else ""))
    if read:
        out.append("Read: " + "; ".join(read))
    out += [f"Note: {n}" for n in r.notes]
    return out


def tell(index: Index, a: str, b: str, ds: tuple[Distinction, ...], fmt: str) -> str:
    if fmt == "json":
        import json  # only a --json answer needs it: lazily, for the start time

        return json.dumps(
            {
                "a": a,
                "b": b,
                "clients": [
                    {
                        "client": d.client,
                        "tells": d.tells,
                        "command": d.command,
                        "a": list(d.a),
                        "b": list(d.b),
                    }
                    for d in ds
                ],
            },
            indent=1,
            ensure_ascii=False,
        )
    telling = [d for d in ds if d.tells]
    same = [d for d in ds if not d.tells]
    out = [f"{a}: {_cause(index, a)}", f"{b}: {_cause(index, b)}", ""]
    if telling:
        out.append(f"{len(telling)} client(s) tell them apart:")
        for d in telling:
            out.append(f"  {d.client}: {d.command}")
            out.append(f"      {a}: {' / '.join(d.a)}")
            out.append(f"      {b}: {' / '.join(d.b)}")
    elif not ds:
        # Nothing compared is not "nothing tells": say which it is (tcp-drop vs udp-drop).
        out.append(
            "No recorded client ran under both causes, so the matrix cannot say whether any "
            "client tells them apart."
        )
    else:
        out.append("No recorded client tells them apart.")
    if same:
        out.append("")
        out.append(
            f"{len(same)} client(s) show the same thing under both: " + ", ".join(d.client for d in same)
        )
    return "\n".join(out)

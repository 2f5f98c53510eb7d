"""Render the cross-reference's answers (lookup, explain, tell) as readable text or JSON."""
from __future__ import annotations

import json
from collections import defaultdict

from .models import ExitCodes
from .views import duration_text
from .xref import Distinction, Entry, Explanation, Index, Observation


def _obs_json(o: Observation) -> dict:
    return {"image": o.image, "profile": o.profile, "locale": o.locale, "client": o.client,
            "scenario": o.scenario, "exit_code": o.exit_code, "killed_at_cap": o.killed_at_cap,
            "signature": o.signature, "key_line": o.key_line, "duration_s": o.duration_s}


def _entry_json(index: Index, e: Entry) -> dict:
    return {"causes": [{"scenario": s, "cause": _cause(index, s)} for s in e.causes],
            "ambiguous": e.ambiguous, "observations": [_obs_json(o) for o in e.observations]}


def _cause(index: Index, scenario: str) -> str:
    for s in index.catalogs.scenarios.scenarios:
        if s.id == scenario:
            return s.cause
    return scenario


def _documented_lines(doc: ExitCodes | None, code: int | None) -> list[str]:
    if doc is None:
        return ["  documented: not recorded in clients.yaml"]
    if not doc.documented:
        return [f"  documented: nothing ({doc.note or 'the documentation states no exit codes'})",
                f"  source: {doc.source}"]
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
        return json.dumps({"client": client, "documented": doc.model_dump() if doc else None,
                           "exit_codes": {str(c): _entry_json(index, e) for c, e in entries.items()}},
                          indent=1, ensure_ascii=False)
    entry = index.catalogs.client(client)
    out = [f"{client}: {entry.title}"] + ([f"note: {entry.note}"] if entry.note else [])
    for c, e in entries.items():
        label = (" / ".join(sorted({o.exit_text for o in e.observations})) or "no exit code") \
            if c is None else f"exit {c}"
        out.append("")
        out.append(f"{label}" + ("  — AMBIGUOUS: seen under several causes" if e.ambiguous else ""))
        out += _documented_lines(doc, c)
        if not e.observations:
            out.append("  observed: never, in the recorded results")
        else:
            out.append("  observed:")
            out += _by_cause(index, e)
    return "\n".join(out)


def lookup_text(index: Index, fragment: str, fmt: str) -> str:
    found = index.by_text(fragment)
    if fmt == "json":
        return json.dumps({"fragment": fragment, "matches": [
            {"client": k[0], "signature": k[1], **_entry_json(index, e)} for k, e in found.items()]},
            indent=1, ensure_ascii=False)
    if not found:
        return f"“{fragment}”: no recorded output contains it."
    causes = sorted({s for e in found.values() for s in e.causes})
    out = [f"“{fragment}” appears in {len(found)} recorded message(s), under "
           f"{len(causes)} cause(s): {', '.join(causes)}"]
    for (client, signature), e in found.items():
        exits = sorted({"killed" if o.killed_at_cap else str(o.exit_code) for o in e.observations})
        out.append("")
        out.append(f"{client} (exit {', '.join(exits)}): {signature}"
                   + ("  — AMBIGUOUS" if e.ambiguous else ""))
        out += _by_cause(index, e)
    return "\n".join(out)


def explain(index: Index, ex: Explanation, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({
            "matched": ex.matched,
            "candidates": [{"scenario": c.scenario, "cause": c.cause, "score": c.score,
                            "evidence": [_obs_json(o) for o in c.evidence]} for c in ex.candidates],
            "tied": list(ex.tied),
            "distinguishers": [{"client": d.client, "a": list(d.a), "b": list(d.b)}
                               for d in ex.distinguishers],
            "nearest": list(ex.nearest)}, indent=1, ensure_ascii=False)
    if not ex.matched:
        out = ["No match: no recorded cell printed anything like this."]
        if ex.nearest:
            out.append("Nearest recorded messages:")
            out += [f"  {s}" for s in ex.nearest]
        return "\n".join(out)
    out = ["Candidate root causes (score = share of the matching evidence):"]
    for c in ex.candidates:
        out.append(f"  {c.score:5.2f}  {c.scenario}: {c.cause}")
        for o in c.evidence[:3]:
            out.append(f"         matched {o.client} {o.exit_text} “{o.key_line}” "
                       f"({o.run}, {duration_text(o.duration_s)})")
    if len(ex.tied) > 1:
        out.append("")
        out.append(f"These clients' outputs cannot tell {' from '.join(ex.tied)} apart.")
        if ex.distinguishers:
            out.append("To tell them apart, run one of:")
            for d in ex.distinguishers[:6]:
                argv = " ".join(index.catalogs.client(d.client).argv)
                out.append(f"  {argv}")
                out.append(f"      {ex.tied[0]}: {' / '.join(d.a)}")
                out.append(f"      {ex.tied[1]}: {' / '.join(d.b)}")
        else:
            out.append("No client in the catalog tells them apart.")
    return "\n".join(out)


def tell(index: Index, a: str, b: str, ds: tuple[Distinction, ...], fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"a": a, "b": b, "clients": [
            {"client": d.client, "tells": d.tells, "a": list(d.a), "b": list(d.b)} for d in ds]},
            indent=1, ensure_ascii=False)
    telling = [d for d in ds if d.tells]
    same = [d for d in ds if not d.tells]
    out = [f"{a}: {_cause(index, a)}", f"{b}: {_cause(index, b)}", ""]
    if telling:
        out.append(f"{len(telling)} client(s) tell them apart:")
        for d in telling:
            out.append(f"  {d.client}")
            out.append(f"      {a}: {' / '.join(d.a)}")
            out.append(f"      {b}: {' / '.join(d.b)}")
    elif not ds:
        # Nothing compared is not "nothing tells": say which it is (tcp-drop vs udp-drop).
        out.append("No recorded client ran under both causes, so the matrix cannot say whether any "
                   "client tells them apart.")
    else:
        out.append("No recorded client tells them apart.")
    if same:
        out.append("")
        out.append(f"{len(same)} client(s) show the same thing under both: "
                   + ", ".join(d.client for d in same))
    return "\n".join(out)

"""The cross-reference: from what a client printed and exited with, back to the root cause.

Built from every results file (images, profiles, locales side by side), it answers:
  lookup CLIENT [EXIT]   the documented meaning, then the causes this matrix saw behind it
  lookup "TEXT"          the causes behind outputs containing a message fragment, across clients
  explain OUTPUT         candidate causes ranked by how well recorded cells match pasted output
  tell A B               which clients' outputs tell two causes apart, and how
An exit code or a signature observed under several causes is ambiguous; the index says so.
"""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Sequence

from .catalog import Catalogs
from .errors import UsageError
from .models import ExitCodes, Results
from .normalize import scrub
from .views import cell_views

TIE = 0.02  # scores this close are a tie: the evidence cannot rank those causes
FUZZY_MAX = 400  # longer pasted lines (a page's DOM) are only searched, never fuzzily compared


@dataclass(frozen=True)
class Observation:
    """One recorded cell, as the index sees it."""

    image: str
    profile: str
    locale: str
    client: str
    scenario: str
    exit_code: int | None
    killed_at_cap: bool
    signal: int | None
    signature: str
    key_line: str
    duration_s: float | None
    text: str  # the cell's whole output, for fragment search

    @property
    def run(self) -> str:
        return f"{self.image}/{self.profile}/{self.locale}"

    @property
    def exit_key(self) -> int | None:
        """The exit code, or None when there is none (killed at the cap, or died of a signal)."""
        return None if self.killed_at_cap else self.exit_code

    @property
    def exit_text(self) -> str:
        if self.killed_at_cap:
            return "killed at cap"
        return f"exit {self.exit_code}" if self.exit_code is not None else f"signal {self.signal}"


@dataclass(frozen=True)
class Entry:
    """Everything observed under one key (an exit code of a client, or a signature)."""

    observations: tuple[Observation, ...]

    @property
    def causes(self) -> list[str]:
        return sorted({o.scenario for o in self.observations})

    @property
    def ambiguous(self) -> bool:
        return len(self.causes) > 1


@dataclass(frozen=True)
class Candidate:
    scenario: str
    cause: str
    score: float
    evidence: tuple[Observation, ...]


@dataclass(frozen=True)
class Distinction:
    """How one client behaves under two causes."""

    client: str
    a: tuple[str, ...]  # distinct "exit N: signature" seen under cause A
    b: tuple[str, ...]
    tells: bool


@dataclass(frozen=True)
class Explanation:
    candidates: tuple[Candidate, ...]
    tied: tuple[str, ...]  # the scenarios tied at the top
    distinguishers: tuple[Distinction, ...]  # other clients that tell the tied causes apart
    nearest: tuple[str, ...]  # when nothing matched: the closest signatures on record

    @property
    def matched(self) -> bool:
        return bool(self.candidates)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'connexion refusee' finds 'Connexion refusée'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_ADDRESS = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\[[0-9a-fA-F:]+\]|\blocalhost\b")
# A port is a number after "host:" or "port ", or after an address ("<host>/80", "<host> 80").
_PORTLIKE = re.compile(r"(?:(?<=:)|(?<=port )|(?<=<host>/)|(?<=<host> ))\d{1,5}\b")


def scrub_pasted(text: str) -> str:
    """Pasted output names some host and port we do not know: replace any address and port-like
    number by the placeholders the recorded signatures use."""
    text = _ADDRESS.sub("<host>", text)
    text = _PORTLIKE.sub("<port>", text)  # before scrub, whose number rule would take 5-digit ports
    return scrub(text, "", None)


_VERBOSE_PREFIX = re.compile(r"^[*<>] ")


@functools.lru_cache(maxsize=8192)
def _parts(signature: str) -> tuple[str, ...]:
    # Verbose-mode prefixes ("* ", "> ") are not part of what a person pastes.
    return tuple(_VERBOSE_PREFIX.sub("", fold(p)) for p in signature.split(" | ") if p)


def _similarity(pasted_lines: Sequence[str], signature: str,
                weight: Callable[[str], float] = lambda part: 1.0) -> float:
    """How well the pasted output matches a signature, 0..1 (order of lines ignored).

    Each signature line counts by its weight: a line printed under many causes ("CONNECTED(3)",
    curl's "* Connected to ...") tells little, so a pasted error line that matches the one
    distinctive line is enough.
    """
    parts = _parts(signature)
    if not parts or not pasted_lines:
        return 0.0
    total = score = 0.0
    for part in parts:
        best = 0.0
        for line in pasted_lines:
            if part in line or (len(line) > 12 and line in part):
                best = 1.0
                break
            if len(line) <= FUZZY_MAX:
                best = max(best, difflib.SequenceMatcher(None, part, line).ratio())
        total += weight(part)
        score += weight(part) * best
    return score / total


class Index:
    def __init__(self, catalogs: Catalogs, observations: Iterable[Observation]) -> None:
        self.catalogs = catalogs
        self.observations = tuple(observations)
        self.by_exit: dict[tuple[str, int | None], list[Observation]] = defaultdict(list)
        self.by_signature: dict[str, list[Observation]] = defaultdict(list)
        causes_of_part: dict[str, set[str]] = defaultdict(set)
        for o in self.observations:
            self.by_exit[(o.client, o.exit_key)].append(o)
            self.by_signature[o.signature].append(o)
            for part in _parts(o.signature):
                causes_of_part[part].add(o.scenario)
        # IDF-like: a line seen under n causes weighs 1/n in a match.
        self.part_weight = {part: 1.0 / len(c) for part, c in causes_of_part.items()}

    @classmethod
    def build(cls, catalogs: Catalogs, runs: Iterable[Results]) -> Index:
        observations = []
        for res in runs:
            r = res.run
            for v in cell_views(res, catalogs):
                if v.status != "ran":
                    continue
                o = v.outcome
                observations.append(Observation(
                    image=r.image, profile=r.profile, locale=r.locale, client=v.client,
                    scenario=v.scenario, exit_code=v.exit_code, killed_at_cap=v.killed_at_cap,
                    signal=o.signal, signature=v.signature, key_line=v.key_line, duration_s=v.duration_s,
                    text=o.stdout + "\n" + o.stderr))
        return cls(catalogs, observations)

    def without(self, leave_out: Observation) -> Index:
        return Index(self.catalogs, (o for o in self.observations if o is not leave_out))

    # ---- look-ups -----------------------------------------------------------------------------

    def clients(self) -> list[str]:
        return sorted({o.client for o in self.observations})

    def documented(self, client: str) -> ExitCodes | None:
        return self.catalogs.client(client).exit_codes

    def by_client(self, client: str, exit_code: int | None = None) -> dict[int | None, Entry]:
        """Per exit code of `client` (all of them, or one), what was observed."""
        self.catalogs.client(client)  # unknown names fail with the list of valid ones
        codes = sorted({k[1] for k in self.by_exit if k[0] == client},
                       key=lambda c: (c is None, c if c is not None else 0))
        if exit_code is not None:
            codes = [exit_code]
        return {c: Entry(tuple(self.by_exit.get((client, c), ()))) for c in codes}

    def by_text(self, fragment: str) -> dict[tuple[str, str], Entry]:
        """Per (client, signature): cells whose output contains the fragment (case/accent-blind)."""
        needle = fold(fragment.strip())
        if not needle:
            raise UsageError("give a message fragment to look up, e.g. \"Connection refused\"")
        found: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        for o in self.observations:
            if needle in fold(o.text) or needle in fold(o.signature):
                found[(o.client, o.signature)].append(o)
        return {k: Entry(tuple(v)) for k, v in sorted(found.items())}

    def unstable(self) -> dict[tuple[str, str, str, str], set[str]]:
        """Cells whose outcome differs between runs of the same image and locale (client, scenario,
        image, locale) -> the "exit N: signature" forms seen: a client racing with the network,
        not a property of the cause."""
        seen: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
        for o in self.observations:
            seen[(o.client, o.scenario, o.image, o.locale)].add(f"{o.exit_text}: {o.signature}")
        return {k: v for k, v in seen.items() if len(v) > 1}

    def ambiguous_signatures(self) -> dict[str, Entry]:
        return {s: Entry(tuple(obs)) for s, obs in self.by_signature.items()
                if len({o.scenario for o in obs}) > 1}

    # ---- explain ------------------------------------------------------------------------------

    def explain(self, text: str, client: str | None = None,
                exit_code: int | None = None) -> Explanation:
        if client is not None:
            self.catalogs.client(client)
        lines = [fold(scrub_pasted(line)) for line in text.splitlines() if line.strip()]
        best: dict[str, tuple[float, list[Observation]]] = {}
        similarity: dict[str, float] = {}  # many cells share a signature: compare each once
        for o in self.observations:
            if client is not None and o.client != client:
                continue
            if exit_code is not None and o.exit_key != exit_code:
                continue
            if o.signature not in similarity:
                similarity[o.signature] = (_similarity(lines, o.signature, self._weight)
                                           if lines else 1.0)
            sim = similarity[o.signature]
            if sim < 0.6:
                continue
            # The same client and exit code are strong evidence; more matching cells a little more.
            score = sim + (0.2 if client is not None else 0.0) + (0.2 if exit_code is not None else 0.0)
            held = best.get(o.scenario)
            if held is None or score > held[0] + 1e-9:
                best[o.scenario] = (score, [o])
            elif abs(score - held[0]) <= 1e-9:
                held[1].append(o)
        scenarios = {s.id: s for s in self.catalogs.scenarios.scenarios}
        top = max((s for s, _ in best.values()), default=0.0)
        total = sum(s for s, _ in best.values()) or 1.0
        candidates = tuple(sorted(
            (Candidate(sid, scenarios[sid].cause if sid in scenarios else sid, round(score / total, 3),
                       tuple(obs)) for sid, (score, obs) in best.items()),
            key=lambda c: (-c.score, c.scenario)))
        tied = tuple(c.scenario for c in candidates if best[c.scenario][0] >= top - TIE)
        distinguishers: tuple[Distinction, ...] = ()
        if len(tied) > 1:
            distinguishers = self.tell_many(tied)
        nearest: tuple[str, ...] = ()
        if not candidates:
            nearest = self._nearest(lines)
        return Explanation(candidates, tied if candidates else (), distinguishers, nearest)

    def _weight(self, part: str) -> float:
        return self.part_weight.get(part, 1.0)

    def _nearest(self, lines: Sequence[str], count: int = 3) -> tuple[str, ...]:
        scored = sorted(((_similarity(lines, sig), sig) for sig in self.by_signature), reverse=True)
        return tuple(sig for score, sig in scored[:count] if score > 0.2)

    # ---- tell ---------------------------------------------------------------------------------

    def _behaviour(self, client: str, scenario: str) -> tuple[str, ...]:
        seen = {f"{o.exit_text}: {o.signature}"
                for o in self.observations if o.client == client and o.scenario == scenario}
        return tuple(sorted(seen))

    def tell(self, a: str, b: str) -> tuple[Distinction, ...]:
        for sid in (a, b):
            self.catalogs.scenario(sid)
        out = []
        for client in self.clients():
            ba, bb = self._behaviour(client, a), self._behaviour(client, b)
            if ba and bb:
                out.append(Distinction(client, ba, bb, tells=not set(ba) & set(bb)))
        return tuple(sorted(out, key=lambda d: (not d.tells, d.client)))

    def tell_many(self, scenarios: Sequence[str]) -> tuple[Distinction, ...]:
        """Clients whose outputs differ across every pair of these causes."""
        telling = []
        for client in self.clients():
            behaviours = [self._behaviour(client, s) for s in scenarios]
            if not all(behaviours):
                continue
            pairwise = all(not set(behaviours[i]) & set(behaviours[j])
                           for i in range(len(behaviours)) for j in range(i + 1, len(behaviours)))
            if pairwise:
                telling.append(Distinction(client, behaviours[0], behaviours[1], tells=True))
        return tuple(telling)


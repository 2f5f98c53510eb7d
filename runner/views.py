"""View-models computed from results, shared by every renderer (terminal, JSON, HTML)."""
from __future__ import annotations

from dataclasses import dataclass

from .catalog import Catalogs
from .errors import UsageError
from .models import Outcome, Results
from .normalize import message


@dataclass(frozen=True)
class CellView:
    client: str
    scenario: str
    cause: str  # the scenario's root-cause label
    status: str
    exit_code: int | None
    key_line: str
    signature: str
    duration_s: float | None
    killed_at_cap: bool
    wire: str
    outcome: Outcome

    @property
    def exit_text(self) -> str:
        if self.status != "ran":
            return self.status
        if self.killed_at_cap:
            return "killed at cap"
        if self.exit_code is None:
            return f"signal {self.outcome.signal}"
        return f"exit {self.exit_code}"


def cell_views(res: Results, catalogs: Catalogs) -> list[CellView]:
    views = []
    known_clients = {c.id: c for c in catalogs.clients.clients}
    scenarios = {s.id: s for s in catalogs.scenarios.scenarios}
    for o in res.cells:
        sc = scenarios.get(o.scenario)
        msg = message(o, known_clients.get(o.client), catalogs.scenarios.host,
                      sc.port if sc else None)
        views.append(CellView(
            client=o.client, scenario=o.scenario, cause=sc.cause if sc else o.scenario,
            status=o.status, exit_code=o.exit_code, key_line=msg.key_line, signature=msg.signature,
            duration_s=o.duration_s, killed_at_cap=o.killed_at_cap,
            wire=o.wire.summary if o.wire else "", outcome=o))
    return views


def filter_views(views: list[CellView], clients: tuple[str, ...] = (),
                 scenarios: tuple[str, ...] = ()) -> list[CellView]:
    for kind, wanted, have in (("client", clients, {v.client for v in views}),
                               ("scenario", scenarios, {v.scenario for v in views})):
        unknown = [w for w in wanted if w not in have]
        if unknown:
            raise UsageError(f"unknown {kind} {unknown[0]!r} in these results; valid: "
                             f"{', '.join(sorted(have))}")
    return [v for v in views if (not clients or v.client in clients)
            and (not scenarios or v.scenario in scenarios)]


def duration_text(seconds: float | None) -> str:
    """Durations as a person reads them: 0.02 s, 1.05 s, 2 min 10 s."""
    if seconds is None:
        return "-"
    if seconds < 10:
        return f"{seconds:.2f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def grid(views: list[CellView]) -> dict[str, tuple[list[str], list[str], dict[tuple[str, str], CellView]]]:
    """Per protocol: (client rows, scenario columns, cells), in the results' order."""
    out: dict[str, tuple[list[str], list[str], dict[tuple[str, str], CellView]]] = {}
    for v in views:
        proto = v.scenario.split("-", 1)[0]
        rows, cols, cells = out.setdefault(proto, ([], [], {}))
        if v.client not in rows:
            rows.append(v.client)
        if v.scenario not in cols:
            cols.append(v.scenario)
        cells[(v.client, v.scenario)] = v
    return out

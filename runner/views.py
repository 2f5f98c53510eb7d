"""View-models computed from results, shared by every renderer (terminal, JSON, HTML)."""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import Catalogs
from .errors import UsageError
from .models import Outcome, Results
from .normalize import message
from .terminal import duration_text  # noqa: F401  (re-exported: tables, sitegen, tests)


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
    def fallback_text(self) -> str:
        """Happy Eyeballs' delay, measured from the capture, when the cell has one."""
        wire = self.outcome.wire
        if wire is None or wire.fallback_s is None:
            return ""
        return f"fallback {wire.fallback_s:.2f} s"

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
        target = sc.target() if sc else None
        msg = message(
            o, known_clients.get(o.client), target.host if target else "", target.port if target else None
        )
        views.append(
            CellView(
                client=o.client,
                scenario=o.scenario,
                cause=sc.cause if sc else o.scenario,
                status=o.status,
                exit_code=o.exit_code,
                key_line=msg.key_line,
                signature=msg.signature,
                duration_s=o.duration_s,
                killed_at_cap=o.killed_at_cap,
                wire=o.wire.summary if o.wire else "",
                outcome=o,
            )
        )
    return views


def filter_views(
    views: list[CellView], clients: tuple[str, ...] = (), scenarios: tuple[str, ...] = ()
) -> list[CellView]:
    for kind, wanted, have in (
        ("client", clients, {v.client for v in views}),
        ("scenario", scenarios, {v.scenario for v in views}),
    ):
        unknown = [w for w in wanted if w not in have]
        if unknown:
            raise UsageError(
                f"unknown {kind} {unknown[0]!r} in these results; valid: {', '.join(sorted(have))}"
            )
    return [
        v
        for v in views
        if (not clients or v.client in clients) and (not scenarios or v.scenario in scenarios)
    ]


def grid(
    views: list[CellView], catalogs: Catalogs | None = None
) -> dict[str, tuple[list[str], list[str], dict[tuple[str, str], CellView]]]:
    """Per column group (kind, protocol and family: "TCP · firewalls", "TCP over IPv6", "UDP"):
    (client rows, scenario columns, cells), in the results' order. A 30-column table does not read
    as one block. Scenarios the catalog does not know (old results) are grouped by protocol."""
    groups = {s.id: s.group for s in catalogs.scenarios.scenarios} if catalogs else {}
    out: dict[str, tuple[list[str], list[str], dict[tuple[str, str], CellView]]] = {}
    for v in views:
        group = groups.get(v.scenario) or v.outcome.scenario.split("-", 1)[0].upper()
        rows, cols, cells = out.setdefault(group, ([], [], {}))
        if v.client not in rows:
            rows.append(v.client)
        if v.scenario not in cols:
            cols.append(v.scenario)
        cells[(v.client, v.scenario)] = v
    return out


def slug(text: str) -> str:
    """A group title as an HTML id or file name part: "TCP · firewalls" -> "tcp-firewalls"."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())

"""Expand clients × scenarios into cells: which pairs run, with what argv, in what order."""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable, Mapping, Sequence

from .models import Client, Profile, Scenario

# Without durations from an earlier run, scenarios where nothing answers take longest (timeouts).
_SLOW_FIRST = {"no-answer": 0, "accepted-then-fin": 1, "accepted-then-rst": 1}


@dataclass(frozen=True)
class CellSpec:
    client: Client
    scenario: Scenario
    argv: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.client.id, self.scenario.id)


def argv_for(client: Client, scenario: Scenario, profile: Profile, host: str) -> tuple[str, ...]:
    values = {"host": host, "port": str(scenario.port), "timeout": str(profile.timeout),
              "wait": str(profile.wait)}
    out = []
    for arg in client.argv:
        for name, value in values.items():
            arg = arg.replace("{" + name + "}", value)
        out.append(arg)
    return tuple(out)


def expand(clients: Sequence[Client], scenarios: Sequence[Scenario], profile: Profile,
           host: str) -> list[CellSpec]:
    """Every client against every scenario of its protocol (a TCP client never meets a UDP port)."""
    return [CellSpec(c, s, argv_for(c, s, profile, host))
            for c in clients for s in scenarios if s.protocol == c.protocol]


def longest_first(cells: Iterable[CellSpec],
                  known: Mapping[tuple[str, str], float] = {}) -> list[CellSpec]:
    """Start the slowest cells first, so a concurrent run lasts about as long as its longest cell.

    `known` holds durations from an earlier run of the same image, when there is one.
    """
    def key(cell: CellSpec) -> tuple[float, int]:
        return (-known.get(cell.key, 0.0), _SLOW_FIRST.get(cell.scenario.expect, 2))
    return sorted(cells, key=key)


def by_client(cells: Iterable[CellSpec]) -> dict[str, list[CellSpec]]:
    grouped: dict[str, list[CellSpec]] = {}
    for cell in cells:
        grouped.setdefault(cell.client.id, []).append(cell)
    return grouped

"""Expand clients × scenarios into cells: which pairs run, with what argv, in what order."""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable, Mapping, Sequence

from .kinds import ScenarioBase
from .models import Client, Profile


@dataclass(frozen=True)
class CellSpec:
    client: Client
    scenario: ScenarioBase
    argv: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str]:
        return (self.client.id, self.scenario.id)


def argv_for(client: Client, scenario: ScenarioBase, profile: Profile) -> tuple[str, ...]:
    target = scenario.target()
    values = {"host": target.host, "url_host": target.url_host, "port": str(target.port),
              "timeout": str(profile.timeout), "wait": str(profile.wait)}
    template = client.argv_ipv6 if target.family == "ipv6" and client.argv_ipv6 else client.argv
    out = []
    for arg in template:
        for name, value in values.items():
            arg = arg.replace("{" + name + "}", value)
        out.append(arg)
    return tuple(out)


def expand(clients: Sequence[Client], scenarios: Sequence[ScenarioBase],
           profile: Profile) -> list[CellSpec]:
    """Every client against every scenario of its protocol (a TCP client never meets a UDP port),
    of either address family."""
    return [CellSpec(c, s, argv_for(c, s, profile))
            for c in clients for s in scenarios if s.protocol == c.protocol]


def longest_first(cells: Iterable[CellSpec],
                  known: Mapping[tuple[str, str], float] = {}) -> list[CellSpec]:
    """Start the slowest cells first, so a concurrent run lasts about as long as its longest cell.

    `known` holds durations from an earlier run of the same image, when there is one.
    """
    def key(cell: CellSpec) -> tuple[float, int]:
        return (-known.get(cell.key, 0.0), 0 if cell.scenario.slow else 1)
    return sorted(cells, key=key)


def by_client(cells: Iterable[CellSpec]) -> dict[str, list[CellSpec]]:
    grouped: dict[str, list[CellSpec]] = {}
    for cell in cells:
        grouped.setdefault(cell.client.id, []).append(cell)
    return grouped

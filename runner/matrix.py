"""Expand clients × scenarios into cells: which pairs run, with what argv, in what order."""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable, Mapping, Sequence

from .kinds import ScenarioBase
from .models import Client, Profile


@dataclass(frozen=True)
class CellSpec:
    client: Client
    scenario: ScenarioBase
    argv: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)  # the scenario's additions (https_proxy ...)

    @property
    def key(self) -> tuple[str, str]:
        return (self.client.id, self.scenario.id)


def template_for(client: Client, scenario: ScenarioBase) -> tuple[str, ...] | None:
    """The client's argv template for the first service of the scenario it can reach, if any."""
    if not scenario.admits(client):
        return None
    for service in scenario.services:
        if not client.meets_protocol(service, scenario.protocol):
            continue
        template = client.argv_for_service(service, scenario.family)
        if template is not None:
            return template
    return None


def argv_for(client: Client, scenario: ScenarioBase, profile: Profile) -> tuple[str, ...]:
    target = scenario.target()
    values = {
        "host": target.host,
        "url_host": target.url_host,
        "port": str(target.port),
        "timeout": str(profile.timeout),
        "wait": str(profile.wait),
    }
    template = template_for(client, scenario)
    if template is None:
        raise ValueError(f"{client.id} cannot reach {scenario.id} (service {scenario.service})")
    out = []
    for arg in template:
        for name, value in values.items():
            arg = arg.replace("{" + name + "}", value)
        out.append(arg)
    return tuple(out)


def expand(clients: Sequence[Client], scenarios: Sequence[ScenarioBase], profile: Profile) -> list[CellSpec]:
    """Every client against every scenario it can reach: same protocol (a TCP client never meets a
    UDP port), either address family, a service it declares (dig never meets a bare port)."""
    return [
        CellSpec(c, s, argv_for(c, s, profile), s.client_env())
        for c in clients
        for s in scenarios
        if template_for(c, s) is not None
    ]


def longest_first(cells: Iterable[CellSpec], known: Mapping[tuple[str, str], float] = {}) -> list[CellSpec]:
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


def by_namespace(scenarios: Iterable[ScenarioBase]) -> dict[str, list[ScenarioBase]]:
    """Scenarios grouped by the lab they can share (ScenarioBase.namespace), in catalog order."""
    grouped: dict[str, list[ScenarioBase]] = {}
    for scenario in scenarios:
        grouped.setdefault(scenario.namespace, []).append(scenario)
    return grouped


def pod_name(client_id: str, namespace: str) -> str:
    return f"{client_id}--{namespace}" if namespace else client_id


def by_pod(cells: Iterable[CellSpec]) -> dict[str, list[CellSpec]]:
    """One pod per client and namespace: scenarios that need a namespace of their own (their own
    /etc/resolv.conf, say) get a pod of their own (runner/kinds/base.py ScenarioBase.namespace)."""
    grouped: dict[str, list[CellSpec]] = {}
    for cell in cells:
        grouped.setdefault(pod_name(cell.client.id, cell.scenario.namespace), []).append(cell)
    return grouped

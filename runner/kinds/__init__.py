"""The registry of scenario kinds: one module each, validated as a pydantic discriminated union.

Adding a kind: a module here (its fields, target, packet selection), a module of the same name in
containers/lab/kinds/ (set-up, probe, observations), and its entry below.
"""

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field

from .base import (
    DOCUMENTATION_NETS,
    ID_PATTERN,
    LOOPBACK,
    OBSERVATION_MEANINGS,
    PORTLESS,
    CellPackets,
    Protocol,
    ScenarioBase,
    Service,
    Target,
)
from .dns import DnsScenario
from .firewall import FirewallScenario
from .forward import ForwardScenario
from .proxy import ProxyScenario
from .route import RouteScenario
from .server import ServerScenario
from .tls import TlsScenario

KINDS: dict[str, type[ScenarioBase]] = {
    "server": ServerScenario,
    "firewall": FirewallScenario,
    "route": RouteScenario,
    "dns": DnsScenario,
    "tls": TlsScenario,
    "proxy": ProxyScenario,
    "forward": ForwardScenario,
}

Scenario = Annotated[
    Union[  # noqa: UP007  (a discriminated union reads best spelled out, one kind a line)
        ServerScenario,
        FirewallScenario,
        RouteScenario,
        DnsScenario,
        TlsScenario,
        ProxyScenario,
        ForwardScenario,
    ],
    Field(discriminator="kind"),
]

__all__ = [
    "DOCUMENTATION_NETS",
    "ID_PATTERN",
    "KINDS",
    "LOOPBACK",
    "OBSERVATION_MEANINGS",
    "PORTLESS",
    "CellPackets",
    "DnsScenario",
    "FirewallScenario",
    "ForwardScenario",
    "Protocol",
    "ProxyScenario",
    "RouteScenario",
    "Scenario",
    "ScenarioBase",
    "ServerScenario",
    "Service",
    "Target",
    "TlsScenario",
]

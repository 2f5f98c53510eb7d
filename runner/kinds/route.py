"""Kind `route`: the lab's routing table decides, before any packet leaves: no route, a route of
type unreachable / prohibit / blackhole, or an on-link neighbour that never answers ARP.

The target is a documentation-range address (RFC 5737 / RFC 3849) configured only inside the lab's
--network none namespace: there is no way out of it, so nothing can reach a real network.
"""

from __future__ import annotations

import ipaddress
from typing import ClassVar, Literal

from pydantic import field_validator, model_validator

from .base import DOCUMENTATION_NETS, CellPackets, ScenarioBase, Target

# route type -> what a local connect() gets (kernel commit 0315e382; ARP timeout for a neighbour)
ROUTES = {
    "none": "no-route",
    "unreachable": "route-unreachable",
    "prohibit": "route-prohibit",
    "blackhole": "route-blackhole",
    "neighbour": "neighbour-unanswered",
}


class RouteScenario(ScenarioBase):
    TITLE: ClassVar[str] = "routes"
    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset(ROUTES.values())

    kind: Literal["route"]
    route: Literal["none", "unreachable", "prohibit", "blackhole", "neighbour"]
    address: str  # the address the client dials

    @field_validator("address")
    @classmethod
    def _documentation_range(cls, value: str) -> str:
        try:
            addr = ipaddress.ip_address(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an IP address") from None
        if not any(addr in net for net in DOCUMENTATION_NETS):
            raise ValueError(
                f"{value} is outside the documentation ranges (192.0.2.0/24, "
                "198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32): the lab only ever "
                "configures those, so that no packet can be meant for a real host"
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> RouteScenario:
        family = "ipv6" if ipaddress.ip_address(self.address).version == 6 else "ipv4"
        if family != self.family:
            raise ValueError(f"address {self.address} is {family}, but family is {self.family}")
        if self.expect != ROUTES[self.route]:
            raise ValueError(f"expect: a {self.route} route gives {ROUTES[self.route]}, not {self.expect}")
        return self

    def target(self) -> Target:
        return Target(self.address, self.port, self.family)

    @property
    def services(self) -> tuple[str, ...]:
        # The address itself is something to reach without a port: ping meets it.
        return (self.service, "address")

    def packets(self) -> CellPackets:
        return CellPackets(
            self.port,
            neighbour=self.address if self.route == "neighbour" else None,
            silent="no packet (refused locally by the route)",
            address=self.address,
        )

    def describe(self) -> list[tuple[str, str]]:
        if self.route == "none":
            return [("Route", f"none: no route matches {self.address} (no default route)")]
        if self.route == "neighbour":
            return [
                ("Route", f"{self.address} on a veth link whose far end has no address: ARP goes unanswered")
            ]
        return [("Route", f"ip route add {self.route} {self.address}")]

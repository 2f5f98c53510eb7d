"""Kind `server`: what listens on the port, if anything: nothing (the host's own stack answers),
a server that closes, resets or stays silent after the handshake, a UDP sink."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import model_validator

from .base import ScenarioBase

# behaviour -> the protocol it needs (None: either)
BEHAVIOURS = {
    "none": None,
    "accept-fin": "tcp",
    "accept-rst": "tcp",
    "accept-silent": "tcp",
    "udp-sink": "udp",
}


class ServerScenario(ScenarioBase):
    TITLE: ClassVar[str] = "ports and servers"
    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset(
        {
            "refused",
            "icmp-port-unreachable",
            "icmp6-port-unreachable",
            "no-answer",
            "accepted-then-fin",
            "accepted-then-rst",
            "accepted-silent",
        }
    )

    kind: Literal["server"]
    server: Literal["none", "accept-fin", "accept-rst", "accept-silent", "udp-sink"]

    @model_validator(mode="after")
    def _consistent(self) -> ServerScenario:
        needs = BEHAVIOURS[self.server]
        if needs and needs != self.protocol:
            raise ValueError(f"server {self.server} needs protocol: {needs}")
        self.check_expect()
        return self

    def describe(self) -> list[tuple[str, str]]:
        if self.server == "none":
            return [("Server", "none: nothing listens, no rule")]
        return [("Server", self.server)]

"""Kind `forward`: a userland port forwarder (socat, as Docker's docker-proxy does for a published
port) listens on the port and forwards each connection to a backend where nothing listens. The
forwarder accepts, fails to reach the backend, and closes the client's connection: "Empty reply
from server" or "Connection reset by peer" although the port is open.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, model_validator

from .base import CellPackets, ScenarioBase


class ForwardScenario(ScenarioBase):
    TITLE: ClassVar[str] = "ports and servers"
    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset({"accepted-then-fin", "accepted-then-rst"})

    kind: Literal["forward"]
    protocol: Literal["tcp"] = "tcp"
    forwarder: Literal["socat"] = "socat"
    backend_port: int = Field(ge=1, le=65535)  # where it forwards to; nothing listens there

    @model_validator(mode="after")
    def _consistent(self) -> ForwardScenario:
        if self.backend_port == self.port:
            raise ValueError("backend_port must differ from port")
        self.check_expect()
        return self

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.port, self.backend_port)

    def packets(self) -> CellPackets:
        return CellPackets(self.port, extra_ports=(self.backend_port,))

    def describe(self) -> list[tuple[str, str]]:
        host = "[::1]" if self.family == "ipv6" else "127.0.0.1"
        return [
            ("Forwarder", f"socat TCP-LISTEN:{self.port},fork,reuseaddr TCP:{host}:{self.backend_port}"),
            ("Backend", f"nothing listens on port {self.backend_port}"),
        ]

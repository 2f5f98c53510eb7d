"""Kind `proxy`: the client is told to use an HTTP proxy (http_proxy / https_proxy in its
environment) and fetches an https:// URL through it. The proxy (tinyproxy) is missing, refuses
CONNECT to the origin's port (403), wants credentials (407), cannot reach the origin, or is
named with an https:// URL although it speaks plain HTTP (there a plain nginx stands in for the
proxy, because tinyproxy waits for a line end that a TLS ClientHello may never contain). The
origin is a healthy nginx with a certificate from the lab CA, or nothing at all.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from .base import CellPackets, ScenarioBase, Target
from .labca import CLIENT_ENV, install_lab_ca
from .tls import lab_name

PROXIES = {"none": "refused", "connect-ports": "http-status-403", "basic-auth": "http-status-407"}


class ProxyScenario(ScenarioBase):
    TITLE: ClassVar[str] = "proxies"
    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset(
        {
            "refused",
            "http-status-403",
            "http-status-407",
            "http-status-500",
            "http-status-502",
            "http-status-503",
            "tls-plain-answer",
            "tls-ok",
        }
    )
    PREPARE_CLIENT = staticmethod(install_lab_ca)  # type: ignore[assignment]  # mypy reads staticmethod as unbound

    kind: Literal["proxy"]
    protocol: Literal["tcp"] = "tcp"
    service: Literal["https"] = "https"
    # none: nothing listens; open: forwards anything; connect-ports: CONNECT only to port 443
    # (tinyproxy ConnectPort); basic-auth: credentials required (tinyproxy BasicAuth);
    # plain-http: a plain HTTP server (nginx) that answers any bytes that are not HTTP with 400 at
    # once, as squid does (tinyproxy would wait for a line end that a TLS ClientHello may never hold)
    proxy: Literal["none", "open", "connect-ports", "basic-auth", "plain-http"]
    proxy_scheme: Literal["http", "https"] = "http"  # the scheme of the proxy URL clients are given
    host: str = "tls.test"  # the origin's name
    origin: Literal["up", "down"] = "up"  # an https server on origin_port, or nothing
    origin_port: int = Field(ge=1, le=65535)

    @field_validator("host")
    @classmethod
    def _lab_name(cls, value: str) -> str:
        return lab_name(value)

    @model_validator(mode="after")
    def _consistent(self) -> ProxyScenario:
        if self.family != "ipv4":
            raise ValueError("proxy scenarios live on 127.0.0.1 (family: ipv4)")
        if self.origin_port == self.port:
            raise ValueError("origin_port must differ from port (the proxy's)")
        if self.proxy in PROXIES and self.expect != PROXIES[self.proxy]:
            raise ValueError(f"expect: proxy {self.proxy} gives {PROXIES[self.proxy]}, not {self.expect}")
        if self.proxy_scheme == "https" and self.proxy == "none":
            raise ValueError("proxy_scheme https needs a proxy that listens")
        self.check_expect()
        return self

    @property
    def names(self) -> tuple[str, ...]:
        return (self.host,)

    @property
    def proxy_url(self) -> str:
        return f"{self.proxy_scheme}://127.0.0.1:{self.port}"

    @property
    def ports(self) -> tuple[int, ...]:
        return (self.port, self.origin_port)

    def target(self) -> Target:
        return Target(self.host, self.origin_port, self.family)

    def admits(self, client: Any) -> bool:
        return bool(getattr(client, "proxy_env", False))

    def client_env(self) -> dict[str, str]:
        return {**CLIENT_ENV, "http_proxy": self.proxy_url, "https_proxy": self.proxy_url}

    def packets(self) -> CellPackets:
        return CellPackets(self.port, extra_ports=(self.origin_port,))

    def describe(self) -> list[tuple[str, str]]:
        what = {
            "none": "nothing listens there",
            "open": "tinyproxy, forwards anything",
            "connect-ports": "tinyproxy, CONNECT allowed to port 443 only (ConnectPort 443)",
            "basic-auth": "tinyproxy, credentials required (BasicAuth)",
            "plain-http": "nginx, plain HTTP only: anything that is not HTTP gets 400 at once, as from squid",
        }[self.proxy]
        origin = (
            f"nginx, HTTPS on {self.host}:{self.origin_port} (lab CA)"
            if self.origin == "up"
            else f"nothing listens on {self.host}:{self.origin_port}"
        )
        return [
            ("Client environment", f"http_proxy=https_proxy={self.proxy_url}"),
            ("Proxy", f"127.0.0.1:{self.port}: {what}"),
            ("Origin", origin),
        ]

    def lab_spec(self) -> dict:
        spec = super().lab_spec()
        spec["names"] = list(self.names)
        return spec

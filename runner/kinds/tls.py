"""Kind `tls`: a real web server (nginx) on the port, speaking HTTPS or plain HTTP, with a
certificate the lab makes at start from its own CA (trusted by the client container), a
self-signed one, an expired one, one for another name, one from an unknown CA; or a server that
speaks only an old TLS version; or a path whose large packets are dropped (an MTU black hole).

The client dials a .test name that the lab writes into its /etc/hosts (shared with the client
container, which joins the lab's network namespace), so that certificates name a host.
"""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from .base import CellPackets, ScenarioBase, Target
from .labca import CLIENT_ENV, install_lab_ca

# certificate -> what a verifying client observes (the probe verifies against the lab CA)
CERTIFICATES = {
    "trusted": "tls-ok",
    "self-signed": "tls-self-signed",
    "expired": "tls-expired",
    "untrusted-ca": "tls-unknown-ca",
}
PROTOCOLS = ("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3")


_LAB_NAME = re.compile(r"^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+test$")


def lab_name(value: str) -> str:
    """Names the lab may resolve: under .test (RFC 2606), so none can mean a real host."""
    if not _LAB_NAME.match(value):
        raise ValueError(
            f"{value!r}: use a name under .test (e.g. tls.test): the lab resolves it "
            "to its own loopback through /etc/hosts, and no such name is real"
        )
    return value


class TlsScenario(ScenarioBase):
    TITLE: ClassVar[str] = "TLS and HTTP"
    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset(
        {
            *CERTIFICATES.values(),
            "tls-wrong-host",
            "tls-old-version-only",
            "tls-plain-answer",
            "tls-stalled",
            "http-plain-to-tls",
        }
    )
    PREPARE_CLIENT = staticmethod(install_lab_ca)  # type: ignore[assignment]  # mypy reads staticmethod as unbound

    kind: Literal["tls"]
    protocol: Literal["tcp"] = "tcp"
    service: Literal["http", "https"] = "https"
    server: Literal["http", "https"]  # what nginx speaks on the port
    host: str = "tls.test"  # the name the client dials
    certificate: Literal["trusted", "self-signed", "expired", "untrusted-ca"] = "trusted"
    certificate_for: str | None = None  # the name in the certificate (default: host)
    protocols: tuple[Literal["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"], ...] = ("TLSv1.2", "TLSv1.3")
    # An MTU black hole: packets from the server larger than this are dropped (iptables length match)
    drop_larger_than: int | None = Field(default=None, ge=100, le=65535)

    @field_validator("host", "certificate_for")
    @classmethod
    def _lab_names(cls, value: str | None) -> str | None:
        return value if value is None else lab_name(value)

    @model_validator(mode="after")
    def _consistent(self) -> TlsScenario:
        if self.family != "ipv4":
            raise ValueError("tls scenarios live on 127.0.0.1 (family: ipv4)")
        if self.server == "http" and (self.certificate != "trusted" or self.certificate_for):
            raise ValueError("a plain http server has no certificate: leave out certificate")
        expected = self._expected()
        if expected and self.expect != expected:
            raise ValueError(f"expect: this server gives {expected} to the lab's probe, not {self.expect}")
        self.check_expect()
        return self

    def _expected(self) -> str | None:
        """What the probe must see, from the fields (None: more than one thing could be right)."""
        if self.server == "http":
            return "tls-plain-answer" if self.service == "https" else None
        if self.service == "http":
            return "http-plain-to-tls"
        if self.drop_larger_than:
            return "tls-stalled"
        if self.certificate != "trusted":
            return CERTIFICATES[self.certificate]
        if (self.certificate_for or self.host) != self.host:
            return "tls-wrong-host"
        if "TLSv1.2" not in self.protocols and "TLSv1.3" not in self.protocols:
            return "tls-old-version-only"
        return "tls-ok"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.host, self.certificate_for or self.host]))

    def target(self) -> Target:
        return Target(self.host, self.port, self.family)

    def client_env(self) -> dict[str, str]:
        return dict(CLIENT_ENV)

    def packets(self) -> CellPackets:
        return CellPackets(self.port)

    def describe(self) -> list[tuple[str, str]]:
        if self.server == "http":
            out = [("Server", f"nginx, plain HTTP on {self.host}:{self.port}")]
        else:
            cert = {
                "trusted": "signed by the lab CA, which the client trusts",
                "self-signed": "self-signed",
                "expired": "signed by the lab CA, expired in 2020",
                "untrusted-ca": "signed by a CA the client does not trust",
            }[self.certificate]
            out = [
                ("Server", f"nginx, HTTPS ({' '.join(self.protocols)}) on {self.host}:{self.port}"),
                ("Certificate", f"for {self.certificate_for or self.host}, {cert}"),
            ]
        if self.drop_larger_than:
            out.append(
                (
                    "Firewall",
                    f"iptables -A INPUT -p tcp --sport {self.port} -m length "
                    f"--length {self.drop_larger_than}:65535 -j DROP",
                )
            )
        return out

    def lab_spec(self) -> dict:
        spec = super().lab_spec()
        spec["names"] = list(self.names)
        return spec

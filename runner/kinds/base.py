"""What every scenario kind shares: the fields of a catalog entry, the target a client dials, and
how the kind's packets are told apart in a pod's capture.

A kind is one module in this package (its validated fields and runner-side behaviour) plus one
module of the same name in containers/lab/kinds/ (set-up, self-test probe, observations). The
registry in runner/kinds/__init__.py lists them; nothing else in the package names a kind.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Protocol = Literal["tcp", "udp"]
AddressFamily = Literal["ipv4", "ipv6"]
# What a scenario offers the client, and so which clients get a cell (runner/matrix.py):
#   port   a TCP or UDP endpoint: every client of the protocol dials it with its `argv`
#   http   an http:// URL: clients whose argv speaks HTTP (`speaks: http`), or with an `http` service
#   https  an https:// URL: clients with an `https` entry in their `services`
#   name     a name to resolve, nothing to connect to: clients that meet `name` (dig, getent)
#   address  an address to reach with no port at all: ICMP echo (ping)
Service = Literal["port", "http", "https", "name", "address"]
# Services that involve no port of the scenario's protocol: a client of any protocol may meet them.
PORTLESS: frozenset[str] = frozenset({"name", "address"})
LOOPBACK = {"ipv4": "127.0.0.1", "ipv6": "::1"}

# Everything the lab's reference probe can report, with what it means. A scenario's `expect` must
# be one of these; each kind narrows the set to what it can produce (see OBSERVATIONS below).
OBSERVATION_MEANINGS = {
    "refused": "TCP: the SYN is answered by a reset (RST)",
    "icmp-port-unreachable": "an ICMP port-unreachable error comes back",
    "icmp-net-unreachable": "an ICMP net-unreachable error comes back",
    "icmp-host-unreachable": "an ICMP host-unreachable error comes back",
    "icmp-host-prohibited": "an ICMP host-prohibited error comes back",
    "icmp-admin-prohibited": "an ICMP communication-administratively-prohibited error comes back",
    "icmp-net-prohibited": "an ICMP net-prohibited error comes back",
    "icmp-protocol-unreachable": "an ICMP protocol-unreachable error comes back",
    "icmp6-port-unreachable": "an ICMPv6 port-unreachable error comes back",
    "icmp6-admin-prohibited": "an ICMPv6 administratively-prohibited error comes back",
    "no-answer": "nothing comes back within the probe's patience",
    "accepted-then-fin": "the handshake completes, then the server ends the stream (FIN)",
    "accepted-then-rst": "the handshake completes, then the server aborts (RST)",
    "accepted-silent": "the handshake completes, then the server says nothing and keeps the connection",
    "no-route": "connect() fails at once with ENETUNREACH: no route matches, no packet is sent",
    "route-unreachable": "connect() fails at once with EHOSTUNREACH from an unreachable route",
    "route-prohibit": "connect() fails at once with EACCES from a prohibit route",
    "route-blackhole": "connect() fails at once with EINVAL from a blackhole route",
    "neighbour-unanswered": "ARP / neighbour discovery goes unanswered: EHOSTUNREACH after ~3 s",
    "dns-nxdomain": "the resolver answers NXDOMAIN: the name does not exist",
    "dns-nodata": "the resolver answers NOERROR with no address: the name exists, without A/AAAA",
    "dns-servfail": "the resolver answers SERVFAIL: it could not resolve the name",
    "dns-refused": "the resolver answers REFUSED: it will not resolve the name for this client",
    "dns-no-answer": "the resolver never answers the query",
    "dns-port-unreachable": "nothing listens at the resolver's address: ICMP port-unreachable",
    "fallback-after-refused": "the name's first address refuses (RST); the next one accepts",
    "fallback-after-no-answer": "the name's first address never answers; the next one accepts",
    "tls-ok": "a TLS handshake completes and the certificate verifies (lab CA, the name dialled)",
    "tls-self-signed": "the TLS handshake ends in a verify error: the certificate is self-signed",
    "tls-unknown-ca": "the TLS handshake ends in a verify error: the issuer is not a trusted CA",
    "tls-expired": "the TLS handshake ends in a verify error: the certificate has expired",
    "tls-wrong-host": "the TLS handshake ends in a verify error: the certificate names another host",
    "tls-old-version-only": "the server completes a handshake only with an old TLS version that a "
    "default client refuses",
    "tls-plain-answer": "a TLS ClientHello is answered in plain text (HTTP): wrong version number",
    "tls-stalled": "the TCP handshake completes, the TLS handshake never does: the server's large "
    "segments are dropped",
    "http-plain-to-tls": 'a plain HTTP request to a TLS port is answered 400 ("plain HTTP request '
    'was sent to HTTPS port")',
    "http-status-403": "the proxy answers CONNECT with 403 Forbidden",
    "http-status-407": "the proxy answers CONNECT with 407 Proxy Authentication Required",
    "http-status-500": "the proxy answers CONNECT with 500 (it could not reach the origin)",
    "http-status-502": "the proxy answers with 502 Bad Gateway (it could not reach the origin)",
    "http-status-503": "the proxy answers with 503 Service Unavailable (it could not reach the origin)",
}
# Every ICMP or ICMPv6 error a probe can name (what a firewall's REJECT may send).
ICMP_ERRORS = frozenset(o for o in OBSERVATION_MEANINGS if o.startswith("icmp"))
Observation = Literal[
    "refused",
    "icmp-port-unreachable",
    "icmp-net-unreachable",
    "icmp-host-unreachable",
    "icmp-host-prohibited",
    "icmp-admin-prohibited",
    "icmp-net-prohibited",
    "icmp-protocol-unreachable",
    "icmp6-port-unreachable",
    "icmp6-admin-prohibited",
    "no-answer",
    "accepted-then-fin",
    "accepted-then-rst",
    "accepted-silent",
    "no-route",
    "route-unreachable",
    "route-prohibit",
    "route-blackhole",
    "neighbour-unanswered",
    "dns-nxdomain",
    "dns-nodata",
    "dns-servfail",
    "dns-refused",
    "dns-no-answer",
    "dns-port-unreachable",
    "fallback-after-refused",
    "fallback-after-no-answer",
    "tls-ok",
    "tls-self-signed",
    "tls-unknown-ca",
    "tls-expired",
    "tls-wrong-host",
    "tls-old-version-only",
    "tls-plain-answer",
    "tls-stalled",
    "http-plain-to-tls",
    "http-status-403",
    "http-status-407",
    "http-status-500",
    "http-status-502",
    "http-status-503",
]
# Observations after which a client is left waiting: its cell lasts as long as its own patience.
SLOW = frozenset(
    {
        "no-answer",
        "accepted-silent",
        "neighbour-unanswered",
        "dns-no-answer",
        "fallback-after-no-answer",
        "tls-stalled",
    }
)

# Addresses a scenario may name besides loopback: documentation ranges only (RFC 5737, RFC 3849),
# configured inside the lab's own --network none namespace, so nothing can leave the machine.
DOCUMENTATION_NETS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


# A name or an address, nothing a shell would read: {host} goes into `bash -c` strings.
HOST_NAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$"
)


def check_host(host: str) -> str:
    """An IP address or a host name, or ValueError: a target reaches clients as {host}, some of them
    inside shell commands, so nothing else is accepted."""
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    if not HOST_NAME.match(host):
        raise ValueError(
            f"host {host!r} is neither an IP address nor a host name; clients receive it "
            "as {host}, some inside shell commands, so nothing else is accepted"
        )
    return host


@dataclass(frozen=True)
class Target:
    """What a client dials for one scenario."""

    host: str  # an address literal, or a name (kind dns; or a .test name the lab writes into /etc/hosts)
    port: int
    family: str

    @property
    def url_host(self) -> str:
        """The host as it appears in a URL or host:port: IPv6 literals in brackets."""
        return f"[{self.host}]" if ":" in self.host else self.host


@dataclass(frozen=True)
class CellPackets:
    """Which packets of a pod's capture belong to one cell: its port (TCP, UDP, ICMP errors quoting
    it) and, for kinds that leave the loopback, neighbour look-ups for its address."""

    port: int
    neighbour: str | None = None  # the address whose ARP / NDP requests are this cell's
    # Other ports of the same cell: a proxy's origin, a forwarder's backend (a cell of a proxy
    # scenario is two connections: client → proxy, proxy → origin).
    extra_ports: tuple[int, ...] = ()
    silent: str = "no packets"  # how to summarise a cell whose capture holds nothing
    names: tuple[str, ...] = ()  # DNS queries and answers about these names are this cell's
    address: str | None = None  # ICMP echo to or from this address is this cell's (ping)
    fallback: bool = False  # measure the delay from the first SYN over IPv6 to the first over IPv4


class ScenarioBase(BaseModel):
    """Fields every scenario has, whatever its kind."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset(OBSERVATION_MEANINGS)
    TITLE: ClassVar[str] = ""  # how the kind's columns are headed in tables and on the site

    id: str = Field(pattern=ID_PATTERN)
    kind: str
    protocol: Protocol
    family: AddressFamily = "ipv4"
    service: Service = "port"
    port: int = Field(ge=1, le=65535)
    cause: str  # the root cause, as a short label
    explanation: str  # one paragraph: what the network does
    expect: Observation  # what the lab self-test must observe
    wire: str  # the exchange the capture should show, in words

    def target(self) -> Target:
        return Target(LOOPBACK[self.family], self.port, self.family)

    @property
    def services(self) -> tuple[str, ...]:
        """Every service a client may use to meet this scenario, in order of preference (a kind whose
        target is a name offers `name` too, so that dig and getent meet it)."""
        return (self.service,)

    @property
    def ports(self) -> tuple[int, ...]:
        """Every port this scenario uses in the lab (unique across the catalog: captures are split
        into cells by port)."""
        return (self.port,)

    def packets(self) -> CellPackets:
        return CellPackets(self.port, extra_ports=self.ports[1:])

    def admits(self, client: Any) -> bool:
        """Whether a client that reaches this scenario's service can meet it (a proxy scenario
        needs a client that honours the proxy environment variables)."""
        return True

    def client_env(self) -> dict[str, str]:
        """Environment variables every cell of this scenario runs with (e.g. https_proxy)."""
        return {}

    # A function run once per pod, after the client container starts and before any cell runs,
    # for the pods that hold a scenario of this kind: prepare_client(pod) (e.g. trust the lab CA).
    PREPARE_CLIENT: ClassVar[Callable[[Any], None] | None] = None

    @property
    def namespace(self) -> str:
        """Scenarios with different namespaces cannot share a lab: they need different settings of
        the whole namespace (e.g. /etc/resolv.conf, which every process in a pod shares). "" is the
        shared lab; a kind that needs its own names it, and the runner starts a pod for each."""
        return ""

    @property
    def slow(self) -> bool:
        """Whether clients are left waiting (their timeout, not the network, ends the cell)."""
        return self.expect in SLOW

    @property
    def group(self) -> str:
        """The column group this scenario belongs to in tables and on the site."""
        if self.protocol == "udp":
            return "UDP"
        if self.family == "ipv6":
            return "TCP over IPv6"
        return f"TCP · {self.TITLE}" if self.TITLE else "TCP"

    def describe(self) -> list[tuple[str, str]]:
        """How the lab builds this scenario, as (what, how) pairs for people."""
        return []

    def lab_spec(self) -> dict:
        """What the lab side of this kind needs, as JSON-ready data."""
        spec = self.model_dump(mode="json", exclude={"cause", "explanation", "wire"})
        target = self.target()
        spec["target"] = {"host": target.host, "port": target.port, "family": target.family}
        return spec

    def check_expect(self) -> None:
        if self.expect not in self.OBSERVATIONS:
            raise ValueError(
                f"expect: a {self.kind} scenario cannot observe {self.expect!r}; "
                f"it can observe {', '.join(sorted(self.OBSERVATIONS))}"
            )

"""Kind `dns`: names and address families. The client dials a name (or an address), and what it
meets is decided by the lab's resolver, the pod's /etc/hosts, and which addresses listen or drop.

How it is built, and why:
- The lab runs a real DNS server (containers/lab/kinds/dns.py, on Debian's python3-dnslib) on
  127.0.0.53, UDP and TCP, the address systemd-resolved's stub uses. It serves only the names of
  the scenarios, under the reserved .test TLD (RFC 6761), and never forwards a query anywhere.
  Each name has its own answer: records, NXDOMAIN, NODATA, SERVFAIL, REFUSED, or no answer at all.
- The client container of a pod joins the lab's network namespace, and Docker then gives it the
  lab's /etc/resolv.conf and /etc/hosts (the same files, bind-mounted). The lab writes both, so
  every cell of a pod resolves through the lab, and /etc/hosts lines are part of the scenarios
  (`hosts`). Lines from several scenarios are merged; the catalog forbids two scenarios serving
  the same name differently.
- One resolv.conf per pod means a scenario that needs another one cannot share a lab: dns-no-server
  (resolver: absent: resolv.conf names 127.0.0.53, where nothing listens) gets its own pod, named by
  its `namespace` ("no-resolver"); the runner starts one pod per client and namespace.
- A cell's packets are its port's, plus the DNS queries and answers about its name (the resolver
  port is shared by every scenario, the name is not).

Fields: `host` (what the client dials: a .test name, localhost, or an address), `answer` and
`records` (what the resolver says about it), `hosts` (lines added to /etc/hosts), `resolver`
(running or absent), `listen` (addresses where a small HTTP server answers on the port) and `drop`
(addresses whose packets to the port are dropped by a tagged iptables / ip6tables rule).
"""

from __future__ import annotations

import ipaddress
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from .base import DOCUMENTATION_NETS, CellPackets, ScenarioBase, Target

RESOLVER = "127.0.0.53"
# answer -> the observation the lab's probe makes when it asks the resolver
ANSWERS = {
    "nxdomain": "dns-nxdomain",
    "nodata": "dns-nodata",
    "servfail": "dns-servfail",
    "refused": "dns-refused",
    "drop": "dns-no-answer",
}
# what a probe that resolves and connects can observe (answer: records, or names from /etc/hosts)
CONNECTING = frozenset(
    {"refused", "fallback-after-refused", "fallback-after-no-answer", "accepted-then-data"}
)


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an IP address") from None
    if not (addr.is_loopback or any(addr in net for net in DOCUMENTATION_NETS)):
        raise ValueError(
            f"{value} is neither loopback nor in a documentation range (192.0.2.0/24, "
            "198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32): the lab only ever "
            "configures those, so that no packet can be meant for a real host"
        )
    return addr


def is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


def _name(value: str) -> str:
    name = value.rstrip(".").lower()
    if name != "localhost" and not name.endswith(".test"):
        raise ValueError(
            f"name {value!r}: use a name under .test (reserved for testing, RFC 6761) "
            "or localhost, so that no real name is ever looked up"
        )
    return name


class DnsScenario(ScenarioBase):
    TITLE: ClassVar[str] = "names and address families"
    OBSERVATIONS: ClassVar[frozenset[str]] = frozenset(
        {*ANSWERS.values(), "dns-port-unreachable", *CONNECTING}
    )

    kind: Literal["dns"]
    host: str  # what the client dials: a .test name, localhost, or an address
    answer: Literal["records", "nxdomain", "nodata", "servfail", "refused", "drop"] | None = None
    records: dict[Literal["A", "AAAA"], tuple[str, ...]] = Field(default_factory=dict)
    hosts: tuple[str, ...] = ()  # /etc/hosts lines: "ADDRESS NAME [NAME...]"
    resolver: Literal["running", "absent"] = "running"
    listen: tuple[str, ...] = ()  # addresses where an HTTP server answers on `port`
    drop: tuple[str, ...] = ()  # addresses whose packets to `port` are dropped

    @field_validator("host")
    @classmethod
    def _host(cls, value: str) -> str:
        if is_address(value):
            _address(value)
            return value
        return _name(value)

    @field_validator("records")
    @classmethod
    def _records(cls, records: dict) -> dict:
        for rtype, addresses in records.items():
            for a in addresses:
                version = _address(a).version
                if (rtype == "A") != (version == 4):
                    raise ValueError(
                        f"records: {rtype} {a}: an A record holds an IPv4 address, an AAAA record an IPv6 one"
                    )
        return records

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, lines: tuple[str, ...]) -> tuple[str, ...]:
        for line in lines:
            fields = line.split()
            if len(fields) < 2:
                raise ValueError(f"hosts line {line!r}: expected 'ADDRESS NAME [NAME...]'")
            _address(fields[0])
            for name in fields[1:]:
                _name(name)
        return lines

    @field_validator("listen", "drop")
    @classmethod
    def _addresses(cls, addresses: tuple[str, ...]) -> tuple[str, ...]:
        for a in addresses:
            _address(a)
        return addresses

    @model_validator(mode="after")
    def _consistent(self) -> DnsScenario:
        if self.protocol != "tcp":
            raise ValueError("a dns scenario dials TCP (protocol: tcp)")
        if is_address(self.host):
            family = "ipv6" if ipaddress.ip_address(self.host).version == 6 else "ipv4"
            if family != self.family:
                raise ValueError(f"host {self.host} is {family}, but family is {self.family}")
            if self.answer or self.records:
                raise ValueError("an address is not looked up: leave out answer and records")
        if self.records and self.answer != "records":
            raise ValueError("records are served only with answer: records")
        if self.answer == "records" and not self.records:
            raise ValueError("answer: records needs records (A and/or AAAA)")
        if self.resolver == "absent":
            if self.answer:
                raise ValueError("with resolver: absent nothing answers: leave out answer")
            wanted = "dns-port-unreachable"
        elif self.answer in ANSWERS:
            wanted = ANSWERS[self.answer]
        else:
            wanted = None
        if wanted and self.expect != wanted:
            raise ValueError(f"expect: this scenario gives {wanted}, not {self.expect}")
        if wanted is None and self.expect not in CONNECTING:
            raise ValueError(
                f"expect: a name that resolves can observe {', '.join(sorted(CONNECTING))}, not {self.expect}"
            )
        if (
            not is_address(self.host)
            and self.answer is None
            and self.resolver == "running"
            and not any(self.host in line.split()[1:] for line in self.hosts)
            and self.host != "localhost"
        ):
            raise ValueError(f"{self.host} is neither in `hosts` nor given an `answer`")
        return self

    def target(self) -> Target:
        return Target(self.host, self.port, self.family)

    @property
    def services(self) -> tuple[str, ...]:
        # A name is also something to look up: dig and getent meet it.
        return ("port",) if is_address(self.host) else ("port", "name")

    @property
    def served_names(self) -> tuple[str, ...]:
        """Names whose resolver answer or /etc/hosts lines this scenario decides."""
        names = [self.host] if self.answer else []
        for line in self.hosts:
            names += [n for n in line.split()[1:] if n != "localhost"]
        return tuple(dict.fromkeys(names))

    @property
    def namespace(self) -> str:
        return "no-resolver" if self.resolver == "absent" else ""

    def packets(self) -> CellPackets:
        names = () if is_address(self.host) else (self.host,)
        fallback = bool(self.records.get("AAAA")) and bool(self.records.get("A"))
        return CellPackets(self.port, names=names, fallback=fallback, silent="no packets")

    def describe(self) -> list[tuple[str, str]]:
        out = []
        if self.resolver == "absent":
            out.append(("Resolver", f"/etc/resolv.conf: nameserver {RESOLVER}, where nothing listens"))
        elif self.answer == "records":
            recs = "; ".join(f"{t} {a}" for t, addrs in self.records.items() for a in addrs)
            out.append(("Resolver", f"{self.host}: {recs}"))
        elif self.answer == "drop":
            out.append(("Resolver", f"{self.host}: the query is read and never answered"))
        elif self.answer:
            out.append(("Resolver", f"{self.host}: {self.answer.upper()}"))
        out += [("/etc/hosts", line) for line in self.hosts]
        out += [("Server", f"HTTP on {a} port {self.port}") for a in self.listen]
        out += [("Firewall", f"DROP every packet to {a} port {self.port}") for a in self.drop]
        if self.records.get("AAAA"):
            out.append(("Route", "an IPv6 default route, as on a dual-stack host (it leads nowhere)"))
        return out

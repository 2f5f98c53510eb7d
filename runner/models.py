"""Typed, frozen records: the catalogs (clients, scenarios, profiles) and what a run records.

Catalog files and results files are validated into these at the edge (catalog.py, results.py);
everything else in the package sees these records, never raw dicts.
"""
from __future__ import annotations

import ipaddress
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
PLACEHOLDERS = ("host", "port", "timeout", "wait")
# Capabilities a client container may be given back (all are dropped): raw sockets for traceroute -T,
# nmap -sS/-sU; binding a low source port for clients that insist on one.
Capability = Literal["NET_RAW", "NET_BIND_SERVICE"]
Family = Literal["debian", "ubuntu", "alpine", "fedora"]
Protocol = Literal["tcp", "udp"]
# What the lab's reference probe can observe; scenarios declare which one they must show.
ProbeResult = Literal[
    "refused", "icmp-port-unreachable", "no-answer", "accepted-then-fin", "accepted-then-rst",
]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ---- clients.yaml --------------------------------------------------------------------------------


class DialogueStep(Record):
    """One exchange with a terminal client: wait for `expect` (a regex), then type `send`."""

    expect: str
    send: str

    @field_validator("expect")
    @classmethod
    def _regex(cls, value: str) -> str:
        return _regex(value)


class SignatureHints(Record):
    """How to reduce this client's output to a stable signature (see normalize.py)."""

    keep: tuple[str, ...] = ()  # regexes: lines worth keeping; when none match, the generic rule applies
    drop: tuple[str, ...] = ()  # regexes: lines that are never meaningful (progress, banners)

    @field_validator("keep", "drop")
    @classmethod
    def _regexes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            _regex(pattern)
        return value


def _regex(pattern: str) -> str:
    # re.error is no ValueError: pydantic would let it out as a traceback instead of a field error.
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {pattern!r}") from None
    return pattern


class ExitCodes(Record):
    """What the client's own documentation says its exit codes mean."""

    source: str
    documented: bool
    codes: dict[int, str] = Field(default_factory=dict)
    note: str = ""


class Client(Record):
    id: str = Field(pattern=ID_PATTERN)
    title: str
    protocol: Protocol
    argv: tuple[str, ...] = Field(min_length=1)
    # None for a family: the client is not packaged there (its cells say so, with this reason).
    packages: dict[Family, tuple[str, ...] | None]
    version: tuple[str, ...] | None = None  # argv whose first output line names the version
    user: Literal["root", "user"] = "user"
    capabilities: tuple[Capability, ...] = ()  # given back to the client container (cap_add)
    terminal: bool = False  # run under a pseudo-terminal (pexpect), as a person would
    dialogue: tuple[DialogueStep, ...] = ()
    signature: SignatureHints = SignatureHints()
    exit_codes: ExitCodes | None = None
    note: str = ""

    @field_validator("argv")
    @classmethod
    def _known_placeholders(cls, argv: tuple[str, ...]) -> tuple[str, ...]:
        # Anything in braces is meant as a placeholder: `{host-name}` or `{ port }` passed on literally
        # would be a silent typo, so only the exact names are accepted.
        for arg in argv:
            for name in re.findall(r"\{([^{}]*)\}", arg):
                if name not in PLACEHOLDERS:
                    raise ValueError(
                        f"unknown placeholder {{{name}}} in {arg!r}; use {', '.join(PLACEHOLDERS)}")
        return argv

    @model_validator(mode="after")
    def _dialogue_needs_terminal(self) -> Client:
        if self.dialogue and not self.terminal:
            raise ValueError("a dialogue needs terminal: true")
        return self

    def packages_for(self, family: str) -> tuple[str, ...] | None:
        """Packages for an image family, or None when it is not packaged there.

        Ubuntu shares Debian's names unless it declares its own."""
        if family in self.packages:
            return self.packages[family]  # type: ignore[index]
        if family == "ubuntu":
            return self.packages.get("debian")
        return None


class ClientCatalog(Record):
    format: Literal[1]
    clients: tuple[Client, ...]

    @model_validator(mode="after")
    def _unique(self) -> ClientCatalog:
        _check_unique("client", [c.id for c in self.clients])
        return self


# ---- scenarios.yaml ------------------------------------------------------------------------------


class Scenario(Record):
    id: str = Field(pattern=ID_PATTERN)
    protocol: Protocol
    port: int = Field(ge=1, le=65535)
    cause: str  # the root cause, as a short label
    explanation: str  # one paragraph: what the network does
    rules: tuple[tuple[str, ...], ...] = ()  # iptables argv, run in the lab namespace
    server: Literal["accept-fin", "accept-rst", "udp-sink"] | None = None
    expect: ProbeResult  # what the lab self-test must observe
    wire: str  # the exchange the capture should show, in words

    @field_validator("rules", mode="before")
    @classmethod
    def _split_rules(cls, value: object) -> object:
        # Rules are written as one string each in YAML, for readability; they are never run by a shell.
        if isinstance(value, (list, tuple)):
            return tuple(tuple(r.split()) if isinstance(r, str) else r for r in value)
        return value

    @model_validator(mode="after")
    def _server_matches_protocol(self) -> Scenario:
        if self.server == "udp-sink" and self.protocol != "udp":
            raise ValueError("server udp-sink needs protocol: udp")
        if self.server in ("accept-fin", "accept-rst") and self.protocol != "tcp":
            raise ValueError(f"server {self.server} needs protocol: tcp")
        return self


class Profile(Record):
    """How patient the run is: kernel settings in the lab namespace, client timeouts, the cell cap."""

    description: str
    sysctls: dict[str, str] = Field(default_factory=dict)  # only net.*: they are per namespace
    timeout: int = Field(gt=0)  # {timeout} in client argv, seconds
    wait: int = Field(gt=0)  # {wait}: how long UDP clients linger for an answer, seconds
    cap: float = Field(gt=0)  # every cell is killed at this many seconds, and recorded as killed

    @field_validator("sysctls")
    @classmethod
    def _sysctl_names(cls, value: dict[str, str]) -> dict[str, str]:
        for key, setting in value.items():
            if not SYSCTL_NAME.match(key):
                raise ValueError(f"{key!r} is not a network sysctl: names are dotted, under net. "
                                 "(e.g. net.ipv4.tcp_syn_retries; see /proc/sys/net)")
            if not SYSCTL_VALUE.match(setting):
                raise ValueError(f"{key}: {setting!r} is not a sysctl value (numbers or words)")
        return value


# Only the network namespace's own settings can differ per lab (docker refuses the others).
SYSCTL_NAME = re.compile(r"^net(\.[a-z0-9_-]+)+$")
SYSCTL_VALUE = re.compile(r"^[\w.: -]+$")
# A name or an address, nothing a shell would read: {host} goes into `bash -c` strings.
HOST_NAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")


class ScenarioCatalog(Record):
    format: Literal[1]
    host: str
    profiles: dict[str, Profile]
    scenarios: tuple[Scenario, ...]

    @field_validator("host")
    @classmethod
    def _host(cls, value: str) -> str:
        _check_host(value)
        return value

    @model_validator(mode="after")
    def _unique(self) -> ScenarioCatalog:
        _check_unique("scenario", [s.id for s in self.scenarios])
        _check_unique("port", [f"{s.protocol}/{s.port}" for s in self.scenarios])
        return self


def _check_host(host: str) -> None:
    try:
        ipaddress.ip_address(host)
        return
    except ValueError:
        pass
    if not HOST_NAME.match(host):
        raise ValueError(f"host {host!r} is neither an IP address nor a host name; clients receive it "
                         "as {host}, some inside shell commands, so nothing else is accepted")


def _check_unique(what: str, values: list) -> None:
    seen = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what} {value!r}")
        seen.add(value)


# ---- what a run records --------------------------------------------------------------------------


class Wire(Record):
    summary: str  # e.g. "SYN → RST,ACK"
    packets: tuple[str, ...] = ()  # the capture's lines for this cell (tcpdump -n -tt)


class Outcome(Record):
    """One cell: a client against a scenario. A client failing is a measurement, status 'ran'."""

    client: str
    scenario: str
    status: Literal["ran", "unavailable", "error"]
    argv: tuple[str, ...] = ()
    user: str = "user"
    terminal: bool = False
    exit_code: int | None = None
    signal: int | None = None
    stdout: str = ""
    stderr: str = ""  # with terminal: true, both streams arrive merged in stdout
    duration_s: float | None = None
    killed_at_cap: bool = False
    cap_s: float | None = None
    wire: Wire | None = None
    note: str = ""  # why a cell is unavailable or errored


class SelfTestVerdict(Record):
    scenario: str
    expected: str
    observed: str
    detail: str
    ok: bool
    problems: tuple[str, ...] = ()


class ClientVersion(Record):
    reported: str = ""  # first line of the client's own version command
    packages: dict[str, str] = Field(default_factory=dict)  # package -> version, from the package manager


class RunInfo(Record):
    image: str  # e.g. debian-bookworm
    family: str
    suite: str
    image_id: str
    lab_image_id: str
    kernel: str
    sysctls: dict[str, str]
    profile: str
    locale: str
    started: str
    finished: str
    wall_s: float
    jobs: int
    tool_version: str
    client_versions: dict[str, ClientVersion]
    selftest: tuple[SelfTestVerdict, ...]
    complete: bool  # False when interrupted: the cells present are real, the rest never ran


class Results(Record):
    format: Literal[1]
    run: RunInfo
    cells: tuple[Outcome, ...]

    def cell(self, client: str, scenario: str) -> Outcome | None:
        for c in self.cells:
            if c.client == client and c.scenario == scenario:
                return c
        return None

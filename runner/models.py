"""Typed, frozen records: the catalogs (clients, scenarios, profiles) and what a run records.

Catalog files and results files are validated into these at the edge (catalog.py, results.py);
everything else in the package sees these records, never raw dicts.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from .kinds import ID_PATTERN, PORTLESS, Scenario, Service

# {host}: the address (::1 for IPv6); {url_host}: the same as a URL or host:port writes it ([::1]).
PLACEHOLDERS = ("host", "url_host", "port", "timeout", "wait")
# Capabilities a client container may be given back (all are dropped): raw sockets for traceroute -T,
# nmap -sS/-sU; binding a low source port for clients that insist on one.
Capability = Literal["NET_RAW", "NET_BIND_SERVICE"]
Family = Literal["debian", "ubuntu", "alpine", "fedora"]


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
    # What the client speaks on the wire: a scenario's port is met only by clients of its protocol;
    # portless services (name, address) are met whatever the protocol (ping speaks icmp).
    protocol: Literal["tcp", "udp", "icmp"]
    argv: tuple[str, ...] = Field(min_length=1)
    # The command for an IPv6 target, when the client needs another (nmap -6, an AF_INET6 socket).
    argv_ipv6: tuple[str, ...] | None = None
    # `argv` meets scenarios of service `port`; with speaks: http it is an HTTP client and meets
    # `http` scenarios too. Other services (https, name, or an http command of its own) are listed
    # here with their own argv; a client with no way to reach a scenario's service gets no cell.
    speaks: Literal["http"] | None = None
    services: dict[Literal["http", "https", "name", "address"], tuple[str, ...]] = Field(default_factory=dict)
    # The services `argv` itself meets. Most clients dial a port; dig and getent only look a name
    # up (meets: [name]), ping only reaches an address (meets: [address]): they never meet a port.
    meets: tuple[Service, ...] = ("port",)
    # The client honours http_proxy / https_proxy in its environment, so it meets proxy scenarios
    # (which set them for its cells).
    proxy_env: bool = False
    # None for a family: the client is not packaged there (its cells say so, with this reason).
    packages: dict[Family, tuple[str, ...] | None]
    version: tuple[str, ...] | None = None  # argv whose first output line names the version
    user: Literal["root", "user"] = "user"
    capabilities: tuple[Capability, ...] = ()  # given back to the client container (cap_add)
    terminal: bool = False  # run under a pseudo-terminal (pexpect), as a person would
    # Seconds of CPU-heavy start-up (a browser's is several): with serial starts, a slow cell of this
    # client holds the start gate this long before the next cell may start (runner/schedule.py).
    startup: float = Field(default=1.0, gt=0, le=60)
    dialogue: tuple[DialogueStep, ...] = ()
    signature: SignatureHints = SignatureHints()
    exit_codes: ExitCodes | None = None
    note: str = ""

    @field_validator("argv", "argv_ipv6")
    @classmethod
    def _known_placeholders(cls, argv: tuple[str, ...] | None) -> tuple[str, ...] | None:
        # A word in braces is meant as a placeholder: `{host-name}` or `{ port }` passed on literally
        # would be a silent typo, so only the exact names are accepted. Braces around code (an inline
        # node or php script's blocks) are not words and stay as they are.
        for arg in argv or ():
            for name in re.findall(r"\{(\s*[A-Za-z_][\w-]*\s*)\}", arg):
                if name not in PLACEHOLDERS:
                    raise ValueError(
                        f"unknown placeholder {{{name}}} in {arg!r}; use {', '.join(PLACEHOLDERS)}"
                    )
        return argv

    @field_validator("services")
    @classmethod
    def _service_placeholders(cls, services: dict) -> dict:
        for argv in services.values():
            cls._known_placeholders(argv)
        return services

    def argv_for_service(self, service: str, family: str = "ipv4") -> tuple[str, ...] | None:
        """The argv template this client uses for a service, or None when it cannot reach it."""
        if service in self.services:
            return self.services[service]
        if service in self.meets or (service == "http" and self.speaks == "http" and "port" in self.meets):
            return self.argv_ipv6 if family == "ipv6" and self.argv_ipv6 else self.argv
        return None

    def meets_protocol(self, service: str, protocol: str) -> bool:
        """Whether this client can meet a scenario of this protocol through this service."""
        return service in PORTLESS or self.protocol == protocol

    @model_validator(mode="after")
    def _dialogue_needs_terminal(self) -> Client:
        if self.dialogue and not self.terminal:
            raise ValueError("a dialogue needs terminal: true")
        return self

    def packages_for(self, family: str) -> tuple[str, ...] | None:
        """Packages for an image family, or None when it is not packaged there.

        Ubuntu shares Debian's names unless it declares its own."""
        if family in self.packages:
            return self.packages[family]
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
# Scenarios are validated per kind (runner/kinds/): a discriminated union on their `kind` field.


class Profile(Record):
    """How patient the run is: kernel settings in the lab namespace, client timeouts, the cell cap."""

    description: str
    sysctls: dict[str, str] = Field(default_factory=dict)  # only net.*: they are per namespace
    timeout: int = Field(gt=0)  # {timeout} in client argv, seconds
    wait: int = Field(gt=0)  # {wait}: how long UDP clients linger for an answer, seconds
    cap: float = Field(gt=0)  # every cell is killed at this many seconds, and recorded as killed
    # Cells start one at a time, slowest first, once every pod is up (runner/schedule.py): quick
    # cells are then measured without the run's own load. Off for the fast profile (speed first;
    # browsers start at most one per core).
    serial_starts: bool = True

    @field_validator("sysctls")
    @classmethod
    def _sysctl_names(cls, value: dict[str, str]) -> dict[str, str]:
        for key, setting in value.items():
            if not SYSCTL_NAME.match(key):
                raise ValueError(
                    f"{key!r} is not a network sysctl: names are dotted, under net. "
                    "(e.g. net.ipv4.tcp_syn_retries; see /proc/sys/net)"
                )
            if not SYSCTL_VALUE.match(setting):
                raise ValueError(f"{key}: {setting!r} is not a sysctl value (numbers or words)")
        return value


# Only the network namespace's own settings can differ per lab (docker refuses the others).
SYSCTL_NAME = re.compile(r"^net(\.[a-z0-9_-]+)+$")
SYSCTL_VALUE = re.compile(r"^[\w.: -]+$")


class ScenarioCatalog(Record):
    format: Literal[1]
    profiles: dict[str, Profile]
    scenarios: tuple[Scenario, ...]

    @model_validator(mode="after")
    def _unique(self) -> ScenarioCatalog:
        _check_unique("scenario", [s.id for s in self.scenarios])
        # One port per scenario, whatever its protocol: a pod's capture is split into cells by port
        # (a proxy's origin and a forwarder's backend count too).
        _check_unique("port", [p for s in self.scenarios for p in s.ports])
        # The lab serves every scenario's names from one resolver and one /etc/hosts.
        _check_unique("served name", [n for s in self.scenarios for n in getattr(s, "served_names", ())])
        return self


def _check_unique(what: str, values: list) -> None:
    seen = set()
    for value in values:
        if value in seen:
            raise ValueError(f"duplicate {what} {value!r}")
        seen.add(value)


# ---- what a run records --------------------------------------------------------------------------


class Wire(Record):
    summary: str  # e.g. "SYN → RST,ACK", from the parsed packets (runner/wire.py)
    packets: tuple[str, ...] = ()  # one line per packet of this cell, in tcpdump's -n -tt style
    # Happy Eyeballs (kind dns, a name with AAAA and A records): seconds from the client's first SYN
    # to the IPv6 address to its first SYN to the IPv4 one; None when it never fell back to IPv4.
    fallback_s: float | None = None

    @model_serializer(mode="wrap")
    def _without_absent_fallback(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Written only when measured: results files of runs without it stay byte for byte as they were.
        data = handler(self)
        if data.get("fallback_s") is None:
            data.pop("fallback_s", None)
        return data


class Outcome(Record):
    """One cell: a client against a scenario. A client failing is a measurement, status 'ran'."""

    client: str
    scenario: str
    status: Literal["ran", "unavailable", "error"]
    argv: tuple[str, ...] = ()
    env: dict[str, str] = Field(default_factory=dict)  # what the scenario set (https_proxy ...)
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

    @model_serializer(mode="wrap")
    def _without_empty_env(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Written only when a scenario set variables: other cells' records stay as they were.
        data = handler(self)
        if not data.get("env"):
            data.pop("env", None)
        return data


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

"""The cross-reference: from what a client printed and exited with, back to the root cause.

Built from every results file (images, profiles, locales side by side), it answers:
  lookup CLIENT [EXIT]   the documented meaning, then the causes this matrix saw behind it
  lookup "TEXT"          the causes behind outputs containing a message fragment, across clients
  explain OUTPUT         candidate causes, with the evidence that moved each score
  tell A B               which clients' outputs tell two causes apart, and how

Two layers of evidence (explain):
  (b) the *condition* the output reports (refused, timed out, no route to host, ...), recognised by
      netmatrix.conditions in any client's words and any locale. The matrix says which causes produce
      that condition for each client: a cause under which no recorded client ever reported it is
      excluded; among the others, the share of the client's cells that report it is the weight.
  (a) the recorded cells themselves: a recorded signature line found verbatim in the pasted text,
      the client's exit code under each cause, and how long each cause took to fail.
Nothing below names a scenario: new scenarios and new results change the answers by themselves.
This module imports no third-party package unless the index has to be built (cache miss).
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import sys
import zlib
from collections import Counter, defaultdict

# The C unpickler alone: importing pickle.py (its pure-Python twin, struct, ...) costs 1 ms of
# every start (issue 12: an answer within 3x a bare Python start); the writers import pickle.
try:
    from _pickle import UnpicklingError, load as _unpickle
except ImportError:  # an interpreter without the C accelerator
    from pickle import UnpicklingError, load as _unpickle
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from collections.abc import Callable, Iterable, Sequence

from . import conditions as cond
from . import context
from .lazy_regex import LazyRegex as _lazy
from .conditions import fold  # sitegen imports fold from here
from .errors import UsageError

if TYPE_CHECKING:
    from .catalog import Catalogs
    from .models import Results

ORDER_MARK = "order within a tie: "  # a prior that orders causes the evidence cannot separate
TIE = 0.75  # a cause whose score is at least this share of the best one is tied with it
QUICK_S = 1.0  # a failure recorded in under this many seconds is "at once"
WAITED_S = 3.0  # a failure that took this long waited for something (the first SYN is resent after 1-3 s)
TIMER_S = 0.5  # the shortest wait a text that says its own timer ran out is read as having waited
FUZZY_MAX = 400  # longer pasted lines are never fuzzily compared (nearest messages only)
CACHE_FORMAT = 19


def _command(argv: Sequence[str]) -> str:
    return re.sub(r"\d+", "N", " ".join(argv))


class Observation(NamedTuple):
    """One recorded cell, as the index sees it."""

    image: str
    profile: str
    locale: str
    client: str
    scenario: str
    exit_code: int | None
    killed_at_cap: bool
    signal: int | None
    signature: str
    key_line: str
    duration_s: float | None
    text: str  # the cell's whole output, for fragment search
    conditions: frozenset[str] = frozenset()  # what its output reports, with families
    command: str = ""  # the client's argv, numbers masked (ports and timeouts differ by profile)

    def __reduce__(self):
        # Unpickled by tuple.__new__ in C, not by the namedtuple's __new__ in Python: 7,583 cells
        # load about 0.5 ms sooner (issue 12's start time).
        return (tuple.__new__, (Observation, tuple(self)))

    @property
    def run(self) -> str:
        return f"{self.image}/{self.profile}/{self.locale}"

    @property
    def exit_key(self) -> int | None:
        """The exit code, or None when there is none (killed at the cap, or died of a signal)."""
        return None if self.killed_at_cap else self.exit_code

    @property
    def exit_text(self) -> str:
        if self.killed_at_cap:
            return "killed at cap"
        return f"exit {self.exit_code}" if self.exit_code is not None else f"signal {self.signal}"


class Entry(NamedTuple):
    """Everything observed under one key (an exit code of a client, or a signature)."""

    observations: tuple[Observation, ...]

    @property
    def causes(self) -> list[str]:
        return sorted({o.scenario for o in self.observations})

    @property
    def ambiguous(self) -> bool:
        return len(self.causes) > 1


class Why(NamedTuple):
    """One piece of evidence and what it did to a cause's score (factor 0: excluded)."""

    evidence: str
    factor: float


class Candidate(NamedTuple):
    scenario: str
    cause: str
    score: float
    evidence: tuple[Observation, ...]
    why: tuple[Why, ...] = ()


class Excluded(NamedTuple):
    scenario: str
    cause: str
    reason: str


class Distinction(NamedTuple):
    """How one client behaves under two causes."""

    client: str
    a: tuple[str, ...]  # distinct "exit N: signature" seen under cause A
    b: tuple[str, ...]
    tells: bool
    command: str = ""  # the client's command line, with the user's host and port when known


class Reading(NamedTuple):
    """What explain read from the input, and from where."""

    text: str
    found: tuple[cond.Found, ...] = ()
    decisive: tuple[str, ...] = ()  # the most specific conditions found
    client: str | None = None
    client_from: str = ""
    exit_code: int | None = None
    exit_from: str = ""
    duration_s: float | None = None
    duration_from: str = ""
    host: str | None = None
    port: int | None = None
    protocol: str | None = None  # "udp" when the text names it (TCP is the default)
    protocol_named: bool = False  # named in the text or by a UDP client, not assumed
    notes: tuple[str, ...] = ()

    def as_json(self) -> dict:
        return {
            "conditions": [f.as_json() for f in self.found],
            "decisive": list(self.decisive),
            "client": self.client,
            "client_from": self.client_from,
            "exit_code": self.exit_code,
            "exit_from": self.exit_from,
            "duration_s": self.duration_s,
            "duration_from": self.duration_from,
            "host": self.host,
            "port": self.port,
            "protocol": self.protocol,
            "notes": list(self.notes),
        }


class Explanation(NamedTuple):
    candidates: tuple[Candidate, ...]
    tied: tuple[str, ...]  # the scenarios tied at the top
    distinguishers: tuple[Distinction, ...]  # other clients that tell the tied causes apart
    nearest: tuple[str, ...]  # when nothing matched: the closest signatures on record
    excluded: tuple[Excluded, ...] = ()
    reading: Reading | None = None
    unknown: tuple[str, ...] = ()  # conditions recognised that no recorded cause produces
    warnings: tuple[str, ...] = ()
    told: tuple[str, ...] = ()  # the causes the distinguishers tell apart (all tied, or a pair)

    @property
    def matched(self) -> bool:
        return bool(self.candidates)

    @property
    def ambiguous(self) -> bool:
        return len(self.tied) > 1


# ---- reading pasted text ------------------------------------------------------------------------


# People redact the address they paste ("***", "<IP>", "x.x.x.x", "144.24.188.XX"): a redaction
# stands where the address was, and is one.
_ADDRESS = _lazy(
    r"\b(?:\d{1,3}\.){3}\d{1,3}\b|\[[0-9a-fA-F:]+\]|\blocalhost\b"
    r"|\b(?:(?:\d{1,3}|[xX]{1,3})\.){3}(?:\d{1,3}|[xX]{1,3})\b|(?<![*\w])\*{3,}(?![*\w])"
    r"|<(?:[iI][pP](?: address)?|[hH]ost(?:name)?|[sS]erver|[rR]edacted|[dD]omain)>"
)
# A port is a number after "host:" or "port ", or after an address ("<host>/80", "<host> 80"), or
# before its protocol (nmap's "8080/tcp").
_PORT_AT = r"(?:(?<=:)|(?<=port )|(?<=<host>/)|(?<=<host> ))"
_PORTLIKE = _lazy(rf"{_PORT_AT}\d{{1,5}}\b|\b\d{{1,5}}(?=/(?:tcp|udp)\b)")


def scrub_pasted(text: str, host: str | None = None) -> str:
    """Pasted output names some host and port we do not know: replace any address and port-like
    number by the placeholders the recorded signatures use. The host name the text was read to
    dial (``http://db.internal:5432/``) is replaced too, as the recorded side replaces the lab's
    own names: otherwise a recorded line differs from the pasted one by the name alone."""
    from .normalize import scrub

    if host and host.strip("[]") and host.lower() not in _NOT_HOSTS:
        placeholder = "[<host>]" if host.startswith("[") and host != "[::1]" else "<host>"
        text = re.sub(rf"(?<![\w.-]){re.escape(host)}(?![\w-])", placeholder, text)
    # placeholders before scrub, whose number rule would take 5-digit ports
    return scrub(_placeholders(text), "", None)


_VERBOSE_PREFIX = _lazy(r"^[*<>] ")
# A name and the address it resolved to are one target: wget's "NAME (NAME)|ADDR|:PORT", nc's
# "NAME [ADDR]" print both when a name was dialled, and only the address when one was. Whether the
# user typed a name is not the cause's doing (the lab dials some causes by name, others by address).
_ONE_HOST = _lazy(r"<host>(?: ?[(\[]<host>[)\]])?(?:\|<host>\|)?")
_N_PORT = _lazy(rf"{_PORT_AT}<n>(?!\w)")


def _parts(signature: str) -> tuple[str, ...]:
    """A signature's lines as pasted text is compared with them: folded, and with the names and
    numbers scrub_pasted replaces in pasted text ("localhost") replaced the same way."""
    # Verbose-mode prefixes ("* ", "> ") are not part of what a person pastes.
    return tuple(_VERBOSE_PREFIX.sub("", fold(_placeholders(p))) for p in signature.split(" | ") if p)


def _address_placeholder(m: re.Match) -> str:
    return "[<host>]" if m.group().startswith("[") and m.group() != "[::1]" else "<host>"


def _placeholders(text: str) -> str:
    """Addresses and ports as <host> and <port>, in pasted text and recorded lines alike."""
    # An IPv6 literal keeps its brackets: the recorded lines of an IPv6 cause read "[<host>]:<port>"
    # (the lab's ::1 scrubbed inside them), an IPv4 cause's "<host>:<port>". Not [::1]: it is most
    # often "localhost" dialled, whose first address a client names whichever family failed (Go).
    text = _PORTLIKE.sub("<port>", _ADDRESS.sub(_address_placeholder, text))
    # A port the recording scrubbed as a big number (a proxy's, not the cell's own) is a port too.
    return _ONE_HOST.sub("<host>", _N_PORT.sub("<port>", text))


def _sig_parts(index: Index, signature: str) -> tuple[str, ...]:
    parts = index.parts.get(signature)
    if parts is None:
        parts = index.parts[signature] = _parts(signature)
    return parts


# (NTP, SNMP and TFTP are UDP only: an address's port 123, systemd-timesyncd's, ntpdate's, ntpq's,
# sntp's and chronyc's own lines, snmpwalk's and a PXE ROM's TFTP; a
# netcat command line whose options hold -u: "nc -u 127.0.0.1 6600", "ncat -vu host 53")
_UDP = _lazy(
    r"\b(?:udp|UDP|dgram|DatagramSocket|PortUnreachableException|timesyncd|ntpdate|ntpq|sntp|chronyc|snmp\w*|SNMP|TFTP|tftp)\b"
    r"|(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}:123\b"
    r"|(?<![\w./-])(?:nc|ncat|netcat)(?:\s+-[a-zA-Z]*(?:\s+\d+)?)*?\s+-[a-zA-Z]*u[a-zA-Z]*\b",
    needs=(
        "nc ",
        "netcat",
        "ncat",
        "udp",
        "UDP",
        "dgram",
        "DatagramSocket",
        "PortUnreachableException",
        "timesyncd",
        "ntpdate",
        "ntpq",
        "sntp",
        "chronyc",
        "snmp",
        "SNMP",
        "TFTP",
        "tftp",
        ":123",
    ),
)
# A resolver's query over UDP (Go's "dial udp 10.6.49.1:53", "read udp SRC->127.0.0.1:53"): the
# lookup's transport, not the connection's the output is about.
_UDP_DNS = _lazy(r"\b(?:dial|read|write) udp (?:\S+->)?\S+:53\b", needs=(":53",))
_VIA_SSH = frozenset({"git", "rsync", "scp", "sftp"})
_TCP_TIMEOUTS = frozenset(
    {"timed-out", "connect-timed-out", "syn-timed-out", "connect-pending", "transfer-timed-out"}
)
_SSH_LINE = _lazy(r"(?m)^ssh: ", needs=("ssh: ",))
# (a digit may come before it: curl's progress meter ends its line without a newline, "   0curl: (35)")
_CURL_EXIT = _lazy(r"(?<![A-Za-z_-])curl: \((\d{1,3})\)", needs=("curl: (",))
_DURATIONS = (
    (_lazy(r"\bafter (\d+(?:\.\d+)?) ?(ms|milliseconds?)\b", re.I, needs=("after",)), 0.001),
    (_lazy(r"\bafter (\d+(?:\.\d+)?) ?(s|sec|secs|seconds?)\b", re.I, needs=("after",)), 1.0),
    # (not "Retry in 10 seconds" / "Retrying in 8 seconds", the wait before the next attempt:
    # _waited skips the lines that plan one)
    (
        _lazy(
            r"\b(?:in|took) (\d+(?:\.\d+)?) ?(s|sec|secs|seconds?)\b",
            re.I,
            needs=("in ", "took "),
        ),
        1.0,
    ),
)
# A line that plans the next attempt ("Scheduling re-registration retry for acc 0 in 9 seconds",
# "reconnecting in 5 s") gives the wait before it, not how long the failure took.
_NEXT_ATTEMPT = _lazy(r"\bretr(?:y|ies|ying)\b|\breconnect|\breschedul|\bbacking off\b", re.I)


def _product(factors: Iterable[float]) -> float:
    """math.prod, without importing math (0.4 ms of every answer, for this one product)."""
    out = 1.0
    for f in factors:
        out *= f
    return out


def _waited(pattern: _lazy, text: str) -> re.Match[str] | None:
    """The first duration the pattern finds on a line that is not about the next attempt."""
    for m in pattern.finditer(text):
        if not _NEXT_ATTEMPT.search(text[text.rfind("\n", 0, m.start()) + 1 : m.start()]):
            return m
    return None


_SCHEME_PORT = {"http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21, "ssh": 22}
_HOST = r"\[[0-9a-fA-F:.]+\]|[A-Za-z0-9][A-Za-z0-9_.-]*"
_HOST_PORT = (
    _lazy(rf"connect to host (?P<host>{_HOST}) port (?P<port>\d{{1,5}})", needs=("connect to host ",)),
    _lazy(
        rf"(?:onnect to|onnecting to) (?P<host>{_HOST}) port (?P<port>\d{{1,5}})",
        needs=("onnect to ", "onnecting to "),
    ),
    _lazy(
        rf"Connecting to (?P<host>{_HOST})(?: \([^)\n]*\))?(?:\|[^|\n]*\|)?:(?P<port>\d{{1,5}})",
        needs=("Connecting to ",),
    ),
    # (before a URL: a help link at the end, "https://github.com/PHPMailer/PHPMailer/wiki/...", is
    # not where the failed connect went)
    _lazy(
        rf"(?:[Uu]nable to connect to|[Ff]ailed to connect to|opening to) (?P<host>{_HOST})"
        rf":(?P<port>\d{{1,5}})\b",
        needs=("able to connect to ", "ailed to connect to ", "opening to "),
    ),
    _lazy(rf"connect\(2\) for \"(?P<host>{_HOST})\" port (?P<port>\d{{1,5}})", needs=("connect(2) for",)),
    # (Prisma's P1001: "Can't reach database server at `localhost`:`3306`")
    _lazy(rf"at `(?P<host>{_HOST})`:`(?P<port>\d{{1,5}})`", needs=("`:`",)),
    # (urllib3's pool, in a repr of a repr too: HTTPSConnectionPool(host=\'0.0.0.0\', port=6712))
    _lazy(rf"host=\\?'(?P<host>{_HOST})\\?', port=(?P<port>\d{{1,5}})", needs=("host='", "host=\\'")),
    _lazy(
        rf"\b(?P<scheme>https?|wss?|ftp)://(?:[^@/\s]+@)?(?P<host>{_HOST})(?::(?P<port>\d{{1,5}}))?",
        needs=("://",),
    ),
    _lazy(
        r"(?:^|[\s/(])(?P<host>(?:\d{1,3}\.){3}\d{1,3}|\[[0-9a-fA-F:]+\]|localhost|"
        r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+):(?P<port>\d{1,5})\b"
    ),
    # (Python asyncio's address tuple, last: "Cannot connect to host NAME:P" before it is the name)
    _lazy(
        r"onnect call failed \('(?P<host>[0-9a-fA-F:.]+)', (?P<port>\d{1,5})",
        needs=("onnect call failed (",),
    ),
)
_HOST_ONLY = (
    _lazy(
        rf"(?:Could not resolve host|resolve hostname|Trying|remote host \(|connect to|[Cc]ould not reach)"
        rf":? (?P<host>{_HOST})",
        needs=(
            "Could not resolve host",
            "resolve hostname",
            "Trying",
            "remote host (",
            "connect to",
            "ould not reach",
        ),
    ),
    # wget names the certificate's host in its locale's quotes: "The certificate of ‘HOST’",
    # "Dem Zertifikat von »HOST«", "le certificat de « HOST »". Read, the name is scrubbed as the
    # recorded lines' is; else a German or French paste differs from the lab's line by the name.
    _lazy(
        rf"(?:certificate of|[Zz]ertifikat von|certificat de|hostname|nom d’hôte) [‘»«]+ ?(?P<host>{_HOST})",
        needs=("certificate of", "ertifikat von", "certificat de", "ostname", "nom d’hôte"),
    ),
)
_NOT_HOSTS = {"the", "a", "an", "all", "remote", "server", "host", "port", "it", "localhost."}
# "balancer.go:99", "client.py:1024": a source file and its line, as stack traces and log lines
# print them, look like host:port to the generic pattern. A one-label name with a source extension
# is taken for a file (a few are ccTLDs too -- .py, .rs, .pl, .sh -- a rare loss: the host only
# fills in the advice's commands).
# (A set of extensions, not a regex: that alternation cost a fresh process 1.5 ms to compile.)
_SOURCE_EXTENSIONS = frozenset(
    {
        "go",
        "py",
        "pyx",
        "js",
        "mjs",
        "cjs",
        "ts",
        "tsx",
        "jsx",
        "rb",
        "c",
        "h",
        "cc",
        "cpp",
        "hpp",
        "java",
        "kt",
        "rs",
        "php",
        "cs",
        "swift",
        "scala",
        "ex",
        "exs",
        "erl",
        "lua",
        "pl",
        "pm",
        "sh",
    }
)


def _source_file(host: str) -> bool:
    """'balancer.go', 'client.py': one label of letters, digits, '_' or '-', and a source extension."""
    stem, _, ext = host.rpartition(".")
    return (
        bool(stem)
        and ext in _SOURCE_EXTENSIONS
        and all(c.isascii() and (c.isalnum() or c in "_-") for c in stem)
    )


def _own_timer(reading: Reading) -> bool:
    """Whether the text says the client's own timer (or its resolver's) ran out."""
    said = cond.closure(set(reading.decisive))
    return "timed-out" in said or "name-server-timed-out" in said


def parse_duration(value: str) -> float:
    """'2m10s', '130 s', '130', '1.5s', '250ms', '2 min 10 s', '01:02:10' -> seconds."""
    text = value.strip().lower().replace(",", ".")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    m = re.fullmatch(r"(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)", text)
    if m:
        return int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    units = {
        "ms": 0.001,
        "msec": 0.001,
        "milliseconds": 0.001,
        "millisecond": 0.001,
        "s": 1,
        "sec": 1,
        "secs": 1,
        "second": 1,
        "seconds": 1,
        "m": 60,
        "min": 60,
        "mins": 60,
        "minute": 60,
        "minutes": 60,
        "h": 3600,
        "hr": 3600,
        "hour": 3600,
        "hours": 3600,
    }
    total, pos = 0.0, 0
    for m in re.finditer(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)", text):
        if m.start() != pos or m.group(2) not in units:
            break
        total += float(m.group(1)) * units[m.group(2)]
        pos = m.end()
    else:
        if pos == len(text) and pos:
            return total
    raise UsageError(f"--duration {value!r}: give a duration such as 130, 130s, 2m10s, 250ms or 2:10")


def _curl_json(text: str) -> dict | None:
    stripped = text.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return None
    import json  # only curl -w "%{json}" input needs it (lazily: the start time)

    try:
        data = json.loads(stripped)
    except ValueError:
        return None
    if isinstance(data, dict) and ("exitcode" in data or "errormsg" in data):
        return data
    return None


def _host_port(text: str) -> tuple[str | None, int | None]:
    # Only the head and tail of a huge paste are searched: linear time, and that is where they are.
    sample = text if len(text) <= 40000 else text[:20000] + "\n" + text[-20000:]
    for pattern in _HOST_PORT:
        m = next((m for m in pattern.finditer(sample) if not _source_file(m.group("host"))), None)
        if not m:
            continue
        port = m.groupdict().get("port")
        scheme = m.groupdict().get("scheme")
        number = int(port) if port else _SCHEME_PORT.get(scheme or "")
        if number is not None and not 0 < number < 65536:
            continue
        return m.group("host"), number
    for pattern in _HOST_ONLY:
        m = pattern.search(sample)
        if m and m.group("host").lower() not in _NOT_HOSTS:
            return m.group("host").rstrip("."), None
    return None, None


def read_input(
    text: str,
    client: str | None = None,
    exit_code: int | None = None,
    duration_s: float | None = None,
    known_clients: Iterable[str] = (),
) -> Reading:
    """Everything explain can read from the input: curl's -w '%{json}', the conditions, the client
    and exit code when the text names them ("curl: (7)"), a duration ("after 0 ms"), host and port."""
    notes: list[str] = []
    client_from = "--client" if client else ""
    exit_from = "--exit" if exit_code is not None else ""
    duration_from = "--duration" if duration_s is not None else ""
    host: str | None = None
    port: int | None = None
    data = _curl_json(text)
    if data is not None:
        notes.append("read curl's -w '%{json}' output")
        text = str(data.get("errormsg") or "")
        if client is None:
            client, client_from = "curl", "curl -w '%{json}'"
        if exit_code is None and isinstance(data.get("exitcode"), int):
            exit_code, exit_from = data["exitcode"], "exitcode in curl's json"
        if duration_s is None and isinstance(data.get("time_total"), (int, float)):
            duration_s, duration_from = float(data["time_total"]), "time_total in curl's json"
        url = str(data.get("url_effective") or data.get("url") or "")
        host, port = _host_port(url) if url else (None, None)
        if isinstance(data.get("remote_port"), int) and data["remote_port"]:
            port = data["remote_port"]
        if not host and data.get("remote_ip"):
            host = str(data["remote_ip"])
    if client is None or exit_code is None:
        m = _CURL_EXIT.search(text[:20000]) or _CURL_EXIT.search(text[-20000:])
        if m:
            if client is None and "curl" in set(known_clients):
                client, client_from = "curl", f"“{m.group(0)}” in the text"
            if exit_code is None and client == "curl":
                exit_code, exit_from = int(m.group(1)), f"“{m.group(0)}” in the text"
    if duration_s is None:
        for pattern, scale in _DURATIONS:
            m = _waited(pattern, text[-20000:]) or _waited(pattern, text[:20000])
            if m:
                duration_s, duration_from = float(m.group(1)) * scale, f"“{m.group(0)}” in the text"
                break
    if host is None:
        host, found_port = _host_port(text)
        port = port or found_port
    found = tuple(cond.recognise(text))
    found, phase_note = _phases(text, found)
    if phase_note:
        notes.append(phase_note)
    sample = text if len(text) <= 40000 else text[:20000] + "\n" + text[-20000:]
    protocol = "udp" if _UDP.search(_UDP_DNS.sub(" ", sample) if ":53" in sample else sample) else None
    decisive = tuple(sorted(cond.decisive({f.condition for f in found})))
    return Reading(
        text=text,
        found=found,
        decisive=decisive,
        client=client,
        client_from=client_from,
        exit_code=exit_code,
        exit_from=exit_from,
        duration_s=duration_s,
        duration_from=duration_from,
        host=host,
        port=port,
        protocol=protocol,
        protocol_named=protocol is not None,
        notes=tuple(notes),
    )


_CONNECT_TIMEOUTS = ("syn-timed-out", "connect-timed-out")


def _phases(text: str, found: tuple[cond.Found, ...]) -> tuple[tuple[cond.Found, ...], str]:
    """A connect timeout printed only after the connection was made ("Connected to ...") is not the
    connect's: a connect that succeeded cannot time out. It is a later phase's, or the server's
    own words, and is not counted. (Before "Connected", as when telnet tries
    an IPv6 address that times out and then connects over IPv4, it stays a connect timeout.)
    Nor is the errno text on the line of a phrase that names a later phase: nginx's "upstream timed
    out (110: Connection timed out) while reading response header", libmysqlclient's "at 'waiting
    for initial communication packet', system error: 10060" time out reading, after the connect."""
    names = {f.condition for f in found}
    if "transfer-timed-out" in names and names & set(_CONNECT_TIMEOUTS):
        lines = [line for line in fold(text).splitlines() if line.strip()]
        phase_lines = [
            line
            for f in found
            if f.condition == "transfer-timed-out"
            for line in lines
            if fold(f.phrase) in line
        ]
        # ... and the errno's bare name anywhere ("code: 'ETIMEDOUT'"): Node's libraries give their
        # own read and greeting timeouts that code (Nodemailer's "Greeting never received").
        same = [
            f
            for f in found
            if f.condition in _CONNECT_TIMEOUTS
            and (f.phrase == "ETIMEDOUT" or any(fold(f.phrase) in line for line in phase_lines))
        ]
        if same:
            kept = tuple(f for f in found if f not in same)
            note = f"“{same[0].phrase}” is the errno of a read that timed out after the connect, not counted"
            return kept, note
    if "connected" not in names or not names & set(_CONNECT_TIMEOUTS):
        return found, ""
    folded = fold(text)
    connected = next(f for f in found if f.condition == "connected")
    at = folded.find(fold(connected.phrase))
    if at < 0:
        return found, ""
    late = []  # (the timeout, where it first appears)
    for f in found:
        if f.condition in _CONNECT_TIMEOUTS:
            first = folded.find(fold(f.phrase))
            if first > at:
                late.append((f, first))
    if not late:
        return found, ""
    # ... unless its own line connects again, to another address or port: FTP's passive data
    # connection ("==> PASV ... couldn't connect to ADDR port N: Connection timed out"), a redirect.
    # That later connect is the one that failed; the connection made before it says nothing of it.
    again = next((f for f, first in late if _connects_again(folded, first)), None)
    if again is not None:
        kept = tuple(f for f in found if f.condition != "connected")
        note = (
            f"“{again.phrase}” is a later connection's own connect timing out: the one made before is another"
        )
        return kept, note
    dropped = {f for f, _ in late}
    kept = tuple(f for f in found if f not in dropped)
    return kept, f"“{late[0][0].phrase}” comes after the connection was made: not the connect's, not counted"


_CONNECT_AGAIN = _lazy(r"\bconnect(?:ing)? to \S+ (?:port \d+|\S*:\d+)", needs=("connect",))


def _connects_again(folded: str, at: int) -> bool:
    """The line that holds position `at`, up to it, names a connect of its own."""
    start = folded.rfind("\n", 0, at) + 1
    return bool(_CONNECT_AGAIN.search(folded[start:at]))


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    if value < 60:
        return f"{value:.1f} s"
    minutes, rest = divmod(round(value), 60)
    return f"{minutes} min {rest:02d} s"


# ---- the index ----------------------------------------------------------------------------------


class ScenarioInfo(NamedTuple):
    id: str
    cause: str
    explanation: str
    extra: dict | None = None  # kind, protocol, family ... when the catalog has them


class Documented(NamedTuple):
    """A client's documented exit codes (the catalog's ExitCodes, without pydantic)."""

    source: str
    documented: bool
    codes: dict
    note: str = ""

    def model_dump(self) -> dict:
        return {
            "source": self.source,
            "documented": self.documented,
            "codes": dict(self.codes),
            "note": self.note,
        }


class ClientInfo(NamedTuple):
    id: str
    title: str
    note: str
    argv: tuple[str, ...]
    exit_codes: Documented | None
    protocol: str | None = None
    argv_ipv6: tuple[str, ...] | None = None  # the command for an IPv6 target, when it differs


class Index:
    def __init__(
        self,
        catalogs: Catalogs | None,
        observations: Iterable[Observation],
        scenarios: dict[str, ScenarioInfo] | None = None,
        clients: dict[str, ClientInfo] | None = None,
    ) -> None:
        self.catalogs = catalogs
        self.observations = tuple(observations)
        if catalogs is not None:
            scenarios, clients = _infos(catalogs)
        self.scenarios: dict[str, ScenarioInfo] = scenarios or {}
        self.client_infos: dict[str, ClientInfo] = clients or {}
        self.by_exit: dict[tuple[str, int | None], list[Observation]] = defaultdict(list)
        self.by_signature: dict[str, list[Observation]] = defaultdict(list)
        self.by_scenario: dict[str, list[Observation]] = defaultdict(list)
        causes_of_part: dict[str, set[str]] = defaultdict(set)
        self.parts: dict[str, tuple[str, ...]] = {}  # signature -> its folded lines
        self.produced_by: dict[str, frozenset[str]] = {}  # scenario -> conditions reported under it
        produced: dict[str, set[str]] = defaultdict(set)
        for o in self.observations:
            self.by_exit[(o.client, o.exit_key)].append(o)
            self.by_signature[o.signature].append(o)
            self.by_scenario[o.scenario].append(o)
            produced[o.scenario] |= o.conditions
            for part in _sig_parts(self, o.signature):
                causes_of_part[part].add(o.scenario)
        self.produced_by = {s: frozenset(c) for s, c in produced.items()}
        self.causes_of_part = dict(causes_of_part)
        # Lines printed when a server closed or reset, where a cause whose failure takes either
        # form (a forwarder) did not print them itself: that cause could have (context.py).
        swapping = {
            s
            for s, info in (scenarios or {}).items()
            if context.interchangeable(info.extra or {}) & context.CLOSING
        }
        self.closing_parts = {
            part
            for o in self.observations
            if o.conditions & context.CLOSING and swapping
            for part in _sig_parts(self, o.signature)
            if not causes_of_part[part] & swapping
        }
        self._line_cache: dict = {}
        self._shares: dict = {}
        self._by_client: dict[str, list[Observation]] = {}
        self._said: dict[tuple[str, frozenset[str]], bool] = {}
        self._behaviours: dict[tuple[str, str], tuple[str, ...]] = {}
        self._masked: dict[tuple[str, str], frozenset[tuple[str, tuple[str, ...]]]] = {}
        self._seen = context.seen("", None)
        self._reported: set[str] = set()
        self._http_client = False
        self._v6_stand_in: str | None = None
        self._fell_back = False  # the text's condition is one no cell recorded (see _fall_back)
        self.table: cond.Table | None = None  # the condition table, kept with a cached index
        self.texts_file: Path | None = None  # the cells' outputs, when kept apart (cache)
        self.cache_key = ""
        self.rebuild: Callable[[], Index] | None = None  # set on an index read from the cache
        self._texts: list[str] | None = None
        self._folded_signatures: dict[str, str] = {}
        self._pasted_lines: set[str] = set()
        self._found_parts: dict[str, frozenset[str]] = {}  # of the text being explained
        # IDF-like: a line seen under n causes weighs 1/n in a match.
        self.part_weight = {part: 1.0 / len(c) for part, c in causes_of_part.items()}

    @classmethod
    def build(cls, catalogs: Catalogs, runs: Iterable[Results]) -> Index:
        from .views import cell_views

        observations = []
        for res in runs:
            r = res.run
            for v in cell_views(res, catalogs):
                if v.status != "ran":
                    continue
                o = v.outcome
                text = o.stdout + "\n" + o.stderr
                observations.append(
                    Observation(
                        image=r.image,
                        profile=r.profile,
                        locale=r.locale,
                        client=v.client,
                        scenario=v.scenario,
                        exit_code=v.exit_code,
                        killed_at_cap=v.killed_at_cap,
                        signal=o.signal,
                        signature=v.signature,
                        key_line=v.key_line,
                        duration_s=v.duration_s,
                        text=text,
                        conditions=frozenset(_conditions_of(text)),
                        command=_command(o.argv),
                    )
                )
        return cls(catalogs, observations)

    def without(self, leave_out: Observation) -> Index:
        return Index(
            None, (o for o in self.observations if o is not leave_out), self.scenarios, self.client_infos
        )

    # ---- look-ups -----------------------------------------------------------------------------

    def clients(self) -> list[str]:
        return sorted({o.client for o in self.observations})

    def client_info(self, client: str) -> ClientInfo:
        try:
            return self.client_infos[client]
        except KeyError:
            raise UsageError(f"unknown client {client!r}; valid: {', '.join(self.client_infos)}") from None

    def cause(self, scenario: str) -> str:
        info = self.scenarios.get(scenario)
        return info.cause if info else scenario

    def documented(self, client: str) -> Documented | None:
        return self.client_info(client).exit_codes

    def by_client(self, client: str, exit_code: int | None = None) -> dict[int | None, Entry]:
        """Per exit code of `client` (all of them, or one), what was observed."""
        self.client_info(client)  # unknown names fail with the list of valid ones
        codes = sorted(
            {k[1] for k in self.by_exit if k[0] == client},
            key=lambda c: (c is None, c if c is not None else 0),
        )
        if exit_code is not None:
            codes = [exit_code]
        return {c: Entry(tuple(self.by_exit.get((client, c), ()))) for c in codes}

    def by_text(
        self, fragment: str, client: str | None = None, exit_code: int | None = None, killed: bool = False
    ) -> dict[tuple[str, str], Entry]:
        """Per (client, signature): cells whose output contains the fragment (case/accent-blind),
        optionally of one client, one exit code, or killed at the cap."""
        needle = fold(fragment.strip())
        if not needle and client is None and exit_code is None and not killed:
            raise UsageError('give a message fragment to look up, e.g. "Connection refused"')
        found: dict[tuple[str, str], list[Observation]] = defaultdict(list)
        containing = self._cells_containing(needle) if needle else set()
        for at, o in enumerate(self.observations):
            if client is not None and o.client != client:
                continue
            if (exit_code is not None and o.exit_key != exit_code) or (killed and not o.killed_at_cap):
                continue
            if not needle or at in containing or needle in self._folded_signature(o.signature):
                found[(o.client, o.signature)].append(o)
        return {k: Entry(tuple(v)) for k, v in sorted(found.items())}

    def _folded_signature(self, signature: str) -> str:
        """Folded once per signature (927 for 7,583 cells today), and kept in a cached index."""
        folded = self._folded_signatures.get(signature)
        if folded is None:
            folded = self._folded_signatures[signature] = fold(signature)
        return folded

    def folded_texts(self) -> list[str]:
        """Each observation's whole output, folded for search."""
        if self._texts is None:
            self._texts = [fold(o.text) for o in self.observations]
        return self._texts

    def _cells_containing(self, needle: str) -> set[int]:
        """The positions in self.observations of the cells whose folded output contains `needle`.
        A cached index searches its outputs file in place (15 MB: loading it cost a text look-up
        more than its whole search, issue 12), by distinct lines (_write_texts); a file removed or
        replaced under us is rebuilt."""
        if self.texts_file is not None and self._texts is None:
            with contextlib.suppress(OSError, UnpicklingError, EOFError, ValueError, TypeError):
                found = _search_texts(self.texts_file, self.cache_key, len(self.observations), needle)
                if found is not None:
                    return found
            if self.rebuild is not None:
                self._texts = self.rebuild().folded_texts()
        return {at for at, text in enumerate(self.folded_texts()) if needle in text}

    def unstable(self) -> dict[tuple[str, str, str, str], set[str]]:
        """Cells whose outcome differs between runs of the same image and locale (client, scenario,
        image, locale) -> the "exit N: signature" forms seen: a client racing with the network,
        not a property of the cause."""
        # Runs of another command are another measurement, not a flip: a results file made before
        # the catalog changed a client's command (nmap gained --reason) keeps its old outputs.
        seen: dict[tuple[str, str, str, str, str], set[str]] = defaultdict(set)
        for o in self.observations:
            seen[(o.client, o.scenario, o.image, o.locale, o.command)].add(f"{o.exit_text}: {o.signature}")
        out: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
        for (client, scenario, image, locale, _), forms in seen.items():
            if len(forms) > 1:
                out[(client, scenario, image, locale)] |= forms
        return dict(out)

    def ambiguous_signatures(self) -> dict[str, Entry]:
        return {
            s: Entry(tuple(obs)) for s, obs in self.by_signature.items() if len({o.scenario for o in obs}) > 1
        }

    def produced(self, scenario: str) -> set[str]:
        """Every condition some recorded client reported under this cause (with families)."""
        return set(self.produced_by.get(scenario, ()))

    # ---- explain ------------------------------------------------------------------------------

    def explain(
        self,
        text: str,
        client: str | None = None,
        exit_code: int | None = None,
        duration_s: float | None = None,
    ) -> Explanation:
        warnings: list[str] = []
        known = set(self.client_infos) or {o.client for o in self.observations}
        if client is not None and client not in known:
            warnings.append(
                f"no client {client!r} in the catalog: the message alone is used "
                f"(known: {', '.join(sorted(known))})"
            )
            client = None
        reading = read_input(text, client, exit_code, duration_s, known)
        pasted = (
            fold(scrub_pasted(_window(reading.text, reading.found), reading.host))
            if reading.text.strip()
            else ""
        )
        self._pasted_lines = {line.strip() for line in pasted.splitlines()}
        # The recorded lines found in the text (every recorded line is a key of causes_of_part), each
        # with the causes of every found line that holds it: a short line found inside a longer one
        # (a client's bare "connect: no route to host" inside Go's "dial tcp ...: connect: no route
        # to host") is only as rare as the longer one.
        found = [part for part in self.causes_of_part if self._found(part, pasted)] if pasted else []
        self._found_parts = {
            part: frozenset().union(*(self.causes_of_part[q] for q in found if part in q)) for part in found
        }
        if reading.client is None:
            reading = self._guess_client(reading, pasted)
        reading = self._delegate(reading, known)
        if reading.protocol is None:
            # UDP errors name it ("write udp", nmap's "/udp", PortUnreachableException) or come
            # from a UDP client; anything else is read as TCP.
            info = self.client_infos.get(reading.client or "")
            named = _transport(info.protocol if info else None)
            reading = reading._replace(protocol=named or "tcp", protocol_named=named is not None)
        decisive = set(reading.decisive)
        # A bare "could not connect" beside a TLS or certificate failure is that failure's sequel
        # (Ray's "Failed to connect to GCS" after gRPC's "No match found for server name"): the
        # server answered, and the handshake is what failed.
        if "connect-failed" in decisive and any(
            cond.closure({c}) & {"tls-failed", "cert-problem"} for c in decisive
        ):
            decisive.discard("connect-failed")
            reading = reading._replace(
                notes=reading.notes
                + ("connect-failed read as the TLS failure's sequel: the server answered",)
            )
        # A datagram is never connected: a UDP client's "Connection timed out" (mount.nfs over
        # udp, an RPC's retries) is a reply that never came, as the lab's UDP clients word it.
        timed = decisive & _TCP_TIMEOUTS if reading.protocol == "udp" else set()
        if timed:
            decisive = (decisive - timed) | {"udp-unanswered"}
            reading = reading._replace(
                notes=reading.notes + (f"{' / '.join(sorted(timed))} over UDP read as udp-unanswered",)
            )
        if (
            "net-unreachable" in decisive
            and len(decisive) > 1
            and context.unreachable_on_v6_only(reading.text)
        ):
            decisive = decisive - {"net-unreachable"}
            reading = reading._replace(
                notes=reading.notes
                + (
                    "Network is unreachable on IPv6 addresses only: this machine has no IPv6 route (common); "
                    "what the IPv4 attempts met is read",
                )
            )
        produced_any = set().union(*self.produced_by.values()) if self.produced_by else set()
        decisive, read_as = _fall_back(decisive, produced_any)
        self._fell_back = bool(read_as)
        if read_as:
            reading = reading._replace(notes=reading.notes + tuple(read_as))
        self._seen = context.seen(reading.text, reading.host, reading.port)
        # What the context rules read as said: the reported conditions, and a name mismatch that
        # cond.decisive set aside beside an untrusted issuer (the same for every cause scored).
        self._reported = set(reading.decisive) | {f.condition for f in reading.found} & {"cert-wrong-host"}
        # A timeout on an attempt known to be over IPv6 to another host (an IPv6 address timing out,
        # or a command forcing IPv6): under a cause that drops IPv6 behind a name, the lab's clients
        # fell back to IPv4, so the IPv6 DROP's cells say what this attempt meets. Not when the lines
        # that say timed out name IPv4 addresses only (the IPv6 ones failed otherwise).
        self._v6_stand_in = (
            self._ipv6_drop_twin()
            if "timed-out" in cond.closure(decisive)
            and not self._seen.v4_timed_out_only
            and (self._seen.v6_global or (self._seen.forced_v6 and self._seen.remote_target))
            else None
        )
        info = self.client_infos.get(reading.client or "")
        self._http_client = (
            any("http" in a for a in info.argv)
            if info
            else bool(
                re.search(r"https?://|\bHTTP/\d|\bcurl\b|\bwget\b|\bfetch\b|net::ERR_|\bGET\b", reading.text)
            )
        )
        scored: dict[str, tuple[float, list[Why], list[Observation]]] = {}
        excluded: list[Excluded] = []
        soft: list[tuple[str, float, list[Why], list[Observation], str]] = []
        # A cause must have produced every condition the text reports that some cause produced
        # (those none did are unknown to the matrix); when no cause produced them all together,
        # one of them is enough.
        known = decisive & produced_any
        require = known if known and any(known <= p for p in self.produced_by.values()) else set()
        for scenario, cells_all in self.by_scenario.items():
            result = self._score(scenario, cells_all, reading, decisive, pasted, require)
            kind, score, why, evidence, reason = result
            if kind == "excluded":
                excluded.append(Excluded(scenario, self.cause(scenario), reason))
            elif kind == "soft":
                soft.append((scenario, score, why, evidence, reason))
            elif kind == "scored":
                scored[scenario] = (score, why, evidence)
        if not scored and soft:
            # Everything left contradicts the exit code or the duration: say so, keep them.
            for scenario, score, why, evidence, _reason in soft:
                scored[scenario] = (
                    score,
                    why + [Why("kept although it contradicts the evidence: no cause fits better", 1.0)],
                    evidence,
                )
        else:
            excluded += [Excluded(s, self.cause(s), reason) for s, _, _, _, reason in soft]
        unknown = tuple(sorted(set(reading.decisive) - produced_any - set(_fallen(read_as))))
        total = sum(s for s, _, _ in scored.values()) or 1.0
        top = max((s for s, _, _ in scored.values()), default=0.0)
        candidates = tuple(
            sorted(
                (
                    Candidate(sid, self.cause(sid), round(score / total, 3), tuple(evidence), tuple(why))
                    for sid, (score, why, evidence) in scored.items()
                ),
                key=lambda c: (-c.score, c.scenario),
            )
        )
        # Ties are decided on the evidence; priors that only order (context.Rule.order) do not
        # separate causes whose outputs are the same, they put the likelier one first.
        evidence_of = {
            sid: score / _product(w.factor for w in why if w.evidence.startswith(ORDER_MARK))
            for sid, (score, why, _) in scored.items()
        }
        top_evidence = max(evidence_of.values(), default=0.0)
        tied = tuple(
            c.scenario
            for i, c in enumerate(candidates)
            if i == 0
            or evidence_of[c.scenario] >= top_evidence * TIE
            and scored[c.scenario][0] >= top * TIE**2
        )
        distinguishers: tuple[Distinction, ...] = ()
        told: tuple[str, ...] = tied
        if len(tied) > 1:
            distinguishers = self.tell_many(tied, reading.host, reading.port)
            # No client tells them all apart: tell apart the likeliest pair some client can (a closed
            # port and a REJECT with a TCP reset send the same RST: nothing tells those two apart).
            pairs = ((a, b) for i, a in enumerate(tied) for b in tied[i + 1 :])
            while not distinguishers and (pair := next(pairs, None)):
                distinguishers, told = self.tell_many(pair, reading.host, reading.port), pair
        nearest: tuple[str, ...] = ()
        if not candidates and not decisive and len(reading.text) <= 4000:
            lines = [
                fold(scrub_pasted(line, reading.host)) for line in reading.text.splitlines() if line.strip()
            ]
            nearest = self._nearest(lines)
        excluded.sort(key=lambda e: e.scenario)
        return Explanation(
            candidates,
            tied,
            distinguishers,
            nearest,
            tuple(excluded),
            reading,
            unknown,
            tuple(warnings),
            told,
        )

    def _delegate(self, reading: Reading, known: set[str]) -> Reading:
        """git and rsync hand an ssh:// or host:path remote to ssh, whose lines ("ssh: Could not
        resolve hostname ...") then say what failed: the lab's git dials over HTTP, so its cells
        would weigh another program's words."""
        if reading.client in _VIA_SSH and "ssh" in known and _SSH_LINE.search(reading.text):
            # (git's own exit code, 128, says nothing of ssh's failure)
            return reading._replace(
                client="ssh",
                client_from=f"{reading.client} over ssh (its lines start “ssh: ”)",
                exit_code=None,
                exit_from="",
            )
        return reading

    def _guess_client(self, reading: Reading, pasted: str) -> Reading:
        """A recorded line found verbatim, printed by one client only, names the client. A line that
        is only a condition's phrase names the client too when it is an error constant of its own
        (Chromium's ERR_PROXY_CONNECTION_FAILED): a constant is one program's vocabulary."""
        if not pasted:
            return reading
        clients: dict[str, str] = {}
        phrases = [fold(f.phrase) for f in reading.found]
        for sig, obs in self.by_signature.items():
            for part in _sig_parts(self, sig):
                if len(part) < 16 or not _found_as_own(part, pasted):
                    continue
                bare = _PLACEHOLDER.sub("", part).strip()
                if len(bare) < 16 or len(bare.split()) < 4:
                    # "connecting to <host>", "unable to connect" (Firefox's title and apt's line):
                    # words every program says, not one's own
                    continue
                if _specific(part, reading, phrases) or _CONSTANT.fullmatch(part):
                    for o in obs:
                        clients.setdefault(o.client, part)
        if len(clients) == 1:
            name, part = next(iter(clients.items()))
            return reading._replace(client=name, client_from=f"its recorded line “{part}”")
        return reading

    def _ipv6_drop_twin(self) -> str | None:
        """The scenario whose firewall drops TCP over IPv6: what a dropped IPv6 leg looks like."""
        for sid, info in self.scenarios.items():
            extra = info.extra or {}
            if (
                extra.get("kind") == "firewall"
                and extra.get("family") == "ipv6"
                and extra.get("protocol") == "tcp"
                and "-j DROP" in str(extra.get("rules", ""))
                and sid in self.by_scenario
            ):
                return sid
        return None

    def _score(
        self,
        scenario: str,
        cells_all: list[Observation],
        reading: Reading,
        decisive: set[str],
        pasted: str,
        require: set[str],
    ) -> tuple[str, float, list[Why], list[Observation], str]:
        """(kind, score, why, evidence, reason); kind is scored, excluded, soft (contradicts the exit
        code or the duration: excluded unless nothing else is left) or none (no evidence at all)."""
        why: list[Why] = []
        info = self.scenarios.get(scenario)
        extra = (info.extra or {}) if info else {}  # the catalog's fields of this cause
        twin = self._v6_stand_in
        if twin and twin != scenario and info and context.ipv6_dropped(extra):
            cells_all = self.by_scenario[twin]
            why.append(
                Why(
                    f"the attempt was over IPv6 and timed out: the lab's clients fell back to IPv4 under "
                    f"this cause, so the cells of {twin} (its dropped IPv6 leg) are its evidence",
                    1.0,
                )
            )
        # A route is looked up before any transport: a datagram meets the same missing route or
        # silent neighbour as a SYN, so the lab's TCP measurement of a route stands for UDP too.
        protocol = _transport(extra.get("protocol")) if extra.get("kind") != "route" else None
        client_has_none = bool(reading.client) and not any(o.client == reading.client for o in cells_all)
        if (
            reading.protocol
            and protocol
            and protocol != reading.protocol
            and (_about_transport(decisive) or (reading.protocol_named and client_has_none))
        ):
            return (
                "excluded",
                0.0,
                [],
                [],
                f"the output is {reading.protocol.upper()}'s; this cause is {protocol.upper()}",
            )
        client = reading.client
        own = [o for o in cells_all if o.client == client] if client else []
        soft_reason = ""
        # A client that never reported the text's condition in any of its recorded cells (the lab's
        # python3 never met a reset it could name) words it in a way the lab never recorded: its
        # cells cannot weigh the condition, all clients' can (its exit codes are read from them too).
        if own and decisive and not self._ever_said(client or "", decisive):
            own = []
        cells = own or cells_all
        who = client if own else "the recorded clients"
        score = 1.0
        positive = False
        evidence: list[Observation] = []
        # (b) the condition the text reports
        # A cause whose failure takes either of several forms (a forwarder closes or resets):
        # a text that reports one form is read as any of them for it.
        alike = context.interchangeable(extra) if info else set()
        swap = bool(alike and decisive & alike)
        if decisive:
            produced = self.produced(scenario)
            if swap and produced & alike:
                produced = produced | alike
            missing = require - produced
            if missing or not decisive & produced:
                names = " / ".join(sorted(missing or decisive))
                return ("excluded", 0.0, [], [], f"no recorded client ever reported {names} under this cause")
            # Each cell counts by the share of the reported conditions it reported too; a cell that
            # reported only a family of one (git's "Couldn't connect" for a text's connect timeout)
            # counts half for it. Squared: a cell that reported all of it outweighs several that
            # reported a part.
            # Cells that showed nothing at all (no output, a blank page) neither agree nor disagree:
            # a client that failed to run, not a behaviour of the cause.
            told = [o for o in cells if o.conditions or not _blank(o)] or cells
            blanks = len(cells) - len(told)
            forms = [(decisive - alike) | {c} for c in alike] if swap else [decisive]
            shares = [max(self._share(o, f) for f in forms) for o in told]
            agreeing = [
                o
                for _, o in sorted(
                    ((-sh, i), o) for i, (sh, o) in enumerate(zip(shares, told, strict=True)) if sh > 0
                )
            ]
            # Smoothed toward what the other recorded clients reported under this cause (a client
            # recorded in few runs borrows their behaviour), or toward one half for all clients.
            prior = 0.5
            if own:
                told_all = [o for o in cells_all if o.conditions or not _blank(o)] or cells_all
                kinds = Counter(o.conditions for o in told_all)  # few distinct sets
                prior = sum(n * max(self._share_of(c, f) for f in forms) for c, n in kinds.items()) / len(
                    told_all
                )
            factor = (sum(shares) + prior) / (len(told) + 1)
            # Not when the text's own condition is one no cell ever recorded (read as its family by
            # _fall_back): the client cannot have said it here, whatever it said instead.
            if (
                own
                and not self._fell_back
                and not any(shares)
                and all(o.conditions for o in told)
                and any(self._share(o, decisive) == 1.0 for o in self._client_cells(client or ""))
            ):
                # Seen or never, as for exit codes: this client said something else every time.
                said_instead = sorted({c for o in told for c in cond.leaves(set(o.conditions))})[:4]
                soft_reason = soft_reason or (
                    f"{client} never reported {' / '.join(sorted(decisive))} under this cause "
                    f"(it reported {', '.join(said_instead)})"
                )
            said = ", ".join(
                f"{f.condition} (“{f.phrase}”)" for f in reading.found if f.condition in decisive
            ) or ", ".join(  # a condition the matrix never produced, read as its nearest (_fall_back)
                f"{f.condition} (“{f.phrase}”, read as {' / '.join(sorted(decisive))})"
                for f in reading.found
                if f.condition in reading.decisive
            )
            whole = sum(1 for sh in shares if sh == 1.0)
            why.append(
                Why(
                    f"the text says {said}; {who} reported "
                    f"{'it' if len(decisive) == 1 else 'all of it'} in {whole} of "
                    f"{len(told)} recorded cells of this cause"
                    + (f" (part of it in {len(agreeing) - whole} more)" if len(agreeing) > whole else "")
                    + (f"; {blanks} more showed nothing" if blanks and told is not cells else ""),
                    factor,
                )
            )
            score *= factor
            positive = True
            evidence = agreeing
        elif own and reading.text.strip():
            quiet = [o for o in own if not o.conditions]
            factor = 1.0 if quiet else 0.2  # seen or never: how often varies with versions
            why.append(
                Why(
                    f"the text names no condition; {client} named none in {len(quiet)} of "
                    f"{len(own)} recorded cells of this cause",
                    factor,
                )
            )
            score *= factor
            evidence = quiet
        # (a) a recorded line found verbatim
        best_part, best_causes = "", 0
        for o in cells:
            for part in _sig_parts(self, o.signature):
                if part in self._found_parts and _specific(part, reading):
                    # a line of a closing or resetting server is also a forwarder's (context.py)
                    n = len(self._found_parts[part]) + (part in self.closing_parts)
                    if not best_part or n < best_causes or (n == best_causes and len(part) > len(best_part)):
                        best_part, best_causes = part, n
        if best_part:
            factor = 1.0 + 1.0 / best_causes
            why.append(
                Why(
                    f"a recorded line of this cause appears verbatim: “{best_part}” "
                    f"(seen under {best_causes} cause(s))",
                    factor,
                )
            )
            score *= factor
            positive = True
            evidence = [o for o in cells if best_part in _sig_parts(self, o.signature)] + [
                o for o in evidence if best_part not in _sig_parts(self, o.signature)
            ]
        elif swap and own and pasted:
            # The client's line for the other form of this failure, recorded under another cause,
            # is this cause's line too (one more cause shares it).
            other = ""
            for o in self.observations:
                if o.client == client and o.conditions & decisive & alike:
                    for part in _sig_parts(self, o.signature):
                        if part in self._found_parts and _specific(part, reading) and len(part) > len(other):
                            other = part
            if other:
                n = len(self.causes_of_part.get(other, ())) + 1
                factor = 1.0 + 1.0 / n
                why.append(
                    Why(
                        f"a line {client} prints for the other form of this failure appears verbatim: "
                        f"“{other}” (seen under {n - 1} other cause(s))",
                        factor,
                    )
                )
                score *= factor
        elif (
            own
            and pasted
            and (where := self._client_line_runs(client, pasted, reading))
            and where & {(o.image, o.locale) for o in own}
        ):
            # Only where this cause was recorded in the image and locale whose line was found: in
            # another version or language its lines could not have matched anyway.
            factor = 0.3
            why.append(
                Why(
                    f"the text has a line {client} printed under other causes, and none of "
                    f"the lines it printed under this one",
                    factor,
                )
            )
            score *= factor
        elif not reading.text.strip() and own:
            silent = [o for o in own if o.signature == "(no output)"]
            if silent:
                factor = 1.0
                why.append(
                    Why(
                        f"no output; {client} printed nothing in {len(silent)} of {len(own)} "
                        f"recorded cells of this cause",
                        factor,
                    )
                )
                score *= factor
                positive = True
                evidence = silent
        # the context: addresses, proxies, forwarders, known priors (runner/context.py)
        if positive and info is not None:
            # (with the conditions the text said that the matrix never produced: a rule may know them)
            implied = cond.closure(decisive | self._reported)
            for rule in context.rules(extra, self._seen, decisive, implied, self._http_client):
                why.append(Why((ORDER_MARK if rule.order else "") + rule.evidence, rule.factor))
                score *= rule.factor
        # the exit code, for the client that printed it
        if reading.exit_code is not None and own:
            same = [o for o in own if o.exit_key == reading.exit_code]
            seen = sorted({o.exit_text for o in own})
            if same:
                # Seen or never is what counts: how often varies with versions and profiles.
                factor = 1.0
                why.append(
                    Why(
                        f"{client} exit {reading.exit_code}: seen in {len(same)} of {len(own)} "
                        f"recorded cells of this cause",
                        factor,
                    )
                )
                positive = positive or not decisive
                evidence = [o for o in evidence if o in same] or same
            elif (
                reading.duration_s is not None
                and (own_times := [o.duration_s for o in own if o.duration_s is not None])
                and reading.duration_s > 1.5 * max(own_times)
                and min(own_times) >= 5 * QUICK_S  # a cause the client waits out
            ):
                # The lab's client was ended by its own timer; one that waits longer is ended by
                # the kernel instead (a SYN is given up after about 127 s), with another exit code.
                factor = 0.5
                why.append(
                    Why(
                        f"{client} never exited {reading.exit_code} under this cause, but it ran "
                        f"{_seconds(reading.duration_s)}, longer than the recorded client was allowed "
                        f"({_seconds(max(own_times))}): past its timer another limit ends it",
                        factor,
                    )
                )
            elif swap and any(o.conditions & alike for o in own):
                factor = 1.0
                why.append(
                    Why(
                        f"{client} never exited {reading.exit_code} under this cause; it exited "
                        f"{', '.join(seen)} on the other form of the same failure",
                        factor,
                    )
                )
            elif (
                self._seen.tls_handshake_cut
                and extra.get("kind") == "server"
                and any(o.conditions & context.CLOSING for o in own)
            ):
                # The lab's server spoke to plain HTTP requests: cut in a TLS handshake instead, the
                # same close or reset ends the client with its handshake's exit code (curl 35).
                factor = 1.0
                why.append(
                    Why(
                        f"{client} never exited {reading.exit_code} under this cause; it exited "
                        f"{', '.join(seen)} after a plain request, and the text shows a TLS "
                        "handshake cut off",
                        factor,
                    )
                )
            else:
                factor = 0.05
                soft_reason = (
                    f"{client} never exited {reading.exit_code} under this cause "
                    f"(recorded: {', '.join(seen)})"
                )
                why.append(Why(soft_reason, factor))
            score *= factor
        # the duration: a timeout's own clue
        if reading.duration_s is not None:
            durations = [
                o.duration_s for o in (evidence or cells) if o.duration_s is not None and not o.killed_at_cap
            ]
            if durations:  # one recorded failure is enough to say it is quick or waits
                lo, hi = min(durations), max(durations)
                d: float = reading.duration_s
                if lo >= QUICK_S and reading.decisive == ("transfer-timed-out",):
                    # A read that timed out on a made connection waited for the client's own read
                    # timer: how long it took says what that timer was set to, not which cause
                    # kept the answer away (the lab's recorded waits are its clients' own timers).
                    pass
                elif (
                    lo >= QUICK_S and d < lo / 4 and (d >= WAITED_S or (d >= TIMER_S and _own_timer(reading)))
                ):
                    # Shorter than the lab's clients waited, but a wait all the same: a timer set by
                    # an option or another OS's (Windows gives up a SYN after 21 s, macOS after 75 s);
                    # a text that says its timer ran out may have set it to a second (acme.sh's curl).
                    why.append(
                        Why(
                            f"it ended after {_seconds(d)}, sooner than this cause's recorded failures "
                            f"({_seconds(lo)}–{_seconds(hi)}): a shorter timer (an option, another OS)",
                            0.7,
                        )
                    )
                    score *= 0.7
                elif lo >= QUICK_S and d < lo / 4:
                    soft_reason = soft_reason or (
                        f"it ended after {_seconds(d)}; under this cause the quickest recorded "
                        f"failure took {_seconds(lo)} (it waits for a timeout)"
                    )
                    why.append(Why(soft_reason, 0.0))
                    score *= 0.01
                elif hi < QUICK_S and d >= 10 and d > 20 * hi:
                    soft_reason = soft_reason or (
                        f"it took {_seconds(d)}; under this cause every recorded failure ended "
                        f"within {_seconds(hi)}"
                    )
                    why.append(Why(soft_reason, 0.0))
                    score *= 0.01
                elif (hi < QUICK_S and d >= 5) or (lo >= QUICK_S and d >= 10 and d > 10 * hi):
                    # far longer than this cause ever took (ARP gives up in 3 s, a SYN in 127 s)
                    why.append(
                        Why(
                            f"it took {_seconds(d)}; under this cause recorded failures "
                            f"ended within {_seconds(hi)}",
                            0.2,
                        )
                    )
                    score *= 0.2
                # (a bonus needs two; recorded failures all of one length are a kernel's fixed
                # timer, ARP's three seconds, which a failure a third sooner did not meet)
                elif (
                    lo >= QUICK_S
                    and lo * (0.8 if hi <= 1.25 * lo else 0.5) <= d <= 4 * hi
                    and len(durations) > 1
                ):
                    why.append(
                        Why(
                            f"it took {_seconds(d)}, like this cause's recorded failures "
                            f"({_seconds(lo)}–{_seconds(hi)})",
                            1.5,
                        )
                    )
                    score *= 1.5
        if not positive:
            return ("none", 0.0, why, [], "")
        if soft_reason:
            return ("soft", score, why, evidence[:20], soft_reason)
        return ("scored", score, why, evidence[:20], "")

    def _ever_said(self, client: str, decisive: set[str]) -> bool:
        """Whether any recorded cell of the client reported (a part of) these conditions."""
        key = (client, frozenset(decisive))
        got = self._said.get(key)
        if got is None:
            got = self._said[key] = any(self._share(o, decisive) > 0 for o in self._client_cells(client))
        return got

    def _client_cells(self, client: str) -> list[Observation]:
        cells = self._by_client.get(client)
        if cells is None:
            cells = self._by_client[client] = [o for o in self.observations if o.client == client]
        return cells

    def _share(self, o: Observation, decisive: set[str]) -> float:
        """How much of the text's conditions this cell reported (squared), a family counting half."""
        return self._share_of(o.conditions, decisive)

    def _share_of(self, conditions: frozenset[str], decisive: set[str]) -> float:
        key = (conditions, frozenset(decisive))
        got = self._shares.get(key)
        if got is None:
            total = 0.0
            leaves = cond.leaves(set(conditions)) if conditions else set()
            for d in decisive:
                if d in conditions:
                    total += 1.0
                    continue
                above = cond.closure({d}) - {d}
                if leaves and leaves <= above | {"connected"} and leaves & above:
                    # a family counts half, a family of a family a quarter: "the proxy failed" says
                    # little about "the proxy refused the connection"
                    total += 0.5 ** min(cond.distance(d, leaf) for leaf in leaves & above)
            got = self._shares[key] = (total / len(decisive)) ** 2
        return got

    def _found(self, part: str, pasted: str) -> bool:
        """A recorded line is in the pasted text: as a whole line, or inside one when it is long
        enough not to match by chance."""
        return part in self._pasted_lines or (len(part) >= 8 and part in pasted)

    def _client_line_runs(self, client: str | None, pasted: str, reading: Reading) -> frozenset:
        """The images and locales in which the client printed a line found in the pasted text."""
        key = (client, pasted)
        cached = self._line_cache.get(key)
        if cached is None:
            runs: dict[str, set[tuple[str, str]]] = defaultdict(set)
            for o in self._client_cells(client or ""):
                runs[o.signature].add((o.image, o.locale))
            cached = frozenset().union(
                *(
                    where
                    for sig, where in runs.items()
                    if any(p in self._found_parts and _specific(p, reading) for p in _sig_parts(self, sig))
                )
            )
            self._line_cache = {key: cached}
        return cached

    def _nearest(self, lines: Sequence[str], count: int = 3) -> tuple[str, ...]:
        import difflib

        def similarity(signature: str) -> float:
            parts = _sig_parts(self, signature)
            if not parts or not lines:
                return 0.0
            total = 0.0
            for part in parts:
                total += max(
                    (
                        difflib.SequenceMatcher(None, part, line).ratio()
                        for line in lines
                        if len(line) <= FUZZY_MAX
                    ),
                    default=0.0,
                )
            return total / len(parts)

        scored = sorted(((similarity(sig), sig) for sig in self.by_signature), reverse=True)
        return tuple(sig for score, sig in scored[:count] if score > 0.2)

    # ---- tell ---------------------------------------------------------------------------------

    def _behaviour(self, client: str, scenario: str) -> tuple[str, ...]:
        if not self._behaviours:  # every (client, cause) at once: tell_many asks for most of them
            seen: dict[tuple[str, str], set[str]] = defaultdict(set)
            masked: dict[tuple[str, str], set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
            for o in self.observations:
                seen[(o.client, o.scenario)].add(f"{o.exit_text}: {o.signature}")
                masked[(o.client, o.scenario)].add((o.exit_text, _sig_parts(self, o.signature)))
            self._behaviours = {k: tuple(sorted(v)) for k, v in seen.items()}
            self._masked = {k: frozenset(v) for k, v in masked.items()}
        return self._behaviours.get((client, scenario), ())

    def _seen_as(self, client: str, scenario: str) -> frozenset[tuple[str, tuple[str, ...]]]:
        """The client's behaviours under a cause as a person's paste is compared with them: the lab's
        own addresses masked (traceroute's "1 localhost (127.0.0.1)" and "1 203.0.113.80 (...)" are
        one behaviour: which address answered is the lab's choice, not the cause's)."""
        self._behaviour(client, scenario)
        return self._masked.get((client, scenario), frozenset())

    def alike(self, client: str, a: str, b: str) -> bool:
        """The client showed the same thing under both causes at least once (it cannot tell them apart)."""
        return bool(self._seen_as(client, a) & self._seen_as(client, b))

    def tell(self, a: str, b: str) -> tuple[Distinction, ...]:
        for sid in (a, b):
            if self.scenarios and sid not in self.scenarios:
                raise UsageError(f"unknown scenario {sid!r}; valid: {', '.join(self.scenarios)}")
        out = []
        for client in self.clients():
            ba, bb = self._behaviour(client, a), self._behaviour(client, b)
            if ba and bb:
                out.append(
                    Distinction(
                        client, ba, bb, tells=not self.alike(client, a, b), command=self.command(client)
                    )
                )
        return tuple(sorted(out, key=lambda d: (not d.tells, d.client)))

    def tell_many(
        self, scenarios: Sequence[str], host: str | None = None, port: int | None = None
    ) -> tuple[Distinction, ...]:
        """Clients whose outputs differ across every pair of these causes."""
        telling = []
        for client in self.clients():
            behaviours = [self._behaviour(client, s) for s in scenarios]
            if not all(behaviours):
                continue
            pairwise = all(
                not self.alike(client, scenarios[i], scenarios[j])
                for i in range(len(scenarios))
                for j in range(i + 1, len(scenarios))
            )
            if pairwise:
                telling.append(
                    Distinction(
                        client,
                        behaviours[0],
                        behaviours[1],
                        tells=True,
                        command=self.command(client, host, port),
                    )
                )
        return tuple(telling)

    def command(self, client: str, host: str | None = None, port: int | None = None) -> str:
        """The client's command line from the catalog, with the user's host and port filled in
        (HOST and PORT where they are not known)."""
        import shlex

        info = self.client_infos.get(client)
        if info is None:
            return client
        name = host.strip("[]") if host else "HOST"  # (a paste's "[::1]:80" gives "[::1]")
        values = {
            "host": name,
            # (an IPv6 address in brackets where a URL or HOST:PORT holds it, as the lab writes it)
            "url_host": f"[{name}]" if ":" in name else name,
            "port": str(port) if port else "PORT",
            "timeout": "10",
            "wait": "2",
        }
        template = info.argv_ipv6 if ":" in name and info.argv_ipv6 else info.argv  # (nmap -6)
        argv = [re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), a) for a in template]
        # Internal wrappers (the lab's nm-firefox) are shown as the program a person runs.
        if argv and argv[0].startswith("nm-"):
            argv[0] = argv[0][3:]
        return shlex.join(argv)


WINDOW = 65536


def _window(text: str, found: Sequence[cond.Found]) -> str:
    """The part of a long paste the recorded lines are looked for in: its head and tail, and the
    lines that name a condition. Keeps explain linear (1 MB in well under 2 s)."""
    if len(text) <= WINDOW:
        return text
    lines = list(dict.fromkeys(text.splitlines()))  # a log repeats itself
    deduped = "\n".join(lines)
    if len(deduped) <= WINDOW:
        return deduped
    keep = [deduped[: WINDOW // 2], deduped[-WINDOW // 2 :]]
    folded = fold(deduped)
    if len(folded) == len(deduped):  # positions agree (ASCII and most Latin text)
        for f in found:
            at = folded.find(fold(f.phrase))
            if at >= 0:
                start = deduped.rfind("\n", 0, at) + 1
                end = deduped.find("\n", at)
                keep.append(deduped[start : end if end >= 0 else None])
    return "\n".join(keep)


_CONSTANT = _lazy(r"[a-z]+(?:_[a-z0-9]+){2,}")  # ERR_PROXY_CONNECTION_FAILED, SEC_ERROR_UNKNOWN_ISSUER
_PLACEHOLDER = _lazy(r"<\w+>")  # a placeholder of a normalised signature

_BLANK = _lazy(r"^(?:\(no output\)|<html><head></head><body></body></html>|title:)?$")


def _blank(o: Observation) -> bool:
    return bool(_BLANK.match(o.signature.strip()))


def _fall_back(decisive: set[str], produced: set[str]) -> tuple[set[str], list[str]]:
    """A condition no recorded cell ever reported is read as the nearest one the matrix knows: the
    same status from another reporter ('gateway-error:502' as 'proxy-status:502': a proxy's 502
    page and curl's 'CONNECT tunnel failed, response 502' are the same answer), else its family
    ('cert-unknown-ca' as 'cert-untrusted'). So a recognised condition always yields candidates."""
    if not produced:
        return decisive, []
    out: set[str] = set()
    notes: list[str] = []
    for d in sorted(decisive):
        if d in produced:
            out.add(d)
            continue
        base, _, status = d.partition(":")
        alike = sorted(p for p in produced if status and p.endswith(":" + status))
        if alike:
            out.update(alike)
            notes.append(f"{d} is not in the matrix; read as {' / '.join(alike)} (the same status)")
            continue
        # RFC 9110 section 15: the first digit is the class (5xx: the server side, here the proxy
        # or gateway, failed to do what was asked). A gateway's error named without its status
        # (Squid's X-Squid-Error header) is a 5xx all the same: 502, 503 or 504.
        klass = status[:1] or ("5" if base == "gateway-error" else "")
        alike = sorted(
            p for p in produced if klass.isdigit() and p.rpartition(":")[2][:1] == klass and ":" in p
        )
        # Within 4xx, 407 alone asks for credentials (RFC 9110 section 15.5.8); any other client
        # error a proxy answers CONNECT with (405 Method Not Allowed, 400) refuses the tunnel.
        if klass == "4" and status != "407":
            alike = [p for p in alike if not p.endswith(":407")] or alike
        if alike:
            out.update(alike)
            notes.append(f"{d} is not in the matrix; read as {' / '.join(alike)} (the same status class)")
            continue
        t = cond.table()
        todo: list[str] = [base]
        seen_: set[str] = set()
        found: list[str] = []
        while todo and not found:
            nxt: list[str] = []
            for c in todo:
                for parent in t.conditions.get(c, {}).get("implies", []):
                    if parent in seen_:
                        continue
                    seen_.add(parent)
                    (found if parent in produced else nxt).append(parent)
            todo = nxt
        if found:
            out.update(found)
            notes.append(f"{d} is not in the matrix; read as {' / '.join(sorted(found))} (its family)")
        else:
            out.add(d)
    return out, notes


def _fallen(notes: list[str]) -> list[str]:
    return [n.split(" ", 1)[0] for n in notes]


def _transport(protocol: str | None) -> str | None:
    """tcp, tcp6, http ... -> tcp; udp, udp6 -> udp; anything else (dns, tls ...) -> None."""
    if not protocol:
        return None
    p = protocol.lower()
    return "udp" if "udp" in p else "tcp" if "tcp" in p else None


def _about_transport(decisive: set[str]) -> bool:
    """The output reports what happened to a connection (refused, timed out, reset ...), not
    what a resolver, a TLS library or a proxy said: only then does an assumed TCP exclude UDP."""
    t = cond.table()
    return bool(decisive) and all(t.implied(c.split(":", 1)[0]) & set(t.transport) for c in decisive)


def _found_as_own(part: str, pasted: str) -> bool:
    """The recorded line is in the text as a line of its own, not as the last link of another
    program's chain of causes: traceroute's "connect: no route to host" inside Go's "dial tcp ...:
    connect: no route to host" says nothing of traceroute, nor inside flatpak's "Could not
    connect: No route to host". Only a line that begins with a system call's name ("connect: ",
    "read: ") is such a link, and it is the program's own (perror's) only at the start of a line;
    "dial tcp: lookup ..." after "The error encountered was: " is still Go's own line."""
    start = pasted.find(part)
    if start < 0 or not _SYSCALL_LINK.match(part):
        return start >= 0
    while start >= 0:
        if not pasted[pasted.rfind("\n", 0, start) + 1 : start].strip():
            return True
        start = pasted.find(part, start + 1)
    return False


_SYSCALL_LINK = _lazy(r"[a-z]+: ")


def _specific(part: str, reading: Reading, phrases: list[str] | None = None) -> bool:
    """A recorded line says more than the condition it names: a bare "Connection refused" (links)
    or "Connection closed by foreign host." is the condition again, not a second piece of evidence;
    nor is a line found inside the phrase itself (a client's bare "SSL error" inside Apple's "An SSL
    error has occurred and a secure connection to the server cannot be made")."""
    rest = part
    for phrase in phrases if phrases is not None else [fold(f.phrase) for f in reading.found]:
        if part in phrase:
            return False
        rest = rest.replace(phrase, "")
    return rest == part or len(re.sub(r"<\w+>|[^a-z]", "", rest)) >= 6


def _conditions_of(text: str) -> set[str]:
    return cond.closure({f.condition for f in cond.recognise(text)})


def _flat(value: object) -> str:
    """A catalog field as one string (tuples of addresses or rules joined by spaces)."""
    if isinstance(value, (tuple, list)):
        return " ".join(_flat(v) for v in value)
    return str(value)


def _infos(catalogs: Catalogs) -> tuple[dict[str, ScenarioInfo], dict[str, ClientInfo]]:
    scenarios = {}
    for s in catalogs.scenarios.scenarios:
        extra = {
            k: v
            for k in (
                "kind",
                "protocol",
                "family",
                "service",
                "host",
                "listen",
                "drop",
                "hosts",
                "rules",
                "proxy",  # Chromium's tunnel error is not a 407 (context.rules)
                "drop_larger_than",  # an MTU black hole needs a path (context.rules)
                "proxy_scheme",
                "certificate",  # the context's priors read these three (context.rules, 7)
                "certificate_for",
                "answer",
                "route",  # route-none's prior (context.rules, 7)
                "resolver",  # dns-no-server's prior (a loopback resolver inside a container)
            )
            if (v := getattr(s, k, None)) not in (None, (), "")
        }
        scenarios[s.id] = ScenarioInfo(s.id, s.cause, s.explanation, {k: _flat(v) for k, v in extra.items()})
    clients = {}
    for c in catalogs.clients.clients:
        doc = c.exit_codes
        clients[c.id] = ClientInfo(
            c.id,
            c.title,
            c.note,
            tuple(c.argv),
            Documented(doc.source, doc.documented, dict(doc.codes), doc.note) if doc else None,
            str(getattr(c, "protocol", "") or "") or None,
            tuple(c.argv_ipv6) if c.argv_ipv6 else None,
        )
    return scenarios, clients


# ---- loading, with a cache on disk ----------------------------------------------------------------

_CODE = (
    "xref.py",
    "conditions.py",
    "conditions_data.json",
    "context.py",  # which causes' lines count for a forwarder is computed into the cached index
    "normalize.py",
    "lazy_regex.py",  # normalize picks the cells' key lines with it
    "views.py",
    "models.py",
    "catalog.py",
)


def _dirs(results_dirs: Path | Sequence[Path] | None) -> list[Path]:
    if results_dirs is None:
        from . import paths

        return paths.results_dirs()
    return [results_dirs] if isinstance(results_dirs, (str, Path)) else [Path(d) for d in results_dirs]


def _inputs(results_dirs: Sequence[Path], catalog_files: Sequence[Path] | None) -> list[Path]:
    if catalog_files is None:
        from . import paths

        catalog_files = [paths.CLIENTS_FILE, paths.SCENARIOS_FILE]
    files = list(catalog_files)
    files += [Path(__file__).with_name(name) for name in _CODE]
    for directory in results_dirs:
        with contextlib.suppress(OSError):
            files += sorted(
                p
                for p in Path(directory).glob("*.json")
                if not p.name.startswith(".") and ".partial." not in p.name
            )
    return files


def cache_key(
    results_dirs: Path | Sequence[Path] | None = None, catalog_files: Sequence[Path] | None = None
) -> str:
    """What the index is built from: every input's path, size and modification time (catalogs,
    results files, this code), and the format of the cache itself (a pickled index is only read
    back by the code that wrote it)."""
    lines = [f"netmatrix index {CACHE_FORMAT} python {sys.version_info[:2]}"]
    for p in _inputs(_dirs(results_dirs), catalog_files):
        try:
            st = p.stat()
            lines.append(f"{p}\0{st.st_size}\0{st.st_mtime_ns}")
        except OSError:
            lines.append(f"{p}\0missing")
    return "\n".join(lines)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "netmatrix"


def load(
    results_dirs: Path | Sequence[Path] | None = None,
    use_cache: bool = True,
    catalog_files: Sequence[Path] | None = None,
    build: Callable[[], Index] | None = None,
) -> Index:
    """The index of every results file, from the cache when its inputs have not changed.

    results_dirs: the folders of results files (default: the project's results/);
    catalog_files: the clients.yaml and scenarios.yaml in use (default: the project's);
    build: makes the index on a cache miss (default: those catalogs and results, read here).
    Only a miss imports the catalog and results modules (pydantic, yaml)."""
    directories = _dirs(results_dirs)
    key = cache_key(directories, catalog_files)

    def rebuild() -> Index:
        if build is not None:
            return build()
        from . import catalog, results

        runs = [r for d in directories for r in results.load_all(d)]
        if not runs:
            from .errors import NetmatrixError

            raise NetmatrixError(
                f"no results in {' or '.join(map(str, directories))}; run `netmatrix run` first"
            )
        return Index.build(catalog.load(*catalog_files) if catalog_files else catalog.load(), runs)

    # zlib's crc32 names the file (hashlib's import costs 10 ms); the whole key is checked inside.
    path = cache_dir() / f"index-{zlib.crc32(key.encode()):08x}.pickle"
    if use_cache and os.environ.get("NETMATRIX_NO_CACHE") != "1":
        try:
            with open(path, "rb") as fh, _collector_paused():
                stored_key, index = _unpickle(fh)
            if stored_key == key and isinstance(index, Index):
                index.cache_key = key
                index.rebuild = rebuild
                if index.table is not None:
                    cond.install(index.table)
                return index
        except (
            OSError,
            UnpicklingError,
            EOFError,
            AttributeError,
            ImportError,
            TypeError,
            ValueError,
        ):
            pass
    index = rebuild()
    if use_cache:
        _save(index, path, key)
    return index


# The outputs file of a cached index: a pickled header (cache key, where each cell's output
# starts, where each distinct line starts and where its cells' numbers start), then the distinct
# lines of all outputs, each followed by a newline; the numbers (uint32) of the cells each line is
# in; the folded outputs in UTF-8, each followed by a NUL (which no folded output holds:
# _write_texts replaces it). A needle without a line break matches within one line: it is looked
# for in the distinct lines, 2 MB, instead of the outputs, 12 MB, most of which is Chromium's
# error page repeated (70 kB a cell); one with a line break is looked for in the outputs, where a
# match without NUL lies within one output. A substring of the UTF-8 bytes is a substring of the
# text (UTF-8 is self-synchronising).


def _write_texts(path: Path, key: str, texts: Sequence[str]) -> None:
    import pickle
    from array import array
    from itertools import accumulate, chain

    clean = [t.replace("\0", " ") for t in texts]
    bodies = [t.encode(errors="surrogatepass") + b"\0" for t in clean]
    starts = list(accumulate((len(b) for b in bodies[:-1]), initial=0)) if bodies else []
    ids: dict[str, int] = {}
    cells_of: list[list[int]] = []
    for cell, text in enumerate(clean):
        for line in set(text.split("\n")):
            at = ids.setdefault(line, len(cells_of))
            if at == len(cells_of):
                cells_of.append([])
            cells_of[at].append(cell)
    lines = [line.encode(errors="surrogatepass") + b"\n" for line in ids]
    # (one entry more than there are lines: where the last one ends)
    line_starts = array("I", accumulate((len(b) for b in lines), initial=0))
    cell_starts = array("I", accumulate((len(c) for c in cells_of), initial=0))
    with open(path, "wb") as fh:
        header = (key, starts, line_starts.tobytes(), cell_starts.tobytes())
        pickle.dump(header, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.writelines(lines)
        fh.write(array("I", chain.from_iterable(cells_of)).tobytes())
        fh.writelines(bodies)


def _search_texts(path: Path, key: str, count: int, needle: str) -> set[int] | None:
    """The cells whose output holds `needle`, found in the file in place (mmap); None when the file
    is not the one written with this index."""
    import bisect
    import mmap
    from array import array

    with open(path, "rb") as fh:
        stored_key, starts, line_bytes, cell_bytes = _unpickle(fh)
        if stored_key != key or len(starts) != count:
            return None
        line_starts, cell_starts = array("I"), array("I")
        line_starts.frombytes(line_bytes)
        cell_starts.frombytes(cell_bytes)
        lines_at = fh.tell()
        numbers_at = lines_at + line_starts[-1]
        base = numbers_at + 4 * cell_starts[-1]
        if os.fstat(fh.fileno()).st_size <= base:
            return set()
        wanted = needle.replace("\0", " ").encode(errors="surrogatepass")
        found: set[int] = set()
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            if b"\n" not in wanted:
                numbers = memoryview(mm)[numbers_at:base].cast("I")
                try:
                    pos = mm.find(wanted, lines_at, numbers_at)
                    while pos >= 0:
                        line = bisect.bisect_right(line_starts, pos - lines_at) - 1
                        found.update(numbers[cell_starts[line] : cell_starts[line + 1]])
                        # (on from the next line: this one's cells are in)
                        pos = mm.find(wanted, lines_at + line_starts[line + 1], numbers_at)
                finally:
                    numbers.release()
                return found
            pos = mm.find(wanted, base)
            while pos >= 0:
                cell = bisect.bisect_right(starts, pos - base) - 1
                found.add(cell)
                if cell + 1 >= count:
                    break
                pos = mm.find(wanted, base + starts[cell + 1])  # the next cell's output on
            return found


@contextlib.contextmanager
def _collector_paused():
    """Unpickling makes thousands of objects, each of which counts towards a garbage collection
    that finds nothing to free: paused, the load takes 5 ms instead of 8 (issue 12's start time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # The index lives as long as the process: frozen, no later collection scans its objects
        # again (each would walk all of them; gc.freeze, Python 3.7+).
        gc.freeze()
        if enabled:
            gc.enable()


def _save(index: Index, path: Path, key: str) -> None:
    """Write the cache atomically; an unwritable cache directory only costs speed.

    Two files: the index without the cells' whole outputs (what every answer needs, 1.2 MB), and
    the outputs with their distinct lines (15 MB), which only a text look-up reads."""
    import pickle

    texts_path = path.with_name(path.name.replace("index-", "texts-")).with_suffix(".bin")
    # Cells share most of their fields (927 signatures, 70 condition sets for 7,583 cells): one
    # object each halves the file and its load time (pickle keeps one copy of an object, not of
    # equal ones).
    shared: dict = {}
    state = Index(
        None,
        (
            Observation._make(
                shared.setdefault(v, v) if isinstance(v, str | frozenset) else v for v in o._replace(text="")
            )
            for o in index.observations
        ),
        index.scenarios,
        index.client_infos,
    )
    state.table = cond.table()
    # What answers compute from the cells alone, computed once: every (client, cause)'s behaviours
    # (which tell_many reads) and the folded signatures (which a text look-up reads).
    state._behaviour("", "")
    for signature in state.by_signature:
        state._folded_signature(signature)
    state.texts_file = texts_path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in [
            *path.parent.glob("index-*.pickle"),
            *path.parent.glob("texts-*.bin"),
            *path.parent.glob("texts-*.pickle"),
        ]:
            if old not in (path, texts_path):
                old.unlink(missing_ok=True)
        tmp = texts_path.with_suffix(f".{os.getpid()}.tmp")
        _write_texts(tmp, key, index.folded_texts())
        os.replace(tmp, texts_path)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump((key, state), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


# ---- queries like the site's search ------------------------------------------------------------


class Query(NamedTuple):
    client: str | None
    exit_code: int | None
    killed: bool
    text: str


def parse_query(query: str, clients: Iterable[str]) -> Query:
    """ "curl 28", "wget exit 4", "exit 7", "killed", "curl refused": the same syntax as the site's
    search box (runner/sitefiles/static/search.js): filters first, the rest is text to find."""
    known = set(clients)
    words = query.split()
    client: str | None = None
    code: int | None = None
    killed = False
    rest: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        low = w.lower()
        m = re.fullmatch(r"exit[:=]?(\d+)", low)
        if m:
            code = int(m.group(1))
        elif low == "exit" and i + 1 < len(words) and words[i + 1].isdigit():
            code = int(words[i + 1])
            i += 1
        elif low == "killed":
            killed = True
        elif client is None and low in known:
            client = low
        elif client is not None and code is None and re.fullmatch(r"\d{1,3}", w):
            code = int(w)
        else:
            rest.append(w)
        i += 1
    return Query(client, code, killed, " ".join(rest))


def causes_for_text(
    index: Index, text: str, client: str | None = None, exit_code: int | None = None
) -> list[str]:
    """The causes explain gives for this text, best first: what the site's search can show beside
    its matching cells, so that both give the same causes for the same text."""
    if not text.strip():
        return []
    return [c.scenario for c in index.explain(text, client=client, exit_code=exit_code).candidates]

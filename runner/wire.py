"""Turn a tcpdump capture of a pod's loopback into a readable exchange per cell.

Each pod holds one client, and each of its cells targets a different port, so a cell's packets are
the ones to or from its port, plus ICMP errors quoting it. The summary reads like the article's
captures: "SYN → RST,ACK", "SYN → ICMP port-unreachable", "SYN ×3, no answer".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable

from .models import Wire

MAX_PACKETS = 200  # lines kept per cell; a summary covers them all

# 1700000000.123456 IP 127.0.0.1.45678 > 127.0.0.1.60001: Flags [S], seq 1, ..., length 0
_TCP = re.compile(r"^(?P<t>[\d.]+) IP6? (?P<src>\S+)\.(?P<sport>\d+) > (?P<dst>\S+)\.(?P<dport>\d+): "
                  r"Flags \[(?P<flags>[^\]]*)\].*?length (?P<len>\d+)")
# 1700000000.123456 IP 127.0.0.1.45678 > 127.0.0.1.60011: UDP, length 5
_UDP = re.compile(r"^(?P<t>[\d.]+) IP6? (?P<src>\S+)\.(?P<sport>\d+) > (?P<dst>\S+)\.(?P<dport>\d+): "
                  r"UDP, length (?P<len>\d+)")
# 1700000000.1 IP 127.0.0.1 > 127.0.0.1: ICMP 127.0.0.1 tcp port 60000 unreachable, length 68
_ICMP = re.compile(r"^(?P<t>[\d.]+) IP6? \S+ > \S+: ICMP6? (?:\S+ )?(?P<proto>tcp|udp) port (?P<port>\d+) "
                   r"(?P<what>[\w -]+?), length")

_FLAG_NAMES = {"S": "SYN", "F": "FIN", "R": "RST", "P": "PSH", "U": "URG", "E": "ECE", "W": "CWR"}


@dataclass(frozen=True)
class Packet:
    time: float
    from_client: bool
    label: str  # SYN, SYN-ACK, RST,ACK, data, ICMP port-unreachable ...
    client_port: int | None  # the client's source port: one per connection
    line: str


def _tcp_label(flags: str, length: int) -> str:
    names = [_FLAG_NAMES[f] for f in flags if f in _FLAG_NAMES]
    if "." in flags:
        names.append("ACK")
    if names[:1] == ["SYN"] and "ACK" in names:
        return "SYN-ACK"
    if length and "SYN" not in names:
        names = [n for n in names if n not in ("PSH", "ACK")]
        label = f"data {length} B"
        return ",".join([label, *names]) if names else label
    return ",".join(names) or "?"


def _udp_label(m: re.Match) -> str:
    return f"datagram {m['len']} B"


# A TCP or UDP line to or from the port, and how to name its packet.
_TRANSPORTS = ((_TCP, lambda m: _tcp_label(m["flags"], int(m["len"]))), (_UDP, _udp_label))


def parse(capture: str, port: int) -> list[Packet]:
    """The packets of one cell: to or from `port`, and ICMP errors about it."""
    packets = []
    for line in capture.splitlines():
        for pattern, label_of in _TRANSPORTS:
            m = pattern.match(line)
            if m:
                sport, dport = int(m["sport"]), int(m["dport"])
                if port in (sport, dport):
                    from_client = dport == port
                    packets.append(Packet(float(m["t"]), from_client, label_of(m),
                                          sport if from_client else dport, line))
                break
        else:
            m = _ICMP.match(line)
            if m and int(m["port"]) == port:
                what = "port-unreachable" if m["what"] == "unreachable" else m["what"].replace(" ", "-")
                packets.append(Packet(float(m["t"]), False, f"ICMP {what}", None, line))
    return packets


def _compress(labels: Iterable[tuple[bool, str]]) -> list[tuple[bool, str, int]]:
    out: list[tuple[bool, str, int]] = []
    for from_client, label in labels:
        if out and out[-1][0] == from_client and out[-1][1] == label:
            out[-1] = (from_client, label, out[-1][2] + 1)
        else:
            out.append((from_client, label, 1))
    return out


def _render(events: list[tuple[bool, str, int]]) -> str:
    text = ""
    previous: bool | None = None
    for from_client, label, count in events:
        token = label if count == 1 else f"{label} ×{count}"
        if previous is None:
            text = token if from_client else f"← {token}"
        else:
            text += ", " + token if from_client == previous else " → " + token
        previous = from_client
    if events and all(e[0] for e in events):
        text += ", no answer"
    return text


def summarize(packets: list[Packet]) -> str:
    """One line for the whole exchange; connections that repeat the same pattern are counted."""
    if not packets:
        return "no packets"
    # ICMP errors carry no client port: attach each to the connection it follows.
    conns: list[tuple[int | None, list[tuple[bool, str]]]] = []
    index = {}
    last: int | None = None
    for p in packets:
        key = p.client_port if p.client_port is not None else last
        if key not in index:
            index[key] = len(conns)
            conns.append((key, []))
        conns[index[key]][1].append((p.from_client, p.label))
        last = key
    rendered = [_render(_compress(events)) for _, events in conns]
    groups: list[tuple[str, int]] = []
    for text in rendered:
        if groups and groups[-1][0] == text:
            groups[-1] = (text, groups[-1][1] + 1)
        else:
            groups.append((text, 1))
    if len(groups) == 1 and groups[0][1] == 1:
        return groups[0][0]
    return "; ".join(t if n == 1 else f"[{t}] ×{n}" for t, n in groups)


def for_cell(capture: str, port: int) -> Wire:
    packets = parse(capture, port)
    lines = tuple(p.line for p in packets[:MAX_PACKETS])
    if len(packets) > MAX_PACKETS:
        lines += (f"... {len(packets) - MAX_PACKETS} more packets",)
    return Wire(summary=summarize(packets), packets=lines)

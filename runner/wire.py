"""Turn a pod's packet capture (pcap) into a readable exchange per cell.

The lab captures every interface of its namespace (tcpdump -i any, Linux cooked v2 frames) and the
packets are parsed here with dpkt, never from tcpdump's text: TCP flags, ICMP and ICMPv6 types and
codes with the port of the packet they quote, ARP requests left unanswered. A pod holds one client
and each of its cells targets its own port, so a cell's packets are those to or from its port, the
ICMP errors quoting it, and neighbour look-ups for its address (runner/kinds: CellPackets).
The summary reads like the article's captures: "SYN → RST,ACK", "SYN → ICMP host-prohibited",
"SYN ×3, no answer", "ARP who-has 192.0.2.20 ×3, no answer".
"""

from __future__ import annotations

import io
import socket
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import dpkt

from .kinds import CellPackets
from .models import Wire

MAX_PACKETS = 200  # lines kept per cell; a summary covers them all
LOOPBACK_INDEX = 1  # the loopback is interface 1 in every network namespace
PACKET_OUTGOING = 4  # SLL2 packet type: sent by this host

# TCP flags: their bit, their name in a summary, their letter in tcpdump's notation (ACK last, as
# tcpdump writes it; a summary names it after the others).
_FLAGS = (
    (dpkt.tcp.TH_SYN, "SYN", "S"),
    (dpkt.tcp.TH_FIN, "FIN", "F"),
    (dpkt.tcp.TH_RST, "RST", "R"),
    (dpkt.tcp.TH_PUSH, "PSH", "P"),
    (dpkt.tcp.TH_URG, "URG", "U"),
    (dpkt.tcp.TH_ECE, "ECE", "E"),
    (dpkt.tcp.TH_CWR, "CWR", "W"),
    (dpkt.tcp.TH_ACK, "ACK", "."),
)
ICMP_UNREACH = {
    0: "net-unreachable",
    1: "host-unreachable",
    2: "protocol-unreachable",
    3: "port-unreachable",
    4: "fragmentation-needed",
    9: "net-prohibited",
    10: "host-prohibited",
    13: "admin-prohibited",
}
ICMP6_UNREACH = {
    0: "no-route",
    1: "admin-prohibited",
    2: "beyond-scope",
    3: "address-unreachable",
    4: "port-unreachable",
    5: "policy-fail",
    6: "reject-route",
}


@dataclass(frozen=True)
class Packet:
    time: float
    from_client: bool
    label: str  # SYN, SYN-ACK, RST,ACK, data 77 B, ICMP port-unreachable, ARP who-has ...
    client_port: int | None  # the client's source port: one per connection
    line: str  # the packet in tcpdump's -n -tt style, for people who read captures
    sport: int | None = None
    dport: int | None = None
    neighbour: str | None = None  # ARP / NDP: the address asked for
    seq: int | None = None  # TCP: the sequence number, to tell a retransmitted segment
    qname: str | None = None  # DNS: the name a query, answer or ICMP error about a query is about
    peer: str | None = None  # ICMP echo: the address pinged
    dst: str | None = None  # TCP: the destination address


DNS_PORT = 53
DNS_TYPES = {1: "A", 28: "AAAA", 5: "CNAME", 6: "SOA", 12: "PTR", 15: "MX", 16: "TXT", 33: "SRV", 65: "HTTPS"}
DNS_RCODES = {0: "NOERROR", 1: "FORMERR", 2: "SERVFAIL", 3: "NXDOMAIN", 4: "NOTIMP", 5: "REFUSED"}


def _dns(payload: bytes, tcp: bool = False) -> tuple[str, str] | None:
    """(name asked, label) of a DNS message: "DNS A? x.test", "DNS NXDOMAIN", "DNS A 192.0.2.5"."""
    if tcp:  # DNS over TCP: each message after its two-byte length
        if len(payload) < 2:
            return None
        payload = payload[2:]
    try:
        msg = dpkt.dns.DNS(payload)
    except (dpkt.UnpackError, struct.error, IndexError, ValueError):
        return None
    if not msg.qd:
        return None
    name = msg.qd[0].name.rstrip(".").lower()
    if msg.qr == dpkt.dns.DNS_Q:
        return name, f"DNS {DNS_TYPES.get(msg.qd[0].type, msg.qd[0].type)}? {name}"
    rcode = DNS_RCODES.get(msg.rcode, f"rcode {msg.rcode}")
    answers = [rr for rr in msg.an if rr.type in (1, 28)]
    if msg.rcode == 0 and answers:
        return name, "DNS " + ", ".join(f"{DNS_TYPES[rr.type]} {_addr(rr.rdata)}" for rr in answers)
    if msg.rcode == 0:
        return name, "DNS NOERROR, no address"
    return name, f"DNS {rcode}"


def _tcp_label(flags: int, length: int) -> str:
    names = [name for bit, name, _ in _FLAGS if flags & bit and name != "ACK"]
    if flags & dpkt.tcp.TH_ACK:
        names.append("ACK")
    if names[:1] == ["SYN"] and "ACK" in names:
        return "SYN-ACK"
    if length and "SYN" not in names:
        names = [n for n in names if n not in ("PSH", "ACK")]
        label = f"data {length} B"
        return ",".join([label, *names]) if names else label
    return ",".join(names) or "?"


def _addr(raw: bytes) -> str:
    return socket.inet_ntop(socket.AF_INET6 if len(raw) == 16 else socket.AF_INET, raw)


def _quoted_ports(quoted: bytes) -> tuple[str, int, int] | None:
    """(protocol, source port, destination port) of the packet an ICMP error quotes."""
    if len(quoted) < 1:
        return None
    version = quoted[0] >> 4
    if version == 4 and len(quoted) >= 20:
        ihl, proto = (quoted[0] & 0x0F) * 4, quoted[9]
        offset = ihl
    elif version == 6 and len(quoted) >= 40:
        proto, offset = quoted[6], 40
    else:
        return None
    if proto not in (6, 17) or len(quoted) < offset + 4:
        return None
    sport, dport = struct.unpack_from(">HH", quoted, offset)
    return ("tcp" if proto == 6 else "udp"), sport, dport


def _frames(pcap: bytes) -> Iterator[tuple[float, object]]:
    """(time, network-layer packet) for each frame seen once: a packet that crosses a veth pair is
    seen leaving one end and arriving at the other, so off the loopback only outgoing ones count."""
    try:
        reader = dpkt.pcap.Reader(io.BytesIO(pcap))
    except (ValueError, dpkt.NeedData):
        return
    for ts, buf in reader:
        try:
            frame = dpkt.sll2.SLL2(buf)
        except (dpkt.UnpackError, struct.error):
            continue
        if frame.intindex != LOOPBACK_INDEX and frame.type != PACKET_OUTGOING:
            continue
        yield float(ts), frame.data


def packets(pcap: bytes) -> list[Packet]:
    """Every packet of the capture that netmatrix can read (TCP, UDP, ICMP, ICMPv6, ARP)."""
    out = []
    for ts, net in _frames(pcap):
        p = _packet(ts, net)
        if p is not None:
            out.append(p)
    return out


def _packet(ts: float, net: object) -> Packet | None:
    stamp = f"{ts:.6f}"
    if isinstance(net, dpkt.arp.ARP):
        if net.op != dpkt.arp.ARP_OP_REQUEST:
            who = _addr(net.spa)
            return Packet(ts, False, f"ARP reply {who}", None, f"{stamp} ARP, Reply {who}", neighbour=who)
        asked, teller = _addr(net.tpa), _addr(net.spa)
        return Packet(
            ts,
            True,
            f"ARP who-has {asked}",
            None,
            f"{stamp} ARP, Request who-has {asked} tell {teller}",
            neighbour=asked,
        )
    if isinstance(net, dpkt.ip.IP):
        ipv, src, dst, payload_len = "IP", _addr(net.src), _addr(net.dst), net.len - net.hl * 4
    elif isinstance(net, dpkt.ip6.IP6):
        ipv, src, dst, payload_len = "IP6", _addr(net.src), _addr(net.dst), net.plen
    else:
        return None
    seg = net.data
    if isinstance(seg, dpkt.tcp.TCP):
        length = max(0, payload_len - seg.off * 4)
        flags = "".join(ch for bit, _, ch in _FLAGS if seg.flags & bit)
        line = (
            f"{stamp} {ipv} {src}.{seg.sport} > {dst}.{seg.dport}: Flags [{flags}], "
            f"seq {seg.seq}, ack {seg.ack}, win {seg.win}, length {length}"
        )
        dns = _dns(bytes(seg.data), tcp=True) if DNS_PORT in (seg.sport, seg.dport) and length else None
        if dns:
            return Packet(
                ts,
                False,
                dns[1],
                None,
                f"{line}: {dns[1]}",
                seg.sport,
                seg.dport,
                qname=dns[0],
                dst=dst,
                seq=seg.seq,
            )
        return Packet(
            ts, False, _tcp_label(seg.flags, length), None, line, seg.sport, seg.dport, dst=dst, seq=seg.seq
        )
    if isinstance(seg, dpkt.udp.UDP):
        length = max(0, seg.ulen - 8)
        line = f"{stamp} {ipv} {src}.{seg.sport} > {dst}.{seg.dport}: UDP, length {length}"
        dns = _dns(bytes(seg.data)) if DNS_PORT in (seg.sport, seg.dport) else None
        if dns:
            return Packet(ts, False, dns[1], None, f"{line}: {dns[1]}", seg.sport, seg.dport, qname=dns[0])
        return Packet(ts, False, f"datagram {length} B", None, line, seg.sport, seg.dport)
    echo = _echo(seg)
    if echo is not None:
        request, label = echo
        peer = dst if request else src
        return Packet(ts, request, label, None, f"{stamp} {ipv} {src} > {dst}: {label}", peer=peer)
    if isinstance(seg, dpkt.icmp.ICMP) and seg.type == dpkt.icmp.ICMP_UNREACH:
        what = ICMP_UNREACH.get(seg.code, f"unreachable code {seg.code}")
        label = f"ICMP {what}"
        quoted = bytes(seg.data)[4:]  # after the unused word
    elif isinstance(seg, dpkt.icmp6.ICMP6) and seg.type == dpkt.icmp6.ICMP6_DST_UNREACH:
        what = ICMP6_UNREACH.get(seg.code, f"unreachable code {seg.code}")
        label = f"ICMPv6 {what}"
        quoted = bytes(seg.data)[4:]
    elif isinstance(seg, dpkt.icmp6.ICMP6) and seg.type == 135:  # neighbour solicitation
        target = _addr(bytes(seg.data)[4:20]) if len(bytes(seg.data)) >= 20 else "?"
        return Packet(
            ts,
            True,
            f"NDP who-has {target}",
            None,
            f"{stamp} IP6 {src} > {dst}: ICMP6, neighbor solicitation, who has {target}",
            neighbour=target,
        )
    else:
        return None
    about = _quoted_ports(quoted)
    if about is None:
        return None
    proto, sport, dport = about
    line = f"{stamp} {ipv} {src} > {dst}: {label}, about {proto} port {dport}"
    # The error is about the client's packet: its quoted source port is the client's.
    qname = _quoted_qname(quoted) if dport == DNS_PORT and proto == "udp" else None
    return Packet(ts, False, label, sport, line, sport, dport, qname=qname)


def _echo(seg: object) -> tuple[bool, str] | None:
    """(is a request, label) of an ICMP or ICMPv6 echo."""
    if isinstance(seg, dpkt.icmp.ICMP) and seg.type in (dpkt.icmp.ICMP_ECHO, dpkt.icmp.ICMP_ECHOREPLY):
        return seg.type == dpkt.icmp.ICMP_ECHO, (
            "ICMP echo request" if seg.type == dpkt.icmp.ICMP_ECHO else "ICMP echo reply"
        )
    if isinstance(seg, dpkt.icmp6.ICMP6) and seg.type in (128, 129):
        return seg.type == 128, "ICMPv6 echo request" if seg.type == 128 else "ICMPv6 echo reply"
    return None


def _quoted_qname(quoted: bytes) -> str | None:
    """The name of the DNS query an ICMP error quotes (the error is about a query to a resolver)."""
    version = quoted[0] >> 4 if quoted else 0
    offset = ((quoted[0] & 0x0F) * 4 if version == 4 else 40) + 8
    dns = _dns(quoted[offset:])
    return dns[0] if dns else None


def select(all_packets: Iterable[Packet], which: CellPackets) -> list[Packet]:
    """The packets of one cell, each marked with its direction and connection.

    A cell's ports are its scenario's port and its extra ports (a proxy's origin, a forwarder's
    backend): whoever dials one of them is the "client" side of that connection. A data segment
    sent again with the same sequence number is labelled a retransmission: its first copy was never
    acknowledged (lost, or dropped on the way, as in an MTU black hole). TCP connections whose SYN
    the capture did not see began before it (the lab's self-test) and are left out.
    """
    ports = {which.port, *which.extra_ports}
    seen: set[tuple[bool, int | None, int | None, str]] = set()
    opened: set[int | None] = set()  # client ports whose SYN the capture holds
    out = []
    names = {n.rstrip(".").lower() for n in which.names}
    for p in all_packets:
        if p.qname is not None:
            if p.qname in names:
                from_client = p.dport == DNS_PORT and not p.label.startswith("ICMP")
                client_port = p.sport if from_client or p.label.startswith("ICMP") else p.dport
                out.append(replace(p, from_client=from_client, client_port=client_port))
            continue
        if p.peer is not None:
            if which.address is not None and p.peer == which.address:
                out.append(p)
            continue
        if p.neighbour is not None:
            if which.neighbour is not None and p.neighbour == which.neighbour:
                out.append(p)
            continue
        if p.label.startswith("ICMP"):
            if p.dport in ports:
                out.append(p)
            continue
        if p.sport in ports or p.dport in ports:
            from_client = p.dport in ports
            client_port = p.sport if from_client else p.dport
            label = p.label
            if p.seq is not None:  # TCP
                if from_client and label.split(",")[0] == "SYN":
                    opened.add(client_port)
                elif client_port not in opened:
                    continue
            if label.startswith("data ") and p.seq is not None:
                key = (from_client, client_port, p.seq, label)
                if key in seen:
                    label = label.replace(" B", " B retransmitted", 1)
                seen.add(key)
            out.append(replace(p, from_client=from_client, client_port=client_port, label=label))
    return out


def fallback_delay(cell: list[Packet]) -> float | None:
    """Happy Eyeballs: seconds from the client's first SYN to an IPv6 address to its first SYN to an
    IPv4 one, when it tried IPv6 first and then fell back; None otherwise."""
    first: dict[bool, float] = {}
    for p in cell:
        if p.from_client and p.label == "SYN" and p.dst is not None:
            first.setdefault(":" in p.dst, p.time)
    if True in first and False in first and first[True] <= first[False]:
        return round(first[False] - first[True], 3)
    return None


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
        elif from_client == previous:
            text += ", " + token
        else:
            if previous and " who-has " in text.rsplit(", ", 1)[-1]:
                text += ", no answer"  # what follows a neighbour look-up is never its answer
            text += " → " + token
        previous = from_client
    if events and all(e[0] for e in events):
        text += ", no answer"
    return text


def summarize(cell: list[Packet], silent: str = "no packets") -> str:
    """One line for the whole exchange; connections that repeat the same pattern are counted."""
    if not cell:
        return silent
    # ICMP errors and neighbour look-ups belong to the connection they follow (or precede).
    conns: list[tuple[int | None, list[tuple[bool, str]]]] = []
    index: dict[int | None, int] = {}
    last: int | None = None
    for p in cell:
        key = p.client_port if p.client_port is not None else last
        if p.label.startswith("ICMP") and key not in index and conns:
            key = last  # an error about a packet never captured (queued for ARP): what it follows
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


def for_cell(all_packets: list[Packet], which: CellPackets) -> Wire:
    cell = select(all_packets, which)
    lines = tuple(p.line for p in cell[:MAX_PACKETS])
    if len(cell) > MAX_PACKETS:
        lines += (f"... {len(cell) - MAX_PACKETS} more packets",)
    fallback = fallback_delay(cell) if which.fallback else None
    return Wire(summary=summarize(cell, which.silent), packets=lines, fallback_s=fallback)

"""Wire summaries from real captures: the lab's pcap of one fast curl pod (every TCP scenario of
the catalog, each on its own port) and one nc -u pod, parsed with dpkt."""

from __future__ import annotations

import pytest

from netmatrix import wire
from netmatrix.kinds import CellPackets

from .conftest import DATA

CURL = wire.packets((DATA / "capture-curl-fast.pcap").read_bytes())
NC_UDP = wire.packets((DATA / "capture-nc-udp-fast.pcap").read_bytes())


def _summary(packets, cats, scenario: str) -> str:
    return wire.for_cell(packets, cats.scenario(scenario).packets()).summary


@pytest.mark.parametrize(
    ("scenario", "summary"),
    [
        ("tcp-closed", "SYN → RST,ACK"),
        ("tcp-reject", "SYN → ICMP port-unreachable"),
        ("tcp-reject-tcp-reset", "SYN → RST,ACK"),
        ("tcp-reject-net-unreachable", "SYN → ICMP net-unreachable"),
        ("tcp-reject-host-unreachable", "SYN → ICMP host-unreachable"),
        ("tcp-reject-host-prohibited", "SYN → ICMP host-prohibited"),
        ("tcp-reject-admin-prohibited", "SYN → ICMP admin-prohibited"),
        ("tcp6-closed", "SYN → RST,ACK"),
        ("tcp-drop", "SYN ×5, no answer"),
        ("tcp6-drop", "SYN ×5, no answer"),
        ("route-prohibit", "no packet (refused locally by the route)"),
        ("route-none", "no packet (refused locally by the route)"),
    ],
)
def test_summaries_of_a_real_capture(cats, scenario, summary):
    assert _summary(CURL, cats, scenario) == summary


def test_icmpv6_errors_and_their_codes(cats):
    assert "ICMPv6 admin-prohibited" in _summary(CURL, cats, "tcp6-reject-admin-prohibited")
    assert "ICMPv6 port-unreachable" in _summary(CURL, cats, "tcp6-reject")


def test_unanswered_neighbour_look_ups_are_the_evidence_of_a_host_down(cats):
    summary = _summary(CURL, cats, "host-down")
    assert summary.startswith("ARP who-has 192.0.2.20 ×3, no answer")
    # The kernel's own host-unreachable follows; the SYN never left (no TCP packet at all).
    assert "SYN" not in summary


def test_servers_that_close_reset_or_stay_silent(cats):
    assert _summary(CURL, cats, "tcp-accept-reset").endswith("RST,ACK")
    assert "FIN" in _summary(CURL, cats, "tcp-accept-close")
    silent = wire.select(CURL, cats.scenario("tcp-accept-silent").packets())
    server_data = [p for p in silent if not p.from_client and p.label.startswith("data")]
    assert silent and not server_data  # the server accepted and never said a word


def test_udp(cats):
    assert _summary(NC_UDP, cats, "udp-closed").endswith("→ ICMP port-unreachable")
    assert _summary(NC_UDP, cats, "udp-listen").endswith("no answer")


def test_packets_belong_to_their_port_only(cats):
    cell = wire.for_cell(CURL, cats.scenario("tcp-closed").packets())
    assert cell.packets and all(".60001" in line or "port 60001" in line for line in cell.packets)
    assert wire.for_cell(CURL, CellPackets(12345)).summary == "no packets"


def test_repeated_connections_are_counted():
    packets = []
    for sport in (40001, 40002, 40003):
        packets.append(wire.Packet(1.0, False, "SYN", None, "", sport, 60001))
        packets.append(wire.Packet(1.1, False, "RST,ACK", None, "", 60001, sport))
    assert wire.summarize(wire.select(packets, CellPackets(60001))) == "[SYN → RST,ACK] ×3"


def test_a_broken_capture_reads_as_no_packets_not_a_crash():
    assert wire.packets(b"") == [] and wire.packets(b"not a pcap at all") == []


# A fast curl pod against the names scenarios (tests/data/capture-names-curl-fast.pcap): the lab's
# resolver on 127.0.0.53, /etc/hosts, a black-holed IPv6 address beside a working IPv4 one.
NAMES = wire.packets((DATA / "capture-names-curl-fast.pcap").read_bytes())


@pytest.mark.parametrize(
    ("scenario", "answer"),
    [
        ("dns-nxdomain", "DNS NXDOMAIN"),
        ("dns-servfail", "DNS SERVFAIL"),
        ("dns-nodata", "DNS NOERROR, no address"),
        ("dns-refused", "DNS REFUSED"),
    ],
)
def test_dns_queries_and_answers_are_split_by_the_name_asked(cats, scenario, answer):
    summary = _summary(NAMES, cats, scenario)
    name = cats.scenario(scenario).host
    assert summary.startswith(f"DNS A? {name}, DNS AAAA? {name} → {answer}")
    assert "SYN" not in summary  # nothing resolved, nothing dialled
    other = [p for p in wire.select(NAMES, cats.scenario(scenario).packets()) if p.qname != name]
    assert not other


def test_a_hosts_entry_sends_no_query(cats):
    assert _summary(NAMES, cats, "hosts-stale") == "SYN → RST,ACK"


def test_happy_eyeballs_fallback_delay_from_the_capture(cats):
    w = wire.for_cell(NAMES, cats.scenario("he-v6-blackhole").packets())
    assert "DNS AAAA 2001:db8:80::6" in w.summary and "SYN, no answer; SYN → SYN-ACK" in w.summary
    assert 0.15 <= w.fallback_s <= 0.5  # curl documents 200 ms
    # No fallback to measure where the kind does not ask for it, or where there was none.
    assert wire.for_cell(NAMES, cats.scenario("localhost-v4-only").packets()).fallback_s is None
    cell = wire.select(NAMES, cats.scenario("he-v6-blackhole").packets())
    assert wire.fallback_delay([p for p in cell if p.dst is None or ":" in p.dst]) is None


def test_a_cell_includes_its_extra_ports_as_further_connections():
    """A proxy cell: the client's connection to the proxy, then the proxy's to the origin."""
    packets = [
        wire.Packet(1.0, False, "SYN", None, "", 40001, 60326),
        wire.Packet(1.1, False, "SYN-ACK", None, "", 60326, 40001),
        wire.Packet(1.2, False, "SYN", None, "", 50002, 60327),
        wire.Packet(1.3, False, "RST,ACK", None, "", 60327, 50002),
        wire.Packet(1.4, False, "SYN", None, "", 40009, 60999),
    ]  # another cell's
    assert wire.summarize(wire.select(packets, CellPackets(60326))) == "SYN → SYN-ACK"
    both = wire.summarize(wire.select(packets, CellPackets(60326, extra_ports=(60327,))))
    assert both == "SYN → SYN-ACK; SYN → RST,ACK"


def test_retransmitted_data_segments_are_named():
    """An MTU black hole: the server's large segment is sent again and again, never acknowledged."""
    before = [wire.Packet(0.5, False, "data 1192 B", None, "", 60308, 39999, seq=7)]  # self-test's
    packets = [
        *before,
        wire.Packet(0.9, False, "SYN", None, "", 40001, 60308, seq=0),
        wire.Packet(1.0, False, "data 517 B", None, "", 40001, 60308, seq=1),
        *(wire.Packet(1.0 + i, False, "data 1192 B", None, "", 60308, 40001, seq=900) for i in range(1, 7)),
    ]
    summary = wire.summarize(wire.select(packets, CellPackets(60308)))
    # the connection that began before the capture (no SYN in it) is not this cell's
    assert summary == "SYN, data 517 B → data 1192 B, data 1192 B retransmitted ×5"

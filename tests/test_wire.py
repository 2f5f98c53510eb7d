from __future__ import annotations

from runner import wire

from .conftest import DATA

CAPTURE = (DATA / "capture-fast.txt").read_text()  # a real tcpdump -n -tt capture from a lab


def test_summaries_of_a_real_capture():
    assert wire.for_cell(CAPTURE, 60001).summary == "SYN → RST,ACK"
    assert wire.for_cell(CAPTURE, 60000).summary == "SYN → ICMP port-unreachable"
    assert wire.for_cell(CAPTURE, 60020).summary == "SYN ×5, no answer"
    assert wire.for_cell(CAPTURE, 60041).summary.endswith("RST,ACK")
    assert wire.for_cell(CAPTURE, 60011).summary == "datagram 2 B → ICMP port-unreachable"
    assert wire.for_cell(CAPTURE, 60050).summary == "datagram 2 B, no answer"


def test_packets_belong_to_their_port_only():
    cell = wire.for_cell(CAPTURE, 60001)
    assert cell.packets and all("60001" in line for line in cell.packets)
    assert wire.for_cell(CAPTURE, 12345).summary == "no packets"


def test_repeated_connections_are_counted():
    lines = []
    for sport in (40001, 40002, 40003):
        lines.append(f"1.0 IP 127.0.0.1.{sport} > 127.0.0.1.60001: Flags [S], seq 1, length 0")
        lines.append(f"1.1 IP 127.0.0.1.60001 > 127.0.0.1.{sport}: Flags [R.], seq 0, ack 2, length 0")
    assert wire.summarize(wire.parse("\n".join(lines), 60001)) == "[SYN → RST,ACK] ×3"


def test_data_and_server_side_opening():
    text = ("1.0 IP 127.0.0.1.60040 > 127.0.0.1.40000: Flags [P.], seq 1:11, ack 1, length 10\n"
            "1.1 IP 127.0.0.1.40000 > 127.0.0.1.60040: Flags [.], ack 11, length 0\n")
    assert wire.summarize(wire.parse(text, 60040)) == "← data 10 B → ACK"

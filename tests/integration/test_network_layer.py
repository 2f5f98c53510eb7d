"""The network layer people really hit, on the real engine (fast profile): REJECT variants, IPv6 on
::1, route types, a host that does not answer ARP, a server that never answers; nmap -sS telling a
reset from a REJECT; wire summaries from parsed packets; a new REJECT variant as one YAML entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from netmatrix import catalog, images, pods, run
from netmatrix.catalog import Catalogs
from netmatrix.models import ScenarioCatalog

BOOKWORM = images.ImageRef("debian", "bookworm")
# The *-timeout variants are the same programs with their timeout option set: what a silent server
# or a dropped SYN prints once the client, not the kernel or the cap, gives up.
TIMEOUT_CLIENTS = ("ssh-timeout", "nc-timeout", "python3-timeout")
CLIENTS = ("curl", "wget", "ssh", "nc", "python3", "nmap-syn", "ping", *TIMEOUT_CLIENTS)
SCENARIOS = (
    "tcp-closed",
    "tcp-reject",
    "tcp-reject-host-prohibited",
    "tcp-reject-admin-prohibited",
    "tcp-reject-net-unreachable",
    "tcp-reject-tcp-reset",
    "tcp6-closed",
    "tcp6-reject-admin-prohibited",
    "route-none",
    "route-unreachable",
    "route-prohibit",
    "route-blackhole",
    "host-down",
    "tcp-accept-silent",
    "tcp-drop",
)
ERRNO_CLIENTS = ("curl", "wget", "ssh", "nc", "python3")  # the ones that print strerror()


@pytest.fixture(scope="module")
def cells(cats, tmp_path_factory, docker_client):
    out = tmp_path_factory.mktemp("layer") / "layer.json"
    res = run.run(
        cats, run.RunRequest(BOOKWORM, profile="fast", clients=CLIENTS, scenarios=SCENARIOS, output=out)
    )
    assert all(c.status == "ran" for c in res.cells), [c for c in res.cells if c.status != "ran"]
    return {(c.client, c.scenario): c for c in res.cells}


def _text(cell) -> str:
    return cell.stdout + cell.stderr


@pytest.mark.parametrize(
    ("scenario", "message"),
    [
        ("tcp-reject-host-prohibited", "No route to host"),
        ("tcp-reject-admin-prohibited", "No route to host"),
        ("route-unreachable", "No route to host"),
        ("host-down", "No route to host"),
        ("route-none", "Network is unreachable"),
        ("tcp-reject-net-unreachable", "Network is unreachable"),
        ("route-prohibit", "Permission denied"),
        ("tcp6-reject-admin-prohibited", "Permission denied"),
        ("route-blackhole", "Invalid argument"),
        ("tcp-reject-tcp-reset", "Connection refused"),
        ("tcp6-closed", "Connection refused"),
    ],
)
def test_errno_clients_print_what_the_kernel_said(cells, scenario, message):
    for client in ERRNO_CLIENTS:
        text = _text(cells[(client, scenario)])
        assert message in text, (client, scenario, text)


def test_a_host_down_takes_the_neighbour_timeout(cells):
    for client in ERRNO_CLIENTS:
        assert 2.5 < cells[(client, "host-down")].duration_s < 10, client
    assert cells[("curl", "route-unreachable")].duration_s < 2.0


def test_a_silent_server_ends_with_the_clients_own_patience(cats, cells):
    curl = cells[("curl", "tcp-accept-silent")]
    assert curl.exit_code == 28 and "Operation timed out" in curl.stderr
    assert 4.5 < curl.duration_s < 15
    wget = cells[("wget", "tcp-accept-silent")]
    assert wget.exit_code == 4 and "Read error" in wget.stderr
    # python3 only connects: a silent server is a success for it.
    assert cells[("python3", "tcp-accept-silent")].exit_code == 0
    # ssh has no read timeout of its own: it waits for the banner until the cell's cap.
    assert cells[("ssh", "tcp-accept-silent")].killed_at_cap
    # With their timeout set, each gives up after it (5 s in the fast profile), in its own words.
    ssh = cells[("ssh-timeout", "tcp-accept-silent")]
    assert ssh.exit_code == 255 and "Connection timed out during banner exchange" in ssh.stderr
    py = cells[("python3-timeout", "tcp-accept-silent")]
    assert py.exit_code == 1 and "TimeoutError: timed out" in py.stderr
    # nc -w closes an idle connection silently (nc(1): "the connection is silently closed").
    nc = cells[("nc-timeout", "tcp-accept-silent")]
    assert nc.exit_code == 0 and not nc.killed_at_cap and "timed out" not in _text(nc)
    for cell in (ssh, py, nc):
        assert 4.5 < cell.duration_s < 15, (cell.client, cell.duration_s)


def test_a_dropped_syn_ends_with_the_clients_timeout(cells):
    # The fast profile's kernel gives up on a dropped SYN after about 7 s (two retries); the clients'
    # 5 s timeout comes first, so these are the variants' own messages.
    nc = cells[("nc-timeout", "tcp-drop")]
    assert nc.exit_code == 1 and "timed out: Operation now in progress" in nc.stderr
    ssh = cells[("ssh-timeout", "tcp-drop")]
    assert ssh.exit_code == 255 and "Connection timed out" in ssh.stderr
    py = cells[("python3-timeout", "tcp-drop")]
    assert py.exit_code == 1 and "TimeoutError: timed out" in py.stderr
    for cell in (nc, ssh, py):
        assert 4.5 < cell.duration_s < 15, (cell.client, cell.duration_s)
        assert cell.wire is not None and "SYN" in cell.wire.summary and "SYN-ACK" not in cell.wire.summary


def test_nmap_syn_tells_a_reset_from_a_reject(cells):
    closed = cells[("nmap-syn", "tcp-closed")].stdout
    reject = cells[("nmap-syn", "tcp-reject")].stdout
    assert "/tcp closed" in closed and "reset" in closed
    assert "/tcp filtered" in reject and "port-unreach" in reject
    # a REJECT with a TCP reset is a closed port to everybody, nmap included
    assert "/tcp closed" in cells[("nmap-syn", "tcp-reject-tcp-reset")].stdout


def test_wire_summaries_from_parsed_packets(cells):
    wire = lambda client, scenario: cells[(client, scenario)].wire.summary  # noqa: E731
    assert wire("curl", "tcp-reject-host-prohibited") == "SYN → ICMP host-prohibited"
    assert wire("curl", "tcp-reject-admin-prohibited") == "SYN → ICMP admin-prohibited"
    assert "ICMPv6 admin-prohibited" in wire("curl", "tcp6-reject-admin-prohibited")
    assert wire("curl", "route-prohibit") == "no packet (refused locally by the route)"
    assert wire("curl", "host-down").startswith("ARP who-has 192.0.2.20 ×3, no answer")
    assert wire("curl", "tcp6-closed") == "SYN → RST,ACK"


def test_a_new_reject_variant_is_one_yaml_entry(tmp_path: Path, cats, lab_image, leftovers):
    """Write the catalog back with one more entry (a REJECT type no scenario uses yet), load it
    through the ordinary loader, and let the lab prove it: no code changes anywhere."""
    data = yaml.safe_load(catalog.SCENARIOS_FILE.read_text())
    data["scenarios"].append(
        {
            "id": "tcp-reject-net-prohibited",
            "kind": "firewall",
            "protocol": "tcp",
            "port": 60065,
            "cause": "Firewall REJECT with ICMP net-prohibited",
            "explanation": "A test entry.",
            "rules": ["-A INPUT -p tcp --dport 60065 -j REJECT --reject-with icmp-net-prohibited"],
            "expect": "icmp-net-prohibited",
            "wire": "SYN → ICMP net-prohibited",
        }
    )
    path = tmp_path / "scenarios.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    extended = catalog.load_model(path, ScenarioCatalog)
    cats2 = Catalogs(cats.clients, extended)
    session = pods.Session(run_id="test-variant", timeout=60)
    try:
        pod = pods.Pod.start(
            session,
            "probe",
            lab_image,
            None,
            [cats2.scenario("tcp-reject-net-prohibited"), cats2.scenario("tcp-closed")],
            cats2.profile("fast"),
        )
        verdicts = {v.scenario: v for v in pod.selftest}
    finally:
        session.cleanup()
    assert verdicts["tcp-reject-net-prohibited"].ok
    assert verdicts["tcp-reject-net-prohibited"].observed == "icmp-net-prohibited"
    assert leftovers() == 0


def test_ping_runs_and_reports_the_route_types(cells):
    """bookworm's ping carries cap_net_raw as a file capability: in a container whose bounding set
    lacks NET_RAW the kernel refuses to exec it, which the harness reports as an error cell (the
    fixture asserts every cell ran). ICMP meets the route types as TCP does."""
    assert "Network is unreachable" in _text(cells[("ping", "route-none")])
    assert "No route to host" in _text(cells[("ping", "route-unreachable")])
    down = cells[("ping", "host-down")]
    assert down.exit_code == 1, _text(down)  # no reply at all: ping(8)'s exit 1

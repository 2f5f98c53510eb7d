"""Names and address families on the real engine (kind dns): a small fast run of the clients whose
texts people paste, against the lab's own resolver, /etc/hosts and a black-holed IPv6 address."""

from __future__ import annotations

import pytest

from netmatrix import images, run, xref

BOOKWORM = images.ImageRef("debian", "bookworm")
CLIENTS = ("curl", "wget", "ssh", "getent", "dig", "node-net")
SCENARIOS = (
    "dns-nxdomain",
    "dns-nodata",
    "dns-servfail",
    "dns-no-server",
    "hosts-stale",
    "localhost-v4-only",
    "he-v6-blackhole",
)
FAILURES = ("dns-nxdomain", "dns-nodata", "dns-servfail", "dns-no-server")


@pytest.fixture(scope="module")
def ran(cats, tmp_path_factory, docker_client):
    out = tmp_path_factory.mktemp("names") / "names.json"
    res = run.run(
        cats, run.RunRequest(BOOKWORM, profile="fast", clients=CLIENTS, scenarios=SCENARIOS, output=out)
    )
    assert res.run.complete
    return res


@pytest.fixture(scope="module")
def cells(ran):
    return {(c.client, c.scenario): c for c in ran.cells}


@pytest.fixture(scope="module")
def index(cats, ran):
    return xref.Index.build(cats, [ran])


def test_every_cell_ran(cells):
    assert all(c.status == "ran" for c in cells.values()), [c for c in cells.values() if c.status != "ran"]
    # dig and getent only look names up; every scenario here has a name.
    assert {s for (c, s) in cells if c == "dig"} == set(SCENARIOS)


def test_curl_wget_ssh_cannot_resolve(cells):
    for scenario in FAILURES:
        assert cells[("curl", scenario)].exit_code == 6, scenario
        assert "Could not resolve host" in cells[("curl", scenario)].stderr, scenario
        assert "unable to resolve host address" in cells[("wget", scenario)].stderr, scenario
        assert cells[("wget", scenario)].exit_code == 4, scenario
        assert "Could not resolve hostname" in cells[("ssh", scenario)].stderr, scenario
        assert cells[("ssh", scenario)].exit_code == 255, scenario


def test_dig_tells_nxdomain_from_servfail_and_getent_does_not(cells):
    assert "status: NXDOMAIN" in cells[("dig", "dns-nxdomain")].stdout
    assert "status: SERVFAIL" in cells[("dig", "dns-servfail")].stdout
    assert cells[("dig", "dns-nxdomain")].exit_code == cells[("dig", "dns-servfail")].exit_code == 0
    # getent prints nothing and exits 2 for both (glibc's getent: any getaddrinfo error is 2).
    nx, sf = cells[("getent", "dns-nxdomain")], cells[("getent", "dns-servfail")]
    assert nx.exit_code == sf.exit_code == 2 and nx.stdout == sf.stdout == ""
    # dig never reads /etc/hosts: it sees the address DNS gives, not the stale one getent uses.
    assert "203.0.113.8" in cells[("dig", "hosts-stale")].stdout
    assert "203.0.113.7" in cells[("getent", "hosts-stale")].stdout


def test_the_wire_shows_the_resolver_answer(cells):
    assert "NXDOMAIN" in cells[("curl", "dns-nxdomain")].wire.summary
    assert "SERVFAIL" in cells[("curl", "dns-servfail")].wire.summary
    assert "ICMP port-unreachable" in cells[("curl", "dns-no-server")].wire.summary


def test_node_dials_only_the_first_address_of_localhost(cells):
    node = cells[("node-net", "localhost-v4-only")]
    assert "ECONNREFUSED ::1" in node.stderr and node.exit_code == 1
    curl = cells[("curl", "localhost-v4-only")]
    assert curl.exit_code == 0  # curl tries ::1, then 127.0.0.1


def test_happy_eyeballs_fallback_delay_is_measured(cells):
    curl = cells[("curl", "he-v6-blackhole")]
    assert curl.exit_code == 0
    assert curl.wire.fallback_s is not None and 0.1 <= curl.wire.fallback_s <= 1.0
    # Node 18 without autoSelectFamily never falls back: no delay to measure.
    assert cells[("node-net", "he-v6-blackhole")].wire.fallback_s is None


def test_a_stale_hosts_entry_wins_over_dns(cells):
    assert cells[("curl", "hosts-stale")].exit_code == 7
    assert "203.0.113.7" in cells[("curl", "hosts-stale")].stderr


def test_tell_names_the_clients_that_tell_nxdomain_from_servfail(index):
    tells = {d.client: d.tells for d in index.tell("dns-nxdomain", "dns-servfail")}
    assert tells["dig"] and tells["ssh"] and tells["wget"]  # NXDOMAIN vs SERVFAIL; EAI_NONAME vs EAI_AGAIN
    assert not tells["curl"] and not tells["getent"]  # "Could not resolve host", exit 6; exit 2, no output

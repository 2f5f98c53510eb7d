from __future__ import annotations

from netmatrix import matrix


def test_clients_meet_only_scenarios_of_their_protocol(cats):
    cells = matrix.expand(cats.clients.clients, cats.scenarios.scenarios, cats.profile("fast"))
    dialers = [c for c in cats.clients.clients if "port" in c.meets]
    for cell in cells:
        if cell.client in dialers:
            assert cell.client.protocol == cell.scenario.protocol
    # Scenarios that offer a bare port meet every dialing client of their protocol (http, https and
    # proxies only some: see below).
    ports = [s for s in cats.scenarios.scenarios if s.service == "port" and s.kind != "proxy"]
    tcp_clients = sum(1 for c in dialers if c.protocol == "tcp")
    tcp_scenarios = sum(1 for s in ports if s.protocol == "tcp")
    udp = len(dialers) - tcp_clients, len(ports) - tcp_scenarios
    port_cells = [c for c in cells if c.client in dialers and c.scenario in ports]
    assert len(port_cells) == tcp_clients * tcp_scenarios + udp[0] * udp[1]


def test_name_and_address_tools_meet_names_and_addresses_only(cats):
    cells = matrix.expand(cats.clients.clients, cats.scenarios.scenarios, cats.profile("fast"))
    met = {c.client.id: {x.scenario.id for x in cells if x.client.id == c.client.id} for c in cells}
    names = {s.id for s in cats.scenarios.scenarios if "name" in s.services}
    assert met["dig"] == met["getent"] == names
    assert {"dns-nxdomain", "dns-servfail", "he-v6-blackhole"} <= names
    assert "localhost-v6-only" not in names  # it dials an address: nothing to look up
    assert met["ping"] == {s.id for s in cats.scenarios.scenarios if s.kind == "route"}
    assert matrix.argv_for(cats.client("dig"), cats.scenario("dns-nxdomain"), cats.profile("fast")) == (
        "dig",
        "nxdomain.test",
    )
    # Every TCP client dials the name, whatever kind of client it is.
    assert {"curl", "ssh", "node-net", "go-net"} <= {
        x.client.id for x in cells if x.scenario.id == "dns-nxdomain"
    }


def test_a_scenario_that_needs_its_own_resolv_conf_gets_its_own_pod(cats):
    cells = matrix.expand(
        [cats.client("curl")],
        [cats.scenario("dns-nxdomain"), cats.scenario("dns-no-server")],
        cats.profile("fast"),
    )
    pods = matrix.by_pod(cells)
    assert sorted(pods) == ["curl", "curl--no-resolver"]
    assert [c.scenario.id for c in pods["curl--no-resolver"]] == ["dns-no-server"]


def test_placeholders_take_the_profile_values(cats):
    curl = matrix.argv_for(cats.client("curl"), cats.scenario("tcp-drop"), cats.profile("faithful"))
    assert curl == ("curl", "-v", "-s", "--max-time", "60", "http://127.0.0.1:60020")
    nc = matrix.argv_for(cats.client("nc-udp"), cats.scenario("udp-listen"), cats.profile("fast"))
    assert nc == ("sh", "-c", "echo coin|nc -u -v -w2 127.0.0.1 60050")


def test_longest_first_uses_known_durations_then_the_heuristic(cats):
    cells = matrix.expand([cats.client("curl")], cats.scenarios.scenarios, cats.profile("fast"))
    assert matrix.longest_first(cells)[0].scenario.slow
    known = {("curl", "tcp-closed"): 99.0}
    assert matrix.longest_first(cells, known)[0].scenario.id == "tcp-closed"


def test_targets_follow_the_scenario_family_and_kind(cats):
    v6 = matrix.argv_for(cats.client("curl"), cats.scenario("tcp6-closed"), cats.profile("fast"))
    assert v6[-1] == "http://[::1]:60101"
    nmap6 = matrix.argv_for(cats.client("nmap-syn"), cats.scenario("tcp6-drop"), cats.profile("fast"))
    assert "-6" in nmap6 and nmap6[-1] == "::1"
    routed = matrix.argv_for(cats.client("nc"), cats.scenario("route-prohibit"), cats.profile("fast"))
    assert routed[-2:] == ("198.51.100.11", "60202")


def test_a_client_meets_only_the_services_it_declares(cats):
    https = cats.scenario("tcp-closed").model_copy(update={"id": "x-https", "service": "https"})
    http = cats.scenario("tcp-closed").model_copy(update={"id": "x-http", "service": "http"})
    curl = cats.client("curl").model_copy(update={"services": {"https": ("curl", "https://{url_host}")}})
    assert matrix.template_for(curl, https) == ("curl", "https://{url_host}")
    assert matrix.template_for(cats.client("curl"), http) == cats.client("curl").argv  # speaks http
    assert matrix.template_for(cats.client("nc"), http) is None  # nc has no way to speak HTTP
    assert matrix.template_for(cats.client("nc"), https) is None
    assert matrix.template_for(cats.client("nc-udp"), cats.scenario("tcp-closed")) is None

from __future__ import annotations

from runner import matrix


def test_clients_meet_only_scenarios_of_their_protocol(cats):
    cells = matrix.expand(cats.clients.clients, cats.scenarios.scenarios, cats.profile("fast"),
                          cats.scenarios.host)
    for cell in cells:
        assert cell.client.protocol == cell.scenario.protocol
    tcp_clients = sum(1 for c in cats.clients.clients if c.protocol == "tcp")
    tcp_scenarios = sum(1 for s in cats.scenarios.scenarios if s.protocol == "tcp")
    udp = len(cats.clients.clients) - tcp_clients, len(cats.scenarios.scenarios) - tcp_scenarios
    assert len(cells) == tcp_clients * tcp_scenarios + udp[0] * udp[1]


def test_placeholders_take_the_profile_values(cats):
    curl = matrix.argv_for(cats.client("curl"), cats.scenario("tcp-drop"), cats.profile("faithful"),
                           "127.0.0.1")
    assert curl == ("curl", "-v", "-s", "--max-time", "60", "http://127.0.0.1:60020")
    nc = matrix.argv_for(cats.client("nc-udp"), cats.scenario("udp-listen"), cats.profile("fast"),
                         "127.0.0.1")
    assert nc == ("sh", "-c", "echo coin|nc -u -v -w2 127.0.0.1 60050")


def test_longest_first_uses_known_durations_then_the_heuristic(cats):
    cells = matrix.expand([cats.client("curl")], cats.scenarios.scenarios, cats.profile("fast"),
                          "127.0.0.1")
    assert matrix.longest_first(cells)[0].scenario.id == "tcp-drop"
    known = {("curl", "tcp-closed"): 99.0}
    assert matrix.longest_first(cells, known)[0].scenario.id == "tcp-closed"

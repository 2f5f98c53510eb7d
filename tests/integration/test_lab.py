from __future__ import annotations

import pytest

from netmatrix import matrix, pods
from netmatrix.errors import LabError


def _start(cats, lab_image, scenarios):
    session = pods.Session(run_id="test-lab", timeout=60)
    verdicts = []
    try:
        # One lab per namespace: dns-no-server needs a resolv.conf of its own.
        for namespace, group in matrix.by_namespace(scenarios).items():
            verdicts += pods.Pod.start(
                session, f"probe{namespace}", lab_image, None, group, cats.profile("fast")
            ).selftest
        return verdicts
    finally:
        session.cleanup()


def test_every_scenario_behaves_as_declared(cats, lab_image, leftovers):
    verdicts = {v.scenario: v for v in _start(cats, lab_image, cats.scenarios.scenarios)}
    assert set(verdicts) == {s.id for s in cats.scenarios.scenarios}
    assert verdicts["tcp-closed"].observed == "refused"
    assert verdicts["tcp-reject"].observed == "icmp-port-unreachable"
    assert verdicts["tcp-drop"].observed == "no-answer"
    assert verdicts["tcp-accept-close"].observed == "accepted-then-fin"
    assert verdicts["tcp-accept-reset"].observed == "accepted-then-rst"
    assert verdicts["udp-reject"].observed == "icmp-port-unreachable"
    assert verdicts["udp-listen"].observed == "no-answer"
    assert verdicts["tcp-reject-host-prohibited"].observed == "icmp-host-prohibited"
    assert verdicts["tcp6-reject-admin-prohibited"].observed == "icmp6-admin-prohibited"
    assert verdicts["route-none"].observed == "no-route"
    assert verdicts["route-blackhole"].observed == "route-blackhole"
    assert verdicts["host-down"].observed == "neighbour-unanswered"
    assert verdicts["tcp-accept-silent"].observed == "accepted-silent"
    assert verdicts["dns-nxdomain"].observed == "dns-nxdomain"
    assert verdicts["dns-no-server"].observed == "dns-port-unreachable"
    assert verdicts["he-v6-blackhole"].observed == "fallback-after-no-answer"
    assert all(v.ok for v in verdicts.values()), [v for v in verdicts.values() if not v.ok]
    assert leftovers() == 0


def test_a_broken_lab_stops_with_the_scenario_named(cats, lab_image, leftovers):
    # Declare that the closed port drops packets: the probe sees a reset, so the lab must refuse.
    lying = cats.scenario("tcp-closed").model_copy(update={"expect": "no-answer"})
    # And a REJECT rule that matches nothing: its counter never moves.
    unhit = cats.scenario("tcp-reject").model_copy(
        update={"rules": (("-A", "INPUT", "-p", "tcp", "--dport", "1", "-j", "REJECT"),), "expect": "refused"}
    )
    # And a route that promises a host down while the address simply has no route.
    lying_route = cats.scenario("route-none").model_copy(update={"expect": "route-unreachable"})
    with pytest.raises(LabError) as err:
        _start(cats, lab_image, [lying, unhit, lying_route])
    text = str(err.value)
    assert "route-none: expected route-unreachable, observed no-route" in text
    assert "tcp-closed: expected no-answer, observed refused" in text
    assert "tcp-reject: its firewall rule was never hit" in text
    assert leftovers() == 0

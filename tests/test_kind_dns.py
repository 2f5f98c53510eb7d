"""Kind dns: what the catalog accepts and refuses, and what a dns scenario offers the runner."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from netmatrix.kinds import Scenario

ADAPTER = TypeAdapter(Scenario)
BASE = {"kind": "dns", "protocol": "tcp", "port": 61000, "cause": "c", "explanation": "e", "wire": "w"}


def _load(**fields):
    return ADAPTER.validate_python({**BASE, "id": "x", **fields})


def _error(**fields) -> str:
    with pytest.raises(ValidationError) as err:
        _load(**fields)
    return str(err.value)


def test_a_valid_nxdomain_scenario_offers_its_name_to_look_up_and_to_dial():
    s = _load(host="Gone.test.", answer="nxdomain", expect="dns-nxdomain")
    assert s.host == "gone.test"  # names are compared as DNS compares them
    assert s.services == ("port", "name")
    assert s.target().host == "gone.test" and s.target().url_host == "gone.test"
    assert s.packets().names == ("gone.test",)
    assert s.namespace == ""


def test_names_outside_the_test_tld_are_refused():
    assert "RFC 6761" in _error(host="example.com", answer="nxdomain", expect="dns-nxdomain")
    assert "RFC 6761" in _error(
        host="x.test",
        answer="records",
        records={"A": ["203.0.113.1"]},
        hosts=["203.0.113.2 real.example"],
        expect="refused",
    )


def test_addresses_must_be_loopback_or_documentation_ranges():
    assert "documentation range" in _error(
        host="x.test", answer="records", records={"A": ["8.8.8.8"]}, expect="refused"
    )
    assert "documentation range" in _error(
        host="x.test", answer="records", records={"A": ["203.0.113.1"]}, listen=["10.0.0.1"], expect="refused"
    )


def test_record_types_must_match_their_address_family():
    assert "an A record holds an IPv4 address" in _error(
        host="x.test", answer="records", records={"A": ["2001:db8::1"]}, expect="refused"
    )


def test_expect_must_be_what_the_answer_gives():
    assert "gives dns-servfail" in _error(host="x.test", answer="servfail", expect="dns-nxdomain")
    assert "gives dns-port-unreachable" in _error(host="x.test", resolver="absent", expect="dns-no-answer")
    assert "a name that resolves can observe" in _error(
        host="x.test", answer="records", records={"A": ["203.0.113.1"]}, expect="dns-nxdomain"
    )


def test_records_need_answer_records_and_a_name_needs_a_source():
    assert "only with answer: records" in _error(
        host="x.test", answer="nxdomain", records={"A": ["203.0.113.1"]}, expect="dns-nxdomain"
    )
    assert "neither in `hosts` nor given an `answer`" in _error(host="x.test", expect="refused")
    assert "leave out answer" in _error(host="127.0.0.1", answer="nxdomain", expect="dns-nxdomain")


def test_an_absent_resolver_needs_a_namespace_of_its_own():
    s = _load(host="x.test", resolver="absent", expect="dns-port-unreachable")
    assert s.namespace == "no-resolver"


def test_happy_eyeballs_is_measured_only_where_both_families_answer():
    both = _load(
        host="he.test",
        answer="records",
        records={"A": ["203.0.113.1"], "AAAA": ["2001:db8::1"]},
        listen=["203.0.113.1"],
        drop=["2001:db8::1"],
        expect="fallback-after-no-answer",
    )
    assert both.packets().fallback
    v4 = _load(host="v4.test", answer="records", records={"A": ["203.0.113.1"]}, expect="refused")
    assert not v4.packets().fallback


def test_an_address_target_is_dialled_as_is_and_not_looked_up():
    s = _load(host="::1", family="ipv6", listen=["127.0.0.1"], expect="refused")
    assert s.services == ("port",)
    assert s.target().url_host == "[::1]"
    assert "is ipv6, but family is ipv4" in _error(host="::1", expect="refused")


def test_two_scenarios_may_not_serve_the_same_name(cats):
    from netmatrix.models import ScenarioCatalog

    raw = cats.scenarios.model_dump(mode="json")
    twin = dict(raw["scenarios"][[s["id"] for s in raw["scenarios"]].index("dns-nxdomain")])
    twin.update(id="dns-twin", port=61999, answer="servfail", expect="dns-servfail")
    raw["scenarios"].append(twin)
    with pytest.raises(ValidationError) as err:
        ScenarioCatalog.model_validate(raw)
    assert "duplicate served name 'nxdomain.test'" in str(err.value)

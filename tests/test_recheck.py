"""Which cells a run measures again (runner/recheck.py): a timeout where the lab answers at once."""

from __future__ import annotations

import pytest

from netmatrix import recheck
from netmatrix.models import Outcome

TIMED_OUT = "* Connection timed out after 5001 milliseconds"


def _cell(scenario: str, stderr: str, **kw) -> Outcome:
    return Outcome(client="curl", scenario=scenario, status="ran", exit_code=28, stderr=stderr, **kw)


@pytest.mark.parametrize("scenario", ["tcp-closed", "tcp-reject", "proxy-scheme", "tls-expired"])
def test_a_timeout_where_the_lab_answers_at_once_is_starved(cats, scenario):
    assert recheck.starved(cats.scenario(scenario), _cell(scenario, TIMED_OUT))


@pytest.mark.parametrize("scenario", ["tcp-drop", "tcp-accept-silent", "udp-closed"])
def test_a_timeout_the_lab_can_cause_is_a_measurement(cats, scenario):
    """Drops and silent servers time clients out by design; a UDP client may ignore the ICMP error."""
    assert not recheck.starved(cats.scenario(scenario), _cell(scenario, TIMED_OUT))


def test_what_the_lab_says_at_once_is_not_starved(cats):
    refused = "* connect to 127.0.0.1 port 60001 failed: Connection refused"
    assert not recheck.starved(cats.scenario("tcp-closed"), _cell("tcp-closed", refused))
    killed = _cell("tcp-closed", "", killed_at_cap=True)
    assert recheck.starved(cats.scenario("tcp-closed"), killed)
    error = Outcome(client="curl", scenario="tcp-closed", status="error", stderr=TIMED_OUT)
    assert not recheck.starved(cats.scenario("tcp-closed"), error)


def test_the_kept_attempt_says_how_many_came_before():
    kept = recheck.noted(_cell("tcp-closed", "", note="x"), 2)
    assert (
        kept.note == "x; measured again: 2 earlier attempts reported a timeout where the lab answers at once "
        "(the machine was starved)"
    )

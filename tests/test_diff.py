from __future__ import annotations

import json

from netmatrix import diff
from netmatrix.models import Outcome

from .test_results import sample


def _cell(scenario, code, stderr, seconds, **kw):
    return Outcome(
        client="curl",
        scenario=scenario,
        status="ran",
        exit_code=code,
        stderr=stderr,
        duration_s=seconds,
        **kw,
    )


A = [
    _cell("tcp-closed", 7, "* Failed to connect to 127.0.0.1 port 60001: Connection refused", 0.01),
    _cell("tcp-drop", 28, "* Connection timed out after 60001 milliseconds", 60.0),
    _cell("tcp-reject", 7, "* Failed to connect to 127.0.0.1 port 60000: Connection refused", 0.02),
]
B = [
    _cell(
        "tcp-closed",
        7,
        "* Failed to connect to 127.0.0.1 port 60001 after 0 ms: Couldn't connect to server",
        0.02,
    ),
    _cell("tcp-drop", 28, "* Connection timed out after 5002 milliseconds", 5.0),
    _cell("tcp-reject", 7, "* Failed to connect to 127.0.0.1 port 60000: Connection refused", 1.05),
    _cell("tcp-accept-close", 52, "* Empty reply from server", 0.01),
]


def test_changes_are_exit_signature_or_duration_class(cats):
    changes = {c.scenario: c.what for c in diff.compare(cats, sample(cells=A), sample(cells=B))}
    assert changes["tcp-closed"] == ("signature",)  # curl 8.x rewording: the news a user wants
    assert changes["tcp-drop"] == ("duration",)  # 60 s vs 5 s; the message is the same
    assert "tcp-reject" not in changes  # 0.02 s vs 1.05 s: one SYN retry, same class
    assert changes["tcp-accept-close"] == ("only in B",)


def test_killed_at_cap_is_its_own_class(cats):
    killed = [_cell("tcp-drop", None, "", 45.0, killed_at_cap=True, signal=15)]
    (change,) = diff.compare(cats, sample(cells=A[1:2]), sample(cells=killed))
    assert set(change.what) == {"exit", "signature", "duration"}
    assert diff.duration_class(change.b) == "killed at cap"


def test_identical_runs_have_no_changes_and_render_both_ways(cats):
    a = sample(cells=A)
    assert diff.compare(cats, a, a) == []
    assert "No cell changed" in diff.render(a, a, [], "plain")
    b = sample(cells=B)
    data = json.loads(diff.render(a, b, diff.compare(cats, a, b), "json"))
    assert {c["scenario"] for c in data["changes"]} == {"tcp-closed", "tcp-drop", "tcp-accept-close"}

"""Which measured cells to measure again: a client that reports a timeout where its lab answers at
once was starved by the machine, not told anything by the network.

A full run starts hundreds of containers on a few cores; once in several runs one client's timer ran
out on a loopback connection the lab refuses or answers within milliseconds (curl × proxy-scheme in
CI, exit 28 instead of 35; go-http × tcp-closed in a faithful run, "i/o timeout" after 30 s instead
of "connection refused"). Such a cell contradicts its scenario's own self-test, which observed the
prompt answer before any client ran, so the run measures it again. In every committed result no
cell of a prompt scenario reports a timeout: the check costs nothing where the matrix is right, and
a client that really does time out there still does so on its re-runs, which are then kept.
"""

from __future__ import annotations

from .kinds import ScenarioBase
from .models import Outcome

ATTEMPTS = 2  # re-runs at most, after the first measurement


def starved(scenario: ScenarioBase, outcome: Outcome) -> bool:
    """Whether the outcome reports a timeout although the scenario's lab answers at once."""
    if outcome.status != "ran" or scenario.slow or scenario.protocol == "udp":
        return False  # a UDP client may wait out an ICMP error it ignores: that is its behaviour
    if outcome.killed_at_cap:
        return True
    from . import conditions  # the table loads lazily: most runs never need it

    said = {f.condition for f in conditions.recognise(f"{outcome.stdout}\n{outcome.stderr}")}
    return "timed-out" in conditions.closure(said)


def noted(outcome: Outcome, earlier: int) -> Outcome:
    """The kept measurement, saying how many attempts before it reported a timeout."""
    why = (
        f"measured again: {earlier} earlier attempt{'s' if earlier > 1 else ''} reported a timeout "
        "where the lab answers at once (the machine was starved)"
    )
    note = f"{outcome.note}; {why}" if outcome.note else why
    return outcome.model_copy(update={"note": note})

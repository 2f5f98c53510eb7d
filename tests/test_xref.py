"""The cross-reference on the committed results (no Docker): leave-one-out, look-ups, and outputs
written by hand the way the clients' own documentation and users show them."""

from __future__ import annotations

import pytest

from netmatrix import results, xref


@pytest.fixture(scope="module")
def index(cats):
    runs = results.load_all()
    assert runs, "the committed results are missing"
    return xref.Index.build(cats, runs)


def _same_behaviour(index, client, a, b) -> bool:
    return bool(set(index._behaviour(client, a)) & set(index._behaviour(client, b)))


def test_leave_one_out_ranks_the_true_cause_first(index):
    """Each recorded cell, explained by an index without it, ranks its own cause first, or tied
    only with causes under which that client shows exactly the same thing."""
    checked = 0
    unstable = index.unstable()
    for obs in index.observations:
        alone = len(index.by_signature[obs.signature]) == 1
        if alone and (obs.client, obs.scenario, obs.image, obs.locale) in unstable:
            continue  # seen once, and other runs of this cell differ: no evidence left to match
        ex = index.without(obs).explain(obs.text, client=obs.client, exit_code=obs.exit_key)
        assert ex.matched, f"{obs.client} × {obs.scenario} ({obs.run}): no match"
        assert obs.scenario in ex.tied, f"{obs.client} × {obs.scenario} ({obs.run}): top was {ex.tied}"
        for other in ex.tied:
            if other != obs.scenario:
                assert _same_behaviour(index, obs.client, obs.scenario, other), (
                    f"{obs.client} × {obs.scenario}: tied with {other}, which it tells apart"
                )
        checked += 1
    assert checked >= len(index.observations) - len(unstable)


def test_unstable_cells_are_few_and_known(index):
    """A cell that flips between runs of one image is a finding; there must be few of them."""
    unstable = index.unstable()
    assert len(unstable) <= 5, unstable


def test_wget_4_is_ambiguous_and_documented(index):
    entry = index.by_client("wget", 4)[4]
    assert entry.ambiguous
    assert {"tcp-closed", "tcp-reject", "tcp-drop"} <= set(entry.causes)


def test_connection_refused_points_to_closed_and_reject_only(index):
    found = index.by_text("Connection refused")
    causes = {c for e in found.values() for c in e.causes}
    assert causes == {"tcp-closed", "tcp-reject"}
    # case and accents do not matter
    assert index.by_text("CONNECTION REFUSED").keys() == found.keys()


def test_tell_closed_from_reject_names_traceroute(index):
    telling = [d.client for d in index.tell("tcp-closed", "tcp-reject") if d.tells]
    assert "traceroute" in telling
    assert "curl" not in telling


# Outputs as users paste them: other hosts, ports and versions than the lab's. Shapes follow the
# clients' documentation and common reports (curl(1) "curl: (7) ...", wget's manual, ssh(1)).
HAND_WRITTEN = [
    (
        "curl: (7) Failed to connect to example.com port 80 after 3 ms: Couldn't connect to server",
        "curl",
        7,
        {"tcp-closed", "tcp-reject"},
    ),
    ("curl: (28) Connection timed out after 5001 milliseconds", "curl", 28, {"tcp-drop"}),
    ("curl: (52) Empty reply from server", "curl", 52, {"tcp-accept-close"}),
    ("curl: (56) Recv failure: Connection reset by peer", "curl", 56, {"tcp-accept-reset"}),
    ("ssh: connect to host db.example.org port 22: Connection timed out", None, None, {"tcp-drop"}),
    (
        "ssh: connect to host 192.0.2.10 port 2222: Connection refused",
        "ssh",
        255,
        {"tcp-closed", "tcp-reject"},
    ),
    (
        "Connecting to example.com (example.com)|93.184.216.34|:80... failed: Connection refused.",
        "wget",
        4,
        {"tcp-closed", "tcp-reject"},
    ),
    ("ConnectionRefusedError: [Errno 111] Connection refused", "python3", None, {"tcp-closed", "tcp-reject"}),
    ("TimeoutError: [Errno 110] Connection timed out", None, None, {"tcp-drop"}),
    ("net::ERR_CONNECTION_TIMED_OUT", None, None, {"tcp-drop"}),
]


@pytest.mark.parametrize("text,client,code,expected", HAND_WRITTEN)
def test_hand_written_outputs(index, text, client, code, expected):
    ex = index.explain(text, client=client, exit_code=code)
    assert set(ex.tied) == expected, [(c.scenario, c.score) for c in ex.candidates]


def test_closed_or_reject_tie_suggests_a_command_that_tells(index):
    ex = index.explain(
        "curl: (7) Failed to connect to example.com port 80: Connection refused", client="curl", exit_code=7
    )
    assert set(ex.tied) == {"tcp-closed", "tcp-reject"}
    assert "traceroute" in {d.client for d in ex.distinguishers}


def test_unknown_text_is_an_honest_no_match(index):
    ex = index.explain("Segmentation fault (core dumped)")
    assert not ex.matched and ex.candidates == ()


def test_documented_meanings_come_with_their_source(index):
    wget = index.documented("wget")
    assert wget.documented and wget.codes[4] == "Network failure." and "Wget" in wget.source
    assert "timeout" in index.documented("curl").codes[28].lower()
    assert index.documented("ssh").codes[255]
    telnet = index.documented("telnet")
    assert not telnet.documented and not telnet.codes and telnet.note  # says so, and why


def test_lookup_text_renders_documented_and_observed(index):
    from netmatrix import answers

    text = answers.lookup_client(index, "wget", 4, "plain")
    assert "documented: Network failure." in text and "AMBIGUOUS" in text
    assert "tcp-drop" in text and "tcp-closed" in text


def test_pasted_ports_and_addresses_become_placeholders():
    assert xref.scrub_pasted("Connecting to 10.0.0.1:60020… failed") == "Connecting to <host>:<port>… failed"
    assert (
        xref.scrub_pasted("nc: connect to db port 5432 (tcp) failed")
        == "nc: connect to db port <port> (tcp) failed"
    )
    assert xref.scrub_pasted("[Errno 111] Connection refused") == "[Errno 111] Connection refused"

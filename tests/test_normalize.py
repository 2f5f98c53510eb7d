from __future__ import annotations

from netmatrix.models import Outcome
from netmatrix.normalize import message, scrub


def _ran(stderr: str = "", stdout: str = "", client: str = "x") -> Outcome:
    return Outcome(client=client, scenario="s", status="ran", exit_code=1, stdout=stdout, stderr=stderr)


def test_volatile_parts_become_placeholders():
    assert (
        scrub("140595570463872:error:0200206F:system library:connect:Connection refused", "127.0.0.1", 60001)
        == "<id>:error:0200206F:system library:connect:Connection refused"
    )
    assert (
        scrub("808B49320B7F0000:error:8000006F:system library", "", None)
        == "<id>:error:8000006F:system library"
    )
    assert (
        scrub("* Expire in 0 ms for 6 (transfer 0x55bf2d3fec40)", "", None)
        == "* Expire in <n> ms for 6 (transfer <addr>)"
    )
    assert (
        scrub("--2019-06-30 19:06:05--  http://127.0.0.1:60001/", "127.0.0.1", 60001)
        == "--<time>-- http://<host>:<port>/"
    )
    assert (
        scrub("Connection timed out after 60000 milliseconds", "", None)
        == "Connection timed out after <n> milliseconds"
    )
    assert scrub("Host is up (0.00011s latency).", "", None) == "Host is up (<n>s latency)."


def test_port_is_replaced_only_as_a_whole_number():
    assert (
        scrub("port 60001, 160001, 600012, to 1.2.3.4:60001...", "", 60001)
        == "port <port>, <n>, <n>, to 1.2.3.4:<port>..."
    )


def test_two_runs_differing_only_in_volatile_parts_give_one_signature():
    a = _ran(
        "140595570463872:error:0200206F:system library:connect:Connection refused:b_sock2.c:110:\n"
        "connect:errno=111\n"
    )
    b = _ran(
        "140296376857728:error:0200206F:system library:connect:Connection refused:b_sock2.c:110:\n"
        "connect:errno=111\n"
    )
    assert message(a, None, "127.0.0.1", 60000).signature == message(b, None, "127.0.0.1", 60000).signature


def test_generic_rule_prefers_verdict_lines_in_several_languages():
    out = _ran(
        "--2019-06-30 19:06:05--  http://127.0.0.1:60001/\n"
        "Connexion à 127.0.0.1:60001… échec : Connexion refusée.\n"
    )
    msg = message(out, None, "127.0.0.1", 60001)
    assert msg.key_line == "Connexion à 127.0.0.1:60001… échec : Connexion refusée."
    assert msg.signature == "Connexion à <host>:<port>… échec : Connexion refusée."


def test_client_hints_narrow_to_a_named_group(cats):
    dom = '<html>...<script>var loadTimeDataRaw = {"errorCode":"ERR_CONNECTION_REFUSED","x":1};</script>'
    msg = message(_ran(stdout=dom, client="chromium"), cats.client("chromium"), "127.0.0.1", 1)
    assert msg.signature == "ERR_CONNECTION_REFUSED"


def test_no_output_and_unavailable_cells():
    assert message(_ran(), None, "h", 1).signature == "(no output)"
    gone = Outcome(client="x", scenario="s", status="unavailable", note="links is not installed")
    assert message(gone, None, "h", 1).key_line == "links is not installed"


def test_key_line_prefers_the_line_that_names_the_failure():
    out = _ran(
        "--2026-11-25 03:52:19--  http://127.0.0.1:60020/\n"
        "Connexion à 127.0.0.1:60020… échec : Connexion terminée par expiration du délai d'attente.\n"
        "Abandon.\n"
    )
    msg = message(out, None, "127.0.0.1", 60020)
    assert msg.key_line.endswith("expiration du délai d'attente.")
    assert msg.signature.endswith("| Abandon.")  # the signature keeps both


def test_openssl_thread_ids_quoted_by_a_runtime_are_scrubbed():
    """Node quotes OpenSSL's error line after "[Error: ": its thread id changes from run to run."""
    line = "TypeError: fetch failed | [Error: 0098AE768E7F0000:error:0A00010B:SSL routines]"
    assert scrub(line, "", None) == "TypeError: fetch failed | [Error: <id>:error:0A00010B:SSL routines]"

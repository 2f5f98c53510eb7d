"""The condition table: every row has a source, the translated glibc strings were read from the
message catalogues (not typed), and outputs in many clients' words and locales are recognised."""

from __future__ import annotations

import gettext
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from netmatrix import conditions

ROOT = Path(__file__).resolve().parent.parent
DATA = json.loads(conditions.DATA_FILE.read_text(encoding="utf-8"))


def test_every_row_names_its_source_and_a_known_condition():
    known = set(DATA["conditions"])
    assert len(DATA["phrases"]) > 300
    for row in DATA["phrases"]:
        base, _, status = row["condition"].partition(":")
        assert base in known, row
        assert not status or re.fullmatch(r"\d{3}", status), row  # a row may say the status itself
        assert len(row["source"]) > 10, row
        assert row["text"].strip(), row
        if row["match"].startswith("regex"):
            re.compile(row["text"])
            assert row["trigger"] in row["text"], row  # the literal a match must contain
            # ... and plain text: a quantifier or group syntax in it ("?authentication", the
            # trigger once taken after an optional group) would keep the row from ever running
            assert not re.search(r"[?*+()\[\]{}|\\]", row["trigger"]), row
            # ... and in every branch of a top-level alternation (a row "A|B" whose trigger is A's
            # would never run on a text that says B)
            for branch in _top_level_branches(row["text"]):
                assert row["trigger"] in branch, (row["trigger"], branch)
            # ... and lower-case: the text is folded before a regex runs, without re.I (a row
            # written "OSError: -2" never matched anything)
            literal = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", row["text"])
            assert not re.search(r"[A-Z]", literal), row


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


def test_families_are_declared():
    for name, info in DATA["conditions"].items():
        for parent in info["implies"]:
            assert parent in DATA["conditions"], (name, parent)


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_translations_came_from_the_catalogues(locale):
    """The French and German rows say which libc.mo they came from and which C message they
    translate; re-reading that catalogue (when this machine has it) gives the committed text."""
    rows = [r for r in DATA["phrases"] if r["locale"] == locale]
    msgids = {r["msgid"] for r in rows}
    assert {
        "Connection refused",
        "Connection timed out",
        "No route to host",
        "Network is unreachable",
        "Name or service not known",
    } <= msgids
    for path in sorted({r["mo"] for r in rows}):
        mo = Path(path)
        if not mo.exists():
            pytest.skip(f"{mo} not installed here (apt-get install libc-l10n wget)")
        with mo.open("rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
        for r in rows:
            if r["mo"] == path:  # (wget's rows keep the translation beside the regex made of it)
                assert catalogue.gettext(r["msgid"]) == r.get("translation", r["text"]), r


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_wgets_translations_came_from_its_catalogues(locale):
    """wget's own messages in French and German are read from wget.mo, each "%s" (and "%d") a gap
    in the regex: the German certificate line matches a paste about another host."""
    rows = [r for r in DATA["phrases"] if r["locale"] == locale and r.get("mo", "").endswith("wget.mo")]
    said = {r["condition"] for r in rows}
    assert {"cert-untrusted", "cert-expired", "cert-wrong-host", "tls-failed", "connect-failed"} <= said
    for r in rows:
        # (line breaks and the blanks around them as one space, as recognise() reads a text)
        filled = r["translation"].replace("%s", "x.example").replace("%d", "47191")
        pasted = " ".join(conditions.fold(filled).split())
        assert re.search(r["text"], pasted), r


def test_generator_reproduces_the_committed_table(tmp_path):
    """scripts/gen_conditions.py, run again on this machine, writes the same table (the data file
    is generated, never edited by hand)."""
    if not Path("/usr/share/locale/fr/LC_MESSAGES/libc.mo").exists():
        pytest.skip("libc-l10n not installed here")
    if not Path("/usr/share/locale/fr/LC_MESSAGES/wget.mo").exists():
        pytest.skip("wget's catalogues not installed here")
    out = tmp_path / "conditions_data.json"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_conditions.py"), str(out)],
        check=True,
        capture_output=True,
    )
    assert json.loads(out.read_text(encoding="utf-8")) == DATA


def _seen(text: str) -> set[str]:
    return {f.condition for f in conditions.recognise(text)}


# What the output says -> the most specific condition. Shapes from the sources in the table.
SAID = [
    ("ssh: connect to host db port 22: Connection refused", "refused"),
    ("wget: Connexion à 10.0.0.1:80… échec : Connexion refusée.", "refused"),
    ("Verbindungsaufbau zu 10.0.0.1:80 … fehlgeschlagen: Verbindungsaufbau abgelehnt.", "refused"),
    ("connexion refusee", "refused"),  # links prints without accents
    (
        "[WinError 10061] No connection could be made because the target machine actively refused it",
        "refused",
    ),
    ("System.Net.Sockets.SocketException (10061): No se puede establecer una conexión", "refused"),
    ("Error: connect ECONNREFUSED 127.0.0.1:3000", "refused"),
    ("Errno::ECONNREFUSED: Connection refused - connect(2)", "refused"),
    ("net::ERR_CONNECTION_REFUSED", "refused"),
    ("dial tcp 10.0.0.1:443: i/o timeout", "syn-timed-out"),
    ("curl: (28) Connection timed out after 5001 milliseconds", "connect-timed-out"),
    ("curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received", "transfer-timed-out"),
    ("Ncat: No route to host.", "no-route"),
    ("java.net.NoRouteToHostException: Host is unreachable", "no-route"),
    ("connect: Network is unreachable", "net-unreachable"),
    ("wget: Le réseau n'est pas accessible", "net-unreachable"),
    ("ERR_ADDRESS_UNREACHABLE", "unreachable"),
    ("curl: (56) Recv failure: Connection reset by peer", "reset"),
    ("curl: (52) Empty reply from server", "empty-reply"),
    ("ssh: Could not resolve hostname db: Name or service not known", "name-not-found"),
    ("ping: db: Temporary failure in name resolution", "name-temporary-failure"),
    ("dial tcp: lookup db on 127.0.0.53:53: no such host", "name-not-found"),
    ("lookup db on 127.0.0.53:53: server misbehaving", "name-servfail-rcode"),
    ("wget: bad address 'db'", "name-resolution-failed"),
    ("curl: (35) error:0A00010B:SSL routines::wrong version number", "tls-wrong-version"),
    ("SSL_ERROR_RX_RECORD_TOO_LONG", "tls-wrong-version"),
    ("x509: certificate has expired or is not yet valid", "cert-expired"),
    (
        "curl: (60) SSL: no alternative certificate subject name matches target host name 'x'",
        "cert-wrong-host",
    ),
    ("curl: (56) Received HTTP code 403 from proxy after CONNECT", "proxy-status:403"),
    ("curl: (56) CONNECT tunnel failed, response 407", "proxy-status:407"),
    ("ERROR 2003 (HY000): Can't connect to MySQL server on 'db' (111)", "refused"),
    ("From 10.0.0.1 icmp_seq=1 Destination Host Unreachable", "no-route"),
    ("localhost took too long to respond.", "timed-out"),
    ("< HTTP/1.1 502 Bad Gateway", "gateway-error:502"),
    (";; connection timed out; no servers could be reached", "name-server-timed-out"),
    ("curl: (7) couldn't connect to host", "connect-failed"),
    ("npm ERR! code SELF_SIGNED_CERT_IN_CHAIN", "cert-unknown-ca"),
    ("curl: (60) SSL certificate problem: self-signed certificate", "cert-self-signed"),
    ("Error: certificate has expired (code CERT_HAS_EXPIRED)", "cert-expired"),
    (
        "Hostname/IP does not match certificate's altnames: Host: a.test. is not in the cert's altnames",
        "cert-wrong-host",
    ),
    (";; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: 1", "name-refused-rcode"),
    ("traceroute: unknown host x.test: Unknown host", "name-not-found"),
    (
        "lookup x.test on 10.0.0.2:53: read udp 10.0.0.9:4->10.0.0.2:53: read: connection refused",
        "name-server-refused",
    ),
    ("HTTP/1.0 403 Forbidden", "http-status:403"),
    ("400 The plain HTTP request was sent to HTTPS port", "plain-http-to-tls"),
]


def test_a_longer_phrase_speaks_for_the_shorter_ones_inside_it():
    """The chain variant of OpenSSL's error is not also a self-signed leaf; curl's transfer
    timeout is not also the BSD connect timeout; dig's refused query is not the client's."""
    chain = _seen("curl: (60) SSL certificate problem: self signed certificate in certificate chain")
    assert "cert-unknown-ca" in chain and "cert-self-signed" not in chain
    transfer = _seen("curl: (28) Operation timed out after 5001 milliseconds with 0 bytes received")
    assert "transfer-timed-out" in transfer and "connect-timed-out" not in transfer
    dig = _seen(";; communications error to 127.0.0.53#53: connection refused")
    assert "name-server-refused" in dig and "refused" not in dig
    # the same phrase outside the longer one still counts
    both = _seen("self-signed certificate in certificate chain\nverify error: self-signed certificate")
    assert {"cert-unknown-ca", "cert-self-signed"} <= both


def test_a_resolvers_report_puts_its_timeouts_in_context():
    """dig's timeout is the DNS query's, not the client's connection: only the resolver's
    condition is decisive."""
    found = _seen("connect to 10.0.0.2 port 53: Connection timed out\nTemporary failure in name resolution")
    assert "syn-timed-out" in found
    assert conditions.decisive(found) == {"name-temporary-failure"}
    assert conditions.decisive(_seen("HTTP/1.1 502 Connection refused")) == {"gateway-error:502"}


@pytest.mark.parametrize("text,condition", SAID)
def test_conditions_are_recognised(text, condition):
    found = _seen(text)
    assert condition in found, found
    assert condition in conditions.leaves(found)


def test_families_and_leaves():
    assert conditions.closure({"refused"}) == {"refused", "connect-failed"}
    assert conditions.closure({"proxy-status:403"}) >= {"proxy-status:403", "proxy-status", "proxy-failed"}
    assert conditions.leaves({"refused", "connect-failed"}) == {"refused"}


def test_a_port_number_is_no_winsock_code():
    """10061 only counts next to an error word: a port or a duration is not an error code."""
    assert _seen("Listening on 0.0.0.0:10061") == set()
    assert _seen("after 10060 ms") == set()


def test_unrelated_text_names_nothing():
    assert _seen("Segmentation fault (core dumped)") == set()
    assert _seen("") == set()


def test_long_text_is_linear_and_finds_the_phrase_anywhere():
    filler = "\n".join(f"GET /static/{i}.png HTTP/1.1 200 OK - lorem ipsum dolor" for i in range(20000))
    text = filler + "\nssh: connect to host db port 22: Connexion refusée\n" + filler
    assert len(text) > 1_000_000
    assert "refused" in _seen(text)

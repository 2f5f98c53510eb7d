"""TLS, proxies and a port forwarder on the real engine: nginx, tinyproxy and socat in the lab, a CA
made at lab start and trusted by the client container, the clients' own messages and exit codes."""

from __future__ import annotations

import pytest

from netmatrix import images, run

BOOKWORM = images.ImageRef("debian", "bookworm")
TLS = (
    "http-ok",
    "tls-plain-server",
    "tls-server-plain-client",
    "tls-self-signed",
    "tls-expired",
    "tls-wrong-host",
    "tls-untrusted-ca",
    "tls-old-version",
    "mtu-blackhole",
)
PROXY = ("proxy-refused", "proxy-forbidden", "proxy-auth", "proxy-bad-gateway", "proxy-scheme")


@pytest.fixture(scope="module")
def cells(cats, tmp_path_factory, docker_client):
    out = tmp_path_factory.mktemp("tls") / "tls.json"
    res = run.run(
        cats,
        run.RunRequest(
            BOOKWORM,
            profile="fast",
            clients=("curl", "wget"),
            scenarios=(*TLS, *PROXY, "forward-no-backend"),
            output=out,
        ),
    )
    assert all(c.status == "ran" for c in res.cells), [c for c in res.cells if c.status != "ran"]
    return {(c.client, c.scenario): c for c in res.cells}


def test_the_lab_ca_is_trusted_and_the_control_works(cells):
    ok = cells[("curl", "http-ok")]
    assert ok.exit_code == 0 and "SSL certificate verify ok" in ok.stderr
    assert "netmatrix lab: ok" in ok.stdout
    assert cells[("wget", "http-ok")].exit_code == 0


def test_https_to_a_plain_server_is_a_wrong_version_number(cells):
    curl = cells[("curl", "tls-plain-server")]
    assert curl.exit_code == 35 and "wrong version number" in curl.stderr
    # the other way round, nginx says so in plain text (curl exits 0: no --fail)
    plain = cells[("curl", "tls-server-plain-client")]
    assert plain.exit_code == 0 and "The plain HTTP request was sent to HTTPS port" in plain.stdout
    assert cells[("wget", "tls-server-plain-client")].exit_code == 8  # server error response


@pytest.mark.parametrize(
    ("scenario", "curl_says", "wget_says"),
    [
        ("tls-self-signed", "self-signed certificate", "doesn't have a known issuer"),
        ("tls-expired", "certificate has expired", "has expired"),
        (
            "tls-wrong-host",
            "no alternative certificate subject name matches target host name 'wrong.test'",
            "The certificate's owner does not match hostname ‘wrong.test’",
        ),
        ("tls-untrusted-ca", "unable to get local issuer certificate", "doesn't have a known issuer"),
    ],
)
def test_certificate_errors(cells, scenario, curl_says, wget_says):
    curl, wget = cells[("curl", scenario)], cells[("wget", scenario)]
    assert curl.exit_code == 60 and curl_says in curl.stderr
    assert wget.exit_code == 5 and wget_says in wget.stderr


def test_an_old_tls_server_is_refused_by_curl(cells):
    curl = cells[("curl", "tls-old-version")]
    assert curl.exit_code == 35 and "legacy sigalg disallowed or unsupported" in curl.stderr


def test_an_mtu_black_hole_hangs_until_the_timeout_and_the_wire_names_the_dropped_segments(cells):
    curl = cells[("curl", "mtu-blackhole")]
    assert curl.exit_code == 28 and curl.duration_s >= 4.5  # fast profile: --max-time 5
    summary = curl.wire.summary
    assert summary.startswith("SYN → SYN-ACK → ACK")
    # the server's certificate flight (> 1000 bytes) is sent again and again, never acknowledged
    assert "retransmitted ×" in summary
    sizes = [int(w) for w in summary.replace(",", " ").split() if w.isdigit()]
    assert max(sizes) > 1000


@pytest.mark.parametrize(
    ("scenario", "status"), [("proxy-forbidden", 403), ("proxy-auth", 407), ("proxy-bad-gateway", 500)]
)
def test_proxy_answers_are_curls_connect_tunnel_failed(cells, scenario, status):
    curl = cells[("curl", scenario)]
    assert curl.exit_code == 56 and f"CONNECT tunnel failed, response {status}" in curl.stderr
    assert "Uses proxy env variable https_proxy" in curl.stderr
    assert cells[("wget", scenario)].exit_code == 4
    assert "Proxy tunneling failed" in cells[("wget", scenario)].stderr


def test_proxy_down_and_proxy_url_scheme(cells):
    refused = cells[("curl", "proxy-refused")]
    assert refused.exit_code == 7 and "port 60420" in refused.stderr  # the proxy's port, not the site's
    scheme = cells[("curl", "proxy-scheme")]
    assert scheme.exit_code == 35 and "wrong version number" in scheme.stderr
    # the proxy cell's wire holds the proxy's own connection to the origin, which refuses it
    assert "SYN → RST,ACK" in cells[("curl", "proxy-bad-gateway")].wire.summary


def test_a_forwarder_with_nothing_behind_it(cells):
    curl = cells[("curl", "forward-no-backend")]
    said = curl.stderr
    assert (curl.exit_code == 52 and "Empty reply from server" in said) or (
        curl.exit_code == 56 and "Connection reset by peer" in said
    )
    assert "SYN → RST,ACK" in curl.wire.summary  # the forwarder's own attempt at the backend


@pytest.fixture(scope="module")
def browsers(cats, tmp_path_factory, docker_client):
    """One slow cell per browser: https:// to a plain HTTP server (browsers take ~20 s to start)."""
    out = tmp_path_factory.mktemp("tls") / "browsers.json"
    res = run.run(
        cats,
        run.RunRequest(
            BOOKWORM,
            profile="fast",
            clients=("chromium", "firefox"),
            scenarios=("tls-plain-server",),
            output=out,
        ),
    )
    return {c.client: c for c in res.cells}


def test_browsers_under_tls_plain_server(browsers):
    chromium, firefox = browsers["chromium"], browsers["firefox"]
    assert not chromium.killed_at_cap and not firefox.killed_at_cap
    assert "ERR_SSL_PROTOCOL_ERROR" in chromium.stdout
    assert "error-code: SSL_ERROR_RX_RECORD_TOO_LONG" in firefox.stdout and firefox.exit_code == 1

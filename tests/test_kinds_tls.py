"""Kinds tls, proxy and forward: what their catalog entries may say, and what cells they make."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from netmatrix import matrix
from netmatrix.kinds import Scenario
from netmatrix.kinds.labca import CA_PATH, der_base64
from netmatrix.models import ScenarioCatalog

SCENARIO = TypeAdapter(Scenario)
BASE = {"id": "x", "cause": "c", "explanation": "e", "wire": "w", "port": 61000}


def _tls(**fields):
    return SCENARIO.validate_python({**BASE, "kind": "tls", "server": "https", "expect": "tls-ok", **fields})


def test_a_tls_scenario_says_what_the_probe_will_see():
    assert _tls().expect == "tls-ok"
    with pytest.raises(ValidationError, match="gives tls-expired"):
        _tls(certificate="expired")  # expect tls-ok, but an expired certificate cannot give that
    assert _tls(certificate="expired", expect="tls-expired").certificate == "expired"
    wrong = _tls(host="wrong.test", certificate_for="tls.test", expect="tls-wrong-host")
    assert wrong.names == ("wrong.test", "tls.test") and wrong.target().host == "wrong.test"
    assert _tls(protocols=["TLSv1"], expect="tls-old-version-only").protocols == ("TLSv1",)
    assert _tls(drop_larger_than=1000, expect="tls-stalled").slow


def test_tls_names_must_be_lab_names_and_plain_servers_have_no_certificate():
    with pytest.raises(ValidationError, match="under .test"):
        _tls(host="example.com")
    with pytest.raises(ValidationError, match="under .test"):
        _tls(host="tls.test.evil.org")
    with pytest.raises(ValidationError, match="no certificate"):
        SCENARIO.validate_python(
            {**BASE, "kind": "tls", "server": "http", "certificate": "expired", "expect": "tls-plain-answer"}
        )
    with pytest.raises(ValidationError, match="ipv4"):
        _tls(family="ipv6")
    with pytest.raises(ValidationError, match="cannot observe"):
        _tls(server="http", service="http", expect="refused")


def _proxy(**fields):
    return SCENARIO.validate_python(
        {
            **BASE,
            "kind": "proxy",
            "proxy": "open",
            "origin_port": 61001,
            "expect": "http-status-500",
            **fields,
        }
    )


def test_a_proxy_scenario_sets_the_proxy_variables_and_dials_the_origin():
    proxy = _proxy(proxy_scheme="https")
    assert proxy.client_env()["https_proxy"] == "https://127.0.0.1:61000"
    assert proxy.client_env()["http_proxy"] == "https://127.0.0.1:61000"
    assert proxy.target().host == "tls.test" and proxy.target().port == 61001
    assert proxy.ports == (61000, 61001) and proxy.packets().extra_ports == (61001,)
    with pytest.raises(ValidationError, match="must differ"):
        _proxy(origin_port=61000)
    with pytest.raises(ValidationError, match="gives http-status-407"):
        _proxy(proxy="basic-auth", expect="http-status-403")
    with pytest.raises(ValidationError, match="needs a proxy that listens"):
        _proxy(proxy="none", proxy_scheme="https", expect="refused")


def test_a_forwarder_needs_a_backend_port_of_its_own():
    fwd = SCENARIO.validate_python(
        {**BASE, "kind": "forward", "backend_port": 61002, "expect": "accepted-then-fin"}
    )
    assert fwd.ports == (61000, 61002) and fwd.service == "port"
    with pytest.raises(ValidationError, match="must differ"):
        SCENARIO.validate_python(
            {**BASE, "kind": "forward", "backend_port": 61000, "expect": "accepted-then-fin"}
        )
    with pytest.raises(ValidationError, match="cannot observe"):
        SCENARIO.validate_python({**BASE, "kind": "forward", "backend_port": 61002, "expect": "refused"})


def test_origin_and_backend_ports_are_unique_in_the_catalog(cats):
    taken = cats.scenario("tcp-closed").port
    clash = _proxy(origin_port=taken).model_dump()
    with pytest.raises(ValidationError, match=f"duplicate port {taken}"):
        ScenarioCatalog.model_validate(
            {"format": 1, "profiles": {}, "scenarios": [cats.scenario("tcp-closed").model_dump(), clash]}
        )


def test_only_clients_that_honour_proxy_variables_meet_proxy_scenarios(cats):
    fast = cats.profile("fast")
    forbidden = cats.scenario("proxy-forbidden")
    cells = {c.client.id: c for c in matrix.expand(cats.clients.clients, [forbidden], fast)}
    assert "curl" in cells and "wget" in cells
    assert "openssl" not in cells and "nc" not in cells  # neither reads https_proxy
    curl = cells["curl"]
    assert curl.argv[-1] == "https://tls.test:60423/"  # the origin, through the proxy
    assert curl.env["https_proxy"] == "http://127.0.0.1:60422"
    assert curl.env["NODE_EXTRA_CA_CERTS"] == CA_PATH


def test_https_services_name_the_host_that_certificates_name(cats):
    fast = cats.profile("fast")
    openssl = matrix.argv_for(cats.client("openssl"), cats.scenario("tls-wrong-host"), fast)
    assert openssl[:3] == ("openssl", "s_client", "-connect")
    assert "wrong.test:60405" in openssl and openssl[openssl.index("-verify_hostname") + 1] == "wrong.test"
    # http to a TLS port: curl's plain argv; openssl s_client has no http service, so no cell
    plain = cats.scenario("tls-server-plain-client")
    assert matrix.argv_for(cats.client("curl"), plain, fast)[-1] == "http://tls.test:60402"
    assert matrix.template_for(cats.client("openssl"), plain) is None
    # every TCP client meets the forwarder (a plain port)
    fwd = cats.scenario("forward-no-backend")
    assert all(matrix.template_for(c, fwd) for c in cats.clients.clients if c.protocol == "tcp")


def test_chromium_policy_gets_the_der_body_of_the_pem():
    pem = "-----BEGIN CERTIFICATE-----\nMIIB\nAbCd==\n-----END CERTIFICATE-----\n"
    assert der_base64(pem) == "MIIBAbCd=="

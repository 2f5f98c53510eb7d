from __future__ import annotations

from pathlib import Path

import pytest

from netmatrix import catalog
from netmatrix.errors import CatalogError, UsageError
from netmatrix.models import ClientCatalog, ScenarioCatalog

ARTICLE_TCP = (
    "telnet nc bash zsh nmap traceroute nmap-syn openssl ssh perl python3 ruby curl wget "
    "links chromium firefox"
)
ARTICLE_UDP = "nc-udp bash-udp traceroute-udp nmap-udp"
BUSYBOX = "busybox-nc busybox-wget busybox-telnet"
PASTED = "ncat node-net node-fetch python3-requests git php go-net go-http dig getent ping"
TIMEOUTS = "nc-timeout ssh-timeout python3-timeout"


def test_catalogs_hold_the_article_rows_and_columns(cats):
    ids = [c.id for c in cats.clients.clients]
    assert (
        ids == ARTICLE_TCP.split() + BUSYBOX.split() + PASTED.split() + TIMEOUTS.split() + ARTICLE_UDP.split()
    )
    ports = {s.id: s.port for s in cats.scenarios.scenarios}
    assert ports["tcp-closed"] == 60001 and ports["tcp-reject"] == 60000
    assert ports["tcp-drop"] == 60020 and ports["tcp-accept-close"] == 60040
    assert ports["udp-closed"] == 60011 and ports["udp-reject"] == 60010
    assert ports["udp-drop"] == 60030 and ports["udp-listen"] == 60050
    assert cats.client("traceroute").user == "root" and cats.client("nmap-udp").user == "root"
    assert cats.client("telnet").terminal


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clients.yaml"
    path.write_text(text)
    return path


def test_error_names_file_line_and_field_by_id(tmp_path):
    path = _write(
        tmp_path,
        """format: 1
clients:
  - id: wget
    title: wget
    protocol: tcp
    argv: [wget, "{hots}"]
    packages: {debian: [wget]}
""",
    )
    with pytest.raises(CatalogError) as err:
        catalog.load_model(path, ClientCatalog)
    assert str(err.value) == (
        "clients.yaml:6: clients[wget].argv: unknown placeholder {hots} in "
        "'{hots}'; use host, url_host, port, timeout, wait"
    )


def test_missing_field_and_bad_enum_point_at_the_item(tmp_path):
    path = _write(
        tmp_path,
        """format: 1
clients:
  - id: ok
    title: ok
    protocol: tcp
    argv: [true]
    packages: {debian: [coreutils]}
  - id: broken
    protocol: sctp
""",
    )
    with pytest.raises(CatalogError) as err:
        catalog.load_model(path, ClientCatalog)
    text = str(err.value)
    assert "clients.yaml:9: clients[broken].protocol: Input should be 'tcp', 'udp' or 'icmp'" in text
    assert "clients.yaml:8: clients[broken].title: Field required" in text


def test_yaml_syntax_error_has_a_line(tmp_path):
    path = _write(tmp_path, "format: 1\nclients:\n  - id: [unclosed\n")
    with pytest.raises(CatalogError, match=r"^clients.yaml:\d+: not valid YAML"):
        catalog.load_model(path, ClientCatalog)


def test_duplicate_ids_and_ports_are_refused(tmp_path):
    path = tmp_path / "scenarios.yaml"
    path.write_text("""format: 1
profiles: {fast: {description: x, timeout: 1, wait: 1, cap: 2}}
scenarios:
  - {id: a, kind: server, server: none, protocol: tcp, port: 1, cause: c, explanation: e,
     expect: refused, wire: w}
  - {id: b, kind: server, server: none, protocol: udp, port: 1, cause: c, explanation: e,
     expect: icmp-port-unreachable, wire: w}
""")
    with pytest.raises(CatalogError, match=r"scenarios.yaml:6: scenarios\[b\].port: duplicate port '1'"):
        catalog.load_model(path, ScenarioCatalog)


def test_server_must_match_protocol(tmp_path):
    path = tmp_path / "scenarios.yaml"
    path.write_text("""format: 1
profiles: {}
scenarios:
  - {id: a, kind: server, protocol: tcp, port: 1, cause: c, explanation: e, expect: no-answer,
     wire: w, server: udp-sink}
""")
    with pytest.raises(CatalogError, match=r"scenarios.yaml:4: scenarios\[a\]: server udp-sink needs"):
        catalog.load_model(path, ScenarioCatalog)


def _scenarios(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "scenarios.yaml"
    path.write_text("format: 1\nprofiles: {}\nscenarios:\n" + entry)
    return path


def test_each_kind_validates_its_own_fields(tmp_path):
    # A route may only name documentation-range addresses: the lab never configures any other.
    path = _scenarios(
        tmp_path,
        """  - {id: r, kind: route, route: unreachable, protocol: tcp, port: 1,
     address: 10.0.0.5, cause: c, explanation: e, expect: route-unreachable, wire: w}
""",
    )
    with pytest.raises(CatalogError, match=r"scenarios\[r\]\.address: .*outside the documentation"):
        catalog.load_model(path, ScenarioCatalog)
    # A kind cannot promise what it cannot produce, and an unknown kind names the valid ones.
    path = _scenarios(
        tmp_path,
        """  - {id: f, kind: firewall, protocol: tcp, port: 1,
     rules: ["-A INPUT -j DROP"], cause: c, explanation: e, expect: accepted-then-fin, wire: w}
  - {id: k, kind: teleport, protocol: tcp, port: 2, cause: c, explanation: e, expect: refused, wire: w}
""",
    )
    with pytest.raises(CatalogError) as err:
        catalog.load_model(path, ScenarioCatalog)
    text = str(err.value)
    assert "scenarios[f]: expect: a firewall scenario cannot observe 'accepted-then-fin'" in text
    assert "scenarios[k].kind: unknown kind 'teleport'; valid: 'server', 'firewall', 'route'" in text


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CatalogError, match="cannot read"):
        catalog.load_model(tmp_path / "nope.yaml", ClientCatalog)


def test_unknown_names_list_the_valid_ones(cats):
    with pytest.raises(UsageError, match=r"unknown client 'curlx'; valid: telnet, nc, .*curl"):
        cats.client("curlx")
    with pytest.raises(UsageError, match=r"unknown scenario 'tcp-nope'; valid: tcp-closed"):
        cats.select_scenarios(["tcp-nope"])


def test_rules_are_split_into_argv(cats):
    assert cats.scenario("tcp-drop").rules == (
        ("-A", "INPUT", "-p", "tcp", "--dport", "60020", "-j", "DROP"),
    )


def test_families_without_a_package_are_said_so(cats):
    assert cats.client("chromium").packages_for("ubuntu") is None  # a snap only
    assert cats.client("curl").packages_for("ubuntu") == ("curl",)  # falls back to debian's names
    assert cats.client("traceroute").packages_for("alpine") is None

"""Malformed catalogs made from the real ones by one mutation each, with where the error must point.

Shared by tests/faults/test_catalogs.py and bench/faults.py. Each mutation replaces one unique piece
of clients.yaml or scenarios.yaml; the error must name that file, the line where `at` (a piece of the
replacement) lands, and `field`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netmatrix import catalog

DEEP = 20_000


@dataclass(frozen=True)
class Mutation:
    name: str
    file: str  # clients.yaml or scenarios.yaml
    old: str | bytes  # a unique piece of the real file
    new: str | bytes
    field: str  # must appear in the error
    at: str | bytes | None = None  # the piece of `new` whose line the error must name (default: new)


CURL_ARGV = '    argv: [curl, -v, -s, --max-time, "{timeout}", "http://{url_host}:{port}"]\n'
TRACE_SIG = "    signature: {keep: ['^\\s*1\\s.*']}\n    exit_codes: &traceroute-exits"
FAST = '      net.ipv4.tcp_syn_retries: "2"\n'
CLOSED = "  - id: tcp-closed\n    kind: server\n    server: none\n    protocol: tcp\n    port: 60001\n"
PROHIBIT = "    address: 198.51.100.11\n"
TELNET = "    terminal: true\n    note: Interactive client"

MUTATIONS: tuple[Mutation, ...] = (
    # clients.yaml
    Mutation("non-UTF-8 text", "clients.yaml", b"    title: curl\n", b"    title: cur\xffl\n", "UTF-8"),
    Mutation(
        "duplicate key",
        "clients.yaml",
        CURL_ARGV,
        CURL_ARGV + "    argv: [curl, x]\n",
        "argv",
        at="    argv: [curl, x]",
    ),
    Mutation(
        "bad regex in signature",
        "clients.yaml",
        TRACE_SIG,
        TRACE_SIG.replace("'^\\s*1\\s.*'", "'^\\s*1\\s(.*'"),
        "signature.keep",
    ),
    Mutation(
        "bad regex in dialogue",
        "clients.yaml",
        TELNET,
        "    terminal: true\n    dialogue: [{expect: 'login[', send: x}]\n    note: Interactive client",
        "dialogue",
        at="    dialogue",
    ),
    Mutation(
        "placeholder {host-name}",
        "clients.yaml",
        CURL_ARGV,
        CURL_ARGV.replace("{url_host}", "{host-name}"),
        "clients[curl].argv",
    ),
    Mutation(
        "placeholder { port }",
        "clients.yaml",
        CURL_ARGV,
        CURL_ARGV.replace("{port}", "{ port }"),
        "clients[curl].argv",
    ),
    Mutation("duplicate client id", "clients.yaml", "  - id: wget\n", "  - id: curl\n", "duplicate client"),
    Mutation(
        "20,000-deep nesting",
        "clients.yaml",
        "    title: curl\n",
        "    title: curl\n    deep: " + "[" * DEEP + "]" * DEEP + "\n",
        "nested",
        at="    deep",
    ),
    Mutation("unclosed quote", "clients.yaml", "    title: curl\n", '    title: "curl\n', "YAML"),
    Mutation("key without colon", "clients.yaml", "    title: curl\n", "    title curl\n", "YAML"),
    Mutation("tab indentation", "clients.yaml", "    title: curl\n", "\ttitle: curl\n", "YAML"),
    Mutation(
        "unknown field",
        "clients.yaml",
        "    title: curl\n",
        "    title: curl\n    argvv: [x]\n",
        "clients[curl].argvv",
        at="    argvv",
    ),
    Mutation(
        "user admin",
        "clients.yaml",
        "    title: curl\n",
        "    title: curl\n    user: admin\n",
        "clients[curl].user",
        at="    user",
    ),
    Mutation(
        "capability SYS_ADMIN",
        "clients.yaml",
        "    title: curl\n",
        "    title: curl\n    capabilities: [SYS_ADMIN]\n",
        "clients[curl].capabilities",
        at="    capabilities",
    ),
    Mutation(
        "protocol sctp",
        "clients.yaml",
        "    title: curl\n    protocol: tcp\n",
        "    title: curl\n    protocol: sctp\n",
        "clients[curl].protocol",
        at="    protocol",
    ),
    Mutation("empty argv", "clients.yaml", CURL_ARGV, "    argv: []\n", "clients[curl].argv"),
    Mutation(
        "dialogue without terminal",
        "clients.yaml",
        "  - id: curl\n    title: curl\n",
        "  - id: curl\n    title: curl\n    dialogue: [{expect: x, send: y}]\n",
        "clients[curl]",
    ),
    Mutation(
        "unknown family",
        "clients.yaml",
        "{debian: [curl], alpine: [curl], fedora: [curl]}",
        "{debian: [curl], windows: [curl]}",
        "clients[curl].packages",
    ),
    Mutation("format 2", "clients.yaml", "format: 1\n", "format: 2\n", "format"),
    # scenarios.yaml
    Mutation(
        "address $(...)",
        "scenarios.yaml",
        PROHIBIT,
        "    address: '$(echo INJECTED)'\n",
        "scenarios[route-prohibit].address",
    ),
    Mutation(
        "address with ;",
        "scenarios.yaml",
        PROHIBIT,
        "    address: '198.51.100.11; id'\n",
        "scenarios[route-prohibit].address",
    ),
    Mutation(
        "address outside the documentation ranges",
        "scenarios.yaml",
        PROHIBIT,
        "    address: 10.1.2.3\n",
        "scenarios[route-prohibit].address",
    ),
    Mutation(
        "sysctl outside net", "scenarios.yaml", FAST, '      kernel.panic: "2"\n', "profiles.fast.sysctls"
    ),
    Mutation(
        "sysctl with a space",
        "scenarios.yaml",
        FAST,
        '      net.ipv4.tcp syn_retries: "2"\n',
        "profiles.fast.sysctls",
    ),
    Mutation(
        "sysctl value with ;",
        "scenarios.yaml",
        FAST,
        '      net.ipv4.tcp_syn_retries: "2; x"\n',
        "profiles.fast.sysctls",
    ),
    Mutation(
        "duplicate scenario id",
        "scenarios.yaml",
        "  - id: tcp-reject\n",
        "  - id: tcp-closed\n",
        "duplicate scenario",
    ),
    Mutation("duplicate port", "scenarios.yaml", "    port: 60000\n", "    port: 60001\n", "duplicate port"),
    Mutation(
        "port 70000",
        "scenarios.yaml",
        CLOSED,
        CLOSED.replace("60001", "70000"),
        "scenarios[tcp-closed].port",
        at="    port: 70000",
    ),
    Mutation(
        "duplicate key in a scenario",
        "scenarios.yaml",
        CLOSED,
        CLOSED + "    port: 60002\n",
        "port",
        at="    port: 60002",
    ),
    Mutation(
        "non-UTF-8 scenarios", "scenarios.yaml", b"  - id: tcp-closed\n", b"  - id: tcp-clos\xe9d\n", "UTF-8"
    ),
    Mutation("unclosed flow", "scenarios.yaml", "  - id: tcp-closed\n", "  - id: [tcp-closed\n", "YAML"),
    Mutation("timeout 0", "scenarios.yaml", "    timeout: 5\n", "    timeout: 0\n", "profiles.fast.timeout"),
    Mutation(
        "deep scenarios",
        "scenarios.yaml",
        "format: 1\n",
        "format: 1\nx: " + "{a: " * DEEP + "1" + "}" * DEEP + "\n",
        "nested",
        at="x: ",
    ),
    Mutation(
        "unknown kind",
        "scenarios.yaml",
        CLOSED,
        CLOSED.replace("kind: server", "kind: teleport"),
        "scenarios[tcp-closed]",
        at="    kind: teleport",
    ),
    Mutation(
        "rule with its own comment",
        "scenarios.yaml",
        '      - "-A INPUT -p tcp --dport 60020 -j DROP"\n',
        '      - "-A INPUT -p tcp --dport 60020 -m comment --comment x -j DROP"\n',
        "scenarios[tcp-drop].rules",
    ),
)


def apply(m: Mutation, folder: Path) -> tuple[Path, int]:
    """Write the real catalogs to `folder` with `m` applied; returns the mutated file and the line
    the error must name."""
    for name in ("clients.yaml", "scenarios.yaml"):
        (folder / name).write_bytes((catalog.ROOT / name).read_bytes())
    path = folder / m.file
    raw = path.read_bytes()
    old = m.old.encode() if isinstance(m.old, str) else m.old
    new = m.new.encode() if isinstance(m.new, str) else m.new
    at = m.at if m.at is not None else m.new
    at = at.encode() if isinstance(at, str) else at
    assert raw.count(old) == 1, f"{m.name}: the catalogs changed; {old[:60]!r} is not unique"
    start = raw.index(old)
    path.write_bytes(raw[:start] + new + raw[start + len(old) :])
    line = raw[:start].count(b"\n") + new[: new.index(at)].count(b"\n") + 1
    return path, line

"""Servers: nothing, accept then FIN, accept then RST, accept and stay silent, a UDP sink."""
from __future__ import annotations

import select
import socket
import struct
import subprocess
import threading
import time

import probe

PATIENCE = 1.5  # long enough for an answer on loopback, short enough to keep the self-test quick
RESET_SILENCE = 0.5  # accept-rst: how long a silent client waits for its reset
DRAIN_LIMIT = 120.0  # accept-fin: never hold a connection longer than this
SILENT_LIMIT = 3600.0  # accept-silent: hold the connection until the client gives up (its cap ends it)


def _linger_reset(conn: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes close() abort the connection with RST.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _drain(conn: socket.socket, limit: float) -> None:
    """Read and discard until the client closes (or the limit): never answer, never reset."""
    deadline = time.monotonic() + limit
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([conn], [], [], 1.0)
            if ready and not conn.recv(65536):
                break
    except OSError:
        pass
    conn.close()


def _serve_fin(conn: socket.socket) -> None:
    """FIN at once, then read and discard until the client closes: a clean end of stream, never RST."""
    conn.shutdown(socket.SHUT_WR)
    _drain(conn, DRAIN_LIMIT)


def _serve_rst(conn: socket.socket) -> None:
    """Wait for the client's first bytes (or a short silence), then abort with RST."""
    select.select([conn], [], [], RESET_SILENCE)
    _linger_reset(conn)


def _serve_silent(conn: socket.socket) -> None:
    _drain(conn, SILENT_LIMIT)


TCP_SERVERS = {"accept-fin": _serve_fin, "accept-rst": _serve_rst, "accept-silent": _serve_silent}


def _bind(spec: dict, kind: int) -> socket.socket:
    t = spec["target"]
    if t["family"] == "ipv6":
        srv = socket.socket(socket.AF_INET6, kind)
        srv.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(("::", t["port"]))
    else:
        srv = socket.socket(socket.AF_INET, kind)
        srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(("0.0.0.0", t["port"]))
    return srv


def _tcp_server(spec: dict) -> None:
    handler = TCP_SERVERS[spec["server"]]
    srv = _bind(spec, socket.SOCK_STREAM)
    srv.listen(128)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handler, args=(conn,), daemon=True).start()


def _udp_sink(spec: dict) -> None:
    """Read every datagram, answer none."""
    srv = _bind(spec, socket.SOCK_DGRAM)
    while True:
        srv.recv(65536)


def setup(specs: list[dict]) -> None:
    for spec in specs:
        behaviour = spec["server"]
        if behaviour == "none":
            continue
        target = _udp_sink if behaviour == "udp-sink" else _tcp_server
        threading.Thread(target=target, args=(spec,), daemon=True).start()


def probe_one(spec: dict) -> tuple[str, str]:
    return probe.connect(spec, PATIENCE)


def _listening(spec: dict) -> bool:
    flag = "-tln" if spec["protocol"] == "tcp" else "-uln"
    out = subprocess.run(["ss", flag, f"sport = :{spec['port']}"], capture_output=True, text=True,
                         check=False).stdout
    return len(out.strip().splitlines()) > 1


def problems(spec: dict, before: object, after: object) -> list[str]:
    listening = _listening(spec)
    if spec["server"] == "none" and listening:
        return [f"something listens on {spec['protocol']}/{spec['port']}, which must stay closed"]
    if spec["server"] != "none" and not listening:
        return [f"no server listening on {spec['protocol']}/{spec['port']}"]
    return []

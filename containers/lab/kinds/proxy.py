"""HTTP proxies (tinyproxy, one per scenario with its own configuration) in front of origins (nginx,
HTTPS with a lab certificate) or of nothing. The probe asks the proxy for a CONNECT tunnel to the
origin, as curl does for an https:// URL, and reads the status line; for an https:// proxy URL it
starts TLS with the proxy, as a client given that URL does.
"""
from __future__ import annotations

import socket
import ssl
import subprocess
import time

import probe
import web

PATIENCE = 3.0
CREDENTIALS = ("netmatrix", "lab")  # basic-auth: what the proxy wants (clients are never given it)


def _tinyproxy(spec: dict) -> None:
    port = spec["port"]
    lines = [f"Port {port}", "Listen 127.0.0.1", "Timeout 30", "MaxClients 100",
             f'LogFile "{web.DIR}/tinyproxy-{port}.log"', "LogLevel Info",
             f'PidFile "{web.DIR}/tinyproxy-{port}.pid"', "Allow 127.0.0.1", "DisableViaHeader Yes"]
    if spec["proxy"] == "connect-ports":
        lines.append("ConnectPort 443")
    if spec["proxy"] == "basic-auth":
        lines.append(f"BasicAuth {CREDENTIALS[0]} {CREDENTIALS[1]}")
    conf = f"{web.DIR}/tinyproxy-{port}.conf"
    with open(conf, "w") as f:
        f.write("\n".join(lines) + "\n")
    subprocess.Popen(["tinyproxy", "-d", "-c", conf], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)


def setup(specs: list[dict]) -> None:
    web.lab()  # the CA (origins' certificates; the client container is given it to trust)
    web.add_hosts([n for s in specs for n in s["names"]])
    blocks = [web.server_block(s["origin_port"], [s["host"]], web.certificate("trusted", s["host"]))
              for s in specs if s["origin"] == "up"]
    blocks += [web.server_block(s["port"], ["_"]) for s in specs if s["proxy"] == "plain-http"]
    if blocks:
        web.nginx("origins", blocks)
    for spec in specs:
        if spec["proxy"] not in ("none", "plain-http"):
            _tinyproxy(spec)
    deadline = time.monotonic() + 5  # tinyproxy binds after reading its configuration
    for spec in specs:
        while spec["proxy"] != "none" and time.monotonic() < deadline:
            if probe.tcp("127.0.0.1", spec["port"], "ipv4", 0.5)[0] != "refused":
                break
            time.sleep(0.05)


def _connect(sock: socket.socket, spec: dict) -> tuple[str, str]:
    origin = f"{spec['host']}:{spec['origin_port']}"
    sock.sendall(f"CONNECT {origin} HTTP/1.1\r\nHost: {origin}\r\n\r\n".encode())
    data = b""
    while b"\r\n" not in data and len(data) < 4096:
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    status = data.split(b"\r\n", 1)[0].decode(errors="replace")
    parts = status.split()
    code = parts[1] if len(parts) > 1 and parts[1].isdigit() else "none"
    if code == "200":
        return "tls-ok", f"CONNECT {origin}: {status!r}"
    return f"http-status-{code}", f"CONNECT {origin}: {status!r}"


def probe_one(spec: dict) -> tuple[str, str]:
    if spec["proxy"] == "none":
        return probe.connect(spec | {"target": {"host": "127.0.0.1", "port": spec["port"],
                                                "family": "ipv4"}}, PATIENCE)
    with socket.create_connection(("127.0.0.1", spec["port"]), timeout=PATIENCE) as sock:
        if spec["proxy_scheme"] == "https":
            ctx = ssl.create_default_context(cafile=web.CA_PEM)
            try:
                with ctx.wrap_socket(sock, server_hostname="127.0.0.1"):
                    return "tls-ok", "the proxy completed a TLS handshake"
            except ssl.SSLError as exc:
                if exc.reason == "WRONG_VERSION_NUMBER":
                    return "tls-plain-answer", f"{exc.reason}: the proxy answered in plain text"
                return f"tls-error-{(exc.reason or 'unknown').lower()}", str(exc)
            except TimeoutError:
                return "tls-stalled", "the proxy never answered the TLS ClientHello"
        return _connect(sock, spec)


def problems(spec: dict, before: object, after: object) -> list[str]:
    return []

"""TLS and HTTP servers (nginx) with the lab's certificates; an MTU black hole (iptables length
match on the server's packets). The probe is a verifying TLS client (Python's ssl, the lab CA as
its only trust anchor) that names what it met: a good handshake, a certificate error by its
verify code, an old-version-only server (proved by a second handshake that allows TLS 1.0), a
plain-text answer, or a handshake that stalls.
"""
from __future__ import annotations

import socket
import ssl
import time

from . import firewall
import web

PATIENCE = 3.0
VERIFY_CODES = {18: "tls-self-signed", 20: "tls-unknown-ca", 19: "tls-unknown-ca", 21: "tls-unknown-ca",
                10: "tls-expired", 62: "tls-wrong-host"}


def _rule(spec: dict) -> list[str]:
    return ["-A", "INPUT", "-p", "tcp", "--sport", str(spec["port"]), "-m", "length", "--length",
            f"{spec['drop_larger_than']}:65535", "-j", "DROP"]


def setup(specs: list[dict]) -> None:
    web.lab()  # the CA, which the client container is given to trust, whatever the servers here
    web.add_hosts([n for s in specs for n in s["names"]])
    blocks = []
    for spec in specs:
        name = spec["certificate_for"] or spec["host"]
        cert = web.certificate(spec["certificate"], name) if spec["server"] == "https" else None
        blocks.append(web.server_block(spec["port"], [spec["host"]], cert, list(spec["protocols"])))
        if spec["drop_larger_than"]:
            firewall.setup([{**spec, "tool": "iptables", "rules": [_rule(spec)]}])
    web.nginx("tls", blocks)


def _tls(host: str, port: int, ctx: ssl.SSLContext) -> str:
    with socket.create_connection((host, port), timeout=PATIENCE) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.version() or "?"


def _old_only(host: str, port: int) -> str | None:
    """The version an old-protocol client gets, when the server speaks only that."""
    ctx = ssl.create_default_context(cafile=web.CA_PEM)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    try:
        return _tls(host, port, ctx)
    except (OSError, ssl.SSLError):
        return None


def _plain(host: str, port: int) -> tuple[str, str]:
    with socket.create_connection((host, port), timeout=PATIENCE) as sock:
        sock.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while len(data) < 4096:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    status = data.split(b"\r\n", 1)[0].decode(errors="replace")
    if " 400 " in status and b"plain HTTP request was sent to HTTPS port" in data:
        return "http-plain-to-tls", f"answered {status!r}: the plain HTTP request was sent to HTTPS port"
    return f"http-{status or 'nothing'}", f"answered {status!r}"


def probe_one(spec: dict) -> tuple[str, str]:
    host, port = spec["host"], spec["port"]
    if spec["service"] == "http":
        return _plain(host, port)
    ctx = ssl.create_default_context(cafile=web.CA_PEM)  # verifies the chain and the host name
    start = time.monotonic()
    try:
        version = _tls(host, port, ctx)
        return "tls-ok", f"{version} handshake with {host}:{port}, certificate verified"
    except ssl.SSLCertVerificationError as exc:
        name = VERIFY_CODES.get(exc.verify_code, f"tls-verify-{exc.verify_code}")
        return name, f"verify error {exc.verify_code}: {exc.verify_message}"
    except ssl.SSLError as exc:
        if exc.reason == "WRONG_VERSION_NUMBER":
            return "tls-plain-answer", f"{exc.reason}: the server answered in plain text"
        # OpenSSL 3 refuses TLS 1.0 / 1.1 by its security level (their MD5-SHA1 signatures) or by
        # protocol version: either way, prove that a client that allows them gets a handshake.
        old = _old_only(host, port)
        if old:
            return "tls-old-version-only", f"refused by default ({exc}); allowing TLS 1.0 gets {old}"
        return f"tls-error-{(exc.reason or 'unknown').lower()}", str(exc)
    except TimeoutError:
        took = time.monotonic() - start
        return "tls-stalled", f"TCP connected, no TLS handshake after {took:.1f}s"


def snapshot(specs: list[dict]) -> dict[str, int]:
    dropping = [{**s, "tool": "iptables"} for s in specs if s["drop_larger_than"]]
    return firewall.snapshot(dropping) if dropping else {}


def problems(spec: dict, before: dict[str, int], after: dict[str, int]) -> list[str]:
    if spec["drop_larger_than"]:
        return firewall.problems(spec, before, after)
    return []

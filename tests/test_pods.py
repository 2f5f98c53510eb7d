"""Session.exec against a stand-in engine on a Unix socket (no Docker): what reaches the harness."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time

from netmatrix import pods

UPGRADED = (
    b"HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\n"
    b"Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n"
)


def _frame(stream: int, data: bytes) -> bytes:
    return struct.pack(">BxxxL", stream, len(data)) + data


def _json(body: dict, status: str = "200 OK") -> bytes:
    data = json.dumps(body).encode()
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n"
    return head.encode() + b"Connection: close\r\n\r\n" + data


def _answer(conn: socket.socket) -> None:
    with conn, conn.makefile("rb") as f:
        request = f.readline().decode()
        length = 0
        while (line := f.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            length = int(value) if name.lower() == "content-length" else length
        f.read(length)
        if "/exec/e1/start" in request:
            # As the engine writes it for wget under tcp-drop when the harness thread is slow to read
            # the headers: they and the partial line wget writes before its wait arrive in one read.
            conn.sendall(UPGRADED + _frame(2, b"Connecting to 127.0.0.1:60020... "))
            time.sleep(0.3)
            conn.sendall(_frame(2, b"failed: Connection timed out.\nGiving up.\n\n"))
        elif "/exec/e1/json" in request:
            conn.sendall(_json({"ExitCode": 4}))
        elif "/exec" in request:
            conn.sendall(_json({"Id": "e1"}, "201 Created"))
        else:  # /version, asked once by docker-py
            conn.sendall(_json({"ApiVersion": "1.41", "Version": "20.10.24"}))


def test_what_a_client_writes_before_a_long_wait_is_kept(tmp_path):
    path = str(tmp_path / "engine.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen()

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            _answer(conn)

    threading.Thread(target=serve, daemon=True).start()
    try:
        result = pods.Session("test-exec", timeout=10, url=f"unix://{path}").exec("box", ["wget"])
    finally:
        server.close()
    assert result.stderr == b"Connecting to 127.0.0.1:60020... failed: Connection timed out.\nGiving up.\n\n"
    assert (result.stdout, result.exit_code) == (b"", 4)

"""A userland port forwarder (socat, one process per scenario) with nothing listening behind it,
as Docker's docker-proxy is for a published port whose container's service is down. The probe
connects and waits without sending, as the forwarder's first move is its own: it closes."""
from __future__ import annotations

import socket
import subprocess
import time

import probe

PATIENCE = 3.0


def setup(specs: list[dict]) -> None:
    for spec in specs:
        v6 = spec["family"] == "ipv6"
        listen = f"TCP6-LISTEN:{spec['port']},fork,reuseaddr,bind=[::1]" if v6 else \
            f"TCP-LISTEN:{spec['port']},fork,reuseaddr,bind=127.0.0.1"
        backend = f"TCP6:[::1]:{spec['backend_port']}" if v6 else f"TCP:127.0.0.1:{spec['backend_port']}"
        with open(f"/run/socat-{spec['port']}.err", "w") as err:
            subprocess.Popen(["socat", listen, backend], stdout=subprocess.DEVNULL, stderr=err,
                             start_new_session=True)
    deadline = time.monotonic() + 5
    for spec in specs:
        t = spec["target"]
        while time.monotonic() < deadline and probe.tcp(t["host"], spec["port"], t["family"], 0.5)[0] == "refused":
            time.sleep(0.05)


def probe_one(spec: dict) -> tuple[str, str]:
    t = spec["target"]
    family = socket.AF_INET6 if t["family"] == "ipv6" else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.settimeout(PATIENCE)
        try:
            s.connect((t["host"], t["port"]))
        except OSError as exc:
            return "refused" if isinstance(exc, ConnectionRefusedError) else f"error-{exc}", str(exc)
        try:
            data = s.recv(1)
        except ConnectionResetError:
            return "accepted-then-rst", "connected; the forwarder reset the connection"
        except TimeoutError:
            return "accepted-silent", f"connected; the forwarder said nothing for {PATIENCE}s"
        if data:
            return "accepted-then-data", f"the forwarder sent {data!r}"
        return "accepted-then-fin", "connected; the forwarder closed (FIN): nothing behind it"


def problems(spec: dict, before: object, after: object) -> list[str]:
    out = subprocess.run(["ss", "-tln", f"sport = :{spec['backend_port']}"], capture_output=True,
                         text=True, check=False).stdout
    if len(out.strip().splitlines()) > 1:
        return [f"something listens on the backend port {spec['backend_port']}, which must stay closed"]
    return []

#!/usr/bin/env python3
"""labd: the lab side of a netmatrix pod (rules, servers, self-test, wire capture).

It runs inside a --network none container and touches only that namespace's loopback. The scenario
specification arrives as JSON in $NETMATRIX_SCENARIOS, written by the runner from scenarios.yaml, so
this file holds mechanisms only, never the catalog.

    labd serve            apply rules, start servers, then stay in the foreground
    labd selftest         probe every scenario, print a JSON list of verdicts
    labd capture-start    start tcpdump on lo, return once it listens
    labd capture-stop     stop tcpdump, print what it captured
    labd sysctls          print the namespace's TCP timeout settings as JSON
"""
from __future__ import annotations

import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

READY = "/run/labd.ready"
WIRE = "/run/labd.wire"
WIRE_ERR = "/run/labd.wire.err"
WIRE_PID = "/run/labd.wire.pid"
PROBE_TIMEOUT = 1.5  # long enough for an answer on loopback, short enough to keep the self-test quick
RESET_SILENCE = 0.5  # tcp-accept-reset: how long a silent client waits for its reset
DRAIN_LIMIT = 120.0  # tcp-accept-close: never hold a connection longer than this

IP_RECVERR = 11
SO_EE_ORIGIN_ICMP = 2


def scenarios() -> list[dict]:
    return json.loads(os.environ["NETMATRIX_SCENARIOS"])


# ---- servers -------------------------------------------------------------------------------------


def _linger_reset(conn: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes close() abort the connection with RST.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def _serve_fin(conn: socket.socket) -> None:
    """FIN at once, then read and discard until the client closes: a clean end of stream, never RST."""
    conn.shutdown(socket.SHUT_WR)
    deadline = time.monotonic() + DRAIN_LIMIT
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([conn], [], [], 1.0)
            if ready and not conn.recv(65536):
                break
    except OSError:
        pass
    conn.close()


def _serve_rst(conn: socket.socket) -> None:
    """Wait for the client's first bytes (or a short silence), then abort with RST."""
    select.select([conn], [], [], RESET_SILENCE)
    _linger_reset(conn)


TCP_SERVERS = {"accept-fin": _serve_fin, "accept-rst": _serve_rst}


def _tcp_server(port: int, behaviour: str) -> None:
    handler = TCP_SERVERS[behaviour]
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("0.0.0.0", port))
    srv.listen(128)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handler, args=(conn,), daemon=True).start()


def _udp_sink(port: int) -> None:
    """Read every datagram, answer none."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    srv.bind(("0.0.0.0", port))
    while True:
        srv.recv(65536)


def _reap() -> None:
    # As PID 1, labd inherits the tcpdump that capture-start leaves behind; reap it so that
    # capture-stop sees it gone rather than a zombie.
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            time.sleep(0.2)


def serve() -> int:
    for sc in scenarios():
        for rule in sc["rules"]:
            subprocess.run(["iptables", *rule], check=True)
    for sc in scenarios():
        server = sc.get("server")
        if server == "udp-sink":
            target, args = _udp_sink, (sc["port"],)
        elif server:
            target, args = _tcp_server, (sc["port"], server)
        else:
            continue
        threading.Thread(target=target, args=args, daemon=True).start()
    threading.Thread(target=_reap, daemon=True).start()
    time.sleep(0.2)  # let the listeners bind before declaring ready
    with open(READY, "w") as f:
        f.write("ready\n")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    while True:
        time.sleep(3600)


# ---- self-test -----------------------------------------------------------------------------------


def _icmp_from_errqueue(sock: socket.socket) -> str | None:
    """The ICMP error queued on the socket (IP_RECVERR), as 'icmp-<type>-<code>', if any."""
    try:
        _, anc, _, _ = sock.recvmsg(512, 512, socket.MSG_ERRQUEUE | socket.MSG_DONTWAIT)
    except OSError:
        return None
    for level, kind, data in anc:
        if level == socket.SOL_IP and kind == IP_RECVERR and len(data) >= 8:
            _errno, origin, icmp_type, icmp_code = struct.unpack_from("IBBB", data)
            if origin == SO_EE_ORIGIN_ICMP:
                if (icmp_type, icmp_code) == (3, 3):
                    return "icmp-port-unreachable"
                return f"icmp-{icmp_type}-{icmp_code}"
    return None


def _probe_tcp(port: int) -> tuple[str, str]:
    s = socket.socket()
    s.setsockopt(socket.SOL_IP, IP_RECVERR, 1)
    s.settimeout(PROBE_TIMEOUT)
    try:
        s.connect(("127.0.0.1", port))
    except ConnectionRefusedError:
        icmp = _icmp_from_errqueue(s)
        return (icmp, "connect() refused after an ICMP error") if icmp else (
            "refused", "connect() refused, no ICMP error queued: a TCP reset")
    except (socket.timeout, TimeoutError):
        s.close()
        return "no-answer", f"connect() got no answer in {PROBE_TIMEOUT}s"
    try:
        first = s.recv(1)
        if first:
            return "accepted-then-data", f"server sent {first!r}"
        return "accepted-then-fin", "connected; the server ended the stream (FIN)"
    except ConnectionResetError:
        return "accepted-then-rst", "connected; the server reset the connection (RST)"
    except (socket.timeout, TimeoutError):
        return "accepted-silent", "connected; the server said nothing"
    finally:
        s.close()


def _probe_udp(port: int) -> tuple[str, str]:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_IP, IP_RECVERR, 1)
    s.settimeout(PROBE_TIMEOUT)
    s.connect(("127.0.0.1", port))
    s.send(b"netmatrix-selftest\n")
    try:
        data = s.recv(65536)
        return "answered", f"server answered {data[:40]!r}"
    except ConnectionRefusedError:
        icmp = _icmp_from_errqueue(s)
        return (icmp or "refused"), "recv() refused after an ICMP error"
    except (socket.timeout, TimeoutError):
        return "no-answer", f"no answer in {PROBE_TIMEOUT}s"
    finally:
        s.close()


def _rule_counters() -> list[int]:
    """Packet counters of the INPUT chain's rules, in order."""
    out = subprocess.run(["iptables", "-L", "INPUT", "-n", "-v", "-x"], check=True,
                         capture_output=True, text=True).stdout.splitlines()
    return [int(line.split()[0]) for line in out[2:] if line.strip()]


def _listening(proto: str, port: int) -> bool:
    flag = "-tln" if proto == "tcp" else "-uln"
    out = subprocess.run(["ss", flag, f"sport = :{port}"], capture_output=True, text=True).stdout
    return len(out.strip().splitlines()) > 1


def selftest() -> int:
    specs = scenarios()
    results: dict = {}

    def probe(sc: dict) -> None:
        fn = _probe_tcp if sc["protocol"] == "tcp" else _probe_udp
        results[sc["id"]] = fn(sc["port"])

    # Probes run side by side (each waits up to PROBE_TIMEOUT); every rule has its own counter, so
    # reading the counters once around all of them still attributes each hit to its scenario.
    before = _rule_counters()
    threads = [threading.Thread(target=probe, args=(sc,)) for sc in specs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    after = _rule_counters()
    verdicts = []
    rule_index = 0
    for sc in specs:
        own = list(range(rule_index, rule_index + len(sc["rules"])))
        rule_index += len(sc["rules"])
        observed, detail = results[sc["id"]]
        hit = [i for i in own if after[i] > before[i]]
        problems = []
        if observed != sc["expect"]:
            problems.append(f"expected {sc['expect']}, observed {observed} ({detail})")
        if own and not hit:
            problems.append("its firewall rule was never hit")
        if sc.get("server") and not _listening(sc["protocol"], sc["port"]):
            problems.append(f"no server listening on {sc['protocol']}/{sc['port']}")
        verdicts.append({"scenario": sc["id"], "expected": sc["expect"], "observed": observed,
                         "detail": detail, "ok": not problems, "problems": problems})
    json.dump(verdicts, sys.stdout)
    return 0


# ---- wire capture --------------------------------------------------------------------------------


def capture_start() -> int:
    with open(WIRE, "w") as out, open(WIRE_ERR, "w") as err:
        # -l: line-buffered, so stopping never loses the tail; -n: no name lookups, ever.
        # tcpdump opens lo as root, then drops to its own user (hence the lab's SETUID, SETGID and KILL).
        proc = subprocess.Popen(["tcpdump", "-i", "lo", "-n", "-tt", "-l"],
                                stdout=out, stderr=err, start_new_session=True)
    with open(WIRE_PID, "w") as f:
        f.write(str(proc.pid))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with open(WIRE_ERR) as f:
            if "listening on" in f.read():
                return 0
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    with open(WIRE_ERR) as f:
        sys.stderr.write("tcpdump did not start: " + f.read())
    return 1


def capture_stop() -> int:
    try:
        with open(WIRE_PID) as f:
            pid = int(f.read())
    except FileNotFoundError:
        sys.stderr.write("no capture running\n")
        return 1
    try:
        os.kill(pid, signal.SIGINT)
    except ProcessLookupError:
        pass  # it died; what it wrote is still worth returning
    for _ in range(500):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    with open(WIRE) as f:
        sys.stdout.write(f.read())
    return 0


# The settings that bound every drop cell: they are per network namespace, so read them in the lab.
SYSCTLS = ("net.ipv4.tcp_syn_retries", "net.ipv4.tcp_syn_linear_timeouts", "net.ipv4.tcp_retries2")


def sysctls() -> int:
    values = {}
    for name in SYSCTLS:
        try:
            with open("/proc/sys/" + name.replace(".", "/")) as f:
                values[name] = f.read().strip()
        except OSError:
            values[name] = "absent"  # e.g. tcp_syn_linear_timeouts before Linux 6.5
    json.dump(values, sys.stdout)
    return 0


COMMANDS = {"serve": serve, "sysctls": sysctls, "selftest": selftest, "capture-start": capture_start,
            "capture-stop": capture_stop}

if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in COMMANDS:
        sys.stderr.write(f"usage: labd {{{','.join(COMMANDS)}}}\n")
        sys.exit(2)
    code = COMMANDS[sys.argv[1]]()
    # The harness checks for this mark after the output it needs: the Docker engine can lose a
    # quick exec's whole output (moby/moby#27289), and an empty capture must not pass for silence.
    sys.stdout.write("\x1eLABD DONE\n")
    sys.exit(code)

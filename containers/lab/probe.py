"""The lab's reference probe: one connection attempt, read the way the kernel reports it.

It names what happened from the errno, the ICMP error queued on the socket (IP_RECVERR /
IPV6_RECVERR: the type and code of the ICMP message that aborted the connect, when one did), and
how long it took, so that a scenario's `expect` can be checked against the network itself.
"""
from __future__ import annotations

import errno
import socket
import struct
import time

IP_RECVERR = 11
IPV6_RECVERR = 25
SO_EE_ORIGIN_ICMP = 2
SO_EE_ORIGIN_ICMP6 = 3
NEIGHBOUR_DELAY = 1.0  # an EHOSTUNREACH that took this long came from unanswered ARP / NDP

ICMP_NAMES = {  # (origin, type, code) -> observation
    (SO_EE_ORIGIN_ICMP, 3, 0): "icmp-net-unreachable",
    (SO_EE_ORIGIN_ICMP, 3, 1): "icmp-host-unreachable",
    (SO_EE_ORIGIN_ICMP, 3, 2): "icmp-protocol-unreachable",
    (SO_EE_ORIGIN_ICMP, 3, 3): "icmp-port-unreachable",
    (SO_EE_ORIGIN_ICMP, 3, 9): "icmp-net-prohibited",
    (SO_EE_ORIGIN_ICMP, 3, 10): "icmp-host-prohibited",
    (SO_EE_ORIGIN_ICMP, 3, 13): "icmp-admin-prohibited",
    (SO_EE_ORIGIN_ICMP6, 1, 1): "icmp6-admin-prohibited",
    (SO_EE_ORIGIN_ICMP6, 1, 4): "icmp6-port-unreachable",
}
# errno of a connect() that failed with no ICMP message behind it -> observation
LOCAL = {errno.ECONNREFUSED: "refused", errno.ENETUNREACH: "no-route",
         errno.EHOSTUNREACH: "route-unreachable", errno.EACCES: "route-prohibit",
         errno.EINVAL: "route-blackhole"}


def _socket(family: str, kind: int) -> socket.socket:
    if family == "ipv6":
        s = socket.socket(socket.AF_INET6, kind)
        s.setsockopt(socket.IPPROTO_IPV6, IPV6_RECVERR, 1)
    else:
        s = socket.socket(socket.AF_INET, kind)
        s.setsockopt(socket.SOL_IP, IP_RECVERR, 1)
    return s


def _queued_icmp(sock: socket.socket) -> tuple[str | None, str]:
    """The ICMP error queued on the socket, as (observation, description), if any."""
    # Non-blocking first: a socket with a timeout makes Python poll for data before recvmsg, and a
    # failed socket polls ready at once while the error queue is empty (a refusal or a route gives
    # no ICMP message), so Python spun on poll + EAGAIN for the whole timeout — a core for 1.5-8 s
    # per probe, 30 core-seconds per lab self-test.
    sock.setblocking(False)
    try:
        _, anc, _, _ = sock.recvmsg(512, 512, socket.MSG_ERRQUEUE | socket.MSG_DONTWAIT)
    except OSError:
        return None, ""
    for level, kind, data in anc:
        if (level, kind) in ((socket.SOL_IP, IP_RECVERR), (socket.IPPROTO_IPV6, IPV6_RECVERR)) \
                and len(data) >= 8:
            _errno, origin, icmp_type, icmp_code = struct.unpack_from("IBBB", data)
            if origin in (SO_EE_ORIGIN_ICMP, SO_EE_ORIGIN_ICMP6):
                proto = "ICMPv6" if origin == SO_EE_ORIGIN_ICMP6 else "ICMP"
                name = ICMP_NAMES.get((origin, icmp_type, icmp_code),
                                      f"{proto.lower()}-{icmp_type}-{icmp_code}")
                return name, f"{proto} type {icmp_type} code {icmp_code}"
    return None, ""


def _failure(sock: socket.socket, exc: OSError, elapsed: float) -> tuple[str, str]:
    icmp, what = _queued_icmp(sock)
    name = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    took = f"after {elapsed:.2f}s"
    if exc.errno == errno.EHOSTUNREACH and elapsed >= NEIGHBOUR_DELAY:
        return "neighbour-unanswered", f"connect() failed with {name} {took} (address resolution)"
    if icmp:
        return icmp, f"connect() failed with {name} {took}, after an {what} error"
    if exc.errno in LOCAL:
        return LOCAL[exc.errno], f"connect() failed with {name} {took}, no ICMP error queued"
    return f"error-{name.lower()}", f"connect() failed: {exc} {took}"


def tcp(host: str, port: int, family: str, patience: float) -> tuple[str, str]:
    s = _socket(family, socket.SOCK_STREAM)
    s.settimeout(patience)
    start = time.monotonic()
    try:
        s.connect((host, port))
    except TimeoutError:
        s.close()
        return "no-answer", f"connect() got no answer in {patience}s"
    except OSError as exc:
        try:
            return _failure(s, exc, time.monotonic() - start)
        finally:
            s.close()
    try:
        s.sendall(b"netmatrix-selftest\r\n")
        first = s.recv(1)
        if first:
            return "accepted-then-data", f"server sent {first!r}"
        return "accepted-then-fin", "connected; the server ended the stream (FIN)"
    except ConnectionResetError:
        return "accepted-then-rst", "connected; the server reset the connection (RST)"
    except TimeoutError:
        return "accepted-silent", f"connected; the server said nothing for {patience}s"
    finally:
        s.close()


def udp(host: str, port: int, family: str, patience: float) -> tuple[str, str]:
    s = _socket(family, socket.SOCK_DGRAM)
    s.settimeout(patience)
    try:
        s.connect((host, port))
        s.send(b"netmatrix-selftest\n")
        data = s.recv(65536)
        return "answered", f"server answered {data[:40]!r}"
    except ConnectionRefusedError:
        icmp, what = _queued_icmp(s)
        return (icmp or "refused"), f"recv() refused after an {what or 'ICMP'} error"
    except TimeoutError:
        return "no-answer", f"no answer in {patience}s"
    except OSError as exc:
        return f"error-{errno.errorcode.get(exc.errno or 0, '?').lower()}", str(exc)
    finally:
        s.close()


def connect(spec: dict, patience: float) -> tuple[str, str]:
    """Probe a scenario's target with its protocol."""
    t = spec["target"]
    fn = tcp if spec["protocol"] == "tcp" else udp
    return fn(t["host"], t["port"], t["family"], patience)

"""Names and address families: the lab's own resolver, /etc/resolv.conf, /etc/hosts, and the
addresses a name leads to (see runner/kinds/dns.py for the design).

The resolver is a real DNS server over UDP and TCP on 127.0.0.53, built on Debian's python3-dnslib
(its wire format, both directions): it serves only the scenarios' names, each with its own answer
(records, NXDOMAIN, NODATA, SERVFAIL, REFUSED, or silence), refuses every other name, and never
forwards anything: there is nowhere to forward to in a --network none namespace anyway.
The client container of the pod shares this container's /etc/resolv.conf and /etc/hosts (Docker's
container network mode), so writing them here sets them for every cell of the pod.
"""
from __future__ import annotations

import ipaddress
import re
import select
import socket
import struct
import subprocess
import threading

from dnslib import AAAA, QTYPE, RCODE, RR, SOA, A, DNSRecord

import probe

PATIENCE = 1.5
RESOLVER = "127.0.0.53"
DUMMY, DUMMY_PEER = "nmdns0", "nmdns1"  # where the scenarios' other addresses live (this namespace only)
RCODES = {"nxdomain": RCODE.NXDOMAIN, "servfail": RCODE.SERVFAIL, "refused": RCODE.REFUSED}
OBSERVED_RCODE = {RCODE.NXDOMAIN: "dns-nxdomain", RCODE.SERVFAIL: "dns-servfail",
                  RCODE.REFUSED: "dns-refused"}
DOCKER_LOCALHOST = ["127.0.0.1\tlocalhost", "::1\tlocalhost ip6-localhost ip6-loopback"]
HTTP_OK = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 23\r\n"
           b"Connection: close\r\n\r\nnetmatrix: you got in.\n")
_COUNTED = re.compile(r'^\[(\d+):\d+\] .*--comment "?nm:([a-z0-9-]+)"?')
_zone: dict[str, dict] = {}  # name -> its spec (answer, records)


# ---- the resolver --------------------------------------------------------------------------------


def _soa() -> RR:
    # Negative answers carry the zone's SOA, as a real server's do (RFC 2308).
    return RR("test.", QTYPE.SOA, ttl=60,
              rdata=SOA("ns.lab.test.", "hostmaster.lab.test.", (1, 3600, 600, 86400, 60)))


def answer(data: bytes) -> bytes | None:
    """The resolver's reply to one query, or None to stay silent."""
    request = DNSRecord.parse(data)
    reply = request.reply()  # same id and question, QR and RD set
    reply.header.ra = 1
    name = str(request.q.qname).rstrip(".").lower()
    spec = _zone.get(name)
    if spec is None:
        reply.header.rcode = RCODE.REFUSED  # not a name of this lab: nothing is ever forwarded
        return reply.pack()
    kind = spec["answer"]
    if kind == "drop":
        return None
    if kind in RCODES:
        reply.header.rcode = RCODES[kind]
        if kind == "nxdomain":
            reply.add_auth(_soa())
        return reply.pack()
    qtype = QTYPE[request.q.qtype]
    for address in (spec.get("records") or {}).get(qtype, []) if kind == "records" else []:
        reply.add_answer(RR(request.q.qname, request.q.qtype, ttl=60,
                            rdata=A(address) if qtype == "A" else AAAA(address)))
    if not reply.rr:
        reply.add_auth(_soa())  # NODATA: NOERROR, no answer, the SOA
    return reply.pack()


def _serve_udp() -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((RESOLVER, 53))
    while True:
        data, peer = sock.recvfrom(4096)
        try:
            out = answer(data)
        except Exception:  # a malformed query: no answer, as many servers do
            continue
        if out is not None:
            sock.sendto(out, peer)


def _serve_tcp_conn(conn: socket.socket) -> None:
    with conn:
        while True:
            head = conn.recv(2)
            if len(head) < 2:
                return
            (length,) = struct.unpack(">H", head)
            data = b""
            while len(data) < length:
                chunk = conn.recv(length - len(data))
                if not chunk:
                    return
                data += chunk
            try:
                out = answer(data)
            except Exception:
                return
            if out is None:  # silence: hold the connection until the client gives up
                while conn.recv(4096):
                    pass
                return
            conn.sendall(struct.pack(">H", len(out)) + out)


def _serve_tcp() -> None:
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((RESOLVER, 53))
    srv.listen(64)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=_serve_tcp_conn, args=(conn,), daemon=True).start()


# ---- what a name leads to ------------------------------------------------------------------------


def _http(conn: socket.socket) -> None:
    """Read the request (or wait a moment for one), answer 200, close."""
    with conn:
        try:
            select.select([conn], [], [], 2.0)
            conn.setblocking(False)
            try:
                conn.recv(65536)
            except BlockingIOError:
                pass
            conn.setblocking(True)
            conn.sendall(HTTP_OK)
            conn.shutdown(socket.SHUT_WR)
            conn.settimeout(5.0)
            while conn.recv(65536):
                pass
        except OSError:
            pass


def _listen(address: str, port: int) -> None:
    v6 = ipaddress.ip_address(address).version == 6
    srv = socket.socket(socket.AF_INET6 if v6 else socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6:
        srv.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    srv.bind((address, port))
    srv.listen(128)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=_http, args=(conn,), daemon=True).start()


def _addresses(spec: dict) -> set[str]:
    out = set(spec["listen"]) | set(spec["drop"])
    for addresses in (spec.get("records") or {}).values():
        out |= set(addresses)
    out |= {line.split()[0] for line in spec["hosts"]}
    return {a for a in out if not ipaddress.ip_address(a).is_loopback}


def _tool(address: str) -> str:
    return "ip6tables" if ipaddress.ip_address(address).version == 6 else "iptables"


def setup(specs: list[dict]) -> None:
    resolvers = {s["resolver"] for s in specs}
    if len(resolvers) > 1:
        raise SystemExit("labd: scenarios with resolver: running and resolver: absent cannot share "
                         "a lab (one /etc/resolv.conf); the runner gives each namespace its own pod")
    with open("/etc/resolv.conf", "w") as f:
        f.write(f"# netmatrix lab: the lab's own resolver{' (not running)' if 'absent' in resolvers else ''}\n"
                f"nameserver {RESOLVER}\n")
    lines: list[str] = []
    for spec in specs:
        lines += [line for line in spec["hosts"] if line not in lines]
    if not any("localhost" in line.split()[1:] for line in lines):
        lines = DOCKER_LOCALHOST + lines
    with open("/etc/hosts", "w") as f:
        f.write("# netmatrix lab: /etc/hosts of the scenarios\n" + "\n".join(lines) + "\n")

    addresses = set().union(*(_addresses(s) for s in specs))
    if addresses:
        # A veth pair (the dummy driver may be missing from the host's kernel): the addresses are
        # local, so packets to them travel over the loopback and never leave the namespace.
        subprocess.run(["ip", "link", "add", DUMMY, "type", "veth", "peer", "name", DUMMY_PEER],
                       check=True)
        subprocess.run(["ip", "link", "set", DUMMY_PEER, "up"], check=True)
        subprocess.run(["ip", "link", "set", DUMMY, "up"], check=True)
        for a in sorted(addresses):
            v6 = ipaddress.ip_address(a).version == 6
            extra = ["nodad"] if v6 else []
            subprocess.run(["ip", "addr", "add", f"{a}/{128 if v6 else 32}", "dev", DUMMY, *extra],
                           check=True)
    if any((s.get("records") or {}).get("AAAA") for s in specs):
        # A dual-stack host has an IPv6 default route; without one, Chromium decides IPv6 is
        # unreachable (it connects a UDP socket to a global address, which sends nothing) and never
        # asks for AAAA. The route leads into the veth pair and no further: forwarding is off.
        subprocess.run(["ip", "-6", "route", "add", "default", "dev", DUMMY], check=True)
    for spec in specs:
        for a in spec["drop"]:
            subprocess.run([_tool(a), "-A", "INPUT", "-d", a, "-p", "tcp", "--dport", str(spec["port"]),
                            "-m", "comment", "--comment", f"nm:{spec['id']}", "-j", "DROP"], check=True)
        for a in spec["listen"]:
            threading.Thread(target=_listen, args=(a, spec["port"]), daemon=True).start()
        if spec["answer"]:
            _zone[spec["host"]] = spec
    if "running" in resolvers:
        threading.Thread(target=_serve_udp, daemon=True).start()
        threading.Thread(target=_serve_tcp, daemon=True).start()


# ---- the self-test -------------------------------------------------------------------------------


def _ask(name: str) -> tuple[str, str]:
    """Ask the resolver of /etc/resolv.conf for the name's A record, over UDP, as a stub would."""
    query = DNSRecord.question(name, "A")
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(PATIENCE)
    try:
        sock.connect((RESOLVER, 53))
        sock.send(query.pack())
        reply = DNSRecord.parse(sock.recv(4096))
    except ConnectionRefusedError:
        return "dns-port-unreachable", f"nothing listens on {RESOLVER} port 53 (ICMP port-unreachable)"
    except TimeoutError:
        return "dns-no-answer", f"{RESOLVER} did not answer in {PATIENCE}s"
    finally:
        sock.close()
    rcode = reply.header.rcode
    if rcode in OBSERVED_RCODE:
        return OBSERVED_RCODE[rcode], f"{RESOLVER} answered {RCODE[rcode]}"
    if rcode == RCODE.NOERROR and not reply.rr:
        return "dns-nodata", f"{RESOLVER} answered NOERROR with no address"
    return "dns-answered", f"{RESOLVER} answered {RCODE[rcode]}: {', '.join(str(r.rdata) for r in reply.rr)}"


def _gai(name: str, port: int) -> tuple[list[tuple], str]:
    try:
        infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
        return infos, ""
    except socket.gaierror as exc:
        return [], f"getaddrinfo: {exc.strerror}"


def probe_one(spec: dict) -> tuple[str, str]:
    if spec["resolver"] == "absent" or spec["answer"] not in (None, "records"):
        observed, detail = _ask(spec["host"])
        if spec["answer"] != "drop":  # the C library's own verdict, when it comes quickly
            detail += "; " + (_gai(spec["host"], spec["port"])[1] or "getaddrinfo succeeded")
        return observed, detail
    infos, error = _gai(spec["host"], spec["port"])
    if error:
        return "unresolved", error
    tried = []
    first = None
    for family, _, _, _, sockaddr in infos:
        fam = "ipv6" if family == socket.AF_INET6 else "ipv4"
        observed, _ = probe.tcp(sockaddr[0], spec["port"], fam, PATIENCE)
        tried.append(f"{sockaddr[0]}: {observed}")
        if first is None:
            first = observed
        if observed == "accepted-then-data":
            break
    detail = "getaddrinfo order, then connect(): " + "; ".join(tried)
    last = tried[-1].split(": ")[1]
    if first != "accepted-then-data" and last == "accepted-then-data":
        return {"refused": "fallback-after-refused",
                "no-answer": "fallback-after-no-answer"}.get(first or "", f"fallback-after-{first}"), detail
    return first or "unresolved", detail


def snapshot(specs: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for tool in ("iptables", "ip6tables"):
        out = subprocess.run([f"{tool}-save", "-c"], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            m = _COUNTED.match(line)
            if m:
                counts[m[2]] = counts.get(m[2], 0) + int(m[1])
    return counts


def _listening(address: str, port: int) -> bool:
    out = subprocess.run(["ss", "-tlnH", f"src [{address}]:{port}" if ":" in address
                          else f"src {address}:{port}"], capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


def problems(spec: dict, before: dict[str, int], after: dict[str, int]) -> list[str]:
    out = []
    if spec["drop"] and after.get(spec["id"], 0) <= before.get(spec["id"], 0):
        out.append("its DROP rule was never hit")
    out += [f"nothing listens on {a} port {spec['port']}" for a in spec["listen"]
            if not _listening(a, spec["port"])]
    if spec["resolver"] == "running" and not _listening(RESOLVER, 53):
        out.append(f"the lab's resolver does not listen on {RESOLVER} port 53")
    if spec["resolver"] == "absent" and _listening(RESOLVER, 53):
        out.append(f"something listens on {RESOLVER} port 53, where nothing may")
    return out

"""Routes: none, unreachable, prohibit, blackhole, or an on-link neighbour that never answers.

Everything happens inside the lab's --network none namespace: the routes name documentation-range
addresses, and the "neighbour" network is a veth pair whose far end has no address (so ARP for
the target goes unanswered, as for a host that is switched off) and leads nowhere.
"""
from __future__ import annotations

import ipaddress
import subprocess

import probe

PATIENCE = 8.0  # the neighbour timeout is about 3 s (3 ARP requests, 1 s apart)
LINK, PEER = "nmhost0", "nmhost1"


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True)


def _on_link(address: str) -> str:
    """An address for our end of the neighbour's network (the first host that is not the target)."""
    addr = ipaddress.ip_address(address)
    net = ipaddress.ip_network(f"{address}/{24 if addr.version == 4 else 64}", strict=False)
    for host in net.hosts():
        if host != addr:
            return f"{host}/{net.prefixlen}"
    raise ValueError(f"no free address next to {address}")


def setup(specs: list[dict]) -> None:
    neighbours = [s for s in specs if s["route"] == "neighbour"]
    if neighbours:
        _ip("link", "add", LINK, "type", "veth", "peer", "name", PEER)
        _ip("link", "set", PEER, "up")
        _ip("link", "set", LINK, "up")
        for spec in neighbours:
            _ip("addr", "add", _on_link(spec["address"]), "dev", LINK)
    for spec in specs:
        if spec["route"] in ("unreachable", "prohibit", "blackhole"):
            v6 = ipaddress.ip_address(spec["address"]).version == 6
            prefix = "/128" if v6 else "/32"
            _ip(*(["-6"] if v6 else []), "route", "add", spec["route"], spec["address"] + prefix)


def probe_one(spec: dict) -> tuple[str, str]:
    return probe.connect(spec, PATIENCE)


def problems(spec: dict, before: object, after: object) -> list[str]:
    return []

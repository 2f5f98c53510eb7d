"""The lab side of each scenario kind, one module each (see runner/kinds/ for the runner side).

A kind module provides:
    PATIENCE                 how long its probe may wait, seconds
    setup(specs)             configure the namespace for all scenarios of this kind
    probe_one(spec)          one reference probe -> (observation, detail)
    snapshot(specs)          (optional) state read before and after the probes, e.g. rule counters
    problems(spec, before, after) -> list of what is wrong besides the observation
"""
from __future__ import annotations

from . import dns, firewall, forward, proxy, route, server, tls

KINDS = {"server": server, "firewall": firewall, "route": route, "dns": dns, "tls": tls, "proxy": proxy,
         "forward": forward}

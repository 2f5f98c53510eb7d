"""Firewall rules (iptables, ip6tables), each tagged with the comment nm:<scenario id>.

The tag ties a rule to its scenario in any table or chain, so the self-test reads the rule's own
packet counter (iptables-save -c) and proves that the rule, not something else, answered the probe.
"""
from __future__ import annotations

import re
import subprocess

import probe

PATIENCE = 1.5
TOOLS = ("iptables", "ip6tables")
_COUNTED = re.compile(r'^\[(\d+):\d+\] .*--comment "?nm:([a-z0-9-]+)"?')


def tagged(rule: list[str], scenario: str) -> list[str]:
    """The rule with its tag, placed before the target (whose options must stay last)."""
    at = rule.index("-j")
    return [*rule[:at], "-m", "comment", "--comment", f"nm:{scenario}", *rule[at:]]


def setup(specs: list[dict]) -> None:
    for spec in specs:
        for rule in spec["rules"]:
            subprocess.run([spec["tool"], *tagged(rule, spec["id"])], check=True)


def probe_one(spec: dict) -> tuple[str, str]:
    return probe.connect(spec, PATIENCE)


def snapshot(specs: list[dict]) -> dict[str, int]:
    """Packets counted by each scenario's rules, across every table and chain of both tools."""
    counts: dict[str, int] = {}
    for tool in {s["tool"] for s in specs}:
        out = subprocess.run([f"{tool}-save", "-c"], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            m = _COUNTED.match(line)
            if m:
                counts[m[2]] = counts.get(m[2], 0) + int(m[1])
    return counts


def problems(spec: dict, before: dict[str, int], after: dict[str, int]) -> list[str]:
    if spec["id"] not in after:
        return ["its firewall rule is missing from the ruleset"]
    if after[spec["id"]] <= before.get(spec["id"], 0):
        return ["its firewall rule was never hit"]
    return []

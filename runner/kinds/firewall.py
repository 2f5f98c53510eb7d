"""Kind `firewall`: iptables / ip6tables rules in the lab namespace decide what the client sees.

Each rule is tied to its scenario by an iptables comment (`nm:<scenario id>`), so the lab can read
the rule's packet counter in any table or chain and prove that the scenario's rule did the work.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import field_validator, model_validator

from .base import ICMP_ERRORS, ScenarioBase

# Rules are written as one string each in YAML, for readability; they are never run by a shell.
_FORBIDDEN = {"-m", "--comment"}  # the lab adds the comment that ties a rule to its scenario


class FirewallScenario(ScenarioBase):
    TITLE: ClassVar[str] = "firewalls"
    # A REJECT answers with a reset or any ICMP error; a DROP with nothing.
    OBSERVATIONS: ClassVar[frozenset[str]] = ICMP_ERRORS | {"refused", "no-answer"}

    kind: Literal["firewall"]
    rules: tuple[tuple[str, ...], ...]

    @field_validator("rules", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, (list, tuple)):
            return tuple(tuple(r.split()) if isinstance(r, str) else r for r in value)
        return value

    @field_validator("rules")
    @classmethod
    def _shape(cls, rules: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        if not rules:
            raise ValueError("a firewall scenario needs at least one rule")
        for rule in rules:
            text = " ".join(rule)
            if not ({"-A", "-I"} & set(rule)) or "-j" not in rule:
                raise ValueError(
                    f"rule {text!r}: expected '-A CHAIN ... -j TARGET' (iptables syntax, "
                    "optionally with -t TABLE)"
                )
            if "--comment" in rule:
                raise ValueError(f"rule {text!r}: leave out '-m comment'; the lab adds its own")
        return rules

    @model_validator(mode="after")
    def _observable(self) -> FirewallScenario:
        self.check_expect()
        return self

    def describe(self) -> list[tuple[str, str]]:
        tool = "ip6tables" if self.family == "ipv6" else "iptables"
        return [("Firewall", f"{tool} {' '.join(rule)}") for rule in self.rules]

    def lab_spec(self) -> dict:
        spec = super().lab_spec()
        spec["tool"] = "ip6tables" if self.family == "ipv6" else "iptables"
        return spec

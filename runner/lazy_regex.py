"""Regular expressions compiled on first use, and only for texts that can match.

An answering process (lookup, explain) imports the modules that hold these patterns but needs few
of them for one text: compiling a pattern costs 0.1-0.3 ms of its start (issue 12's start time),
so a pattern is compiled when first used, and not at all when the text lacks a literal that every
match holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LazyRegex:  # used like re.compile
    """needs: literals of which every match holds one (lower-case when the pattern ignores case);
    search and finditer on a text without any find nothing without compiling the pattern."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> None:
        self.pattern, self.flags, self.needs = pattern, flags, needs
        self._re: re.Pattern[str] | None = None

    def _absent(self, text: str) -> bool:
        if not self.needs:
            return False
        haystack = text.lower() if self.flags & re.I else text
        return not any(n in haystack for n in self.needs)

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._absent(text) else self._compiled().search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self._compiled().finditer(text)

    def _compiled(self) -> re.Pattern[str]:
        if self._re is None:
            self._re = re.compile(self.pattern, self.flags)
        return self._re

    def __getattr__(self, name: str):
        # Kept on the instance: the next .sub or .match is a plain attribute, not this call again.
        value = getattr(self._compiled(), name)
        setattr(self, name, value)
        return value

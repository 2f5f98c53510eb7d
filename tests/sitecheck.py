"""Checks on a generated site shared by the unit and browser tests: every internal link resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name):
                self.links.append(a[name])
        if tag == "option" and a.get("value", "").endswith(".html"):
            self.links.append(a["value"])  # the run selector navigates to these


def parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def broken_links(root: Path) -> list[str]:
    """Every href/src in every page that points to a missing file or a missing #anchor."""
    pages = {p: parse(p) for p in root.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme == "data":  # inline, nothing to fetch (the empty favicon)
                continue
            if parts.scheme or parts.netloc:
                broken.append(f"{page.relative_to(root)}: external link {link}")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file():
                broken.append(f"{page.relative_to(root)}: {link} (no such file)")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{page.relative_to(root)}: {link} (no such anchor)")
    return broken

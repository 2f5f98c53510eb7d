"""The static HTML reference: the matrix, every cell's evidence, the error index, search, comparisons.

The site is plain files (no server, no CDN) that work from file:// and from any static host. Pages
are rendered by Jinja2 with autoescaping on, because every captured byte (stdout, stderr, packets)
came from programs and servers and must stay text. The search index is shipped as a script that
assigns a JSON literal (search-index.js) because browsers refuse fetch() of a file:// URL; the
same data is also written as search-index.json for other tools.

Layout (every link is relative, so the folder can move):
    index.html                      the reference run's matrix, the run selector, the causes
    runs/<run>.html                 the matrix of another image / locale / profile
    cells/<run>/<client>--<scenario>.html   one cell's full evidence
    scenarios/<id>.html, clients/<id>.html
    errors.html                     every exit code and message: its causes, ambiguity, distinguishers
    compare.html, compare/<a>--<b>.html     what changed between two runs
    search.html + search-index.js   client-side search
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import json
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2

from . import __version__, diff
from .catalog import Catalogs
from .errors import UsageError
from .models import Client, Results, Scenario
from .results import file_name
from .views import CellView, cell_views, duration_text, grid, slug
from .xref import Distinction, Entry, Index, Observation, fold

MARKER = ".netmatrix-site"  # marks a folder this module wrote, so a rebuild may replace it
SEARCH_TEXT_MAX = 4000  # characters of each cell's output kept in the search index


# ---- view-models ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    slug: str  # the results file's stem, e.g. debian-bookworm.fr_FR.fast
    results: Results
    views: tuple[CellView, ...]

    @property
    def label(self) -> str:
        r = self.results.run
        return f"{r.image} · {r.profile} · {r.locale}"

    @functools.cached_property
    def _cells(self) -> dict[tuple[str, str], CellView]:
        return {(v.client, v.scenario): v for v in self.views}

    def cell(self, client: str, scenario: str) -> CellView | None:
        return self._cells.get((client, scenario))


def cell_path(run: Run | str, client: str, scenario: str) -> str:
    slug = run if isinstance(run, str) else run.slug
    return f"cells/{slug}/{client}--{scenario}.html"


def exit_anchor(client: str, o: Observation | CellView) -> str:
    """The error index's anchor for a client's exit code ("exit-curl-28", "exit-nc-killed")."""
    if o.killed_at_cap:
        code = "killed"
    elif o.exit_code is None:
        code = f"signal-{o.outcome.signal if isinstance(o, CellView) else o.signal}"
    else:
        code = str(o.exit_code)
    return f"exit-{client}-{code}"


def signature_anchor(signature: str) -> str:
    return "sig-" + hashlib.sha1(signature.encode()).hexdigest()[:10]


def cell_class(v: CellView) -> str:
    """A colour class; the text in the cell always says the same thing in words."""
    if v.status != "ran":
        return "na"
    if v.killed_at_cap:
        return "killed"
    if v.exit_code is None:
        return "signal"
    return "ok" if v.exit_code == 0 else "fail"


@dataclass
class ErrorEntry:
    """One line of the error index: a client's exit code, or a message signature."""

    anchor: str
    title: str
    clients: list[str]
    exits: list[str]
    entry: Entry
    documented: str = ""  # the client's documentation for this code, when there is one
    examples: dict[str, list[tuple[str, Observation]]] = field(default_factory=dict)  # cause -> (key, obs)
    tell_all: tuple[Distinction, ...] = ()  # clients whose outputs tell every cause apart
    tell_pairs: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (a, b, clients)


class Site:
    """Everything the templates need, computed once from the catalogs and results."""

    def __init__(self, catalogs: Catalogs, results: Iterable[Results]) -> None:
        self.catalogs = catalogs
        self.runs = _runs(catalogs, results)
        if not self.runs:
            raise UsageError("no results to publish; run `netmatrix run` first")
        self.reference = next((r for r in self.runs if r.slug == "debian-bookworm"), self.runs[0])
        self.index = Index.build(catalogs, (r.results for r in self.runs))
        self._slug = {(r.results.run.image, r.results.run.profile, r.results.run.locale): r.slug
                      for r in self.runs}
        self.scenarios: dict[str, Scenario] = {s.id: s for s in catalogs.scenarios.scenarios}
        self.clients: dict[str, Client] = {c.id: c for c in catalogs.clients.clients}
        self._tell: dict[tuple[str, str], tuple[Distinction, ...]] = {}
        self.exit_entries = self._exit_entries()
        self.exit_by_anchor = {e.anchor: e for e in self.exit_entries}
        self.signature_entries = self._signature_entries()

    def obs_path(self, o: Observation) -> str:
        """The cell page of an observation from the cross-reference."""
        return cell_path(self._slug[(o.image, o.profile, o.locale)], o.client, o.scenario)

    # -- the cross-reference, arranged for pages

    def tell(self, a: str, b: str) -> list[str]:
        """Clients whose outputs tell cause a from cause b (cached: many entries share a pair)."""
        key = (a, b) if a < b else (b, a)
        if key not in self._tell:
            self._tell[key] = self.index.tell(*key)
        return [d.client for d in self._tell[key] if d.tells]

    def _complete(self, e: ErrorEntry) -> ErrorEntry:
        # One example per message signature: "after 0 ms" and "after 2 ms" are the same message.
        grouped: dict[str, dict[str, Observation]] = defaultdict(dict)
        for o in e.entry.observations:
            grouped[o.scenario].setdefault(o.signature, o)
        e.examples = {s: [(o.key_line, o) for o in grouped[s].values()] for s in e.entry.causes}
        if e.entry.ambiguous:
            causes = e.entry.causes
            e.tell_all = self.index.tell_many(causes) if len(causes) > 2 else ()
            e.tell_pairs = [(a, b, self.tell(a, b)) for a, b in itertools.combinations(causes, 2)]
        return e

    def _exit_entries(self) -> list[ErrorEntry]:
        out = []
        for client in self.catalogs.clients.clients:
            if client.id not in self.index.clients():
                continue
            for code, entry in self.index.by_client(client.id).items():
                # One entry per exit text: "killed at cap" and "signal 11" share the key None.
                by_text: dict[str, list[Observation]] = defaultdict(list)
                for o in entry.observations:
                    by_text[o.exit_text].append(o)
                for text, obs in sorted(by_text.items()):
                    out.append(self._complete(ErrorEntry(
                        anchor=exit_anchor(client.id, obs[0]), title=f"{client.id} {text}",
                        clients=[client.id], exits=[text], entry=Entry(tuple(obs)),
                        documented=_documented(client, code if text.startswith("exit") else None))))
        return out

    def _signature_entries(self) -> list[ErrorEntry]:
        out = []
        for signature, obs in self.index.by_signature.items():
            entry = Entry(tuple(obs))
            out.append(self._complete(ErrorEntry(
                anchor=signature_anchor(signature), title=signature,
                clients=sorted({o.client for o in obs}), exits=sorted({o.exit_text for o in obs}),
                entry=entry)))
        return sorted(out, key=lambda e: (e.entry.causes, e.clients, e.title))

    # -- per-page data

    def matrix(self, run: Run) -> list[tuple[str, list[str], list[str], dict[tuple[str, str], CellView]]]:
        return [(group, rows, cols, cells)
                for group, (rows, cols, cells) in grid(list(run.views), self.catalogs).items()]

    def across_runs(self, client: str | None = None, scenario: str | None = None
                    ) -> list[tuple[str, list[tuple[Run, CellView | None]]]]:
        """Rows of (scenario or client, [(run, cell)]) for one client or one scenario, every run."""
        if client is not None:
            keys = [s for s in self.scenarios if any(r.cell(client, s) for r in self.runs)]
            return [(s, [(r, r.cell(client, s)) for r in self.runs]) for s in keys]
        keys = [c for c in self.clients if any(r.cell(c, scenario or "") for r in self.runs)]
        return [(c, [(r, r.cell(c, scenario or "")) for r in self.runs]) for c in keys]

    def observed_wire(self, scenario: str) -> list[tuple[str, int]]:
        counts: dict[str, int] = defaultdict(int)
        for r in self.runs:
            for v in r.views:
                if v.scenario == scenario and v.wire:
                    counts[v.wire] += 1
        return sorted(counts.items(), key=lambda kv: -kv[1])

    def pairs(self) -> list[tuple[Run, Run, list[diff.Change]]]:
        return [(a, b, diff.compare_views(list(a.views), list(b.views)))
                for a, b in itertools.combinations(self.runs, 2)]

    def search_data(self) -> dict:
        runs = [{"slug": r.slug, "label": r.label} for r in self.runs]
        cells = []
        for i, r in enumerate(self.runs):
            for v in r.views:
                if v.status != "ran":
                    continue
                text = fold(f"{v.outcome.stdout}\n{v.outcome.stderr}")[:SEARCH_TEXT_MAX]
                cells.append([i, v.client, v.scenario, v.exit_text, v.key_line,
                              cell_path(r, v.client, v.scenario), fold(v.signature), text])
        scenarios = {s.id: {"cause": s.cause, "url": f"scenarios/{s.id}.html",
                            "text": fold(f"{s.id} {s.cause} {s.explanation}")}
                     for s in self.scenarios.values()}
        return {"format": 1, "fields": ["run", "client", "scenario", "exit", "key_line", "url",
                                        "signature", "text"],
                "runs": runs, "clients": sorted(self.clients), "scenarios": scenarios, "cells": cells}


def _runs(catalogs: Catalogs, results: Iterable[Results]) -> list[Run]:
    runs, seen = [], set()
    for res in results:
        r = res.run
        slug = file_name(r.image, r.locale, r.profile).removesuffix(".json")
        while slug in seen:  # two files of one image/locale/profile: keep both, distinctly named
            slug += "-2"
        seen.add(slug)
        runs.append(Run(slug, res, tuple(cell_views(res, catalogs))))
    return runs


def _documented(client: Client, code: int | None) -> str:
    doc = client.exit_codes
    if doc is None or code is None:
        return ""
    if not doc.documented:
        return "not documented"
    return doc.codes.get(code, "not listed in the documentation")


# ---- rendering -----------------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    templates = resources.files("netmatrix") / "sitefiles" / "templates"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,  # every template is HTML; captured output must never become markup
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build, not the page
        trim_blocks=True, lstrip_blocks=True)
    env.filters["duration"] = duration_text
    env.filters["slug"] = slug
    env.filters["cellclass"] = cell_class
    env.globals.update(cell_path=cell_path, exit_anchor=exit_anchor, signature_anchor=signature_anchor)
    return env


def build(out_dir: Path, catalogs: Catalogs, results: Iterable[Results]) -> list[Path]:
    """Write the site into out_dir (replacing an earlier site there); returns the files written.

    The site is written to a fresh folder beside out_dir and moved into place at the end, so an
    interrupted build leaves the previous site whole. A non-empty folder that this module did not
    write is refused rather than replaced."""
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise UsageError(f"{out_dir} is not empty and is not a netmatrix site; choose another folder "
                         "with -o, or empty it first")
    site = Site(catalogs, results)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        written = _write_all(site, staging)
        os.chmod(staging, 0o755)  # mkdtemp's 0700 would hide the site from a web server
        if out_dir.exists():
            old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
            out_dir.rename(old)
            staging.rename(out_dir)
            shutil.rmtree(old)
        else:
            staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out_dir / p.relative_to(staging) for p in written]


def _write_all(site: Site, root: Path) -> list[Path]:
    env = _environment()
    written: list[Path] = []

    def page(template: str, path: str, **context: object) -> None:
        depth = path.count("/")
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        html = env.get_template(template).render(
            site=site, root="../" * depth, path=path, version=__version__, **context)
        target.write_text(html, encoding="utf-8")
        written.append(target)

    page("matrix.html", "index.html", run=site.reference, is_index=True)
    for run in site.runs:
        page("matrix.html", f"runs/{run.slug}.html", run=run, is_index=False)
        for v in run.views:
            page("cell.html", cell_path(run, v.client, v.scenario), run=run, v=v,
                 client=site.clients.get(v.client), scenario=site.scenarios.get(v.scenario))
    for scenario in site.scenarios.values():
        page("scenario.html", f"scenarios/{scenario.id}.html", scenario=scenario)
    for client in site.clients.values():
        page("client.html", f"clients/{client.id}.html", client=client,
             entries=[e for e in site.exit_entries if e.clients == [client.id]])
    page("errors.html", "errors.html")
    pairs = site.pairs()
    page("compare.html", "compare.html", pairs=pairs)
    for a, b, changes in pairs:
        page("compare_pair.html", f"compare/{a.slug}--{b.slug}.html", a=a, b=b, changes=changes)
    page("search.html", "search.html")

    data = json.dumps(site.search_data(), ensure_ascii=False, separators=(",", ":"))
    for name, text in (("search-index.json", data),
                       ("search-index.js", f"window.NETMATRIX_SEARCH = {data};\n")):
        (root / name).write_text(text, encoding="utf-8")
        written.append(root / name)
    static = resources.files("netmatrix") / "sitefiles" / "static"
    for item in static.iterdir():
        target = root / item.name
        target.write_bytes(item.read_bytes())
        written.append(target)
    (root / MARKER).write_text(f"written by netmatrix {__version__}\n", encoding="utf-8")
    return written

"""The static HTML reference: the matrix, every cell's evidence, the error index, search, comparisons.

The site is plain files (no server, no CDN) that work from file:// and from any static host. Pages
are rendered by Jinja2 with autoescaping on, because every captured byte (stdout, stderr, packets)
came from programs and servers and must stay text.

It grows with the distinct evidence, not with runs × cells: a client × scenario has ONE page that
holds every run's evidence (one section per run, anchored #run-<run>), and an output that is
identical in several runs is written once and referred to from the others. The search index is
split: search.html loads a few kB (search/meta.js) and fetches the per-client shards only once the
reader types (as scripts, because browsers refuse fetch() of a file:// URL).

Every name that becomes part of a file name (run, client, scenario ids: data from results files
written elsewhere) goes through path_part(), and every write is checked to land inside the site.

Layout (every link is relative, so the folder can move):
    index.html                      the reference run's matrix, the run selector, the causes
    runs/<run>.html                 the matrix of another image / locale / profile
    cells/<client>/<scenario>.html  one client × scenario: every run's evidence, #run-<run> each
    scenarios/<id>.html, clients/<id>.html
    errors.html                     every exit code and message: its causes, ambiguity, distinguishers
    compare.html, compare/<a>--<b>.html     what changed between two runs, with the differing words
    search.html + search/*.js       client-side search (meta first, shards on demand)
    data.html, data/<run>.json, data/schemas/*.json   the dataset: results files and JSON Schemas
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2

from . import __version__, diff, schemas
from .catalog import Catalogs
from .errors import UsageError
from .models import Client, Results, Scenario
from . import results as results_io
from .results import file_name
from .views import CellView, cell_views, duration_text, grid, slug
from .xref import Distinction, Entry, Index, Observation, fold

MARKER = ".netmatrix-site"  # marks a folder this module wrote, so a rebuild may replace it
SEARCH_TEXT_MAX = 4000  # characters of each cell's output kept in the search index
_SAFE_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


def path_part(name: str) -> str:
    """A name (run, client, scenario id: data from a results file) as ONE safe path component.

    Safe slugs pass unchanged (so URLs stay readable and stable); anything else — '/', '..', NUL,
    spaces, a leading dot, non-ASCII, 100+ characters — becomes its safe characters plus a hash of
    the whole name ('~' never occurs in a safe slug, so an escaped name never collides with a real
    one). Every file name the site writes is built from these."""
    if _SAFE_PART.fullmatch(name) and ".." not in name:
        return name
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_-")[:60] or "x"
    return f"{cleaned}~{hashlib.sha256(name.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


# ---- view-models ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    slug: str  # the results file's stem, e.g. debian-bookworm.fr_FR.fast (always a path_part)
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


def run_anchor(run: Run | str) -> str:
    return "run-" + (run if isinstance(run, str) else run.slug)


def cell_page(client: str, scenario: str) -> str:
    """The page of one client × scenario, every run on it."""
    return f"cells/{path_part(client)}/{path_part(scenario)}.html"


def cell_path(run: Run | str, client: str, scenario: str) -> str:
    """One run's cell: its section on the client × scenario page (the permalink of a cell)."""
    return f"{cell_page(client, scenario)}#{run_anchor(run)}"


def client_path(client: str) -> str:
    return f"clients/{path_part(client)}.html"


def scenario_path(scenario: str) -> str:
    return f"scenarios/{path_part(scenario)}.html"


def run_path(run: Run | str) -> str:
    return f"runs/{run if isinstance(run, str) else run.slug}.html"


def compare_path(a: Run, b: Run) -> str:
    return f"compare/{a.slug}--{b.slug}.html"


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


PAIR_CLIENTS = 6  # clients named per pair of causes in the error index (the rest: `netmatrix tell`)


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
        self._slug = {
            (r.results.run.image, r.results.run.profile, r.results.run.locale): r.slug for r in self.runs
        }
        self.scenarios: dict[str, Scenario] = {s.id: s for s in catalogs.scenarios.scenarios}
        self.clients: dict[str, Client] = {c.id: c for c in catalogs.clients.clients}
        # Every id in the results, the catalog's first: a results file may name ids the catalog lacks.
        seen = [(v.client, v.scenario) for r in self.runs for v in r.views]
        self.client_ids = list(dict.fromkeys([*self.clients, *(c for c, _ in seen)]))
        self.scenario_ids = list(dict.fromkeys([*self.scenarios, *(s for _, s in seen)]))
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
            # A results file may name a scenario this catalog lacks (an older or another catalog):
            # no client can be said to tell it apart, and the rest of the site still builds.
            known = all(s in self.scenarios for s in key)
            self._tell[key] = self.index.tell(*key) if known else ()
        return [d.client for d in self._tell[key] if d.tells]

    def _complete(self, e: ErrorEntry) -> ErrorEntry:
        # One example per message signature: "after 0 ms" and "after 2 ms" are the same message.
        grouped: dict[str, dict[str, Observation]] = defaultdict(dict)
        for o in e.entry.observations:
            grouped[o.scenario].setdefault(o.signature, o)
        e.examples = {s: [(o.key_line, o) for o in grouped[s].values()] for s in e.entry.causes}
        if e.entry.ambiguous:
            causes = e.entry.causes
            e.tell_all = (
                self.index.tell_many(causes)
                if len(causes) > 2 and all(c in self.scenarios for c in causes)
                else ()
            )
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
                    out.append(
                        self._complete(
                            ErrorEntry(
                                anchor=exit_anchor(client.id, obs[0]),
                                title=f"{client.id} {text}",
                                clients=[client.id],
                                exits=[text],
                                entry=Entry(tuple(obs)),
                                documented=_documented(client, code if text.startswith("exit") else None),
                            )
                        )
                    )
        return out

    def _signature_entries(self) -> list[ErrorEntry]:
        out = []
        for signature, obs in self.index.by_signature.items():
            entry = Entry(tuple(obs))
            out.append(
                self._complete(
                    ErrorEntry(
                        anchor=signature_anchor(signature),
                        title=signature,
                        clients=sorted({o.client for o in obs}),
                        exits=sorted({o.exit_text for o in obs}),
                        entry=entry,
                    )
                )
            )
        return sorted(out, key=lambda e: (e.entry.causes, e.clients, e.title))

    # -- per-page data

    def matrix(self, run: Run) -> list[MatrixGroup]:
        """The run's matrix as column groups, each (title, columns) with its rows and cells.

        The grouping is views.grid's (by the scenarios' kind, protocol and family: "TCP · firewalls",
        "TCP over IPv6", "UDP"); the templates only read the groups."""
        return [
            MatrixGroup(path_part(slug(title)), f"{title}: clients × scenarios", rows, cols, cells)
            for title, (rows, cols, cells) in grid(list(run.views), self.catalogs).items()
        ]

    def cell_pages(self) -> list[tuple[str, str, list[CellRun]]]:
        """Every client × scenario seen in any run, with each run's cell.

        An output identical to one already on the page is written once: the other runs name the
        run that shows it. A long output that differs from one shown in full in a few lines only
        (a browser's error page in another language) is written as those lines."""
        keys: dict[tuple[str, str], None] = {}
        for r in self.runs:
            for view in r.views:
                keys.setdefault((view.client, view.scenario), None)
        out = []
        for client, scenario in keys:
            seen: dict[tuple[str, str], Run] = {}
            full: dict[str, list[tuple[Run, str]]] = defaultdict(list)  # stream -> shown in full
            entries = []
            for r in self.runs:
                v = r.cell(client, scenario)
                if v is None:
                    continue
                o = v.outcome
                streams = {}
                for name, text in (
                    ("stdout", o.stdout),
                    ("stderr", o.stderr),
                    ("packets", "\n".join(o.wire.packets) if o.wire else ""),
                ):
                    first = seen.setdefault((name, text), r) if text else None
                    if first is not None and first is not r:
                        streams[name] = Stream(name, text, same=first)
                        continue
                    near = _nearest(full[name], text) if name != "packets" else None
                    if near:
                        streams[name] = Stream(name, text, near=near[0], delta=near[1])
                    else:
                        streams[name] = Stream(name, text)
                        if text:
                            full[name].append((r, text))
                entries.append(CellRun(r, v, streams["stdout"], streams["stderr"], streams["packets"]))
            out.append((client, scenario, entries))
        return out

    def across_runs(
        self, client: str | None = None, scenario: str | None = None
    ) -> list[tuple[str, list[tuple[Run, CellView | None]]]]:
        """Rows of (scenario or client, [(run, cell)]) for one client or one scenario, every run."""
        if client is not None:
            keys = [s for s in self.scenario_ids if any(r.cell(client, s) for r in self.runs)]
            return [(s, [(r, r.cell(client, s)) for r in self.runs]) for s in keys]
        keys = [c for c in self.client_ids if any(r.cell(c, scenario or "") for r in self.runs)]
        return [(c, [(r, r.cell(c, scenario or "")) for r in self.runs]) for c in keys]

    def observed_wire(self, scenario: str) -> list[tuple[str, int]]:
        counts: dict[str, int] = defaultdict(int)
        for r in self.runs:
            for v in r.views:
                if v.scenario == scenario and v.wire:
                    counts[v.wire] += 1
        return sorted(counts.items(), key=lambda kv: -kv[1])

    def pairs(self) -> list[tuple[Run, Run, list[diff.Change]]]:
        return [
            (a, b, diff.compare_views(list(a.views), list(b.views)))
            for a, b in itertools.combinations(self.runs, 2)
        ]

    def search(self) -> tuple[dict, dict[str, list[list]]]:
        """The search index, split: (meta, {client: rows}). The page loads meta first (a few kB) and
        a client's rows only when a query needs them. Identical rows across runs are one row that
        lists its runs."""
        shards: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(dict)
        for i, r in enumerate(self.runs):
            for v in r.views:
                if v.status != "ran":
                    continue
                text = fold(f"{v.outcome.stdout}\n{v.outcome.stderr}"[:SEARCH_TEXT_MAX])[:SEARCH_TEXT_MAX]
                key = (
                    v.scenario,
                    v.exit_text,
                    v.key_line,
                    cell_page(v.client, v.scenario),
                    fold(v.signature),
                    text,
                )
                shards[v.client].setdefault(key, []).append(i)
        rows = {c: [[*key, runs] for key, runs in found.items()] for c, found in shards.items()}
        meta = {
            "format": 2,
            "fields": ["scenario", "exit", "key_line", "url", "signature", "text", "runs"],
            "runs": [{"slug": r.slug, "label": r.label, "anchor": run_anchor(r)} for r in self.runs],
            "clients": {c: f"search/{path_part(c)}.js" for c in sorted(rows)},
            "scenarios": {
                s.id: {
                    "cause": s.cause,
                    "url": scenario_path(s.id),
                    "text": fold(f"{s.id} {s.cause} {s.explanation}"),
                }
                for s in self.scenarios.values()
            },
        }
        return meta, rows


@dataclass(frozen=True)
class MatrixGroup:
    """One table of the matrix: a group of scenario columns (today, one protocol)."""

    key: str  # a slug: the table's id is matrix-<key>
    title: str
    rows: list[str]  # client ids
    cols: list[str]  # scenario ids
    cells: dict[tuple[str, str], CellView]


@dataclass(frozen=True)
class Stream:
    """One captured stream of a cell as a page shows it: in full, as the same text as another
    run's (same), or as the lines in which it differs from another run's (near, delta)."""

    name: str
    text: str
    same: Run | None = None
    near: Run | None = None
    delta: tuple[Hunk, ...] = ()

    @property
    def lines(self) -> int:
        return len(self.text.splitlines())

    @property
    def changed(self) -> int:
        return sum(len(h.lines) for h in self.delta)

    @property
    def delta_text(self) -> str:
        """The differing lines, as a unified diff's hunks: '-' the other run's, '+' this run's."""
        out = []
        for h in self.delta:
            out.append(f"@@ {_span(h.start, h.end - h.start)} there, {_span(h.at, len(h.lines))} here @@\n")
            out += [f"- {line}" if line.endswith("\n") else f"- {line}\n" for line in h.old]
            out += [f"+ {line}" if line.endswith("\n") else f"+ {line}\n" for line in h.lines]
        return "".join(out)


def _span(start: int, count: int) -> str:
    if count == 0:
        return f"after line {start}"
    return f"line {start + 1}" if count == 1 else f"lines {start + 1}–{start + count}"


@dataclass(frozen=True)
class CellRun:
    """One run's cell on a client × scenario page."""

    run: Run
    v: CellView
    stdout: Stream
    stderr: Stream
    packets: Stream


@dataclass(frozen=True)
class Hunk:
    """Lines start..end (0-based, end excluded) of the reference text are replaced by `lines`."""

    start: int
    end: int
    old: tuple[str, ...]
    lines: tuple[str, ...]
    at: int  # where `lines` start in the new text (0-based)


DELTA_MIN_CHARS = 8000  # outputs shorter than this are always shown in full
DELTA_MAX_SHARE = 0.25  # ... and longer ones only when their differing lines are at most this share


def line_delta(reference: str, text: str) -> tuple[Hunk, ...]:
    """The hunks that turn reference into text, line by line (apply_delta inverts it exactly)."""
    a, b = reference.splitlines(keepends=True), text.splitlines(keepends=True)
    return tuple(
        Hunk(i1, i2, tuple(a[i1:i2]), tuple(b[j1:j2]), j1)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        if op != "equal"
    )


def apply_delta(reference: str, delta: tuple[Hunk, ...]) -> str:
    lines = reference.splitlines(keepends=True)
    for h in reversed(delta):
        lines[h.start : h.end] = h.lines
    return "".join(lines)


def _nearest(shown: list[tuple[Run, str]], text: str) -> tuple[Run, tuple[Hunk, ...]] | None:
    """The run whose output, shown in full on this page, this long text differs least from, when
    the differing lines are a small share of it."""
    if len(text) < DELTA_MIN_CHARS:
        return None
    best = None
    for run, reference in shown[-4:]:  # a few candidates keep the build linear
        delta = line_delta(reference, text)
        size = sum(len(line) for h in delta for line in (*h.old, *h.lines))
        if size <= DELTA_MAX_SHARE * len(text) and (best is None or size < best[0]):
            best = (size, run, delta)
    return (best[1], best[2]) if best else None


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """[(op, text)] with op 'same', 'del' (only in a) or 'ins' (only in b), word by word.

    A run of spaces between two changes joins them ("Connection refused" → "Connexion refusée" is
    one change, not two)."""
    ta, tb = re.findall(r"\s+|\w+|[^\w\s]", a), re.findall(r"\s+|\w+|[^\w\s]", b)
    ops = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    merged: list[list] = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        blank = op == "equal" and not "".join(ta[i1:i2]).strip()
        if blank and 0 < k < len(ops) - 1:
            op = "replace"
        if merged and op != "equal" and merged[-1][0] != "equal":
            merged[-1][2], merged[-1][4] = i2, j2  # extend the previous change
        else:
            merged.append([op, i1, i2, j1, j2])
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in merged:
        if op == "equal":
            out.append(("same", "".join(ta[i1:i2])))
            continue
        if i2 > i1:
            out.append(("del", "".join(ta[i1:i2])))
        if j2 > j1:
            out.append(("ins", "".join(tb[j1:j2])))
    return out


def _runs(catalogs: Catalogs, results: Iterable[Results]) -> list[Run]:
    runs, seen = [], set()
    for res in results:
        r = res.run
        slug = path_part(file_name(r.image, r.locale, r.profile).removesuffix(".json"))
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
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["duration"] = duration_text
    env.filters["slug"] = slug
    env.filters["cellclass"] = cell_class
    env.globals.update(
        cell_path=cell_path,
        cell_page=cell_page,
        client_path=client_path,
        scenario_path=scenario_path,
        run_path=run_path,
        run_anchor=run_anchor,
        compare_path=compare_path,
        exit_anchor=exit_anchor,
        signature_anchor=signature_anchor,
        word_diff=word_diff,
        duration_class=diff.duration_class,
        PAIR_CLIENTS=PAIR_CLIENTS,
    )
    return env


def build(out_dir: Path, catalogs: Catalogs, results: Iterable[Results]) -> list[Path]:
    """Write the site into out_dir (replacing an earlier site there); returns the files written.

    The site is written to a fresh folder beside out_dir and moved into place at the end, so an
    interrupted build leaves the previous site whole. A non-empty folder that this module did not
    write is refused rather than replaced."""
    out_dir = Path(out_dir).absolute()  # the writes are checked against resolved paths
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise UsageError(
            f"{out_dir} is not empty and is not a netmatrix site; choose another folder "
            "with -o, or empty it first"
        )
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
    top = root.resolve()

    def write(path: str, text: str) -> None:
        target = (root / path).resolve()
        # path_part() makes this impossible; checked anyway, since the names are someone else's data.
        if not target.is_relative_to(top) or target == top:
            raise UsageError(f"refusing to write {path!r}: it is outside the site folder")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)

    def page(template: str, path: str, **context: object) -> None:
        html = env.get_template(template).render(
            site=site, root="../" * path.count("/"), path=path, version=__version__, **context
        )
        write(path, html)

    page("matrix.html", "index.html", run=site.reference, is_index=True)
    for run in site.runs:
        page("matrix.html", run_path(run), run=run, is_index=False)
    for client, scenario, entries in site.cell_pages():
        page(
            "cell.html",
            cell_page(client, scenario),
            entries=entries,
            client_id=client,
            scenario_id=scenario,
            client=site.clients.get(client),
            scenario=site.scenarios.get(scenario),
        )
    for sc in site.scenarios.values():
        page("scenario.html", scenario_path(sc.id), scenario=sc)
    for cl in site.clients.values():
        page(
            "client.html",
            client_path(cl.id),
            client=cl,
            entries=[e for e in site.exit_entries if e.clients == [cl.id]],
        )
    for kind, ids, known, path in (
        ("client", site.client_ids, site.clients, client_path),
        ("scenario", site.scenario_ids, site.scenarios, scenario_path),
    ):
        for unknown in (i for i in ids if i not in known):
            page("unknown.html", path(unknown), kind=kind, id=unknown)
    page("errors.html", "errors.html")
    pairs = site.pairs()
    page("compare.html", "compare.html", pairs=pairs)
    for a, b, changes in pairs:
        page("compare_pair.html", compare_path(a, b), a=a, b=b, changes=changes)

    meta, shards = site.search()
    page("search.html", "search.html")
    write("search/meta.js", f"window.NETMATRIX_SEARCH = {_js(meta)};\n")
    for client, rows in shards.items():
        write(meta["clients"][client], f"window.NETMATRIX_SEARCH_SHARD({_js(client)}, {_js(rows)});\n")

    # The dataset: every results file as recorded, and the JSON Schemas that describe them.
    downloads = []
    for run in site.runs:
        text = results_io.dumps(run.results)
        write(f"data/{run.slug}.json", text)
        downloads.append((run, f"data/{run.slug}.json", len(text.encode())))
    schema_files = []
    for name, schema in schemas.generate().items():
        text = schemas.dumps(schema)
        write(f"data/schemas/{name}", text)
        schema_files.append((name, schema.get("title", name), schema.get("description", ""), len(text)))
    page("data.html", "data.html", downloads=downloads, schema_files=schema_files)

    static = resources.files("netmatrix") / "sitefiles" / "static"
    for item in static.iterdir():
        write(item.name, item.read_text(encoding="utf-8"))
    write(MARKER, f"written by netmatrix {__version__}\n")
    return written


def _js(value: object) -> str:
    """JSON for a <script> file: '</' and U+2028/9 escaped so no captured text can end the script."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")

"""The static site: built from the committed results, every link resolves, captured text stays text."""

from __future__ import annotations

import json

import pytest

from netmatrix import results, sitegen
from netmatrix.errors import UsageError

from .conftest import HOSTILE
from .sitecheck import broken_links, parse


@pytest.fixture(scope="module")
def site(tmp_path_factory, cats):
    out = tmp_path_factory.mktemp("site") / "site"
    sitegen.build(out, cats, results.load_all())
    return out


def test_every_internal_link_and_anchor_resolves(site):
    assert broken_links(site) == []


def _section(html: str, run: str) -> str:
    """One run's section of a client × scenario page."""
    start = html.index(f'<section class="run-cell" id="{sitegen.run_anchor(run)}">')
    return html[start : html.index("</section>", start)]


def test_index_matrix_has_every_client_and_scenario_of_the_reference_run(site, cats):
    html = (site / "index.html").read_text()
    ref = results.read(results.resolve(None))
    for c in {c.client for c in ref.cells}:
        assert f'<tr data-client="{c}">' in html
    for s in {c.scenario for c in ref.cells}:
        assert f'data-scenario="{s}"' in html
    # Colour is never the only signal: the cell says its exit status in words.
    curl_drop = _section((site / sitegen.cell_page("curl", "tcp-drop")).read_text(), "debian-bookworm")
    assert "exit 28" in curl_drop and "Operation timeout" in curl_drop


def test_curl_exit_28_is_explained_one_click_from_the_index(site):
    """The index links the curl × tcp-drop cell's section; it names the cause and the documented meaning."""
    index = parse(site / "index.html")
    link = sitegen.cell_path("debian-bookworm", "curl", "tcp-drop")
    assert link in index.links and link.endswith("#run-debian-bookworm")
    section = _section((site / link.split("#")[0]).read_text(), "debian-bookworm")
    assert "Firewall DROP" in section and "CURLE_OPERATION_TIMEDOUT" in section
    assert "errors.html#exit-curl-28" in section


def test_one_page_per_client_and_scenario_holds_every_run_and_writes_identical_output_once(site):
    runs = results.load_all()
    pairs = {(c.client, c.scenario) for r in runs for c in r.cells}
    assert sorted(p.relative_to(site).as_posix() for p in (site / "cells").rglob("*.html")) == sorted(
        sitegen.cell_page(*p) for p in pairs
    )
    html = (site / sitegen.cell_page("curl", "tcp-closed")).read_text()
    # Every run that has the cell has its anchored section.
    for r in runs:
        stem = sitegen.path_part(results.file_name(r.run.image, r.run.locale, r.run.profile)[:-5])
        assert f'id="{sitegen.run_anchor(stem)}"' in html
    # An output recorded identically in several runs is shown once; the other runs point to it.
    outputs = [
        c.stderr
        for r in runs
        for c in r.cells
        if (c.client, c.scenario) == ("curl", "tcp-closed") and c.stderr
    ]
    distinct = set(outputs)
    assert len(distinct) < len(outputs), "the committed results should repeat some curl output"
    shown = html.count('<pre class="output" data-stream="stderr">')
    assert shown == len(distinct)
    assert html.count('<p class="same" data-stream="stderr">') == len(outputs) - len(distinct)


@pytest.mark.parametrize("name", ["curl", "debian-bookworm.fr_FR.fast", "a_b-c.d"])
def test_path_part_keeps_safe_slugs(name):
    assert sitegen.path_part(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "../../../../tmp/x",
        "..",
        ".",
        ".hidden",
        "a/b",
        "a\\b",
        "nul\0byte",
        "",
        "é",
        "a b",
        "x" * 200,
        "-rf",
        "a..b",
    ],
)
def test_path_part_turns_any_other_name_into_one_safe_component(name):
    part = sitegen.path_part(name)
    assert part and "/" not in part and "\\" not in part and "\0" not in part and ".." not in part
    assert not part.startswith((".", "-")) and len(part) <= 80
    assert part.isascii() and part != name
    # Distinct names stay distinct (the hash), and never collide with a real slug.
    assert sitegen.path_part(name + "/") != part and "~" in part


def test_crafted_names_in_a_results_file_never_write_outside_the_site(tmp_path, cats, hostile_results):
    """Image, client and scenario ids that are paths (issue 15): every file lands under -o."""
    evil = "../../../../" + str(tmp_path / "escaped")
    run = hostile_results.run.model_copy(update={"image": evil, "locale": "../x", "profile": "/etc/y"})
    cells = tuple(
        c.model_copy(update={"client": evil, "scenario": "../" + c.scenario}) if c.client == "curl" else c
        for c in hostile_results.cells
    )
    crafted = hostile_results.model_copy(update={"run": run, "cells": cells})
    out = tmp_path / "deep" / "er" / "site"
    written = sitegen.build(out, cats, [crafted, hostile_results])
    everything = [p for p in tmp_path.rglob("*") if p.is_file() or p.is_symlink()]
    outside = [p for p in everything if not p.resolve().is_relative_to(out.resolve())]
    assert outside == []
    assert all(p.resolve().is_relative_to(out.resolve()) for p in written)
    assert not (tmp_path / "escaped").exists()
    # The crafted client still has its pages, under escaped names, and the links to them resolve.
    escaped = sitegen.cell_page(evil, "../tcp-closed")
    assert "~" in escaped and (out / escaped).is_file()
    assert [b for b in broken_links(out) if "cells/" in b or "runs/" in b or "clients/" in b] == []


def test_error_index_marks_ambiguity_and_names_distinguishers(site):
    errors = (site / "errors.html").read_text()
    start = errors.index('id="exit-curl-7"')
    entry = errors[start : errors.index("</article>", start)]
    # curl exit 7 is seen under a closed port and a REJECT rule; traceroute -T tells them apart.
    assert "AMBIGUOUS" in entry and "tcp-closed" in entry and "tcp-reject" in entry
    assert "clients/traceroute.html" in entry


def _assigned(path, prefix: str):
    """The JSON a search script passes: `window.X = {...};` or `window.F("client", [...]);`."""
    js = path.read_text()
    assert js.startswith(prefix), path
    body = js[len(prefix) :].rstrip().removesuffix(";")
    return json.loads(f"[{body[:-1]}]") if prefix.endswith("(") else json.loads(body)


def test_search_index_is_split_and_covers_every_run_and_cell(site):
    meta = _assigned(site / "search" / "meta.js", "window.NETMATRIX_SEARCH = ")
    assert len(meta["runs"]) == len(results.available())
    assert not (site / "search-index.json").exists() and not (site / "search-index.js").exists()
    # search.html loads the meta only; every client's rows are in their own shard.
    html = (site / "search.html").read_text()
    assert "search/meta.js" in html and "search/curl.js" not in html
    ran = sum(1 for r in results.load_all() for c in r.cells if c.status == "ran")
    counted = 0
    for client, shard in meta["clients"].items():
        name, rows = _assigned(site / shard, "window.NETMATRIX_SEARCH_SHARD(")
        assert name == client
        counted += sum(len(row[meta["fields"].index("runs")]) for row in rows)
        if client == "curl":
            # Accent-folded so that "connexion refusee" finds "Connexion refusée".
            assert any("connexion refusee" in row[meta["fields"].index("text")] for row in rows)
    assert counted == ran


def test_captured_markup_is_escaped_everywhere(tmp_path, cats, hostile_results):
    out = tmp_path / "site"
    sitegen.build(out, cats, [hostile_results])
    cell = (out / sitegen.cell_page("curl", "tcp-closed")).read_text()
    assert "&lt;script&gt;window.__pwned" in cell
    for page in out.rglob("*.html"):
        text = page.read_text()
        assert "<script>window.__pwned" not in text and "<img src=x" not in text, page
        assert "<b>bold</b>" not in text, page
    # The index's cell shows the line as text (the key line is the hostile line).
    assert "&lt;b&gt;bold&lt;/b&gt;" in (out / "index.html").read_text()
    # The search index carries it as data; search.js renders it with textContent (tests/browser/).
    _, rows = _assigned(out / "search" / "curl.js", "window.NETMATRIX_SEARCH_SHARD(")
    assert any(HOSTILE in row[2] for row in rows)


def test_rebuild_replaces_the_old_site_and_refuses_a_foreign_folder(tmp_path, cats, hostile_results):
    out = tmp_path / "site"
    sitegen.build(out, cats, [hostile_results])
    (out / "stale.html").write_text("old")
    sitegen.build(out, cats, [hostile_results])
    assert not (out / "stale.html").exists() and (out / "index.html").is_file()
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="not a netmatrix site"):
        sitegen.build(foreign, cats, [hostile_results])
    assert (foreign / "notes.txt").read_text() == "mine"


def test_word_diff_keeps_the_common_words_and_marks_the_rest():
    a = "nc: connect to <host> port <port> (tcp) failed: Connection refused"
    b = "nc: connect to <host> port <port> (tcp) failed: Connexion refusée"
    ops = sitegen.word_diff(a, b)
    assert "".join(t for op, t in ops if op != "ins") == a
    assert "".join(t for op, t in ops if op != "del") == b
    assert [t for op, t in ops if op == "del"] == ["Connection refused"]
    assert [t for op, t in ops if op == "ins"] == ["Connexion refusée"]


def test_compare_pages_show_the_differing_words(site):
    html = (site / "compare" / "debian-bookworm--debian-bookworm.fr_FR.html").read_text()
    assert html.count('<article class="change"') > 0
    assert "<del>" in html and "<ins>" in html
    # The French run's messages are French: the inserted words carry them.
    assert any(w in html for w in ("<ins>Connexion", "<ins>refusée", "Connexion refusée</ins>"))


def test_the_dataset_page_offers_every_results_file_as_recorded_and_the_schemas(site):
    data = parse(site / "data.html")
    for path in results.available():
        assert (site / "data" / path.name).read_bytes() == path.read_bytes()
        assert f"data/{path.name}" in data.links
    for name in ("results", "show", "lookup", "explain", "tell", "diff"):
        assert f"data/schemas/{name}.schema.json" in data.links
        assert json.loads((site / "data" / "schemas" / f"{name}.schema.json").read_text())["$schema"]


def test_long_outputs_that_differ_in_a_few_lines_are_written_as_those_lines(cats):
    """A browser's error page in German differs from the English one in a few lines: the page shows
    those lines against a run shown in full, and they rebuild the German text exactly."""
    site = sitegen.Site(cats, results.load_all())
    deltas = 0
    for _client, _scenario, entries in site.cell_pages():
        shown = {(e.run.slug, name): getattr(e, name) for e in entries for name in ("stdout", "stderr")}
        for e in entries:
            for name in ("stdout", "stderr"):
                st = getattr(e, name)
                if st.near is None:
                    continue
                deltas += 1
                reference = shown[(st.near.slug, name)]
                assert reference.same is None and reference.near is None  # shown in full on the page
                assert sitegen.apply_delta(reference.text, st.delta) == st.text
                assert len(st.text) >= sitegen.DELTA_MIN_CHARS
                assert len(st.delta_text) < len(st.text) / 2
    assert deltas > 0


@pytest.mark.parametrize(
    "a, b",
    [
        ("x\ny\nz\n", "x\nY\nz\n"),
        ("x\ny", "x\ny\nz"),
        ("", "a\n"),
        ("a\r\nb\n", "a\nb\r\n"),
        ("same\n", "same\n"),
    ],
)
def test_line_delta_round_trips(a, b):
    assert sitegen.apply_delta(a, sitegen.line_delta(a, b)) == b


def test_error_index_names_a_few_clients_per_pair_and_says_how_to_see_the_rest(site):
    errors = (site / "errors.html").read_text()
    pairs = [line for line in errors.splitlines() if " vs " in line and "<li>" in line]
    assert pairs
    for line in pairs:
        assert line.count('href="clients/') <= sitegen.PAIR_CLIENTS
    assert any("more (<code>netmatrix tell " in line for line in pairs)

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


def test_index_matrix_has_every_client_and_scenario_of_the_reference_run(site, cats):
    html = (site / "index.html").read_text()
    ref = results.read(results.resolve(None))
    for c in {c.client for c in ref.cells}:
        assert f'<tr data-client="{c}">' in html
    for s in {c.scenario for c in ref.cells}:
        assert f'data-scenario="{s}"' in html
    # Colour is never the only signal: the cell says its exit status in words.
    curl_drop = (site / sitegen.cell_path("debian-bookworm", "curl", "tcp-drop")).read_text()
    assert "exit 28" in curl_drop and "Operation timeout" in curl_drop


def test_curl_exit_28_is_explained_one_click_from_the_index(site):
    """The index links the curl × tcp-drop cell; that page names the cause and the documented meaning."""
    index = parse(site / "index.html")
    link = sitegen.cell_path("debian-bookworm", "curl", "tcp-drop")
    assert link in index.links
    page = (site / link).read_text()
    assert "Firewall DROP" in page and "CURLE_OPERATION_TIMEDOUT" in page
    assert 'errors.html#exit-curl-28' in page


def test_error_index_marks_ambiguity_and_names_distinguishers(site):
    errors = (site / "errors.html").read_text()
    start = errors.index('id="exit-curl-7"')
    entry = errors[start:errors.index("</article>", start)]
    # curl exit 7 is seen under a closed port and a REJECT rule; traceroute -T tells them apart.
    assert "AMBIGUOUS" in entry and "tcp-closed" in entry and "tcp-reject" in entry
    assert "clients/traceroute.html" in entry


def test_search_index_is_valid_and_the_js_twin_assigns_the_same_data(site):
    data = json.loads((site / "search-index.json").read_text())
    js = (site / "search-index.js").read_text()
    assert js.startswith("window.NETMATRIX_SEARCH = ") and json.loads(js[26:].rstrip().rstrip(";")) == data
    assert len(data["runs"]) == len(results.available())
    # Accent-folded so that "connexion refusee" finds "Connexion refusée".
    assert any("connexion refusee" in cell[-1] for cell in data["cells"])


def test_captured_markup_is_escaped_everywhere(tmp_path, cats, hostile_results):
    out = tmp_path / "site"
    sitegen.build(out, cats, [hostile_results])
    cell = (out / sitegen.cell_path("debian-bookworm.fast", "curl", "tcp-closed")).read_text()
    assert "&lt;script&gt;window.__pwned" in cell
    for page in out.rglob("*.html"):
        text = page.read_text()
        assert "<script>window.__pwned" not in text and "<img src=x" not in text, page
        assert "<b>bold</b>" not in text, page
    # The index's cell shows the line as text (the key line is the hostile line).
    assert "&lt;b&gt;bold&lt;/b&gt;" in (out / "index.html").read_text()
    # The search index carries it as data; search.js renders it with textContent (tests/browser/).
    cells = json.loads((out / "search-index.json").read_text())["cells"]
    assert any(HOSTILE in c[4] for c in cells)


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

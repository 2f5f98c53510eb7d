"""The published reference in a real browser, from file:// and over HTTP."""

from __future__ import annotations

from urllib.parse import urljoin

from netmatrix import catalog, results, sitegen, views, xref

from ..conftest import HOSTILE
from .conftest import ARTIFACTS, DESKTOP


def _reference_grid() -> dict[str, tuple[list[str], list[str]]]:
    """Per column group (the scenarios' kind, protocol, family), the reference results' clients and
    scenarios, in their order."""
    ref = results.read(results.resolve(None))
    groups = {s.id: views.slug(s.group) for s in catalog.load().scenarios.scenarios}
    out: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    for c in ref.cells:
        rows, cols = out.setdefault(groups[c.scenario], ({}, {}))
        rows[c.client] = cols[c.scenario] = None  # dicts as ordered sets
    return {proto: (list(rows), list(cols)) for proto, (rows, cols) in out.items()}


def _in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(
        selector,
        """e => { const r = e.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight; }""",
    )


def _search(page, query: str) -> None:
    page.fill("#q", query)
    page.wait_for_function("q => document.querySelector('#results').dataset.query === q", arg=query)


def test_index_shows_the_matrix_without_console_errors(page, base):
    page.goto(base + "index.html")
    for proto, (rows, cols) in _reference_grid().items():
        table = page.locator(f"#matrix-{proto}")
        assert table.locator("tbody tr").evaluate_all("rs => rs.map(r => r.dataset.client)") == rows
        assert (
            table.locator("thead th[data-scenario]").evaluate_all("hs => hs.map(h => h.dataset.scenario)")
            == cols
        )
    # Every cell states its outcome in words, not by colour alone.
    texts = page.locator("#matrix-tcp-ports-and-servers td a.cell .exit").all_inner_texts()
    assert texts and all(t.startswith(("exit ", "signal ", "killed", "unavailable", "error")) for t in texts)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"index-{base[:4]}.png"))
    assert page.problems == []


def test_search_connection_refused_reaches_every_refusing_cause(page, base):
    page.goto(base + "search.html")
    _search(page, "Connection refused")
    causes = page.locator("#results section[data-scenario]").evaluate_all(
        "ss => ss.map(s => s.dataset.scenario)"
    )
    # The same causes as `netmatrix lookup "Connection refused"`: every cell whose output says it.
    index = xref.Index.build(catalog.load(), results.load_all())
    expected = {c for e in index.by_text("Connection refused").values() for c in e.causes}
    assert set(causes) == expected and {"tcp-closed", "tcp-reject"} <= expected
    # The French run's messages are found without typing the accent.
    _search(page, "connexion refusee")
    assert "fr_FR" in page.locator("#results").inner_text()
    _search(page, "wget exit 4")
    assert page.locator("#results a[href='errors.html#exit-wget-4']").count() == 1
    page.screenshot(path=str(ARTIFACTS / f"search-{base[:4]}.png"))
    assert page.problems == []


def test_from_the_index_to_why_curl_exited_28_in_one_click(page, base):
    page.goto(base + "index.html")
    page.click("#matrix-tcp-firewalls tr[data-client=curl] a[href$='curl/tcp-drop.html#run-debian-bookworm']")
    section = page.locator("[id='run-debian-bookworm']")
    # The click lands on the reference run's evidence, in view, not at the top of a long page.
    assert section.is_visible() and _in_viewport(page, "[id='run-debian-bookworm'] .verdict")
    body = section.inner_text()
    assert "exit 28" in body and "Firewall DROP" in body and "Operation timeout" in body
    # Second click: is exit 28 always a drop? The error index says, with its evidence.
    section.locator("a[href$='errors.html#exit-curl-28']").click()
    page.locator("#exit-curl-28").wait_for(state="visible", timeout=30_000)  # a long page: let it load
    assert "tcp-drop" in page.locator("#exit-curl-28").inner_text()
    assert page.problems == []


def test_run_selector_and_comparison_navigate(page, base):
    page.goto(base + "index.html")
    page.select_option("#run-select", label="debian-trixie · faithful · C.UTF-8")
    page.wait_for_url("**/runs/debian-trixie.html")
    page.goto(base + "compare.html")
    page.select_option("#cmp-a", label="debian-trixie · faithful · C.UTF-8")
    page.select_option("#cmp-b", label="debian-bookworm · faithful · C.UTF-8")
    page.click("#compare-form button")
    page.wait_for_url("**/compare/debian-bookworm--debian-trixie.html")
    assert page.locator("#changes article.change").count() > 0
    assert page.problems == []


def test_compare_shows_the_words_that_differ(sized_page, http_root):
    page = sized_page
    page.goto(http_root + "compare/debian-bookworm--debian-bookworm.fr_FR.html")
    # The French run's messages differ in words: the diff marks them, visibly, on a phone too.
    changed = page.locator("#changes article.change", has=page.locator(".diff del"))
    assert changed.count() > 0
    first = changed.first
    assert first.locator(".diff del").first.is_visible() and first.locator(".diff ins").first.is_visible()
    removed = " ".join(first.locator(".diff del").all_inner_texts())
    added = " ".join(first.locator(".diff ins").all_inner_texts())
    assert removed.strip() and added.strip() and removed != added
    assert page.problems == []


def test_links_on_the_main_pages_resolve_over_http(page, http_root):
    for start in (
        "index.html",
        "errors.html",
        sitegen.cell_page("curl", "tcp-drop"),
        "scenarios/tcp-reject.html",
        "clients/wget.html",
        "data.html",
    ):
        page.goto(http_root + start)
        hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        for href in {h.split("#")[0] for h in hrefs if not h.startswith("#")}:
            status = page.request.get(urljoin(http_root + start, href)).status
            assert status == 200, f"{start}: {href} → {status}"


def test_captured_script_renders_as_text(page, hostile_site):
    root = hostile_site.as_uri() + "/"
    page.goto(root + sitegen.cell_path("debian-bookworm.fast", "curl", "tcp-closed"))
    assert HOSTILE in page.locator("[id='run-debian-bookworm.fast'] pre[data-stream=stderr]").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main b, main img").count() == 0
    page.goto(root + "search.html?q=pwned")
    page.wait_for_selector("#summary")
    assert HOSTILE in page.locator("#results").inner_text()
    assert page.locator("#results b, #results img, #results script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []


# One page of each type: none may scroll sideways (the matrix scrolls inside its own frame).
PAGE_TYPES = [
    "index.html",
    "runs/debian-bookworm.fr_FR.fast.html",
    "cells/curl/tcp-drop.html",
    "cells/chromium/tcp-drop.html",
    "clients/curl.html",
    "scenarios/tcp-drop.html",
    "errors.html",
    "compare.html",
    "compare/debian-bookworm--debian-trixie.html",
    "search.html?q=refused",
    "data.html",
]


def test_no_page_scrolls_sideways_and_facts_stay_readable(sized_page, http_root):
    page = sized_page
    for path in PAGE_TYPES:
        page.goto(http_root + path)
        if path.startswith("search"):
            page.wait_for_function("() => document.querySelector('#results').dataset.query === 'refused'")
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{path} at {page.width} px: page is {widths[0]} px wide"
        # A label/value list never squeezes its values into a sliver (it stacks on a phone).
        narrowest = page.evaluate("""() => Math.min(Infinity, ...Array.from(
            document.querySelectorAll('dl.facts dd, dl.runinfo dd'),
            d => d.getBoundingClientRect().width))""")
        assert narrowest >= min(300, page.width / 2), (
            f"{path} at {page.width} px: a value {narrowest} px wide"
        )
    assert page.problems == []


def test_matrix_header_and_client_column_stay_in_view_while_it_scrolls(sized_page, http_root):
    page = sized_page
    page.goto(http_root + "index.html")
    frame = page.locator(".matrix-frame", has=page.locator("#matrix-tcp-ports-and-servers"))
    frame.evaluate("f => { f.scrollTop = 400; f.scrollLeft = 500; }")
    got = frame.evaluate("""f => { const box = f.getBoundingClientRect();
        const head = f.querySelector('thead th[data-scenario]').getBoundingClientRect();
        const row = f.querySelector('tbody tr:nth-child(8) th').getBoundingClientRect();
        return {top: f.scrollTop, left: f.scrollLeft, headTop: head.top - box.top,
                rowLeft: row.left - box.left, wide: f.scrollWidth > f.clientWidth}; }""")
    assert got["top"] > 0, "the matrix should scroll inside its frame"
    assert abs(got["headTop"]) <= 2, got  # the scenario header row is still at the frame's top
    if got["wide"]:  # on a phone the table is wider than its frame
        assert got["left"] > 0 and abs(got["rowLeft"]) <= 2, got  # the client column still at its left
    assert page.width == DESKTOP or got["wide"]
    assert page.problems == []


def test_search_loads_under_100_kb_before_the_first_keystroke(page, http_root):
    loaded: list[tuple[str, int]] = []  # (url, bytes transferred), once each response is complete
    asked: list[str] = []  # every url requested (the event comes before the script can run)

    def finished(request):
        sizes = request.sizes()
        loaded.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    page.on("requestfinished", finished)
    page.on("request", lambda request: asked.append(request.url))
    page.goto(http_root + "search.html")
    page.wait_for_load_state("networkidle")
    first = sum(n for _, n in loaded)
    assert 0 < first <= 100_000, loaded
    assert not any("/search/" in url and not url.endswith("meta.js") for url in asked)
    # A query naming a client fetches that client's part only; a text query fetches the rest.
    _search(page, "curl 28")
    shards = {url.rsplit("/", 1)[1] for url in asked if "/search/" in url} - {"meta.js"}
    assert shards == {"curl.js"}
    assert "tcp-drop" in page.locator("#results").inner_text()
    _search(page, "Connection refused")
    assert page.locator("#results section[data-scenario=tcp-closed]").count() == 1
    assert len({url for url in asked if "/search/" in url}) > 3
    assert page.problems == []

"""The published reference in a real browser, from file:// and over HTTP."""
from __future__ import annotations

from urllib.parse import urljoin

from netmatrix import results, sitegen

from ..conftest import HOSTILE
from .conftest import ARTIFACTS


def _reference_grid() -> dict[str, tuple[list[str], list[str]]]:
    """Per protocol, the reference results' clients and scenarios, in their order."""
    ref = results.read(results.resolve(None))
    out: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    for c in ref.cells:
        rows, cols = out.setdefault(c.scenario.split("-")[0], ({}, {}))
        rows[c.client] = cols[c.scenario] = None  # dicts as ordered sets
    return {proto: (list(rows), list(cols)) for proto, (rows, cols) in out.items()}


def _search(page, query: str) -> None:
    page.fill("#q", query)
    page.wait_for_function("q => document.querySelector('#results').dataset.query === q", arg=query)


def test_index_shows_the_matrix_without_console_errors(page, base):
    page.goto(base + "index.html")
    for proto, (rows, cols) in _reference_grid().items():
        table = page.locator(f"#matrix-{proto}")
        assert table.locator("tbody tr").evaluate_all("rs => rs.map(r => r.dataset.client)") == rows
        assert table.locator("thead th[data-scenario]").evaluate_all(
            "hs => hs.map(h => h.dataset.scenario)") == cols
    # Every cell states its outcome in words, not by colour alone.
    texts = page.locator("#matrix-tcp td a.cell .exit").all_inner_texts()
    assert texts and all(t.startswith(("exit ", "signal ", "killed", "unavailable", "error")) for t in texts)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"index-{base[:4]}.png"))
    assert page.problems == []


def test_search_connection_refused_reaches_closed_and_reject(page, base):
    page.goto(base + "search.html")
    _search(page, "Connection refused")
    causes = page.locator("#results section[data-scenario]").evaluate_all(
        "ss => ss.map(s => s.dataset.scenario)")
    assert sorted(causes) == ["tcp-closed", "tcp-reject"]
    # The French run's messages are found without typing the accent.
    _search(page, "connexion refusee")
    assert "fr_FR" in page.locator("#results").inner_text()
    _search(page, "wget exit 4")
    assert page.locator("#results a[href='errors.html#exit-wget-4']").count() == 1
    page.screenshot(path=str(ARTIFACTS / f"search-{base[:4]}.png"))
    assert page.problems == []


def test_from_the_index_to_why_curl_exited_28_in_one_click(page, base):
    page.goto(base + "index.html")
    page.click("#matrix-tcp tr[data-client=curl] a[href$='curl--tcp-drop.html']")
    body = page.locator("main").inner_text()
    assert "exit 28" in body and "Firewall DROP" in body and "Operation timeout" in body
    # Second click: is exit 28 always a drop? The error index says, with its evidence.
    page.click("a[href$='errors.html#exit-curl-28']")
    assert page.locator("#exit-curl-28").is_visible()
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
    assert page.locator("#changes tbody tr").count() > 0
    assert page.problems == []


def test_links_on_the_main_pages_resolve_over_http(page, http_root):
    for start in ("index.html", "errors.html", sitegen.cell_path("debian-bookworm", "curl", "tcp-drop"),
                  "scenarios/tcp-reject.html", "clients/wget.html"):
        page.goto(http_root + start)
        hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        for href in {h.split("#")[0] for h in hrefs if not h.startswith("#")}:
            status = page.request.get(urljoin(http_root + start, href)).status
            assert status == 200, f"{start}: {href} → {status}"


def test_captured_script_renders_as_text(page, hostile_site):
    root = hostile_site.as_uri() + "/"
    page.goto(root + sitegen.cell_path("debian-bookworm.fast", "curl", "tcp-closed"))
    assert HOSTILE in page.locator("#stderr").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main b, main img").count() == 0
    page.goto(root + "search.html?q=pwned")
    page.wait_for_selector("#summary")
    assert HOSTILE in page.locator("#results").inner_text()
    assert page.locator("#results b, #results img, #results script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []

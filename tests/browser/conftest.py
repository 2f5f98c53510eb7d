"""Browser tests: Debian's Chromium (/usr/bin/chromium), driven by Playwright, on the generated site.

Never a downloaded browser: Playwright only drives the system one. Like the integration tests, these
do not skip when Chromium is missing; scripts/test installs it, and a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from netmatrix import results, sitegen

CHROMIUM = "/usr/bin/chromium"
# As root in a container Chromium needs --no-sandbox; the rest keep it off the (closed) network.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


# The `browser` marker is applied by tests/conftest.py (by path relative to tests/).


@pytest.fixture(scope="session")
def site(tmp_path_factory, cats) -> Path:
    out = tmp_path_factory.mktemp("browser") / "site"
    sitegen.build(out, cats, results.load_all())
    return out


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory, cats, hostile_results) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "site"
    sitegen.build(out, cats, [hostile_results])
    return out


def _serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # loopback only
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest's output for failures
        pass


@pytest.fixture(scope="session")
def http_root(site):
    server = _serve(site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(params=["file", "http"])
def base(request, site) -> str:
    """The site's root URL, from file:// and from a local static server."""
    if request.param == "file":
        return site.as_uri() + "/"
    return request.getfixturevalue("http_root")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} is missing: apt-get install chromium (scripts/test does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


PHONE, DESKTOP = 390, 1366  # an iPhone 12-14's CSS width; the commonest laptop width


def _tracked(context):
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: pg.problems.append(f"console: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    return pg


@pytest.fixture
def page(browser):
    """A desktop page that records console errors, uncaught exceptions and dialogs (none are expected)."""
    context = browser.new_context(viewport={"width": DESKTOP, "height": 900})
    yield _tracked(context)
    context.close()


@pytest.fixture(params=[PHONE, DESKTOP], ids=["phone", "desktop"])
def sized_page(request, browser):
    """The same, at a phone's width and at a desktop's."""
    context = browser.new_context(viewport={"width": request.param, "height": 844})
    pg = _tracked(context)
    pg.width = request.param
    yield pg
    context.close()

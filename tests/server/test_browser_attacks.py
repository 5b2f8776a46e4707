"""Issue 15, item 2, in a real browser (Debian's chromium through Playwright): a page from another local
origin posts `update=DROP ALL` to a `kg serve --allow-update` (the issue's probe took 6,374 quads to 0)
and tries to read the graph; a page reached by a rebound DNS name asks the server for the graph. The
store must not change and the page must read nothing."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest
from serving import count, make_store, start_server

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

ATTACK_PAGE = """<!doctype html><meta charset=utf-8><title>a page on another site</title>
<iframe name=sink></iframe>
<form id=f method=POST action="{kg}update" target=sink enctype="application/x-www-form-urlencoded">
<input name=update value="DROP ALL"></form>
<script>
window.results = {{}};
const sink = document.querySelector("iframe");
let posted = false;
sink.addEventListener("load", () => {{ if (posted) window.results.form = "sent"; }});
posted = true;
document.getElementById("f").submit();
const q = "{kg}sparql?query=" + encodeURIComponent("SELECT * WHERE {{ ?s ?p ?o }} LIMIT 5");
fetch(q).then(r => r.text()).then(t => window.results.read = t, e => window.results.read = "blocked: " + e);
fetch("{kg}update", {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}}, body: "DROP ALL"}})
  .then(() => window.results.nocors = "sent", e => window.results.nocors = "failed: " + e);
fetch("{kg}update", {{method: "POST", headers: {{"Content-Type": "application/sparql-update",
  "Authorization": "Bearer guessed"}}, body: "DROP ALL"}})
  .then(r => window.results.preflighted = "status " + r.status, e => window.results.preflighted = "blocked: " + e);
</script>"""


def _chromium() -> str:
    path = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if not path:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("chromium is not installed (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return path


@pytest.fixture(scope="module")
def victim(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("victim") / "store")
    server = start_server(store, allow_update=True)
    yield server
    assert server.stop() == 0, server.output()


@pytest.fixture(scope="module")
def browser(victim):
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed")
    rules = "--host-resolver-rules=MAP rebound.test 127.0.0.1"  # what a rebinding DNS answer does
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, headless=True, args=[*ARGS, rules])
        yield b
        b.close()


@pytest.fixture
def attacker_site(victim):
    page = ATTACK_PAGE.format(kg=victim.url).encode()

    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    yield f"http://localhost:{site.server_address[1]}/"  # another origin than the victim's 127.0.0.1:PORT
    site.shutdown()
    site.server_close()


def test_a_cross_origin_page_can_neither_write_nor_read(browser, victim, attacker_site):
    before = count(victim)
    assert before > 0
    page = browser.new_page()
    page.goto(attacker_site)
    # The refused form post loads its 403 page in the iframe; a server that ran it (204) would load
    # nothing, and this wait would fail.
    page.wait_for_function("['form', 'read', 'nocors', 'preflighted'].every(k => k in window.results)", timeout=20000)
    results = page.evaluate("window.results")
    page.close()
    assert results["read"].startswith("blocked"), results  # no CORS header: the answer stays unreadable
    assert results["preflighted"].startswith("blocked"), results  # the preflight is refused
    assert count(victim) == before  # the form post and the no-cors post changed nothing


def test_a_rebound_dns_name_gets_no_graph(browser, victim):
    page = browser.new_page()
    response = page.goto(f"http://rebound.test:{victim.port}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
    assert response is not None and response.status == 403
    assert "DNS rebinding" in page.content() and "boolean" not in page.content()
    response = page.goto(f"http://rebound.test:{victim.port}/")
    assert response is not None and response.status == 403
    page.close()

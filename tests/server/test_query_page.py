"""The query page of `kg serve` (YASGUI, vendored) over HTTP and in Chromium with the network cut off: it
loads from the server alone under a Content-Security-Policy of 'self', has kg's prefixes and the example
queries, runs a query and shows rows; the views are linked and load under their own policy."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from builders import article, facts
from conftest import ROOT, require_chromium
from rdflib import Graph as RdfGraph
from serving import query_url, request, start_server

from kg.query import EVENTS_SPAN, Window, query_window
from kg.server import pages
from kg.store import open_store

EXAMPLES = sorted(p.stem for p in (ROOT / "examples" / "queries").glob("*.rq"))
STRIKE = "Kastrenia struck Sarnovo on Monday, killing 23 people, officials said."


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("query-page") / "store"
    with open_store(path) as store:
        strike = facts("a1", STRIKE)
        strike.events[0].date_range = ("2025-03-03T00:00:00", "2025-03-03T23:59:00")  # as extraction bounds a day
        store.put_article(strike)
        store.put_article(article("a2", {"e1": "Kastrenia", "e3": "Lakeport"}))
    server = start_server(path, timeout=10.0, workers=1)
    yield server
    server.stop()


def _config(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-query-config">(.*?)</script>', page, re.S)
    assert match, "no query configuration in the page"
    return json.loads(match.group(1))


def test_the_query_page_is_served_at_the_root_with_a_self_only_policy(served):
    reply = request(served.url)
    assert reply.status == 200 and reply.headers["content-type"] == "text/html; charset=utf-8"
    assert reply.headers["content-security-policy"] == pages.PAGE_CSP
    assert "script-src 'self';" in pages.PAGE_CSP and "connect-src 'self'" in pages.PAGE_CSP
    loads = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', reply.body)
    assert loads and all(url.startswith("/assets/") for url in loads), loads  # nothing from elsewhere
    config = _config(reply.body)
    assert config["endpoint"] == "/sparql" and config["prefixes"]["kgt"] == "https://w3id.org/kgnews/ontology#type/"
    assert [e["name"] for e in config["examples"]] == EXAMPLES
    for view in ("/views/index.html", "/views/graph.html", "/views/timeline.html"):
        assert f'href="{view}"' in reply.body


def test_a_browser_opening_the_endpoint_gets_the_page_and_clients_get_answers(served):
    assert "kg-query-config" in request(served.url + "sparql", headers={"Accept": "text/html"}).body
    assert "kg-query-config" in request(served.url + "query", headers={"Accept": "text/html,*/*"}).body
    assert request(served.url + "sparql", headers={"Accept": "application/sparql-results+json"}).status == 400
    answer = request(query_url(served.url, "SELECT ?e WHERE { ?e a kg:Attack }"))
    assert answer.status == 200 and len(answer.json()["results"]["bindings"]) == 1
    assert answer.headers["content-security-policy"] == pages.ANSWER_CSP


@pytest.mark.parametrize(
    "path, media",
    [
        ("assets/yasgui/yasgui.min.js", "text/javascript"),
        ("assets/yasgui/yasgui.min.css", "text/css"),
        ("assets/yasgui/LICENSE", "text/plain"),
        ("assets/yasgui/THIRD-PARTY-NOTICES.txt", "text/plain"),
        ("assets/query.js", "text/javascript"),
        ("assets/query.css", "text/css"),
    ],
)
def test_assets_have_their_content_types(served, path, media):
    reply = request(served.url + path)
    assert reply.status == 200 and reply.headers["content-type"] == f"{media}; charset=utf-8"
    assert reply.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["assets/../app.py", "assets/%2e%2e/app.py", "assets/", "views/app.py", "x.html"])
def test_nothing_else_is_served(served, path):
    assert request(served.url + path).status == 404


def test_views_are_served_with_their_inline_scripts_allowed_by_hash_only(served):
    for path in ("views/graph.html", "graph.html", "views/", "views/timeline.html"):
        reply = request(served.url + path)
        assert reply.status == 200, path
        policy = reply.headers["content-security-policy"]
        assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0], path
        assert policy.count("'sha256-") == len(pages.inline_script_hashes(reply.body)), path
        assert "connect-src 'none'" in policy


def test_construct_answers_are_compacted_jsonld(served):
    reply = request(
        query_url(served.url, "CONSTRUCT { ?e kg:eventType ?t } WHERE { ?e kg:eventType ?t }", format="jsonld")
    )
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/ld+json")
    doc = json.loads(reply.body)
    assert {n["eventType"] for n in doc["@graph"]} == {"kgt:attack", "kgt:meeting"}
    assert len(RdfGraph().parse(data=reply.body, format="json-ld")) == 2


def test_the_packaged_example_queries_are_the_examples():
    packaged = {p.name: p.read_text(encoding="utf-8") for p in (pages.ASSETS / "queries").glob("*.rq")}
    examples = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "examples" / "queries").glob("*.rq")}
    assert packaged == examples, "copy examples/queries/*.rq to kg/server/assets/queries/"


# --- in Chromium -----------------------------------------------------------------------------------

RECORD_VIOLATIONS = """
window.kgViolations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.kgViolations.push(e.violatedDirective + " " + e.blockedURI));
"""


@pytest.fixture(scope="module")
def browser():
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        yield b
        b.close()


class OfflinePage:
    """A page whose requests may reach the kg server only: every other one is aborted and recorded."""

    def __init__(self, browser, served) -> None:
        self.context = browser.new_context(viewport={"width": 1300, "height": 900})
        self.foreign: list[str] = []
        self.errors: list[str] = []
        origin = served.url.rstrip("/")

        def route(r):
            if r.request.url.startswith(origin + "/"):
                r.continue_()
            else:
                self.foreign.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.context.add_init_script(RECORD_VIOLATIONS)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def violations(self) -> list[str]:
        return self.page.evaluate("window.kgViolations")

    def close(self) -> None:
        self.context.close()


@pytest.mark.browser
def test_the_query_page_runs_a_query_offline_and_shows_rows(browser, served):
    tab = OfflinePage(browser, served)
    try:
        page = tab.page
        page.goto(served.url)
        page.wait_for_function("window.kgYasgui && document.querySelector('.yasqe .CodeMirror')", timeout=20000)
        names = page.eval_on_selector_all(
            ".tabsList .tab a", "els => els.map(e => e.textContent.replace('✖', '').trim())"
        )
        assert names[:1] == ["Query"] and all(name in names for name in EXAMPLES), names
        query = page.evaluate("kgYasgui.getTab().getYasqe().getValue()")
        assert "PREFIX kgt: <https://w3id.org/kgnews/ontology#type/>" in query and "kg:eventType" in query
        page.click(".yasqe_queryButton")
        page.wait_for_selector(".yasr table tbody tr td", timeout=20000)
        cells = page.eval_on_selector_all(".yasr table tbody td", "els => els.map(e => e.textContent.trim())")
        assert "attack" in cells and "meeting" in cells, cells
        assert tab.foreign == [] and tab.violations() == [] and tab.errors == [], (tab.foreign, tab.errors)
    finally:
        tab.close()


@pytest.mark.browser
def test_an_example_tab_runs_against_the_store(browser, served):
    tab = OfflinePage(browser, served)
    try:
        page = tab.page
        page.goto(served.url)
        page.wait_for_function("window.kgYasgui && document.querySelector('.yasqe .CodeMirror')", timeout=20000)
        page.click(".tabsList .tab a:has-text('attacks-casualties')")
        page.wait_for_function("kgYasgui.getTab().getYasqe().getValue().includes('kg:Attack')", timeout=10000)
        page.evaluate("kgYasgui.getTab().getYasqe().query()")
        page.wait_for_selector(".yasr table tbody tr td", timeout=20000)
        text = page.inner_text(".yasr table tbody")
        assert "Kastrenia" in text and "23" in text, text
        assert tab.foreign == [] and tab.violations() == [] and tab.errors == []
    finally:
        tab.close()


@pytest.mark.browser
def test_the_linked_views_load_under_their_policy(browser, served):
    tab = OfflinePage(browser, served)
    try:
        page = tab.page
        page.goto(served.url)
        page.click("a[href='/views/graph.html']")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
        assert page.url.endswith("/views/graph.html")
        page.goto(served.url + "views/timeline.html")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
        assert tab.foreign == [] and tab.violations() == [] and tab.errors == [], (tab.violations(), tab.errors)
    finally:
        tab.close()


def test_the_window_examples_show_the_latest_days_of_the_store(served):
    config = _config(request(served.url).body)
    examples = {e["name"]: e["query"] for e in config["examples"]}
    reply = request(query_url(served.url, EVENTS_SPAN), headers={"Accept": "application/sparql-results+json"})
    first, last = (json.loads(reply.body)["results"]["bindings"][0][k]["value"][:10] for k in ("first", "last"))
    span = Window(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    window = pages.recent_window(span)
    assert (
        window.last == span.last
        and (window.last - window.first).days == pages.RECENT_DAYS - 1
        or (window.first == span.first)
    )
    for name in ("timeline", "in-period"):
        assert query_window(examples[name]) == window, name
        answer = request(query_url(served.url, examples[name]), headers={"Accept": "application/sparql-results+json"})
        assert answer.status == 200 and json.loads(answer.body)["results"]["bindings"], name  # the strike
    packaged = {p.stem: p.read_text(encoding="utf-8") for p in (pages.ASSETS / "queries").glob("*.rq")}
    assert examples["calls"] == packaged["calls"]  # the others as they are
    assert query_window(packaged["timeline"]) != window  # the packaged window is the examples' March 2025

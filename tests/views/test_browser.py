"""The views in a real browser: Debian's chromium driven by Playwright, files opened from disk.

Skipped when chromium or Playwright is missing (failing instead under CI=true). The graphs are
built once per module.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import SHARED

from kg.analysis import project
from kg.views import write_views
from kg.views.synthetic import synthetic_dataset

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CI = os.environ.get("CI") == "true"
SEED = SHARED / "seed"
EVIL = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>"]


def _unavailable(reason: str) -> None:
    if CI:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page with console errors, dialogs and network requests recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1300, "height": 850})
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.remote: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.remote.append(r.url) if r.url.startswith(("http:", "https:")) else None)
        self.page.goto(path.resolve().as_uri())
        if path.name != "index.html":
            self.page.wait_for_function("document.body.dataset.ready === '1'", timeout=20000)

    def visible(self) -> int:
        return self.page.evaluate("kg.visibleIds().length")

    def clean(self) -> None:
        assert self.errors == [] and self.dialogs == [] and self.remote == []


@pytest.fixture(scope="module")
def synthetic_views(tmp_path_factory):
    out = tmp_path_factory.mktemp("views")
    dataset = synthetic_dataset(25, 120)
    write_views(dataset, out)
    return out, project(dataset)


@pytest.fixture(scope="module")
def seed_views(tmp_path_factory):
    if not SEED.is_dir():
        if CI:
            pytest.fail(f"{SEED} is missing (CI always has ../shared)")
        pytest.skip(f"{SEED} is absent: the seed article lives in ../shared")
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed")
    build([str(SEED)], out_dir=str(out), formats=["trig"], views=True)
    return out


@pytest.mark.parametrize("view", ["graph", "timeline"])
def test_view_shows_every_node_and_provenance(browser, synthetic_views, view):
    out, p = synthetic_views
    page = Page(browser, out / f"{view}.html")
    lanes = {lane for lane in page.page.evaluate("kg.network.body.data.nodes.getIds()")} - {e.iri for e in p.events}
    expected = len(p.events) + (len(p.actors) if view == "graph" else len(lanes))
    assert page.visible() == expected
    assert page.page.evaluate("kg.network.body.data.nodes.length") == expected
    # click an event: its sentence, article and date show in the details
    ev = next(e for e in p.events if e.date)
    page.page.evaluate(f"kg.focusNode({ev.iri!r}); kg.showInfo(null)")  # centred, details cleared
    page.page.evaluate("document.getElementById('kg-info').replaceChildren()")
    box = page.page.locator("#mynetwork").bounding_box()
    page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    details = page.page.locator("#kg-info").inner_text()
    assert ev.sentence in details and ev.article_id in details and ev.date in details
    page.clean()


@pytest.mark.parametrize("view", ["graph", "timeline"])
def test_filters_change_what_is_visible(browser, synthetic_views, view):
    out, p = synthetic_views
    page = Page(browser, out / f"{view}.html")
    before = page.visible()
    page.page.uncheck("#kg-type-attack")
    attacks = sum(1 for e in p.events if e.type == "attack")
    assert attacks and page.visible() <= before - attacks
    page.page.check("#kg-type-attack")
    assert page.visible() == before
    day = sorted(e.date for e in p.events if e.date)[len(p.events) // 2]
    page.page.fill("#kg-from", day)
    page.page.dispatch_event("#kg-from", "change")
    shown = page.page.evaluate("kg.visibleIds().filter(id => kg.byId.get(id).kind === 'event').length")
    assert shown == sum(1 for e in p.events if e.date and e.date >= day)
    page.page.fill("#kg-from", "")
    page.page.dispatch_event("#kg-from", "change")
    page.page.fill("#kg-limit", "1")
    page.page.dispatch_event("#kg-limit", "change")
    assert page.visible() < before
    page.page.click("#kg-all")
    assert page.visible() == before
    page.page.fill("#kg-search", "Actor 00003")
    page.page.press("#kg-search", "Enter")
    assert page.page.locator("#kg-search-result").inner_text() == "1 match"
    assert "Actor 00003" in page.page.locator("#kg-info").inner_text()
    page.clean()


def _screen_font(page: Page, node_id: str) -> float:
    """The size in screen pixels vis-network draws a node's label at (0 when not drawn)."""
    return page.page.evaluate(
        """id => {
          const n = kg.network.body.nodes[id];
          const px = n.labelModule.fontOptions.size * kg.network.getScale();
          return px < n.options.scaling.label.drawThreshold - 1 || !n.options.label ? 0 : px;
        }""",
        node_id,
    )


def test_graph_labels_readable_at_first_view(browser, synthetic_views):
    out, p = synthetic_views
    page = Page(browser, out / "graph.html")
    names = page.page.evaluate("kg.nodes.get().filter(n => n.kind === 'actor').map(n => [n.id, n.label])")
    assert {label for _, label in names} == {a.name for a in p.actors.values()}
    # fewer than 80 actors: every name is drawn, at 12 px or more; events are not (yet)
    for iri, _ in names:
        assert _screen_font(page, iri) >= 12
    ev = next(e for e in p.events if e.date)
    assert _screen_font(page, ev.iri) == 0
    assert page.page.evaluate(f"kg.nodes.get({ev.iri!r}).label") == f"{ev.type} · {ev.date}"
    # zoomed in, events show their type and date; names stay capped at a readable size
    page.page.evaluate("kg.network.moveTo({scale: kg.network.getScale() * 3}); kg.network.emit('zoom', {}); 0")
    page.page.wait_for_timeout(300)
    assert 8 <= _screen_font(page, ev.iri) <= 12.5
    on_screen = """id => {
        const p = kg.network.canvasToDOM(kg.network.getPosition(id));
        const c = document.getElementById('mynetwork');
        return p.x >= 0 && p.x <= c.clientWidth && p.y >= 0 && p.y <= c.clientHeight;
    }"""
    shown = [iri for iri, _ in names if page.page.evaluate(on_screen, iri)]
    assert shown and max(_screen_font(page, iri) for iri in shown) <= 17.5
    page.clean()


def test_large_graph_labels_only_the_central_actors(browser, tmp_path):
    dataset = synthetic_dataset(150, 600)
    write_views(dataset, tmp_path)
    page = Page(browser, tmp_path / "graph.html")
    ranked = page.page.evaluate(
        "kg.nodes.get().filter(n => n.kind === 'actor' && !n.hidden).sort((a, b) => a.rank - b.rank).map(n => n.id)"
    )
    assert len(ranked) > 60
    assert all(_screen_font(page, iri) >= 12 for iri in ranked[:30])
    assert all(_screen_font(page, iri) == 0 for iri in ranked[40:])
    page.page.evaluate("kg.network.moveTo({scale: kg.network.getScale() * 4.2}); kg.network.emit('zoom', {}); 0")
    page.page.wait_for_timeout(300)
    assert all(_screen_font(page, iri) > 0 for iri in ranked)
    page.clean()


def test_timeline_opens_on_the_bulk_of_the_dates(browser, tmp_path):
    from datetime import date

    from kg.store import add_facts, new_dataset
    from kg.views.synthetic import synthetic_facts

    facts = synthetic_facts(12, 150, start=date(2025, 3, 1), days=30)
    lone = facts[0].events[0]
    lone.date = "2021-06-01"  # one event four years before the rest
    coarse = facts[0].events[1]
    coarse.date, coarse.precision = "2025-03", "month"  # known to the month: a bar
    dataset = new_dataset()
    add_facts(dataset, facts)
    write_views(dataset, tmp_path)
    page = Page(browser, tmp_path / "timeline.html")
    lone_iri = page.page.evaluate("kg.nodes.get().find(n => n.day === '2021-06-01').id")
    in_view = """id => {
        const p = kg.network.canvasToDOM(kg.network.getPosition(id));
        const c = document.getElementById('mynetwork');
        return p.x >= 0 && p.x <= c.clientWidth;
    }"""
    assert not page.page.evaluate(in_view, lone_iri)  # the outlier is left out of the first view
    days = page.page.evaluate("kg.nodes.get().filter(n => n.kind === 'event' && n.day >= '2025').map(n => n.id)")
    shown = sum(page.page.evaluate(in_view, i) for i in days)
    assert shown >= 0.7 * len(days)
    # markers are big enough to see and click
    sizes = [
        page.page.evaluate("id => 2 * kg.network.body.nodes[id].options.size * kg.network.getScale()", i)
        for i in days
        if page.page.evaluate(in_view, i)
    ]
    assert min(sizes) >= 10
    assert page.page.evaluate("kg.nodes.get().filter(n => n.spanX1 !== undefined).length") >= 1
    # every lane in view has its actor's name drawn at the left edge, and keeps it when panned
    lanes = page.page.evaluate("window.kgLaneLabels")
    assert lanes and all(lane["name"] for lane in lanes)
    names = {a.name for a in project(dataset).actors.values()}
    assert {lane["name"] for lane in lanes} & names
    first = lanes[0]["name"]
    page.page.evaluate("kg.network.moveTo({position: {x: kg.network.getViewPosition().x + 5000,"
                       " y: kg.network.getViewPosition().y}}); kg.network.redraw(); 0")  # fmt: skip
    page.page.wait_for_timeout(100)
    assert page.page.evaluate("window.kgLaneLabels")[0]["name"] == first
    # "Fit all" brings the outlier in
    page.page.click("#kg-fit")
    assert page.page.evaluate(in_view, lone_iri)
    page.page.click("#kg-focus")
    assert not page.page.evaluate(in_view, lone_iri)
    page.clean()


def test_large_graph_opens_on_the_central_actors(browser, tmp_path):
    write_views(synthetic_dataset(100, 1300), tmp_path)
    page = Page(browser, tmp_path / "graph.html")
    total = page.page.evaluate("kg.network.body.data.nodes.length")
    assert total > 1300 and 0 < page.visible() < total
    page.page.click("#kg-all")
    assert page.visible() == total
    page.clean()


def test_article_text_executes_nothing(browser, tmp_path):
    art = tmp_path / "evil.txt"
    art.write_text(
        "title: Talks\npublished: 2025-07-08\n\n"
        f"Talks\n\n{EVIL[0]} met {EVIL[1]} in Geneva on Monday, officials said.\n"
        f"President Vladimir Putin called {EVIL[0]} on Sunday.\n",
        encoding="utf-8",
    )
    from kg.pipeline import build

    out = tmp_path / "out"
    build([str(art)], out_dir=str(out), formats=["trig"], views=True)
    for view in ("index", "graph", "timeline"):
        page = Page(browser, out / f"{view}.html")
        page.page.wait_for_timeout(200)
        assert page.dialogs == [] and page.errors == [] and page.remote == []
        assert page.page.evaluate("document.querySelectorAll('img').length") == 0
        if view != "index":
            labels = page.page.evaluate("kg.network.body.data.nodes.get().map(n => n.label).join('\\n')")
            for name in ("Putin", "Geneva"):
                assert name in labels or view == "timeline"
            # every node's details render as text
            for node_id in page.page.evaluate("kg.network.body.data.nodes.getIds()"):
                page.page.evaluate("id => kg.showInfo(id)", node_id)
            assert page.page.evaluate("document.querySelectorAll('#kg-info img, #kg-info script').length") == 0
            # the sentence naming them is shown, as text
            evil_id = page.page.evaluate(
                "kg.network.body.data.nodes.get()"
                ".find(n => n.kind === 'event' && n.info.sentence.includes('onerror')).id"
            )
            page.page.evaluate("id => kg.showInfo(id)", evil_id)
            shown = page.page.locator("#kg-info").inner_text()
            assert "src=x onerror=alert(1)>" in shown and "</script><script>" in shown
    # names made of markup, when the extractor keeps them, appear as text
    page = Page(browser, out / "graph.html")
    page.page.evaluate("kg.runSearch()")
    assert page.dialogs == []


def test_seed_views(browser, seed_views, tmp_path_factory):
    shots = tmp_path_factory.mktemp("screenshots")
    for view in ("index", "graph", "timeline"):
        page = Page(browser, seed_views / f"{view}.html")
        page.page.screenshot(path=str(shots / f"seed-{view}.png"), full_page=False)
        page.clean()
        if view != "index":
            assert page.visible() == page.page.evaluate("kg.network.body.data.nodes.length") > 0
    assert len(list(shots.glob("*.png"))) == 3
    shutil.copytree(shots, seed_views / "screenshots")

"""The views in a real browser: Debian's chromium driven by Playwright, files opened from disk.

Skipped when chromium or Playwright is missing (failing instead under CI=true). Every wait is on a
condition (the page's `data-ready`, a function that becomes true), never a fixed sleep. The graphs are
built once per module.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from builders import modal_facts, sentence_facts
from conftest import SHARED

from kg.analysis import project
from kg.store import add_facts, new_dataset
from kg.views import write_views
from kg.views.synthetic import synthetic_dataset, synthetic_facts

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
NEXT_FRAME = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


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
    """A page with console errors, dialogs and network requests recorded, opened until it is ready."""

    def __init__(self, browser, path: Path, width: int = 1300, height: int = 850) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
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

    def js(self, expression: str, arg=None):  # noqa: ANN001, ANN201
        return self.page.evaluate(expression, arg) if arg is not None else self.page.evaluate(expression)

    def frame(self) -> None:
        self.js(NEXT_FRAME)

    def details(self) -> str:
        return self.page.locator("#kg-info").inner_text()

    def toggle(self, selector: str) -> None:
        self.page.click(selector)
        self.frame()

    def search(self, text: str) -> None:
        self.page.fill("#kg-search", text)
        self.page.press("#kg-search", "Enter")
        self.frame()

    def clean(self) -> None:
        assert self.errors == [] and self.dialogs == [] and self.remote == []


def shown_events(page: Page) -> int:
    """How many events the view draws now."""
    if page.js("kg.view") == "graph":
        return page.js("kg.visibleIds().filter(id => kg.byId.get(id).kind === 'event').length")
    if page.js("kg.view") == "timeline":
        return page.js("kg.itemView.length")
    return page.js("[...document.querySelectorAll('.kg-place')].reduce((s, c) => s + +c.dataset.events, 0)")


def disjoint(boxes: list[dict]) -> bool:
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart_x = a["x1"] - 0.5 <= b["x0"] or b["x1"] - 0.5 <= a["x0"]
            apart_y = a["y1"] - 0.5 <= b["y0"] or b["y1"] - 0.5 <= a["y0"]
            if not (apart_x or apart_y):
                return False
    return True


@pytest.fixture(scope="module")
def synthetic_views(tmp_path_factory):
    out = tmp_path_factory.mktemp("views")
    dataset = synthetic_dataset(25, 150, irrealis=0.2, coarse=0.2)
    write_views(dataset, out)
    return out, project(dataset)


@pytest.fixture(scope="module")
def story_views(tmp_path_factory):
    """Hand-made facts: a planned meeting, a negated agreement, a week-long attack with casualties, a
    statement dated "on or before" the publication, a visit to Geneva, and a spokesman known by his title."""
    out = tmp_path_factory.mktemp("story")
    facts = modal_facts()
    facts.append(
        sentence_facts("peskov", "2025-03-12", [
            {"type": "statement", "roles": [("agent", "Dmitry Peskov", "person")], "date": "2025-03-11",
             "precision": "day", "date_range": ("2025-03-11T00:00", "2025-03-11T23:59"), "date_source": "expression",
             "entity": {"titles": ["Kremlin spokesman"]}},
        ])  # fmt: skip
    )
    dataset = new_dataset()
    add_facts(dataset, facts)
    write_views(dataset, out)
    return out, project(dataset)


@pytest.mark.parametrize("view", ["index", "graph", "timeline", "map"])
def test_view_opens_offline_and_clean(browser, synthetic_views, view):
    out, p = synthetic_views
    page = Page(browser, out / f"{view}.html")
    if view == "index":
        for link in ("graph", "timeline", "map"):
            assert page.page.locator(f"#link-{link}").get_attribute("href") == f"{link}.html"
    else:
        asserted = sum(1 for e in p.events if e.modality == "asserted")
        assert 0 < shown_events(page) <= asserted
    page.clean()


@pytest.mark.parametrize("view", ["graph", "timeline", "map"])
def test_asserted_only_switch(browser, synthetic_views, view):
    out, p = synthetic_views
    page = Page(browser, out / f"{view}.html")
    assert page.page.is_checked("#kg-asserted")  # on by default
    first = shown_events(page)
    if view != "map":
        assert first == sum(1 for e in p.events if e.modality == "asserted")
    page.toggle("#kg-asserted")
    every = shown_events(page)
    assert every > first
    if view != "map":
        assert every == len(p.events)
    irrealis = next(e for e in p.events if e.modality == "planned" and e.date and len(e.date) == 10)
    if view == "graph":  # hollow and dashed, labelled with its modality
        node = page.js("id => kg.nodes.get(id)", irrealis.iri)
        assert node["shapeProperties"]["borderDashes"] and node["color"]["background"] == "#ffffff"
        assert page.js("id => kg.K.eventById.get(id).title", irrealis.iri).startswith("planned ")
    if view == "timeline":
        page.js("id => kg.pick(id)", irrealis.iri)
        page.frame()
        item = page.page.locator(".vis-item.kg-mod-planned").first
        assert item.is_visible() and "planned" in item.inner_text()
    page.toggle("#kg-asserted")
    assert shown_events(page) == first
    page.clean()


@pytest.mark.parametrize("view", ["graph", "timeline"])
def test_click_an_event_shows_its_provenance(browser, story_views, view):
    out, p = story_views
    page = Page(browser, out / f"{view}.html")
    attack = next(e for e in p.events if e.type == "attack")
    if view == "graph":
        page.js("id => { kg.focusNode(id); document.getElementById('kg-info').replaceChildren(); }", attack.iri)
        page.frame()
        box = page.page.locator("#kg-canvas").bounding_box()
        page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    else:
        page.js("id => { kg.timeline.focus(id, {animation: false}); }", attack.iri)
        page.frame()
        page.page.locator(".vis-item.vis-range").first.click()
    details = page.details()
    for part in (attack.sentence, attack.article_id, "week 2025-W10", "week", "at least 12 killed, 30 injured",
                 "from the event it belongs to", "asserted"):  # fmt: skip
        assert part in details, part
    # the tooltip says the same in a few lines, as text
    page.page.mouse.move(1, 1)
    page.clean()


def test_open_and_undated_events_say_so(browser, story_views):
    out, p = story_views
    page = Page(browser, out / "timeline.html")
    page.toggle("#kg-asserted")
    undated = page.page.locator("#kg-undated-list a")
    assert undated.count() == 1 and "negated agreement" in undated.first.inner_text()
    undated.first.click()
    assert "reported as not having happened" in page.details()
    statement = next(e for e in p.events if e.type == "statement" and e.open_below)
    page.js("id => kg.pick(id)", statement.iri)
    details = page.details()
    assert "on or before 2025-03-12" in details and "from the publication date" in details
    assert "≤ 2025-03-12" in page.page.locator(".vis-item.kg-open").first.inner_text()
    page.clean()


@pytest.mark.parametrize("view", ["graph", "timeline", "map"])
def test_search_finds_names_aliases_and_titles(browser, story_views, view):
    out, _ = story_views
    page = Page(browser, out / f"{view}.html")
    page.search("Kremlin spokesman" if view != "map" else "geneva")
    assert page.page.locator("#kg-search-result").inner_text().startswith("1 ")
    details = page.details()
    assert ("Dmitry Peskov" in details and "Kremlin spokesman" in details) if view != "map" else "Geneva" in details
    page.clean()


@pytest.mark.parametrize("view", ["graph", "timeline", "map"])
def test_an_actors_count_is_its_list(browser, synthetic_views, view):
    out, p = synthetic_views
    page = Page(browser, out / f"{view}.html")
    if view == "map":
        place = page.js("document.querySelector('.kg-place').dataset.id")
        page.page.locator(".kg-place").first.click()
        expected = page.js("document.querySelector('.kg-place').dataset.events")
        assert int(page.page.locator("#kg-actor-count").inner_text().split()[0]) == int(expected)
        assert page.page.locator("#kg-actor-events li").count() == int(expected) and place
    else:
        hub = page.js("kg.K.P.actors.find(a => a.rank === 0).id")
        for _ in range(2):  # as it opens, then with a filter on
            page.js("id => kg.K.showActor(id)", hub)
            count = page.page.locator("#kg-actor-count").inner_text()
            listed = page.page.locator("#kg-actor-events li").count()
            assert int(count.split()[0]) == listed
            page.toggle("#kg-type-attack")
        assert "shown (of" in page.page.locator("#kg-actor-count").inner_text()
    page.clean()


@pytest.mark.parametrize("view", ["graph", "timeline"])
def test_filters_change_what_is_shown(browser, synthetic_views, view):
    out, p = synthetic_views
    page = Page(browser, out / f"{view}.html")
    asserted = [e for e in p.events if e.modality == "asserted"]
    before = shown_events(page)
    page.toggle("#kg-type-attack")
    assert shown_events(page) == before - sum(1 for e in asserted if e.type == "attack")
    page.toggle("#kg-type-attack")
    day = sorted(e.day for e in asserted if e.day)[len(asserted) // 2]
    page.page.fill("#kg-from", day)
    page.page.dispatch_event("#kg-from", "change")
    page.frame()
    later = sum(1 for e in asserted if (e.end.date().isoformat() if e.end else e.day or "") >= day)
    assert shown_events(page) == later
    page.clean()


def test_graph_labels_never_overlap_and_grow_with_zoom(browser, tmp_path):
    write_views(synthetic_dataset(150, 600), tmp_path)
    page = Page(browser, tmp_path / "graph.html")
    first = page.js("window.kgLabels")
    assert len(first) >= 20 and disjoint(first)
    # by importance: the most central actor first, then the others in rank order where they fit
    rank = page.js("Object.fromEntries(kg.K.P.actors.map(a => [a.id, a.rank]))")
    actors = [rank[label["id"]] for label in first if label["kind"] == "actor"]
    assert actors[0] == 0 and actors == sorted(actors)
    assert not [label for label in first if label["kind"] == "event"]  # events once zoomed in
    page.js("kg.network.moveTo({scale: Math.max(1.2, kg.network.getScale() * 3)}); kg.network.redraw(); 0")
    page.frame()
    zoomed = page.js("window.kgLabels")
    assert disjoint(zoomed) and any(label["kind"] == "event" and " · 20" in label["text"] for label in zoomed)
    page.clean()


def test_graph_opens_on_the_central_actors_of_a_large_graph(browser, tmp_path):
    write_views(synthetic_dataset(100, 1300), tmp_path)
    page = Page(browser, tmp_path / "graph.html")
    total = page.js("kg.nodes.length")
    assert 0 < len(page.js("kg.visibleIds()")) < total
    page.toggle("#kg-all")
    assert shown_events(page) == 1300  # every event, and the actors they involve
    page.clean()


def test_timeline_with_sixty_actors_is_readable(browser, tmp_path):
    write_views(synthetic_dataset(60, 900, coarse=0.25), tmp_path)
    page = Page(browser, tmp_path / "timeline.html")
    groups = page.js("kg.groupView.getIds()")
    assert len([g for g in groups if not g.startswith("kind:")]) >= 50  # one group per actor
    # group names: one per row, none over another
    labels = page.js("""[...document.querySelectorAll('.vis-labelset .vis-label')].map(e => e.getBoundingClientRect())
                        .filter(r => r.height > 0).map(r => ({x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}))""")
    assert len(labels) > 10 and disjoint(labels)
    # items stacked without overlap (within the part in view)
    items = page.js("""[...document.querySelectorAll('.vis-item')].map(e => e.getBoundingClientRect())
                       .filter(r => r.width > 0 && r.bottom > 0 && r.top < innerHeight)
                       .map(r => ({x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}))""")
    assert len(items) > 20 and disjoint(items)
    assert page.page.locator(".vis-item.vis-range").count() > 0 and page.page.locator(".vis-item.vis-point").count() > 0
    # collapsible: the kinds fold their actors away
    shown_labels = "[...document.querySelectorAll('.vis-labelset .vis-label')].filter(e => e.offsetHeight > 0).length"
    kinds = sum(1 for g in groups if g.startswith("kind:"))
    page.toggle("#kg-collapse")
    page.page.wait_for_function(f"{shown_labels} === {kinds}")
    page.toggle("#kg-collapse")
    page.page.wait_for_function(f"{shown_labels} === {len(groups)}")
    # zoom and pan
    before = page.js("kg.timeline.getWindow().end - kg.timeline.getWindow().start")
    box = page.page.locator(".vis-center").bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 40)
    page.page.mouse.wheel(0, -400)
    page.page.wait_for_function(f"kg.timeline.getWindow().end - kg.timeline.getWindow().start < {before} * 0.9")
    page.clean()


def test_timeline_opens_on_the_story(browser, tmp_path):
    from datetime import date

    facts = synthetic_facts(12, 150, start=date(2025, 3, 1), days=30)
    lone = facts[0].events[0]
    lone.date, lone.date_range = "2021-06-01", ("2021-06-01T00:00", "2021-06-01T23:59")  # four years before the rest
    dataset = new_dataset()
    add_facts(dataset, facts)
    write_views(dataset, tmp_path)
    page = Page(browser, tmp_path / "timeline.html")
    window = page.js("[kg.timeline.getWindow().start.getTime(), kg.timeline.getWindow().end.getTime()]")
    starts = page.js("kg.itemView.get().map(i => +new Date(i.start))")
    inside = sum(1 for s in starts if window[0] <= s <= window[1])
    assert inside >= 0.8 * (len(starts) - 1) and not window[0] <= min(starts) <= window[1]
    page.toggle("#kg-fit")
    page.page.wait_for_function(f"kg.timeline.getWindow().start.getTime() <= {min(starts)}")
    page.toggle("#kg-focus")
    page.page.wait_for_function(f"kg.timeline.getWindow().start.getTime() > {min(starts)}")
    page.clean()


def test_map_places_sized_by_events_and_clickable(browser, synthetic_views):
    out, p = synthetic_views
    page = Page(browser, out / "map.html")
    placed = {iri for iri, a in p.actors.items() if a.latitude is not None}
    circles = page.js(
        "[...document.querySelectorAll('.kg-place')].map(c => [c.dataset.id, +c.dataset.events, +c.getAttribute('r')])"
    )
    assert circles and {c[0] for c in circles} <= placed
    big, small = max(circles, key=lambda c: c[1]), min(circles, key=lambda c: c[1])
    assert big[1] == small[1] or big[2] > small[2]  # sized by its events
    page.page.locator(f".kg-place[data-id='{big[0]}']").click()
    assert page.page.locator("#kg-actor-events li").count() == big[1]
    k = page.js("kg.transform.k")
    box = page.page.locator("#kg-map").bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.page.mouse.wheel(0, -300)
    page.page.wait_for_function(f"kg.transform.k > {k}")
    assert page.js("document.querySelectorAll('.kg-country').length") > 200  # Natural Earth's countries
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
    for view in ("index", "graph", "timeline", "map"):
        page = Page(browser, out / f"{view}.html")
        assert page.js("document.querySelectorAll('img').length") == 0
        if view != "index":
            for ev in page.js("kg.K.events.map(e => e.id)"):
                page.js("id => kg.K.showEvent(id)", ev)
            for actor in page.js("kg.K.P.actors.map(a => a.id)"):
                page.js("id => kg.K.showActor(id)", actor)
            assert page.js("document.querySelectorAll('#kg-info img, #kg-info script').length") == 0
            evil = page.js("kg.K.events.find(e => e.sentence.includes('onerror')).id")
            page.js("id => kg.K.showEvent(id)", evil)
            shown = page.details()
            assert "src=x onerror=alert(1)>" in shown and "</script><script>" in shown
            page.search("script")
        page.clean()


def test_examples_views(browser, examples_build, tmp_path):
    """The views of examples/ (the README's screenshots are of these: docs/screenshots/make.py)."""
    _, out = examples_build
    for view in ("index", "graph", "timeline", "map"):
        page = Page(browser, out / f"{view}.html", 1400, 860)
        page.page.screenshot(path=str(tmp_path / f"{view}.png"))
        if view == "graph":
            page.search("special envoy")
            assert "Helena Marchetti" in page.details()
        if view == "timeline":
            assert page.js("kg.itemView.length") > 40 and page.js("kg.groupView.length") > 10
        if view == "map":
            names = {label["name"] for label in page.js("window.kgPlaceLabels")}
            assert {"Geneva", "Vienna"} <= names
        page.clean()
    assert len(list(tmp_path.glob("*.png"))) == 4


@pytest.mark.parametrize("days", [2, 7, 30])
def test_timeline_opens_with_every_label_inside_the_panel(browser, tmp_path, days):
    """The first window leaves room for the labels, drawn right of each point: the last day's are not cut."""
    from datetime import date

    dataset = new_dataset()
    add_facts(dataset, synthetic_facts(4, 12, start=date(2025, 3, 1), days=days))
    write_views(dataset, tmp_path)
    page = Page(browser, tmp_path / "timeline.html")
    page.page.evaluate(NEXT_FRAME)
    cut = page.js(
        """(() => {
        const panel = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
        return [...document.querySelectorAll('.vis-item')].map(e => e.getBoundingClientRect())
          .filter(r => r.width > 0 && r.left < panel.right && r.right > panel.right + 1)
          .map(r => [r.left, r.right, panel.right]);
      })()"""
    )
    assert page.js("document.querySelectorAll('.vis-item').length") > 5
    assert cut == [], cut
    page.clean()

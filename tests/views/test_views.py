"""kg.views without a browser: files written, nothing fetched from the network, article text escaped,
what each view is given (modality, dates, casualties, groups, windows, places), layouts that keep events apart."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser

import pytest
from builders import modal_facts, sentence_facts

from kg.analysis import EventRecord, project
from kg.facts import Argument, Article, ArticleFacts, Entity, Event, Mention
from kg.store import add_facts, new_dataset
from kg.views import ViewModel, map_data, render_views, script_json, timeline_data, write_views
from kg.views.layout import densest_window, graph_layout
from kg.views.model import casualty_text, when_text
from kg.views.synthetic import synthetic_dataset
from kg.views.timeline import DAY_MS, default_window

EVIL = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "A\u2028B & <!--C"]

# anything the page would load by itself: scripts, stylesheets, fonts, images, frames
REMOTE_LOAD = re.compile(
    r"""<(script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(https?:)?//"""
    r"""|url\(\s*["']?(https?:)?//"""
    r"""|@import\s+["']?(https?:)?//""",
    re.IGNORECASE,
)
ANY_LOAD = re.compile(r"<script\b[^>]*\bsrc\s*=|<link\b[^>]*\bhref\s*=", re.IGNORECASE)


def evil_dataset():
    names = EVIL
    text = f"{names[0]} met {names[1]} in {names[2]} on Monday."
    ents, args = [], []
    for i, n in enumerate(names):
        at = text.index(n)
        ents.append(
            Entity(id=f"e{i}", type="person" if i < 2 else "place", name=n, mentions=[Mention(at, at + len(n), n)])
        )
        args.append(Argument(["agent", "participant", "place"][i], n, at, at + len(n), entity=f"e{i}"))
    trig = text.index("met")
    ev = Event(
        id="ev0",
        type="meeting",
        trigger=Mention(trig, trig + 3, "met"),
        sentence=(0, len(text)),
        date="2025-07-07",
        arguments=args,
        precision="day",
    )
    art = Article(id="evil", text=text, title="<b>headline</b>", published="2025-07-08", url="javascript:alert(3)")
    ds = new_dataset()
    add_facts(ds, [ArticleFacts(art, entities=ents, events=[ev], sentences=[(0, len(text))])])
    return ds


def script_elements(text: str) -> int:
    """How many <script> elements an HTML parser sees (script content ends only at </script>)."""

    class Counter(HTMLParser):
        n = 0

        def handle_starttag(self, tag, attrs):
            self.n += tag == "script"

    parser = Counter()
    parser.feed(text)
    return parser.n


def payload(html: str, name: str = "kg-payload") -> dict:
    return json.loads(re.search(rf'<script type="application/json" id="{name}">(.*?)</script>', html, re.S).group(1))


def test_script_json_is_inert_in_html():
    out = str(script_json({"a": "</script><b>&\u2028\u2029"}))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"a": "</script><b>&\u2028\u2029"}


def test_write_views_files_and_atomicity(tmp_path):
    paths = write_views(synthetic_dataset(20, 60), tmp_path / "out")
    assert set(paths) == {"index", "graph", "timeline", "map"}
    for name, path in paths.items():
        assert path == tmp_path / "out" / f"{name}.html" and path.stat().st_size > 0
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temporary files left


def test_views_load_nothing_from_the_network_or_from_disk():
    html = render_views(project(synthetic_dataset(20, 60)))
    for name, text in html.items():
        assert not REMOTE_LOAD.search(text), name
        assert not ANY_LOAD.search(text), name  # every script and style inlined: the file opens alone
        for host in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "unpkg.com", "bootstrap.min", "fonts.googleapis"):
            assert host not in text, (name, host)
    assert "vis.Network" in html["graph"] and "vis.Timeline" in html["timeline"] and "geoNaturalEarth1" in html["map"]
    assert '"countries"' in html["map"]  # the world's outlines travel with the page


def test_article_text_is_escaped():
    html = render_views(project(evil_dataset()))
    for name, text in html.items():
        assert "<img src=x" not in text
        assert "</script><script>alert(2)" not in text
        assert name == "index" or "\u2028" not in text  # inside <script>, a raw U+2028 ends a line in older JS
    # only our own <script> elements: vendored libraries, two JSON blocks, common.js, the view's script, init
    assert [script_elements(html[n]) for n in ("index", "graph", "timeline", "map")] == [0, 6, 6, 8]
    assert "&lt;img src=x onerror=alert(1)&gt;" in html["index"] or "onerror" not in html["index"]
    assert {a["name"] for a in payload(html["graph"])["actors"]} == set(EVIL)


def modal_projection():
    ds = new_dataset()
    add_facts(ds, modal_facts())
    return project(ds)


def test_events_carry_modality_dates_and_casualties():
    vm = ViewModel(modal_projection())
    info = {e["type"] + (e["modality"] if e["modality"] != "asserted" else ""): e for e in vm.payload()["events"]}
    assert info["meetingplanned"]["title"] == "planned meeting · 2025-03-24"
    assert info["attack"]["when"] == "week 2025-W10" and info["attack"]["precision"] == "week"
    assert info["attack"]["casualties"] == "at least 12 killed, 30 injured"
    assert "event it belongs to" in info["attack"]["dateSourceText"]
    assert info["statement"]["when"] == "on or before 2025-03-12" and info["statement"]["start"] is None
    assert info["statement"]["dateSourceText"] == "from the publication date"
    assert info["agreementnegated"]["when"] == "undated"
    # counts and rankings read the asserted events: the planned meeting and the negated agreement apart
    assert vm.summary()["events"] == 4 and vm.summary()["other_modalities"] == {"negated": 1, "planned": 1}
    assert vm.summary()["actors"] == 3  # Ana Lind, Bo Berg, Geneva: the drone is no actor


def test_when_and_casualty_texts():
    ev = EventRecord(iri="x", type="death", label="death: died", end=datetime(2025, 3, 12, 23, 59))
    assert when_text(ev) == "on or before 2025-03-12" and casualty_text(ev) is None
    ev.killed, ev.casualty_qualifier = 3, "more than"
    assert casualty_text(ev) == "more than 3 killed"


def test_timeline_groups_are_actors_nested_by_kind_never_weapons():
    vm = ViewModel(modal_projection())
    data = timeline_data(vm)
    groups = {g["id"]: g for g in data["groups"]}
    kinds = [g for g in data["groups"] if "nested" in g]
    assert [g["name"] for g in kinds] == ["People"]  # Ana Lind and Bo Berg; the drone has no lane
    assert {vm.names[i] for i in kinds[0]["nested"]} == {"Ana Lind", "Bo Berg"}
    assert all(groups[i]["parent"] == "kind:person" for i in kinds[0]["nested"])
    undated = [vm.p.event(i) for i in data["undated"]]
    assert [e.type for e in undated] == ["agreement"]  # "on or before" is drawn at its latest moment


def test_default_window_shows_all_when_it_fits_else_the_dense_part():
    days = [DAY_MS * d for d in range(30)]
    lo, hi = default_window(days, days)
    assert lo <= 0 and hi >= 29 * DAY_MS  # a month of events: all of it
    lone = [-DAY_MS * 1500, *days]  # one event four years before
    lo, hi = default_window(lone, lone)
    assert lo > -DAY_MS * 100 and hi >= 20 * DAY_MS
    assert default_window([], []) is None


def test_map_places_with_coordinates_and_their_events():
    vm = ViewModel(modal_projection())
    data = map_data(vm)
    (geneva,) = data["places"]
    assert geneva["name"] == "Geneva" and round(geneva["lat"], 1) == 46.2 and round(geneva["lon"], 2) == 6.15
    assert [vm.p.event(i).type for i in geneva["events"]] == ["visit"]
    assert data["unplaced"] == []


def test_actors_carry_aliases_and_titles_for_search():
    who = {"titles": ["Kremlin spokesman"], "aliases": ["Peskov"]}
    facts = sentence_facts("t", "2025-03-12", [{"type": "statement", "roles": [("agent", "Dmitry Peskov", "person")],
                                                "entity": who}])  # fmt: skip
    ds = new_dataset()
    add_facts(ds, [facts])
    (actor,) = ViewModel(project(ds)).payload()["actors"]
    assert actor["titles"] == ["Kremlin spokesman"] and "Peskov" in actor["aliases"]


def test_graph_layout_spreads_events():
    p = project(synthetic_dataset(30, 300))
    pos = graph_layout(p)
    assert set(pos) == set(p.actors) | {e.iri for e in p.events}
    points = sorted(pos.values())
    close = sum(1 for a, b in zip(points, points[1:], strict=False) if abs(a[0] - b[0]) < 1 and abs(a[1] - b[1]) < 1)
    assert close == 0  # no two nodes on the same spot


LAYOUT_DIGEST = """
import hashlib, json
from kg.analysis import communities, project
from kg.views.layout import graph_layout
from kg.views.synthetic import synthetic_dataset
p = project(synthetic_dataset(30, 300))
out = {"pos": sorted(graph_layout(p).items()), "communities": communities(p.actor_graph)}
print(hashlib.md5(json.dumps(out).encode()).hexdigest())
"""


def test_graph_layout_and_communities_do_not_depend_on_the_hash_seed():
    # two builds of the same articles draw the same graph: string hashing (and so set order)
    # changes with every Python process unless PYTHONHASHSEED is fixed
    def digest(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", LAYOUT_DIGEST], env=env, capture_output=True, text=True, check=True)
        return run.stdout.strip()

    assert digest("1") == digest("2") == digest("3")


def test_events_with_no_entity_sit_with_their_article():
    p = project(synthetic_dataset(12, 120))
    art = p.events[0].article
    for k in range(6):
        p.events.append(
            EventRecord(iri=f"x:orphan{k}", type="statement", label="statement: said", roles=[], article=art)
        )
    pos = graph_layout(p)
    mates = [pos[e.iri] for e in p.events if e.article == art and e.entities]
    near = min(mates, key=lambda q: math.hypot(q[0] - pos["x:orphan0"][0], q[1] - pos["x:orphan0"][1]))
    for k in range(6):  # on a spiral next to the article's own events, not in a strip under the graph
        x, y = pos[f"x:orphan{k}"]
        assert math.hypot(x - near[0], y - near[1]) < 150
    assert len({pos[f"x:orphan{k}"] for k in range(6)}) == 6


def test_densest_window_leaves_outliers_out():
    xs = sorted([-9000.0] + [float(i) for i in range(100, 140)] + [5000.0])
    x0, x1 = densest_window(xs)
    assert 100 <= x0 and x1 < 140
    assert densest_window([]) is None and densest_window([3.0]) == (3.0, 3.0)


def test_index_is_a_landing_page():
    html = render_views(project(synthetic_dataset(20, 60)))["index"]
    for part in ('id="link-graph"', 'id="link-timeline"', 'id="link-map"', 'id="top-actors"', 'id="busiest-days"',
                 'id="articles"'):  # fmt: skip
        assert part in html
    assert "Synthetic article 0" in html and "Actor 00000" in html
    evil = render_views(project(evil_dataset()))["index"]
    assert "&lt;b&gt;headline&lt;/b&gt;" in evil and "javascript:" not in evil  # title as text, no script URL


def test_index_counts_asserted_events_and_says_how_many_others():
    ds = new_dataset()
    add_facts(ds, modal_facts())
    html = render_views(project(ds))["index"]
    assert re.search(r'id="count-events">4<', html) and 'id="count-planned">1<' in html
    assert 'id="count-negated">1<' in html


def test_cli_view(tmp_path):
    from kg.cli import main
    from kg.store import write_graph

    write_graph(synthetic_dataset(10, 20), tmp_path, "trig")
    assert main(["view", str(tmp_path / "graph.trig"), "-o", str(tmp_path / "v")]) == 0
    assert (tmp_path / "v" / "timeline.html").exists() and (tmp_path / "v" / "map.html").exists()


@pytest.mark.parametrize("n", [0])
def test_empty_graph(tmp_path, n):
    paths = write_views(new_dataset(), tmp_path)
    assert "0" in paths["index"].read_text(encoding="utf-8")
    assert set(paths) == {"index", "graph", "timeline", "map"}


def test_the_readme_shows_screenshots_of_every_view():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for view in ("index", "graph", "timeline", "map"):
        shot = ROOT / "docs" / "screenshots" / f"{view}.png"
        assert shot.stat().st_size > 10_000 and f"(docs/screenshots/{view}.png)" in readme


def test_index_counts_the_places_the_map_opens_on():
    """The map opens on the located places of events that happened: the index's map card counts those,
    not a place known only from a planned event or one with no coordinates."""
    located = {"latitude": 46.5, "longitude": 6.6, "country": "CH", "geonames_id": 1}
    ds = new_dataset()
    rows = [
        {"type": "visit", "roles": [("place", "Lausanne", "place")], "entity": located},
        {"type": "meeting", "modality": "planned", "roles": [("place", "Montreux", "place")], "entity": located},
        {"type": "attack", "roles": [("place", "Nowhere Town", "place")]},
    ]
    add_facts(ds, [sentence_facts("m1", "2025-03-12", rows)])
    html = render_views(project(ds))["index"]
    assert "where: 1 place on a world map" in html
    shown = [p for p in map_data(ViewModel(project(ds)))["places"] if p["events"]]
    assert {p["name"] for p in shown} == {"Lausanne", "Montreux"}  # the map's "asserted only" hides Montreux

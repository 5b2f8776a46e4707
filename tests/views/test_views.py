"""kg.views without a browser: files written, nothing fetched from the network, article text escaped,
layouts that keep events apart."""

from __future__ import annotations

import json
import math
import re
from datetime import datetime
from html.parser import HTMLParser

import pytest

from kg.analysis import EventRecord, project
from kg.facts import Argument, Article, ArticleFacts, Entity, Event, Mention
from kg.store import add_facts, new_dataset
from kg.views import render_views, script_json, write_views
from kg.views.layout import EVENT_SLOT, assign_rows, densest_window, graph_layout, timeline_layout
from kg.views.synthetic import synthetic_dataset

EVIL = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "A\u2028B & <!--C"]

# anything the page would load by itself: scripts, stylesheets, fonts, images, frames
REMOTE_LOAD = re.compile(
    r"""<(script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(https?:)?//"""
    r"""|url\(\s*["']?(https?:)?//"""
    r"""|@import\s+["']?(https?:)?//""",
    re.IGNORECASE,
)


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


def test_script_json_is_inert_in_html():
    out = str(script_json({"a": "</script><b>&\u2028\u2029"}))
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == {"a": "</script><b>&\u2028\u2029"}


def test_write_views_files_and_atomicity(tmp_path):
    paths = write_views(synthetic_dataset(20, 60), tmp_path / "out")
    assert set(paths) == {"index", "graph", "timeline"}
    for name, path in paths.items():
        assert path == tmp_path / "out" / f"{name}.html" and path.stat().st_size > 0
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temporary files left


def test_views_load_nothing_from_the_network(tmp_path):
    html = render_views(project(synthetic_dataset(20, 60)))
    for name, text in html.items():
        assert not REMOTE_LOAD.search(text), name
        for host in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "bootstrap.min", "fonts.googleapis"):
            assert host not in text, (name, host)
    assert "vis.Network" in html["graph"] and "vis.Network" in html["timeline"]


def test_article_text_is_escaped(tmp_path):
    html = render_views(project(evil_dataset()))
    for text in html.values():
        assert "<img src=x" not in text
        assert "</script><script>alert(2)" not in text
    # only our own <script> elements: vis-network, four JSON data blocks, views.js and the init call
    assert [script_elements(html[n]) for n in ("index", "graph", "timeline")] == [0, 7, 7]
    for name in ("graph", "timeline"):  # inside <script>, a raw U+2028 ends a line in older JS
        assert "\u2028" not in html[name]
    assert "&lt;img src=x onerror=alert(1)&gt;" in html["index"] or "onerror" not in html["index"]
    nodes = json.loads(
        re.search(r'<script type="application/json" id="kg-nodes">(.*?)</script>', html["graph"]).group(1)
    )
    assert {n["label"] for n in nodes if n["kind"] == "actor"} == set(EVIL)


def test_graph_layout_spreads_events():
    p = project(synthetic_dataset(30, 300))
    pos = graph_layout(p)
    assert set(pos) == set(p.actors) | {e.iri for e in p.events}
    points = sorted(pos.values())
    close = sum(1 for a, b in zip(points, points[1:], strict=False) if abs(a[0] - b[0]) < 1 and abs(a[1] - b[1]) < 1)
    assert close == 0  # no two nodes on the same spot


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


def test_assign_rows_keeps_neighbours_apart():
    xs = [0, 0, 50, 240, 240, 480]
    rows = assign_rows(xs)
    placed = list(zip(xs, rows, strict=True))
    for i, (x1, r1) in enumerate(placed):
        for x2, r2 in placed[i + 1 :]:
            assert r1 != r2 or abs(x1 - x2) >= EVENT_SLOT


def test_timeline_same_and_adjacent_days_do_not_overlap():
    p = project(synthetic_dataset(8, 200))
    order = sorted(p.actors)
    tl = timeline_layout(p, order)
    pts = list(tl.positions.values())
    for i, (x1, y1) in enumerate(pts):
        for x2, y2 in pts[i + 1 :]:
            assert abs(y1 - y2) > 1 or abs(x1 - x2) >= EVENT_SLOT
    # lanes stack without overlapping
    for (_, _, bottom), (_, top, _) in zip(tl.lanes, tl.lanes[1:], strict=False):
        assert top > bottom


def test_undated_events_are_shown_apart():
    p = project(synthetic_dataset(4, 10))
    p.events.append(EventRecord(iri="x:undated", type="statement", label="statement: said", roles=[]))
    tl = timeline_layout(p, sorted(p.actors))
    assert tl.undated_x is not None and tl.positions["x:undated"][0] >= tl.undated_x
    assert datetime(2024, 1, 1) <= tl.origin


def test_densest_window_leaves_outliers_out():
    xs = sorted([-9000.0] + [float(i) for i in range(100, 140)] + [5000.0])
    x0, x1 = densest_window(xs)
    assert 100 <= x0 and x1 < 140
    assert densest_window([]) is None and densest_window([3.0]) == (3.0, 3.0)


def test_coarse_dates_are_bars_that_keep_their_row():
    rows = assign_rows([0, 100, 300, 900], ends=[800, 100, 300, 900])
    assert rows[0] != rows[1] and rows[0] != rows[2]  # inside the bar: another row
    assert rows[3] == rows[0]  # after the bar's end (and a gap): the row is free again


def test_index_is_a_landing_page():
    html = render_views(project(synthetic_dataset(20, 60)))["index"]
    for part in ('id="link-graph"', 'id="link-timeline"', 'id="top-actors"', 'id="busiest-days"', 'id="articles"'):
        assert part in html
    assert "Synthetic article 0" in html and "Actor 00000" in html
    evil = render_views(project(evil_dataset()))["index"]
    assert "&lt;b&gt;headline&lt;/b&gt;" in evil and "javascript:" not in evil  # title as text, no script URL


def test_cli_view(tmp_path, capsys):
    from kg.cli import main
    from kg.store import write_graph

    write_graph(synthetic_dataset(10, 20), tmp_path, "trig")
    assert main(["view", str(tmp_path / "graph.trig"), "-o", str(tmp_path / "v")]) == 0
    assert (tmp_path / "v" / "timeline.html").exists()


@pytest.mark.parametrize("n", [0])
def test_empty_graph(tmp_path, n):
    paths = write_views(new_dataset(), tmp_path)
    assert "0" in paths["index"].read_text(encoding="utf-8")

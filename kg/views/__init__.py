"""Views: interactive HTML of a graph (pyvis / vis-network), opened from disk with no network.

`write_views(dataset, out_dir)` writes three self-contained files:

- `graph.html`: actors and events, coloured by type, actors sized by centrality, laid out at build
  time (kg.views.layout); filters by event type and date range, search by name, and the most
  central actors first with a control to reveal more;
- `timeline.html`: events along a date axis, one lane per actor (its name pinned at the left edge),
  week/month/year events as bars over their interval, opening on the bulk of the dates (the shortest
  stretch holding 80% of them; "Fit all" shows the outliers), provenance on click;
- `index.html`: the landing page: links to both views, counts, the date range and main period,
  the most central actors, the busiest days and the articles (title, date, source, events).

pyvis holds the nodes, edges and options and renders them with our template (`generate_html`);
vis-network's JS and CSS are inlined from pyvis's own package files, and nothing (Bootstrap, fonts)
is fetched from a CDN. Article text is data: it reaches the page only as JSON inside a
`<script type="application/json">` (with `<`, `>`, `&`, U+2028 and U+2029 escaped) and is put on
the page with `textContent` or drawn on the canvas, never parsed as HTML.
"""

from __future__ import annotations

import json
import math
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2
import pyoxigraph as ox
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from kg.analysis import EventRecord, Projection, busiest_days, centralities, project
from kg.atomic import atomic_write
from kg.views import layout

ASSETS = Path(__file__).parent / "assets"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

ENTITY_COLORS = {
    "person": "#e15759",
    "organization": "#4e79a7",
    "place": "#59a14f",
    "group": "#f28e2b",
    "other": "#9c755f",
}
EVENT_COLORS = {
    "call": "#17becf",
    "attack": "#d62728",
    "statement": "#9467bd",
    "meeting": "#2ca02c",
    "agreement": "#1f77b4",
    "death": "#333333",
    "injury": "#8c564b",
}
EXTRA_COLORS = ["#bcbd22", "#e377c2", "#7f7f7f", "#ff7f0e", "#aec7e8", "#98df8a", "#c5b0d5", "#c49c94"]
# Above this many nodes, the views open on the most central actors and their events only.
DEFAULT_VISIBLE_NODES = 1200


def script_json(data: object) -> Markup:
    """JSON that is safe inside a <script> element: no `</script>`, no HTML comment, no JS line breaks."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return Markup(text)


def _inline_script(code: str) -> Markup:
    """Vendored JS to inline: a literal `</script` in it would end the element early."""
    return Markup(code.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT"))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters["script_json"] = script_json
    env.filters["script_json_text"] = lambda text: script_json(json.loads(text) if isinstance(text, str) else text)
    return env


def _assets() -> dict[str, Markup]:
    return {
        "vis_js": _inline_script((VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")),
        "vis_css": Markup((VIS_DIR / "vis-network.css").read_text(encoding="utf-8").replace("</", "<\\/")),
        "kg_js": _inline_script((ASSETS / "views.js").read_text(encoding="utf-8")),
        "kg_css": Markup((ASSETS / "views.css").read_text(encoding="utf-8")),
    }


def event_colors(types: list[str]) -> dict[str, str]:
    colors = dict(EVENT_COLORS)
    extra = iter(EXTRA_COLORS * (len(types) // len(EXTRA_COLORS) + 1))
    for t in sorted(types):
        if t not in colors:
            colors[t] = next(extra)
    return {t: colors[t] for t in sorted(set(types))}


def _ms(moment: datetime | None) -> int | None:
    return None if moment is None else int(moment.replace(tzinfo=UTC).timestamp() * 1000)


# The longest text a view payload carries per field: a headline, a sentence or a statement's content is
# copied into every event it belongs to, so one huge article (a 1 MB text on one line is all headline)
# must not be copied thousands of times. The graph files keep the full texts.
MAX_HEADLINE = 200
MAX_SENTENCE = 600
MAX_NAME = 120


def _shorten(text: str | None, n: int) -> str | None:
    if text is None:
        return None
    return text if len(text) <= n else text[: n - 1] + "…"


def _event_tooltip(ev: EventRecord, names: dict[str, str]) -> str:
    who = ", ".join(f"{role}: {names.get(i, i)}" for role, i in ev.roles)
    lines = [f"{ev.type} — {ev.date or 'undated'}" + (f" ({ev.expression})" if ev.expression else "")]
    if who:
        lines.append(who)
    if ev.sentence:
        lines.append("“" + _shorten(ev.sentence, 300) + "”")
    headline = _shorten(ev.headline, MAX_HEADLINE)
    lines.append("article: " + (headline or ev.article_id) + (f" [{ev.article_id}]" if headline else ""))
    return "\n".join(lines)


def _event_info(ev: EventRecord) -> dict[str, Any]:
    """What the provenance panel shows on click."""
    return {
        "type": ev.type,
        "label": _shorten(ev.label, MAX_NAME),
        "trigger": _shorten(ev.trigger, MAX_NAME),
        "date": ev.date,
        "expression": ev.expression,
        "sentence": _shorten(ev.sentence, MAX_SENTENCE),
        "content": _shorten(ev.content, MAX_SENTENCE),
        "modality": ev.modality,
        "confidence": ev.confidence,
        "article": ev.article_id,
        "headline": _shorten(ev.headline, MAX_HEADLINE),
        "url": ev.url,
        "published": ev.published,
        "roles": [[role, iri] for role, iri in ev.roles],
    }


class ViewModel:
    """Everything both views share: the projection, centrality ranks, colours, summary counts."""

    def __init__(self, projection: Projection) -> None:
        self.p = projection
        self.names = {iri: a.name for iri, a in projection.actors.items()}
        self.centrality = centralities(projection.actor_graph)
        self.degree = {iri: 0 for iri in projection.actors}
        for ev in projection.events:
            for iri in ev.entities:
                self.degree[iri] = self.degree.get(iri, 0) + 1
        self.rank_order = sorted(
            self.degree,
            key=lambda v: (
                -self.centrality.get(v, {}).get("betweenness", 0.0),
                -self.degree.get(v, 0),
                -self.centrality.get(v, {}).get("degree", 0.0),
                self.names.get(v, v),
            ),
        )
        self.rank = {iri: i for i, iri in enumerate(self.rank_order)}
        self.colors = event_colors([e.type for e in projection.events])
        self.dates = [e.day or (e.date[:10] if e.date else None) for e in projection.events]

    def default_limit(self, budget: int = DEFAULT_VISIBLE_NODES) -> int:
        """How many of the top actors to show first: all if the graph is small, else about `budget` nodes."""
        total = len(self.rank_order) + len(self.p.events)
        if total <= budget:
            return len(self.rank_order)
        by_actor: dict[str, int] = {}
        for ev in self.p.events:
            ents = ev.entities
            if ents:
                first = min(ents, key=lambda i: self.rank.get(i, 1 << 30))
                by_actor[first] = by_actor.get(first, 0) + 1
        shown = 0
        for i, iri in enumerate(self.rank_order):
            shown += 1 + by_actor.get(iri, 0)
            if shown > budget:
                return max(i, 1)
        return len(self.rank_order)

    def summary(self) -> dict[str, Any]:
        # the first and last dated events by their moment (sorting the date strings would put
        # "2025-W11" after "2025-07-04"), each at its own precision
        dated = [e for e in self.p.events if e.start and e.date]
        first = min(dated, key=lambda e: e.start, default=None)  # type: ignore[arg-type, return-value]
        last = max(dated, key=lambda e: e.end or e.start, default=None)  # type: ignore[arg-type, return-value]
        return {
            "actors": len(self.p.actors),
            "events": len(self.p.events),
            "dated_events": sum(1 for e in self.p.events if e.start),
            "interactions": self.p.actor_graph.number_of_edges(),
            "articles": len({e.article for e in self.p.events}),
            "first": first.date if first else None,
            "last": last.date if last else None,
            "event_types": {t: sum(1 for e in self.p.events if e.type == t) for t in self.colors},
        }

    def actor_size(self, iri: str) -> float:
        c = self.centrality.get(iri, {})
        return 12 + 28 * math.sqrt(c.get("betweenness", 0.0)) + 2 * math.log1p(self.degree.get(iri, 0))

    def legend(self) -> dict[str, dict[str, str]]:
        present = {a.type for a in self.p.actors.values()}
        return {
            "entities": {t: c for t, c in ENTITY_COLORS.items() if t in present},
            "events": self.colors,
        }

    def common(self) -> dict[str, Any]:
        return {
            "legend": self.legend(),
            "eventTypes": sorted(self.colors),
            "limit": self.default_limit(),
            "actorTotal": len(self.rank_order),
            "summary": self.summary(),
            "names": self.names,
            "rank": self.rank,
        }


def _host(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    return url.split("://", 1)[1].split("/", 1)[0] or None


def index_data(vm: ViewModel, top: int = 12) -> dict[str, Any]:
    """What the summary page shows: the main period, top actors, busiest days, the articles."""
    days = sorted(d for d in (e.day for e in vm.p.events) if d)
    window = None
    if days:
        ords = [datetime.fromisoformat(d).toordinal() for d in days]
        lo, hi = layout.densest_window([float(o) for o in ords]) or (ords[0], ords[-1])
        window = (datetime.fromordinal(int(lo)).date().isoformat(), datetime.fromordinal(int(hi)).date().isoformat())
    by_day: dict[str, dict[str, int]] = {}
    for e in vm.p.events:
        if e.day:
            by_day.setdefault(e.day, {})
            by_day[e.day][e.type] = by_day[e.day].get(e.type, 0) + 1
    busiest = [
        (day, n, ", ".join(f"{t} {k}" for t, k in sorted(by_day[day].items(), key=lambda kv: (-kv[1], kv[0]))[:3]))
        for day, n in busiest_days(vm.p.events, 8)
    ]
    actors = []
    for iri in vm.rank_order[:top]:
        a = vm.p.actors.get(iri)
        actors.append(
            {
                "name": _shorten(vm.names.get(iri, iri), MAX_NAME),
                "type": a.type if a else "other",
                "color": ENTITY_COLORS.get(a.type if a else "other", ENTITY_COLORS["other"]),
                "events": vm.degree.get(iri, 0),
                "articles": a.articles if a else 0,
            }
        )
    per_article: dict[str, int] = {}
    for e in vm.p.events:
        per_article[e.article] = per_article.get(e.article, 0) + 1
    articles = [
        {
            "id": a.id,
            "title": _shorten(a.headline, MAX_HEADLINE) or a.id,
            "published": (a.published or "")[:10] or None,
            "source": a.source or _host(a.url),
            # a link only to a web page: the URL is article data, never javascript: or data:
            "url": a.url if a.url and a.url.lower().startswith(("http://", "https://")) else None,
            "events": per_article.get(a.iri, 0),
        }
        for a in sorted(vm.p.articles.values(), key=lambda a: (a.published or "", a.id), reverse=True)
    ]
    return {"window": window, "busiest": busiest, "actors": actors, "articles": articles}


def _network() -> Network:
    return Network(height="100%", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")


def _put(net: Network, nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    """Fill pyvis's node and edge lists directly: its add_node/add_edge check membership in lists,
    quadratic time on a 5,000-node graph."""
    net.nodes = nodes
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    net.edges = edges


def _base_options() -> dict[str, Any]:
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": True,
            "hideEdgesOnZoom": True,
            "navigationButtons": False,
            "keyboard": False,
        },
        "edges": {"smooth": False, "arrows": {"to": {"enabled": False}}, "color": {"opacity": 0.35}},
        "nodes": {
            # font sizes are set per node in the page, from the scale of the first view (views.js
            # labelSizes): a label is drawn only once it is at least drawThreshold - 1 px on screen,
            # and never larger than maxVisible px
            "font": {"size": 12, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "scaling": {"label": {"enabled": False, "drawThreshold": 9, "maxVisible": 17}},
        },
    }


def _event_node(vm: ViewModel, ev: EventRecord, i: int, x: float, y: float) -> dict[str, Any]:
    return {
        "id": ev.iri,
        # short, shown on zoom: what and when (the trigger and sentence are in the tooltip and details)
        "label": f"{ev.type} · {ev.date}" if ev.date else ev.type,
        "text": _shorten(f"{ev.label} {ev.trigger}", 2 * MAX_NAME),  # what search matches
        "shape": "diamond",
        "size": 9,
        "color": vm.colors[ev.type],
        "x": round(x, 1),
        "y": round(y, 1),
        "title": _event_tooltip(ev, vm.names),
        "kind": "event",
        "etype": ev.type,
        "day": vm.dates[i],
        "start": _ms(ev.start),
        "actors": ev.entities,
        "info": _event_info(ev),
    }


def _actor_node(vm: ViewModel, iri: str, x: float, y: float) -> dict[str, Any]:
    a = vm.p.actors.get(iri)
    kind = a.type if a else "other"
    c = vm.centrality.get(iri, {})
    return {
        "id": iri,
        "label": _shorten(vm.names.get(iri, iri), 40),
        "shape": "dot",
        "size": round(vm.actor_size(iri), 1),
        "color": ENTITY_COLORS.get(kind, ENTITY_COLORS["other"]),
        "x": round(x, 1),
        "y": round(y, 1),
        "title": f"{vm.names.get(iri, iri)} ({kind})\n{vm.degree.get(iri, 0)} events, "
        f"betweenness {c.get('betweenness', 0.0):.3f}, degree {c.get('degree', 0.0):.3f}",
        "kind": "actor",
        "etype": kind,
        "rank": vm.rank.get(iri, len(vm.rank)),
        "info": {
            "name": _shorten(vm.names.get(iri, iri), MAX_NAME),
            "type": kind,
            "events": vm.degree.get(iri, 0),
            **c,
        },
        "font": {"size": 14},
    }


def graph_network(vm: ViewModel) -> Network:
    pos = layout.graph_layout(vm.p)
    net = _network()
    # events first: vis-network draws nodes in order, so actors' names are drawn over events
    nodes = [_event_node(vm, ev, i, *pos[ev.iri]) for i, ev in enumerate(vm.p.events)]
    nodes += [_actor_node(vm, iri, *pos.get(iri, (0.0, 0.0))) for iri in vm.rank_order]
    edges = [
        {"from": iri, "to": ev.iri, "title": role, "role": role, "color": vm.colors[ev.type]}
        for ev in vm.p.events
        for role, iri in ev.roles
    ]
    _put(net, nodes, edges)
    net.options = _base_options()
    return net


def timeline_network(vm: ViewModel) -> tuple[Network, dict[str, Any]]:
    tl = layout.timeline_layout(vm.p, vm.rank_order)
    xs = [x for x, _ in tl.positions.values()]
    head_x = min(xs, default=0.0) - 260.0
    net = _network()
    nodes = []
    lanes = []
    for lane, top, bottom in tl.lanes:
        lane_id = lane or "lane:none"
        name = vm.names.get(lane, lane) if lane else "(no actor)"
        kind = vm.p.actors[lane].type if lane in vm.p.actors else "other"
        color = ENTITY_COLORS.get(kind, ENTITY_COLORS["other"]) if lane else "#999999"
        lanes.append({"id": lane_id, "name": name, "top": top, "bottom": bottom, "color": color})
        if lane:
            node = _actor_node(vm, lane, head_x, (top + bottom) / 2)
            node.update(shape="box", size=14, font={"size": 14, "color": "#ffffff"}, fixed={"x": True})
            nodes.append(node)
    for i, ev in enumerate(vm.p.events):
        node = _event_node(vm, ev, i, *tl.positions[ev.iri])
        node["lane"] = tl.lane_of[ev.iri]
        if ev.iri in tl.span_end:  # known to the week, month or year: a bar over the interval
            node["spanX1"] = round(tl.span_end[ev.iri], 1)
            node["shape"] = "square"
            node["size"] = 7
        nodes.append(node)
    lane_ids = {lane for lane, _, _ in tl.lanes if lane}
    edges = [
        {"from": iri, "to": ev.iri, "title": role, "role": role, "hidden": True, "color": {"color": "#7a8088"}}
        for ev in vm.p.events
        for role, iri in ev.roles
        if iri in lane_ids
    ]
    _put(net, nodes, edges)
    options = _base_options()
    options["edges"]["color"] = {"opacity": 0.6}
    options["interaction"]["zoomSpeed"] = 0.8
    net.options = options
    axis = {
        "origin": _ms(tl.origin),
        "pxPerHour": tl.px_per_hour,
        "undatedX": tl.undated_x,
        "lanes": lanes,
        "headX": head_x,
        "focus": list(tl.focus) if tl.focus else None,
        "slot": layout.EVENT_SLOT,
        "height": tl.height,
    }
    return net, axis


def _render(net: Network, template: str, title: str, view: str, payload: dict[str, Any]) -> str:
    """pyvis renders the network with our template: nodes, edges and options come from pyvis."""
    env = _environment()
    net.templateEnv = env
    net.path = template
    tpl = env.get_template(template)
    tpl.globals.update(title=title, view=view, payload=payload, **_assets())
    net.template = tpl
    return net.generate_html(name=f"{view}.html")


def render_views(projection: Projection) -> dict[str, str]:
    """The HTML text of each view."""
    vm = ViewModel(projection)
    common = vm.common()
    graph = _render(graph_network(vm), "view.html.j2", "kg — graph", "graph", common)
    tnet, axis = timeline_network(vm)
    timeline = _render(tnet, "view.html.j2", "kg — timeline", "timeline", {**common, "axis": axis})
    env = _environment()
    index = env.get_template("index.html.j2").render(
        summary=common["summary"],
        legend=vm.legend(),
        central=[(vm.names.get(i, i), vm.degree.get(i, 0)) for i in vm.rank_order[:10]],
        data=index_data(vm),
        kg_css=_assets()["kg_css"],
    )
    return {"index": index, "graph": graph, "timeline": timeline}


def write_views(dataset: ox.Store, out_dir: Path) -> dict[str, Path]:
    """Write the HTML views of `dataset` into out_dir; returns {view name: path}."""
    out_dir = Path(out_dir)
    html = render_views(project(dataset))
    paths = {}
    for name in ("index", "graph", "timeline"):

        def write(tmp: str, text: str = html[name]) -> None:
            Path(tmp).write_text(text, encoding="utf-8")
            os.chmod(tmp, 0o644)  # a web page for anyone who can read the output directory

        paths[name] = atomic_write(out_dir / f"{name}.html", write)
    return paths

"""Views: interactive HTML of a graph, opened from disk with no network.

`write_views(dataset, out_dir)` writes four self-contained files (every script, style and outline
inlined: nothing is fetched, from a CDN or from disk):

- `index.html`: the landing page: links to the views, counts (asserted events, and how many negated,
  planned or hypothetical ones there are besides), the main period, the most central actors, the
  busiest days and the articles;
- `graph.html` (vis-network, from pyvis's package): actors and events, laid out at build time
  (`layout`), coloured by type, actors sized by centrality; labels drawn by importance where they
  overlap no other label (more as you zoom in); events labelled by type and date;
- `timeline.html` (vis-timeline, vendored in `assets/vendor/`): one group per actor, nested in
  collapsible groups by kind; day events as points, week/month/year events as ranges; zoom, pan,
  stacking; the undated events in a list; opening on the whole story when it fits, else its densest part;
- `map.html` (d3-geo over Natural Earth outlines from world-atlas, vendored): the places GeoNames
  located, each sized by its events; a click lists them.

Every view has the same details panel (the event's sentence, article, date with its precision and where
it comes from, casualties, modality), the same search (names, aliases, titles, event labels), filters by
event type and date, and an "asserted only" switch, on by default: negated, planned and hypothetical
events are drawn hollow and dashed, labelled with their modality, and hidden until it is turned off.

Article text is data: it reaches a page only as JSON inside `<script type="application/json">` (with
`<`, `>`, `&`, U+2028 and U+2029 escaped) and is put on the page with `textContent`, never parsed as HTML.
`model` holds what the pages share; `graph`, `timeline` and `geo` what each view adds; `synthetic`
makes test graphs of any size.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jinja2
import pyoxigraph as ox
import pyvis
from markupsafe import Markup

from kg.analysis import Projection, project
from kg.atomic import atomic_write
from kg.views.geo import map_data
from kg.views.graph import graph_data
from kg.views.model import ENTITY_COLORS, ViewModel, event_colors, index_data
from kg.views.timeline import timeline_data

ASSETS = Path(__file__).parent / "assets"
VENDOR = ASSETS / "vendor"
VIS_NETWORK_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
VIEWS = ("index", "graph", "timeline", "map")


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


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters["script_json"] = script_json
    return env


def _scripts(*names: str) -> list[Markup]:
    """Vendored scripts (vendor/...) and our own (assets/*.js), to inline in order, one element each."""
    return [_inline_script(_read(ASSETS / name)) for name in names]


def _page(env: jinja2.Environment, view: str, title: str, payload: dict[str, object], extra: dict[str, object],
          scripts: tuple[str, ...], styles: str = "") -> str:  # fmt: skip
    return env.get_template("view.html.j2").render(
        title=title,
        view=view,
        payload=payload,
        extra=extra,
        scripts=_scripts(*scripts, "common.js", f"{view}.js"),
        vendor_css=Markup(styles.replace("</", "<\\/")),
        kg_css=Markup(_read(ASSETS / "views.css")),
    )


def render_views(projection: Projection) -> dict[str, str]:
    """The HTML text of each view."""
    vm = ViewModel(projection)
    payload = vm.payload()
    env = _environment()
    vis_css = _read(VIS_NETWORK_DIR / "vis-network.css")
    pages = {
        "graph": _page(env, "graph", "kg — graph", payload, graph_data(vm),
                       (str(VIS_NETWORK_DIR / "vis-network.min.js"),), vis_css),  # fmt: skip
        "timeline": _page(env, "timeline", "kg — timeline", payload, timeline_data(vm),
                          ("vendor/vis-timeline/vis-timeline-graph2d.min.js",)),  # fmt: skip
        "map": _page(
            env,
            "map",
            "kg — map",
            payload,
            {**map_data(vm), "world": json.loads(_read(VENDOR / "world-atlas" / "countries-50m.json"))},
            ("vendor/d3-array/d3-array.min.js", "vendor/d3-geo/d3-geo.min.js",
             "vendor/topojson-client/topojson-client.min.js"),  # fmt: skip
        ),
    }
    summary = vm.summary()
    pages["index"] = env.get_template("index.html.j2").render(
        summary=summary,
        legend=vm.legend(),
        data=index_data(vm),
        kg_css=Markup(_read(ASSETS / "views.css")),
    )
    return pages


def write_views(dataset: ox.Store, out_dir: Path) -> dict[str, Path]:
    """Write the HTML views of `dataset` into out_dir; returns {view name: path}."""
    out_dir = Path(out_dir)
    html = render_views(project(dataset))
    paths = {}
    for name in VIEWS:

        def write(tmp: str, text: str = html[name]) -> None:
            Path(tmp).write_text(text, encoding="utf-8")
            os.chmod(tmp, 0o644)  # a web page for anyone who can read the output directory

        paths[name] = atomic_write(out_dir / f"{name}.html", write)
    return paths


__all__ = [
    "ENTITY_COLORS",
    "VIEWS",
    "ViewModel",
    "event_colors",
    "graph_data",
    "map_data",
    "render_views",
    "script_json",
    "timeline_data",
    "write_views",
]

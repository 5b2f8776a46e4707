"""What `kg serve` shows a browser: the query page (YASGUI), its assets, the HTML views, each with a
Content-Security-Policy that lets it load from this server only.

- `/` (also `/query.html`, and `/sparql` or `/query` opened by a browser with no query): the query page,
  YASGUI over `/sparql` with kg's prefixes and the example queries as tabs, linking the views;
- `/assets/...`: the page's script and style, and YASGUI itself (`assets/yasgui/`, @zazuko/yasgui
  vendored with its licence and its bundled software's notices; nothing from a CDN);
- `/views/index.html`, `/views/graph.html`, `/views/timeline.html` (and, as before, at `/index.html`,
  `/graph.html`, `/timeline.html`): the views written at start-up. They inline their scripts, so their
  policy allows exactly those scripts by hash, and nothing else.

Every other answer (SPARQL results, errors) gets `ANSWER_CSP`: opened as a page, it runs nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from functools import cache
from html import escape
from pathlib import Path

from kg.query import Window, query_window, with_window
from kg.rdf import PREFIXES

ASSETS = Path(__file__).with_name("assets")
VIEW_NAMES = ("index.html", "graph.html", "timeline.html")
MEDIA_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".txt": "text/plain",
    ".rq": "application/sparql-query",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    "": "text/plain",  # LICENSE
}
# YASGUI's table and editor set `style` attributes as they lay out (column widths, gutters): styles may
# be inline, scripts may not.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
ANSWER_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox"
STARTER_QUERY = """# Events by type: each type is a class (kg:Attack) and a concept (kgt:attack).
SELECT ?type (COUNT(?event) AS ?events) WHERE {
  ?event a kg:Event ; kg:eventType ?concept .
  BIND(STRAFTER(STR(?concept), STR(kgt:)) AS ?type)
}
GROUP BY ?type
ORDER BY DESC(?events)"""
RECENT_DAYS = 31  # the example tabs' window: the last month of the store's events
_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.S | re.I)
_DATA_SCRIPT = re.compile(r"""type\s*=\s*["']?application/(?:ld\+)?json""", re.I)


def example_queries(window: Window | None = None) -> list[dict[str, str]]:
    """The example queries (a copy of examples/queries/*.rq, packaged), by file name; the window queries
    (timeline, in-period) moved to `window` when one is given."""
    out = []
    for path in sorted((ASSETS / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        if window is not None and query_window(text) is not None:
            text = (
                f"# The latest {RECENT_DAYS} days of this store's events (move both moments to see others).\n"
                + with_window(text, window)
            )
        out.append({"name": path.stem, "query": text})
    return out


def recent_window(span: Window | None) -> Window | None:
    """The last `RECENT_DAYS` days of a store's events (`span`), the window of the example tabs."""
    if span is None:
        return None
    return Window(max(span.first, span.last - dt.timedelta(days=RECENT_DAYS - 1)), span.last)


def _script_json(data: object) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def query_page(views: bool, endpoint: str = "/sparql", window: Window | None = None) -> bytes:
    """The query page: YASGUI with kg's prefixes and examples (the window ones over `window`), and links
    to the views when there are any."""
    config = {
        "endpoint": endpoint,
        "prefixes": PREFIXES,
        "starter": STARTER_QUERY,
        "examples": example_queries(window),
    }
    links = (
        '<nav>Views: <a href="/views/index.html">Summary</a> <a href="/views/graph.html">Graph</a> '
        '<a href="/views/timeline.html">Timeline</a></nav>'
        if views
        else '<span class="muted">no views (the store could not be drawn)</span>'
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg — SPARQL query</title>
<link rel="stylesheet" href="/assets/yasgui/yasgui.min.css">
<link rel="stylesheet" href="/assets/query.css">
</head>
<body>
<header class="kg-bar">
<h1>kg — SPARQL</h1>
{links}
<span class="muted">endpoint <code>{escape(endpoint)}</code> (SPARQL 1.1 Protocol; kg's prefixes are predefined,
all articles' graphs are one default graph); examples from <code>examples/queries/</code></span>
</header>
<div id="yasgui"></div>
<script type="application/json" id="kg-query-config">{_script_json(config)}</script>
<script src="/assets/yasgui/yasgui.min.js"></script>
<script src="/assets/query.js"></script>
</body>
</html>
"""
    return page.encode("utf-8")


def media_type(path: Path) -> str:
    return MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")


def asset(name: str) -> Path | None:
    """The packaged asset at `name` (a path under /assets/), or None: nothing outside the folder."""
    target = (ASSETS / name).resolve()
    if target.is_file() and ASSETS.resolve() in target.parents:
        return target
    return None


def view_file(views_dir: Path | None, name: str) -> Path | None:
    """One of the views written at start-up, or None."""
    if views_dir is None or name not in VIEW_NAMES:
        return None
    target = views_dir / name
    return target if target.is_file() else None


def inline_script_hashes(page: str) -> list[str]:
    """The CSP sources ('sha256-...') of the page's inline scripts (JSON data blocks run nothing)."""
    out = []
    for match in _SCRIPT.finditer(page):
        if "src=" in match.group("attrs").lower() or _DATA_SCRIPT.search(match.group("attrs")):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        out.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(set(out))


@cache
def _view_csp(path: Path, mtime_ns: int, size: int) -> str:
    scripts = " ".join(inline_script_hashes(path.read_text(encoding="utf-8"))) or "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; img-src data: blob:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )


def view_csp(path: Path) -> str:
    """The policy of a view: its own inline scripts (by hash), inline styles, data: images, no requests."""
    stat = path.stat()
    return _view_csp(path, stat.st_mtime_ns, stat.st_size)

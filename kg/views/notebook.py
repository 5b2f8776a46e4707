"""The summary a notebook shows for a graph (`kg.Graph._repr_html_`): counts, the most connected actors
and the events over time as an inline SVG bar chart. Plain HTML and SVG: no script, no stylesheet, no
network, so it shows the same in Jupyter, VS Code, GitHub's notebook viewer and an exported HTML file.
Every text from the graph is escaped."""

from __future__ import annotations

from collections import Counter
from datetime import date
from html import escape

from kg.analysis import Projection

BAR_AREA = (640, 90)  # width, height of the chart's bars (px)
MONTHLY_AFTER_DAYS = 180  # a longer span is counted per month, not per day


def events_over_time(projection: Projection) -> tuple[str, Counter[str]]:
    """("day" | "month", events per day or month) of the dated events, by their earliest moment."""
    days = [ev.start.date() for ev in projection.events if ev.start is not None]
    if not days:
        return "day", Counter()
    if (max(days) - min(days)).days > MONTHLY_AFTER_DAYS:
        return "month", Counter(d.isoformat()[:7] for d in days)
    return "day", Counter(d.isoformat() for d in days)


def _buckets(unit: str, counts: Counter[str]) -> list[str]:
    """Every day (or month) from the first to the last, empty ones included."""
    first, last = min(counts), max(counts)
    if unit == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [date.fromordinal(n).isoformat() for n in range(start.toordinal(), end.toordinal() + 1)]


def timeline_svg(projection: Projection) -> str:
    """Events per day (or month) as SVG bars, each with its count as a tooltip."""
    unit, counts = events_over_time(projection)
    if not counts:
        return "<p><em>No dated events.</em></p>"
    buckets = _buckets(unit, counts)
    width, height = BAR_AREA
    step = width / len(buckets)
    top = max(counts.values())
    bars = []
    for i, key in enumerate(buckets):
        n = counts.get(key, 0)
        if not n:
            continue
        h = max(2.0, height * n / top)
        bars.append(
            f'<rect x="{i * step:.1f}" y="{height - h:.1f}" width="{max(1.0, step - 1):.1f}" height="{h:.1f}" '
            f'fill="#4e79a7"><title>{escape(key)}: {n} event{"s" if n != 1 else ""}</title></rect>'
        )
    axis = (
        f'<text x="0" y="{height + 14}" font-size="11" fill="#555">{escape(buckets[0])}</text>'
        f'<text x="{width}" y="{height + 14}" font-size="11" fill="#555" text-anchor="end">{escape(buckets[-1])}</text>'
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 18}" role="img" '
        f'aria-label="events per {unit}">{"".join(bars)}{axis}</svg>'
        f'<div style="font-size:11px;color:#555">events per {unit} (busiest: {top})</div>'
    )


def _top_actors(projection: Projection, n: int = 8) -> list[tuple[str, str, int]]:
    graph = projection.actor_graph
    ranked = sorted(graph.nodes, key=lambda i: (-graph.degree(i, weight="weight"), graph.nodes[i].get("name", i)))
    return [
        (graph.nodes[i].get("name", i), graph.nodes[i].get("type", ""), graph.degree(i, weight="weight"))
        for i in ranked[:n]
    ]


def summary_html(location: str, stats: dict[str, object], projection: Projection, failures: list[str]) -> str:
    """The notebook summary of a graph: where it is, its counts, top actors, events over time."""
    by_type: dict[str, int] = stats.get("events_by_type") or {}  # type: ignore[assignment]
    types = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda p: (-p[1], p[0])))
    spans = [(ev.start, ev.end or ev.start) for ev in projection.events if ev.start is not None]
    dates = f"{min(s for s, _ in spans).date()} .. {max(e for _, e in spans).date()}" if spans else "none"
    rows = [
        ("articles", stats.get("articles", 0)),
        ("entities", stats.get("entities", 0)),
        ("events", f"{stats.get('events', 0)}" + (f" ({types})" if types else "")),
        ("dates", dates),
        ("triples", stats.get("triples", 0)),
    ]
    if failures:
        rows.append(("failed inputs", len(failures)))
    th, td = '<th style="text-align:left;padding-right:1em">', '<td style="text-align:left">'
    cells = "".join(f"<tr>{th}{escape(k)}</th>{td}{escape(str(v))}</td></tr>" for k, v in rows)
    actors = "".join(
        f'<li>{escape(name)} <span style="color:#777">({escape(kind)}, {weight} shared '
        f"event{'s' if weight != 1 else ''})</span></li>"
        for name, kind, weight in _top_actors(projection)
    )
    failed = "".join(f"<li>{escape(f)}</li>" for f in failures[:10])
    return (
        '<div class="kg-graph" style="font-family:sans-serif;font-size:13px;max-width:720px">'
        f"<div><strong>kg graph</strong> <code>{escape(location)}</code></div>"
        f"<table>{cells}</table>"
        + (f"<div><strong>most connected actors</strong><ol>{actors}</ol></div>" if actors else "")
        + timeline_svg(projection)
        + (f"<div><strong>failed inputs</strong><ul>{failed}</ul></div>" if failed else "")
        + '<div style="color:#555">Interactive views: <code>g.view("timeline")</code>, <code>g.view("graph")</code>; '
        "tables: <code>g.events()</code>, <code>g.entities()</code>, <code>g.query(sparql)</code>.</div></div>"
    )

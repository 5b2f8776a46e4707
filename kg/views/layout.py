"""Layouts computed at build time, so the browser opens a large graph without running physics.

- `graph_layout`: the actor graph first (a spring layout of the actors that interact, run per
  Louvain community and placed community by community), then each event next to its actors, on a
  small spiral ordered by date so that events of the same actors do not pile up; an event with no
  known entity goes on a spiral around its article's other events (not in a strip of its own).
- `timeline_layout`: x from the date (a fixed number of pixels per hour), one lane per actor, and
  within a lane rows assigned greedily so that events on the same or adjacent days never overlap;
  an event known to the week, month or year is a bar over its interval and keeps its row to the
  bar's end. `focus` is the shortest x range holding 80% of the dated events: the first view.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

import networkx as nx

from kg.analysis import EventRecord, Projection

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
NODE_SPACING = 36.0  # canvas pixels between neighbouring nodes
CELL = NODE_SPACING / 2  # two events never share a cell of this size

PX_PER_HOUR = 10.0  # a day is 240 px at zoom 1
EVENT_SLOT = 200.0  # horizontal room an event (dot and label) needs; < a day, so adjacent days share a row
ROW_HEIGHT = 46.0
LANE_GAP = 30.0
SPAN_GAP = 40.0  # room after the end of a bar before the next event of its row
SPAN_MIN_HOURS = 36  # an event whose interval is longer than this is drawn as a bar (week, month, year)
FOCUS_SHARE = 0.8  # the first view shows the shortest stretch of time holding this share of the dated events


def _spiral(i: int, spacing: float) -> tuple[float, float]:
    """The i-th point of a sunflower spiral: evenly spread points around the origin."""
    r = spacing * math.sqrt(i + 0.5)
    a = i * GOLDEN_ANGLE
    return r * math.cos(a), r * math.sin(a)


def _pack_discs(sizes: list[float], gap: float) -> list[tuple[float, float]]:
    """Centres for discs of the given radii, largest first, along a spiral that keeps them apart."""
    centres: list[tuple[float, float, float]] = []
    step = 0
    for r in sizes:
        while True:
            x, y = _spiral(step, gap) if centres else (0.0, 0.0)
            step += 1
            if all(math.hypot(x - cx, y - cy) >= r + cr + gap for cx, cy, cr in centres):
                centres.append((x, y, r))
                break
    return [(x, y) for x, y, _ in centres]


def actor_positions(actor_graph: nx.Graph, seed: int = 1) -> dict[str, tuple[float, float]]:
    """Positions of the actors: each community laid out on its own, communities packed side by side."""
    interacting = [v for v in actor_graph if actor_graph.degree(v) > 0]
    isolated = sorted(v for v in actor_graph if actor_graph.degree(v) == 0)
    groups: list[list[str]] = []
    if interacting:
        sub = actor_graph.subgraph(interacting)
        groups = [sorted(c) for c in nx.community.louvain_communities(sub, weight="weight", seed=seed)]
        groups.sort(key=lambda c: (-len(c), c))
    groups += [[v] for v in isolated]
    # room for each community's own nodes and their events (about 3 spacings per actor)
    radii = [NODE_SPACING * 2.2 * math.sqrt(len(c) * 4) for c in groups]
    centres = _pack_discs(radii, NODE_SPACING * 2)
    pos: dict[str, tuple[float, float]] = {}
    for group, radius, (cx, cy) in zip(groups, radii, centres, strict=True):
        if len(group) == 1:
            pos[group[0]] = (cx, cy)
            continue
        sub = actor_graph.subgraph(group)
        if len(group) <= 300:
            local = nx.spring_layout(sub, seed=seed, iterations=60, weight=None)
        else:  # large communities: a cheap layout that still shows structure
            local = nx.spectral_layout(sub) if nx.is_connected(sub) else nx.circular_layout(sub)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for v, (x, y) in local.items():
            pos[v] = (cx + (x - mx) / span * 1.6 * radius * 0.7, cy + (y - my) / span * 1.6 * radius * 0.7)
    return pos


def event_positions(
    events: list[EventRecord], actor_pos: dict[str, tuple[float, float]]
) -> dict[str, tuple[float, float]]:
    """Each event at the centre of its actors, spread on a spiral (by date) with others of the same actors."""
    by_anchor: dict[tuple[str, ...], list[EventRecord]] = defaultdict(list)
    for ev in events:  # events come sorted by date
        anchor = tuple(sorted(i for i in ev.entities if i in actor_pos))
        by_anchor[anchor].append(ev)
    degree: dict[str, int] = defaultdict(int)
    for ev in events:
        for a in ev.entities:
            degree[a] += 1
    pos: dict[str, tuple[float, float]] = {}
    taken = {(round(x / CELL), round(y / CELL)) for x, y in actor_pos.values()}

    def spiral_from(cx: float, cy: float, step: int, evs: list[EventRecord]) -> None:
        for ev in evs:
            # the next free spot on the spiral: other anchors' spirals may cross this one
            while True:
                dx, dy = _spiral(step, NODE_SPACING * 0.8)
                step += 1
                cell = (round((cx + dx) / CELL), round((cy + dy) / CELL))
                if cell not in taken:
                    break
            taken.add(cell)
            pos[ev.iri] = (cx + dx, cy + dy)

    for anchor, evs in sorted(by_anchor.items()):
        if not anchor:
            continue
        # pulled toward the actor with fewest events: a hub's events then ring its partners,
        # instead of all sitting on the hub or half-way along its edges
        w = [1.0 / (1 + degree.get(a, 0)) for a in anchor]
        cx = sum(actor_pos[a][0] * k for a, k in zip(anchor, w, strict=True)) / sum(w)
        cy = sum(actor_pos[a][1] * k for a, k in zip(anchor, w, strict=True)) / sum(w)
        spiral_from(cx, cy, 2 if len(anchor) == 1 else 0, evs)  # do not sit on the actor itself
    # events with no known entity: next to the other events of their article (around the one
    # nearest the article's centre), so that they read with the story they come from; an article
    # with no placed event at all gets a spot of its own under the graph
    orphans: dict[str, list[EventRecord]] = defaultdict(list)
    for ev in by_anchor.get((), []):
        orphans[ev.article].append(ev)
    placed: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for ev in events:
        if ev.iri in pos:
            placed[ev.article].append(pos[ev.iri])
    below_y = max((y for _, y in [*actor_pos.values(), *pos.values()]), default=0.0) + NODE_SPACING * 4
    below_x = min((x for x, _ in [*actor_pos.values(), *pos.values()]), default=0.0)
    for article, evs in sorted(orphans.items()):
        points = placed.get(article)
        if points:
            mx = sum(x for x, _ in points) / len(points)
            my = sum(y for _, y in points) / len(points)
            cx, cy = min(points, key=lambda p: (p[0] - mx) ** 2 + (p[1] - my) ** 2)
            spiral_from(cx, cy, 1, evs)
        else:
            radius = NODE_SPACING * 0.8 * math.sqrt(len(evs) + 1)
            spiral_from(below_x + radius, below_y + radius, 0, evs)
            below_x += 2 * radius + NODE_SPACING * 2
    return pos


def graph_layout(projection: Projection) -> dict[str, tuple[float, float]]:
    """Positions of every actor and event (canvas pixels)."""
    actors = actor_positions(projection.actor_graph)
    for iri in projection.actors:
        actors.setdefault(iri, (0.0, 0.0))
    return {**actors, **event_positions(projection.events, actors)}


# --- timeline ----------------------------------------------------------------------------------


@dataclass
class TimelineLayout:
    positions: dict[str, tuple[float, float]]  # event iri -> (x, y)
    lanes: list[tuple[str | None, float, float]]  # (actor iri or None for "no actor", y top, y bottom)
    lane_of: dict[str, str | None]  # event iri -> lane actor
    origin: datetime | None  # the moment at x = 0
    undated_x: float | None  # where undated events start, if any
    px_per_hour: float = PX_PER_HOUR
    span_end: dict[str, float] = field(default_factory=dict)  # event iri -> x of the end of its bar
    focus: tuple[float, float] | None = None  # x range of the bulk of the dated events (first view)

    @property
    def width(self) -> float:
        xs = [x for x, _ in self.positions.values()]
        return (max(xs) - min(xs) + EVENT_SLOT) if xs else 0.0

    @property
    def focus_width(self) -> float:
        """The width of the part the first view shows (outliers left out)."""
        if self.focus is None:
            return self.width
        return self.focus[1] - self.focus[0] + EVENT_SLOT

    @property
    def height(self) -> float:
        return self.lanes[-1][2] if self.lanes else 0.0


def _x_of(moment: datetime, origin: datetime, px_per_hour: float) -> float:
    return (moment - origin).total_seconds() / 3600.0 * px_per_hour


def assign_rows(xs: list[float], slot: float = EVENT_SLOT, ends: list[float] | None = None) -> list[int]:
    """Rows for items at the given x (in order), so that items less than `slot` apart never share a row.
    An item with an end (a month or a year drawn as a bar) keeps its row up to the end of its bar."""
    free_from: list[float] = []
    rows = []
    for i, x in enumerate(xs):
        busy = max(x + slot, ends[i] + SPAN_GAP) if ends is not None else x + slot
        for r, free in enumerate(free_from):
            if x >= free:
                free_from[r] = busy
                rows.append(r)
                break
        else:
            free_from.append(busy)
            rows.append(len(free_from) - 1)
    return rows


def densest_window(xs: list[float], share: float = FOCUS_SHARE) -> tuple[float, float] | None:
    """The shortest [x0, x1] holding `share` of the sorted values xs: where the first view opens, so
    that a lone event a year before or months after the rest does not squash them into a few pixels."""
    if not xs:
        return None
    k = max(1, math.ceil(share * len(xs)))
    i = min(range(len(xs) - k + 1), key=lambda j: (xs[j + k - 1] - xs[j], j))
    return xs[i], xs[i + k - 1]


def lane_actor(ev: EventRecord, rank: dict[str, int]) -> str | None:
    """The lane an event goes in: its agent, else its most central actor."""
    people = ev.actors_or_places  # never a weapon's lane
    if not people:
        return None
    agents = [iri for role, iri in ev.roles if role == "agent"]
    if agents:
        return min(agents, key=lambda i: rank.get(i, 1 << 30))
    return min(people, key=lambda i: rank.get(i, 1 << 30))


SCALES = (10.0, 5.0, 2.5, 1.0)  # px per hour: a day is 240, 120, 60 or 24 px at zoom 1
ASPECT = 2.0  # the width / height a timeline should have to fit a screen


def timeline_layout(projection: Projection, actor_order: list[str]) -> TimelineLayout:
    """The timeline at the scale whose shape is closest to a screen's: a long thin strip (months at
    240 px a day) fits a window only as a line; a coarser scale stacks more rows instead. The shape
    is that of the first view (the bulk of the dates, `focus`), so that one outlier a year away
    does not squash the rest."""
    best: TimelineLayout | None = None
    for px in SCALES:
        tl = timeline_at_scale(projection, actor_order, px)
        if best is None or abs(math.log((tl.focus_width + 1) / (tl.height + 1) / ASPECT)) < abs(
            math.log((best.focus_width + 1) / (best.height + 1) / ASPECT)
        ):
            best = tl
    assert best is not None
    return best


def timeline_at_scale(projection: Projection, actor_order: list[str], px_per_hour: float) -> TimelineLayout:
    """Events by date along x, one lane per actor (in `actor_order`) along y."""
    rank = {iri: i for i, iri in enumerate(actor_order)}
    dated = [(ev, ev.start) for ev in projection.events if ev.start]
    origin = min((start for _, start in dated), default=None)
    span_end: dict[str, float] = {}
    for ev, start in dated:
        if ev.end and origin and (ev.end - start).total_seconds() > SPAN_MIN_HOURS * 3600:
            span_end[ev.iri] = _x_of(ev.end, origin, px_per_hour)
    starts = sorted(_x_of(start, origin, px_per_hour) for _, start in dated) if origin else []
    last_x = max([*starts, *span_end.values()], default=0.0)
    undated_x = last_x + EVENT_SLOT * 3 if len(dated) < len(projection.events) else None
    focus = densest_window(starts)
    lanes_events: dict[str | None, list[tuple[float, EventRecord]]] = defaultdict(list)
    undated_count: dict[str | None, int] = defaultdict(int)
    lane_of: dict[str, str | None] = {}
    for ev in projection.events:
        lane = lane_actor(ev, rank)
        lane_of[ev.iri] = lane
        if ev.start and origin:
            x = _x_of(ev.start, origin, px_per_hour)
        else:
            x = (undated_x or 0.0) + undated_count[lane] * EVENT_SLOT
            undated_count[lane] += 1
        lanes_events[lane].append((x, ev))
    order: list[str | None] = [a for a in actor_order if a in lanes_events]
    order += [a for a in lanes_events if a not in rank and a]
    if None in lanes_events:
        order.append(None)
    positions: dict[str, tuple[float, float]] = {}
    lanes: list[tuple[str | None, float, float]] = []
    y = 0.0
    for lane in order:
        items = sorted(lanes_events[lane], key=lambda t: t[0])
        rows = assign_rows([x for x, _ in items], ends=[span_end.get(ev.iri, x) for x, ev in items])
        for (x, ev), row in zip(items, rows, strict=True):
            positions[ev.iri] = (x, y + ROW_HEIGHT / 2 + row * ROW_HEIGHT)
        height = (max(rows, default=0) + 1) * ROW_HEIGHT
        lanes.append((lane, y, y + height))
        y += height + LANE_GAP
    return TimelineLayout(positions, lanes, lane_of, origin, undated_x, px_per_hour, span_end, focus)

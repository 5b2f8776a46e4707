"""Layouts computed at build time, so the browser opens a large graph without running physics.

- `graph_layout`: the actor graph first (a spring layout of the actors that interact, run per
  Louvain community and placed community by community), then each event next to its actors, on a
  small spiral ordered by date so that events of the same actors do not pile up; an event with no
  known entity goes on a spiral around its article's other events (not in a strip of its own).
- for the timeline (drawn by vis-timeline, which stacks items itself): `lane_actor`, the actor whose
  group an event goes in, and `densest_window`, the shortest stretch holding 80% of the dates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable

import networkx as nx

from kg.analysis import EventRecord, Projection, ordered_subgraph

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
NODE_SPACING = 36.0  # canvas pixels between neighbouring nodes
CELL = NODE_SPACING / 2  # two events never share a cell of this size

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
        sub = ordered_subgraph(actor_graph, interacting)
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
        sub = ordered_subgraph(actor_graph, group)
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


def densest_window(xs: list[float], share: float = FOCUS_SHARE) -> tuple[float, float] | None:
    """The shortest [x0, x1] holding `share` of the sorted values xs: where the first view opens, so
    that a lone event a year before or months after the rest does not squash them into a few pixels."""
    if not xs:
        return None
    k = max(1, math.ceil(share * len(xs)))
    i = min(range(len(xs) - k + 1), key=lambda j: (xs[j + k - 1] - xs[j], j))
    return xs[i], xs[i + k - 1]


def lane_actor(ev: EventRecord, rank: dict[str, int], kind: Callable[[str], str] | None = None) -> str | None:
    """The lane an event goes in: its agent, else its most central actor; a person or organisation before a place
    (`kind` gives an entity's type): "Kobakhidze met Aliyev" goes in a leader's lane, not in that of the country
    the meeting's participants are affiliated with, however central the country is."""
    people = ev.actors_or_places  # never a weapon's lane
    if not people:
        return None

    def key(i: str) -> tuple[bool, int]:
        return (kind is not None and kind(i) == "place", rank.get(i, 1 << 30))

    agents = [iri for role, iri in ev.roles if role == "agent"]
    return min(agents or people, key=key)

"""The timeline view's data, for vis-timeline (assets/timeline.js): one group per actor (the lane of an
event is its agent, else its most central actor; never a weapon or a law), nested under a collapsible
group per kind of actor; the window the page opens on; the undated events.

Day (and time) events are points; events known only to the week, month or year are ranges over their
interval; an event dated only "on or before" a moment (the publication, or the event it belongs to) is a
point at that moment, labelled so. Events with no time at all are listed apart. The first window shows
every dated event when they fit (at most `ITEM_BUDGET` of them, and the whole span at most `FIT_RATIO`
times the densest stretch holding 80% of them), else the densest stretch (holding 80% of them, or
`ITEM_BUDGET` if fewer): one event a year away does not squash the story into a few pixels, and 5,000
events do not open as an unreadable wall.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from kg.views.layout import densest_window
from kg.views.model import ENTITY_COLORS, ViewModel, ms

FIT_RATIO = 4.0
# at most this many events in the first window: more are unreadable at once (and slow to lay out)
ITEM_BUDGET = 300
DAY_MS = 86_400_000
KIND_GROUPS = (
    ("person", "People"),
    ("organization", "Organisations"),
    ("group", "Groups"),
    ("place", "Places"),
    ("other", "Others"),
)
NO_ACTOR = "lane:none"


def default_window(starts: list[int], ends: list[int], budget: int = ITEM_BUDGET) -> tuple[int, int] | None:
    """[start, end] in ms of the first view (see the module docstring), padded a little each side."""
    if not starts:
        return None
    xs = sorted(float(s) for s in starts)
    lo, hi = float(min(starts)), float(max(ends or starts))
    share = min(0.8, budget / len(xs))
    dense = densest_window(xs, share) or (lo, hi)
    if len(xs) > budget or hi - lo > FIT_RATIO * max(dense[1] - dense[0], DAY_MS):
        lo, hi = dense
    pad = max((hi - lo) * 0.04, DAY_MS / 2)
    return int(lo - pad), int(hi + pad)


def timeline_data(vm: ViewModel) -> dict[str, Any]:
    """Groups (kinds with their actors nested, in rank order), the first window, the undated events."""
    lanes = Counter(vm.lane(ev) for ev in vm.p.events)
    asserted = Counter(vm.lane(ev) for ev in vm.asserted.events)
    actors = [iri for iri in vm.rank_order if iri in lanes]
    actors += sorted((iri for iri in lanes if iri and iri not in vm.rank), key=lambda i: vm.names.get(i, i))
    groups: list[dict[str, Any]] = []
    for kind, title in KIND_GROUPS:
        members = [iri for iri in actors if (vm.kind(iri) if vm.kind(iri) in dict(KIND_GROUPS) else "other") == kind]
        if not members:
            continue
        groups.append({"id": f"kind:{kind}", "name": title, "kind": kind, "nested": members, "order": len(groups)})
        for iri in members:
            groups.append(
                {
                    "id": iri,
                    "name": vm.names.get(iri, iri),
                    "kind": vm.kind(iri),
                    "color": ENTITY_COLORS.get(vm.kind(iri), ENTITY_COLORS["other"]),
                    "count": asserted.get(iri, 0),
                    "all": lanes[iri],
                    "order": len(groups),
                    "parent": f"kind:{kind}",
                }
            )
    if None in lanes:
        groups.append(
            {"id": NO_ACTOR, "name": "(no actor)", "kind": "none", "color": "#999999", "count": asserted.get(None, 0),
             "all": lanes[None], "order": len(groups)}  # fmt: skip
        )
    # where each event is drawn: its start, or the latest moment of one dated "on or before"
    dated = [ev for ev in vm.asserted.events if ev.start or ev.end] or [e for e in vm.p.events if e.start or e.end]
    window = default_window(
        [ms(ev.start or ev.end) or 0 for ev in dated], [ms(ev.end or ev.start) or 0 for ev in dated]
    )
    return {
        "groups": groups,
        "window": list(window) if window else None,
        "undated": [ev.iri for ev in vm.p.events if ev.start is None and ev.end is None],
        "noActor": NO_ACTOR,
    }

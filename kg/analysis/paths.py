"""Time-respecting paths: how news could flow from one actor to another along events in non-decreasing time.

networkx has no temporal paths: `earliest_arrival` is an earliest-arrival search over time-sorted
contacts, where a path's edges have non-decreasing times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kg.analysis.projection import EventRecord, Projection


@dataclass(frozen=True)
class Contact:
    """Information could pass from `source` to `target` at `time`, through `event`."""

    time: datetime
    source: str
    target: str
    event: str


def contacts(events: Iterable[EventRecord]) -> list[Contact]:
    """Both directions of every pair of actors in a dated event, sorted by time."""
    out = []
    for ev in events:
        if ev.start is None:
            continue
        people = ev.actors
        for u in people:
            for v in people:
                if u != v:
                    out.append(Contact(ev.start, u, v, ev.iri))
    return sorted(out, key=lambda c: (c.time, c.source, c.target, c.event))


def earliest_arrival(
    contact_list: list[Contact], source: str, not_before: datetime | None = None
) -> dict[str, tuple[datetime, Contact | None]]:
    """Earliest time each actor can be reached from `source` along contacts of non-decreasing time.

    One pass over time-sorted contacts: the first time a contact leaves a reached actor toward an
    unreached one is that actor's earliest arrival. Contacts at the same time may chain in any
    order (A met B and B called C on the same day), so each group of equal times is relaxed until
    nothing changes. Returns {actor: (arrival time, the contact that reached it)}.
    """
    start = not_before or datetime.min
    reached: dict[str, tuple[datetime, Contact | None]] = {source: (start, None)}
    i, n = 0, len(contact_list)
    while i < n:
        j = i
        while j < n and contact_list[j].time == contact_list[i].time:
            j += 1
        group = contact_list[i:j]
        changed = True
        while changed:
            changed = False
            for c in group:
                if c.source in reached and c.target not in reached and reached[c.source][0] <= c.time:
                    reached[c.target] = (c.time, c)
                    changed = True
        i = j
    return reached


def temporal_path(projection: Projection, source: str, target: str) -> list[Contact] | None:
    """The contacts of an earliest-arriving time-respecting path from source to target, or None."""
    reached = earliest_arrival(contacts(projection.events), source)
    if target not in reached:
        return None
    path: list[Contact] = []
    node = target
    while node != source:
        _, c = reached[node]
        assert c is not None
        path.append(c)
        node = c.source
    return path[::-1]


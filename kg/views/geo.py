"""The map view's data (assets/map.js): the places of the graph that GeoNames located (geo:lat, geo:long),
each with the events it takes part in (as the place, the target, ...), drawn over Natural Earth's
country outlines (world-atlas, vendored: no tiles, no network). Places with events but no coordinates
are listed beside the map."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.views.model import ViewModel


def map_data(vm: ViewModel) -> dict[str, Any]:
    """{"places": [{id, name, lat, lon, country, events}], "unplaced": [{id, name, events}]}, most events first."""
    events_of: dict[str, list[str]] = defaultdict(list)
    for ev in vm.p.events:
        for iri in ev.entities:
            events_of[iri].append(ev.iri)
    places, unplaced = [], []
    for iri, a in vm.p.actors.items():
        if a.type != "place":
            continue
        row = {"id": iri, "name": a.name, "events": events_of.get(iri, [])}
        if a.latitude is not None and a.longitude is not None:
            places.append({**row, "lat": a.latitude, "lon": a.longitude, "country": a.country})
        elif row["events"]:
            unplaced.append(row)
    def order(row: dict[str, Any]) -> tuple[int, str]:
        return -len(row["events"]), row["name"]

    return {"places": sorted(places, key=order), "unplaced": sorted(unplaced, key=order)}

"""Exports: every way kg's graph leaves kg for another tool, in one place.

- `store`: a store's dataset as RDF (TriG, N-Quads, Turtle merged, JSON-LD) or CSV of entities and
  events (`kg export`);
- `networks`: the projected actor and event graphs as GraphML, dated GEXF (Gephi) and a timeline CSV
  (`kg analyze --export`).

Every file is written atomically (`kg.atomic`).
"""

from kg.exports.networks import NETWORK_FORMATS, dated_actor_graph, dated_event_graph, export_networks, timeline_rows
from kg.exports.store import STORE_FORMATS, export_store, format_for_path

__all__ = [
    "NETWORK_FORMATS",
    "STORE_FORMATS",
    "dated_actor_graph",
    "dated_event_graph",
    "export_networks",
    "export_store",
    "format_for_path",
    "timeline_rows",
]

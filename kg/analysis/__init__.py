"""Analysis: the RDF graph projected to networkx once, and what is measured on it.

- `projection`: `project(dataset)` reads the store into actors, events and two graphs (actor → event,
  actor — actor); `project(dataset, ASSERTED_ONLY)` (or `with_modalities`) keeps only the events the
  articles report as having happened, leaving negated, planned and hypothetical ones out;
- `measures`: centralities and communities on the actor graph, the busiest days, an actor's timeline;
- `paths`: time-respecting paths (how news could flow from A to B along events in time order);
- `report`: `analyze(...)`, what `kg analyze` prints or returns as JSON.

Reads datasets from `kg.store`; gives projections to `kg.views` and `kg.exports`.
"""

from kg.analysis.measures import actor_timeline, busiest_days, centralities, communities, ordered_subgraph
from kg.analysis.paths import Contact, contacts, earliest_arrival, temporal_path
from kg.analysis.projection import (
    ACTOR_ROLES,
    ASSERTED_ONLY,
    MODALITIES,
    Actor,
    ArticleRecord,
    EventRecord,
    Projection,
    build_actor_graph,
    build_event_graph,
    event_sort_key,
    load_actors,
    load_articles,
    load_events,
    parse_moment,
    project,
    with_modalities,
)
from kg.analysis.report import ActorNotFound, analyze, find_actor, format_report

__all__ = [
    "ACTOR_ROLES",
    "ASSERTED_ONLY",
    "MODALITIES",
    "Actor",
    "ActorNotFound",
    "ArticleRecord",
    "Contact",
    "EventRecord",
    "Projection",
    "actor_timeline",
    "analyze",
    "build_actor_graph",
    "build_event_graph",
    "busiest_days",
    "centralities",
    "communities",
    "contacts",
    "earliest_arrival",
    "event_sort_key",
    "find_actor",
    "ordered_subgraph",
    "format_report",
    "load_actors",
    "load_articles",
    "load_events",
    "parse_moment",
    "project",
    "temporal_path",
    "with_modalities",
]

"""The store: where triples live, behind one interface, and the graph files a build writes.

- `base`: the back-end protocol every store speaks (select, ask, update, write graphs) and its errors;
- `kgstore`: `KgStore`, kg's view of any back-end (articles, their named graphs, cross-article links)
  and `open_store`, which picks the back-end from the location;
- `local`: the embedded Oxigraph store, in memory or on disk (the default);
- `remote`: a SPARQL 1.1 Protocol / Graph Store Protocol server (Oxigraph, Fuseki, GraphDB);
- `indexes`: the cross-article indexes: near-duplicate articles (MinHash) and same-event candidates;
- `files`: graph files (TriG, Turtle, N-Quads, JSON-LD) read into or written from a dataset;
- `explain`: why an event was linked to reports in other articles; which rule merged an entity's names.

Takes quads from `kg.rdf`; gives datasets to `kg.query`, `kg.analysis`, `kg.views` and `kg.exports`.
"""

from kg.store.base import GraphFileError, StoreError
from kg.store.explain import EntityNotFound, EventNotFound, explain_entity, explain_event
from kg.store.files import (
    FORMATS,
    add_facts,
    count_entities,
    merged_triples,
    new_dataset,
    open_graph,
    write_graph,
    write_graphs,
)
from kg.store.indexes import sketches_of
from kg.store.kgstore import DEFAULT_STORE, KgStore, interrupts_deferred, open_store
from kg.store.local import LocalBackend, add_entity_descriptions, settle_entity_labels

__all__ = [
    "DEFAULT_STORE",
    "FORMATS",
    "EventNotFound",
    "GraphFileError",
    "KgStore",
    "LocalBackend",
    "StoreError",
    "add_entity_descriptions",
    "add_facts",
    "count_entities",
    "EntityNotFound",
    "explain_entity",
    "explain_event",
    "interrupts_deferred",
    "merged_triples",
    "new_dataset",
    "open_graph",
    "open_store",
    "settle_entity_labels",
    "sketches_of",
    "write_graph",
    "write_graphs",
]

"""The embedded store: a pyoxigraph `Store`, in memory or on disk (RocksDB), as a kg store back-end.

Besides the back-end itself, the index-lookup helpers that keep the shared entities graph in step with
the articles (one label per entity; an entity no article mentions loses its description), and event
sketches read by direct lookups for the same-event index.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.rdf import ENTITIES_GRAPH, PREFIXES, RDFS_LABEL, one_label_per_entity
from kg.store.base import (
    ACTOR_ROLES,
    CONTENT_HASH,
    KG_DATE,
    KG_ENTITY,
    KG_EVENT_TYPE,
    KG_HAS_ARGUMENT,
    KG_HAS_TIME,
    KG_ROLE,
    MENTIONED_IN,
    term_value,
)
from kg.store.indexes import EventSketch

# RocksDB keeps transactional writes in memtables, one per column family (Oxigraph has about ten), each
# up to 64 MiB: a build's RSS grew past 1.2 GiB from them when articles were written in transactions.
# Article triples now go through the bulk loader; what still goes through transactions (removals,
# completion marks, links) is flushed to disk every this many quads.
FLUSH_QUADS = 250_000


class LocalBackend:
    """A pyoxigraph Store, in memory or on disk."""

    def __init__(self, dataset: ox.Store, location: str, read_only: bool = False) -> None:
        self.dataset = dataset
        self.location = location
        self.read_only = read_only
        self._unflushed = 0  # quads written since the last flush of the memtables to disk

    def select(self, sparql: str) -> list[dict[str, str]]:
        answer = self.dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        names = [v.value for v in answer.variables]  # type: ignore[union-attr]
        return [{n: row[n].value for n in names if row[n] is not None} for row in answer]  # type: ignore[union-attr]

    def ask(self, sparql: str) -> bool:
        return bool(self.dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True))

    def update(self, sparql: str) -> None:
        self.dataset.update(sparql, prefixes=PREFIXES)

    def write_graphs(self, items: list[tuple[ox.NamedNode, list[ox.Quad], bool]], entity_quads: list[ox.Quad]) -> None:
        """Several articles' graphs: old versions removed, then the new quads; and the descriptions of
        their entities (`entity_quads`, in the entities graph) with one label per entity.

        In memory: one transaction. On disk: the articles' triples go through Oxigraph's bulk loader
        (sorted files ingested straight into RocksDB: ~3x faster than a transaction, and nothing piles
        up in the memtables), and each article's `kg:contentHash`, the mark `article_states` needs to
        call an article complete, is written last in one transaction. A write cut short (a crash, a
        full disk) leaves articles without that mark: the next build sees them as absent and writes
        them again, replacing whatever part of them got in. Entity descriptions go in with the
        articles' triples (inserting one that is already there is a no-op); an entity only the removed
        versions mentioned loses its description after the write.
        """
        on_disk = self.location != ":memory:"
        unmentioned: set[ox.NamedNode] = set()
        for graph, _, replace in items:
            if replace or (on_disk and self.dataset.contains_named_graph(graph)):
                unmentioned |= mentioned_entities(self.dataset, graph)
                self.dataset.remove_graph(graph)
        add = entity_changes(self.dataset, entity_quads)
        if not on_disk:
            self.dataset.extend([q for _, quads, _ in items for q in quads] + add)
        else:
            marks = [q for _, quads, _ in items for q in quads if q.predicate == CONTENT_HASH]
            self.dataset.bulk_extend([q for _, quads, _ in items for q in quads if q.predicate != CONTENT_HASH] + add)
            self.dataset.extend(marks)
            self._unflushed += len(marks) + len(items)
            if self._unflushed >= FLUSH_QUADS:
                self.dataset.flush()
                self._unflushed = 0
        if unmentioned:
            drop_unmentioned_entities(self.dataset, unmentioned)

    def remove_graph(self, graph: ox.NamedNode) -> None:
        unmentioned = mentioned_entities(self.dataset, graph)
        self.dataset.remove_graph(graph)
        drop_unmentioned_entities(self.dataset, unmentioned)

    def close(self) -> None:
        """Flush, and drop this backend's handle so the database lock goes with the last reference."""
        if self.location != ":memory:" and not self.read_only and self.dataset is not None:
            self.dataset.flush()
        if self.location != ":memory:":
            self.dataset = None  # type: ignore[assignment]


def mentioned_entities(dataset: ox.Store, graph: ox.NamedNode) -> set[ox.NamedNode]:
    """The entities an article graph says are mentioned in it (`kg:mentionedIn`)."""
    return {q.subject for q in dataset.quads_for_pattern(None, MENTIONED_IN, None, graph)}  # type: ignore[misc]


def entity_changes(dataset: ox.Store, entity_quads: list[ox.Quad]) -> list[ox.Quad]:
    """Settle new entity descriptions against the dataset: removes the labels they replace (now alt
    labels), and returns the quads to add (`kg.rdf.one_label_per_entity`). Index lookups, no SPARQL."""
    stored: dict[ox.NamedNode, list[str]] = {}
    for node in {q.subject for q in entity_quads if q.predicate == RDFS_LABEL}:
        labels = [term_value(q.object) for q in dataset.quads_for_pattern(node, RDFS_LABEL, None, ENTITIES_GRAPH)]
        if labels:
            stored[node] = labels  # type: ignore[index]
    add, remove = one_label_per_entity(entity_quads, stored)
    for q in remove:
        dataset.remove(q)
    return add


def add_entity_descriptions(dataset: ox.Store, entity_quads: list[ox.Quad]) -> None:
    """Add entity descriptions to a dataset, one label per entity."""
    dataset.extend(entity_changes(dataset, entity_quads))


def drop_unmentioned_entities(dataset: ox.Store, candidates: set[ox.NamedNode]) -> int:
    """Remove the description of each candidate entity no article mentions any more (and the
    affiliations other entities have with it: they came from an article that mentioned it). The number
    of entities dropped."""
    dropped = 0
    for node in candidates:
        if next(dataset.quads_for_pattern(node, MENTIONED_IN, None, None), None) is not None:
            continue
        dropped += 1
        gone = [*dataset.quads_for_pattern(node, None, None, ENTITIES_GRAPH)]
        gone += dataset.quads_for_pattern(None, None, node, ENTITIES_GRAPH)
        for q in gone:
            dataset.remove(q)
    return dropped


def settle_entity_labels(dataset: ox.Store) -> int:
    """Give every entity one label where several were written independently (N-Quads partitions
    loaded together): the fullest stays, the others become alt labels. The number of entities fixed."""
    labels: dict[ox.NamedNode, list[str]] = {}
    for q in dataset.quads_for_pattern(None, RDFS_LABEL, None, ENTITIES_GRAPH):
        labels.setdefault(q.subject, []).append(term_value(q.object))  # type: ignore[arg-type]
    several = {node: sorted(names) for node, names in labels.items() if len(names) > 1}
    for node, names in several.items():
        new = [ox.Quad(node, RDFS_LABEL, ox.Literal(n), ENTITIES_GRAPH) for n in names]
        for q in new:
            dataset.remove(q)
        dataset.extend(one_label_per_entity(new, {})[0])
    return len(several)



def is_store_dir(path: Path) -> bool:
    """An Oxigraph (RocksDB) store directory."""
    return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))



def local_sketches(dataset: ox.Store, iris: list[str]) -> dict[str, EventSketch]:
    """Event sketches by direct index lookups (Oxigraph's SPARQL would scan every event for VALUES joins)."""
    out: dict[str, EventSketch] = {}
    for iri in iris:
        node = ox.NamedNode(iri)
        sk: EventSketch | None = None
        args: list[ox.NamedNode] = []
        time_nodes: list[ox.NamedNode] = []
        for q in dataset.quads_for_pattern(node, None, None, None):
            p = q.predicate.value
            if sk is None:
                sk = EventSketch(iri=iri, type="", article=q.graph_name.value)  # type: ignore[union-attr]
            if p == KG_EVENT_TYPE.value:
                sk.type = term_value(q.object).rsplit("/", 1)[-1]
            elif p == KG_DATE.value:
                sk.date = term_value(q.object)
            elif p == KG_HAS_ARGUMENT.value:
                args.append(q.object)  # type: ignore[arg-type]
            elif p == KG_HAS_TIME.value:
                time_nodes.append(q.object)  # type: ignore[arg-type]
        if sk is None or not sk.type:
            continue
        for t in time_nodes:
            for q in dataset.quads_for_pattern(t, None, None, None):
                if q.predicate.value.endswith("hasEarliestBeginTimeStamp"):
                    sk.earliest = term_value(q.object)
                elif q.predicate.value.endswith("hasLatestEndTimeStamp"):
                    sk.latest = term_value(q.object)
        for arg in args:
            role = ent = None
            for q in dataset.quads_for_pattern(arg, None, None, None):
                if q.predicate.value == KG_ROLE.value:
                    role = term_value(q.object)
                elif q.predicate.value == KG_ENTITY.value:
                    ent = term_value(q.object)
            if ent and role in ACTOR_ROLES:
                sk.actors.add(ent)
            elif ent and role == "place":
                sk.places.add(ent)
        out[iri] = sk
    return out


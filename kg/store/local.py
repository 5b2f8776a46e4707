"""The embedded store: a pyoxigraph `Store`, in memory or on disk (RocksDB), as a kg store back-end.

Besides the back-end itself, the index-lookup helpers that keep the shared entities graph in step with
the articles (one label per entity; an entity no article mentions loses its description), and event
sketches read by direct lookups for the same-event index.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.atomic import crash_point
from kg.rdf import DATA_BASE, ENTITIES_GRAPH, PREFIXES, RDF_TYPE, RDFS_LABEL, one_label_per_entity
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
    GraphWrite,
    term_value,
)
from kg.store.indexes import EventSketch
from kg.store.memory import map_large_blocks, release_free_memory

# RocksDB keeps transactional writes in memtables, one per column family (Oxigraph has about ten), each
# up to 64 MiB: a build's RSS grew past 1.2 GiB from them when articles were written in transactions.
# Article triples now go through the bulk loader; what still goes through transactions (removals,
# completion marks, links) is flushed to disk every this many quads.
FLUSH_QUADS = 250_000
# N-Quads bytes per call of the bulk loader, which sorts what it is given in memory (~850 MB for a million
# quads, the triples of one 1 MB article; kg's lines are ~200 bytes). A batch of 256 replayed articles is
# ~50 MB: in parts of 40 MB the loader rose ~150 MiB over the RSS before it, the top of a build's saw;
# in parts of 8 MB (~40,000 quads) ~30 (BENCHMARKS.md, "Flat memory, fourth round").
BULK_BYTES = 8_000_000
# Each bulk load ingests its own sorted files into RocksDB, and a lookup seeks every file whose keys
# overlap: at 5M triples an event's triples cost 3x the CPU before the files are compacted
# (BENCHMARKS.md, "per-event summaries"). A store closed after this many bulk-loaded quads is compacted
# (`Store.optimize`, ~30 s for 5M triples); smaller incremental writes leave it to RocksDB.
OPTIMIZE_AFTER_QUADS = 100_000
# On-disk writes (a build's batches) between two reopenings of the store. RocksDB's block caches (Oxigraph
# gives its string table one of 128 MiB, the other tables share one) fill as a build reads back labels,
# entities and events from a growing store, and the table readers of every file it has read stay loaded:
# reopening the store empties them, so what a build holds is what its last few batches read.
REOPEN_WRITES = 8


class LocalBackend:
    """A pyoxigraph Store, in memory or on disk."""

    def __init__(self, dataset: ox.Store, location: str, read_only: bool = False) -> None:
        self.dataset = dataset
        self.location = location
        self.read_only = read_only
        self._unflushed = 0  # quads written since the last flush of the memtables to disk
        self._bulk_loaded = 0  # quads bulk-loaded since the store was opened (compacted on close)
        self._writes = 0  # on-disk writes since the store was (re)opened
        self.reopen_writes = reopen_writes()
        self.reopens = 0  # times reopened (a build's caches emptied)
        if self.on_disk and not read_only:
            map_large_blocks()  # a writer's large temporary buffers go back to the system when freed

    @property
    def on_disk(self) -> bool:
        return self.location != ":memory:"

    def select(self, sparql: str) -> list[dict[str, str]]:
        answer = self.dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        names = [v.value for v in answer.variables]  # type: ignore[union-attr]
        return [{n: row[n].value for n in names if row[n] is not None} for row in answer]  # type: ignore[union-attr]

    def ask(self, sparql: str) -> bool:
        return bool(self.dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True))

    def update(self, sparql: str) -> None:
        self.dataset.update(sparql, prefixes=PREFIXES)

    def write_graphs(self, items: list[GraphWrite], entity_quads: list[ox.Quad]) -> None:
        """Several articles' graphs, written as one unit: all of them or none (on disk, after a crash,
        the next open removes what got in: `recover`).

        Old versions are removed with the links other articles hold to their events; then the new
        quads; and the descriptions of their entities (`entity_quads`, in the entities graph) with one
        label per entity, an entity only the removed versions mentioned losing its description.

        On disk, in four steps (`JOURNAL` names the graphs first): (1) one transaction drops the old
        versions; (2) the articles' triples go through Oxigraph's bulk loader (sorted files ingested
        straight into RocksDB: ~3x faster than a transaction, and nothing piles up in memory); (3) one
        transaction writes every change to the entities graph and each article's `kg:contentHash`, the
        mark of a complete article; (4) the journal goes. A graph the journal names that has no mark
        is a write cut short. In memory: one transaction.
        """
        existing = [w.graph for w in items if w.replace or self.dataset.contains_named_graph(w.graph)]
        candidates: set[ox.NamedNode] = set()
        for graph in existing:
            candidates |= mentioned_entities(self.dataset, graph)
        add, remove = settled_entity_quads(self.dataset, entity_quads)
        marks = [w.mark for w in items]
        if self.on_disk:
            write_journal(Path(self.location), [w.graph for w in items])
            crash_point("store.journal-written")
        drops = [unlink_inbound_update(g.value, keep_duplicates=True) for g in existing]
        drops += [f"DROP SILENT GRAPH <{g.value}>" for g in existing]
        if drops:
            self.dataset.update(" ;\n".join(drops), prefixes=PREFIXES)
        crash_point("store.old-versions-removed")
        # Lenient: the lines are kg's own (kg.rdf.ntriples: every IRI in them was checked by ox.NamedNode when
        # it was made), so the loader need not check each IRI again (~8 % of its time).
        if self.on_disk:
            for part in nquads_parts((w.nquads for w in items), BULK_BYTES):  # the loader's memory grows with
                self.dataset.bulk_load(part, format=ox.RdfFormat.N_QUADS, lenient=True)  # what it sorts
            self._bulk_loaded += sum(w.nquads.count(b"\n") for w in items)  # one quad a line
        else:
            triples = b"".join(w.nquads for w in items)
            self.dataset.load(triples, format=ox.RdfFormat.N_QUADS, lenient=True)  # one transaction
        crash_point("store.triples-written")
        new_mentions = {node for w in items for node in w.mentioned}
        remove += unmentioned_descriptions(self.dataset, candidates - new_mentions)
        self.dataset.update(data_update(remove, add + marks))
        crash_point("store.committed")
        if self.on_disk:
            clear_journal(Path(self.location))
            self._unflushed += len(add) + len(marks) + len(remove)
            if self._unflushed >= FLUSH_QUADS:
                self.dataset.flush()
                self._unflushed = 0
            self._writes += 1
            if self.reopen_writes and self._writes >= self.reopen_writes:
                self.reopen()
            release_free_memory()  # what the loader and the updates freed: else RSS grows batch by batch

    def reopen(self) -> bool:
        """Close the on-disk store and open it again (its caches emptied), unless something else holds the
        Store (a query's results, a caller's `.dataset`): closing would not release the database then,
        and the next write tries again. True when reopened."""
        if not self.on_disk or self.read_only or sys.getrefcount(self.dataset) > 2:  # this and the argument
            return False
        self.dataset.flush()
        self._unflushed = 0
        self.dataset = None  # type: ignore[assignment]  # the last reference: RocksDB closes, its lock goes
        self.dataset = ox.Store(self.location)
        self._writes = 0
        self.reopens += 1
        return True

    def remove_graph(self, graph: ox.NamedNode) -> None:
        unmentioned = mentioned_entities(self.dataset, graph)
        self.dataset.remove_graph(graph)
        drop_unmentioned_entities(self.dataset, unmentioned)

    def recover(self) -> int:
        """Remove what a write of kg's cut short (a crash, a kill, a full disk) left: the graphs its journal
        names that are article graphs (under kg's graph prefix) and have no completion mark, with the links
        other articles hold to them, and the descriptions of entities no article mentions any more. Only
        what kg journalled goes: with no journal nothing is removed, so a store of an older kg or of
        another program (its own named graphs, an unmarked graph under kg's prefix) keeps every quad;
        `kg ls` and `kg stats` count only marked articles. The number of article graphs removed. On disk
        and writable only."""
        if not self.on_disk or self.read_only:
            return 0
        root = Path(self.location)
        journal = read_journal(root)
        if journal is None:
            return 0
        incomplete = [
            g
            for g in journal
            if g.value.startswith(GRAPH_PREFIX)
            and self.dataset.contains_named_graph(g)
            and not is_complete(self.dataset, g)
        ]
        for graph in incomplete:
            self.dataset.update(unlink_inbound_update(graph.value, keep_duplicates=False), prefixes=PREFIXES)
            self.dataset.remove_graph(graph)
        described = {q.subject for q in self.dataset.quads_for_pattern(None, RDF_TYPE, None, ENTITIES_GRAPH)}
        drop_unmentioned_entities(self.dataset, described)  # type: ignore[arg-type]
        self.dataset.flush()
        clear_journal(root)
        return len(incomplete)

    def close(self) -> None:
        """Flush (and compact after a large bulk write: `OPTIMIZE_AFTER_QUADS`), and drop this backend's
        handle so the database lock goes with the last reference."""
        if self.on_disk and not self.read_only and self.dataset is not None:
            self.dataset.flush()
            if self._bulk_loaded >= OPTIMIZE_AFTER_QUADS:
                self.dataset.optimize()
                self._bulk_loaded = 0
        if self.on_disk:
            self.dataset = None  # type: ignore[assignment]


def reopen_writes() -> int:
    """Writes between reopenings: `KG_STORE_REOPEN_WRITES` in the environment (0: never), else the default."""
    try:
        return max(0, int(os.environ.get("KG_STORE_REOPEN_WRITES", REOPEN_WRITES)))
    except ValueError:
        return REOPEN_WRITES


# --- the journal of a write in progress, and what a complete article is -------------------------------

JOURNAL = "kg-journal.json"  # the graphs a write in progress is writing (in the store directory)
LAYOUT_FILE = "kg-store.json"  # written in a store kg creates: which journal and completion mark it keeps
GRAPH_PREFIX = f"{DATA_BASE}graph/"


def write_journal(root: Path, graphs: list[ox.NamedNode]) -> None:
    """Name the graphs about to be written, durably, before any of them is touched."""
    tmp = root / f"{JOURNAL}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"writing": [g.value for g in graphs]}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / JOURNAL)


def read_journal(root: Path) -> list[ox.NamedNode] | None:
    """The graphs a write cut short was writing, or None when no write was in progress. The journal is
    replaced whole (written, synced, renamed), so an unreadable one was not written by kg: it names
    nothing."""
    path = root / JOURNAL
    (root / f"{JOURNAL}.tmp").unlink(missing_ok=True)  # a journal cut short: nothing was touched yet
    if not path.is_file():
        return None
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["writing"]
        return [ox.NamedNode(n) for n in names if isinstance(n, str)]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def clear_journal(root: Path) -> None:
    (root / JOURNAL).unlink(missing_ok=True)


def write_layout(root: Path) -> None:
    path = root / LAYOUT_FILE
    if not path.is_file():
        path.write_text(json.dumps({"journal": JOURNAL, "complete_mark": CONTENT_HASH.value}) + "\n", encoding="utf-8")


def article_graphs(dataset: ox.Store) -> list[ox.NamedNode]:
    return [g for g in dataset.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_PREFIX)]


def is_complete(dataset: ox.Store, graph: ox.NamedNode) -> bool:
    """An article graph with its `kg:contentHash`, the mark written last, with the entities it mentions."""
    return next(dataset.quads_for_pattern(None, CONTENT_HASH, None, graph), None) is not None


def unlink_inbound_update(graph: str, keep_duplicates: bool) -> str:
    """SPARQL Update dropping the same-event links (and unless `keep_duplicates`, the `kg:duplicateOf`
    marks) that other articles hold about the events of the article graph `graph`."""
    links = f"""DELETE {{ GRAPH ?g {{ ?x kg:sameEventAs ?e . ?e kg:sameEventAs ?x }} }}
        WHERE {{ GRAPH <{graph}> {{ ?e a kg:Event }} GRAPH ?g {{ ?x kg:sameEventAs ?e }} FILTER(?g != <{graph}>) }}"""
    if keep_duplicates:
        return links
    return (
        links
        + f""" ;
        DELETE {{ GRAPH ?g {{ ?x kg:duplicateOf ?a }} }}
        WHERE {{ GRAPH <{graph}> {{ ?a a kg:Article }} GRAPH ?g {{ ?x kg:duplicateOf ?a }} FILTER(?g != <{graph}>) }}"""
    )


def nquads_parts(chunks: Iterable[bytes], size: int) -> Iterator[bytes]:
    """N-Quads chunks (each a whole number of lines: one article's) joined into parts of about `size` bytes,
    an article over `size` cut at line ends (a line longer than that is a part). One part at a time is
    made, beside the chunks: the loader's input is never the whole batch copied."""
    group: list[bytes] = []
    length = 0
    for chunk in chunks:
        if group and length + len(chunk) > size:
            yield b"".join(group)
            group, length = [], 0
        if len(chunk) <= size:
            group.append(chunk)
            length += len(chunk)
            continue
        start = 0
        while len(chunk) - start > size:
            end = chunk.rfind(b"\n", start, start + size) + 1 or chunk.find(b"\n", start + size) + 1 or len(chunk)
            yield chunk[start:end]
            start = end
        if start < len(chunk):
            yield chunk[start:]
    if group:
        yield b"".join(group)


def data_update(remove: list[ox.Quad], add: list[ox.Quad]) -> str:
    """One SPARQL Update (one transaction) deleting and inserting these quads (N-Triples term syntax,
    which SPARQL reads as the same terms)."""

    def block(quads: list[ox.Quad]) -> str:
        return " ".join(f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads)

    parts = []
    if remove:
        parts.append(f"DELETE DATA {{ {block(remove)} }}")
    if add:
        parts.append(f"INSERT DATA {{ {block(add)} }}")
    return " ;\n".join(parts) or "INSERT DATA { }"


def mentioned_entities(dataset: ox.Store, graph: ox.NamedNode) -> set[ox.NamedNode]:
    """The entities an article graph says are mentioned in it (`kg:mentionedIn`)."""
    return {q.subject for q in dataset.quads_for_pattern(None, MENTIONED_IN, None, graph)}  # type: ignore[misc]


def settled_entity_quads(dataset: ox.Store, entity_quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """New entity descriptions settled against the dataset: the quads to add and the labels they replace
    (now alt labels) to remove (`kg.rdf.one_label_per_entity`). Index lookups, no SPARQL, no write."""
    stored: dict[ox.NamedNode, list[str]] = {}
    for node in {q.subject for q in entity_quads if q.predicate == RDFS_LABEL}:
        labels = [term_value(q.object) for q in dataset.quads_for_pattern(node, RDFS_LABEL, None, ENTITIES_GRAPH)]
        if labels:
            stored[node] = labels  # type: ignore[index]
    return one_label_per_entity(entity_quads, stored)


def entity_changes(dataset: ox.Store, entity_quads: list[ox.Quad]) -> list[ox.Quad]:
    """Settle new entity descriptions against the dataset: removes the labels they replace (now alt
    labels), and returns the quads to add."""
    add, remove = settled_entity_quads(dataset, entity_quads)
    for q in remove:
        dataset.remove(q)
    return add


def add_entity_descriptions(dataset: ox.Store, entity_quads: list[ox.Quad]) -> None:
    """Add entity descriptions to a dataset, one label per entity."""
    dataset.extend(entity_changes(dataset, entity_quads))


def unmentioned_descriptions(dataset: ox.Store, candidates: set[ox.NamedNode]) -> list[ox.Quad]:
    """The entities-graph quads of each candidate entity no article mentions any more: its description
    and the affiliations other entities have with it (they came from an article that mentioned it)."""
    gone: list[ox.Quad] = []
    for node in sorted(candidates, key=str):
        if next(dataset.quads_for_pattern(node, MENTIONED_IN, None, None), None) is not None:
            continue
        gone += dataset.quads_for_pattern(node, None, None, ENTITIES_GRAPH)
        gone += dataset.quads_for_pattern(None, None, node, ENTITIES_GRAPH)
    return gone


def drop_unmentioned_entities(dataset: ox.Store, candidates: set[ox.NamedNode]) -> int:
    """Remove the description of each candidate entity no article mentions any more. The number of
    quads removed."""
    gone = unmentioned_descriptions(dataset, candidates)
    for q in gone:
        dataset.remove(q)
    return len(gone)


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


def named_graph_quads(dataset: ox.Store) -> int:
    """The number of quads in named graphs (what `KgStore.count("triples")` counts): the store's size, which
    Oxigraph counts on one index without decoding a term (a SPARQL COUNT decodes every quad: 2-3x
    slower), less the default graph's quads (kg writes none)."""
    (row,) = dataset.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # the default graph alone
    return len(dataset) - int(row["n"].value)  # type: ignore[index,union-attr]


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

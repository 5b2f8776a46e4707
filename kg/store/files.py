"""Graph files: an in-memory dataset for a build, reading and writing TriG / Turtle / N-Quads / JSON-LD.

`open_graph` gives a queryable dataset from a graph file or a store directory: what query, analysis
and views read.

Writes go to a temporary file that is renamed into place, so an interrupted run never leaves a
half-written graph where a good one was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.atomic import atomic_write
from kg.facts import ArticleFacts
from kg.rdf import PREFIXES, Identities, article_quad_parts, write_jsonld
from kg.store.base import GraphFileError
from kg.store.local import add_entity_descriptions

FORMATS = {
    "trig": (ox.RdfFormat.TRIG, "graph.trig"),
    "ttl": (ox.RdfFormat.TURTLE, "graph.ttl"),
    "nq": (ox.RdfFormat.N_QUADS, "graph.nq"),
    "jsonld": (ox.RdfFormat.JSON_LD, "graph.jsonld"),
}
SUFFIX_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def new_dataset() -> ox.Store:
    """An empty in-memory dataset."""
    return ox.Store()


def add_facts(dataset: ox.Store, facts_list: Iterable[ArticleFacts], identities: Identities | None = None) -> None:
    """Add each article's named graph to the dataset, and its entities' descriptions to the entities
    graph (each once, one label per entity)."""
    entity_quads: list[ox.Quad] = []
    for facts in facts_list:
        own, entities = article_quad_parts(facts, identities)
        dataset.extend(own)
        entity_quads += entities
    add_entity_descriptions(dataset, entity_quads)


def count_entities(dataset: ox.Store) -> int:
    rows = dataset.query(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:mentionedIn ?a }",
        prefixes={"kg": PREFIXES["kg"]},
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        return int(row["n"].value)
    return 0


def _subjects_in_order(dataset: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.Triple]:
    """Every subject of the dataset once, by its N-Triples text (the order `sorted_quads` and
    `merged_triples` give)."""
    found: dict[str, ox.NamedNode | ox.BlankNode | ox.Triple] = {}
    for q in dataset:
        text = str(q.subject)
        if text not in found:
            found[text] = q.subject
    return [found[text] for text in sorted(found)]


SORT_IN_MEMORY = 250_000  # quads sorted all at once below this (~150 MB); one subject at a time above


def sorted_quads(dataset: ox.Store) -> Iterator[ox.Quad]:
    """The dataset's quads sorted by their N-Quads text. A large dataset is sorted one subject at a time:
    the same order (an IRI's text cannot contain ">", so the subject decides first) without holding every
    quad and its text (a 1 MB article makes a million quads: ~800 MB to sort at once), ~3x slower."""
    if len(dataset) <= SORT_IN_MEMORY:
        yield from sorted(dataset, key=str)
        return
    for subject in _subjects_in_order(dataset):
        yield from sorted(dataset.quads_for_pattern(subject, None, None, None), key=str)


def _triple_key(t: ox.Triple) -> tuple[str, str, str]:
    return str(t.subject), str(t.predicate), str(t.object)


def merged_triples(dataset: ox.Store) -> Iterator[ox.Triple]:
    """All graphs merged into one set of triples (duplicates across graphs collapse), sorted by subject,
    predicate and object; a large dataset one subject at a time, as `sorted_quads`."""
    if len(dataset) <= SORT_IN_MEMORY:
        yield from sorted({ox.Triple(q.subject, q.predicate, q.object) for q in dataset}, key=_triple_key)
        return
    for subject in _subjects_in_order(dataset):
        quads = dataset.quads_for_pattern(subject, None, None, None)
        yield from sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=_triple_key)


def write_graph(dataset: ox.Store, out_dir: Path, fmt: str) -> Path:
    """Write the dataset as `graph.<fmt>` in out_dir (ttl: merged; trig / nq / jsonld: named graphs)."""
    if fmt not in FORMATS:
        raise GraphFileError(f"unknown graph format {fmt!r} (choose from {', '.join(FORMATS)})")
    rdf_format, name = FORMATS[fmt]
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("owl",)}

    def write(tmp: str) -> None:
        if fmt == "ttl":
            ox.serialize(merged_triples(dataset), tmp, rdf_format, prefixes=prefixes)
        elif fmt == "trig":
            ox.serialize(sorted_quads(dataset), tmp, rdf_format, prefixes=prefixes)
        elif fmt == "jsonld":  # compacted with kg's @context
            write_jsonld(dataset, tmp)
        else:
            ox.serialize(dataset, tmp, rdf_format)

    return atomic_write(out_dir / name, write)


def open_graph(path: str | Path) -> ox.Store:
    """A queryable dataset from a graph file (TriG, Turtle, N-Quads, N-Triples, JSON-LD, RDF/XML)
    or a store directory."""
    p = Path(path)
    if p.is_dir():
        from kg.store.kgstore import open_store

        return open_store(p, create=False).dataset
    if not p.exists():
        raise GraphFileError(f"{path}: no such graph file or store directory")
    rdf_format = SUFFIX_FORMATS.get(p.suffix.lower())
    if rdf_format is None:
        raise GraphFileError(f"{path}: unknown graph format (use .trig, .ttl, .nq, .nt, .jsonld or a store directory)")
    dataset = ox.Store()
    try:
        dataset.bulk_load(path=str(p), format=rdf_format)
    except SyntaxError as exc:
        raise GraphFileError(f"{path}: not valid {rdf_format.name}: {exc}") from None
    return dataset

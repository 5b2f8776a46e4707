"""Graph files: an in-memory dataset for a build, reading and writing TriG / Turtle / N-Quads / JSON-LD.

`open_graph` gives a queryable dataset from a graph file or a store directory: what query, analysis
and views read.

Writes go to a temporary file that is renamed into place, so an interrupted run never leaves a
half-written graph where a good one was.
"""

from __future__ import annotations

import heapq
import itertools
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

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


RUN_LINES = 250_000  # lines sorted in memory at once (~100 MB); a larger graph is merged from sorted runs
PARSE_LINES = 20_000  # sorted lines parsed back to quads this many at a time


def _sorted_runs(source: BinaryIO, unique: bool, scratch: Path) -> Iterator[bytes]:
    """The lines of an N-Quads / N-Triples file, sorted (bytewise: the order of their text); runs of
    RUN_LINES lines sorted in memory and merged, so memory stays bounded however large the graph."""
    runs: list[Path] = []
    while True:
        run = list(itertools.islice(source, RUN_LINES))
        if not run:
            break
        run.sort()
        if not runs and len(run) < RUN_LINES:  # the whole graph fits in one run
            yield from _unique(run) if unique else run
            return
        runs.append(scratch / f"run-{len(runs)}.nq")
        runs[-1].write_bytes(b"".join(run))
    readers = [path.open("rb") for path in runs]
    try:
        merged = heapq.merge(*readers)
        yield from _unique(merged) if unique else merged
    finally:
        for reader in readers:
            reader.close()


def _unique(lines: Iterable[bytes]) -> Iterator[bytes]:
    previous = None
    for line in lines:
        if line != previous:
            yield line
        previous = line


def _parsed(lines: Iterable[bytes], rdf_format: ox.RdfFormat) -> Iterator:
    lines = iter(lines)
    while chunk := b"".join(itertools.islice(lines, PARSE_LINES)):
        yield from ox.parse(chunk, rdf_format)


def _sorted_terms(dump: Callable[[str], None], rdf_format: ox.RdfFormat, unique: bool) -> Iterator:
    with tempfile.TemporaryDirectory(prefix="kg-sort-") as scratch:
        lines_file = Path(scratch) / "all"
        dump(str(lines_file))
        with lines_file.open("rb") as source:
            yield from _parsed(_sorted_runs(source, unique, Path(scratch)), rdf_format)


def sorted_quads(dataset: ox.Store) -> Iterator[ox.Quad]:
    """The dataset's quads sorted by their N-Quads text (the order of `sorted(dataset, key=str)`):
    dumped as N-Quads by Oxigraph, the lines sorted as bytes, parsed back."""
    yield from _sorted_terms(lambda path: dataset.dump(path, ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS, False)


MERGED = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def merged_triples(dataset: ox.Store) -> Iterator[ox.Triple]:
    """All graphs merged into one set of triples (duplicates across graphs collapse), sorted by subject,
    predicate and object (their N-Triples text)."""

    def dump(path: str) -> None:
        result = dataset.query(MERGED, use_default_graph_as_union=True)
        assert isinstance(result, ox.QueryTriples)
        result.serialize(path, ox.RdfFormat.N_TRIPLES)

    for quad in _sorted_terms(dump, ox.RdfFormat.N_TRIPLES, True):  # (the parser gives default-graph quads)
        yield quad.triple


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
            dataset.dump(tmp, rdf_format)

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

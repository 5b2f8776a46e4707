"""Graph files: an in-memory dataset for a build, reading and writing TriG / Turtle / N-Quads / JSON-LD.

`open_graph` gives a queryable dataset from a graph file or a store directory: what query, analysis
and views read.

Writes go to a temporary file that is renamed into place, so an interrupted run never leaves a
half-written graph where a good one was.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import tempfile
from collections.abc import Iterable, Iterator
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


def _sorted_runs(source: BinaryIO, scratch: Path) -> tuple[list[bytes] | None, Path | None]:
    """The lines of an N-Quads file, sorted (bytewise: the order of their text): in memory when they fit
    in one run of RUN_LINES, else runs of RUN_LINES sorted in memory and merged into one sorted file in
    `scratch`, so memory stays bounded however large the graph."""
    runs: list[Path] = []
    while True:
        run = list(itertools.islice(source, RUN_LINES))
        if not run:
            break
        run.sort()
        if not runs and len(run) < RUN_LINES:  # the whole graph fits in one run
            return run, None
        runs.append(scratch / f"run-{len(runs)}.nq")
        runs[-1].write_bytes(b"".join(run))
    if not runs:
        return [], None
    merged_path = scratch / "sorted.nq"
    readers = [path.open("rb") for path in runs]
    try:
        with merged_path.open("wb") as out:
            out.writelines(heapq.merge(*readers))
    finally:
        for reader in readers:
            reader.close()
    for path in runs:
        path.unlink()
    return None, merged_path


class SortedDump:
    """A dataset's quads dumped once as N-Quads by Oxigraph and sorted as bytes (the order of their text,
    `sorted(dataset, key=str)`), to be read as many times as asked: TriG (the quads) and Turtle (their
    triples, each once) from one dump and one sort. Use it as a context manager (its scratch files)."""

    def __init__(self, dataset: ox.Store) -> None:
        self._dataset = dataset
        self._scratch: tempfile.TemporaryDirectory | None = None
        self._lines: list[bytes] | None = None
        self._path: Path | None = None

    def __enter__(self) -> SortedDump:
        return self

    def __exit__(self, *exc: object) -> None:
        self._lines = None
        if self._scratch is not None:
            self._scratch.cleanup()

    def _sort(self) -> None:
        """Dumped and sorted when first read: inside the first file's write, whose error names that file
        (`atomic_write`), as the scratch files' errors (a full disk) did when each file sorted its own."""
        self._scratch = tempfile.TemporaryDirectory(prefix="kg-sort-")
        scratch = Path(self._scratch.name)
        dumped = scratch / "all"
        self._dataset.dump(str(dumped), ox.RdfFormat.N_QUADS)
        with dumped.open("rb") as source:
            self._lines, self._path = _sorted_runs(source, scratch)
        dumped.unlink()

    def _sorted_lines(self) -> Iterator[bytes]:
        if self._scratch is None:
            self._sort()
        if self._lines is not None:
            yield from self._lines
            return
        assert self._path is not None
        with self._path.open("rb") as source:
            yield from source

    def quads(self) -> Iterator[ox.Quad]:
        """The quads, sorted by their N-Quads text."""
        lines = self._sorted_lines()
        while chunk := b"".join(itertools.islice(lines, PARSE_LINES)):
            yield from ox.parse(chunk, ox.RdfFormat.N_QUADS)

    def triples(self) -> Iterator[ox.Triple]:
        """The triples of every graph merged (one triple in several graphs once), sorted by their N-Triples
        text. A quad's line is its triple's line with the graph before the final dot, and no term's text
        followed by a space is the start of another term's, so sorted quads give their triples sorted,
        a triple's quads next to each other."""
        previous = None
        for quad in self.quads():
            triple = quad.triple
            if triple != previous:
                yield triple
            previous = triple


def sorted_quads(dataset: ox.Store) -> Iterator[ox.Quad]:
    """The dataset's quads sorted by their N-Quads text (the order of `sorted(dataset, key=str)`):
    dumped as N-Quads by Oxigraph, the lines sorted as bytes, parsed back."""
    with SortedDump(dataset) as dump:
        yield from dump.quads()


def merged_triples(dataset: ox.Store) -> Iterator[ox.Triple]:
    """All graphs merged into one set of triples (duplicates across graphs collapse), sorted by subject,
    predicate and object (their N-Triples text)."""
    with SortedDump(dataset) as dump:
        yield from dump.triples()


def write_graph(dataset: ox.Store, out_dir: Path, fmt: str, dump: SortedDump | None = None) -> Path:
    """Write the dataset as `graph.<fmt>` in out_dir (ttl: merged; trig / nq / jsonld: named graphs).
    `dump`: the dataset's sorted quads, if already made (trig and ttl share one)."""
    if fmt not in FORMATS:
        raise GraphFileError(f"unknown graph format {fmt!r} (choose from {', '.join(FORMATS)})")
    rdf_format, name = FORMATS[fmt]
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("owl",)}

    def write(tmp: str) -> None:
        if fmt in ("ttl", "trig"):
            with SortedDump(dataset) if dump is None else contextlib.nullcontext(dump) as sorted_dump:
                terms = sorted_dump.triples() if fmt == "ttl" else sorted_dump.quads()
                ox.serialize(terms, tmp, rdf_format, prefixes=prefixes)
        elif fmt == "jsonld":  # compacted with kg's @context
            write_jsonld(dataset, tmp)
        else:
            dataset.dump(tmp, rdf_format)

    return atomic_write(out_dir / name, write)


def write_graphs(dataset: ox.Store, out_dir: Path, formats: Iterable[str]) -> dict[str, Path]:
    """`write_graph` for each format, in order; TriG and Turtle from one sorted dump of the dataset."""
    formats = list(formats)
    for fmt in formats:  # an unknown format refused before any work
        if fmt not in FORMATS:
            raise GraphFileError(f"unknown graph format {fmt!r} (choose from {', '.join(FORMATS)})")
    if len({"trig", "ttl"} & set(formats)) < 2:
        return {fmt: write_graph(dataset, out_dir, fmt) for fmt in formats}
    with SortedDump(dataset) as dump:
        return {fmt: write_graph(dataset, out_dir, fmt, dump) for fmt in formats}


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

"""Compacted JSON-LD: kg's graphs written with kg's own `@context` (kg/rdf/context.jsonld, inline).

Oxigraph writes JSON-LD expanded (every IRI in full, every value an object). With the context, a reader
sees what a Turtle reader sees: `"@type": ["kg:Event", "kg:Attack"], "eventType": "kgt:attack",
"agent": "kgid:entity/place/kastrenia", "count": "23"`. The context holds kg's prefixes (the same as
SPARQL's, `kg.rdf.vocab.PREFIXES`), one term per property of ontologies/kg.ttl (object properties
coerced to IRIs, integer and decimal ones to their datatype) and `label`, `altLabel`, `wasDerivedFrom`.

The document is compacted by hand, not by a JSON-LD processor, and is exactly the dataset: a value
that does not fit its term's coercion is written as a value object, so every JSON-LD processor (rdflib,
Oxigraph, pyld, jsonld.js) reads back the same quads as the N-Quads export holds (tests/rdf/
test_jsonld.py). The context is inline, so reading never reaches for the network. Written one named
graph at a time: memory stays bounded by the largest graph, not the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox

CONTEXT_FILE = Path(__file__).with_name("context.jsonld")
RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@cache
def jsonld_context() -> dict:
    """kg's JSON-LD context (the value of `@context`), as shipped in kg/rdf/context.jsonld."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


class Compactor:
    """IRIs as compact IRIs (`kgid:event/...`), properties as terms, values as short as their term allows."""

    def __init__(self, context: dict) -> None:
        prefixes = {
            name: iri
            for name, iri in context.items()
            if isinstance(iri, str) and "://" in iri and iri[-1] in "#/" and not name.startswith("@")
        }
        self._prefixes = sorted(((iri, name) for name, iri in prefixes.items()), key=lambda p: -len(p[0]))
        self._terms: dict[str, tuple[str, str | None]] = {}  # property IRI -> (term, coercion)
        for name, definition in context.items():
            if name in prefixes or name.startswith("@"):
                continue
            iri, coercion = (
                (definition, None) if isinstance(definition, str) else (definition["@id"], definition.get("@type"))
            )
            self._terms[self._expand(iri, prefixes)] = (
                name,
                coercion if coercion in (None, "@id") else self._expand(coercion, prefixes),
            )

    @staticmethod
    def _expand(value: str, prefixes: dict[str, str]) -> str:
        prefix, _, suffix = value.partition(":")
        return prefixes[prefix] + suffix if prefix in prefixes and not suffix.startswith("//") else value

    def iri(self, iri: str) -> str:
        """The shortest compact IRI (longest prefix) that reads back as `iri`, else `iri` itself."""
        for base, name in self._prefixes:
            if iri.startswith(base) and not iri[len(base) :].startswith("//"):
                return f"{name}:{iri[len(base) :]}"
        return iri

    def node_id(self, node: ox.NamedNode | ox.BlankNode) -> str:
        return f"_:{node.value}" if isinstance(node, ox.BlankNode) else self.iri(node.value)

    def key(self, predicate: str) -> tuple[str, str | None]:
        """The JSON key of a property and the coercion its values get under it."""
        return self._terms.get(predicate) or (self.iri(predicate), None)

    def value(self, term: object, coercion: str | None) -> object:
        if isinstance(term, ox.NamedNode | ox.BlankNode):
            ref = self.node_id(term)
            return ref if coercion == "@id" else {"@id": ref}
        if not isinstance(term, ox.Literal):
            raise ValueError(f"JSON-LD cannot hold {term!r} (RDF-star triple terms)")
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return term.value if coercion is None else {"@value": term.value}
        if datatype == coercion:
            return term.value
        return {"@value": term.value, "@type": self.iri(datatype)}

    def node(self, subject: ox.NamedNode | ox.BlankNode, pairs: Iterable[tuple[ox.NamedNode, object]]) -> dict:
        """One node object: `@id`, `@type`, then its properties in key order."""
        types: list[str] = []
        values: dict[str, list] = {}
        for predicate, obj in pairs:
            if predicate.value == RDF_TYPE_IRI and isinstance(obj, ox.NamedNode | ox.BlankNode):
                types.append(self.node_id(obj))
                continue
            key, coercion = self.key(predicate.value)
            values.setdefault(key, []).append(self.value(obj, coercion))
        out: dict[str, object] = {"@id": self.node_id(subject)}
        if types:
            out["@type"] = types[0] if len(types) == 1 else sorted(types)
        for key in sorted(values):
            found = values[key]
            out[key] = found[0] if len(found) == 1 else found
        return out


def _nodes(compactor: Compactor, quads: Iterable[ox.Quad | ox.Triple]) -> list[dict]:
    by_subject: dict[ox.NamedNode | ox.BlankNode, list[tuple[ox.NamedNode, object]]] = {}
    for q in quads:
        by_subject.setdefault(q.subject, []).append((q.predicate, q.object))  # type: ignore[arg-type]
    return [
        compactor.node(s, sorted(by_subject[s], key=lambda p: (p[0].value, str(p[1]))))
        for s in sorted(by_subject, key=str)
    ]


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def jsonld_chunks(dataset: ox.Store, context: dict | None = None) -> Iterator[str]:
    """The dataset as one compacted JSON-LD document, in pieces: the context, then one named graph at a
    time (`{"@id": graph, "@graph": [nodes]}`, a node per line), default-graph nodes first."""
    context = jsonld_context() if context is None else context
    compactor = Compactor(context)
    yield '{"@context": ' + _dumps(context) + ',\n "@graph": ['
    first = True
    for node in _nodes(compactor, dataset.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        yield ("\n  " if first else ",\n  ") + _dumps(node)
        first = False
    for graph in sorted(dataset.named_graphs(), key=str):
        nodes = _nodes(compactor, dataset.quads_for_pattern(None, None, None, graph))
        if not nodes:
            continue
        yield ("\n  " if first else ",\n  ") + '{"@id": ' + _dumps(compactor.node_id(graph)) + ', "@graph": ['
        yield ",".join("\n   " + _dumps(node) for node in nodes) + "\n  ]}"
        first = False
    yield "\n]}\n"


def triples_jsonld(triples: Iterable[ox.Triple], context: dict | None = None) -> str:
    """Triples (a CONSTRUCT answer) as one compacted JSON-LD document."""
    context = jsonld_context() if context is None else context
    nodes = _nodes(Compactor(context), triples)
    return (
        '{"@context": ' + _dumps(context) + ',\n "@graph": [' + ",".join("\n  " + _dumps(n) for n in nodes) + "\n]}\n"
    )


def write_jsonld(dataset: ox.Store, target: str | Path | IO[bytes]) -> None:
    """Write the dataset as compacted JSON-LD to a file path or a binary stream."""
    if isinstance(target, str | Path):
        with open(target, "wb") as fh:
            write_jsonld(dataset, fh)
        return
    for chunk in jsonld_chunks(dataset):
        target.write(chunk.encode("utf-8"))

"""N-Triples / N-Quads text of RDF terms: what kg writes for a bulk loader without a Python object per quad.

Making a pyoxigraph `Quad` costs a few microseconds (its four terms are copied into it), and an article
has ~900 quads; the same statement as a line of text costs a tenth of that, and Oxigraph's bulk loader
reads N-Quads as fast as it reads `Quad` objects. So `kg.rdf.quads` writes lines, and the terms in them
come from here:

- `iri_text`: an IRI kg minted or took from its vocabulary, already checked by `ox.NamedNode` (an IRI
  that check refuses never becomes text), as `<…>`;
- `literal_text`: any string as a literal, escaped as N-Triples requires of a `"…"` string: `"`, `\\`,
  line feed and carriage return as `\\"`, `\\\\`, `\\n`, `\\r`; every other character (tabs, control
  characters, characters outside the BMP) stands as itself, which every N-Triples reader reads back as
  the same character. Article text is data: the value read back is the string given, exactly (tested
  against `ox.Literal` in tests/rdf/test_ntriples.py). kg writes no language-tagged literals;
- `term_text`: a pyoxigraph term as N-Triples (its `str`), for the few literals made as objects (dates);
- `statement`: one N-Quads line.

A string with a lone surrogate has no UTF-8 form: `encode_statements` raises UnicodeEncodeError for it,
as `ox.Literal` refuses it, so such an article is its own error (kg.ingest already refuses such text).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"

_IRIS: dict[object, str] = {}


def iri_text(term: object) -> str:
    """`<iri>` for a vocabulary term (rdflib URIRef, str or ox.NamedNode), checked once by ox.NamedNode."""
    text = _IRIS.get(term)
    if text is None:
        value = term.value if isinstance(term, ox.NamedNode) else str(term)
        text = _IRIS[term] = f"<{ox.NamedNode(value).value}>"
    return text


def node_text(node: ox.NamedNode) -> str:
    """`<iri>` for an IRI already made as an ox.NamedNode (checked when it was made)."""
    return f"<{node.value}>"


def literal_text(value: str, datatype: str | None = None) -> str:
    """`"value"` (or `"value"^^<datatype>`), escaped as N-Triples requires (see the module docstring)."""
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if datatype is None or datatype == XSD_STRING:
        return f'"{value}"'
    return f'"{value}"^^<{datatype}>'


def term_text(term: ox.NamedNode | ox.Literal) -> str:
    """A pyoxigraph term as N-Triples text (Oxigraph's own serialisation)."""
    return str(term)


def statement(s: str, p: str, o: str, g: str) -> str:
    """One N-Quads line of terms already in N-Triples syntax."""
    return f"{s} {p} {o} {g} .\n"


def quad_statement(q: ox.Quad) -> str:
    """A pyoxigraph quad as one N-Quads line."""
    return f"{q} .\n"


def encode_statements(lines: Iterable[str]) -> bytes:
    """N-Quads lines as the UTF-8 bytes a loader reads (UnicodeEncodeError for a lone surrogate)."""
    return "".join(lines).encode("utf-8")


def parse_nquads(data: bytes) -> list[ox.Quad]:
    """N-Quads bytes as pyoxigraph quads (for the writers that take objects: remote stores, graph files)."""
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) if data else []


def parse_statements(lines: Iterable[str]) -> list[ox.Quad]:
    """N-Quads lines back as pyoxigraph quads."""
    return parse_nquads(encode_statements(lines))

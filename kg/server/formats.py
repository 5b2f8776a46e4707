"""SPARQL answers as bytes: content negotiation and the SPARQL 1.1 results formats, written in chunks.

Pure functions over pyoxigraph terms; the query workers (`kg.server.worker`) call them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape

import pyoxigraph as ox

from kg.query import json_term
from kg.rdf import PREFIXES, triples_jsonld

SELECT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "ttl": ("text/turtle", ox.RdfFormat.TURTLE),
    "nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "xml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
}
ACCEPT_SELECT = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
ACCEPT_GRAPH = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
CHUNK_BYTES = 64 * 1024


def negotiate(accept: str, table: dict[str, str], default: str) -> str:
    """The best format key for an Accept header (q-values honoured; */* gives the default)."""
    choices: list[tuple[float, int, str]] = []
    for n, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media in table:
            choices.append((q, -n, table[media]))
        elif media in ("*/*", "application/*", "text/*"):
            choices.append((q - 0.001, -n, default))
    choices = [c for c in choices if c[0] > 0]
    return max(choices)[2] if choices else default


def select_format(accept: str, fmt: str | None) -> str:
    """The SELECT/ASK results format: `?format=` if it names one, else by `Accept`."""
    return fmt if fmt in SELECT_TYPES else negotiate(accept, ACCEPT_SELECT, "json")


def graph_format(accept: str, fmt: str | None) -> str:
    """The CONSTRUCT/DESCRIBE format: `?format=` if it names one, else by `Accept`."""
    return fmt if fmt in GRAPH_TYPES else negotiate(accept, ACCEPT_GRAPH, "ttl")


def _xml_term(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    assert isinstance(term, ox.Literal)
    if term.language:
        return f'<literal xml:lang="{escape(term.language)}">{escape(term.value)}</literal>'
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f'<literal datatype="{escape(term.datatype.value)}">{escape(term.value)}</literal>'
    return f"<literal>{escape(term.value)}</literal>"


def _csv_cell(term: object) -> str:
    if term is None:
        return ""
    text = term.value if not isinstance(term, ox.BlankNode) else f"_:{term.value}"  # type: ignore[attr-defined]
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def _row_texts(variables: list[str], rows: Iterable[list[object]], fmt: str) -> Iterator[str]:
    """The answer's text piece by piece: a head, one piece per row, a tail."""
    if fmt == "json":
        yield json.dumps({"head": {"vars": variables}})[:-1] + ', "results": {"bindings": ['
        for n, row in enumerate(rows):
            binding = {v: json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
            yield ("," if n else "") + json.dumps(binding)
        yield "]}}"
    elif fmt == "xml":
        yield '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>'
        yield "".join(f'<variable name="{escape(v)}"/>' for v in variables) + "</head><results>"
        for row in rows:
            cells = (
                f'<binding name="{escape(v)}">{_xml_term(t)}</binding>'
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            yield "<result>" + "".join(cells) + "</result>"
        yield "</results></sparql>\n"
    elif fmt == "csv":
        yield ",".join(variables) + "\r\n"
        for row in rows:
            yield ",".join(_csv_cell(t) for t in row) + "\r\n"
    else:
        yield "\t".join("?" + v for v in variables) + "\n"
        for row in rows:
            yield "\t".join("" if t is None else str(t) for t in row) + "\n"


def chunked(pieces: Iterable[str], size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """UTF-8 chunks of about `size` bytes from many small pieces of text."""
    buffer: list[str] = []
    length = 0
    for piece in pieces:
        buffer.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(buffer).encode()
            buffer, length = [], 0
    if buffer:
        yield "".join(buffer).encode()


def serialize_rows(variables: list[str], rows: Iterable[list[object]], fmt: str) -> Iterator[bytes]:
    """SELECT results in a SPARQL 1.1 results format (json, xml, csv, tsv), in chunks."""
    return chunked(_row_texts(variables, rows, fmt))


def serialize_boolean(value: bool, fmt: str) -> bytes:
    """An ASK answer in a SPARQL 1.1 results format."""
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    if fmt in ("csv", "tsv"):
        return f"{'?' if fmt == 'tsv' else ''}_askResult\n{'true' if value else 'false'}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


def serialize_triples(triples: list[ox.Triple], key: str) -> bytes:
    """CONSTRUCT / DESCRIBE triples in an RDF format (ttl with kg's prefixes, nt, xml, jsonld compacted
    with kg's @context)."""
    if key == "jsonld":
        return triples_jsonld(triples).encode("utf-8")
    if key == "ttl":
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return ox.serialize(triples, format=GRAPH_TYPES[key][1]) or b""

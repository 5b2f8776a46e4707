"""SPARQL over a graph file or store: run a query, format its result as a table, CSV, TSV or JSON.

kg's prefixes are predefined, and the named graphs (one per article, and the entities graph
`kgid:entities` that describes each entity once) are queried as one union default graph, which holds
each triple once; `GRAPH ?g { ... }` still picks out articles.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import PREFIXES
from kg.store import GraphFileError, open_graph


class QueryError(ValueError):
    """A query that cannot run: the parser's message with its position, or an unreadable graph."""


@dataclass
class Result:
    """A query result: SELECT rows (variables + values), an ASK boolean, or CONSTRUCT triples."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


def term_text(term: object) -> str:
    """A term as a person reads it: IRIs and literal values bare, blank nodes as _:id."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # type: ignore[attr-defined]


def run_on(dataset: ox.Store, sparql: str) -> Result:
    """Run one SPARQL query on an open dataset."""
    try:
        answer = dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"malformed query: {exc}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(variables=["ask"], rows=[], boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return Result(variables=["subject", "predicate", "object"], rows=[], triples=list(answer))
    variables = [v.value for v in answer.variables]
    return Result(variables=variables, rows=[[row[v] for v in variables] for row in answer])


def run_query(graph: str | Path | ox.Store, sparql: str) -> Result:
    """Run a SPARQL query over a graph file, a store directory or an open dataset."""
    if isinstance(graph, ox.Store):
        return run_on(graph, sparql)
    try:
        dataset = open_graph(graph)
    except GraphFileError as exc:
        raise QueryError(str(exc)) from None
    return run_on(dataset, sparql)


def _rows_text(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.boolean is not None:
        return ["ask"], [["true" if result.boolean else "false"]]
    if result.triples is not None:
        return result.variables, [
            [term_text(t.subject), term_text(t.predicate), term_text(t.object)] for t in result.triples
        ]
    return result.variables, [[term_text(v) for v in row] for row in result.rows]


def json_term(term: object) -> dict[str, str] | None:
    """A term as a SPARQL 1.1 JSON results binding (None for an unbound variable)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    assert isinstance(term, ox.Literal)
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def format_result(result: Result, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV, TSV, or SPARQL 1.1 JSON results."""
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        terms: list[list[object]] = (
            [[t.subject, t.predicate, t.object] for t in result.triples]
            if result.triples is not None
            else [list(row) for row in result.rows]
        )
        bindings = [
            {k: json_term(v) for k, v in zip(result.variables, row, strict=True) if v is not None} for row in terms
        ]
        return (
            json.dumps(
                {"head": {"vars": result.variables}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False
            )
            + "\n"
        )
    header, cells = _rows_text(result)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(cells)
        return buf.getvalue()
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    widths = [min(w, 80) for w in widths]

    def line(cells: list[str]) -> str:
        return "  ".join(
            (c if len(c) <= 80 else c[:77] + "...").ljust(w) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"

"""SPARQL over a graph file or store: run a query, format its result as a table, CSV, TSV or JSON.

kg's prefixes are predefined, and the named graphs (one per article, and the entities graph
`kgid:entities` that describes each entity once) are queried as one union default graph, which holds
each triple once; `GRAPH ?g { ... }` still picks out articles.

Before the engine sees a query, `check_query` measures it (size, bracket nesting, operators and
keywords: the nodes of its algebra tree) against `QueryLimits`: Oxigraph parses and evaluates
recursively, and a query nested a few thousand levels deep overflows its stack and kills the process.
The engine then runs in a thread with a large stack (`call_with_deep_stack`), a margin well past the
limits. `sparql_keywords` gives the keywords a query really uses (not those inside strings, IRIs,
comments, variable or prefixed names), for the server's refusals (SERVICE, LOAD).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from kg.rdf import PREFIXES
from kg.store import GraphFileError, StoreError, open_graph
from kg.store.remote import RemoteBackend


class QueryError(ValueError):
    """A query that cannot run: the parser's message with its position, or an unreadable graph."""


class QueryTooComplex(QueryError):
    """A query over the size, nesting or operator limits, refused before the engine sees it."""


@dataclass(frozen=True)
class QueryLimits:
    """How large a query may be. Oxigraph 0.5 crashes (stack overflow) from about 3,000 nested groups,
    1,000 nested function calls or 3,000 chained MINUS/BIND on an 8 MiB stack; these limits stay an order
    of magnitude below that, and the deep-stack thread adds a factor of 32 on top."""

    max_bytes: int = 512 * 1024  # UTF-8 bytes of the query text
    max_depth: int = 100  # nesting of { } ( ) [ ]
    max_operators: int = 10_000  # operators, separators, keywords and function names


DEFAULT_LIMITS = QueryLimits()
ENGINE_STACK_BYTES = 256 * 1024 * 1024  # virtual; only the pages a query touches are ever committed

# Strings, comments and IRIs are masked before a query is measured. A `<` is either an IRI's start or
# "less than", which only the parser's context tells apart; a query is measured under two readings and
# the larger figure counts: every IRI-shaped span an IRI, and only spans without ( ) ' IRIs (a "less
# than" whose span reaches past a keyword has to close its expression with ")" on the way).
_STRING = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\''
)
_COMMENT = r"#[^\n\r]*"
_NOT_IN_IRI = r'<>"{}|^`\\\x00-\x20'  # IRIREF's excluded characters
_MASK_ALL_IRIS = re.compile(_STRING + r"|<[^" + _NOT_IN_IRI + r"]*>|" + _COMMENT, re.S)
_MASK_PLAIN_IRIS = re.compile(_STRING + r"|<[^" + _NOT_IN_IRI + r"()']*>|" + _COMMENT, re.S)
_TOKEN = re.compile(
    r"(?P<var>[?$]\w+)"
    r"|(?P<pname>(?:[^\W\d]|_)[\w.-]*:[\w.:%\\-]*|:[\w.:%\\-]*)"
    r"|(?P<word>[^\W\d]\w*)"
    r"|(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"
    r"|(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<open>[{(\[])|(?P<close>[})\]])"
    r"|(?P<op>\|\||&&|!=|<=|>=|\^\^|[|^/!=<>+\-*.,;])"
)


@dataclass(frozen=True)
class QueryShape:
    """What `check_query` measures of a query: its nesting, its operators and keywords, the keywords."""

    depth: int
    operators: int
    keywords: frozenset[str]


def _shape_of_masked(text: str) -> QueryShape:
    depth = deepest = operators = 0
    keywords: set[str] = set()
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "op":
            operators += 1
        elif kind == "word":
            operators += 1
            keywords.add(match.group().upper())
    return QueryShape(deepest, operators, frozenset(keywords))


def query_shape(sparql: str) -> QueryShape:
    """The query's nesting depth, operator count and keywords, outside strings, IRIs and comments
    (under both readings of `<`: the larger figures, the union of the keywords)."""
    a = _shape_of_masked(_MASK_ALL_IRIS.sub(" ", sparql))
    b = _shape_of_masked(_MASK_PLAIN_IRIS.sub(" ", sparql))
    return QueryShape(max(a.depth, b.depth), max(a.operators, b.operators), a.keywords | b.keywords)


def sparql_keywords(sparql: str) -> frozenset[str]:
    """The keywords (upper case) a query or update uses: `?service`, `ex:load`, `<http://x/SERVICE>`,
    `"LOAD"` and `# SERVICE` are not keywords."""
    return query_shape(sparql).keywords


def check_query(sparql: str, limits: QueryLimits = DEFAULT_LIMITS) -> QueryShape:
    """The query's shape, or QueryTooComplex when it is over a limit (the message says which)."""
    size = len(sparql.encode("utf-8", errors="surrogatepass"))
    if size > limits.max_bytes:
        raise QueryTooComplex(f"query too large: {size:,} bytes (limit {limits.max_bytes:,})")
    shape = query_shape(sparql)
    if shape.depth > limits.max_depth:
        raise QueryTooComplex(
            f"query nested too deeply: {shape.depth:,} levels of {{ }} ( ) [ ] (limit {limits.max_depth:,})"
        )
    if shape.operators > limits.max_operators:
        raise QueryTooComplex(
            f"query too complex: {shape.operators:,} operators and keywords (limit {limits.max_operators:,})"
        )
    return shape


T = TypeVar("T")


def call_with_deep_stack(work: Callable[[], T]) -> T:
    """`work()` in a thread with a `ENGINE_STACK_BYTES` stack (Oxigraph recurses over the query tree),
    its exception re-raised here."""
    outcome: list = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed back to the caller's thread
            outcome.append((False, exc))

    previous = threading.stack_size(ENGINE_STACK_BYTES)
    try:
        thread = threading.Thread(target=run, name="kg-engine")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


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


def _evaluate(dataset: ox.Store, sparql: str) -> Result:
    try:
        answer = dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        if isinstance(answer, ox.QueryBoolean):
            return Result(variables=["ask"], rows=[], boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            return Result(variables=["subject", "predicate", "object"], rows=[], triples=list(answer))
        variables = [v.value for v in answer.variables]
        return Result(variables=variables, rows=[[row[v] for v in variables] for row in answer])
    except SyntaxError as exc:
        raise QueryError(f"malformed query: {exc}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from None


def run_on(dataset: ox.Store, sparql: str, limits: QueryLimits = DEFAULT_LIMITS) -> Result:
    """Run one SPARQL query on an open dataset (checked against `limits` first)."""
    check_query(sparql, limits)
    return call_with_deep_stack(lambda: _evaluate(dataset, sparql))


def is_endpoint(graph: object) -> bool:
    """Whether a graph location is an http(s):// SPARQL store."""
    return isinstance(graph, str) and graph.lower().startswith(("http://", "https://"))


def json_binding_term(binding: dict[str, str] | None) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """A SPARQL 1.1 JSON results binding as a pyoxigraph term (None: unbound)."""
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def remote_result(backend: RemoteBackend, sparql: str) -> Result:
    """A query's answer from a remote store's query endpoint (kg's prefixes declared, the graphs as one
    union): SPARQL JSON results for SELECT and ASK, N-Triples or Turtle for CONSTRUCT and DESCRIBE."""
    try:
        media, raw = backend.query_answer(sparql, "application/sparql-results+json, application/n-triples;q=0.9")
    except StoreError as exc:
        raise QueryError(str(exc)) from None
    try:
        if media in ("application/n-triples", "text/plain", "text/turtle"):
            fmt = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.N_TRIPLES
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(raw, format=fmt)]
            return Result(variables=["subject", "predicate", "object"], rows=[], triples=triples)
        answer = json.loads(raw)
        if "boolean" in answer:
            return Result(variables=["ask"], rows=[], boolean=bool(answer["boolean"]))
        variables = answer["head"]["vars"]
        rows = [[json_binding_term(b.get(v)) for v in variables] for b in answer["results"]["bindings"]]
        return Result(variables=variables, rows=rows)
    except (ValueError, KeyError, TypeError, SyntaxError) as exc:
        raise QueryError(f"{backend.location}: the answer is not SPARQL results ({media}): {exc}") from None


def run_remote(url: str, sparql: str, limits: QueryLimits = DEFAULT_LIMITS) -> Result:
    """Run a SPARQL query on an http(s):// SPARQL store, by the endpoint layouts of `kg.store.remote`, or
    on the query endpoint the URL names (`.../sparql`, `.../query`: kg serve's, Fuseki's)."""
    check_query(sparql, limits)
    backend = RemoteBackend.from_url(url)
    if url.rstrip("/").endswith(("/sparql", "/query")):
        backend.query_url = url.rstrip("/")
    return remote_result(backend, sparql)


def run_query(graph: str | Path | ox.Store, sparql: str, limits: QueryLimits = DEFAULT_LIMITS) -> Result:
    """Run a SPARQL query over a graph file, a store directory, an open dataset or an http(s):// store."""
    check_query(sparql, limits)  # before reading a graph that may take a while to load
    if isinstance(graph, ox.Store):
        return run_on(graph, sparql, limits)
    if is_endpoint(graph):
        return run_remote(str(graph), sparql, limits)
    try:
        dataset = open_graph(graph)
    except GraphFileError as exc:
        raise QueryError(str(exc)) from None
    return run_on(dataset, sparql, limits)


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


# Window queries. A query whose comments declare `# window: FIRST .. LAST` (two days, both included)
# writes that window in its body as two moments typed xsd:dateTime, "FIRST T00:00:00" (from) and the
# day after LAST at 00:00 (to, excluded); if it starts from kg:timeKey, its `VALUES ?key { ... }` lists
# the months and years the window touches (the keys written next to each event). `with_window` moves
# the whole of it, declaration included, to another window: `kg query --from/--to`. Only dates reach
# the query text (formatted from `datetime.date`), never what a user typed.
WINDOW_DECLARATION = re.compile(r"^#\s*window:\s*(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})[^\n]*", re.M)
_KEYS_VALUES = re.compile(r"VALUES\s+\?key\s*\{[^}]*\}")
_BOUND = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MAX_KEYED_YEARS = 100  # a keyed window lists every month it touches: 1,200 keys at most
NOT_A_WINDOW_QUERY = (
    "--from/--to need a window query: one whose comments declare '# window: FIRST .. LAST' and whose body "
    "holds those moments (examples/queries/timeline.rq)"
)


@dataclass(frozen=True)
class Window:
    """A window of days, both included."""

    first: dt.date
    last: dt.date

    def __str__(self) -> str:
        return f"{self.first.isoformat()} .. {self.last.isoformat()}"


def _moment(day: dt.date) -> str:
    return f'"{day.isoformat()}T00:00:00"^^xsd:dateTime'


def query_window(sparql: str) -> Window | None:
    """The window a query declares (`# window: FIRST .. LAST`), or None."""
    match = WINDOW_DECLARATION.search(sparql)
    if match is None:
        return None
    try:
        first, last = (dt.date.fromisoformat(match.group(i)) for i in (1, 2))
    except ValueError:
        raise QueryError(f"the query's window is not two days: {match.group(0)!r}") from None
    return Window(first, last)


def window_bound(text: str, *, end: bool) -> dt.date:
    """A --from (end=False) or --to (end=True) bound: YYYY, YYYY-MM or YYYY-MM-DD, the first or the last
    day of that year, month or day."""
    match = _BOUND.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = int(match.group(1)), match.group(2), match.group(3)
        if day is not None:
            return dt.date(year, int(month), int(day))
        if month is not None:
            first = dt.date(year, int(month), 1)
            if not end:
                return first
            return (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    except ValueError:
        raise QueryError(f"{text!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD") from None


def _keys(window: Window) -> str:
    months = []
    year, month = window.first.year, window.first.month
    while (year, month) <= (window.last.year, window.last.month):
        months.append(f'"{year:04d}-{month:02d}"^^xsd:gYearMonth')
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    years = [f'"{y:04d}"^^xsd:gYear' for y in range(window.first.year, window.last.year + 1)]
    return "VALUES ?key { " + " ".join(months + years) + " }"


def with_window(sparql: str, window: Window) -> str:
    """The window query `sparql` over `window` instead of the one it declares (QueryError when it
    declares none, or its body does not hold the moments it declares)."""
    if window.last < window.first:
        raise QueryError(f"the window ends before it starts: {window}")
    declared = query_window(sparql)
    if declared is None:
        raise QueryError(NOT_A_WINDOW_QUERY)
    old_from, old_to = _moment(declared.first), _moment(declared.last + dt.timedelta(days=1))
    if old_from not in sparql or old_to not in sparql:
        raise QueryError(f"the query declares the window {declared} but its body does not hold {old_from} and {old_to}")
    keyed = _KEYS_VALUES.search(sparql) is not None
    if keyed and window.last.year - window.first.year >= MAX_KEYED_YEARS:
        raise QueryError(
            f"a window of more than {MAX_KEYED_YEARS} years is too long for a query keyed by months: {window}"
        )
    moved = {old_from: _moment(window.first), old_to: _moment(window.last + dt.timedelta(days=1))}
    out = re.sub("|".join(map(re.escape, moved)), lambda m: moved[m.group()], sparql)  # one pass: no chain
    out = WINDOW_DECLARATION.sub(f"# window: {window}", out, count=1)
    return _KEYS_VALUES.sub(_keys(window), out) if keyed else out


EVENTS_SPAN = """SELECT (MIN(?from) AS ?first) (MAX(?latest) AS ?last) WHERE {
  ?event kg:hasTime ?t . ?t sem:hasLatestEndTimeStamp ?latest .
  OPTIONAL { ?t sem:hasEarliestBeginTimeStamp ?earliest }
  BIND(COALESCE(?earliest, ?latest) AS ?from)
}"""


def events_span(graph: str | Path | ox.Store) -> Window | None:
    """The days from the earliest moment of any event to the latest, or None when no event has a time."""
    row = run_query(graph, EVENTS_SPAN).rows[0]
    if row[0] is None or row[1] is None:
        return None
    return Window(*(dt.date.fromisoformat(term_text(term)[:10]) for term in row))

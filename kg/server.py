"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a store, plus the HTML views.

- `/sparql`: GET `?query=` or POST (form `query=` or an `application/sparql-query` body). Results as
  SPARQL JSON, XML, CSV or TSV by content negotiation (`Accept`) or `?format=json|xml|csv|tsv`;
  CONSTRUCT / DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD. kg's prefixes are predefined and the
  article graphs are queried as one union default graph, as in `kg query`.
- Guard rails: `SERVICE` (federated queries) is refused; each query has a time limit (answer 503 when it
  is reached) and a row limit (the answer is cut there and says so in `X-KG-Truncated`); a malformed
  query answers 400 with the parser's message. Updates are refused unless `allow_update`.
- `/` and the view files: kg.views.write_views output, generated once at start-up.

Standard library only (ThreadingHTTPServer): one thread per connection, fine on loopback or behind a proxy.
"""

from __future__ import annotations

import io
import json
import mimetypes
import re
import tempfile
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

import pyoxigraph as ox

from kg.query import json_term
from kg.rdf import PREFIXES

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
_STRINGS_AND_COMMENTS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.S,
)


class QueryRefused(ValueError):
    """A query the endpoint will not run (HTTP status and message)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def uses_service(sparql: str) -> bool:
    """Whether the query calls SERVICE (IRIs, strings and comments are ignored)."""
    return re.search(r"\bSERVICE\b", _STRINGS_AND_COMMENTS.sub(" ", sparql), re.I) is not None


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


def serialize_rows(variables: list[str], rows: list[list[object]], fmt: str) -> bytes:
    """SELECT results in a SPARQL 1.1 results format (json, xml, csv, tsv)."""
    if fmt == "json":
        bindings = [{v: json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode()
    if fmt == "xml":
        out = io.StringIO()
        out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        out.write("".join(f'<variable name="{escape(v)}"/>' for v in variables) + "</head><results>")
        for row in rows:
            out.write("<result>")
            for v, t in zip(variables, row, strict=True):
                if t is not None:
                    out.write(f'<binding name="{escape(v)}">{_xml_term(t)}</binding>')
            out.write("</result>")
        out.write("</results></sparql>\n")
        return out.getvalue().encode()
    if fmt == "csv":
        lines = [",".join(variables)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode()
    lines = ["\t".join("?" + v for v in variables)] + [
        "\t".join("" if t is None else str(t) for t in row) for row in rows
    ]
    return ("\n".join(lines) + "\n").encode()


def serialize_boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
            f"<boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    if fmt in ("csv", "tsv"):
        return f"{'?' if fmt == 'tsv' else ''}_askResult\n{'true' if value else 'false'}\n".encode()
    return json.dumps({"head": {}, "boolean": value}).encode()


class Endpoint:
    """Runs queries against a dataset with the endpoint's limits; independent of HTTP (tested directly too)."""

    def __init__(self, dataset: ox.Store, timeout: float = 30.0, max_results: int = 100_000) -> None:
        self.dataset = dataset
        self.timeout = timeout
        self.max_results = max_results

    def run(self, sparql: str, accept: str = "", fmt: str | None = None) -> tuple[bytes, str, dict[str, str]]:
        """(body, content type, extra headers) of the answer; raises QueryRefused."""
        if uses_service(sparql):
            raise QueryRefused(HTTPStatus.FORBIDDEN, "federated queries (SERVICE) are not allowed on this endpoint")
        # A daemon thread per query: an answer past the deadline is abandoned (Oxigraph cannot cancel a
        # running query); streaming SELECT/CONSTRUCT results also stop at the deadline themselves.
        outcome: list = []

        def work() -> None:
            try:
                outcome.append(self._execute(sparql, accept, fmt, time.monotonic() + self.timeout))
            except BaseException as exc:  # handed to the request thread
                outcome.append(exc)

        worker = threading.Thread(target=work, name="kg-query", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if not outcome:
            raise QueryRefused(
                HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {self.timeout:g} s (limit per query)"
            )
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _execute(self, sparql: str, accept: str, fmt: str | None, deadline: float) -> tuple[bytes, str, dict[str, str]]:
        try:
            answer = self.dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryRefused(HTTPStatus.BAD_REQUEST, f"malformed query: {exc}") from None
        headers: dict[str, str] = {}
        if isinstance(answer, ox.QueryTriples):
            key = fmt if fmt in GRAPH_TYPES else negotiate(accept, ACCEPT_GRAPH, "ttl")
            media, rdf_format = GRAPH_TYPES[key]
            triples = []
            for n, t in enumerate(answer):
                if n >= self.max_results:
                    headers["X-KG-Truncated"] = f"true; limit {self.max_results}"
                    break
                if n % 1000 == 0 and time.monotonic() > deadline:
                    raise QueryRefused(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {self.timeout:g} s")
                triples.append(t)
            return ox.serialize(triples, format=rdf_format) or b"", media, headers
        key = fmt if fmt in SELECT_TYPES else negotiate(accept, ACCEPT_SELECT, "json")
        if isinstance(answer, ox.QueryBoolean):
            return serialize_boolean(bool(answer), key), SELECT_TYPES[key], headers
        variables = [v.value for v in answer.variables]
        rows: list[list[object]] = []
        for n, solution in enumerate(answer):
            if n >= self.max_results:
                headers["X-KG-Truncated"] = f"true; limit {self.max_results}"
                break
            if n % 1000 == 0 and time.monotonic() > deadline:
                raise QueryRefused(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {self.timeout:g} s")
            rows.append([solution[v] for v in variables])
        return serialize_rows(variables, rows, key), SELECT_TYPES[key], headers


def _first(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    return values[0] if values else None


def _handler(endpoint: Endpoint, views_dir: Path | None, allow_update: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by default
            return None

        def _send(self, status: int, body: bytes, media: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header(
                "Content-Type", media if "charset" in media or "xml" in media else media + "; charset=utf-8"
            )
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, message: str) -> None:
            self._send(status, (message + "\n").encode(), "text/plain")

        def _query(self, sparql: str | None, params: dict[str, list[str]]) -> None:
            if not sparql:
                self._error(HTTPStatus.BAD_REQUEST, "no query: give ?query=... or POST one")
                return
            fmt = _first(params, "format")
            try:
                body, media, headers = endpoint.run(sparql, self.headers.get("Accept", ""), fmt)
            except QueryRefused as exc:
                self._error(exc.status, str(exc))
                return
            self._send(HTTPStatus.OK, body, media, headers)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            if url.path in ("/sparql", "/query"):
                self._query(_first(params, "query"), params)
                return
            self._static(url.path)

        do_HEAD = do_GET  # noqa: N815

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8", errors="replace")
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query)
            if media == "application/x-www-form-urlencoded":
                params.update(parse_qs(raw))
            if url.path == "/update":
                self._update(raw if media == "application/sparql-update" else _first(params, "update"))
                return
            if url.path not in ("/sparql", "/query"):
                self._error(HTTPStatus.NOT_FOUND, "not found")
                return
            if media == "application/sparql-query":
                self._query(raw, params)
            else:
                if _first(params, "update"):
                    self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: POST updates to /update")
                    return
                self._query(_first(params, "query"), params)

        def _update(self, sparql: str | None) -> None:
            if not allow_update:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only (kg serve --allow-update to change that)")
                return
            if not sparql:
                self._error(HTTPStatus.BAD_REQUEST, "no update given")
                return
            if uses_service(sparql):
                self._error(HTTPStatus.FORBIDDEN, "federated queries (SERVICE) are not allowed on this endpoint")
                return
            try:
                endpoint.dataset.update(sparql, prefixes=PREFIXES)
            except SyntaxError as exc:
                self._error(HTTPStatus.BAD_REQUEST, f"malformed update: {exc}")
                return
            self._send(HTTPStatus.NO_CONTENT, b"", "text/plain")

        def _static(self, path: str) -> None:
            name = path.lstrip("/") or "index.html"
            if views_dir is not None:
                target = (views_dir / name).resolve()
                if target.is_file() and views_dir.resolve() in target.parents:
                    media = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                    self._send(HTTPStatus.OK, target.read_bytes(), media)
                    return
            if name == "index.html":
                page = (
                    "<!doctype html><meta charset=utf-8><title>kg</title><h1>kg store</h1>"
                    '<p>SPARQL endpoint: <a href="/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D'
                    '%20LIMIT%2010">/sparql</a></p>'
                )
                self._send(HTTPStatus.OK, page.encode(), "text/html")
                return
            self._error(HTTPStatus.NOT_FOUND, "not found")

    return Handler


def write_views_for(dataset: ox.Store, directory: Path) -> Path | None:
    """The HTML views of the dataset in `directory`, or None when the views cannot be made."""
    try:
        from kg.views import write_views

        write_views(dataset, directory)
    except Exception:  # the endpoint is still useful without the views
        return None
    return directory


def make_server(
    dataset: ox.Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_results: int = 100_000,
    allow_update: bool = False,
    views_dir: Path | None = None,
) -> ThreadingHTTPServer:
    """A ready (not yet serving) HTTP server; port 0 picks a free port (see `server.server_address`)."""
    endpoint = Endpoint(dataset, timeout=timeout, max_results=max_results)
    server = ThreadingHTTPServer((host, port), _handler(endpoint, views_dir, allow_update))
    server.daemon_threads = True
    return server


def serve(
    dataset: ox.Store,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_results: int = 100_000,
    allow_update: bool = False,
    on_ready: Callable[[str], None] | None = None,
) -> int:
    """Serve until interrupted; 0 on Ctrl-C."""
    with tempfile.TemporaryDirectory(prefix="kg-views-") as tmp:
        views = write_views_for(dataset, Path(tmp))
        server = make_server(dataset, host, port, timeout, max_results, allow_update, views)
        h, p = server.server_address[:2]
        h = h.decode() if isinstance(h, bytes) else h
        if on_ready is not None:
            on_ready(f"http://{h}:{p}/")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0

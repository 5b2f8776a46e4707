"""The endpoint as a WSGI application: routing, the guards, CORS, and answers streamed from the runner.

- `/sparql` (and `/query`): GET `?query=`, or POST a form (`query=`) or an `application/sparql-query`
  body. Results by content negotiation (`Accept`) or `?format=json|xml|csv|tsv` (CONSTRUCT/DESCRIBE:
  ttl, nt, xml, jsonld). kg's prefixes are predefined; the article graphs are one union default graph.
- `/update` (only with `allow_update`): POST an `application/sparql-update` body or a form `update=`,
  with `Authorization: Bearer TOKEN`; never from another site.
- `/`: the query page (YASGUI with kg's prefixes and examples; `kg.server.pages`), `/assets/...` its
  files, `/views/...` the HTML views written at start-up (also at `/index.html`, `/graph.html`, ...).
Every request first has its Host header checked (`guards.HostPolicy`); no CORS header is sent unless the
request's Origin is one given with `cors`; every answer has a Content-Security-Policy (`pages`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs

from kg.query import DEFAULT_LIMITS, EVENTS_SPAN, QueryLimits, Window
from kg.server import pages
from kg.server.guards import HostPolicy, Refused, check_sparql, check_write
from kg.server.runner import Answer, QueryRunner, RunnerError

QUERY_PATHS = ("/sparql", "/query")
SAFETY_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Referrer-Policy", "no-referrer"),
]
QUERY_PAGE_PATHS = ("/", "/query.html")
StartResponse = Callable[..., object]


@dataclass(frozen=True)
class Settings:
    """How `kg serve` runs. Safe by default: loopback only, read-only, no CORS, nothing remote."""

    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0  # seconds per query (waiting for a worker, then running): the worker is killed
    max_results: int = 100_000  # rows (or triples) per answer
    workers: int = 2  # query processes
    max_memory_mb: int = 2048  # per query process (heap and mappings, ~450 MB reserved at start); 0: no cap
    allow_update: bool = False
    token: str = ""  # required for updates (kg serve generates one unless given)
    cors: tuple[str, ...] = ()  # origins whose pages may read answers
    allow_remote: bool = False  # SERVICE and LOAD
    limits: QueryLimits = DEFAULT_LIMITS
    threads: int = 8  # HTTP threads (slow clients hold none: waitress reads and writes asynchronously)
    connection_limit: int = 1000
    backlog: int = 1024
    idle_timeout: int = 30  # seconds an idle (keep-alive, or silent) connection stays open
    request_timeout: float = 20.0  # seconds to receive one request, from its first byte
    max_body_bytes: int = 2 * 1024 * 1024
    views_dir: Path | None = field(default=None, compare=False)


def _status(code: int) -> str:
    return f"{code} {HTTPStatus(code).phrase}"


class SparqlApp:
    """The WSGI application over a QueryRunner."""

    def __init__(self, settings: Settings, runner: QueryRunner, hosts: HostPolicy) -> None:
        self.settings = settings
        self.runner = runner
        self.hosts = hosts
        self._window: tuple[int, Window | None] | None = None  # (the store's generation, its recent window)

    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        extra = self._cors_headers(environ)
        try:
            host = environ.get("HTTP_HOST")
            if host is not None and not self.hosts.allows(host):  # no Host at all: not from a browser
                raise Refused(403, f"Host {host!r} is not this server's name (DNS rebinding?)")
            answer = self._route(environ)
        except (Refused, RunnerError) as exc:
            answer = Answer(exc.status, "text/plain", {}, [(str(exc) + "\n").encode()])
        headers = [("Content-Type", _content_type(answer.media)), *SAFETY_HEADERS, *extra]
        headers += list(answer.headers.items())
        if "Content-Security-Policy" not in answer.headers:
            headers.append(("Content-Security-Policy", pages.ANSWER_CSP))
        if environ["PATH_INFO"] in QUERY_PATHS or environ["PATH_INFO"] == "/update":
            headers.append(("Cache-Control", "no-store"))
        body = answer.body
        if isinstance(body, list | tuple):
            headers.append(("Content-Length", str(sum(len(b) for b in body))))
        start_response(_status(answer.status), headers)
        if environ["REQUEST_METHOD"] == "HEAD":
            if hasattr(body, "close"):
                body.close()
            return []
        return body

    def _cors_headers(self, environ: dict) -> list[tuple[str, str]]:
        origin = environ.get("HTTP_ORIGIN")
        if not self.settings.cors:
            return []
        headers = [("Vary", "Origin")]
        if origin and origin in self.settings.cors:
            headers.append(("Access-Control-Allow-Origin", origin))
            headers.append(("Access-Control-Expose-Headers", "X-KG-Truncated"))
        return headers

    def _route(self, environ: dict) -> Answer:
        method = environ["REQUEST_METHOD"]
        path = environ["PATH_INFO"]
        if method == "OPTIONS":
            return self._preflight(environ)
        if method in ("GET", "HEAD"):
            if path in QUERY_PATHS:
                params = _params(environ.get("QUERY_STRING", ""))
                if "query" not in params and "text/html" in environ.get("HTTP_ACCEPT", ""):
                    return self._query_page()  # a browser opening the endpoint
                return self._query(params.get("query"), params, environ)
            return self._static(path)
        if method == "POST":
            return self._post(environ, path)
        raise Refused(405, f"{method} is not supported here (GET, HEAD, POST)")

    def _preflight(self, environ: dict) -> Answer:
        origin = environ.get("HTTP_ORIGIN")
        if not origin or origin not in self.settings.cors:
            raise Refused(403, "cross-origin requests are not allowed (kg serve --cors ORIGIN allows one)")
        headers = {
            "Access-Control-Allow-Methods": "GET, POST",
            "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
            "Access-Control-Max-Age": "600",
        }
        return Answer(204, "text/plain", headers, [])

    def _post(self, environ: dict, path: str) -> Answer:
        media = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
        raw = _body(environ)
        params = _params(environ.get("QUERY_STRING", ""))
        if media == "application/x-www-form-urlencoded":
            params.update(_params(raw))
        if path == "/update":
            if not self.settings.allow_update:
                raise Refused(403, "this endpoint is read-only (kg serve --allow-update to change that)")
            headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
            check_write(headers, self.settings.token, self.hosts.origins(), self.settings.cors)
            return self._update(raw if media == "application/sparql-update" else params.get("update"))
        if path not in QUERY_PATHS:
            raise Refused(404, "not found")
        if media == "application/sparql-query":
            return self._query(raw, params, environ)
        if params.get("update"):
            raise Refused(403, "this endpoint is read-only: POST updates to /update")
        return self._query(params.get("query"), params, environ)

    def _query(self, sparql: str | None, params: dict[str, str], environ: dict) -> Answer:
        if not sparql:
            raise Refused(400, "no query: give ?query=... or POST one")
        check_sparql(sparql, self.settings.allow_remote, self.settings.limits)
        return self.runner.query(sparql, environ.get("HTTP_ACCEPT", ""), params.get("format"))

    def _update(self, sparql: str | None) -> Answer:
        if not sparql:
            raise Refused(400, "no update given")
        check_sparql(sparql, self.settings.allow_remote, self.settings.limits)
        return self.runner.update(sparql)

    def _query_page(self) -> Answer:
        page = pages.query_page(views=self.settings.views_dir is not None, window=self._recent_window())
        return Answer(200, "text/html", {"Content-Security-Policy": pages.PAGE_CSP}, [page])

    def _recent_window(self) -> Window | None:
        """The last days of the store's events, asked of a worker once per generation of the store (the
        first page, and the first after an update); None when no event has a time or the store cannot say
        (the examples keep their own window)."""
        generation = self.runner.generation
        if self._window is not None and self._window[0] == generation:
            return self._window[1]
        self._window = (generation, self._ask_recent_window())
        return self._window[1]

    def _ask_recent_window(self) -> Window | None:
        try:
            answer = self.runner.query(EVENTS_SPAN, "application/sparql-results+json")
            binding = json.loads(b"".join(answer.body))["results"]["bindings"][0]
            first, last = (dt.date.fromisoformat(binding[k]["value"][:10]) for k in ("first", "last"))
        except (RunnerError, OSError, ValueError, KeyError, IndexError):
            return None
        return pages.recent_window(Window(first, last))

    def _static(self, path: str) -> Answer:
        if path in QUERY_PAGE_PATHS:
            return self._query_page()
        if path.startswith("/assets/"):
            found = pages.asset(path[len("/assets/") :])
            if found is not None:
                headers = {"Content-Security-Policy": pages.PAGE_CSP, "Cache-Control": "no-cache"}
                return Answer(200, pages.media_type(found), headers, [found.read_bytes()])
            raise Refused(404, "not found")
        name = path[len("/views/") :] if path.startswith("/views/") else "" if path == "/views" else path.lstrip("/")
        view = pages.view_file(self.settings.views_dir, name or "index.html")
        if view is not None:
            return Answer(200, "text/html", {"Content-Security-Policy": pages.view_csp(view)}, [view.read_bytes()])
        raise Refused(404, "not found")


def _content_type(media: str) -> str:
    return media if "charset" in media or "xml" in media else media + "; charset=utf-8"


def _body(environ: dict) -> str:
    """The request body as text (the HTTP layer has already bounded and read it)."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refused(400, "bad Content-Length") from None
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the request body is not UTF-8") from None


def _params(text: str) -> dict[str, str]:
    """The first value of each parameter of a query string or form."""
    try:
        parsed = parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=100)
    except (UnicodeDecodeError, ValueError) as exc:
        raise Refused(400, f"bad parameters: {exc}") from None
    return {k: v[0] for k, v in parsed.items()}

"""Fetching pages and feeds by URL, politely and once.

- a user agent naming kg, a timeout per request, a size limit (a larger body is refused, not cut);
- retries with exponential back-off for passing failures (network errors, 429, 5xx), never for 4xx;
- robots.txt honoured (read once per host; an unreachable robots.txt allows, as crawlers do);
- the content type checked (HTML, XHTML, RSS/Atom/XML, JSON, plain text);
- every fetched body cached on disk, keyed by URL, so a rebuild does not fetch again.

Standard library only (urllib). A failure is a FetchError with a one-line reason.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from pathlib import Path

from kg import __version__
from kg.atomic import atomic_write

USER_AGENT = f"kg/{__version__} (news knowledge-graph builder; +https://w3id.org/kgnews)"
ACCEPTED_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "text/plain": "txt",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL that could not be fetched, with the reason in one line."""


@dataclass
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    kind: str  # html | feed | xml | json | jsonl | txt | csv | tsv
    body: bytes
    from_cache: bool = False


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "pages"


class Fetcher:
    """Fetches URLs with the settings of `kg.ingest.records.ReadOptions`; one per run (robots.txt and the
    cache are shared by all its requests)."""

    def __init__(
        self,
        cache_dir: str | None = None,
        timeout: float = 20.0,
        max_bytes: int = 10_000_000,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        self.cache = None if cache_dir == "" else Path(cache_dir) if cache_dir else default_cache_dir()
        self.timeout, self.max_bytes, self.retries, self.backoff = timeout, max_bytes, retries, backoff
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    # --- cache ---------------------------------------------------------------------------------

    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.cache / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _cached(self, url: str) -> Fetched | None:
        paths = self._cache_paths(url)
        if paths is None or not paths[0].is_file() or not paths[1].is_file():
            return None
        try:
            meta = json.loads(paths[1].read_text(encoding="utf-8"))
            return Fetched(url, meta["final_url"], meta["kind"], paths[0].read_bytes(), from_cache=True)
        except (OSError, ValueError, KeyError):
            return None

    def _store(self, fetched: Fetched) -> None:
        paths = self._cache_paths(fetched.url)
        if paths is None:
            return
        try:
            atomic_write(paths[0], lambda tmp: Path(tmp).write_bytes(fetched.body))
            meta = {"url": fetched.url, "final_url": fetched.final_url, "kind": fetched.kind, "fetched": time.time()}
            atomic_write(paths[1], lambda tmp: Path(tmp).write_text(json.dumps(meta), encoding="utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs a fetch next time

    # --- robots.txt ----------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                status, body, _, _ = self._request(host + "/robots.txt", limit=500_000)
                if status == 200:
                    parser.parse(body.decode("utf-8", errors="replace").splitlines())  # type: ignore[union-attr]
                elif status in (401, 403):
                    parser.disallow_all = True  # type: ignore[union-attr]
                else:
                    parser = None  # no robots.txt: everything allowed
            except FetchError:
                parser = None
            self._robots[host] = parser
        robots = self._robots[host]
        return robots is None or robots.can_fetch(USER_AGENT, url)

    # --- requests ------------------------------------------------------------------------------

    def _request(self, url: str, limit: int | None = None) -> tuple[int, bytes, str, str]:
        """(status, body, content type, final URL) of one GET, with retries for passing failures."""
        limit = limit or self.max_bytes
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    declared = resp.headers.get("Content-Length")
                    if declared and declared.isdigit() and int(declared) > limit:
                        raise FetchError(f"{url}: {int(declared):,} bytes, over the limit of {limit:,}")
                    body = resp.read(limit + 1)
                    if len(body) > limit:
                        raise FetchError(f"{url}: larger than the limit of {limit:,} bytes")
                    ctype = resp.headers.get_content_type()
                    return resp.status, body, ctype, resp.geturl()
            except urllib.error.HTTPError as exc:
                if exc.code not in RETRY_STATUSES:
                    return exc.code, b"", "", url
                last = f"HTTP {exc.code}"
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                last = str(reason) or type(exc).__name__
        raise FetchError(f"{url}: {last} (after {self.retries + 1} tries)")

    def get(self, url: str) -> Fetched:
        """The body of `url` (from the cache when it is there), or FetchError."""
        cached = self._cached(url)
        if cached is not None:
            return cached
        if not self.allowed(url):
            raise FetchError(f"{url}: refused by the site's robots.txt")
        status, body, ctype, final = self._request(url)
        if status != 200:
            raise FetchError(f"{url}: HTTP {status}")
        kind = ACCEPTED_TYPES.get(ctype)
        if kind is None:
            raise FetchError(f"{url}: content type {ctype or 'unknown'} is not a page, feed or text kg reads")
        fetched = Fetched(url, final, kind, body)
        self._store(fetched)
        return fetched

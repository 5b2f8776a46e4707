"""The HTTP layer: waitress (a pure-Python production WSGI server) with kg's limits, and `serve`.

waitress reads requests and writes answers asynchronously, so a slow or silent client holds a socket,
not a thread; a bounded pool of threads runs the application; the listen backlog is real. On top of its
idle timeout, a request must arrive whole within `request_timeout` of its first byte (a client that
trickles its headers is cut off), and bodies are capped at `max_body_bytes` (413).
"""

from __future__ import annotations

import secrets
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer

from kg.server.app import Settings, SparqlApp
from kg.server.guards import HostPolicy
from kg.server.runner import QueryRunner
from kg.store import StoreError, open_store


class _Channel(HTTPChannel):
    """A connection that remembers since when it has been receiving an unfinished request."""

    receiving_since: float | None = None

    def received(self, data: bytes) -> bool:
        if data and self.receiving_since is None:
            self.receiving_since = time.time()
        result = super().received(data)
        if self.request is None:  # nothing half-received (the request is complete, or there was none)
            self.receiving_since = None
        return result


class _Server(TcpWSGIServer):
    channel_class = _Channel
    request_timeout = 20.0

    def maintenance(self, now: float) -> None:
        super().maintenance(now)  # idle connections
        cutoff = now - self.request_timeout
        for channel in list(self.active_channels.values()):
            since = getattr(channel, "receiving_since", None)
            if since is not None and since < cutoff and not channel.requests:
                channel.will_close = True


class Server:
    """A bound (not yet serving) kg endpoint: `url`, `serve_forever()`, `close()`."""

    def __init__(self, location: str | Path, settings: Settings) -> None:
        self.settings = settings
        self.runner = QueryRunner(
            str(location),
            workers=settings.workers,
            timeout=settings.timeout,
            max_results=settings.max_results,
            allow_update=settings.allow_update,
            allow_remote=settings.allow_remote,
            memory_mb=settings.max_memory_mb,
        )
        try:
            adjustments = Adjustments(
                host=settings.host,
                port=settings.port,
                threads=settings.threads,
                backlog=settings.backlog,
                connection_limit=settings.connection_limit,
                channel_timeout=settings.idle_timeout,
                cleanup_interval=max(1, min(5, settings.idle_timeout // 2)),
                max_request_body_size=settings.max_body_bytes,
                max_request_header_size=settings.limits.max_bytes * 3 + 16 * 1024,  # a GET's URL-encoded query
                asyncore_use_poll=True,  # select() stops at 1,024 sockets
                ident="kg-serve",
                expose_tracebacks=False,
                clear_untrusted_proxy_headers=True,
            )
            self._server = _Server(_placeholder, adj=adjustments)
        except BaseException:
            self.runner.close()
            raise
        self._server.request_timeout = settings.request_timeout
        host, port = self._server.effective_host, int(self._server.effective_port)
        self.hosts = HostPolicy(settings.host, port)
        self._server.application = SparqlApp(settings, self.runner, self.hosts)
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}/"

    def serve_forever(self) -> None:
        self._server.run()

    def close(self) -> None:
        self._server.close()
        self._server.task_dispatcher.shutdown(timeout=5)
        self.runner.close()


def _placeholder(environ: dict, start_response: Callable) -> list[bytes]:  # replaced once the port is known
    start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
    return [b"starting\n"]


def write_views_for(location: str | Path, directory: Path) -> Path | None:
    """The HTML views of the store in `directory`, or None when the views cannot be made."""
    try:
        import pyoxigraph as ox

        from kg.views import write_views

        write_views(ox.Store.read_only(str(location)), directory)
    except Exception:  # noqa: BLE001 - the endpoint is still useful without the views
        return None
    return directory


def serve(
    location: str | Path,
    settings: Settings | None = None,
    on_ready: Callable[[Server], None] | None = None,
) -> int:
    """Serve the store directory at `location` until interrupted (0 on Ctrl-C or SIGTERM); StoreError when it is
    not a store (or, with updates allowed, another process holds it). With updates allowed and no token
    given, one is generated (`server.settings.token`, for `on_ready` to print).

    Read-only, this process holds the store open for writing while it serves, as a build would, so no
    build changes it under the readers' snapshots (`kg build` says the store is in use); with updates,
    the writer worker holds it instead."""
    settings = settings or Settings()
    if str(location).startswith(("http://", "https://")):
        raise StoreError(f"{location}: kg serve serves a store directory, not a remote store")
    if settings.allow_update and not settings.token:
        settings = replace(settings, token=secrets.token_urlsafe(24))
    holder = open_store(location, create=False, read_only=settings.allow_update)
    if settings.allow_update:
        holder.close()
    previous_term = _stop_on_sigterm()
    try:
        with tempfile.TemporaryDirectory(prefix="kg-views-") as tmp:
            settings = replace(settings, views_dir=write_views_for(location, Path(tmp)))
            server = Server(location, settings)
            try:
                if on_ready is not None:
                    on_ready(server)
                server.serve_forever()
            except KeyboardInterrupt:
                pass
            finally:
                server.close()
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
        holder.close()
    return 0


def _stop_on_sigterm() -> signal.Handlers | None:
    """SIGTERM (what `kill`, systemd and container runtimes send) stops the server as Ctrl-C does: the
    workers are killed and the store closed. Its default action would end this process at once and
    leave the workers to notice later. Only the main thread can set a handler; the previous one, to
    restore, or None when nothing was changed."""
    if threading.current_thread() is not threading.main_thread():
        return None
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_IGN:  # started with SIGTERM ignored on purpose: leave it so
        return None
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    return previous if previous is not None else signal.SIG_DFL  # None: a handler not set from Python

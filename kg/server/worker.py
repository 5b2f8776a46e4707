"""A query worker: a child process that runs SPARQL against the store and sends the answer back in chunks.

The server (`kg.server.runner`) keeps a few of these and kills one whose query runs past its deadline:
killing a process is the one way to stop an Oxigraph query, and it hands back the memory the query held.
A reader opens the store read-only (beside the writer, which Oxigraph leaves unsupported: an open may
meet a table file the writer is replacing, so a reopen is tried again for a few seconds, then the query
gets 503 and the worker lives on) and reopens it when told the store changed; the one writer (only with
`--allow-update`) opens it for writing and runs updates. Unless remote requests are allowed, a worker
first moves into a network namespace of its own where the OS lets it (Linux), so no query can reach the
network whatever the server's checks missed.

Messages from the server: `Task`. To the server: ("ready",) or ("failed", message) once, then for each
task ("head", status, media type, headers), ("chunk", bytes)..., ("end",), or ("error", status, message);
a large answer is streamed (`send_answer`) and may end in ("abort", message) instead of ("end",).
"""

from __future__ import annotations

import ctypes
import os
import resource
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg.query import ENGINE_STACK_BYTES
from kg.rdf import PREFIXES
from kg.server.formats import (
    GRAPH_TYPES,
    SELECT_TYPES,
    graph_format,
    select_format,
    serialize_boolean,
    serialize_rows,
    serialize_triples,
)
from kg.store.memory import bound_malloc_arenas

CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000


@dataclass(frozen=True)
class Task:
    """One query or update for a worker; `generation` counts the updates the store has had."""

    kind: str  # "query" or "update"
    sparql: str
    accept: str = ""
    fmt: str | None = None
    max_results: int = 100_000
    generation: int = 0


class Failure(Exception):
    """A query or update that failed: the HTTP status and a one-line message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def isolate_network() -> bool:
    """Move this process into a new (user and) network namespace with no interface up; False where the
    OS does not allow it (not Linux, or unprivileged namespaces disabled)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        flags = CLONE_NEWNET if os.geteuid() == 0 else CLONE_NEWUSER | CLONE_NEWNET
        return libc.unshare(flags) == 0
    except (OSError, AttributeError):
        return False


def _engine_error(exc: Exception, what: str) -> Failure:
    if isinstance(exc, SyntaxError):
        return Failure(400, f"malformed {what}: {exc}")
    if isinstance(exc, OSError):
        return Failure(502, f"{what} failed: {exc}")
    return Failure(500, f"{what} failed: {type(exc).__name__}: {exc}")


STREAM_AFTER_BYTES = 1024 * 1024  # an answer larger than this is sent as it is produced, not held whole


def answer_query(dataset: ox.Store, task: Task) -> tuple[str, dict[str, str], Iterator[bytes]]:
    """(media type, headers, body chunks) of a query's answer, cut at `task.max_results` (and said so
    in `headers` once the chunks are through). The chunks are produced as the engine yields solutions:
    iterating them may raise Failure (evaluation errors surface while iterating)."""
    try:
        answer = dataset.query(task.sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except Exception as exc:  # noqa: BLE001 - every engine error becomes an answer
        raise _engine_error(exc, "query") from None
    headers: dict[str, str] = {}
    limit = task.max_results

    def guarded(chunks: Iterable[bytes]) -> Iterator[bytes]:
        try:
            yield from chunks
        except Exception as exc:  # noqa: BLE001
            raise _engine_error(exc, "query") from None

    if isinstance(answer, ox.QueryBoolean):
        key = select_format(task.accept, task.fmt)
        return SELECT_TYPES[key], headers, iter([serialize_boolean(bool(answer), key)])
    if isinstance(answer, ox.QueryTriples):
        key = graph_format(task.accept, task.fmt)

        def triples() -> Iterator[bytes]:
            kept = []
            for n, triple in enumerate(answer):
                if n >= limit:
                    headers["X-KG-Truncated"] = f"true; limit {limit}"
                    break
                kept.append(triple)
            yield serialize_triples(kept, key)  # one document: RDF serialisers want every triple at once

        return GRAPH_TYPES[key][0], headers, guarded(triples())
    key = select_format(task.accept, task.fmt)
    variables = [v.value for v in answer.variables]

    def rows() -> Iterator[list]:
        for n, solution in enumerate(answer):
            if n >= limit:
                headers["X-KG-Truncated"] = f"true; limit {limit}"
                return
            yield [solution[v] for v in variables]

    return SELECT_TYPES[key], headers, guarded(serialize_rows(variables, rows(), key))


def send_answer(
    conn: Connection, media: str, headers: dict[str, str], chunks: Iterator[bytes], limit: int = 0
) -> None:
    """Send an answer to the server: whole (with its length and every header) when it is small; else
    its head, then each chunk as the engine produces it, so neither process holds a large answer whole.

    A streamed answer's head goes before its end is known: `X-KG-Limit` says the row limit (a streamed
    answer of exactly that many rows may have been cut), and an error after the head ends the stream
    with ("abort", message), which the HTTP layer turns into a cut connection (an incomplete body, not a
    complete wrong one).
    """
    held: list[bytes] = []
    size = 0
    for chunk in chunks:  # a Failure before the head is an error answer
        held.append(chunk)
        size += len(chunk)
        if size > STREAM_AFTER_BYTES:
            break
    else:
        headers["Content-Length"] = str(size)  # lets HTTP keep-alive
        conn.send(("head", 200, media, headers))
        for chunk in held:
            conn.send(("chunk", chunk))
        conn.send(("end",))
        return
    conn.send(("head", 200, media, {**headers, "X-KG-Streamed": "true", "X-KG-Limit": str(limit)}))
    for chunk in held:
        conn.send(("chunk", chunk))
    held.clear()
    try:
        for chunk in chunks:
            conn.send(("chunk", chunk))
    except Failure as exc:
        conn.send(("abort", str(exc)))
        return
    conn.send(("end",))


REOPEN_SECONDS = 5.0


class _Worker:
    def __init__(self, conn: Connection, location: str, writable: bool) -> None:
        self.conn = conn
        self.location = location
        self.writable = writable
        self.generation = 0
        self.dataset = self._open()

    def _open(self) -> ox.Store:
        return ox.Store(self.location) if self.writable else ox.Store.read_only(self.location)

    def _reopen(self) -> ox.Store:
        """The store opened read-only again after an update. The writer's RocksDB goes on flushing and
        compacting after the update has returned, and a read-only open that meets a table file just
        replaced fails (RocksDB: "Corruption: IO error: No such file or directory ... .sst", raised as
        RuntimeError; Oxigraph documents a read-only open beside a writer as unsupported): the files settle
        within moments, so the open is tried again for up to REOPEN_SECONDS before the query is refused
        with 503."""
        deadline = time.monotonic() + REOPEN_SECONDS
        while True:
            try:
                return self._open()
            except (OSError, RuntimeError) as exc:
                print(f"kg serve: reopening the store after an update: {exc}", file=sys.stderr, flush=True)
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def serve(self) -> None:
        self.conn.send(("ready",))
        while True:
            try:
                task: Task = self.conn.recv()
            except (EOFError, OSError):
                return  # the server is gone
            if task.generation != self.generation and not self.writable:
                # a read-only store is a snapshot: reopen to see the updates (the old handle released first)
                self.dataset = None  # type: ignore[assignment]
                try:
                    self.dataset = self._reopen()
                except (OSError, RuntimeError) as exc:
                    self.conn.send(("error", 503, f"the store is being updated, try again ({exc})"))
                    continue  # the next task tries again: this worker has no store open
                self.generation = task.generation
            try:
                if task.kind == "update":
                    self._update(task)
                else:
                    send_answer(self.conn, *answer_query(self.dataset, task), limit=task.max_results)
            except Failure as exc:
                self.conn.send(("error", exc.status, str(exc)))

    def _update(self, task: Task) -> None:
        if not self.writable:
            raise Failure(500, "this worker cannot write")
        try:
            self.dataset.update(task.sparql, prefixes=PREFIXES)
        except Exception as exc:  # noqa: BLE001
            raise _engine_error(exc, "update") from None
        self.conn.send(("head", 204, "text/plain", {}))
        self.conn.send(("end",))


def _exit_when_orphaned(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def limit_memory(megabytes: int) -> None:
    """Cap this process's data (heap and private mappings, the engine stack included): past it an
    allocation fails and the engine aborts the process, which the server reports and replaces."""
    if megabytes > 0 and hasattr(resource, "RLIMIT_DATA"):
        bound_malloc_arenas(MALLOC_ARENAS)
        cap = megabytes * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
        except (ValueError, OSError):
            pass  # a lower hard limit is already in force


MALLOC_ARENAS = 4  # under CPU load the engine's threads could otherwise take many arenas and pass the
# data limit with little memory in use (a query refused for memory only when the machine was busy)


def main(conn: Connection, location: str, writable: bool, offline: bool, memory_mb: int = 0) -> None:
    """The worker process: open the store, say ready, then answer tasks until the server goes away."""
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    if offline:
        isolate_network()
    limit_memory(memory_mb)
    try:
        worker = _Worker(conn, location, writable)
    except OSError as exc:
        message = str(exc)
        if "lock" in message.lower():
            message = f"{location}: store is in use by another process (kg build?)"
        conn.send(("failed", message))
        return
    threading.stack_size(ENGINE_STACK_BYTES)  # Oxigraph recurses over the query tree
    try:
        engine = threading.Thread(target=worker.serve, name="kg-engine")
        engine.start()
    except RuntimeError as exc:  # no room for the engine's stack under the memory cap
        conn.send(("failed", f"cannot start the query engine: {exc}"))
        return
    engine.join()

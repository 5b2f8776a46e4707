"""Queries with deadlines that stop the work: a pool of worker processes (`kg.server.worker`), one query
each at a time, and a worker whose query runs past its deadline killed and replaced.

A request waits at most the query timeout for a free worker (then "busy", 503). Answers come back from
the worker in chunks, which the HTTP layer streams on; the worker goes back to the pool when the answer
is through. With updates allowed, one more worker (the writer) holds the store open for writing and
runs updates one at a time; each update that succeeds bumps the store's generation, and the readers
reopen their read-only view before their next query.
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from kg.server import worker as worker_module
from kg.server.worker import Task

START_TIMEOUT = 60.0  # seconds for a worker to import kg and open the store


class RunnerError(Exception):
    """A query the runner could not answer: HTTP status and message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _context() -> Any:  # a multiprocessing context (typeshed's BaseContext lacks Process)
    """Workers are forked from a clean single-threaded server process where the OS has one (fast to
    start, nothing of the HTTP threads inherited); spawned elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.server.worker"])
        return ctx
    return multiprocessing.get_context("spawn")


@dataclass(eq=False)
class _Process:
    process: BaseProcess
    conn: Connection


@dataclass
class Answer:
    """An answer on its way: status, media type, headers, and the body's chunks (an iterator that
    hands the worker back to its pool when the body is through or closed)."""

    status: int
    media: str
    headers: dict[str, str]
    body: Iterable[bytes] = field(default_factory=tuple)


class Pool:
    """`size` workers over the store at `location`; each does one task at a time."""

    def __init__(self, location: str, size: int, writable: bool, offline: bool, memory_mb: int = 0) -> None:
        self.location = location
        self.memory_mb = memory_mb
        self.size = size
        self.writable = writable
        self.offline = offline
        self._ctx = _context()
        self._idle: queue.Queue[_Process] = queue.Queue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [self._start() for _ in range(size)]
        for proc in started:
            self._wait_ready(proc)
            self._idle.put(proc)

    def _start(self) -> _Process:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=worker_module.main,
            args=(child, self.location, self.writable, self.offline, self.memory_mb),
            name="kg-query-worker",
            daemon=True,
        )
        process.start()
        child.close()
        proc = _Process(process, parent)
        with self._lock:
            self._all.add(proc)
        return proc

    def _wait_ready(self, proc: _Process) -> None:
        message: tuple = ("failed", "the worker did not start in time")
        try:
            if proc.conn.poll(START_TIMEOUT):
                message = proc.conn.recv()
        except (EOFError, OSError):
            message = ("failed", "the worker exited while starting")
        if message[0] != "ready":
            self._kill(proc)
            raise RunnerError(503, f"cannot start a query worker: {message[1]}")

    def acquire(self, timeout: float) -> _Process:
        """A free worker, waiting at most `timeout` seconds."""
        try:
            return self._idle.get(timeout=timeout)
        except queue.Empty:
            raise RunnerError(
                503, f"server busy: all {self.size} query workers are running queries; try again later"
            ) from None

    def release(self, proc: _Process) -> None:
        if self._closed:
            self._kill(proc)
        else:
            self._idle.put(proc)

    def discard(self, proc: _Process) -> None:
        """Kill a worker (its query past the deadline, or it died) and start its replacement."""
        self._kill(proc)
        if not self._closed:
            threading.Thread(target=self._replace, name="kg-worker-restart", daemon=True).start()

    def _replace(self) -> None:
        while not self._closed:
            try:
                proc = self._start()
                self._wait_ready(proc)
            except RunnerError:
                time.sleep(1.0)  # e.g. the store is briefly locked by another process: try again
                continue
            self.release(proc)
            return

    def _kill(self, proc: _Process) -> None:
        if proc.process.is_alive():
            proc.process.kill()
        proc.process.join(5.0)
        proc.conn.close()
        with self._lock:
            self._all.discard(proc)

    def pids(self) -> list[int]:
        with self._lock:
            return [p.process.pid for p in self._all if p.process.pid is not None]

    def close(self) -> None:
        self._closed = True
        with self._lock:
            procs = list(self._all)
        for proc in procs:
            self._kill(proc)


def _receive(proc: _Process, deadline: float) -> tuple:
    """The worker's next message before the deadline; RunnerError when it is late or died."""
    remaining = deadline - time.monotonic()
    try:
        if remaining > 0 and proc.conn.poll(remaining):
            return proc.conn.recv()
    except (EOFError, OSError):
        raise RunnerError(500, _stopped(proc)) from None
    raise RunnerError(503, "timed out")


def _stopped(proc: _Process) -> str:
    """Why the worker is gone, as far as its exit says: a signal (SIGKILL from the kernel's OOM killer, SIGABRT
    from an allocation past the memory cap) or an exit status, for the operator reading the server's log."""
    proc.process.join(2.0)
    code = proc.process.exitcode
    if code is None:
        how = "still running"
    elif code < 0:
        try:
            how = f"killed by {signal.Signals(-code).name}"
        except ValueError:
            how = f"killed by signal {-code}"
    else:
        how = f"exit status {code}"
    return f"the query engine stopped on this query (out of its memory limit, or crashed: {how})"


class _Body:
    """An answer's chunks as they come from the worker. The worker goes back to its pool when the last
    chunk is through; when the client goes away first (`close`), the rest is drained within the
    deadline before the worker serves anyone else, or the worker is killed."""

    def __init__(self, pool: Pool, proc: _Process, deadline: float, what: str) -> None:
        self.pool = pool
        self.proc: _Process | None = proc
        self.deadline = deadline
        self.what = what

    def __iter__(self) -> _Body:
        return self

    def __next__(self) -> bytes:
        if self.proc is None:
            raise StopIteration
        try:
            message = _receive(self.proc, self.deadline)
        except RunnerError as exc:
            self._settle(healthy=False)
            raise RunnerError(exc.status, f"{self.what} cut short: {exc}") from None
        if message[0] == "end":
            self._settle(healthy=True)
            raise StopIteration
        if message[0] == "abort":  # a streamed answer failed after its head: the body is cut, not completed
            self._settle(healthy=True)
            raise RunnerError(500, f"{self.what} failed while streaming: {message[1]}")
        return message[1]

    def close(self) -> None:
        if self.proc is None:
            return
        try:
            while _receive(self.proc, self.deadline)[0] not in ("end", "abort"):
                pass
        except RunnerError:
            self._settle(healthy=False)
            return
        self._settle(healthy=True)

    def _settle(self, healthy: bool) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            (self.pool.release if healthy else self.pool.discard)(proc)


class QueryRunner:
    """Runs queries (and updates, when a writer is given) in worker processes, killed at the deadline."""

    def __init__(
        self,
        location: str,
        workers: int = 2,
        timeout: float = 30.0,
        max_results: int = 100_000,
        allow_update: bool = False,
        allow_remote: bool = False,
        memory_mb: int = 0,
    ) -> None:
        self.timeout = timeout
        self.max_results = max_results
        self.generation = 0
        self._update_lock = threading.Lock()
        # The writer first: it takes the store's write lock, which a reader does not need.
        self.writer = Pool(location, 1, True, not allow_remote, memory_mb) if allow_update else None
        try:
            self.readers = Pool(location, workers, False, not allow_remote, memory_mb)
        except BaseException:
            if self.writer is not None:
                self.writer.close()
            raise

    def query(self, sparql: str, accept: str = "", fmt: str | None = None) -> Answer:
        task = Task("query", sparql, accept, fmt, self.max_results, self.generation)
        return self._run(self.readers, task, "query")

    def update(self, sparql: str) -> Answer:
        if self.writer is None:
            raise RunnerError(403, "this endpoint is read-only (kg serve --allow-update to change that)")
        with self._update_lock:  # one update at a time, and the generation bumped before the next query
            answer = self._run(self.writer, Task("update", sparql), "update")
            list(answer.body)
            if answer.status < 300:
                self.generation += 1
        return answer

    def _run(self, pool: Pool, task: Task, what: str) -> Answer:
        proc = pool.acquire(self.timeout)
        deadline = time.monotonic() + self.timeout
        try:
            proc.conn.send(task)
            message = _receive(proc, deadline)
        except RunnerError as exc:
            pool.discard(proc)
            if exc.status == 503:
                raise RunnerError(503, f"{what} timed out after {self.timeout:g} s (limit per {what})") from None
            raise
        except (OSError, ValueError):
            why = _stopped(proc)  # before discard() kills it
            pool.discard(proc)
            raise RunnerError(500, why) from None
        if message[0] == "error":
            pool.release(proc)
            raise RunnerError(message[1], message[2])
        _, status, media, headers = message
        return Answer(status, media, headers, _Body(pool, proc, deadline, what))

    def pids(self) -> list[int]:
        """The worker processes' ids (readers and writer)."""
        return self.readers.pids() + (self.writer.pids() if self.writer else [])

    def close(self) -> None:
        self.readers.close()
        if self.writer is not None:
            self.writer.close()

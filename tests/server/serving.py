"""Servers for the endpoint tests (imported by the test modules: a conftest.py here would shadow
tests/conftest.py for the other tests): real `kg serve` processes on loopback over a store on disk, and a
small HTTP client. Nothing is mocked; every wait is on a condition (a line printed, a port answering,
a process gone), with a deadline."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

HERE = Path(__file__).resolve().parent
EX = "https://w3id.org/kgnews/id/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
# Four unconstrained patterns over a few hundred triples: ~10^10 rows, far past any test's timeout.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
STOP_SECONDS = 20.0  # a bound, not a wait: a stop takes ~0.1 s, the exit after it ~0.5-3 s (its imports)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# A server started by the tests gets Ctrl-C's default action even when pytest runs with SIGINT ignored
# (`pytest &`, nohup, some CI runners): inherited, an ignored SIGINT would make every stop by Ctrl-C wait
# out its bound and kill (20 s per server in the suite, before).
CHILD_SIGNALS = {"preexec_fn": _default_sigint}


def make_store(path: Path, articles: int = 50) -> Path:
    """A store directory with `articles` small article graphs (a label each, and a few more triples)."""
    store = ox.Store(str(path))
    quads = []
    for i in range(articles):
        g = ox.NamedNode(f"{EX}graph/a{i}")
        s = ox.NamedNode(f"{EX}event/a{i}/e1")
        quads.append(ox.Quad(s, RDFS_LABEL, ox.Literal(f"ev, {i}"), g))
        for j in range(5):
            quads.append(ox.Quad(s, ox.NamedNode(f"{EX}p{j}"), ox.Literal(j), g))
    store.bulk_extend(quads)
    store.flush()
    del store
    return path


@dataclass
class Served:
    """A running endpoint: its URL, update token, process, and the settings it was started with."""

    url: str
    token: str
    process: subprocess.Popen
    store: Path
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    @property
    def port(self) -> int:
        return int(urllib.parse.urlsplit(self.url).port or 0)

    def stop(self, how: signal.Signals = signal.SIGTERM) -> int:
        """Stop the server with `how` (SIGTERM, or SIGINT as Ctrl-C) and return its exit code: 0 when it
        stopped by itself within STOP_SECONDS, else it is killed and the code is -9 (a fixture that
        asserts 0 fails on a server that does not stop)."""
        if self.process.poll() is None:
            self.process.send_signal(how)
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def _wait_for_line(process: subprocess.Popen, log: Path, pattern: str, timeout: float = 60.0) -> re.Match:
    """The first match of `pattern` in what the process printed (to `log`), once it appears."""
    deadline = time.monotonic() + timeout
    while True:
        text = log.read_text(errors="replace") if log.exists() else ""
        match = re.search(pattern, text, re.M)
        if match:
            return match
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"the server did not start:\n{text}")
        time.sleep(0.05)


def _log_file(store: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix="kg-serve-", suffix=".log", dir=store.parent)
    os.close(fd)
    return Path(name)


def start_server(store: Path, **settings) -> Served:
    """`kg.server.serve` in a child process (tests/server/launch.py), once it listens."""
    log = _log_file(store)
    with log.open("w") as out:  # a file, not a pipe: a full pipe would block the server
        process = subprocess.Popen(
            [sys.executable, str(HERE / "launch.py"), str(store), json.dumps(settings)],
            stdout=out,
            stderr=out,
            **CHILD_SIGNALS,
        )
    match = _wait_for_line(process, log, r"^ready (\S+) (\S+)")
    return Served(match.group(1), match.group(2), process, store, log)


def start_cli(store: Path, *options: str) -> Served:
    """`kg serve` itself (the CLI) in a child process, once it listens (and printed the token)."""
    log = _log_file(store)
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *options],
            stdout=out,
            stderr=out,
            **CHILD_SIGNALS,
        )
    match = _wait_for_line(process, log, r"serving .* at (\S+) ")
    token = _wait_for_line(process, log, r"Bearer (\S+)'").group(1) if "--allow-update" in options else "-"
    return Served(match.group(1), token, process, store, log)


# The fixtures: a test module imports them (`from serving import served_fixture, store_fixture`).
@pytest.fixture(scope="module", name="store_dir")
def store_fixture(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("store") / "store")


@pytest.fixture(scope="module", name="served")
def served_fixture(store_dir):
    """A read-only endpoint with a 2 s timeout and 20 rows per answer."""
    server = start_server(store_dir, timeout=2.0, max_results=20, workers=2)
    yield server
    assert server.stop() == 0, server.output()


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str

    def json(self):
        return json.loads(self.body)


def request(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> Reply:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read().decode())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read().decode())


def query_url(base: str, sparql: str, **params: str) -> str:
    return f"{base}sparql?" + urllib.parse.urlencode({"query": sparql, **params})


def count(server: Served) -> int:
    reply = request(query_url(server.url, COUNT))
    assert reply.status == 200, reply.body
    return int(reply.json()["results"]["bindings"][0]["n"]["value"])


def raw_exchange(port: int, payload: bytes, timeout: float = 10.0) -> bytes:
    """Send bytes as they are and read until the server closes or the timeout."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(payload)
        chunks = []
        try:
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                chunks.append(data)
                if b"\r\n\r\n" in b"".join(chunks) and _complete(b"".join(chunks)):
                    break
        except TimeoutError:
            pass
    return b"".join(chunks)


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    match = re.search(rb"content-length: *(\d+)", head, re.I)
    return bool(match) and len(body) >= int(match.group(1))


def descendants(pid: int) -> list[int]:
    """The processes below `pid` (Linux /proc), e.g. a server's query workers."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def wait_until(condition, timeout: float = 30.0, interval: float = 0.05):
    """Poll `condition()` until it is truthy (returned) or the deadline (AssertionError)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(interval)

"""Issue 15, item 5: the HTTP layer. Before: no idle or header timeout (301 half-open connections held
307 threads), a listen backlog of 5, `Content-Length: -1` held a thread, a bad Content-Length got no
answer. Now waitress: asynchronous reads and writes (a slow client holds a socket, not a thread), a
bounded thread pool, a real backlog, an idle timeout and a deadline for receiving each request."""

from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from serving import COUNT, query_url, raw_exchange, request, served_fixture, start_server, store_fixture  # noqa: F401 - the fixtures served, store_dir


def _threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


@pytest.fixture(scope="module")
def strict(store_dir):
    """An endpoint with short connection timeouts, so the tests see them act."""
    server = start_server(store_dir, idle_timeout=2, request_timeout=2.0, max_body_bytes=64 * 1024)
    yield server
    assert server.stop() == 0, server.output()


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "99999999999999999999999"])
def test_a_bad_content_length_gets_an_answer(strict, length):
    payload = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{strict.port}\r\nContent-Length: {length}\r\n\r\nASK{{}}"
    reply = raw_exchange(strict.port, payload.encode(), timeout=10)
    assert reply.startswith((b"HTTP/1.0 4", b"HTTP/1.1 4")), reply[:200]


def test_a_body_over_the_cap_is_413(strict):
    body = b"ASK {} #" + b"x" * (70 * 1024)
    reply = request(f"{strict.url}sparql", body, {"Content-Type": "application/sparql-query"})
    assert reply.status == 413


def test_garbage_and_a_bad_encoding_get_answers(strict):
    assert raw_exchange(strict.port, b"\x00\xff\xfe garbage\r\n\r\n").startswith(b"HTTP/1.0 400")
    reply = request(query_url(strict.url, "ASK {}").replace("ASK", "%FF%FE"))
    assert reply.status == 400
    bad = request(f"{strict.url}sparql", b"ASK { \xff }", {"Content-Type": "application/sparql-query"})
    assert bad.status == 400 and "UTF-8" in bad.body


def test_300_silent_or_trickling_connections_hold_no_threads(strict):
    threads_before = _threads(strict.process.pid)
    sockets = []
    try:
        for n in range(300):
            sock = socket.create_connection(("127.0.0.1", strict.port), timeout=10)
            if n % 2:
                sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.")  # and never the rest
            sockets.append(sock)
        started = time.monotonic()
        reply = request(query_url(strict.url, COUNT))
        assert reply.status == 200 and time.monotonic() - started < 5
        assert _threads(strict.process.pid) <= threads_before + 2
    finally:
        for sock in sockets:
            sock.close()


def test_a_trickling_request_is_cut_off_at_its_deadline(strict):
    sock = socket.create_connection(("127.0.0.1", strict.port), timeout=10)
    sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
    started = time.monotonic()
    closed = False
    while time.monotonic() - started < 20:  # one header byte every 0.2 s: never idle, never finished
        try:
            sock.sendall(b"X")
            sock.settimeout(0.2)
            if sock.recv(1) == b"":
                closed = True
                break
        except TimeoutError:
            continue
        except OSError:
            closed = True
            break
    sock.close()
    assert closed and time.monotonic() - started < 10


def test_an_idle_connection_is_closed(strict):
    sock = socket.create_connection(("127.0.0.1", strict.port), timeout=15)
    started = time.monotonic()
    assert sock.recv(1) == b""  # blocks until the server closes the silent connection
    assert time.monotonic() - started < 10
    sock.close()


def test_200_clients_at_once_all_get_answers(store_dir):
    """Every client connects and gets its answer (a listen backlog of 5 used to leave clients waiting and
    timing out). The query deadline is long: with the fixture's 2 s, a loaded machine answered a few of
    the 400 with a correct "busy" 503, which says nothing about connections."""
    server = start_server(store_dir, timeout=60.0, workers=2)
    try:
        def one(_):
            return request(query_url(server.url, "SELECT ?l WHERE { ?s rdfs:label ?l } LIMIT 1")).status

        with ThreadPoolExecutor(max_workers=200) as pool:
            statuses = list(pool.map(one, range(400)))
        assert statuses.count(200) == 400, sorted(set(statuses))
    finally:
        assert server.stop() == 0, server.output()


def test_keep_alive_serves_several_requests_on_one_connection(served):
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        for _ in range(3):
            sock.sendall(f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\n\r\n".encode())
            data = b""
            while b"true" not in data and b"false" not in data:
                chunk = sock.recv(65536)
                assert chunk, "closed after a keep-alive answer"
                data += chunk
            assert data.startswith(b"HTTP/1.1 200")

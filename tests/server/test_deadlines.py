"""Issue 15, item 4: a 503 after --timeout left the query running (4 such requests took the server's
RSS from 164 to 1,352 MB and kept a core busy). Now each query runs in a worker process that is killed
at the deadline: the work stops, its memory goes back, and a fresh worker takes its place."""

from __future__ import annotations

import os
import time

from serving import (  # noqa: F401 - the fixtures served, store_dir
    COUNT,
    SLOW,
    descendants,
    query_url,
    request,
    rss_kib,
    served_fixture,
    start_server,
    store_fixture,
    wait_until,
)

# A sort over a cross product: memory grows for as long as it runs.
HUNGRY = "SELECT ?a ?b ?c ?d WHERE { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f } ORDER BY ?a ?b ?c ?d"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] == "Z"


def _tree_rss(pid: int) -> int:
    return rss_kib(pid) + sum(rss_kib(p) for p in descendants(pid))


def test_a_query_past_its_deadline_is_stopped_and_its_worker_replaced(store_dir):
    server = start_server(store_dir, timeout=1.5, workers=1)
    try:
        assert request(query_url(server.url, COUNT)).status == 200
        before = set(descendants(server.process.pid))
        started = time.monotonic()
        reply = request(query_url(server.url, SLOW))
        elapsed = time.monotonic() - started
        assert reply.status == 503 and "timed out after 1.5 s" in reply.body
        assert elapsed < 10
        # The worker that ran it is gone (not left computing), and another answers in its place.
        gone = wait_until(lambda: [p for p in before if not _alive(p)], timeout=20)
        assert gone
        assert request(query_url(server.url, COUNT)).status == 200
        assert set(descendants(server.process.pid)) != before
    finally:
        server.stop()


def test_timed_out_queries_give_their_memory_back(store_dir):
    server = start_server(store_dir, timeout=1.0, workers=2, max_memory_mb=0)  # the deadline alone
    try:
        assert request(query_url(server.url, COUNT)).status == 200
        baseline = _tree_rss(server.process.pid)
        for _ in range(4):
            assert request(query_url(server.url, HUNGRY)).status == 503
        assert request(query_url(server.url, COUNT)).status == 200
        # Whatever the killed queries held went with their processes.
        after = wait_until(lambda: (lambda r: r if r < baseline + 200_000 else 0)(_tree_rss(server.process.pid)))
        assert after < baseline + 200_000, (baseline, after)
    finally:
        server.stop()


def test_busy_workers_answer_503_busy_not_a_hang(store_dir):
    server = start_server(store_dir, timeout=1.0, workers=1, threads=4)
    try:
        import threading

        replies = []
        slow = [threading.Thread(target=lambda: replies.append(request(query_url(server.url, SLOW)))) for _ in range(3)]
        for t in slow:
            t.start()
        for t in slow:
            t.join(60)
        statuses = sorted(r.status for r in replies)
        assert statuses == [503, 503, 503], [r.body for r in replies]
        assert any("busy" in r.body or "timed out" in r.body for r in replies)
        assert wait_until(lambda: request(query_url(server.url, COUNT)).status == 200)
    finally:
        server.stop()


def test_a_query_past_its_memory_cap_is_stopped_before_its_deadline(store_dir):
    server = start_server(
        store_dir, timeout=30.0, workers=1, max_memory_mb=800
    )  # ~450 MB of it reserved (engine stack, store)
    try:
        started = time.monotonic()
        reply = request(query_url(server.url, HUNGRY))
        assert reply.status == 500 and "memory limit" in reply.body, reply.body
        assert time.monotonic() - started < 25
        assert wait_until(lambda: request(query_url(server.url, COUNT)).status == 200)
        assert _tree_rss(server.process.pid) < 1_000_000
    finally:
        server.stop()

"""Large answers over real HTTP: sent as the engine produces them (chunked), complete, and with the
worker's memory far below the answer's size (a worker used to hold the whole answer before sending it)."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from serving import descendants, make_store, query_url, start_server

ARTICLES = 40_000  # 240,000 triples: a JSON answer of ~40 MB
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"


def peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def test_a_large_answer_is_streamed_complete_with_the_workers_memory_bounded(tmp_path):
    store = make_store(tmp_path / "store", articles=ARTICLES)
    server = start_server(store, timeout=120.0, max_results=1_000_000, workers=1)
    try:
        workers = [p for p in descendants(server.process.pid) if peak_rss_kib(p)]
        before = {p: peak_rss_kib(p) for p in workers}
        with urllib.request.urlopen(query_url(server.url, ALL), timeout=120) as resp:
            headers = {k.lower(): v for k, v in resp.headers.items()}
            body = resp.read()
        grown = max(peak_rss_kib(p) - before[p] for p in workers if p in before) * 1024
    finally:
        server.stop()
    assert headers.get("transfer-encoding") == "chunked" and "content-length" not in headers
    assert headers.get("x-kg-streamed") == "true" and "x-kg-truncated" not in headers
    rows = json.loads(body)["results"]["bindings"]
    assert len(rows) == 6 * ARTICLES  # every triple, none cut
    assert len({(r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows}) == len(rows)
    assert len(body) > 30 * 2**20
    # held whole, the answer alone would be len(body) in the worker (and more while it was serialised)
    assert grown < len(body) / 2, f"a worker grew by {grown / 2**20:.0f} MiB for a {len(body) / 2**20:.0f} MiB answer"


def test_a_small_answer_still_comes_whole_with_its_length(tmp_path):
    store = make_store(tmp_path / "store", articles=10)
    server = start_server(store, timeout=30.0, max_results=5, workers=1)
    try:
        with urllib.request.urlopen(query_url(server.url, ALL), timeout=30) as resp:
            headers = {k.lower(): v for k, v in resp.headers.items()}
            body = resp.read()
    finally:
        server.stop()
    assert int(headers["content-length"]) == len(body)
    assert headers["x-kg-truncated"] == "true; limit 5"
    assert len(json.loads(body)["results"]["bindings"]) == 5

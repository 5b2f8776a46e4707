"""`kg serve` under hostile requests, load and slow clients (issue 15's targets), over real HTTP.

    .venv/bin/python benchmarks/server.py [--seconds 60] [--clients 200] [--slow 300] [--no-write]

Builds a store of examples/articles (the issue's probe used the same 6,374 quads), starts `kg serve
--allow-update` in a child process, and measures from other processes:
- hostile: each request of the probe (deep nesting by GET and POST, flat chains, huge queries, bad
  Content-Length, garbage, LOAD, SERVICE, cross-site form updates, foreign Host headers, slow queries);
  after each, the server must still be alive and answer. Counts crashes and requests left unanswered.
- load: `--clients` concurrent clients for `--seconds`, each sending a simple query on a new connection
  about once a second (the probe's pattern: 200 clients, ~11,000 requests a minute); errors and latency.
- slow: `--slow` clients that open a connection and trickle their headers a byte at a time (reconnecting
  when cut off), while one client queries every 0.2 s; its errors and latency, the server's threads.
- timeouts: four memory-hungry queries past `--timeout`; the server's RSS (with its workers) after.
Rewrites the "## Server" section of BENCHMARKS.md (unless --no-write). Traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from multiprocessing import get_context
from pathlib import Path

from report import replace_section  # benchmarks/report.py (scripts run with benchmarks/ on sys.path)

ROOT = Path(__file__).resolve().parents[1]
SIMPLE = [
    "SELECT ?l WHERE { ?s rdfs:label ?l } LIMIT 5",
    "ASK { ?s a kg:Event }",
    "SELECT ?e ?d WHERE { ?e kg:date ?d } ORDER BY ?d LIMIT 10",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }",
]
HUNGRY = "SELECT ?a ?b ?c ?d WHERE { ?a ?p1 ?b . ?c ?p2 ?d . ?e ?p3 ?f } ORDER BY ?a ?b ?c ?d"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


# ---- the server --------------------------------------------------------------------------------------


def build_store(directory: Path) -> Path:
    store = directory / "store"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "-q",
            "build",
            str(ROOT / "examples" / "articles"),
            "--store",
            str(store),
            "-o",
            str(directory / "out"),
            "--no-view",
        ],
        check=True,
    )
    return store


def start(store: Path, log: Path, timeout: float) -> tuple[subprocess.Popen, str, str]:
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg",
                "serve",
                "--store",
                str(store),
                "--port",
                "0",
                "--allow-update",
                "--timeout",
                str(timeout),
            ],
            stdout=out,
            stderr=out,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        url, token = re.search(r"at (http://\S+/) ", text), re.search(r"Bearer (\S+)'", text)
        if url and token:
            return proc, url.group(1), token.group(1)
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    raise SystemExit(f"kg serve did not start:\n{log.read_text()}")


def tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [pid], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def status_field(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mib(pid: int) -> float:
    return sum(status_field(p, "VmRSS") for p in tree(pid)) / 1024


# ---- raw HTTP ----------------------------------------------------------------------------------------


def http_request(port: int, raw: bytes, timeout: float = 30.0) -> bytes:
    """Send bytes as they are; the answer until the server closes (or has sent Content-Length bytes)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall(raw)
            data = b""
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    return data
                data += chunk
                head, sep, body = data.partition(b"\r\n\r\n")
                length = re.search(rb"content-length: *(\d+)", head, re.I)
                if sep and length and len(body) >= int(length.group(1)):
                    return data
    except OSError:
        return b""


def get(port: int, sparql: str, host: str | None = None, extra: str = "") -> bytes:
    path = "/sparql?" + urllib.parse.urlencode({"query": sparql})
    return http_request(
        port, f"GET {path} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{port}'}\r\n{extra}Connection: close\r\n\r\n".encode()
    )


def post(port: int, path: str, body: bytes, ctype: str, extra: str = "") -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {len(body)}\r\n{extra}Connection: close\r\n\r\n"
    )
    return http_request(port, head.encode() + body)


def status_of(reply: bytes) -> int:
    match = re.match(rb"HTTP/1\.[01] (\d{3})", reply)
    return int(match.group(1)) if match else 0


# ---- hostile -----------------------------------------------------------------------------------------


def hostile_requests(port: int, token: str) -> list[tuple[str, callable]]:
    deep = "SELECT * WHERE " + "{" * 4000 + " ?s ?p ?o " + "}" * 4000
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    f = "application/x-www-form-urlencoded"
    q = "application/sparql-query"
    return [
        ("4,000 nested groups by GET (24 KB)", lambda: get(port, deep)),
        ("4,000 nested groups by POST (8 KB)", lambda: post(port, "/sparql", deep.encode(), q)),
        (
            "3,000 nested FILTER calls",
            lambda: get(port, "SELECT * { ?s ?p ?o FILTER(" + "STR(" * 3000 + "?o" + ")" * 3000 + ") }"),
        ),
        (
            "20,000 chained OR operators",
            lambda: post(
                port, "/sparql", ("SELECT * { ?s ?p ?o FILTER(" + "||".join(["?o"] * 20000) + ") }").encode(), q
            ),
        ),
        (
            "10,000 chained MINUS",
            lambda: post(port, "/sparql", ("SELECT * { ?s ?p ?o " + " MINUS {?s ?p 1}" * 10000 + " }").encode(), q),
        ),
        ("10,000 unary !", lambda: get(port, "ASK { FILTER(" + "!" * 10000 + "true) }")),
        ("1 MB query", lambda: post(port, "/sparql", ("ASK {} #" + "x" * 1_000_000).encode(), q)),
        ("3 MB body", lambda: post(port, "/sparql", b"x" * 3_000_000, q)),
        (
            "Content-Length: -1",
            lambda: http_request(
                port,
                f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: -1\r\n\r\nASK{{}}".encode(),
                15,
            ),
        ),
        (
            "Content-Length: abc",
            lambda: http_request(
                port,
                f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: abc\r\n\r\nASK{{}}".encode(),
                15,
            ),
        ),
        ("binary garbage", lambda: http_request(port, bytes(range(256)) * 8 + b"\r\n\r\n", 15)),
        ("invalid UTF-8 query", lambda: post(port, "/sparql", b"ASK { \xff\xfe }", q)),
        ("NUL in the query", lambda: get(port, 'ASK { ?s ?p "\x00" }')),
        (
            "cross-site form DROP ALL",
            lambda: post(port, "/update", form, f, "Origin: http://evil.example\r\nSec-Fetch-Site: cross-site\r\n"),
        ),
        ("form DROP ALL without token", lambda: post(port, "/update", form, f)),
        (
            "LOAD <http://127.0.0.1:9/> with the token",
            lambda: post(
                port,
                "/update",
                b"LOAD <http://127.0.0.1:9/>",
                "application/sparql-update",
                f"Authorization: Bearer {token}\r\n",
            ),
        ),
        ("SERVICE <http://127.0.0.1:9/>", lambda: get(port, "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")),
        (
            "SERVICE hidden behind '<' and '#'",
            lambda: get(port, "SELECT * { FILTER(1<2)SERVICE#>\n<http://127.0.0.1:9/> { ?s ?p ?o } }"),
        ),
        ("Host: attacker name (DNS rebinding)", lambda: get(port, "ASK {}", host=f"rebound.example:{port}")),
        ("slow query past the timeout", lambda: get(port, HUNGRY)),
        ("300-deep property path", lambda: get(port, "ASK { ?s " + "/".join(["rdfs:label"] * 300) + " ?o }")),
        ("header of 300 KB", lambda: get(port, "ASK {}", extra="X-Big: " + "a" * 300_000 + "\r\n")),
        (
            "PUT",
            lambda: http_request(
                port, f"PUT /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\n\r\n".encode()
            ),
        ),
    ]


def run_hostile(proc: subprocess.Popen, port: int, token: str) -> tuple[list[str], int, int]:
    cases = hostile_requests(port, token)
    before = status_of(get(port, COUNT)), get(port, COUNT).rsplit(b'"value": "', 1)[-1][:12]
    lines, crashes, unanswered = [], 0, 0
    for name, send in cases:
        reply = send()
        code = status_of(reply)
        alive = proc.poll() is None and status_of(get(port, COUNT)) == 200
        crashes += not alive
        unanswered += code == 0
        lines.append(f"| {name} | {code or 'no answer'} | {'yes' if alive else '**no**'} |")
    after = status_of(get(port, COUNT)), get(port, COUNT).rsplit(b'"value": "', 1)[-1][:12]
    if after != before:
        lines.append(f"| the store changed: {before} → {after} | | **no** |")
        crashes += 1
    return lines, crashes, unanswered


# ---- load (a second process) -------------------------------------------------------------------------


async def _one(port: int, sparql: str) -> tuple[float, int]:
    started = time.perf_counter()
    path = "/sparql?" + urllib.parse.urlencode({"query": sparql})
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 10)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), 10)
        writer.close()
        code = status_of(data)
    except (TimeoutError, OSError):
        code = 0
    return time.perf_counter() - started, code


async def _load(port: int, clients: int, seconds: float, think: float) -> dict:
    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def client(n: int) -> None:
        nonlocal errors
        rng = random.Random(n)
        await asyncio.sleep(rng.random() * think)  # spread the first requests over a second
        while time.monotonic() < stop:
            latency, code = await _one(port, rng.choice(SIMPLE))
            latencies.append(latency)
            errors += code != 200
            if think:
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))

    await asyncio.gather(*(client(n) for n in range(clients)))
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return {
        "requests": len(latencies),
        "errors": errors,
        "p50": pick(0.5),
        "p95": pick(0.95),
        "p99": pick(0.99),
        "max": latencies[-1] * 1000 if latencies else 0.0,
        "seconds": seconds,
    }


def load_process(port: int, clients: int, seconds: float, think: float, out) -> None:
    out.send(asyncio.run(_load(port, clients, seconds, think)))


def run_in_process(target, *args) -> dict:
    ctx = get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(*args, child))
    proc.start()
    result = parent.recv()
    proc.join()
    return result


# ---- slow clients (a second process) -----------------------------------------------------------------


async def _slow(port: int, slow: int, seconds: float) -> dict:
    stop = time.monotonic() + seconds
    cut_off = 0

    async def trickler() -> None:
        nonlocal cut_off
        while time.monotonic() < stop:
            try:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n")
                while time.monotonic() < stop and not reader.at_eof():
                    writer.write(b"X")
                    await writer.drain()
                    try:
                        await asyncio.wait_for(reader.read(1), 1.0)
                    except TimeoutError:
                        continue
                cut_off += reader.at_eof()
                writer.close()
            except OSError:
                await asyncio.sleep(0.5)

    async def prober() -> list[tuple[float, int]]:
        results = []
        await asyncio.sleep(3)  # once the slow clients are all connected
        while time.monotonic() < stop:
            results.append(await _one(port, SIMPLE[0]))
            await asyncio.sleep(0.2)
        return results

    *_, probes = await asyncio.gather(*(trickler() for _ in range(slow)), prober())
    latencies = sorted(p[0] for p in probes)
    return {
        "probes": len(probes),
        "errors": sum(p[1] != 200 for p in probes),
        "cut_off": cut_off,
        "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000 if latencies else 0.0,
        "max": latencies[-1] * 1000 if latencies else 0.0,
    }


def slow_process(port: int, slow: int, seconds: float, out) -> None:
    out.send(asyncio.run(_slow(port, slow, seconds)))


# ---- main --------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="load test length (default 60)")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between a client's requests")
    parser.add_argument("--slow", type=int, default=300, help="slow clients (default 300)")
    parser.add_argument("--slow-seconds", type=float, default=30.0)
    parser.add_argument("--timeout", type=float, default=3.0, help="kg serve --timeout (default 3)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-server-") as tmp:
        store = build_store(Path(tmp))
        proc, url, token = start(store, Path(tmp) / "serve.log", args.timeout)
        port = int(urllib.parse.urlsplit(url).port or 0)
        try:
            quads = json.loads(get(port, COUNT).partition(b"\r\n\r\n")[2])["results"]["bindings"][0]["n"]["value"]
            rss_start = tree_rss_mib(proc.pid)
            hostile, crashes, unanswered = run_hostile(proc, port, token)
            print(f"hostile: {len(hostile)} requests, {crashes} crashes, {unanswered} unanswered", flush=True)

            rss_before = tree_rss_mib(proc.pid)
            for _ in range(4):
                get(port, HUNGRY)
            status_of(get(port, COUNT))
            rss_after = tree_rss_mib(proc.pid)
            print(f"timeouts: RSS {rss_before:.0f} → {rss_after:.0f} MiB after 4 timed-out queries", flush=True)

            load = run_in_process(load_process, port, args.clients, args.seconds, args.think)
            print(f"load: {load}", flush=True)
            threads_before = status_field(proc.pid, "Threads")
            slow = run_in_process(slow_process, port, args.slow, args.slow_seconds)
            threads_after = status_field(proc.pid, "Threads")
            print(f"slow: {slow}; server threads {threads_before} → {threads_after}", flush=True)
            alive = proc.poll() is None
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()

    error_rate = 100 * load["errors"] / max(1, load["requests"])
    body = "\n".join(
        [
            "## Server",
            "",
            f"`benchmarks/server.py --seconds {args.seconds:g} --clients {args.clients} --slow {args.slow}` "
            f"(issue 15): `kg serve --allow-update --timeout {args.timeout:g}` over a store of examples/articles "
            f"({quads} quads), driven over loopback from other processes. 2 shared cores.",
            "",
            f"- **Hostile requests**: {len(hostile)} kinds, **{crashes} crashes**, {unanswered} left unanswered; "
            "the store unchanged. Before (issue 15): the 4,000-deep query killed the server (SIGSEGV), the "
            "cross-site form post emptied the store, LOAD fetched, a bad Content-Length got no answer.",
            f"- **Load**: {args.clients} clients for {args.seconds:g} s, each a simple query on a new connection "
            f"about every {args.think:g} s: {load['requests']:,} requests, {load['errors']} errors "
            f"({error_rate:.3f} %), latency p50 {load['p50']:.0f} ms, p95 {load['p95']:.0f} ms, "
            f"**p99 {load['p99']:.0f} ms**, max {load['max']:.0f} ms (target < 0.1 % errors, p99 < 500 ms; before: "
            "117 of 11,000 requests timed out, 159 of 200 clients waited ≥ 1 s to connect).",
            f"- **Slow clients**: {args.slow} clients trickling their headers for {args.slow_seconds:g} s "
            f"({slow['cut_off']} connections cut off at the request deadline and reopened); meanwhile "
            f"{slow['probes']} queries, {slow['errors']} errors, p99 {slow['p99']:.0f} ms; server threads "
            f"{threads_before} → {threads_after} (before: 301 half-open connections held 307 threads).",
            f"- **Timeouts**: 4 memory-hungry queries stopped at the deadline: server RSS with its workers "
            f"{rss_before:.0f} → {rss_after:.0f} MiB (started at {rss_start:.0f}; before: 164 → 1,352 MB, a core "
            "busy until restart). The server was " + ("alive" if alive else "**dead**") + " at the end.",
            "",
            "| hostile request | status | server alive after |",
            "| --- | --- | --- |",
            *hostile,
        ]
    )
    print(body)
    if not args.no_write:
        replace_section("## Server", body)
    return 0 if crashes == 0 and alive else 1


if __name__ == "__main__":
    sys.exit(main())

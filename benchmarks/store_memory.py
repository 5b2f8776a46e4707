"""Memory of the embedded store alone (pyoxigraph, on disk): kg-shaped batches bulk-loaded, old subjects
read back after each, RSS split as `throughput.py --memory` does (`memstat`); then closed, reopened and
read again. No kg code: what grows here is Oxigraph's and RocksDB's (BENCHMARKS.md, "Flat memory: what
grew outside Python").

    .venv/bin/python benchmarks/store_memory.py --articles 12288               # loads and reads
    .venv/bin/python benchmarks/store_memory.py --articles 8192 --reads 0      # loads only
    .venv/bin/python benchmarks/store_memory.py --articles 8192 --reads 0 --trim  # malloc_trim per load
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import random
import tempfile
from pathlib import Path

import memstat
import pyoxigraph as ox

BASE = "http://kg.example/"


def batch_quads(first: int, count: int, per_article: int, rng: random.Random) -> list[ox.Quad]:
    """`count` articles of `per_article` quads: one graph each, 8 quads per subject, a third of the
    objects shared entities, the rest literals of their own."""
    props = [ox.NamedNode(f"{BASE}p{i}") for i in range(20)]
    quads = []
    for a in range(first, first + count):
        graph = ox.NamedNode(f"{BASE}graph/a{a}")
        for j in range(per_article):
            subject = ox.NamedNode(f"{BASE}a{a}/n{j // 8}")
            obj = (
                ox.NamedNode(f"{BASE}entity/e{rng.randrange(5000)}")
                if j % 3 == 0
                else ox.Literal(f"value {a} {j} some text")
            )
            quads.append(ox.Quad(subject, props[j % 20], obj, graph))
    return quads


def read_back(store: ox.Store, articles: int, per_article: int, n: int, rng: random.Random) -> None:
    for _ in range(n):
        subject = ox.NamedNode(f"{BASE}a{rng.randrange(articles)}/n{rng.randrange(max(1, per_article // 8))}")
        list(store.quads_for_pattern(subject, None, None, None))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=12288)
    ap.add_argument("--quads", type=int, default=300, help="quads per article")
    ap.add_argument("--batch", type=int, default=256, help="articles per bulk load")
    ap.add_argument("--reads", type=int, default=300, help="subjects read back after each load")
    ap.add_argument("--trim", action="store_true", help="malloc_trim(0) after each load")
    ap.add_argument("--every", type=int, default=2048, help="print a sample every this many articles")
    args = ap.parse_args()
    libc = ctypes.CDLL("libc.so.6") if args.trim else None
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="kg-store-memory-") as tmp:
        path = Path(tmp)

        def sample(step: str, articles: int) -> None:
            print(json.dumps({"step": step, "articles": articles, **memstat.rss(), **memstat.snapshot(path)}),
                  flush=True)

        store = ox.Store(tmp)
        for first in range(0, args.articles, args.batch):
            store.bulk_extend(batch_quads(first, args.batch, args.quads, rng))
            read_back(store, first + args.batch, args.quads, args.reads, rng)
            if libc is not None:
                libc.malloc_trim(0)
            if (first + args.batch) % args.every == 0:
                sample("load", first + args.batch)
        del store
        gc.collect()
        sample("closed", args.articles)
        store = ox.Store(tmp)
        sample("reopened", args.articles)
        read_back(store, args.articles, args.quads, 3000, rng)
        sample("read 3,000 subjects", args.articles)
        del store


if __name__ == "__main__":
    main()

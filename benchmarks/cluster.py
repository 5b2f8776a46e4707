#!/usr/bin/env python3
"""Speed-up of `kg build --dask` with 1 and 2 workers (a LocalCluster of single-threaded processes).

    .venv/bin/python benchmarks/cluster.py --articles 120 --rounds 3

Articles are generated as in benchmarks/throughput.py. Each round builds the same articles into a fresh
on-disk store: without dask (one process, the reference), then on a LocalCluster of 1 worker and of 2
workers, in turn (interleaved, so drift in the machine's speed moves all of them alike). The clusters are
started, and their workers have loaded the model, before the clock starts: the time is the build's.
Prints one JSON line per run, then the medians and ranges, and the 2-worker / 1-worker speed-up of each
round.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def timed_build(path: Path, store: Path, dask: str | None) -> float:
    from kg.pipeline import build

    t = time.perf_counter()
    summary = build([str(path)], out_dir=None, store=str(store), dask=dask)
    elapsed = time.perf_counter() - t
    assert not summary.failures, summary.failures
    return summary.articles / elapsed


def on_cluster(path: Path, store: Path, workers: int) -> float:
    from distributed import Client, LocalCluster

    from kg.parallel.dask_cluster import _model_loader

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        client.register_plugin(_model_loader(None))  # loaded before the clock starts
        client.wait_for_workers(workers, timeout=300)
        return timed_build(path, store, cluster.scheduler_address)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--input", help="use this generated articles.jsonl")
    args = ap.parse_args()
    logging.getLogger("distributed").setLevel(logging.ERROR)
    from throughput import generate

    from kg import nlp

    nlp.load()
    rates: dict[str, list[float]] = {"local": [], "dask:1": [], "dask:2": []}
    with tempfile.TemporaryDirectory(prefix="kg-cluster-") as tmp:
        path = Path(args.input) if args.input else generate(args.articles, Path(tmp))
        timed_build(path, Path(tmp) / "warm-up", None)  # this process's lexicons and gazetteer, once
        for r in range(args.rounds):
            for run in rates:
                store = Path(tmp) / f"store-{r}-{run.replace(':', '-')}"
                rate = timed_build(path, store, None) if run == "local" else on_cluster(path, store, int(run[-1]))
                rates[run].append(round(rate, 2))
                print(json.dumps({"round": r, "run": run, "articles_per_s": round(rate, 2)}), flush=True)
    speedups = [round(two / one, 3) for one, two in zip(rates["dask:1"], rates["dask:2"], strict=True)]
    summary = {
        run: {"median": statistics.median(v), "min": min(v), "max": max(v)} for run, v in rates.items()
    }
    summary["speedup_2_vs_1"] = {"median": statistics.median(speedups), "min": min(speedups),
                                 "max": max(speedups), "rounds": speedups}
    print(json.dumps({"articles": args.articles, "rounds": args.rounds, **summary}))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reliability benchmarks (issue 15): builds killed at random points, and the memory of a huge article.

    .venv/bin/python benchmarks/reliability.py --kills 50            # kill -9 at random points, resume
    .venv/bin/python benchmarks/reliability.py --rss                 # peak RSS of a 1 MB one-line article
    .venv/bin/python benchmarks/reliability.py --rss --chars 250000,500000,1000000   # and how it grows

`--kills N`: one clean `kg build` of the corpus (the first `--articles` leads of
../shared/data/news-dev.in.jsonl, else examples/articles), in batches of `--batch-size`, into an on-disk
store; then N builds of the same corpus into fresh stores, each killed with SIGKILL: every other one at
a random moment of its run (a run that ends first is drawn again), the others at a random crash point
of the write path (`KG_CRASH_AT`, the Nth time it is reached). After each kill: the half-written article
graphs on disk (as the kill left them), then what `kg ls`, `kg stats` and a query see (the first open
cleans up), then the resumed build, compared with the clean one quad for quad, and the triples stored
in more than one graph. Random choices from `--seed`.

`--rss`: a generated English news-like text on one line (varied sentences, fixed seed) of each size,
built by `kg build` (on-disk store, graph files and views) in a fresh process; its peak RSS and time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KG = [sys.executable, "-m", "kg", "-q"]
CRASH_POINTS = [
    "store.flush",
    "store.journal-written",
    "store.old-versions-removed",
    "store.triples-written",
    "store.committed",
    "build.batch-written",
    "atomic.written",
    "atomic.group-written",
]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def corpus(directory: Path, articles: int) -> Path:
    source = SHARED / "data" / "news-dev.in.jsonl"
    if not source.is_file():
        print(f"# {source} is absent: the corpus is examples/articles", file=sys.stderr)
        return ROOT / "examples" / "articles"
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()][:articles]
    path = directory / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_args(inputs: Path, store: Path, out: Path, batch: int) -> list[str]:
    return [*KG, "build", str(inputs), "--store", str(store), "-o", str(out), "--batch-size", str(batch),
            "--formats", "nq"]


def store_quads(store: Path) -> list[str]:
    from kg.store import open_store

    with open_store(store, create=False) as st:
        return sorted(str(q) for q in st.dataset)


def raw_half_articles(store: Path) -> int:
    """Article graphs without their completion mark, read as the kill left them (no recovery)."""
    import pyoxigraph as ox

    from kg.store.base import CONTENT_HASH
    from kg.store.local import article_graphs

    if not (store / "CURRENT").is_file():
        return 0
    dataset = ox.Store.read_only(str(store))
    try:
        marked = {q.graph_name for q in dataset.quads_for_pattern(None, CONTENT_HASH, None, None)}
        return sum(1 for g in article_graphs(dataset) if g not in marked)
    finally:
        del dataset


def cross_graph_duplicates(store: Path) -> int:
    from kg.store import open_store

    seen: dict[tuple[str, str, str], set[str]] = {}
    with open_store(store, create=False) as st:
        for q in st.dataset:
            seen.setdefault((str(q.subject), str(q.predicate), str(q.object)), set()).add(str(q.graph_name))
    return sum(1 for graphs in seen.values() if len(graphs) > 1)


def visible_state(store: Path) -> tuple[int, int, int, int]:
    """(articles `kg ls` lists, articles `kg stats` counts, kg:Article nodes a query sees, half-written
    article graphs left after that first open)."""
    if not (store / "CURRENT").is_file():
        return 0, 0, 0, 0
    ls = subprocess.run([*KG, "ls", "--store", str(store), "--json"], capture_output=True, text=True, check=True)
    stats = subprocess.run([*KG, "stats", "--store", str(store), "--json"], capture_output=True, text=True, check=True)
    query = subprocess.run(
        [*KG, "query", str(store), "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }", "--format", "csv"],
        capture_output=True, text=True, check=True,
    )
    return (len(json.loads(ls.stdout)), json.loads(stats.stdout)["articles"], int(query.stdout.split()[-1]),
            raw_half_articles(store))


def kills(runs: int, seed: int, articles: int, batch: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kg-reliability-") as tmp:
        root = Path(tmp)
        inputs = corpus(root, articles)
        started = time.monotonic()
        clean = subprocess.run(build_args(inputs, root / "clean", root / "clean-out", batch), capture_output=True,
                               text=True, preexec_fn=_default_sigint)
        duration = time.monotonic() - started
        if clean.returncode != 0:
            raise SystemExit(f"the clean build failed: {clean.stderr}")
        reference = store_quads(root / "clean")
        batches = -(-articles // batch)
        print(f"corpus {inputs.name}: {articles} articles in batches of {batch}; clean build {duration:.1f} s, "
              f"{len(reference)} quads", flush=True)
        totals = {"half on disk after the kill": 0, "half visible after open": 0, "counts disagree": 0,
                  "duplicates across graphs": 0, "resumed != clean": 0, "resume failed": 0, "temp files left": 0,
                  "finished before the kill": 0}
        run = attempt = 0
        while run < runs:
            store, out = root / f"s{attempt}", root / f"o{attempt}"
            attempt += 1
            args = build_args(inputs, store, out, batch)
            if run % 2 == 0:
                delay = rng.uniform(0.5, 0.95 * duration)
                proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        preexec_fn=_default_sigint)
                try:
                    proc.wait(timeout=delay)
                    totals["finished before the kill"] += 1  # not a kill: drawn again
                    continue
                except subprocess.TimeoutExpired:
                    proc.send_signal(signal.SIGKILL)
                    proc.wait()
                how = f"after {delay:.1f} s"
            else:
                point = rng.choice(CRASH_POINTS)
                nth = rng.randint(1, batches if point.startswith(("store", "build")) else 3)
                env = {**os.environ, "KG_CRASH_AT": f"{point}:{nth}"}
                proc = subprocess.run(args, env=env, capture_output=True, preexec_fn=_default_sigint)
                how = f"at {point}:{nth}"
            half_on_disk = raw_half_articles(store)
            listed, counted, queried, half_left = visible_state(store)
            resumed = subprocess.run(args, capture_output=True, text=True, preexec_fn=_default_sigint)
            same = resumed.returncode == 0 and store_quads(store) == reference
            dups = cross_graph_duplicates(store) if resumed.returncode == 0 else 0
            temps = sum(1 for p in out.iterdir() if ".kgtmp-" in p.name) if out.is_dir() else 0
            totals["half on disk after the kill"] += half_on_disk
            totals["half visible after open"] += half_left
            totals["counts disagree"] += int(len({listed, counted, queried}) > 1)
            totals["duplicates across graphs"] += dups
            totals["resumed != clean"] += int(not same)
            totals["resume failed"] += int(resumed.returncode != 0)
            totals["temp files left"] += temps
            run += 1
            print(f"run {run:2d}: killed {how} (exit {proc.returncode}); half graphs on disk {half_on_disk}, "
                  f"listed/counted/queried {listed}/{counted}/{queried}, half after open {half_left}; resumed: "
                  f"exit {resumed.returncode}, equal to clean {same}, duplicates {dups}, temp files {temps}",
                  flush=True)
        print("totals over", runs, "runs:", json.dumps(totals))


def english_like_text(chars: int, seed: int = 15) -> str:
    """News-like sentences, varied (actors, verbs, places, dates, tolls), on one line, `chars` long."""
    rng = random.Random(seed)
    people = ["Anna Kovac", "Viktor Sarn", "the governor", "Maria Delgado", "officials", "the minister", "rebels",
              "the army", "a UN envoy", "the Red Cross"]
    places = ["Norvik", "Tarsk", "Lendra", "Marrick", "Kemna", "Dravenna", "Geneva", "Vienna"]
    verbs = ["shelled", "attacked", "met", "called", "criticised", "signed a deal with", "struck", "visited"]
    times = ["on Monday", "on 12 March", "last week", "at midnight", "in 2024", "on Friday", "yesterday", ""]
    parts, size = [], 0
    while size < chars:
        sentence = (f"{rng.choice(people).capitalize()} {rng.choice(verbs)} {rng.choice(people)} in "
                    f"{rng.choice(places)} {rng.choice(times)}, killing {rng.randint(2, 40)} people, "
                    f"{rng.choice(people)} said. ")
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:chars]


def rss(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="kg-rss-") as tmp:
        for chars in sizes:
            path = Path(tmp) / f"one-line-{chars}.txt"
            path.write_text("published: 2025-03-05\n\n" + english_like_text(chars) + "\n", encoding="utf-8")
            command = [*KG, "build", str(path), "--store", f"{tmp}/s{chars}", "-o", f"{tmp}/o{chars}",
                       "--max-chars", str(chars + 1000)]  # the default limit (1,000,000) counts the newline too
            code = (
                "import resource, subprocess, sys, time\n"
                "t = time.monotonic()\n"
                f"p = subprocess.run({command!r})\n"
                "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
                "print(p.returncode, time.monotonic() - t, ru.ru_utime + ru.ru_stime, ru.ru_maxrss)\n"
            )
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            returncode, wall, cpu, peak_kib = done.stdout.split()
            if returncode != "0":
                raise SystemExit(f"the build of {chars:,} characters exited {returncode}")
            summary = json.loads((Path(tmp) / f"o{chars}" / "summary.json").read_text())
            print(f"{chars:,} characters on one line: exit {returncode}, peak RSS {int(peak_kib) / 1024:,.0f} MiB, "
                  f"{float(wall):.0f} s wall, {float(cpu):.0f} s CPU; {summary['events']:,} events, "
                  f"{summary['triples']:,} triples", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=0, metavar="N", help="builds killed at random points")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--articles", type=int, default=40, help="articles of the corpus (default 40)")
    parser.add_argument("--batch-size", type=int, default=5, help="kg build --batch-size (default 5)")
    parser.add_argument("--rss", action="store_true", help="peak RSS of one-line articles")
    parser.add_argument("--chars", default="1000000", help="sizes for --rss, comma-separated (default 1000000)")
    args = parser.parse_args()
    if not args.kills and not args.rss:
        parser.error("give --kills N and/or --rss")
    if args.kills:
        kills(args.kills, args.seed, args.articles, args.batch_size)
    if args.rss:
        rss([int(c) for c in args.chars.split(",")])


if __name__ == "__main__":
    main()

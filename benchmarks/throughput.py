"""Throughput and memory of extraction and build, against spaCy's `nlp.pipe` alone on the same articles.

    .venv/bin/python benchmarks/throughput.py --articles 1000            # ratios, 1 and 2 workers
    .venv/bin/python benchmarks/throughput.py --articles 300 --workers 1 --rounds 3  # median of 3 rounds
    .venv/bin/python benchmarks/throughput.py --articles 300 --interleaved  # extract vs spaCy, best of 3 per chunk
    .venv/bin/python benchmarks/throughput.py --articles 10000 --memory  # RSS every 1,000 articles of a 10k build
    .venv/bin/python benchmarks/throughput.py --articles 100000 --memory --replay 300 --per-day 100 \
        --rss-every 10000  # a 100k build, 300 articles parsed and replayed (benchmarks/replay.py)
    ... --links links.json  # also write the store's sorted near-duplicate and same-event links

Articles are generated from examples/articles by varying names and numbers (deterministic seed), so the
text is news-shaped and extraction finds events in it. Results go to stdout as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = [
    ("Veloria", ["Arvenia", "Dostrava", "Melkora", "Penthia", "Quarlen", "Rusvania", "Soltera", "Tavoria"]),
    ("Kastrenia", ["Belmark", "Corvenia", "Duskland", "Esterra", "Fennmark", "Galvoria", "Hestria", "Ivaria"]),
    ("Sarnovo", ["Tarnik", "Ulvano", "Vezda", "Wolnik", "Yarrow", "Zelvo", "Brask", "Ostrin"]),
    ("Halvik", ["Dorvik", "Jelvik", "Marvik", "Norvik", "Pelvik", "Rasvik", "Solvik", "Tovik"]),
    ("Marchetti", ["Rossini", "Bianchi", "Ferraro", "Galli", "Conti", "Moretti", "Ricci", "Lombardi"]),
    ("Vascan", ["Dobran", "Ilescu", "Marin", "Nistor", "Popa", "Radu", "Stan", "Toma"]),
]


def generate(n: int, out: Path, seed: int = 7) -> Path:
    """n articles as one JSON Lines file, varied from the examples."""
    from kg.ingest import InputError, read_articles

    rng = random.Random(seed)
    base = [a for a in read_articles([str(ROOT / "examples" / "articles")]) if not isinstance(a, InputError)]
    path = out / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a = base[i % len(base)]
            text = a.text
            for name, variants in NAMES:
                text = text.replace(name, rng.choice(variants))
            text = re.sub(r"\b\d{1,3}\b", lambda m: str(max(1, int(m.group()) + rng.randint(-3, 3))), text)
            rec = {"id": f"bench-{i:06d}", "text": text, "published": a.published, "source": a.source}
            fh.write(json.dumps(rec) + "\n")
    return path


ARTICLES = {"n": 0}  # articles asked for (a replay writes that many from its templates)
CPU = {"s": 0.0}  # CPU seconds (this process) of the last measurement: steadier than wall time on a busy machine


def texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]


def bench_spacy(path: Path) -> float:
    from kg import nlp

    pipeline = nlp.load()
    texts = texts_of(path)
    list(pipeline.pipe(texts[:16]))  # warm up
    t, c = time.perf_counter(), time.process_time()
    for _ in pipeline.pipe(texts, batch_size=16):
        pass
    CPU["s"] = time.process_time() - c
    return len(texts) / (time.perf_counter() - t)


def bench_extract(path: Path, workers: int) -> float:
    from kg import nlp
    from kg.ingest import InputError, read_articles
    from kg.parallel import extract_parallel

    nlp.load()
    articles = [a for a in read_articles([str(path)]) if not isinstance(a, InputError)]
    t, c = time.perf_counter(), time.process_time()
    n = sum(1 for _ in extract_parallel(iter(articles), workers=workers))
    CPU["s"] = time.process_time() - c
    return n / (time.perf_counter() - t)


def bench_interleaved(path: Path, chunk: int = 25, repeats: int = 3) -> dict[str, float]:
    """spaCy alone vs `kg extract` (1 worker) chunk by chunk in one process, each chunk timed `repeats`
    times alternately, the best time of each kept (as `timeit` does: other jobs only ever add time).
    On a machine whose speed drifts between runs this gives the steadiest ratio of the two."""
    from kg import nlp
    from kg.extract import extract_articles
    from kg.ingest import InputError, read_articles

    pipeline = nlp.load()
    articles = [a for a in read_articles([str(path)]) if not isinstance(a, InputError)]
    list(extract_articles(iter(articles[:8])))  # warm up: model, gazetteers, lexicons
    best = {"spacy": 0.0, "extract": 0.0}
    for start in range(0, len(articles), chunk):
        part = articles[start : start + chunk]
        times: dict[str, list[float]] = {"spacy": [], "extract": []}
        for _ in range(repeats):
            t = time.perf_counter()
            for _doc in pipeline.pipe([a.text for a in part], batch_size=16):
                pass
            times["spacy"].append(time.perf_counter() - t)
            t = time.perf_counter()
            for _facts in extract_articles(iter(part)):
                pass
            times["extract"].append(time.perf_counter() - t)
        for key, values in times.items():
            best[key] += min(values)
    return {
        "articles": len(articles),
        "spacy_s": round(best["spacy"], 2),
        "extract_s": round(best["extract"], 2),
        "ratio": round(best["spacy"] / best["extract"], 3),
    }


def rss_mib() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in MiB, from /proc."""
    fields = dict(
        line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("Vm")
    )
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def bench_build(path: Path, workers: int, store: Path, rss_every: int = 0, replay: int = 0, per_day: int = 0,
                links: str | None = None, phases: bool = False, bulk_bytes: int = 0,
                freed_block_mb: int = 0) -> float:
    import memstat

    from kg import nlp
    from kg.pipeline import build

    nlp.load()
    if bulk_bytes:
        import kg.store.local

        kg.store.local.BULK_BYTES = bulk_bytes
    if freed_block_mb:
        memstat.free_mapped_block(freed_block_mb)
    if phases:
        import memphases

        memphases.install()
    if replay:
        import replay as rp

        templates = rp.parse_templates(path, replay)
        rp.install_replay(templates, per_day)
        path = rp.write_inputs(templates, ARTICLES["n"], per_day, store.parent)
    t, c = time.perf_counter(), time.process_time()
    marks = {"next": rss_every, "peak": rss_mib()[1]}
    memstat.reset_peak()  # from here, each sample's interval peak is the build's alone (not the parse's)

    def progress(done: int, seconds: float) -> None:
        if rss_every and done >= marks["next"]:
            marks["next"] += rss_every
            rss, peak = rss_mib()
            marks["peak"] = max(marks["peak"], peak)
            memstat.reset_peak()
            line = {
                "articles": done,
                "s": round(seconds),
                "rss_mib": rss,
                "peak_rss_mib": marks["peak"],  # of the whole process so far (model and templates' parse too)
                "interval_peak_mib": peak,  # highest RSS since the last sample
                "python_blocks": sys.getallocatedblocks(),
                **memstat.snapshot(store),
            }
            if phases:
                line["phases"] = memphases.METER.report()  # the steps' peaks since the last sample
            print(json.dumps(line), flush=True)

    summary = build([str(path)], out_dir=None, store=str(store), workers=workers, on_progress=progress)
    CPU["s"] = time.process_time() - c
    rate = summary.articles / (time.perf_counter() - t)
    if links:
        import replay as rp

        Path(links).write_text(json.dumps(rp.sorted_links(str(store))), encoding="utf-8")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--memory", action="store_true", help="only measure peak RSS of a build (child process)")
    ap.add_argument("--workers", default="1,2", help="worker counts to measure (default 1,2)")
    ap.add_argument("--only", help="run one measurement in this process: spacy, extract:N, build:N")
    ap.add_argument("--input", help="use this generated articles.jsonl")
    ap.add_argument("--rss-every", type=int, default=0, help="with --memory: print RSS every N articles")
    ap.add_argument("--rounds", type=int, default=1, help="measure spaCy and kg back to back this many times")
    ap.add_argument(
        "--interleaved", action="store_true", help="spaCy vs kg extract chunk by chunk in one process, best of 3"
    )
    ap.add_argument("--replay", type=int, default=0, help="parse this many articles, replay their facts (build)")
    ap.add_argument("--per-day", type=int, default=0, help="with --replay: articles per day of publication")
    ap.add_argument("--phases", action="store_true", help="with --memory: each build step's RSS peak (memphases)")
    ap.add_argument("--bulk-bytes", type=int, default=0, help="build: N-Quads bytes per bulk load (kg's BULK_BYTES)")
    ap.add_argument("--freed-block-mb", type=int, default=0,
                    help="build: malloc and free a block of this size first (glibc as a long build leaves it)")
    ap.add_argument("--links", help="build: write the store's sorted duplicate / same-event links to this file")
    args = ap.parse_args()
    ARTICLES["n"] = args.articles
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        n_generated = min(args.articles, args.replay) if args.replay else args.articles
        path = Path(args.input) if args.input else generate(n_generated, Path(tmp))
        if args.interleaved:
            print(json.dumps({"run": "interleaved extract:1 vs spacy", **bench_interleaved(path)}))
            return
        if args.only:
            kind, _, w = args.only.partition(":")
            if kind == "spacy":
                rate = bench_spacy(path)
            elif kind == "extract":
                rate = bench_extract(path, int(w or 1))
            else:
                rate = bench_build(path, int(w or 1), Path(tmp) / "store", args.rss_every, args.replay, args.per_day,
                                   args.links, args.phases, args.bulk_bytes, args.freed_block_mb)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(
                json.dumps(
                    {
                        "run": args.only,
                        "articles_per_s": round(rate, 2),
                        "cpu_s": round(CPU["s"], 2),
                        "peak_rss_mib": round(rss),
                        "peak_rss_child_mib": round(kids),
                    }
                )
            )
            return
        runs = (
            ["build:1"]
            if args.memory
            else ["spacy"] + [f"{k}:{w}" for w in args.workers.split(",") for k in ("extract", "build")]
        )
        rounds: list[dict[str, dict]] = []
        for _ in range(1 if args.memory else args.rounds):
            results = {}
            for run in runs:  # each in a fresh process: no warm caches, honest peak RSS
                cmd = [sys.executable, __file__, "--only", run, "--input", str(path)]
                if args.memory:
                    cmd += ["--rss-every", str(args.rss_every or max(1, args.articles // 10))]
                    cmd += ["--articles", str(args.articles), "--replay", str(args.replay)]
                    cmd += ["--per-day", str(args.per_day)] + (["--links", args.links] if args.links else [])
                    cmd += ["--phases"] if args.phases else []
                    cmd += ["--bulk-bytes", str(args.bulk_bytes)] if args.bulk_bytes else []
                    cmd += ["--freed-block-mb", str(args.freed_block_mb)] if args.freed_block_mb else []
                with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as proc:
                    assert proc.stdout is not None
                    for out in proc.stdout:  # RSS samples as they come, the result last
                        print(out.strip(), flush=True)
                if proc.returncode:
                    raise SystemExit(f"{run} failed (exit {proc.returncode})")
                results[run] = json.loads(out)
            rounds.append(results)
        if "spacy" in rounds[0]:
            # Ratios within a round (spaCy alone and kg back to back): load from other jobs moves both.
            # Wall-clock ratios are the figure asked for; CPU-time ratios (1 worker only: a process's
            # CPU time leaves out its workers) change less when other jobs share the cores.
            def ratios(key: str) -> dict[str, list[float]]:
                out: dict[str, list[float]] = {}
                for r in rounds:
                    for run, v in r.items():
                        if run == "spacy" or (key == "cpu" and not run.endswith(":1")):
                            continue
                        if key == "wall":
                            value = v["articles_per_s"] / r["spacy"]["articles_per_s"]
                        else:
                            value = r["spacy"]["cpu_s"] / v["cpu_s"]
                        out.setdefault(run, []).append(round(value, 3))
                return out

            summary = {}
            for key in ("wall", "cpu"):
                summary[key] = {
                    run: {"median": round(statistics.median(vals), 2), "min": min(vals), "max": max(vals)}
                    for run, vals in ratios(key).items()
                }
            print(json.dumps({"articles": args.articles, "rounds": len(rounds), "ratio_vs_spacy_pipe": summary}))


if __name__ == "__main__":
    main()

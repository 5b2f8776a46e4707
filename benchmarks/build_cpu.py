"""CPU of a build beyond extraction: `kg.pipeline.build` over facts extracted once, with a sampling profiler.

    .venv/bin/python benchmarks/build_cpu.py                    # 300 generated articles (throughput.py's)
    .venv/bin/python benchmarks/build_cpu.py --articles 300 --repeat 3 --top 40

The articles are generated as `benchmarks/throughput.py` does and extracted once; then `build` (into a fresh
store directory, `out_dir=None`, as throughput.py's build:1) runs `--repeat` times with `extract_articles`
replaced by the stored facts, so what is timed is everything after the facts exist: identity resolution,
near-duplicate and same-event sketches, RDF terms and quads, the store's writes. The sampler (`ITIMER_PROF`,
every 2 ms of CPU) records each sample's stack: a function's inclusive share is the samples it is on, its
own share the samples it is on top of (cProfile multiplies small calls' cost about tenfold). The sampler sees the
Python thread only: Oxigraph's bulk loader sorts in threads of its own and a long native call takes one
sample however long it runs, so the store's write looks ~5x smaller sampled than it is. `--stages` counts
CPU around each stage instead (all threads; the counters cost ~1 us a call, noticeable on
`same_event_score` only).
"""

from __future__ import annotations

import argparse
import collections
import pickle
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


class Sampler:
    """Stacks sampled every `interval` seconds of this process's CPU."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.own: collections.Counter[str] = collections.Counter()
        self.inclusive: collections.Counter[str] = collections.Counter()
        self.samples = 0

    def _tick(self, _signum, frame) -> None:  # noqa: ANN001
        self.samples += 1
        seen = set()
        top = True
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_name}"
            if top:
                self.own[name] += 1
                top = False
            if name not in seen:
                seen.add(name)
                self.inclusive[name] += 1
            frame = frame.f_back

    def __enter__(self) -> Sampler:
        signal.signal(signal.SIGPROF, self._tick)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(self, *_exc) -> None:  # noqa: ANN002
        signal.setitimer(signal.ITIMER_PROF, 0, 0)


STAGES = [  # (module, attribute): inclusive CPU counted around each call (nested stages counted in both)
    ("kg.pipeline", "_resolve"),
    ("kg.extract.resolve", "resolve_entities"),
    ("kg.rdf", "preferred_names"),
    ("kg.store.kgstore.KgStore", "entity_labels"),
    ("kg.store.kgstore.KgStore", "put_article"),
    ("kg.store.kgstore", "article_graph"),
    ("kg.store.kgstore", "encode_statements"),
    ("kg.rdf.quads.ArticleGraph", "entity_quads"),
    ("kg.store.kgstore", "minhash"),
    ("kg.store.kgstore", "sketches_of"),
    ("kg.store.kgstore.DuplicateIndex", "best_match"),
    ("kg.store.kgstore.EventIndex", "candidates"),
    ("kg.store.kgstore", "same_event_score"),
    ("kg.store.kgstore.KgStore", "flush"),
    ("kg.store.local.LocalBackend", "write_graphs"),
    ("kg.store.local", "settled_entity_quads"),
    ("kg.store.local", "mentioned_entities"),
    ("kg.store.local", "unmentioned_descriptions"),
    ("kg.store.local", "data_update"),
    ("kg.store.local", "nquads_parts"),
    ("kg.store.kgstore.KgStore", "count"),
    ("kg.store.kgstore.KgStore", "close"),
    ("kg.store.local.LocalBackend", "close"),
    ("kg.store", "open_store"),
    ("kg.extract", "extract_articles"),
]


def count_stages(seconds: dict[str, float]) -> None:
    import importlib

    for where, name in STAGES:
        parts = where.split(".")
        try:
            owner = importlib.import_module(where)
        except ImportError:
            owner = getattr(importlib.import_module(".".join(parts[:-1])), parts[-1])
        fn = getattr(owner, name)
        label = f"{parts[-1]}.{name}"

        def counted(*args, _fn=fn, _label=label, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.process_time()
            try:
                return _fn(*args, **kwargs)
            finally:
                seconds[_label] = seconds.get(_label, 0.0) + time.process_time() - t

        setattr(owner, name, counted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--no-profile", action="store_true", help="time the rounds only")
    ap.add_argument("--stages", action="store_true", help="CPU per stage (counters), no sampling")
    ap.add_argument("--with-extraction", action="store_true",
                    help="build with extraction as it is (not replayed): the stages as they cost inside a real build")
    ap.add_argument("--no-compaction", action="store_true",
                    help="what if: the store is not compacted on close (kg.store.local.OPTIMIZE_AFTER_QUADS)")
    args = ap.parse_args()

    from throughput import generate

    import kg.extract
    import kg.pipeline
    from kg import nlp
    from kg.ingest import InputError, read_articles

    nlp.load()
    if args.no_compaction:
        import kg.store.local

        kg.store.local.OPTIMIZE_AFTER_QUADS = 1 << 62
    with tempfile.TemporaryDirectory(prefix="kg-build-cpu-") as tmp:
        path = generate(args.articles, Path(tmp))
        articles = [a for a in read_articles([str(path)]) if not isinstance(a, InputError)]
        t = time.process_time()
        facts = {f.article.id: pickle.dumps(f) for f in kg.extract.extract_articles(iter(articles))}
        print(f"extraction (parse included): {time.process_time() - t:.2f} s CPU for {len(facts)} articles")

        def stored(stream, **_kwargs):  # noqa: ANN001, ANN202
            for article in stream:
                f = pickle.loads(facts[article.id])
                f.article = article
                yield f

        c = time.process_time()
        for blob in facts.values():
            pickle.loads(blob)
        print(f"reading the stored facts back (in every round below, not part of a build): "
              f"{time.process_time() - c:.2f} s")
        if not args.with_extraction:
            kg.extract.extract_articles = stored
        rounds = []
        sampler = Sampler()
        seconds: dict[str, float] = {}
        if args.stages:
            args.no_profile = True
            count_stages(seconds)
        for i in range(args.repeat):
            store = Path(tmp) / f"store-{i}"
            c = time.process_time()
            if args.no_profile:
                kg.pipeline.build([str(path)], out_dir=None, store=str(store))
            else:
                with sampler:
                    kg.pipeline.build([str(path)], out_dir=None, store=str(store))
            rounds.append(time.process_time() - c)
        print("build beyond extraction, CPU s per round:", ", ".join(f"{r:.2f}" for r in rounds))
        for label, s in seconds.items():
            print(f"{s / args.repeat:7.3f} s  {label}")
        if args.no_profile:
            return
        n = sampler.samples or 1
        print(f"{sampler.samples} samples; inclusive % / own %")
        for name, count in sampler.inclusive.most_common(args.top):
            print(f"{100 * count / n:6.1f} {100 * sampler.own[name] / n:6.1f}  {name}")
        print("top own:")
        for name, count in sampler.own.most_common(args.top // 2):
            print(f"{100 * count / n:6.1f}  {name}")


if __name__ == "__main__":
    main()

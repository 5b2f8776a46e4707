"""CPU of extraction alone (`extract_facts`, everything after the parse) on articles parsed once, per stage.

    .venv/bin/python benchmarks/extract_cpu.py                       # the 300 articles of throughput.py
    .venv/bin/python benchmarks/extract_cpu.py ../shared/data/news-dev.in.jsonl --repeat 3

CPU seconds (`time.process_time`, steadier than wall time on a shared machine) of the parse and of each
extraction round over the same parsed Docs (after 20 articles of warm-up: gazetteers, lexicons), the share
of the parse the best round takes, and one more round with each stage (the steps `extract_facts`,
`find_entities` and `find_events` call by module name) wrapped in a counter: inclusive seconds per stage.
Later rounds profit from caches the first one filled (words met before), so compare like with like.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGED = ("kg.extract", "kg.extract.entities", "kg.extract.events")  # modules whose kg functions are counted


def _wrap(module: types.ModuleType, name: str, seconds: dict[str, float]) -> None:
    func = getattr(module, name)
    key = f"{module.__name__}.{name}"

    def counted(*args, **kwargs):
        start = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            seconds[key] = seconds.get(key, 0.0) + time.process_time() - start

    setattr(module, name, counted)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", help="articles (JSON Lines); default: throughput.py's 300 generated")
    ap.add_argument("--repeat", type=int, default=2, help="extraction rounds before the staged one")
    args = ap.parse_args()
    from kg import nlp
    from kg.extract import extract_facts
    from kg.ingest import InputError, read_articles

    with tempfile.TemporaryDirectory() as tmp:
        path = args.input
        if path is None:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from throughput import generate

            path = str(generate(300, Path(tmp)))
        articles = [a for a in read_articles([path]) if not isinstance(a, InputError)]
    pipeline = nlp.load()
    start = time.process_time()
    docs = list(pipeline.pipe([a.text for a in articles], batch_size=16))
    parse_s = time.process_time() - start
    for doc, article in zip(docs[:20], articles[:20], strict=False):
        extract_facts(doc, article)
    rounds = []
    for _ in range(args.repeat):
        start = time.process_time()
        for doc, article in zip(docs, articles, strict=True):
            extract_facts(doc, article)
        rounds.append(time.process_time() - start)
    seconds: dict[str, float] = {}
    for modname in STAGED:
        module = importlib.import_module(modname)
        for name, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and value.__module__.startswith("kg.") and name != "extract_facts":
                if not (modname != "kg.extract" and name in {"find_entities", "find_events"}):
                    _wrap(module, name, seconds)
    start = time.process_time()
    for doc, article in zip(docs, articles, strict=True):
        extract_facts(doc, article)
    staged_s = time.process_time() - start
    print(json.dumps({"articles": len(articles), "parse_cpu_s": round(parse_s, 2),
                      "extract_cpu_s": [round(s, 2) for s in rounds], "share_of_parse": round(min(rounds) / parse_s, 3),
                      "staged_round_s": round(staged_s, 2)}))
    for key, value in sorted(seconds.items(), key=lambda kv: -kv[1]):
        if value >= 0.02:
            print(f"{value:7.3f}  {key}")


if __name__ == "__main__":
    main()

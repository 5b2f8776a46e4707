"""SPARQL over kg-shaped data: kg's store (Oxigraph, on disk) vs rdflib's in-memory graph, as a ratio.

    .venv/bin/python benchmarks/sparql.py --triples 1000000             # both engines
    .venv/bin/python benchmarks/sparql.py --triples 5000000 --no-rdflib --oxigraph-timeout 120
    .venv/bin/python benchmarks/sparql.py --triples 1000000 --repeat 5 --keep /tmp/kg-1m   # median, range

`--repeat N` runs each Oxigraph query N times, each in a fresh read-only process, and reports the median
and the range (the machine may be shared: one run says little). `--keep DIR` keeps the N-Quads and the
store in DIR and reuses them when they are there (`--queries DIR2` then times other query files on them).

Synthetic articles go through kg.rdf.article_quad_parts, so the data has exactly kg's shape (one named
graph per article with events, arguments, mentions, dates, casualty counts and kg:mentionedIn; each
entity described once in the shared entities graph, as kg's stores hold it). Queries: examples/queries/*.rq.
The Oxigraph store is bulk-loaded and then compacted, as `kg build` leaves a store it bulk-wrote
(kg.store.local: `OPTIMIZE_AFTER_QUADS`). rdflib runs in a child process with a per-query timeout (a
timed-out query is reported as such). The union of the named graphs is the default graph on both
sides, as in `kg query`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPES = ["attack", "call", "statement", "meeting", "agreement", "death", "injury", "negotiation"]
ROLES = ["agent", "participant", "target", "victim", "place", "recipient"]


def synthetic_facts(i: int, rng: random.Random, n_entities: int = 2000):
    from kg.facts import Argument, Article, ArticleFacts, Casualties, Entity, Event, Mention

    words = [f"word{rng.randint(0, 999)}" for _ in range(120)]
    text = " ".join(words)
    ents = []
    for k in range(8):
        n = rng.randint(0, n_entities)
        kind = ["person", "organization", "place", "group"][n % 4]
        ents.append(Entity(f"e{k}", kind, f"Entity {n}", mentions=[Mention(k * 6, k * 6 + 5, text[k * 6 : k * 6 + 5])]))
    events = []
    for k in range(10):
        t = rng.choice(TYPES)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        args = [Argument(rng.choice(ROLES), "x", 0, 5, f"e{rng.randint(0, 7)}") for _ in range(3)]
        cas = Casualties(killed=rng.randint(1, 50), qualifier="at least") if t == "attack" else None
        events.append(
            Event(
                f"ev{k}",
                t,
                Mention(k * 10, k * 10 + 5, text[k * 10 : k * 10 + 5]),
                (0, 200),
                date=None if k == 9 else day,
                precision=None if k == 9 else "day",
                # bounds as kg's dating writes them: a day, or (1 in 10) only "on or before" the publication
                date_range=(None, "2025-12-31T23:59:59") if k == 9 else (f"{day}T00:00:00", f"{day}T23:59:59"),
                date_source="publication" if k == 9 else "expression",
                arguments=args,
                casualties=cas,
                content="said something" if t == "statement" else None,
                modality=("asserted", "asserted", "planned", "negated")[k % 4],
                confidence=0.8,
            )
        )
    art = Article(f"synthetic-{i:07d}", text, title=f"Headline {i}", published="2025-12-31", source="Synthetic")
    return ArticleFacts(art, entities=ents, events=events, sentences=[(0, 200), (200, len(text))])


def generate(triples: int, path: Path) -> int:
    """Write about `triples` quads of kg-shaped data as N-Quads; the number written."""
    import pyoxigraph as ox

    from kg.rdf import article_quad_parts

    rng = random.Random(11)
    written = 0
    described: set[ox.Quad] = set()  # entity-graph quads already written (a store holds each once)
    with path.open("wb") as fh:
        i = 0
        while written < triples:
            own, entities = article_quad_parts(synthetic_facts(i, rng))
            quads = own + [q for q in entities if q not in described]
            described.update(entities)
            fh.write(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
            written += len(quads)
            i += 1
    print(json.dumps({"articles": i}), flush=True)
    return written


QUERY_DIR = ROOT / "examples" / "queries"


def queries(folder: Path = QUERY_DIR) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.rq"))}


def oxigraph_child(store_dir: str, name: str, folder: str) -> None:
    """In a child process: one query on the store, opened read-only (the parent can time it out)."""
    import pyoxigraph as ox

    from kg.rdf import PREFIXES

    store = ox.Store.read_only(store_dir)
    t, cpu = time.perf_counter(), time.process_time()
    answer = store.query(queries(Path(folder))[name], prefixes=PREFIXES, use_default_graph_as_union=True)
    rows = [tuple(str(v) for v in row) for row in answer] if not isinstance(answer, ox.QueryBoolean) else [()]
    seconds = round(time.perf_counter() - t, 3)
    cpu_seconds = round(time.process_time() - cpu, 3)  # on a shared machine, less noisy than the clock
    # distinct_rows: pyoxigraph 0.5's union default graph repeats a triple once per graph holding it
    # (Oxigraph issue #1919). kg holds each triple in one graph, so rows == distinct_rows unless a query
    # itself returns equal rows; a gap here means a triple is stored in several graphs again.
    result = {"engine": "oxigraph", "query": name, "s": seconds, "cpu_s": cpu_seconds, "rows": len(rows)}
    result["distinct_rows"] = len(set(rows))
    print(json.dumps(result))


def load_oxigraph(nq: Path, store_dir: Path) -> None:
    import pyoxigraph as ox

    t = time.perf_counter()
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    loaded = time.perf_counter()
    store.optimize()  # as kg's local store does on closing after a large bulk write (kg.store.local)
    del store  # the children open it read-only
    timing = {"load_s": round(loaded - t, 1), "optimize_s": round(time.perf_counter() - loaded, 1)}
    print(json.dumps({"engine": "oxigraph", **timing}), flush=True)


def time_oxigraph(
    store_dir: Path, timeout: float, repeat: int = 1, folder: Path = QUERY_DIR
) -> dict[str, float | None]:
    """Each query `repeat` times, each run in a fresh read-only process; the median seconds per query."""
    out: dict[str, float | None] = {}
    for name in queries(folder):
        runs: list[float] = []
        cpu: list[float] = []
        last: dict = {}
        for _ in range(repeat):
            cmd = [sys.executable, __file__, "--oxigraph-child", str(store_dir), name, str(folder)]
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
            except subprocess.TimeoutExpired:
                break
            last = json.loads(proc.stdout.strip().splitlines()[-1])
            runs.append(last["s"])
            cpu.append(last["cpu_s"])
        if len(runs) < repeat:
            out[name] = None
            print(json.dumps({"engine": "oxigraph", "query": name, "s": None, "timeout": timeout}), flush=True)
            continue
        out[name] = statistics.median(runs)
        if repeat > 1:
            last.update(s=out[name], min_s=min(runs), max_s=max(runs), runs=repeat)
            last.update(cpu_s=statistics.median(cpu), min_cpu_s=min(cpu), max_cpu_s=max(cpu))
        print(json.dumps(last), flush=True)
    return out


def rdflib_child(nq: str, start: int, timeout: float, folder: str) -> None:
    """In a child process: load into rdflib, run queries from `start`; exit at the first timeout."""
    from rdflib import Dataset

    from kg.rdf import PREFIXES

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    print(json.dumps({"engine": "rdflib", "load_s": round(time.perf_counter() - t, 1)}), flush=True)
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for n, (name, q) in enumerate(queries(Path(folder)).items()):
        if n < start:
            continue
        box: list = []
        t = time.perf_counter()
        th = threading.Thread(target=lambda q=q, box=box: box.append(len(list(ds.query(prologue + q)))), daemon=True)
        th.start()
        th.join(timeout)
        if not box:
            print(
                json.dumps({"engine": "rdflib", "query": name, "s": None, "timeout": timeout, "index": n}), flush=True
            )
            os._exit(3)
        print(
            json.dumps({"engine": "rdflib", "query": name, "s": round(time.perf_counter() - t, 3), "rows": box[0]}),
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per rdflib query (default 120)")
    ap.add_argument("--oxigraph-timeout", type=float, default=600.0, help="seconds per Oxigraph query (600)")
    ap.add_argument("--repeat", type=int, default=1, help="fresh-process runs per Oxigraph query (median)")
    ap.add_argument("--keep", type=Path, help="keep (and reuse) the N-Quads and the store in this folder")
    ap.add_argument("--queries", type=Path, default=QUERY_DIR, help="folder of .rq files (examples/queries)")
    ap.add_argument("--rdflib-child", nargs=4, metavar=("NQ", "START", "TIMEOUT", "FOLDER"), help=argparse.SUPPRESS)
    ap.add_argument("--oxigraph-child", nargs=3, metavar=("STORE", "QUERY", "FOLDER"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.oxigraph_child:
        oxigraph_child(*args.oxigraph_child)
        return
    if args.rdflib_child:
        rdflib_child(args.rdflib_child[0], int(args.rdflib_child[1]), float(args.rdflib_child[2]), args.rdflib_child[3])
        return
    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        nq, store_dir = folder / "data.nq", folder / "store"
        if not (args.keep and nq.exists() and store_dir.exists()):
            n = generate(args.triples, nq)
            load_oxigraph(nq, store_dir)
        else:
            with nq.open("rb") as fh:
                n = sum(1 for _ in fh)
        print(json.dumps({"triples": n, "load_average": [round(x, 1) for x in os.getloadavg()]}), flush=True)
        ox_times = time_oxigraph(store_dir, args.oxigraph_timeout, args.repeat, args.queries)
        print(json.dumps({"load_average": [round(x, 1) for x in os.getloadavg()]}), flush=True)
        if args.no_rdflib:
            return
        rd_times: dict[str, float | None] = {}
        start = 0
        names = list(queries(args.queries))
        while start < len(names):
            proc = subprocess.run(
                [sys.executable, __file__, "--rdflib-child", str(nq), str(start), str(args.timeout), str(args.queries)],
                capture_output=True,
                text=True,
            )
            last = start
            for line in proc.stdout.splitlines():
                print(line, flush=True)
                rec = json.loads(line)
                if "query" in rec:
                    rd_times[rec["query"]] = rec["s"]
                    last = names.index(rec["query"]) + 1
            start = max(last, start + 1)
        ratio: dict[str, float | str | None] = {}
        for k, ox_s in ox_times.items():
            rd_s = rd_times.get(k)
            if ox_s is None:
                ratio[k] = None  # Oxigraph timed out too
            elif rd_s:
                ratio[k] = round(rd_s / ox_s, 1)
            else:
                ratio[k] = f">{args.timeout / ox_s:.0f}"
        print(json.dumps({"triples": n, "rdflib_over_oxigraph": ratio}), flush=True)


if __name__ == "__main__":
    main()

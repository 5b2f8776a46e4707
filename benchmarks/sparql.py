"""SPARQL over kg-shaped data: kg's store (Oxigraph, on disk) vs rdflib's in-memory graph, as a ratio.

    .venv/bin/python benchmarks/sparql.py --triples 1000000             # both engines
    .venv/bin/python benchmarks/sparql.py --triples 5000000 --no-rdflib --oxigraph-timeout 120

Synthetic articles go through kg.rdf.article_quad_parts, so the data has exactly kg's shape (one named
graph per article with events, arguments, mentions, dates, casualty counts and kg:mentionedIn; each
entity described once in the shared entities graph, as kg's stores hold it). Queries: examples/queries/*.rq.
rdflib runs in a child process with a per-query timeout (a timed-out query is reported as such). The
union of the named graphs is the default graph on both sides, as in `kg query`.
"""

from __future__ import annotations

import argparse
import json
import random
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


def queries() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "queries").glob("*.rq"))}


def oxigraph_child(store_dir: str, name: str) -> None:
    """In a child process: one query on the store, opened read-only (the parent can time it out)."""
    import pyoxigraph as ox

    from kg.rdf import PREFIXES

    store = ox.Store.read_only(store_dir)
    t = time.perf_counter()
    answer = store.query(queries()[name], prefixes=PREFIXES, use_default_graph_as_union=True)
    rows = [tuple(str(v) for v in row) for row in answer] if not isinstance(answer, ox.QueryBoolean) else [()]
    seconds = round(time.perf_counter() - t, 3)
    # distinct_rows: pyoxigraph 0.5's union default graph repeats a triple once per graph holding it
    # (Oxigraph issue #1919). kg holds each triple in one graph, so rows == distinct_rows unless a query
    # itself returns equal rows; a gap here means a triple is stored in several graphs again.
    result = {"engine": "oxigraph", "query": name, "s": seconds, "rows": len(rows), "distinct_rows": len(set(rows))}
    print(json.dumps(result))


def run_oxigraph(nq: Path, store_dir: Path, timeout: float) -> dict[str, float | None]:
    import pyoxigraph as ox

    t = time.perf_counter()
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store  # the children open it read-only
    print(json.dumps({"engine": "oxigraph", "load_s": round(time.perf_counter() - t, 1)}), flush=True)
    out: dict[str, float | None] = {}
    for name in queries():
        cmd = [sys.executable, __file__, "--oxigraph-child", str(store_dir), name]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            out[name] = None
            print(json.dumps({"engine": "oxigraph", "query": name, "s": None, "timeout": timeout}), flush=True)
            continue
        line = proc.stdout.strip().splitlines()[-1]
        out[name] = json.loads(line)["s"]
        print(line, flush=True)
    return out


def rdflib_child(nq: str, start: int, timeout: float) -> None:
    """In a child process: load into rdflib, run queries from `start`; exit at the first timeout."""
    import os

    from rdflib import Dataset

    from kg.rdf import PREFIXES

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    print(json.dumps({"engine": "rdflib", "load_s": round(time.perf_counter() - t, 1)}), flush=True)
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    for n, (name, q) in enumerate(queries().items()):
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
    ap.add_argument("--rdflib-child", nargs=3, metavar=("NQ", "START", "TIMEOUT"), help=argparse.SUPPRESS)
    ap.add_argument("--oxigraph-child", nargs=2, metavar=("STORE", "QUERY"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.oxigraph_child:
        oxigraph_child(*args.oxigraph_child)
        return
    if args.rdflib_child:
        rdflib_child(args.rdflib_child[0], int(args.rdflib_child[1]), float(args.rdflib_child[2]))
        return
    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as tmp:
        nq = Path(tmp) / "data.nq"
        n = generate(args.triples, nq)
        print(json.dumps({"triples": n}), flush=True)
        ox_times = run_oxigraph(nq, Path(tmp) / "store", args.oxigraph_timeout)
        if args.no_rdflib:
            return
        rd_times: dict[str, float | None] = {}
        start = 0
        names = list(queries())
        while start < len(names):
            proc = subprocess.run(
                [sys.executable, __file__, "--rdflib-child", str(nq), str(start), str(args.timeout)],
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

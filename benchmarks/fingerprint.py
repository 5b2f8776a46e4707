#!/usr/bin/env python3
"""Fingerprint kg's behaviour, to prove a refactor changed nothing.

    .venv/bin/python benchmarks/fingerprint.py            # prints one md5 per input set
    .venv/bin/python benchmarks/fingerprint.py > before.txt; ...; diff before.txt <(... > after.txt)

md5 of `kg extract --format jsonl` (both the default and --event-mentions) on examples/articles, the seed
article, every ../shared/data/*.in.jsonl and the held-out sets' inputs together (benchmarks/data), and of the
sorted N-Quads of `kg build examples/articles`.
The inputs under ../shared are skipped with a note when ../shared is absent.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NL = b"\n"
KG = [sys.executable, "-m", "kg", "-q"]


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


def run(args: list[str]) -> bytes:
    return subprocess.run(KG + args, cwd=ROOT, capture_output=True, check=False).stdout


def main() -> None:
    inputs = {"examples": [str(ROOT / "examples" / "articles")]}
    if SHARED.is_dir():
        inputs["seed"] = [str(p) for p in sorted((SHARED / "seed").glob("*.txt"))]
        for path in sorted((SHARED / "data").glob("*.in.jsonl")):
            inputs[path.name] = [str(path)]
    else:
        print("# ../shared is absent: only examples/ and the held-out sets fingerprinted", file=sys.stderr)
    inputs["heldout sets"] = [str(p) for p in sorted((ROOT / "benchmarks" / "data").glob("heldout-news*.in.jsonl"))]
    for name, paths in inputs.items():
        print(f"extract {name}: {md5(run(['extract', *paths, '--format', 'jsonl']))}")
        print(f"extract --event-mentions {name}: {md5(run(['extract', *paths, '--event-mentions']))}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run(["build", str(ROOT / "examples" / "articles"), "-o", str(out), "--memory", "--formats", "nq"])
        lines = sorted((out / "graph.nq").read_bytes().splitlines())
        print(f"build examples (sorted N-Quads, {len(lines)} lines): {md5(NL.join(lines))}")
        store = Path(tmp) / "store"
        run(["build", str(ROOT / "examples" / "articles"), "-o", str(out), "--store", str(store), "--no-view"])
        dump = run(["export", "--store", str(store), "--format", "nq"])
        lines = sorted(dump.splitlines())
        print(f"build examples into a store, export (sorted N-Quads, {len(lines)} lines): {md5(NL.join(lines))}")


if __name__ == "__main__":
    main()

"""Real `kg build` processes stopped at chosen points: killed with SIGKILL (`KG_CRASH_AT`, a real
`kill -9`: no cleanup of any kind) or paused for a signal (`KG_PAUSE_AT`); the stores they leave read
back as sorted N-Quads, to compare with a clean build (kg.atomic's crash points)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# A child gets Ctrl-C's default action even when the tests run with SIGINT ignored (`pytest &`).
CHILD_SIGNALS = {"preexec_fn": _default_sigint}


def wait_for_marker(proc: subprocess.Popen, marker: str, timeout: float = 300) -> list[str]:
    """Read the child's stderr until a line contains `marker`; the lines read. Fails if the child ends
    or the time runs out first."""
    assert proc.stderr is not None
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 1.0)
        if not ready:
            continue
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if marker in line:
            return seen
    raise AssertionError(f"{marker!r} never came (exit {proc.poll()}):\n{''.join(seen)}")


def kg_build(args: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """`kg build ARGS` in a fresh process (its own environment additions: crash points)."""
    return subprocess.run(
        [sys.executable, "-m", "kg", "-q", "build", *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        **CHILD_SIGNALS,
    )


def store_nquads(path: Path) -> list[str]:
    """Every quad of an on-disk store (opened the way kg opens it, so a crashed write is recovered first),
    as sorted N-Quads lines."""
    from kg.store import open_store

    with open_store(path, create=False) as store:
        return sorted(str(q) for q in store.dataset)


def cross_graph_duplicates(path: Path) -> list[str]:
    """Triples stored in more than one graph, entities graph included (each triple belongs to one)."""
    from kg.store import open_store

    seen: dict[tuple[str, str, str], set[str]] = {}
    with open_store(path, create=False) as store:
        for q in store.dataset:
            seen.setdefault((str(q.subject), str(q.predicate), str(q.object)), set()).add(str(q.graph_name))
    return [" ".join(t) for t, graphs in seen.items() if len(graphs) > 1]


def half_articles(path: Path) -> list[str]:
    """Article graphs without their completion mark (kg:contentHash), as the store holds them on disk
    (read without kg's recovery: what a crash really left)."""
    from kg.store.base import CONTENT_HASH
    from kg.store.local import article_graphs

    dataset = ox.Store.read_only(str(path))
    try:
        return [
            g.value
            for g in article_graphs(dataset)
            if next(dataset.quads_for_pattern(None, CONTENT_HASH, None, g), None) is None
        ]
    finally:
        del dataset

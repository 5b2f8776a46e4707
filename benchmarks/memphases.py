"""Which step of a build reaches the top of its RSS saw (`benchmarks/throughput.py --memory --phases`).

The build's steps (identity resolution, the label reads, each `put_article` and the event-index reads
inside it, the store's write and the calls it makes to Oxigraph: bulk load, SPARQL updates, index reads,
flush, reopen, trim) are wrapped so that each entry and exit of a step is a checkpoint: the kernel's
peak RSS since the previous checkpoint (VmHWM, reset after each read through `/proc/self/clear_refs`) is
charged to the step that was running, nested steps charged apart from their parents. `report()` gives,
per step since the last report: how often it ran; its CPU seconds (this process's, its threads' too);
the highest RSS reached while it ran; the most it rose between two checkpoints (what that step itself
allocates while running, nested steps apart); and the RSS it kept (the sum of its own stretches' RSS
changes: negative where it gave memory back). Outside every step: "build" (reading the input, the
replay's facts, progress).

Benchmark tooling only: it patches kg's classes in this process.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _rss_and_peak_kib() -> tuple[int, int]:
    rss = peak = 0
    for line in _STATUS.read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
        elif line.startswith("VmHWM:"):
            peak = int(line.split()[1])
    return rss, peak


def _new() -> dict:
    return {"n": 0, "peak_mib": 0, "rise_mib": 0, "kept_kib": 0, "cpu_s": 0.0}


class PhaseMeter:
    """A stack of running steps; at each checkpoint the peak since the last one goes to the step on top."""

    def __init__(self) -> None:
        self.stack: list[str] = ["build"]
        self.stats: dict[str, dict[str, int]] = {}
        self.last_rss = 0  # KiB, at the last checkpoint
        self.last_cpu = time.process_time()

    def _checkpoint(self) -> int:
        rss, peak = _rss_and_peak_kib()
        s = self.stats.setdefault(self.stack[-1], _new())
        cpu = time.process_time()
        s["cpu_s"] += cpu - self.last_cpu
        self.last_cpu = cpu
        s["peak_mib"] = max(s["peak_mib"], peak // 1024)
        if self.last_rss:
            s["rise_mib"] = max(s["rise_mib"], (peak - self.last_rss) // 1024)
            s["kept_kib"] += rss - self.last_rss
        try:
            _CLEAR_REFS.write_text("5")
        except OSError:
            pass
        self.last_rss = rss
        return rss

    def enter(self, name: str) -> None:
        self._checkpoint()
        self.stack.append(name)

    def leave(self) -> None:
        self._checkpoint()
        name = self.stack.pop()
        self.stats.setdefault(name, _new())["n"] += 1

    def report(self) -> dict[str, dict[str, int]]:
        self._checkpoint()
        out, self.stats = self.stats, {}
        if BULK_BYTES:
            out.setdefault("ox.bulk_load", {})["max_input_mb"] = max(BULK_BYTES) // 10**6
            BULK_BYTES.clear()
        for s in out.values():
            s["kept_mib"] = round(s.pop("kept_kib", 0) / 1024)
            s["cpu_s"] = round(s.get("cpu_s", 0.0), 1)
        return dict(sorted(out.items(), key=lambda kv: -kv[1]["peak_mib"]))


METER = PhaseMeter()
BULK_BYTES: list[int] = []  # the size of each bulk load's input since the last report


def measured(name: str, fn: Callable) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        METER.enter(name)
        try:
            return fn(*args, **kwargs)
        finally:
            METER.leave()

    return wrapper


class MeasuredStore:
    """A pyoxigraph Store whose bulk loads, updates, queries and flushes are steps (the Store type itself
    cannot be patched or subclassed); everything else passes through."""

    def __init__(self, store: Any) -> None:
        self._store = store
        for method in ("update", "query", "flush", "optimize"):
            setattr(self, method, measured(f"ox.{method}", getattr(store, method)))
        load = measured("ox.bulk_load", store.bulk_load)

        def bulk_load(data: bytes = b"", **kwargs: Any) -> None:
            BULK_BYTES.append(len(data))
            load(data, **kwargs)

        self.bulk_load = bulk_load

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def __len__(self) -> int:
        return len(self._store)


def install() -> None:
    """Wrap the build's steps (see the module's docstring)."""
    import kg.pipeline
    import kg.store.kgstore as kgstore
    import kg.store.local as local
    from kg.store.indexes import EventIndex

    kg.pipeline._resolve = measured("resolve", kg.pipeline._resolve)
    kgstore.KgStore.entity_labels = measured("entity_labels", kgstore.KgStore.entity_labels)
    kgstore.KgStore.put_article = measured("put_article", kgstore.KgStore.put_article)
    kgstore.KgStore.flush = measured("flush", kgstore.KgStore.flush)
    kgstore.KgStore.duplicate_index = measured("duplicate_index", kgstore.KgStore.duplicate_index)
    EventIndex._load = measured("event_index_load", EventIndex._load)
    for fn in ("mentioned_entities", "settled_entity_quads", "unmentioned_descriptions", "data_update"):
        setattr(local, fn, measured(f"write.{fn}", getattr(local, fn)))
    local.release_free_memory = measured("malloc_trim", local.release_free_memory)

    init, reopen = local.LocalBackend.__init__, local.LocalBackend.reopen

    def measured_init(self: Any, dataset: Any, location: str, read_only: bool = False) -> None:
        init(self, MeasuredStore(dataset) if location != ":memory:" else dataset, location, read_only)

    def measured_reopen(self: Any) -> bool:
        METER.enter("reopen")
        try:
            done = reopen(self)
            if done:
                self.dataset = MeasuredStore(self.dataset)
            return done
        finally:
            METER.leave()

    local.LocalBackend.__init__ = measured_init
    local.LocalBackend.reopen = measured_reopen

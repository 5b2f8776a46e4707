"""Freed memory handed back to the system during a build (`kg.store.memory`): a long build's RSS stays flat
only if every written batch returns what the store's loader and updates freed (BENCHMARKS.md, "Flat memory:
what grew outside Python")."""

from __future__ import annotations

import ctypes
import ctypes.util
from pathlib import Path

import pytest
from builders import facts

from kg.store import local as local_backend
from kg.store import open_store
from kg.store.memory import _libc, release_free_memory


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_every_on_disk_write_hands_freed_memory_back(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(local_backend, "release_free_memory", lambda: calls.append(1) or True)
    with open_store(tmp_path / "store") as st:
        for i in range(3):
            st.put_article(facts(f"a{i}", f"Kastrenia struck Sarnovo on day {i}."), defer=True)
            st.flush()
    assert len(calls) == 3  # once per written batch


def test_an_in_memory_store_does_not_trim(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(local_backend, "release_free_memory", lambda: calls.append(1) or True)
    with open_store(None) as st:
        st.put_article(facts("a0", "Kastrenia struck Sarnovo."))
    assert calls == []


@pytest.mark.skipif(_libc() is None or not Path("/proc/self/status").is_file(), reason="glibc on Linux only")
def test_pages_freed_in_the_middle_of_the_heap_go_back_to_the_system():
    """What glibc keeps without a trim: 64 MiB of small blocks freed below one block still in use."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    blocks = [libc.malloc(4096) for _ in range(16_384)]  # 64 MiB, below malloc's mmap threshold
    for b in blocks:
        libc.memset(b, 1, 4096)  # resident
    top = libc.malloc(4096)  # in use above them: the heap cannot shrink from the top
    for b in blocks:
        libc.free(b)
    before = rss_kib()
    assert release_free_memory()
    after = rss_kib()
    libc.free(top)
    assert before - after > 32 * 1024  # at least half of it given back


def test_a_build_reopens_its_store_every_few_writes_and_stores_the_same_quads(tmp_path, monkeypatch):
    """Reopening empties RocksDB's caches; what the store holds, and the links the build finds by reading
    it back (entity labels, same-event sketches, near-duplicates), must not change."""
    from conftest import EXAMPLES
    from crashes import store_nquads

    from kg.pipeline import build

    reopened: list[bool] = []
    reopen = local_backend.LocalBackend.reopen
    monkeypatch.setattr(local_backend.LocalBackend, "reopen", lambda self: reopened.append(reopen(self)) or True)
    stores = {}
    for every in ("0", "1"):
        monkeypatch.setenv("KG_STORE_REOPEN_WRITES", every)
        store = tmp_path / f"store-{every}"
        summary = build([str(EXAMPLES / "articles")], out_dir=None, store=str(store), batch_size=3)
        assert summary.articles == 8 and not summary.failures
        stores[every] = store_nquads(store)
    assert reopened == [True, True, True]  # three batches, each write followed by a reopen; none without
    assert stores["1"] == stores["0"]


def test_a_store_someone_holds_is_not_reopened(tmp_path):
    with open_store(tmp_path / "store") as st:
        st.put_article(facts("a0", "Kastrenia struck Sarnovo."))
        held = st.dataset
        assert not st.backend.reopen()
        del held
        assert st.backend.reopen()
        assert st.count("articles") == 1

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


def test_a_batch_is_bulk_loaded_in_parts_of_at_most_bulk_bytes_and_stores_the_same_quads(tmp_path, monkeypatch):
    """The loader sorts what one call gives it in memory (~3x its N-Quads bytes: the top of a build's RSS
    saw when a batch was one 40 MB call); parts of `BULK_BYTES` bound it, and must not change the store."""
    from conftest import EXAMPLES
    from crashes import store_nquads

    from kg.pipeline import build

    parts = local_backend.nquads_parts
    sizes: list[int] = []

    def counted(chunks, size):  # noqa: ANN001, ANN202
        for part in parts(chunks, size):
            sizes.append(len(part))
            yield part

    monkeypatch.setattr(local_backend, "nquads_parts", counted)
    stores = {}
    for bulk_bytes in (10**9, 20_000):
        monkeypatch.setattr(local_backend, "BULK_BYTES", bulk_bytes)
        sizes.clear()
        store = tmp_path / f"store-{bulk_bytes}"
        summary = build([str(EXAMPLES / "articles")], out_dir=None, store=str(store), batch_size=8)
        assert summary.articles == 8 and not summary.failures
        stores[bulk_bytes] = store_nquads(store)
        if bulk_bytes == 20_000:
            assert len(sizes) > 2 and max(sizes) <= 20_000  # the one batch in several parts (no line is longer)
        else:
            assert len(sizes) == 1
    assert stores[20_000] == stores[10**9]


def test_a_flush_holds_each_articles_n_quads_once(tmp_path):
    """The write's input (triples and links) is made from the buffered bytes, which are let go as it is
    made: a batch's N-Quads are not in memory twice during its write."""
    from kg.store.kgstore import _graph_writes

    with open_store(tmp_path / "store") as st:
        for i in range(3):
            st.put_article(facts(f"a{i}", f"Kastrenia struck Sarnovo on 3 May 2024, report {i}."), defer=True)
        pending = list(st._pending.values())
        own = [p.nquads for p in pending]
        links = [len(p.links) for p in pending]
        writes = _graph_writes(pending)
        st.discard_pending()
    assert all(p.nquads == b"" for p in pending)
    assert [w.nquads[: len(o)] for w, o in zip(writes, own, strict=True)] == own
    assert any(links)  # the later reports link their event to the first: appended after the triples
    for w, o, n in zip(writes, own, links, strict=True):
        assert w.nquads[len(o) :].count(b"\n") == n


def test_a_writable_on_disk_store_maps_large_blocks(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(local_backend, "map_large_blocks", lambda: calls.append(1) or True)
    with open_store(tmp_path / "store") as st:
        st.put_article(facts("a0", "Kastrenia struck Sarnovo."))
    assert calls == [1]
    with open_store(tmp_path / "store", create=False, read_only=True):
        pass
    with open_store(None):
        pass
    assert calls == [1]  # not for a reader, nor in memory


_THRESHOLD_PROBE = """
import ctypes, sys
from kg.store.memory import map_large_blocks, release_free_memory

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                              "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
libc.mallinfo2.restype = MallInfo2

def mapped_while_held(size):
    before = libc.mallinfo2().hblkhd
    block = libc.malloc(size)
    mapped = libc.mallinfo2().hblkhd - before
    libc.free(block)
    return mapped

if sys.argv[1] == "fixed":
    assert map_large_blocks()
libc.free(libc.malloc(24_000_000))  # mapped; freed, it raises glibc's moving threshold to 24 MB
release_free_memory()  # the heap's free top given back: a new large block needs new memory
print(mapped_while_held(3_000_000))
"""


@pytest.mark.skipif(_libc() is None, reason="glibc only")
@pytest.mark.parametrize("threshold", ["moving", "fixed"])
def test_after_a_large_block_is_freed_the_next_large_blocks_are_still_mapped(threshold):
    """glibc raises its mmap threshold to the size of each mapped block freed: a 3 MB block comes from the
    heap after a 24 MB one was freed. With the threshold fixed it gets its own mapping, returned to the
    system when freed. (A process of its own: the threshold, once fixed, stays fixed.)"""
    import subprocess
    import sys

    probe = subprocess.run([sys.executable, "-c", _THRESHOLD_PROBE, threshold], capture_output=True, text=True,
                           check=True, env={"KG_MALLOC_MMAP_THRESHOLD": "0" if threshold == "moving" else ""})
    mapped = int(probe.stdout)
    assert (mapped >= 3_000_000) == (threshold == "fixed")

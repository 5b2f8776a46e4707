"""Handing freed memory back to the system during a long build (glibc's malloc; a no-op elsewhere).

Each batch a build writes passes through the embedded store: Oxigraph's bulk loader sorts the batch's
quads in buffers of its own, RocksDB reads and drops blocks, the SPARQL updates parse their text. What
they free goes back to malloc's free lists, and glibc gives a heap page back to the system only when
the top of the heap is free: pages freed in the middle stay resident, so a build's RSS grows batch by
batch with little of it in use (BENCHMARKS.md, "Flat memory: what grew outside Python").
`malloc_trim(0)` returns every wholly free page of every arena to the system (`madvise`), keeping the
free lists as they are: after each written batch it costs a few milliseconds. `bound_malloc_arenas` caps
the number of arenas (the query workers of `kg serve`, whose data size is limited).

`map_large_blocks` fixes the size from which malloc gives each block its own mapping, returned to the
system as soon as it is freed. glibc's default threshold moves: every mapped block freed raises it to that
block's size (up to 32 MiB), so once a build has freed one large array (the near-duplicate index's matrix
when it grows: 21 MB at 41,000 articles) every later block up to that size (the loader's sort buffers, a
part of N-Quads, the index's comparisons) is carved from the heap, where freeing it leaves holes the next
ones do not fit: the free heap jumped by 144 MiB between 41k and 51k articles of a replayed build
(BENCHMARKS.md, "Flat memory, fourth round").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import cache


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None  # glibc only (not musl, macOS)


def release_free_memory() -> bool:
    """Give the pages malloc holds free back to the system. True when something was given back."""
    libc = _libc()
    return bool(libc.malloc_trim(0)) if libc is not None else False


_M_ARENA_MAX = -8  # glibc's mallopt parameter


def bound_malloc_arenas(arenas: int) -> None:
    """Let malloc make at most `arenas` arenas. glibc reserves up to 64 MB of address space per arena and
    makes a new one whenever threads contend for one, so under CPU load a process's threads can take many
    arenas and pass a data-size limit with little memory in use. No-op where the C library is not glibc."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, arenas)


_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
# Blocks of this size and more get a mapping of their own. Small enough for the loader's and the index's
# temporary buffers (MBs), large enough that the ordinary objects of a build (KBs) stay in the heap.
MMAP_THRESHOLD = 1 << 20


def mmap_threshold() -> int:
    """`KG_MALLOC_MMAP_THRESHOLD` in the environment (bytes; 0: leave glibc's moving threshold), else the default."""
    try:
        return max(0, int(os.environ.get("KG_MALLOC_MMAP_THRESHOLD", MMAP_THRESHOLD)))
    except ValueError:
        return MMAP_THRESHOLD


def map_large_blocks(threshold: int | None = None) -> bool:
    """Give every block of `threshold` bytes and more (default `mmap_threshold()`) a mapping of its own, and
    stop glibc from raising the threshold as blocks are freed. True when set (glibc, a threshold > 0)."""
    threshold = mmap_threshold() if threshold is None else threshold
    libc = _libc()
    if libc is None or threshold <= 0:
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, threshold))

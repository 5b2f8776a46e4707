"""Handing freed memory back to the system during a long build (glibc's malloc; a no-op elsewhere).

Each batch a build writes passes through the embedded store: Oxigraph's bulk loader sorts the batch's
quads in buffers of its own, RocksDB reads and drops blocks, the SPARQL updates parse their text. What
they free goes back to malloc's free lists, and glibc gives a heap page back to the system only when
the top of the heap is free: pages freed in the middle stay resident, so a build's RSS grows batch by
batch with little of it in use (BENCHMARKS.md, "Flat memory: what grew outside Python").
`malloc_trim(0)` returns every wholly free page of every arena to the system (`madvise`), keeping the
free lists as they are: after each written batch it costs a few milliseconds. `bound_malloc_arenas` caps
the number of arenas (the query workers of `kg serve`, whose data size is limited).
"""

from __future__ import annotations

import ctypes
import ctypes.util
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

"""Where a process's memory is, for `benchmarks/throughput.py --memory`: which part of RSS grows.

- `smaps_rollup`: RSS split into anonymous (heaps, private mappings) and file-backed (mapped files:
  shared libraries, the model, RocksDB files if mapped);
- glibc's `mallinfo2`: bytes malloc has handed out and not got back (in use), bytes it holds free (in its
  arenas' free lists, not returned to the system), bytes in mmapped chunks, and the number of arenas;
- open file descriptors and the store's SST files (RocksDB keeps a table reader per open file).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from pathlib import Path


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                     "fordblks", "keepcost")
    ]


def _libc() -> ctypes.CDLL | None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        return libc
    except (OSError, AttributeError):
        return None


LIBC = _libc()


def rss() -> dict[str, int]:
    """Current and peak RSS (MiB), from /proc/self/status."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(rest.split()[0]) // 1024
    return {"rss_mib": fields.get("VmRSS", 0), "peak_rss_mib": fields.get("VmHWM", 0)}


def reset_peak() -> bool:
    """Start a new peak: the kernel's VmHWM is set back to the current RSS (`/proc/self/clear_refs`, 5), so
    the next `rss()` peak is the highest RSS since this call (what one stretch of a build reached). False
    where the kernel does not allow it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def smaps_mib() -> dict[str, int]:
    """Anonymous and file-backed resident memory (MiB), from /proc/self/smaps_rollup."""
    fields: dict[str, int] = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[-1] == "kB":
            fields[name] = int(parts[0])
    rss, anon = fields.get("Rss", 0), fields.get("Anonymous", 0)
    return {"anon_mib": anon // 1024, "file_mib": (rss - anon) // 1024}


def malloc_mib() -> dict[str, int]:
    """glibc heap: in use, free but kept, mmapped chunks (MiB)."""
    if LIBC is None:
        return {}
    m = LIBC.mallinfo2()
    return {
        "malloc_used_mib": (m.uordblks + m.hblkhd) // 2**20,
        "malloc_free_mib": m.fordblks // 2**20,
        "malloc_mmap_mib": m.hblkhd // 2**20,
    }


def store_files(store: Path | None) -> dict[str, int]:
    """Open descriptors of this process, and the SST files of the store directory."""
    out = {"fds": len(os.listdir("/proc/self/fd"))}
    if store is not None and store.is_dir():
        out["sst_files"] = sum(1 for p in store.iterdir() if p.suffix == ".sst")
    return out


def python_arenas_mib() -> dict[str, int]:
    """Python's own allocator (obmalloc): its arenas (mmapped, 1 MiB each) and the bytes in use in them.
    `sys._debugmallocstats` writes to the C stderr, so that descriptor is sent to a file meanwhile."""
    import sys
    import tempfile

    with tempfile.TemporaryFile() as out:
        sys.stderr.flush()
        saved = os.dup(2)
        try:
            os.dup2(out.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read().decode(errors="replace")
    values = {}
    for line in text.splitlines():
        name, _, rest = line.partition("=")
        if rest.strip().replace(",", "").isdigit():
            values[name.strip("# ").strip()] = int(rest.strip().replace(",", ""))
    return {
        "py_arenas_mib": values.get("arenas allocated current", 0),  # 1 MiB each
        "py_used_mib": values.get("bytes in allocated blocks", 0) // 2**20,
    }


def free_mapped_block(mb: int) -> None:
    """malloc and free one block of `mb` MB. glibc maps a block that large and, when it is freed, raises
    its mmap threshold to its size (up to 32 MiB): the heap then serves every block up to that size, as in
    a build that has freed a large array (the near-duplicate matrix when it grows: 21 MB at 41,000
    articles). A short replay started this way shows what the heap does late in a long one."""
    if LIBC is None:
        return
    LIBC.malloc.restype = ctypes.c_void_p
    LIBC.free.argtypes = [ctypes.c_void_p]
    LIBC.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    block = LIBC.malloc(mb * 10**6)
    LIBC.memset(block, 1, mb * 10**6)
    LIBC.free(block)


def snapshot(store: Path | None = None) -> dict[str, int]:
    return {**smaps_mib(), **malloc_mib(), **python_arenas_mib(), **store_files(store)}

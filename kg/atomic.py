"""Atomic file writes: a file is written to a temporary name beside it, then renamed into place, so an
interrupted run never leaves half a file where a good one was.

- `atomic_write(path, write)`: one file. Inside `atomic_group()`, the renames wait until every file of
  the group is written: a run that fails half-way (a full disk) leaves all the old files, never a mix of
  old and new ones.
- A write that fails names its path (`OutputError`, an OSError): "out/graph.ttl: cannot write: No
  space left on device".
- Files get the usual permissions (0666 less the umask: 0644 under umask 022), not the 0600 of a
  temporary file.
- Temporary files that a killed run left behind (their process is gone) are removed by the next write
  of the same file.

Also the crash points tests and benchmarks use to stop a real run at a chosen step (`crash_point`).
"""

from __future__ import annotations

import contextvars
import errno
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


class OutputError(OSError):
    """A file that could not be written, with its path in the message."""


_group: contextvars.ContextVar[list[tuple[str, Path]] | None] = contextvars.ContextVar("atomic_group", default=None)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.kgtmp-"


def remove_stale_temporaries(path: Path) -> int:
    """Remove the temporary files of `path` whose writing process is gone (a killed run's); the number
    removed. Their names carry the writer's process id: `.NAME.kgtmp-PID-XXXX.tmp`."""
    removed = 0
    prefix = _temp_prefix(path)
    try:
        siblings = list(path.parent.glob(f"{glob_escape(prefix)}*.tmp"))
    except OSError:
        return 0
    for tmp in siblings:
        pid_text = tmp.name[len(prefix) :].split("-", 1)[0]
        if pid_text.isdigit() and not _process_alive(int(pid_text)):
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _output_error(path: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(exc.errno or errno.EIO, f"{path}: cannot write: {reason}")


def atomic_write(path: Path, write: Callable[[str], None]) -> Path:
    """Call `write(tmp_path)`, then rename the temporary file over `path` (at the end of the enclosing
    `atomic_group`, if any). A failure removes the temporary file and raises OutputError naming `path`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        fd, tmp = tempfile.mkstemp(prefix=f"{_temp_prefix(path)}{os.getpid()}-", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _output_error(path, exc) from None
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        crash_point("atomic.written")
        group = _group.get()
        if group is None:
            os.replace(tmp, path)
        else:
            group.append((tmp, path))
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _output_error(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


@contextmanager
def atomic_group() -> Iterator[None]:
    """Write several files as one: their renames wait until the block ends; if it fails, every temporary
    file goes and every old file stays."""
    outer = _group.get()
    if outer is not None:  # nested: the outer group renames
        yield
        return
    pending: list[tuple[str, Path]] = []
    token = _group.set(pending)
    try:
        yield
    except BaseException:
        for tmp, _ in pending:
            Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        _group.reset(token)
    crash_point("atomic.group-written")
    for k, (tmp, path) in enumerate(pending):
        try:
            os.replace(tmp, path)
        except OSError as exc:
            for rest, _ in pending[k:]:
                Path(rest).unlink(missing_ok=True)
            raise _output_error(path, exc) from None


def write_json_atomic(path: Path, data: object) -> Path:
    def write(tmp: str) -> None:
        Path(tmp).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    return atomic_write(path, write)


# --- crash points ------------------------------------------------------------------------------------
#
# `KG_CRASH_AT=NAME[:N]` kills the process with SIGKILL (a real `kill -9`: no cleanup, no flush) the Nth
# time (default the first) it reaches the crash point NAME; `KG_PAUSE_AT=NAME[:N]` prints
# "kg: paused at NAME" on stderr there and waits until an interrupt (SIGINT) has been received, so a test
# can send Ctrl-C at a known step. Unset, a crash point costs one dictionary lookup.

_reached: dict[str, int] = {}
interrupts_received = 0  # counted by kg.store's deferred Ctrl-C handler, read by a paused crash point


def _wanted(variable: str, name: str) -> bool:
    spec = os.environ.get(variable)
    if not spec:
        return False
    point, _, nth = spec.partition(":")
    if point != name:
        return False
    _reached[variable + name] = count = _reached.get(variable + name, 0) + 1
    return count == (int(nth) if nth.isdigit() else 1)


def crash_point(name: str) -> None:
    """A named step where tests and benchmarks may kill or pause the process (see above)."""
    if _wanted("KG_CRASH_AT", name):
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    if _wanted("KG_PAUSE_AT", name):
        seen = interrupts_received
        print(f"kg: paused at {name}", file=sys.stderr, flush=True)
        deadline = time.monotonic() + 120
        while interrupts_received == seen and time.monotonic() < deadline:
            time.sleep(0.01)

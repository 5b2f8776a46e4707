"""What every command shares: exit statuses, and the Reporter that prints errors, progress and results.

Exit status: 0 all went well; 1 some inputs failed (each named; the rest was processed); 2 the command
could not run (bad usage, an unreadable graph, store or alias file, a malformed query, a store in use, an
output that cannot be written); 3 kg failed (an unexpected error inside kg: a bug to report; what it had
written before is left whole); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR, EXIT_KG_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class Reporter:
    """Prints errors, progress and results; `--quiet` keeps only errors and results."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failed = 0
        self._last_progress = 0.0
        self._progress_shown = False
        self.total: int | None = None  # articles expected, when known up front: the progress line's ETA
        self._first: tuple[int, float] | None = None  # (articles, seconds) at the first progress call

    def error(self, message: object) -> None:
        self.failed += 1
        self._clear_progress()
        print(f"kg: error: {message}", file=sys.stderr)

    def warning(self, message: object) -> None:
        """A problem that does not stop the input (an unreadable date): printed, not counted as a failure."""
        self._clear_progress()
        print(f"kg: warning: {message}", file=sys.stderr)

    def info(self, message: str) -> None:
        if not self.quiet:
            self._clear_progress()
            print(message, file=sys.stderr)

    def progress(self, done: int, seconds: float) -> None:
        """A progress line on long runs: shown after 2 s, refreshed at most twice a second. The rate (and
        the ETA) counts from the first article done, not from the start: loading the model is no article."""
        if self._first is None:
            self._first = (done, seconds)
        if self.quiet or seconds < 2.0 or seconds - self._last_progress < 0.5:
            return
        self._last_progress = seconds
        done0, start = self._first
        rate = (done - done0) / (seconds - start) if seconds > start and done > done0 else 0.0
        line = f"kg: {done} articles, {rate:.1f} articles/s, {seconds:.0f} s" if rate else f"kg: {done} articles"
        if self.total and rate > 0 and done <= self.total:
            line = (
                f"kg: {done}/{self.total} articles ({100 * done // self.total}%), {rate:.1f} articles/s, "
                f"{seconds:.0f} s, ETA {_duration((self.total - done) / rate)}"
            )
        if sys.stderr.isatty():
            print("\r" + line, end="", file=sys.stderr, flush=True)
            self._progress_shown = True
        elif int(seconds) % 10 == 0:
            print(line, file=sys.stderr)

    def expect(self, inputs: list[str]) -> None:
        """Count the articles in `inputs` up front (cheap: lines of a .jsonl, files of a directory)."""
        if not self.quiet:
            self.total = count_articles(inputs)

    def _clear_progress(self) -> None:
        if self._progress_shown:
            print(file=sys.stderr)
            self._progress_shown = False

    def done(self) -> None:
        self._clear_progress()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def count_articles(inputs: list[str]) -> int | None:
    """How many articles `inputs` hold, without parsing them: None when unknown (stdin, URLs, feeds,
    spreadsheets, large JSON)."""
    from kg.ingest import STDIN, InputError, expand_inputs, is_url

    total = 0
    for item in expand_inputs(inputs):
        if isinstance(item, InputError):
            continue
        suffix = Path(item).suffix.lower()
        if item == STDIN or is_url(item) or suffix in (".csv", ".tsv", ".rss", ".atom", ".xml"):
            return None
        try:
            if suffix == ".jsonl":
                with open(item, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif suffix == ".json":
                with open(item, "rb") as fh:
                    head = fh.read(64).lstrip()
                if head.startswith(b"["):  # a list of records: count them if the file is small
                    if Path(item).stat().st_size > 50_000_000:
                        return None
                    try:
                        data = json.loads(Path(item).read_bytes())
                    except RecursionError:  # nested too deeply: reading it says so
                        continue
                    total += len(data) if isinstance(data, list) else 1
                else:
                    total += 1
            else:
                total += 1
        except (OSError, ValueError):
            continue
    return total


DEFAULT_STORE = "kg-store"
LOCATION_HELP = "store directory, http(s):// SPARQL store, or graph file (.trig, .ttl, .nq, .jsonld)"


def add_location(p: argparse.ArgumentParser, required: bool, help: str = LOCATION_HELP) -> None:
    """The graph or store a command reads, as a positional or as `--store` (every command takes both)."""
    p.add_argument("location", nargs=None if required else "?", metavar="STORE", help=help)
    p.add_argument("--store", dest="store_option", metavar="STORE", help="the same as the positional STORE")


def location(args: argparse.Namespace) -> str:
    """The STORE of a command: the positional, else --store, else ./kg-store."""
    return getattr(args, "location", None) or getattr(args, "store_option", None) or DEFAULT_STORE

"""The `kg` parser and entry point: every command registered, errors turned into one line and an exit status."""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback

from kg import __version__
from kg.cli import analysis, graph, store
from kg.cli.report import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_KG_FAILED, Reporter


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Event timelines and RDF knowledge graphs from news articles, offline.",
        epilog="Typical use: kg build examples/articles -o out; kg query out/graph.trig --file "
        "examples/queries/timeline.rq; kg view out/graph.trig --open",
    )
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors and results")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    graph.register(sub)
    analysis.register(sub)
    store.register(sub)
    for command_parser in sub.choices.values():  # `kg build -q ...` as well as `kg -q build ...`
        command_parser.add_argument(
            "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print only errors and results"
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_ERROR
    rep = Reporter(quiet=args.quiet)
    started = time.monotonic()
    try:
        code = args.func(args, rep)
    except KeyboardInterrupt:
        rep.error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a clear line, not a traceback, for anything a user can cause
        from kg.ingest import InvalidDate
        from kg.nlp import ModelNotFound
        from kg.pipeline import InputFailed
        from kg.store import GraphFileError

        if isinstance(exc, GraphFileError | InvalidDate | ModelNotFound | InputFailed | OSError):
            rep.error(exc)
            return EXIT_ERROR
        return kg_failed(rep, exc)
    if not args.quiet and args.command in ("build",):
        rep.info(f"kg: done in {time.monotonic() - started:.1f} s")
    return code


def kg_failed(rep: Reporter, exc: Exception) -> int:
    """An error no input explains (a bug in kg): one line, the traceback with KG_DEBUG=1, its own status."""
    from kg.extract import failure_reason

    rep.error(f"kg failed: {failure_reason(exc)} (a bug in kg: please report it; KG_DEBUG=1 prints the traceback)")
    if os.environ.get("KG_DEBUG"):
        traceback.print_exception(exc, file=sys.stderr)
    return EXIT_KG_FAILED


if __name__ == "__main__":
    sys.exit(main())


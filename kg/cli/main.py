"""The `kg` parser and entry point: every command registered, errors turned into one line and an exit status."""

from __future__ import annotations

import argparse
import difflib
import os
import signal
import sys
import time
import traceback

from kg import __version__
from kg.cli import analysis, graph, store
from kg.cli.report import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_KG_FAILED, EXIT_OK, Reporter


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


def _split_command(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], str | None, list[str]]:
    """argv as (global options, the command, the command's arguments)."""
    for k, arg in enumerate(argv):
        if not arg.startswith("-"):
            return argv[:k], arg, argv[k + 1 :]
    return argv, None, []


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def parse(argv: list[str]) -> argparse.Namespace:
    """The parsed command line. A command's options and positionals may come in any order
    (`kg query STORE --format csv 'SELECT ...'`), as argparse's intermixed parsing reads them; an unknown
    command gets the nearest one suggested."""
    parser = make_parser()
    head, command, rest = _split_command(parser, argv)
    commands = _subparsers(parser)
    if command is None:
        return parser.parse_args(head)
    if command not in commands:
        near = difflib.get_close_matches(command, list(commands), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else f" (commands: {', '.join(commands)})"
        parser.error(f"unknown command {command!r}{hint}")
    if any(a in ("-h", "--help", "--version") for a in head) or set(head) - {"-q", "--quiet"}:
        return parser.parse_args(head)  # help, version, or an unknown global option (argparse's error)
    args = argparse.Namespace(quiet=bool(head), command=command)
    return commands[command].parse_intermixed_args(rest, namespace=args)


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # the program itself (not a call from Python): a closed pipe ends it quietly, as in cat
        if hasattr(signal, "SIGPIPE"):
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        argv = sys.argv[1:]
    args = parse(argv)
    if not getattr(args, "func", None):
        make_parser().print_help()
        return EXIT_ERROR
    rep = Reporter(quiet=args.quiet)
    started = time.monotonic()
    try:
        code = args.func(args, rep)
    except KeyboardInterrupt:
        rep.error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # called from Python with SIGPIPE ignored: the reader went away, nothing to say
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stdout must stay open for the interpreter's exit)
        except OSError:
            pass
        return EXIT_OK
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

"""The `kg` command: a thin face over the library (kg.pipeline, kg.query, kg.views, kg.store).

Exit status: 0 all went well; 1 some inputs failed (the rest was processed); 2 the command could not
run (bad usage, unreadable graph, malformed query).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_ERROR = 0, 1, 2


class Reporter:
    """Prints errors, progress and results; `--quiet` keeps only errors and results."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failed = 0
        self._last_progress = 0.0
        self._progress_shown = False
        self.total: int | None = None  # articles expected, when known up front: the progress line's ETA

    def error(self, message: object) -> None:
        self.failed += 1
        self._clear_progress()
        print(f"kg: error: {message}", file=sys.stderr)

    def info(self, message: str) -> None:
        if not self.quiet:
            self._clear_progress()
            print(message, file=sys.stderr)

    def progress(self, done: int, seconds: float) -> None:
        """A progress line on long runs: shown after 2 s, refreshed at most twice a second."""
        if self.quiet or seconds < 2.0 or seconds - self._last_progress < 0.5:
            return
        self._last_progress = seconds
        rate = done / seconds if seconds else 0.0
        line = f"kg: {done} articles, {rate:.1f} articles/s, {seconds:.0f} s"
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
    """How many articles `inputs` hold, without parsing them: None when unknown (stdin, large JSON)."""
    from kg.ingest import STDIN, InputError, expand_inputs

    total = 0
    for item in expand_inputs(inputs):
        if item == STDIN:
            return None
        if isinstance(item, InputError):
            continue
        suffix = Path(item).suffix.lower()
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
                    data = json.loads(Path(item).read_bytes())
                    total += len(data) if isinstance(data, list) else 1
                else:
                    total += 1
            else:
                total += 1
        except (OSError, ValueError):
            continue
    return total


# --- commands ----------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.graphio import atomic_write
    from kg.pipeline import extract

    rep.expect(args.inputs)
    records = extract(
        args.inputs,
        published=args.published,
        model=args.model,
        on_error=rep.error,
        on_progress=rep.progress,
        event_mentions=args.event_mentions,
    )

    def lines():
        for facts in records:
            data = facts.to_json()
            yield (
                json.dumps(data, ensure_ascii=False)
                if args.format == "jsonl"
                else json.dumps(data, ensure_ascii=False, indent=2)
            )

    if args.output and args.output != "-":

        def write(tmp: str) -> None:
            with open(tmp, "w", encoding="utf-8") as fh:
                for line in lines():
                    fh.write(line + "\n")

        atomic_write(Path(args.output), write)
        rep.done()
        rep.info(f"wrote {args.output}")
    else:
        for line in lines():
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
        rep.done()
    return EXIT_SOME_FAILED if rep.failed else EXIT_OK


def cmd_build(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.pipeline import build

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    rep.expect(args.inputs)
    summary = build(
        args.inputs,
        out_dir=args.output,
        published=args.published,
        model=args.model,
        formats=formats,
        views=not args.no_view,
        aliases=args.aliases,
        store=None if args.memory else args.store,
        workers=args.workers,
        on_error=rep.error,
        on_progress=rep.progress,
    )
    rep.done()
    if args.json:
        print(json.dumps(summary.to_json(), indent=2, ensure_ascii=False))
    elif not rep.quiet:
        print("\n".join(summary.lines()))
    return EXIT_SOME_FAILED if summary.failures else EXIT_OK


def cmd_query(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.query import QueryError, format_result, run_query

    if args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            rep.error(f"{args.file}: cannot read query: {exc.strerror}")
            return EXIT_ERROR
    elif args.query:
        text = args.query
    else:
        rep.error("give a query or --file Q.rq")
        return EXIT_ERROR
    try:
        result = run_query(args.graph, text)
    except QueryError as exc:
        rep.error(exc)
        return EXIT_ERROR
    sys.stdout.write(format_result(result, args.format))
    return EXIT_OK


def cmd_view(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.graphio import GraphFileError, open_graph
    from kg.views import write_views

    try:
        dataset = open_graph(args.graph)
    except GraphFileError as exc:
        rep.error(exc)
        return EXIT_ERROR
    paths = write_views(dataset, Path(args.output))
    for name, path in paths.items():
        print(f"{name}: {path}")
    if args.open:
        import webbrowser

        main_view = paths.get("index") or paths.get("graph")
        if main_view is not None:
            webbrowser.open(Path(main_view).resolve().as_uri())
    return EXIT_OK


# --- parser ------------------------------------------------------------------------------------

INPUTS_HELP = "article files (.txt, .html, .json, .jsonl), directories (recursive), globs, or - for stdin"


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=INPUTS_HELP)
    p.add_argument(
        "--published", metavar="DATE", help="publication date for every input (YYYY-MM-DD), overriding their own"
    )
    p.add_argument("--model", metavar="NAME", help="spaCy model to use (default: the best English one installed)")


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

    p = sub.add_parser(
        "extract",
        help="extract entities, dates and events as JSON",
        description=(
            "Extract entities, temporal expressions and events from articles; one JSON object per article "
            "(schema kg-extract/1, see DESIGN.md)."
        ),
    )
    _add_input_options(p)
    p.add_argument("--format", choices=("jsonl", "json"), default="jsonl", help="jsonl (default) or indented json")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument(
        "--event-mentions",
        action="store_true",
        help="one event per trigger mention (ACE/KAIROS style) instead of one per coreferent chain",
    )
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "build",
        help="build the knowledge graph and views",
        description=(
            "Build the RDF knowledge graph of the articles: graph.trig (one named graph per article and one "
            "for the entities), "
            "graph.ttl (merged), the HTML views and summary.json in OUTDIR."
        ),
    )
    _add_input_options(p)
    p.add_argument("-o", "--output", metavar="OUTDIR", default="out", help="output directory (default: out)")
    p.add_argument(
        "--formats",
        default="trig,ttl",
        metavar="LIST",
        help="graph files to write: trig,ttl,nq,jsonld (default trig,ttl)",
    )
    p.add_argument("--aliases", metavar="FILE", help="alias file forcing entity merges or splits")
    p.add_argument("--no-view", action="store_true", help="do not write the HTML views")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--store",
        metavar="DIR|URL",
        default="kg-store",
        help="store to build into: a directory (default ./kg-store) or http(s):// SPARQL store; "
        "unchanged articles already in it are skipped",
    )
    p.add_argument("--memory", action="store_true", help="build in memory only (no store on disk)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser(
        "query",
        help="run a SPARQL query over a graph",
        description=(
            "Run a SPARQL 1.1 query over a graph file or store. The kg:, kgid:, sem:, schema:, prov:, skos:, "
            "rdf:, rdfs:, xsd:, owl: and time: prefixes are predefined; all named graphs are queried as one "
            "default graph, and GRAPH ?g picks out articles."
        ),
    )
    p.add_argument("graph", metavar="GRAPH", help="graph file (.trig, .ttl, .nq, .jsonld) or store directory")
    p.add_argument("query", nargs="?", metavar="QUERY", help="the SPARQL query text")
    p.add_argument("-f", "--file", metavar="Q.rq", help="read the query from a file")
    p.add_argument("--format", choices=("table", "csv", "json", "tsv"), default="table", help="result format")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser(
        "view",
        help="write the interactive HTML views",
        description=(
            "Write the interactive graph (graph.html) and timeline views of a graph; they open from disk "
            "with no network."
        ),
    )
    p.add_argument("graph", metavar="GRAPH", help="graph file or store directory")
    p.add_argument("-o", "--output", metavar="DIR", default="out", help="output directory (default: out)")
    p.add_argument("--open", action="store_true", help="open the view in the default browser")
    p.set_defaults(func=cmd_view)

    from kg import cli_analysis, cli_store

    cli_analysis.register(sub)
    cli_store.register(sub)
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
        return 130
    except Exception as exc:  # a clear line, not a traceback, for anything a user can cause
        from kg.graphio import GraphFileError
        from kg.ingest import InvalidDate
        from kg.nlp import ModelNotFound

        if isinstance(exc, GraphFileError | InvalidDate | ModelNotFound | OSError):
            rep.error(exc)
            return EXIT_ERROR
        raise
    if not args.quiet and args.command in ("build",):
        rep.info(f"kg: done in {time.monotonic() - started:.1f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())

"""The commands of the main job: `kg extract`, `kg build`, `kg query`, `kg view`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.cli.report import DEFAULT_STORE, EXIT_ERROR, EXIT_OK, EXIT_SOME_FAILED, Reporter, add_location, location

MAX_CHARS, SEGMENT_CHARS = 1_000_000, 50_000  # kg.extract's (importing it here would load spaCy for --help)


def cmd_extract(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.atomic import atomic_write
    from kg.pipeline import extract

    rep.expect(args.inputs)
    records = extract(
        args.inputs,
        published=args.published,
        model=args.model,
        on_error=rep.error,
        on_progress=rep.progress,
        event_mentions=args.event_mentions,
        read_options=read_options(args),
        on_warning=rep.warning,
        max_chars=args.max_chars,
    )

    def lines():
        """JSON Lines, or with --format json one JSON document: the list of the records."""
        first = True
        for facts in records:
            data = facts.to_json(include_text=args.include_text)
            if args.format == "jsonl":
                yield json.dumps(data, ensure_ascii=False)
                continue
            body = json.dumps(data, ensure_ascii=False, indent=2)
            yield ("[\n" if first else ",\n") + "\n".join("  " + line for line in body.splitlines())
            first = False
        if args.format == "json":
            yield "[]" if first else "\n]"

    if args.output and args.output != "-":

        def write(tmp: str) -> None:
            with open(tmp, "w", encoding="utf-8") as fh:
                for line in lines():
                    fh.write(line + ("\n" if args.format == "jsonl" else ""))
                if args.format == "json":
                    fh.write("\n")

        atomic_write(Path(args.output), write)
        rep.done()
        rep.info(f"wrote {args.output}")
    else:
        for line in lines():
            sys.stdout.write(line + ("\n" if args.format == "jsonl" else ""))
        if args.format == "json":
            sys.stdout.write("\n")
        sys.stdout.flush()
        rep.done()
    return EXIT_SOME_FAILED if rep.failed else EXIT_OK


def cmd_build(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.pipeline import build

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if args.dask and args.workers > 1:
        rep.error("give --workers N (processes here) or --dask ADDRESS (a cluster's workers), not both")
        return EXIT_ERROR
    if args.dask:
        from kg.parallel.dask_cluster import parse_address

        try:
            parse_address(args.dask)
        except ValueError as exc:
            rep.error(exc)
            return EXIT_ERROR
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
        read_options=read_options(args),
        on_warning=rep.warning,
        max_chars=args.max_chars,
        batch_size=args.batch_size,
        dask=args.dask,
    )
    rep.done()
    if args.json:
        print(json.dumps(summary.to_json(), indent=2, ensure_ascii=False))
    elif not rep.quiet:
        print("\n".join(summary.lines()))
    return EXIT_SOME_FAILED if summary.failures else EXIT_OK


QUERY_SUFFIXES = (".rq", ".sparql")


def _is_query_file(arg: str | None) -> bool:
    """A positional naming a query file (`calls.rq`): no SPARQL text ends so, so it is read as the file."""
    return bool(arg) and arg.lower().endswith(QUERY_SUFFIXES) and Path(arg).is_file()


def cmd_query(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.query import QueryError, format_result

    graph, query = args.location, args.query
    if args.store_option:  # `kg query --store S 'SELECT ...'`: the one positional is the query
        graph, query = args.store_option, query or graph
    if query is None and not args.file and _is_query_file(graph):  # `kg query Q.rq`: the default store
        graph, query = DEFAULT_STORE, graph
    if query is None and not args.file and graph and graph.lower().endswith(QUERY_SUFFIXES):
        rep.error(f"{graph}: no such query file")
        return EXIT_ERROR
    if graph is None:
        rep.error("give the graph: kg query STORE QUERY (or --store STORE)")
        return EXIT_ERROR
    query_file = args.file or (query if _is_query_file(query) else None)  # `kg query STORE Q.rq`
    if query_file == "-" or query == "-":
        text = sys.stdin.read()
    elif query_file:
        try:
            text = Path(query_file).read_text(encoding="utf-8")
        except OSError as exc:
            rep.error(f"{query_file}: cannot read query: {exc.strerror}")
            return EXIT_ERROR
    elif query:
        text = query
    else:
        rep.error("give a query or --file Q.rq")
        return EXIT_ERROR
    try:
        result, window, dataset = _run_windowed(graph, text, args.date_from, args.date_to)
    except QueryError as exc:
        rep.error(exc)
        return EXIT_ERROR
    sys.stdout.write(format_result(result, args.format))
    if window is not None and result.boolean is None and result.triples is None and not result.rows:
        from kg.query import events_span

        span = events_span(dataset)
        if span is not None:
            rep.warning(
                f"no rows in the window {window}; this graph's events run {span}: "
                f"choose a window with --from and --to (YYYY, YYYY-MM or YYYY-MM-DD)"
            )
    return EXIT_OK


def _run_windowed(graph: str, text: str, date_from: str | None, date_to: str | None):
    """The query's result over `graph`, moved to the window --from/--to give (a missing side is the
    first or last day of the graph's events), with the window it declares and the open dataset."""
    from kg.query import (
        NOT_A_WINDOW_QUERY,
        QueryError,
        Window,
        check_query,
        events_span,
        is_endpoint,
        query_window,
        run_query,
        window_bound,
        with_window,
    )
    from kg.store import GraphFileError, open_graph

    check_query(text)  # before reading a graph that may take a while to load
    window = query_window(text)
    if (date_from or date_to) and window is None:
        raise QueryError(NOT_A_WINDOW_QUERY)
    first = window_bound(date_from, end=False) if date_from else None
    last = window_bound(date_to, end=True) if date_to else None
    try:
        source = graph if is_endpoint(graph) else open_graph(graph)
    except GraphFileError as exc:
        raise QueryError(str(exc)) from None
    if first is not None or last is not None:
        span = events_span(source) if first is None or last is None else None
        start = first or (span.first if span else last)
        end = last or (span.last if span else first)
        assert start is not None and end is not None  # one of the two was given
        text = with_window(text, Window(start, end))
        window = query_window(text)
    return run_query(source, text), window, source


def cmd_view(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.store import GraphFileError, open_graph
    from kg.views import write_views

    try:
        dataset = open_graph(location(args))
    except GraphFileError as exc:
        rep.error(exc)
        return EXIT_ERROR
    paths = write_views(dataset, Path(args.output))
    for name, path in paths.items():
        print(f"{name}: {path}")
    if args.open:
        import webbrowser

        main_view = paths.get("index") or paths.get("graph")
        if main_view is not None and not webbrowser.open(Path(main_view).resolve().as_uri()):
            rep.warning(f"no web browser to open here: open {Path(main_view).resolve()} in one")
    return EXIT_OK


INPUTS_HELP = (
    "article files (.txt, .html, .json, .jsonl, .csv, .tsv, RSS/Atom feeds), directories (recursive), globs, "
    "http(s):// URLs of pages or feeds, files listing URLs one per line, or - for stdin"
)


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=INPUTS_HELP)
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for every input (2025-07-04, 'July 4, 2025 4:47 PM', ...), overriding their own",
    )
    p.add_argument("--model", metavar="NAME", help="spaCy model to use (default: the best English one installed)")
    p.add_argument(
        "--max-chars",
        type=_positive,
        default=MAX_CHARS,
        metavar="N",
        help=f"refuse articles longer than N characters (default {MAX_CHARS:,}); texts over {SEGMENT_CHARS:,} "
        "are read in segments",
    )
    g = p.add_argument_group("reading inputs")
    g.add_argument(
        "--date-order",
        choices=("DMY", "MDY"),
        help="how to read numeric dates such as 04/07/2025 (default: only unambiguous ones are read)",
    )
    for column, usual in (
        ("text", "text, body, content"),
        ("title", "title, headline"),
        ("date", "published, date, pubdate"),
        ("id", "id, guid"),
        ("url", "url, link"),
    ):
        g.add_argument(f"--{column}-column", metavar="NAME", help=f"CSV/TSV column of the {column} (default: {usual})")
    g.add_argument("--follow-links", action="store_true", help="feeds: fetch each entry's page and read its text")
    g.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where fetched pages are kept, so a rebuild does not fetch again (default ~/.cache/kg/pages)",
    )
    g.add_argument("--no-cache", action="store_true", help="fetch URLs again and keep nothing on disk")
    g.add_argument("--fetch-timeout", type=float, default=20.0, metavar="S", help="seconds per request (default 20)")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text}: must be at least 1")
    return value


def read_options(args: argparse.Namespace):  # noqa: ANN201 (kg.ingest.ReadOptions, imported lazily)
    """The ReadOptions of the input options."""
    from kg.ingest import ReadOptions

    return ReadOptions(
        date_order=args.date_order,
        text_column=args.text_column,
        title_column=args.title_column,
        date_column=args.date_column,
        id_column=args.id_column,
        url_column=args.url_column,
        follow_links=args.follow_links,
        cache_dir="" if args.no_cache else args.cache_dir,
        timeout=args.fetch_timeout,
    )


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `kg` parser."""
    p = sub.add_parser(
        "extract",
        help="extract entities, dates and events as JSON",
        description=(
            "Extract entities, temporal expressions and events from articles; one JSON object per article "
            "(schema kg-extract/1, described in docs/output.md)."
        ),
    )
    _add_input_options(p)
    p.add_argument(
        "--format", choices=("jsonl", "json"), default="jsonl", help="jsonl (default) or one indented JSON list"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument(
        "--event-mentions",
        action="store_true",
        help="one event per trigger mention (ACE/KAIROS style) instead of one per coreferent chain",
    )
    p.add_argument(
        "--include-text", action="store_true", help="add each article's text exactly as kg read it (offsets index it)"
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
        default=DEFAULT_STORE,
        help="store to build into: a directory (default ./kg-store) or http(s):// SPARQL store; "
        "unchanged articles already in it are skipped",
    )
    p.add_argument("--memory", action="store_true", help="build in memory only (no store on disk)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on a dask.distributed cluster: its scheduler (tcp://HOST:PORT), or local[:N] for N "
        "worker processes here; entities, links and the store are resolved and written here, as without it "
        "(docs/cluster.md)",
    )
    p.add_argument(
        "--batch-size",
        type=_positive,
        default=256,
        metavar="N",
        help="articles resolved and written together, all or none (default 256)",
    )
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
    add_location(p, required=False)
    p.add_argument("query", nargs="?", metavar="QUERY", help="the SPARQL query text, or a .rq file (- reads stdin)")
    p.add_argument("-f", "--file", metavar="Q.rq", help="read the query from a file (- for stdin)")
    p.add_argument("--format", choices=("table", "csv", "json", "tsv"), default="table", help="result format")
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="a window query (timeline.rq, in-period.rq) from this day, month or year (YYYY[-MM[-DD]]); "
        "without --to, to the graph's last event",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help="... to this day, month or year, included; without --from, from the graph's first event",
    )
    p.set_defaults(func=cmd_query)

    p = sub.add_parser(
        "view",
        help="write the interactive HTML views",
        description=(
            "Write the interactive graph (graph.html) and timeline views of a graph; they open from disk "
            "with no network."
        ),
    )
    add_location(p, required=False)
    p.add_argument("-o", "--output", metavar="DIR", default="out", help="output directory (default: out)")
    p.add_argument("--open", action="store_true", help="open the view in the default browser")
    p.set_defaults(func=cmd_view)

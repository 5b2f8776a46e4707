"""The store's commands: `kg ls`, `rm`, `stats`, `explain`, `export`, `serve`.

Each command is a thin face over kg.store / kg.exports / kg.server: parse options, call one function, print.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli.report import EXIT_ERROR, EXIT_OK, EXIT_SOME_FAILED

if TYPE_CHECKING:
    from kg.cli.report import Reporter

STORE_HELP = "store directory or http(s):// SPARQL store (default ./kg-store)"


def _open(args: argparse.Namespace, rep: Reporter, create: bool = False, writable: bool = False):  # -> KgStore | None
    from kg.store import GraphFileError, open_store

    try:
        return open_store(args.store, create=create, writable=writable)
    except GraphFileError as exc:
        rep.error(exc)
        return None


def cmd_ls(args: argparse.Namespace, rep: Reporter) -> int:
    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        records = store.articles()
    if args.json:
        print(json.dumps([r.__dict__ for r in records], indent=2, ensure_ascii=False))
        return EXIT_OK
    for r in records:
        dup = f"  duplicate of {r.duplicate_of.rsplit('/', 1)[-1]}" if r.duplicate_of else ""
        print(f"{r.id}\t{r.published[:10] or '-'}\t{r.events} events\t{r.headline}{dup}")
    rep.info(f"{len(records)} article{'s' if len(records) != 1 else ''} in {args.store}")
    return EXIT_OK


def cmd_rm(args: argparse.Namespace, rep: Reporter) -> int:
    store = _open(args, rep, writable=True)
    if store is None:
        return EXIT_ERROR
    missing = 0
    with store:
        for article_id in args.articles:
            if store.remove_article(article_id):
                rep.info(f"removed {article_id}")
            else:
                rep.error(f"{article_id}: no such article in {args.store}")
                missing += 1
    return EXIT_SOME_FAILED if missing else EXIT_OK


def cmd_stats(args: argparse.Namespace, rep: Reporter) -> int:
    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, indent=2, ensure_ascii=False))
        return EXIT_OK
    by_type = stats.pop("events_by_type")
    for key, value in stats.items():
        print(f"{key.replace('_', ' ')}: {value}")
    for t, n in by_type.items():  # type: ignore[union-attr]
        print(f"  {t}: {n}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.store import EventNotFound, explain_event

    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        try:
            lines = explain_event(store, args.event)
        except EventNotFound as exc:
            rep.error(exc)
            return EXIT_ERROR
    print("\n".join(lines))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.exports import STORE_FORMATS, export_store

    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        try:
            path = export_store(store.dataset, args.format, Path(args.output) if args.output != "-" else None)
        except ValueError as exc:
            rep.error(f"{exc} (choose from {', '.join(STORE_FORMATS)})")
            return EXIT_ERROR
    if path is not None:
        rep.info(f"wrote {path}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.server import serve

    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        return serve(
            store.dataset,
            host=args.host,
            port=args.port,
            timeout=args.timeout,
            max_results=args.max_results,
            allow_update=args.allow_update,
            on_ready=lambda url: rep.info(f"kg: serving {args.store} at {url} (SPARQL: {url}sparql); Ctrl-C stops"),
        )


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `kg` parser."""
    p = sub.add_parser("ls", help="list the articles in a store", description="List the articles in a store.")
    p.add_argument("--store", default="kg-store", metavar="DIR|URL", help=STORE_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser(
        "rm",
        help="remove articles (and their facts) from a store",
        description="Remove articles, their named graphs and the links other articles hold to them.",
    )
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="article id (as `kg ls` shows it)")
    p.add_argument("--store", default="kg-store", metavar="DIR|URL", help=STORE_HELP)
    p.set_defaults(func=cmd_rm)

    p = sub.add_parser("stats", help="count what a store holds", description="Count what a store holds.")
    p.add_argument("--store", default="kg-store", metavar="DIR|URL", help=STORE_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "explain",
        help="why an event was merged with reports in other articles",
        description="Print an event's sources and, for each report it was merged with (kg:sameEventAs), why: "
        "shared type, actors, dates, places and the score.",
    )
    p.add_argument("event", metavar="EVENT", help="event IRI, or its end (e.g. ARTICLE/e3)")
    p.add_argument("--store", default="kg-store", metavar="DIR|URL", help=STORE_HELP)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "export",
        help="export a store as TriG, N-Quads, Turtle, JSON-LD or CSV",
        description="Export a store: trig, nq, ttl (merged), jsonld, entities.csv or events.csv.",
    )
    p.add_argument("--store", default="kg-store", metavar="DIR", help="store directory (default ./kg-store)")
    p.add_argument("--format", default="trig", help="trig, nq, ttl, jsonld, entities-csv, events-csv (default trig)")
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (default stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "serve",
        help="serve a store over HTTP: SPARQL endpoint and HTML views",
        description="Serve a store read-only: a SPARQL 1.1 Protocol endpoint at /sparql (GET and POST; JSON, "
        "CSV, TSV or XML results by content negotiation) and the HTML views at /.",
    )
    p.add_argument("--store", default="kg-store", metavar="DIR", help="store directory (default ./kg-store)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per query (default 30)")
    p.add_argument("--max-results", type=int, default=100_000, help="rows per answer at most (default 100000)")
    p.add_argument("--allow-update", action="store_true", help="accept SPARQL Update at /update (off by default)")
    p.set_defaults(func=cmd_serve)

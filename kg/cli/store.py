"""The store's commands: `kg ls`, `rm`, `stats`, `explain`, `export`, `serve`.

Each command is a thin face over kg.store / kg.exports / kg.server: parse options, call one function, print.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli.report import EXIT_ERROR, EXIT_OK, EXIT_SOME_FAILED, add_location, location

if TYPE_CHECKING:
    from kg.cli.report import Reporter

STORE_HELP = "store directory or http(s):// SPARQL store (default ./kg-store)"


def _open(args: argparse.Namespace, rep: Reporter, create: bool = False, writable: bool = False):  # -> KgStore | None
    from kg.store import GraphFileError, open_store

    args.store = location(args)
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
    from kg.store import EntityNotFound, EventNotFound, explain_entity, explain_event

    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        try:
            lines = explain_event(store, args.ref)
        except EventNotFound as not_event:
            try:
                lines = explain_entity(store, args.ref)
            except EntityNotFound as not_entity:
                ambiguous = [str(e) for e in (not_event, not_entity) if "ambiguous" in str(e)]
                rep.error(ambiguous[0] if ambiguous else f"{args.ref}: no such event or entity in {store.location}")
                return EXIT_ERROR
    print("\n".join(lines))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.exports import STORE_FORMATS, export_store, format_for_path
    from kg.store.remote import RemoteBackend

    fmt = args.format
    if fmt is None:
        fmt = format_for_path(args.output) if args.output != "-" else "trig"
        if fmt is None:
            rep.error(f"{args.output}: give --format (the file name does not say which: {', '.join(STORE_FORMATS)})")
            return EXIT_ERROR
    store = _open(args, rep)
    if store is None:
        return EXIT_ERROR
    with store:
        try:
            target = Path(args.output) if args.output != "-" else None
            dataset = store.backend.dataset_copy() if isinstance(store.backend, RemoteBackend) else store.dataset
            path = export_store(dataset, fmt, target, all_modalities=args.all_modalities)
        except ValueError as exc:
            rep.error(f"{exc} (choose from {', '.join(STORE_FORMATS)})")
            return EXIT_ERROR
    if path is not None:
        rep.info(f"wrote {path}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.server import Settings, serve
    from kg.store import StoreError

    args.store = location(args)
    settings = Settings(
        host=args.host,
        port=args.port,
        timeout=args.timeout,
        max_results=args.max_results,
        workers=args.workers,
        max_memory_mb=args.max_memory,
        allow_update=args.allow_update,
        token=args.token or "",
        cors=tuple(args.cors),
        allow_remote=args.allow_remote,
    )

    def ready(server) -> None:  # -> kg.server.Server
        url = server.url
        rep.info(f"kg: serving {args.store} at {url} (query page: {url}, SPARQL: {url}sparql); Ctrl-C stops")
        if server.settings.allow_update:
            rep.info(f"kg: updates: POST {url}update with the header 'Authorization: Bearer {server.settings.token}'")

    try:
        return serve(args.store, settings, on_ready=ready)
    except StoreError as exc:
        rep.error(exc)
        return EXIT_ERROR
    except OSError as exc:  # the port is taken, the address is not this machine's
        rep.error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_ERROR


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `kg` parser."""
    p = sub.add_parser("ls", help="list the articles in a store", description="List the articles in a store.")
    add_location(p, required=False, help=STORE_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser(
        "rm",
        help="remove articles (and their facts) from a store",
        description="Remove articles, their named graphs and the links other articles hold to them.",
    )
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="article id (as `kg ls` shows it)")
    p.add_argument("--store", dest="store_option", metavar="DIR|URL", help=STORE_HELP)
    p.set_defaults(func=cmd_rm)

    p = sub.add_parser("stats", help="count what a store holds", description="Count what a store holds.")
    add_location(p, required=False, help=STORE_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "explain",
        help="why an event was merged with reports in other articles, or an entity's names",
        description="Print an event's sources and, for each report it was merged with (kg:sameEventAs), why: "
        "shared type, actors, dates, places and the score. Given an entity (its IRI, the end of it or one "
        "of its names), print its names and, for each article that names it otherwise, the rule that "
        "merged that name (legal form, trade word, acronym, surname, the alias file).",
    )
    p.add_argument(
        "ref", metavar="EVENT|ENTITY", help="event IRI or its end (ARTICLE/e3); entity IRI, its end, or a name"
    )
    p.add_argument("--store", dest="store_option", metavar="DIR|URL", help=STORE_HELP)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "export",
        help="export a store as TriG, N-Quads, Turtle, JSON-LD or CSV",
        description="Export a store: trig, nq, ttl (merged), jsonld, entities.csv or events.csv.",
    )
    add_location(p, required=False, help="store directory (default ./kg-store)")
    p.add_argument(
        "--format",
        help="trig, nq, ttl, jsonld, entities-csv, events-csv (default: from the -o file name, else trig)",
    )
    p.add_argument("-o", "--output", default="-", metavar="FILE", help="output file (default stdout)")
    p.add_argument(
        "--all-modalities",
        action="store_true",
        help="events CSV: negated, planned and hypothetical events too (default: asserted events only)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "serve",
        help="serve a store over HTTP: query page, SPARQL endpoint and HTML views",
        description="Serve a store: a query page at / (YASGUI, offline, with kg's prefixes and example queries), a "
        "SPARQL 1.1 Protocol endpoint at /sparql (GET and POST; JSON, CSV, TSV or XML results by content "
        "negotiation) and the HTML views at /views/. Safe defaults: loopback only, read-only, "
        "no CORS, no SERVICE or LOAD, each query in a worker process killed at --timeout.",
    )
    add_location(p, required=False, help="store directory (default ./kg-store)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per query, then it is stopped (default 30)")
    p.add_argument("--max-results", type=int, default=100_000, help="rows per answer at most (default 100000)")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="query processes (default 2)")
    p.add_argument(
        "--max-memory", type=int, default=2048, metavar="MB", help="memory per query process (default 2048; 0: no cap)"
    )
    p.add_argument(
        "--allow-update",
        action="store_true",
        help="accept SPARQL Update at /update, with the token (Authorization: Bearer TOKEN; off by default)",
    )
    p.add_argument(
        "--token",
        default=os.environ.get("KG_SERVE_TOKEN"),
        metavar="TOKEN",
        help="the update token (default $KG_SERVE_TOKEN, else one is generated and printed at start)",
    )
    p.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="let pages from ORIGIN (e.g. http://localhost:3000) read answers; repeatable (default: none)",
    )
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow SERVICE and LOAD, which make the server fetch URLs (off by default)",
    )
    p.set_defaults(func=cmd_serve)

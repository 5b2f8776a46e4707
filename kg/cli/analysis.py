"""The analysis command: `kg analyze` (with `--export DIR`).

It opens a graph file or store directory (kg.store.open_graph), projects it once (kg.analysis)
and prints (and writes the exports); the library does the work.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.cli.report import EXIT_ERROR, EXIT_OK, Reporter, add_location, location


def _projection(args: argparse.Namespace, rep: Reporter):  # noqa: ANN202
    from kg.analysis import project
    from kg.store import GraphFileError, open_graph

    try:
        return project(open_graph(location(args)))
    except GraphFileError as exc:
        rep.error(exc)
        return None


def _modalities(args: argparse.Namespace) -> tuple[str, ...] | None:
    """Which events count: asserted only unless --all-modalities (None: all) or --modality names some."""
    if args.all_modalities:
        return None
    return tuple(args.modality) if args.modality else ("asserted",)


def cmd_analyze(args: argparse.Namespace, rep: Reporter) -> int:
    from kg.analysis import ActorNotFound, analyze, format_report

    if bool(args.source) != bool(args.target):
        rep.error("--from and --to go together")
        return EXIT_ERROR
    projection = _projection(args, rep)
    if projection is None:
        return EXIT_ERROR
    try:
        report = analyze(
            projection,
            top=args.top,
            source=args.source,
            target=args.target,
            actors=args.actor or (),
            modalities=_modalities(args),
        )
    except ActorNotFound as exc:
        rep.error(exc)
        return EXIT_ERROR
    if args.format == "json":
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_report(report))
    if args.export:
        from kg.analysis import with_modalities
        from kg.exports import export_networks

        formats = [f.strip() for f in args.export_formats.split(",") if f.strip()]
        try:
            wanted = _modalities(args)
            paths = export_networks(projection if wanted is None else with_modalities(projection, wanted),
                                    Path(args.export), formats)  # fmt: skip
        except ValueError as exc:
            rep.error(exc)
            return EXIT_ERROR
        for name, path in paths.items():
            rep.info(f"{name}: {path}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to the `kg` parser."""
    p = sub.add_parser(
        "analyze",
        help="central actors, communities, busiest days, timelines, time-respecting paths",
        description=(
            "Analyse a graph: the most central actors (degree and betweenness on the actor graph), Louvain "
            "communities, the busiest days, actors' timelines, and with --from A --to B how news could flow "
            "from A to B along events in non-decreasing time."
        ),
    )
    add_location(p, required=False)
    p.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many actors and days to list (default 10)")
    p.add_argument("--actor", action="append", metavar="NAME", help="show this actor's timeline (repeatable)")
    p.add_argument("--from", dest="source", metavar="A", help="time-respecting path from actor A ...")
    p.add_argument("--to", dest="target", metavar="B", help="... to actor B")
    p.add_argument(
        "--export", metavar="DIR", help="also write GraphML and GEXF (dated, for Gephi) and timeline.csv into DIR"
    )
    p.add_argument(
        "--export-formats", default="graphml,gexf,csv", metavar="LIST", help="graphml,gexf,csv (default all)"
    )
    p.add_argument(
        "--all-modalities",
        action="store_true",
        help="count negated, planned and hypothetical events too (default: asserted events only)",
    )
    p.add_argument(
        "--modality",
        action="append",
        choices=("asserted", "negated", "planned", "hypothetical"),
        help="count the events of this modality (repeatable; default asserted)",
    )
    p.set_defaults(func=cmd_analyze)

"""Exports of a store's dataset (`kg export`): TriG, N-Quads, Turtle (graphs merged), JSON-LD, and CSV of
entities and events."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.atomic import atomic_write
from kg.rdf import PREFIXES, write_jsonld
from kg.store.files import merged_triples

RDF_EXPORTS = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}
ENTITIES_CSV = """SELECT ?entity ?type ?label (COUNT(DISTINCT ?a) AS ?articles)
  (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases) WHERE {
  ?entity kg:mentionedIn ?a ; a ?type ; rdfs:label ?label .
  OPTIONAL { ?entity skos:altLabel ?alt } } GROUP BY ?entity ?type ?label ORDER BY ?label ?entity"""
EVENTS_CSV = """SELECT ?event ?type ?modality ?date ?precision ?date_source ?label ?article ?published
  (GROUP_CONCAT(DISTINCT ?agentLabel; separator="|") AS ?agents)
  (GROUP_CONCAT(DISTINCT ?placeLabel; separator="|") AS ?places)
  (SAMPLE(?k) AS ?killed) (SAMPLE(?i) AS ?injured) (SAMPLE(?q) AS ?casualty_qualifier)
  (GROUP_CONCAT(DISTINCT STR(?same); separator="|") AS ?same_event_as) WHERE {
  ?event a kg:Event ; kg:eventType ?concept ; kg:modality ?modality ; rdfs:label ?label ;
         prov:wasDerivedFrom ?article .
  BIND(STRAFTER(STR(?concept), STR(kgt:)) AS ?type)  # "attack", as spreadsheets and the views name it
  MODALITY_FILTER
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:datePrecision ?precision }
  OPTIONAL { ?event kg:hasTime/kg:dateSource ?date_source }
  OPTIONAL { ?event kg:hasTime/sem:hasEarliestBeginTimeStamp ?earliest }
  OPTIONAL { ?event kg:hasTime/sem:hasLatestEndTimeStamp ?latest }
  OPTIONAL { ?event kg:agent/rdfs:label ?agentLabel }
  OPTIONAL { ?event kg:place/rdfs:label ?placeLabel }
  OPTIONAL { ?event kg:hasCasualtyCount ?ck . ?ck kg:casualtyType kg:killed ; kg:count ?k
             OPTIONAL { ?ck kg:qualifier ?q } }
  OPTIONAL { ?event kg:hasCasualtyCount ?ci . ?ci kg:casualtyType kg:injured ; kg:count ?i }
  OPTIONAL { ?event kg:sameEventAs ?same }
} GROUP BY ?event ?type ?modality ?date ?precision ?date_source ?label ?article ?published ?earliest ?latest
ORDER BY COALESCE(?earliest, ?latest) ?event"""
STORE_FORMATS = (*RDF_EXPORTS, "entities-csv", "events-csv")


SUFFIX_FORMATS = {".trig": "trig", ".nq": "nq", ".ttl": "ttl", ".jsonld": "jsonld", ".json": "jsonld"}


def format_for_path(path: str | Path) -> str | None:
    """The export format a file name asks for (`graph.ttl` → ttl, `events.csv` → events-csv), or None."""
    p = Path(path)
    if p.suffix.lower() == ".csv":
        stem = p.stem.lower()
        return "entities-csv" if "entit" in stem else "events-csv" if "event" in stem else None
    return SUFFIX_FORMATS.get(p.suffix.lower())


def _csv(dataset: ox.Store, sparql: str) -> str:
    answer = dataset.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in answer.variables]  # type: ignore[union-attr]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(names)
    for row in answer:  # type: ignore[union-attr]
        writer.writerow(["" if row[n] is None else row[n].value for n in names])
    return buf.getvalue()


def events_csv_query(all_modalities: bool = False) -> str:
    """The events table: asserted events only (what the articles report as having happened), or all."""
    keep = "" if all_modalities else 'FILTER(?modality = "asserted")'
    return EVENTS_CSV.replace("MODALITY_FILTER", keep)


def export_store(
    dataset: ox.Store, fmt: str, path: Path | None = None, all_modalities: bool = False
) -> Path | None:
    """Write the dataset in `fmt` to path (atomically), or to stdout when path is None. The events CSV has
    the asserted events only unless `all_modalities` (its `modality` column says which each is)."""
    if fmt not in STORE_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt.endswith("-csv"):
        text = _csv(dataset, ENTITIES_CSV if fmt == "entities-csv" else events_csv_query(all_modalities))
        if path is None:
            sys.stdout.write(text)
            return None

        def write_text(tmp: str) -> None:
            Path(tmp).write_text(text, encoding="utf-8")

        return atomic_write(path, write_text)
    rdf_format = RDF_EXPORTS[fmt]
    prefixes = {k: v for k, v in PREFIXES.items() if k != "owl"}

    def write(target: str | IO[bytes]) -> None:
        if fmt == "ttl":
            ox.serialize(merged_triples(dataset), target, rdf_format, prefixes=prefixes)
        elif fmt == "trig":
            ox.serialize(dataset, target, rdf_format, prefixes=prefixes)
        elif fmt == "jsonld":  # compacted with kg's @context
            write_jsonld(dataset, target)
        else:
            ox.serialize(dataset, target, rdf_format)

    if path is None:
        write(sys.stdout.buffer)
        sys.stdout.flush()
        return None
    return atomic_write(path, write)

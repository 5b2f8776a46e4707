"""JSON-LD with kg's @context: compact to read, and the same quads as the N-Quads for every reader."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from conftest import ROOT
from rdflib import OWL, RDF, Dataset, Graph, URIRef

from kg.cli import main
from kg.rdf import PREFIXES, jsonld_context, triples_jsonld, write_jsonld

STORY = (
    "id: talks\npublished: 2025-07-04\n\nMinisters Meet in Vienna\n\n"
    "Foreign Minister Anna Berg of Sweden met her Austrian counterpart in Vienna on Tuesday, "
    "the ministry said. At least 12 people were killed when a drone struck a market in Kherson on Monday."
)


def rdflib_quads(path, fmt: str) -> set[tuple]:
    data = Dataset()
    data.parse(path, format=fmt)
    return {(s, p, o, g) for s, p, o, g in data.quads()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """`kg build --formats jsonld,nq` and `kg export` of one article, through the CLI."""
    tmp = tmp_path_factory.mktemp("jsonld")
    (tmp / "talks.txt").write_text(STORY, encoding="utf-8")
    assert (
        main(
            [
                "build",
                str(tmp / "talks.txt"),
                "--store",
                str(tmp / "store"),
                "-o",
                str(tmp / "out"),
                "--formats",
                "jsonld,nq",
                "--no-view",
                "-q",
            ]
        )
        == 0
    )
    assert (
        main(["export", "--store", str(tmp / "store"), "--format", "jsonld", "-o", str(tmp / "export.data"), "-q"]) == 0
    )
    assert main(["export", "--store", str(tmp / "store"), "-o", str(tmp / "export.nq"), "-q"]) == 0
    return tmp


@pytest.mark.parametrize("jsonld, nquads", [("out/graph.jsonld", "out/graph.nq"), ("export.data", "export.nq")])
def test_build_and_export_write_compacted_jsonld_with_the_nquads_triples(built, jsonld, nquads):
    doc = json.loads((built / jsonld).read_text(encoding="utf-8"))
    assert doc["@context"] == jsonld_context()
    graphs = {g["@id"]: g["@graph"] for g in doc["@graph"]}
    assert "kgid:graph/talks" in graphs and "kgid:entities" in graphs
    events = [n for n in graphs["kgid:graph/talks"] if "kg:Event" in n.get("@type", [])]
    assert events and all(
        n["eventType"].startswith("kgt:") and n["@id"].startswith("kgid:event/talks/") for n in events
    )
    assert any(n.get("@type") == ["kg:Event", "kg:Meeting"] for n in events)
    from_jsonld = rdflib_quads(built / jsonld, "json-ld")
    assert len(from_jsonld) > 100 and from_jsonld == rdflib_quads(built / nquads, "nquads")


def test_kg_reads_its_jsonld_back(built, capsys):
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert main(["query", str(built / "out" / "graph.jsonld"), "--format", "csv", sparql]) == 0
    from_jsonld = capsys.readouterr().out
    assert main(["query", str(built / "store"), "--format", "csv", sparql]) == 0
    assert from_jsonld == capsys.readouterr().out and int(from_jsonld.split()[1]) > 100


KG = PREFIXES["kg"]
XSD = PREFIXES["xsd"]


def awkward_dataset() -> ox.Store:
    """Terms that do not fit the context's coercions, and IRIs no prefix covers."""
    ev, g = ox.NamedNode(PREFIXES["kgid"] + "event/a/ev1"), ox.NamedNode(PREFIXES["kgid"] + "graph/a")
    b = ox.BlankNode("b1")
    quads = [
        (ev, ox.NamedNode(KG + "count"), ox.Literal("07", datatype=ox.NamedNode(XSD + "integer"))),
        (ev, ox.NamedNode(KG + "count"), ox.Literal("seven")),
        (ev, ox.NamedNode(KG + "count"), ox.Literal("2.5", datatype=ox.NamedNode(XSD + "decimal"))),
        (ev, ox.NamedNode(KG + "agent"), ox.Literal("not an IRI")),
        (ev, ox.NamedNode(KG + "agent"), b),
        (ev, ox.NamedNode(KG + "trigger"), ox.Literal("frappé", language="fr")),
        (ev, ox.NamedNode(KG + "trigger"), ox.NamedNode("urn:x-trigger:1")),
        (ev, ox.NamedNode("http://example.org/p"), ox.NamedNode(PREFIXES["kgid"] + "//odd")),
        (ev, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(KG + "Attack")),
        (b, ox.NamedNode(PREFIXES["rdfs"] + "label"), ox.Literal('quote " and \\ and \n')),
    ]
    store = ox.Store()
    store.extend([ox.Quad(s, p, o, g) for s, p, o in quads])
    store.add(ox.Quad(g, ox.NamedNode(KG + "articleId"), ox.Literal("a"), ox.DefaultGraph()))
    return store


def _without_blank_nodes(quads) -> set[str]:
    return {str(q) for q in quads if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))}


def test_values_that_do_not_fit_a_term_keep_their_type_for_every_reader(tmp_path):
    store = awkward_dataset()
    write_jsonld(store, tmp_path / "g.jsonld")
    back = ox.Store()
    back.load(path=str(tmp_path / "g.jsonld"), format=ox.RdfFormat.JSON_LD)
    assert len(back) == len(store) and _without_blank_nodes(back) == _without_blank_nodes(store)
    store.dump(str(tmp_path / "g.nq"), format=ox.RdfFormat.N_QUADS)
    from_jsonld, from_nq = rdflib_quads(tmp_path / "g.jsonld", "json-ld"), rdflib_quads(tmp_path / "g.nq", "nquads")

    def named(quads: set[tuple]) -> set[tuple]:
        return {q for q in quads if not any(type(t).__name__ == "BNode" for t in q[:3])}

    assert len(from_jsonld) == len(from_nq) == len(store) and named(from_jsonld) == named(from_nq)


def test_construct_answers_compact_too():
    triples = [
        ox.Triple(
            ox.NamedNode(PREFIXES["kgid"] + "event/a/ev1"),
            ox.NamedNode(KG + "eventType"),
            ox.NamedNode(PREFIXES["kgt"] + "attack"),
        )
    ]
    doc = json.loads(triples_jsonld(triples))
    assert doc["@graph"] == [{"@id": "kgid:event/a/ev1", "eventType": "kgt:attack"}]


def test_the_context_covers_every_property_of_the_ontology():
    context = jsonld_context()
    assert {k: v for k, v in context.items() if k in PREFIXES} == PREFIXES
    ontology = Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    for kind, coerced in ((OWL.ObjectProperty, True), (OWL.DatatypeProperty, False)):
        for prop in ontology.subjects(RDF.type, kind):
            if not str(prop).startswith(KG):
                continue
            name = str(prop)[len(KG) :]
            definition = context[name]
            iri = definition if isinstance(definition, str) else definition["@id"]
            assert iri == f"kg:{name}", name
            assert (isinstance(definition, dict) and definition.get("@type") == "@id") == coerced, name
    assert URIRef(KG + "eventType") in set(ontology.subjects(RDF.type, OWL.ObjectProperty))

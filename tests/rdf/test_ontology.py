"""The ontology and shapes: they parse offline, every vocabulary term is declared, the built graph
validates against the SHACL shapes."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from rdflib import OWL, RDF, Dataset, Graph, URIRef

from kg.rdf import KG, SEM

ONTOLOGIES = ROOT / "ontologies"
DATA = ROOT / "kg" / "extract" / "data"
SKOS_CONCEPT = URIRef("http://www.w3.org/2004/02/skos/core#Concept")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    g = Graph()
    for name in ("kg.ttl", "event-types.ttl"):
        if (ONTOLOGIES / name).exists():
            g.parse(ONTOLOGIES / name, format="turtle")
    return g


def test_every_vocab_term_is_declared_in_the_ontology(ontology):
    declared = set(ontology.subjects(RDF.type, None))
    missing = [t for t in KG.__annotations__ if URIRef(str(KG._NS) + t) not in declared]
    assert not missing


def test_every_declared_term_is_in_the_vocab(ontology):
    ns = str(KG._NS)
    declared = {
        str(s)[len(ns) :]
        for s in ontology.subjects(RDF.type, None)
        if str(s).startswith(ns) and "/" not in str(s)[len(ns) :]
    }
    assert declared <= set(KG.__annotations__)


def test_no_remote_imports(ontology):
    assert not list(ontology.objects(None, OWL.imports))


def test_sem_terms_are_real_sem_iris():
    assert str(SEM.hasActor) == "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"


def test_every_event_type_has_a_concept_with_codes(ontology):
    types = json.loads((DATA / "event_types.json").read_text())
    concepts = set(ontology.subjects(RDF.type, SKOS_CONCEPT))
    for name in types:
        if name.startswith("_"):
            continue
        assert URIRef(f"https://w3id.org/kgnews/ontology#type/{name}") in concepts, name


def test_built_graph_validates_against_the_shapes(seed_build, ontology):
    from pyshacl import validate

    _, out = seed_build
    data = Dataset()
    data.parse(out / "graph.trig", format="trig")
    merged = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        merged.add((s, p, o))
    shapes = Graph().parse(ONTOLOGIES / "shapes.ttl", format="turtle")
    conforms, _, report = validate(merged, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms, report


def test_shapes_catch_a_broken_event(ontology):
    from pyshacl import validate

    bad = Graph().parse(
        data="""
        @prefix kg: <https://w3id.org/kgnews/ontology#> .
        <urn:e> a kg:Event ; kg:modality "maybe" ; kg:confidence 3.0 .
    """,
        format="turtle",
    )
    shapes = Graph().parse(ONTOLOGIES / "shapes.ttl", format="turtle")
    conforms, _, _ = validate(bad, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert not conforms


def test_all_output_formats_parse(seed_build):
    _, out = seed_build
    for name, fmt in (("graph.ttl", "turtle"), ("graph.nq", "nquads"), ("graph.jsonld", "json-ld")):
        g = Dataset()
        g.parse(out / name, format=fmt)
        assert len(g) > 0 or sum(1 for _ in g.quads()) > 0, name

"""Event types as users query them: a class per type (`?e a kg:Attack`) and a SKOS concept under the `kgt:`
prefix (`?e kg:eventType kgt:attack`), never `kg:type/attack`, which SPARQL reads as a property path."""

from __future__ import annotations

import json

import pytest
from builders import facts
from conftest import ROOT
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.cli import main
from kg.rdf import EVENT_TYPE_BASE, KG, PREFIXES
from kg.rdf.vocab import EVENT_CLASS
from kg.store import add_facts, new_dataset, write_graph

TYPES = [t for t in json.loads((ROOT / "kg" / "extract" / "data" / "event_types.json").read_text()) if t[0] != "_"]


def test_every_event_type_has_a_class_declared_in_the_ontology():
    ontology = Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    assert sorted(EVENT_CLASS) == sorted(TYPES)
    for name, cls in EVENT_CLASS.items():
        assert (URIRef(cls), RDFS.subClassOf, URIRef(KG.Event)) in ontology, name
        assert (URIRef(cls), RDF.type, OWL.Class) in ontology, name
        # CamelCase of the snake_case type: press_conference -> PressConference
        assert str(cls).rsplit("#", 1)[1] == "".join(w.capitalize() for w in name.split("_")), name


def test_kgt_is_the_prefix_of_the_event_type_concepts():
    assert PREFIXES["kgt"] == EVENT_TYPE_BASE
    concepts = Graph().parse(ROOT / "ontologies" / "event-types.ttl", format="turtle")
    assert concepts.namespace_manager.store.namespace("kgt") == URIRef(EVENT_TYPE_BASE)
    for name in TYPES:
        assert (URIRef(EVENT_TYPE_BASE + name), None, None) in concepts, name


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    dataset = new_dataset()
    add_facts(dataset, [facts("a1", "Kastrenia struck Sarnovo on Monday, killing 23 people.")])
    return write_graph(dataset, tmp_path_factory.mktemp("vocab"), "trig")


def _query(capsys, graph_file, sparql: str) -> list[str]:
    assert main(["query", str(graph_file), "--format", "csv", sparql]) == 0
    return capsys.readouterr().out.splitlines()[1:]


def test_the_class_and_the_kgt_concept_find_the_same_events(graph_file, capsys):
    by_class = _query(capsys, graph_file, "SELECT ?e WHERE { ?e a kg:Attack }")
    by_concept = _query(capsys, graph_file, "SELECT ?e WHERE { ?e kg:eventType kgt:attack }")
    assert by_class == by_concept and len(by_class) == 1
    assert _query(capsys, graph_file, "SELECT ?e WHERE { ?e a kg:Statement }") == []


def test_turtle_output_writes_event_types_with_the_kgt_prefix(graph_file):
    text = (graph_file.parent / "graph.trig").read_text(encoding="utf-8")
    assert "kg:eventType kgt:attack" in text

"""Building into a real Oxigraph server (PyPI `oxigraph`) on loopback: Graph Store Protocol PUT per article."""

from __future__ import annotations

import pytest
from builders import WIRE, facts
from oxigraph_server import oxigraph_server

from kg.store import open_store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def test_put_replace_remove_on_a_remote_store(server):
    store = open_store(server)
    store.put_article(facts("r1", "Kastrenia struck Sarnovo overnight, killing 23 people, officials said."))
    n = store.count("triples")
    store.put_article(facts("r1", "Kastrenia struck Sarnovo overnight, killing 23 people, officials said."))
    assert store.count("triples") == n  # PUT replaced the graph
    result = store.put_article(facts("r2", "Kastrenia shelled Sarnovo; the toll rose to 25 dead by the evening.", 25))
    assert len(result.same_events) == 1
    assert store.put_article(facts("r3", WIRE)).duplicate_of is None
    assert store.put_article(facts("r4", WIRE + " More later.")).duplicate_of == "r3"
    assert sorted(store.article_states()) == ["r1", "r2", "r3", "r4"]
    assert store.count("same_event_links") == 6  # the same hand-made attack in all four articles
    assert store.remove_article("r1") and store.count("same_event_links") == 3
    assert sorted(r.id for r in store.articles()) == ["r2", "r3", "r4"]


def test_cli_build_into_remote(server, tmp_path, capsys):
    from kg.cli import main

    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text("id: remote-a\npublished: 2025-03-04\n\n" + WIRE, encoding="utf-8")
    assert main(["build", str(d), "--store", server, "--no-view", "-o", str(tmp_path / "out")]) == 0
    assert main(["build", str(d), "--store", server, "--no-view", "-o", str(tmp_path / "out")]) == 0
    assert "+1 unchanged" in capsys.readouterr().out
    assert main(["ls", "--store", server]) == 0
    assert "remote-a" in capsys.readouterr().out


def test_remote_store_describes_each_entity_once_and_in_step_with_its_articles(server):
    from builders import KASTRENIA, REPEATED, article

    from kg.rdf import Identities, entity_iri

    store = open_store(server)
    # a name with characters SPARQL would read as syntax: it reaches the update only escaped
    odd = 'Ana "the \\ Mayor" Petrova }\n DROP ALL'
    person = entity_iri("person/ana").value

    def ids(aid: str, name: str) -> Identities:
        return Identities(keys={(aid, "p1"): "person/ana"}, names={"person/ana": name})

    store.put_article(article("e1", {"e1": "Kastrenia", "e2": "Hillvale"}, speaker="Ana"), ids("e1", "Ana"))
    store.put_article(article("e2", {"e1": "Kastrenia"}, speaker=odd), ids("e2", odd), defer=True)
    store.put_article(article("e3", {"e1": "Kastrenia"}, speaker="Ana"), ids("e3", "Ana"), defer=True)
    store.flush()
    one_row = store.backend.select(f"SELECT ?l ?t WHERE {{ <{KASTRENIA}> rdfs:label ?l ; a ?t }}")
    assert [(r["l"], r["t"].rsplit("#", 1)[-1]) for r in one_row] == [("Kastrenia", "Place")]
    labels = store.backend.select(f"SELECT ?l WHERE {{ <{person}> rdfs:label ?l }}")
    assert [r["l"] for r in labels] == [odd]  # the fuller name replaced "Ana", which is an alt label now
    alts = store.backend.select(f"SELECT ?l WHERE {{ <{person}> skos:altLabel ?l }}")
    assert [r["l"] for r in alts] == ["Ana"]
    assert store.backend.select(REPEATED.replace("\n", " ")) == []
    hillvale = entity_iri("place/hillvale").value
    store.put_article(article("e1", {"e1": "Kastrenia"}))  # replaced: Hillvale no longer mentioned anywhere
    assert not store.backend.ask(f"ASK {{ <{hillvale}> ?p ?o }}")
    for aid in ("e1", "e2", "e3"):
        assert store.remove_article(aid)
    assert not store.backend.ask(f"ASK {{ <{person}> ?p ?o }}")
    # Kastrenia is still in the other test's articles (r2-r4): described still, once
    assert len(store.backend.select(f"SELECT ?l ?t WHERE {{ <{KASTRENIA}> rdfs:label ?l ; a ?t }}")) == 1
    left = set(store.article_states())
    assert {"r2", "r3", "r4"} <= left and not left & {"e1", "e2", "e3"}  # the other tests' articles untouched


def test_dask_partitions_pushed_to_a_remote_store_describe_each_entity_once(server, tmp_path):
    from builders import REPEATED
    from conftest import EXAMPLES

    from kg.parallel import dask_build

    articles = str(EXAMPLES / "articles")
    results = dask_build([articles], tmp_path / "unused", npartitions=2, remote=server, scheduler="synchronous")
    assert sum(r["articles"] for r in results) == 8
    store = open_store(server)
    assert {"alpinepost-2025-03-12-geneva-agreement", "02-un-envoy-calls"} <= set(store.article_states())
    assert store.backend.select(REPEATED.replace("\n", " ")) == []
    labels = store.backend.select(
        "SELECT ?e (COUNT(?l) AS ?n) WHERE { GRAPH kgid:entities { ?e rdfs:label ?l } } "
        "GROUP BY ?e HAVING (COUNT(?l) > 1)"
    )
    assert labels == []


def test_kg_export_of_a_remote_store_is_the_local_build_s_export(tmp_path):
    from conftest import EXAMPLES

    from kg.cli import main

    articles = str(EXAMPLES / "articles")
    local = tmp_path / "local"
    assert main(["-q", "build", articles, "--store", str(local), "--no-view", "-o", str(tmp_path / "o")]) == 0
    assert main(["-q", "export", str(local), "-o", str(tmp_path / "local.nq")]) == 0
    with oxigraph_server(tmp_path / "remote") as url:
        assert main(["-q", "build", articles, "--store", url, "--no-view", "-o", str(tmp_path / "o2")]) == 0
        assert main(["-q", "export", url, "-o", str(tmp_path / "remote.nq")]) == 0
        assert main(["-q", "export", url, "-o", str(tmp_path / "events.csv")]) == 0
    lines = [sorted((tmp_path / f"{n}.nq").read_text(encoding="utf-8").splitlines()) for n in ("local", "remote")]
    assert len(lines[0]) > 1000 and lines[1] == lines[0]
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").startswith("event,type,modality,date")

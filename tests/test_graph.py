"""`kg.open` / `kg.build` and the Graph they give: SPARQL to DataFrames (or rows without pandas), events and
entities, networkx, the notebook display; over a store directory, graph files and a remote store."""

from __future__ import annotations

import re
import sys

import networkx as nx
import pytest
from builders import KASTRENIA, article, facts
from conftest import IN_CI
from oxigraph_server import oxigraph_server as start_oxigraph

import kg
from kg.analysis import ActorNotFound
from kg.graph import Graph, python_value
from kg.store import GraphFileError, add_facts, new_dataset, open_store, write_graph

STRIKE = "Kastrenia struck Sarnovo on Monday, killing 23 people, officials said."


def require_pandas():
    """pandas, or skip (fail under CI=true, whose test extra installs it)."""
    try:
        import pandas
    except ImportError:
        if IN_CI:
            pytest.fail("pandas is missing: the test extra installs it (pip install -e '.[test]')")
        pytest.skip("pandas is not installed (the notebook extra)")
    return pandas


@pytest.fixture
def no_pandas(monkeypatch):
    """As if pandas were not installed: `import pandas` raises ImportError."""
    monkeypatch.setitem(sys.modules, "pandas", None)


def _articles():
    evil = article("a2", {"e1": "Kastrenia", "e3": "<b>Lakeport</b>"})
    evil.events[0].date = "2025-04-10"
    return [facts("a1", STRIKE), evil]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "store"
    with open_store(path) as store:
        for item in _articles():
            store.put_article(item)
    return path


@pytest.fixture
def graph(store_dir):
    with kg.open(store_dir) as g:
        yield g


def test_query_gives_a_dataframe_with_python_values(graph):
    pandas = require_pandas()
    df = graph.query("SELECT ?e ?n WHERE { ?e a kg:Attack ; kg:hasCasualtyCount/kg:count ?n }")
    assert isinstance(df, pandas.DataFrame) and list(df.columns) == ["e", "n"]
    assert df["n"].tolist() == [23] and df["e"][0].startswith("https://w3id.org/kgnews/id/event/a1/")
    assert graph.query("ASK { ?e kg:eventType kgt:meeting }") is True
    triples = graph.query("CONSTRUCT { ?e kg:eventType ?t } WHERE { ?e kg:eventType ?t }")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) == 2


def test_without_pandas_every_table_is_a_list_of_dicts(graph, no_pandas):
    rows = graph.query("SELECT ?l WHERE { ?e a kg:Event ; rdfs:label ?l } ORDER BY ?l")
    assert rows == [{"l": "attack: struck"}, {"l": "meeting: met"}]
    assert graph.rows("SELECT ?x WHERE { OPTIONAL { ?x a kg:Nothing } }") == [{"x": None}]
    assert [e["type"] for e in graph.events()] == ["attack", "meeting"]
    assert {e["name"] for e in graph.entities(type="place")} == {"Kastrenia", "Sarnovo", "<b>Lakeport</b>"}


def test_events_filter_by_type_actor_dates_and_modality(graph, no_pandas):
    assert [e["type"] for e in graph.events(type="attack")] == ["attack"]
    assert [e["type"] for e in graph.events(type=["attack", "meeting"])] == ["attack", "meeting"]
    (strike,) = graph.events(actor="kastrenia", until="2025-03")
    assert strike["actors"] == ["Kastrenia"] and strike["places"] == ["Sarnovo"] and strike["date"] == "2025-03-03"
    assert [e["date"] for e in graph.events(since="2025-03-04")] == ["2025-04-10"]
    assert [e["date"] for e in graph.events(since="2025-03", until="2025-03-31")] == ["2025-03-03"]
    assert graph.events(actor=KASTRENIA, modality="negated") == []
    with pytest.raises(ValueError, match="modality"):
        graph.events(modality="maybe")
    with pytest.raises(ValueError, match="ISO date"):
        graph.events(since="last week")
    with pytest.raises(ActorNotFound):
        graph.events(actor="Nobody")


def test_entities_and_networks(graph, no_pandas):
    (kastrenia,) = [e for e in graph.entities() if e["entity"] == KASTRENIA]
    assert kastrenia == {"entity": KASTRENIA, "name": "Kastrenia", "type": "place", "articles": 2, "events": 2}
    with pytest.raises(ValueError, match="entity type"):
        graph.entities(type="people")
    lakeport = next(e["entity"] for e in graph.entities() if e["name"] == "<b>Lakeport</b>")
    actors = graph.to_networkx()
    assert isinstance(actors, nx.Graph) and actors.has_edge(KASTRENIA, lakeport)
    actors.clear()  # a copy: the graph itself is untouched
    events = graph.to_networkx("events")
    assert isinstance(events, nx.MultiDiGraph) and graph.to_networkx().number_of_nodes() > 0
    assert {d["role"] for _, _, d in events.edges(data=True)} >= {"agent", "participant"}


def test_graph_files_open_as_graphs(tmp_path):
    dataset = new_dataset()
    add_facts(dataset, _articles())
    for fmt in ("trig", "nq", "jsonld", "ttl"):
        g = kg.open(write_graph(dataset, tmp_path, fmt))
        assert g.stats()["events"] == 2 and len(g.rows("SELECT ?e WHERE { ?e a kg:Event }")) == 2, fmt
    with pytest.raises(GraphFileError, match="no such graph file"):
        kg.open(tmp_path / "missing.trig")


def test_the_notebook_display_is_offline_escaped_html(graph):
    page = graph._repr_html_()
    assert "<script" not in page and "<b>Lakeport" not in page and "&lt;b&gt;Lakeport&lt;/b&gt;" in page
    assert re.findall(r"https?://[^\s\"']+", page) == ["http://www.w3.org/2000/svg"]  # the SVG namespace only
    assert ">articles</th>" in page and "<rect" in page and "2025-03-03" in page
    assert repr(graph).endswith("2 articles, 3 entities, 2 events>")


def test_a_view_is_a_sandboxed_iframe_holding_the_whole_page(graph):
    frame = graph.view("graph")._repr_html_()
    assert frame.startswith("<iframe") and 'sandbox="allow-scripts"' in frame and "allow-same-origin" not in frame
    assert " src=" not in frame and "<script" not in frame  # the page is inside srcdoc, escaped
    with pytest.raises(ValueError, match="view is one of"):
        graph.view("map")


def test_build_returns_the_graph_and_closes_this_process_handles_on_its_store(tmp_path):
    (tmp_path / "a.txt").write_text(
        "id: talks\npublished: 2025-07-04\n\nTalks in Vienna\n\nThe foreign minister of Austria met his Swiss "
        "counterpart in Vienna on Thursday, the ministry said.\n",
        encoding="utf-8",
    )
    g = kg.build(str(tmp_path / "a.txt"), store=tmp_path / "store", out_dir=tmp_path / "out", views=False)
    assert isinstance(g, Graph) and g.summary.articles == 1 and g.summary.failures == []
    assert g.rows('ASK { ?a a kg:Article ; kg:articleId "talks" }') is True
    assert g.stats()["articles"] == 1
    again = kg.build([str(tmp_path / "a.txt")], store=tmp_path / "store", out_dir=tmp_path / "out", views=False)
    assert again.summary.skipped == 1 and g.stats()["articles"] == 1  # g let go of the store, then reopened it
    from_files = kg.build([str(tmp_path / "a.txt")], out_dir=tmp_path / "files", views=False)
    assert from_files.location.endswith("graph.trig") and from_files.stats()["articles"] == 1
    failed = kg.build([str(tmp_path / "missing.txt")], out_dir=tmp_path / "none")
    assert failed.summary.failures and failed.stats()["articles"] == 0
    with pytest.raises(ValueError, match="store= or out_dir="):
        kg.build([str(tmp_path / "a.txt")], out_dir=None)


def test_python_values_of_literals():
    import pyoxigraph as ox

    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert python_value(ox.Literal("07", datatype=ox.NamedNode(xsd + "integer"))) == 7
    assert python_value(ox.Literal("0.5", datatype=ox.NamedNode(xsd + "decimal"))) == 0.5
    assert python_value(ox.Literal("true", datatype=ox.NamedNode(xsd + "boolean"))) is True
    assert python_value(ox.Literal("2025-03", datatype=ox.NamedNode(xsd + "gYearMonth"))) == "2025-03"
    assert python_value(ox.Literal("x1", datatype=ox.NamedNode(xsd + "integer"))) == "x1"
    assert python_value(ox.BlankNode("b0")) == "_:b0" and python_value(None) is None


def test_a_remote_store_opens_as_a_graph(oxigraph_server, no_pandas):
    with open_store(oxigraph_server) as store:
        for item in _articles():
            store.put_article(item)
    g = kg.open(oxigraph_server)
    assert g.rows("SELECT (COUNT(?e) AS ?n) WHERE { ?e kg:eventType kgt:attack }") == [{"n": 1}]
    assert g.rows("ASK { ?e a kg:Meeting }") is True
    assert len(g.rows("CONSTRUCT { ?e a kg:Event } WHERE { ?e a kg:Event }")) == 2
    assert [e["type"] for e in g.events()] == ["attack", "meeting"]  # the projection of a fetched copy
    assert g.stats()["articles"] == 2


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    with start_oxigraph(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url

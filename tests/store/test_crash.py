"""Crash safety: real `kg build` processes killed with SIGKILL at chosen steps of a store write, then the
store opened, listed, counted, queried and the build resumed; the result must be the clean build's, quad
for quad. Also the journal's recovery in-process, and outputs killed between writing and renaming."""

from __future__ import annotations

import json
import shutil

import pytest
from builders import facts
from conftest import EXAMPLES
from crashes import cross_graph_duplicates, half_articles, kg_build, store_nquads

from kg.cli import main
from kg.query import run_query
from kg.rdf import article_graph_iri
from kg.store import open_store
from kg.store.local import JOURNAL, LAYOUT_FILE

ARTICLES = EXAMPLES / "articles"
BATCH = ["--batch-size", "3", "--no-view", "--formats", "nq"]  # 8 articles: batches of 3, 3 and 2


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory) -> list[str]:
    """The store of one uninterrupted build, as sorted N-Quads."""
    root = tmp_path_factory.mktemp("clean")
    proc = kg_build([str(ARTICLES), "--store", str(root / "store"), "-o", str(root / "out"), *BATCH])
    assert proc.returncode == 0, proc.stderr
    return store_nquads(root / "store")


@pytest.mark.parametrize("point", ["store.triples-written:2", "store.committed:2"])
def test_kill_9_during_a_write_leaves_whole_articles_and_a_resumed_build_equals_a_clean_one(
    tmp_path, clean_build, point
):
    store = tmp_path / "store"
    crashed = kg_build(
        [str(ARTICLES), "--store", str(store), "-o", str(tmp_path / "out"), *BATCH], env={"KG_CRASH_AT": point}
    )
    assert crashed.returncode == -9, crashed.stderr  # killed by SIGKILL at that point, nothing cleaned up
    if point.startswith("store.triples-written"):
        assert half_articles(store)  # the second batch's triples are on disk without their marks
        assert (store / JOURNAL).is_file()
    # what a user sees next: only whole articles (the first batch, or the first two if the second committed)
    expected = 3 if point.startswith("store.triples-written") else 6
    assert main(["ls", "--store", str(store), "--json"]) == 0
    assert not half_articles(store) and not (store / JOURNAL).exists()  # cleaned on that first open
    with open_store(store, create=False) as st:
        assert len(st.articles()) == expected == st.stats()["articles"]
        graphs = {g.value for g in st.dataset.named_graphs()}
        assert graphs == {r.iri.replace("/article/", "/graph/") for r in st.articles()} | {
            "https://w3id.org/kgnews/id/entities"
        }
    answer = run_query(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }")
    assert answer.rows[0][0].value == str(expected)
    resumed = kg_build([str(ARTICLES), "--store", str(store), "-o", str(tmp_path / "out"), *BATCH])
    assert resumed.returncode == 0, resumed.stderr
    assert cross_graph_duplicates(store) == []
    assert store_nquads(store) == clean_build


def test_kill_9_while_renaming_outputs_leaves_the_old_files_and_the_next_run_cleans_up(tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    first = kg_build([str(ARTICLES / "01-sarnovo-missile-strike.txt"), "--store", str(store), "-o", str(out), *BATCH])
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    crashed = kg_build(
        [str(ARTICLES), "--store", str(store), "-o", str(out), *BATCH], env={"KG_CRASH_AT": "atomic.group-written"}
    )
    assert crashed.returncode == -9
    assert {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")} == before
    assert [p for p in out.iterdir() if ".kgtmp-" in p.name]  # what the kill left
    again = kg_build([str(ARTICLES), "--store", str(store), "-o", str(out), *BATCH])
    assert again.returncode == 0, again.stderr
    assert not [p for p in out.iterdir() if ".kgtmp-" in p.name]
    assert json.loads((out / "summary.json").read_text())["skipped_unchanged"] == 8  # the store had them all


def test_recovery_removes_a_journalled_write_and_what_it_left_in_the_entities_graph(tmp_path):
    """In-process: a write cut short after its triples (the journal names it, no mark) is gone on the next
    open, links and entity descriptions included; a complete article beside it stays."""
    from kg.rdf import article_quad_parts

    path = tmp_path / "store"
    with open_store(path) as st:
        st.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
    half, entities = article_quad_parts(facts("a2", "Veloria shelled Dravenna on Monday, officials said."))
    with open_store(path) as st:
        st.dataset.extend([q for q in half if not q.predicate.value.endswith("contentHash")] + entities)
        (path / JOURNAL).write_text(json.dumps({"writing": [article_graph_iri("a2").value]}))
    with open_store(path, create=False) as st:
        assert [r.id for r in st.articles()] == ["a1"]
        assert not st.dataset.contains_named_graph(article_graph_iri("a2"))
        described = {r["e"] for r in st.backend.select("SELECT ?e WHERE { GRAPH kgid:entities { ?e a ?t } }")}
        mentioned = {r["e"] for r in st.backend.select("SELECT ?e WHERE { ?e kg:mentionedIn ?a }")}
        assert described == mentioned != set()
    assert not (path / JOURNAL).exists()


def _foreign_store(path):
    """A store kg did not create (an older kg, or the user's own Oxigraph database): one marked kg article,
    an unmarked graph under kg's graph prefix, the user's own named graph and default-graph triples."""
    import pyoxigraph as ox

    from kg.rdf import KG, article_quads

    with open_store(path) as st:
        st.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
        unmarked = article_quads(facts("a2", "Veloria shelled Dravenna."))
        st.dataset.extend([q for q in unmarked if q.predicate.value != str(KG.contentHash)])
        mine = ox.NamedNode("http://example.org/my/graph")
        st.dataset.add(
            ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o"), mine)
        )
        st.dataset.add(
            ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("d"))
        )
    (path / LAYOUT_FILE).unlink()
    return store_nquads(path)


def test_a_store_kg_did_not_journal_loses_nothing_to_any_command(tmp_path, capsys):
    """Before: the first open for writing of a store without kg-store.json (`kg serve` and `kg ls`
    included) removed every graph under kg's prefix that had no completion mark. Now only what kg's own
    journal names may go; an unmarked graph is only hidden from `kg ls` and `kg stats`."""
    path = tmp_path / "store"
    before = _foreign_store(path)
    assert main(["ls", "--store", str(path), "--json"]) == 0
    assert [a["id"] for a in json.loads(capsys.readouterr().out)] == ["a1"]
    assert main(["stats", "--store", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1
    assert main(["query", str(path), "ASK { GRAPH <http://example.org/my/graph> { ?s ?p ?o } }"]) == 0
    with open_store(path, create=False) as st:  # as `kg serve` holds it (open for writing)
        assert st.dataset.contains_named_graph(article_graph_iri("a2"))
    with open_store(path, create=False, writable=True) as st:  # as `kg build` and `kg rm` open it
        assert len(st.articles()) == 1
    assert store_nquads(path) == before


def test_the_journal_removes_only_kg_article_graphs_it_names(tmp_path):
    """A journal naming graphs outside kg's graph prefix (edited by hand, or not kg's) removes none of them;
    an unreadable journal removes nothing."""
    path = tmp_path / "store"
    before = _foreign_store(path)
    (path / JOURNAL).write_text(json.dumps({"writing": ["http://example.org/my/graph"]}))
    with open_store(path, create=False):
        pass
    assert store_nquads(path) == before and not (path / JOURNAL).exists()
    (path / JOURNAL).write_text("{not json")
    with open_store(path, create=False):
        pass
    assert store_nquads(path) == before
    (path / JOURNAL).write_text(json.dumps({"writing": [article_graph_iri("a2").value]}))
    with open_store(path, create=False):  # what kg journalled and did not mark goes
        pass
    after = store_nquads(path)
    assert not any(article_graph_iri("a2").value in q for q in after)
    assert any("http://example.org/my/graph" in q for q in after) and any('"d"' in q for q in after)


def test_rm_while_the_store_is_held_says_store_in_use(tmp_path, capsys):
    path = tmp_path / "store"
    with open_store(path) as st:
        st.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
    holder = open_store(path, create=False)  # as `kg serve` holds it
    try:
        assert main(["rm", "--store", str(path), "a1"]) == 2
        assert "store is in use" in capsys.readouterr().err
        assert main(["ls", "--store", str(path)]) == 0  # reading still works, read-only
    finally:
        holder.close()
    shutil.rmtree(path)


def test_a_bounded_event_index_gives_the_same_store_and_a_killed_build_resumes_to_it(tmp_path, clean_build):
    """Same-event candidates with every stored date dropped from memory after each batch (a bound of 0
    sketches: all read again from the store) are those of the unbounded index: the same links, quad for
    quad; and a build killed between batches resumes to the same store."""
    assert any("sameEventAs" in q for q in clean_build)  # the examples do link events across articles
    bounded = {"KG_MAX_EVENT_SKETCHES": "0"}
    store = tmp_path / "store"
    proc = kg_build([str(ARTICLES), "--store", str(store), "-o", str(tmp_path / "out"), *BATCH], env=bounded)
    assert proc.returncode == 0, proc.stderr
    assert store_nquads(store) == clean_build
    killed = tmp_path / "killed"
    crashed = kg_build([str(ARTICLES), "--store", str(killed), "-o", str(tmp_path / "out2"), *BATCH],
                       env={**bounded, "KG_CRASH_AT": "store.triples-written:2"})
    assert crashed.returncode == -9, crashed.stderr
    resumed = kg_build([str(ARTICLES), "--store", str(killed), "-o", str(tmp_path / "out2"), *BATCH], env=bounded)
    assert resumed.returncode == 0, resumed.stderr
    assert store_nquads(killed) == clean_build

"""The store: real on-disk Oxigraph stores in tmp_path; incremental builds, replace, rm, duplicates, merging."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pyoxigraph as ox
import pytest
from builders import WIRE, facts
from conftest import EXAMPLES

from kg.cli import main
from kg.query import run_query
from kg.rdf import ENTITIES_GRAPH, article_graph_iri
from kg.store import StoreError, interrupts_deferred, open_graph, open_store
from kg.store.indexes import EventSketch, estimated_jaccard, match_events, minhash

ARTICLES = EXAMPLES / "articles"

def test_put_is_idempotent_and_replaces(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        store.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
        n = store.count("triples")
        store.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
        assert store.count("triples") == n  # same article again: replaced, nothing duplicated
        store.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said.", killed=30))
        rows = store.backend.select("SELECT ?n WHERE { ?c kg:count ?n }")
        assert [r["n"] for r in rows] == ["30"]
    with open_store(path, create=False) as store:  # persistent
        assert [r.id for r in store.articles()] == ["a1"]


def test_an_article_written_without_its_completion_mark_is_rewritten_whole(tmp_path):
    """A bulk write cut short leaves triples but no kg:contentHash: the next build redoes the article."""
    import pyoxigraph as ox

    from kg.rdf import KG, article_quads

    text = "Kastrenia struck Sarnovo overnight, officials said."
    graph = article_graph_iri("a1")
    stale = [q for q in article_quads(facts("a1", text, killed=99)) if q.predicate.value != str(KG.contentHash)]
    path = tmp_path / "store"
    with open_store(path) as store:
        store.dataset.extend(stale)  # an older version of the article, all but its mark
        assert store.article_states() == {}  # not seen as complete
        store.put_article(facts("a1", text), replace="a1" in store.article_states(), defer=True)
    with open_store(path, create=False) as store:
        assert list(store.article_states()) == ["a1"]
        assert [r["n"] for r in store.backend.select("SELECT ?n WHERE { ?c kg:count ?n }")] == ["23"]
        written = {q for q in store.dataset.quads_for_pattern(None, None, None, graph)}
        expected = {q for q in article_quads(facts("a1", text)) if q.graph_name == graph}
        # the article's triples and its MinHash signature (Oxigraph stores "0.900" as 0.9: compare counts)
        assert len(written) == len(expected) + 1
        assert not any(isinstance(q.object, ox.Literal) and q.object.value == "99" for q in written)


def test_same_event_across_articles_keeps_conflicting_tolls_per_source(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, killing 23 people, officials said."))
        result = store.put_article(
            facts("a2", "Kastrenia shelled Sarnovo; the toll rose to 25 dead by the evening.", 25)
        )
        assert len(result.same_events) == 1
        assert store.count("same_event_links") == 1
        tolls = store.backend.select(
            "SELECT ?n ?src WHERE { ?e kg:hasCasualtyCount ?c . ?c kg:count ?n ; prov:wasDerivedFrom ?src } ORDER BY ?n"
        )
        assert [(r["n"], r["src"].rsplit("/", 1)[-1]) for r in tolls] == [("23", "a1"), ("25", "a2")]
        from kg.store import explain_event

        text = "\n".join(explain_event(store, "a2/ev1"))
        assert "same type attack" in text and "same date 2025-03-03" in text and "score" in text
        assert "killed 23" in text and "killed 25" in text
        # removing one report removes the links the other holds to it
        assert store.remove_article("a1")
        assert store.count("same_event_links") == 0
        assert not store.remove_article("a1")


def test_different_dates_are_not_merged():
    a = EventSketch("x", "attack", "g1", date="2025-03-03", actors={"k"}, places={"s"})
    b = EventSketch("y", "attack", "g2", date="2025-03-09", actors={"k"}, places={"s"})
    assert not match_events(a, b).same
    assert match_events(a, EventSketch("z", "attack", "g2", date="2025-03", actors={"k"}, places={"s"})).same
    assert not match_events(a, EventSketch("w", "attack", "g2", date=None, actors={"k"}, places={"s"})).same


def test_near_duplicate_wire_story(tmp_path):
    reworded = WIRE.replace("on Monday", "on Monday, officials said,").replace("ninety", "90")
    assert estimated_jaccard(minhash(WIRE), minhash(reworded)) > 0.3
    assert estimated_jaccard(minhash(WIRE), minhash("A different story about a storm in the hills.")) < 0.1
    with open_store(tmp_path / "s") as store:
        store.put_article(facts("w1", WIRE))
        assert store.put_article(facts("w2", reworded)).duplicate_of == "w1"
        assert [(r.id, r.duplicate_of.rsplit("/", 1)[-1]) for r in store.articles()] == [("w1", ""), ("w2", "w1")]


def test_open_refuses_non_store_dirs(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(StoreError):
        open_store(tmp_path)
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing", create=False)


def test_interrupt_is_held_until_the_block_ends():
    done = []
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, even under `pytest &`
    try:
        with pytest.raises(KeyboardInterrupt):
            with interrupts_deferred():
                os.kill(os.getpid(), signal.SIGINT)
                done.append(1)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert done == [1]


def test_an_ignored_interrupt_stays_ignored():
    """Started with SIGINT ignored (`kg build ... &` from a shell), the guarded write does not turn it into
    KeyboardInterrupt."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_cli_incremental_build_ls_rm_stats_export(tmp_path, capsys):
    store, out = tmp_path / "store", tmp_path / "out"
    args = ["build", str(ARTICLES), "--store", str(store), "-o", str(out), "--no-view", "--json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["articles"] == 8 and first["skipped_unchanged"] == 0
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["articles"] == 0 and second["skipped_unchanged"] == 8
    assert second["triples"] == first["triples"]  # nothing duplicated
    assert main(["ls", "--store", str(store)]) == 0
    listing = capsys.readouterr().out
    assert "alpinepost-2025-03-12-geneva-agreement" in listing and "duplicate of cpa-2025-03-12" in listing
    assert run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }").rows[0][0].value == "8"
    assert len(open_graph(store)) == first["triples"]
    assert main(["rm", "--store", str(store), "02-un-envoy-calls"]) == 0
    assert main(["stats", "--store", str(store), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 7
    assert main(["rm", "--store", str(store), "02-un-envoy-calls"]) == 1
    assert main(["export", "--store", str(store), "--format", "events-csv", "-o", str(tmp_path / "ev.csv")]) == 0
    assert (tmp_path / "ev.csv").read_text().startswith("event,type,modality,date")
    assert main(["export", "--store", str(store), "--format", "nq", "-o", str(tmp_path / "g.nq")]) == 0
    assert main(["build", str(ARTICLES), "--store", str(store), "--no-view", "--json", "-o", str(out)]) == 0
    third = json.loads(capsys.readouterr().out)
    assert third["articles"] == 1 and third["skipped_unchanged"] == 7  # only the removed one comes back


def test_ctrl_c_during_build_leaves_a_consistent_store(tmp_path):
    """A real build process gets Ctrl-C (SIGINT) while it writes its second batch: that batch is written
    whole, the process exits 130, the store holds whole articles only, and a rebuild completes it.

    Synchronised on the child's own word, never a sleep: the build pauses inside the guarded write
    (KG_PAUSE_AT), prints a marker, and goes on once the signal has arrived. The child starts with
    SIGINT's default action even when pytest was started with SIGINT ignored (`pytest &` from a shell,
    the cause of this test's old failures: the signal sent outside the guarded write was ignored and
    the build exited 0)."""
    from crashes import CHILD_SIGNALS, wait_for_marker

    store = tmp_path / "store"
    args = [sys.executable, "-m", "kg", "-q", "build", str(ARTICLES), "--store", str(store), "--no-view",
            "-o", str(tmp_path / "o"), "--batch-size", "3"]
    env = {**os.environ, "KG_PAUSE_AT": "store.flush:2"}
    proc = subprocess.Popen(args, env=env, stderr=subprocess.PIPE, text=True, **CHILD_SIGNALS)
    wait_for_marker(proc, "kg: paused at store.flush")
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr
    with open_store(store, create=False) as st:
        records = st.articles()
        assert len(records) == 6  # two batches of three, whole; the third was never started
        graphs = st.backend.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
        assert {g["g"] for g in graphs} == {ENTITIES_GRAPH.value} | {article_graph_iri(r.id).value for r in records}
        # the entities graph describes exactly the entities those articles mention
        described = st.backend.select("SELECT DISTINCT ?e WHERE { GRAPH kgid:entities { ?e rdfs:label ?l } }")
        mentioned = st.backend.select("SELECT DISTINCT ?e WHERE { ?e kg:mentionedIn ?a }")
        assert {r["e"] for r in described} == {r["e"] for r in mentioned} != set()
    assert main(["-q", "build", str(ARTICLES), "--store", str(store), "--no-view", "-o", str(tmp_path / "o")]) == 0
    with open_store(store, create=False) as st:
        assert len(st.articles()) == 8


def test_large_graph_files_are_sorted_from_merged_runs_in_the_same_order(monkeypatch):
    """Above RUN_LINES lines, graph files are sorted in runs merged from disk (bounded memory): the same
    order as sorting every quad at once by its text, and the merged triples each once."""
    import kg.store.files as files
    from kg.store import add_facts, new_dataset

    dataset = new_dataset()
    add_facts(dataset, [facts("a1", "Kastrenia struck Sarnovo overnight, officials said."),
                        facts("a/2", "Kastrenia struck Sarnovo again, officials said.", killed=3)])
    copy = ox.NamedNode("http://x/copy")  # every triple in a second graph too: merged, each is there once
    dataset.extend([ox.Quad(q.subject, q.predicate, q.object, copy) for q in dataset])
    for graph in (copy, ox.DefaultGraph()):  # (a blank node the union graph does not merge by itself)
        dataset.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.BlankNode("b"), graph))
    at_once = list(files.sorted_quads(dataset)), list(files.merged_triples(dataset))
    assert at_once[0] == sorted(dataset, key=str)
    by_text = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in dataset}, key=lambda t: (
        str(t.subject), str(t.predicate), str(t.object)))
    assert at_once[1] == by_text and 2 * len(by_text) == len(at_once[0])
    monkeypatch.setattr(files, "RUN_LINES", 7)
    monkeypatch.setattr(files, "PARSE_LINES", 3)
    assert (list(files.sorted_quads(dataset)), list(files.merged_triples(dataset))) == at_once


def test_trig_and_turtle_from_one_sorted_dump_are_the_files_each_writes_alone(tmp_path, monkeypatch):
    """`write_graphs` sorts the store once for TriG and Turtle: the same bytes as each file written on its
    own, with the graph in memory and merged from sorted runs on disk."""
    import kg.store.files as files
    from kg.store import add_facts, new_dataset

    dataset = new_dataset()
    add_facts(dataset, [facts("a1", "Kastrenia struck Sarnovo overnight, officials said."),
                        facts("a2", "Kastrenia struck Sarnovo again, officials said.", killed=3)])
    copy = ox.NamedNode("http://x/copy")  # triples in two graphs: once in the merged Turtle
    dataset.extend([ox.Quad(q.subject, q.predicate, q.object, copy) for q in list(dataset)[:40]])
    for run_lines in (files.RUN_LINES, 7):
        monkeypatch.setattr(files, "RUN_LINES", run_lines)
        alone, together = tmp_path / f"alone-{run_lines}", tmp_path / f"together-{run_lines}"
        expected = {fmt: files.write_graph(dataset, alone, fmt).read_bytes() for fmt in ("trig", "ttl", "nq")}
        written = files.write_graphs(dataset, together, ["trig", "ttl", "nq"])
        assert {fmt: path.read_bytes() for fmt, path in written.items()} == expected
        assert expected["ttl"].count(b"\n") > 10


def test_graph_files_sort_terms_that_are_prefixes_of_each_other_as_their_text_does():
    """Sorting the N-Quads lines as bytes gives the order of the quads' text even where one term is a
    prefix of another (a literal and its tagged or typed forms, blank node labels, the default graph
    beside a named one) and for text beyond ASCII."""
    import kg.store.files as files

    s, p, g = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/g")
    objects = [ox.Literal("a"), ox.Literal("a", language="en"), ox.Literal("a", language="en-gb"),
               ox.Literal("a", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#int")),
               ox.Literal("ab"), ox.Literal("a b"), ox.Literal("é"), ox.Literal("z"), ox.Literal("\t\n\"x"),
               ox.Literal("日本"), ox.NamedNode("http://x/o"), ox.NamedNode("http://x/o2"), ox.BlankNode("b1"),
               ox.BlankNode("b12")]
    dataset = ox.Store()
    for graph in (g, ox.DefaultGraph()):
        for o in objects:
            dataset.add(ox.Quad(s, p, o, graph))
            dataset.add(ox.Quad(ox.BlankNode("b1"), p, o, graph))
            dataset.add(ox.Quad(ox.BlankNode("b12"), p, o, graph))
    assert list(files.sorted_quads(dataset)) == sorted(dataset, key=str)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in dataset}
    assert list(files.merged_triples(dataset)) == sorted(triples, key=lambda t: (
        str(t.subject), str(t.predicate), str(t.object)))


def test_explain_entity_says_which_rule_merged_which_name(tmp_path):
    from kg.facts import Article, ArticleFacts, Entity, Mention
    from kg.rdf import resolve_identities
    from kg.store import EntityNotFound, explain_entity

    def one(aid: str, name: str, **kw) -> ArticleFacts:
        text = f"{name} said so."
        ent = Entity("e1", "organization", name, mentions=[Mention(0, len(name), name)], **kw)
        return ArticleFacts(article=Article(id=aid, text=text), entities=[ent])

    batch = [one("a1", "Ford"), one("a2", "Ford Motor Company"), one("a3", "Singapore Airlines", aliases=["SIA"]),
             one("a4", "SIA")]
    ids = resolve_identities(batch)
    with open_store(tmp_path / "s") as store:
        for f in batch:
            store.put_article(f, ids)
        ford = "\n".join(explain_entity(store, "Ford Motor Company"))
        assert "Organization 'Ford Motor Company'" in ford and "also named 'Ford'" in ford
        assert "a2: 'Ford Motor Company' merged: trade word" in ford and "a1: by its own name" in ford
        sia = "\n".join(explain_entity(store, "sia"))
        assert "a4: 'SIA' merged: acronym 'SIA' defined for 'singapore airlines' in article a3" in sia
        with pytest.raises(EntityNotFound):
            explain_entity(store, "Nobody")


def test_a_store_closed_after_a_large_bulk_write_is_compacted_and_keeps_every_quad(tmp_path, monkeypatch):
    from kg.store import local

    calls: list[int] = []
    monkeypatch.setattr(local, "OPTIMIZE_AFTER_QUADS", 1)  # every bulk write counts as large here
    with open_store(tmp_path / "store") as st:
        for n in range(3):
            st.put_article(facts(f"c{n}", WIRE), defer=True)
        st.flush()
        written = sorted(map(str, st.dataset))
        optimize = st.backend.dataset.optimize
        st.backend.dataset = _Recording(st.backend.dataset, lambda: calls.append(1) or optimize())
    assert calls == [1]
    with open_store(tmp_path / "store", create=False) as st:
        assert sorted(map(str, st.dataset)) == written
        assert st.count("articles") == 3
    assert calls == [1]  # nothing bulk-written since: closing again does not compact


class _Recording:
    """A pyoxigraph Store whose optimize() is replaced (the Rust class's methods cannot be patched)."""

    def __init__(self, store, optimize) -> None:
        self._store, self.optimize = store, optimize

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_the_triple_count_is_the_named_graphs_quads_whatever_the_default_graph_holds(tmp_path):
    import pyoxigraph as ox

    with open_store(tmp_path / "s") as store:
        store.put_article(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
        store.put_article(facts("a2", WIRE))
        named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        n = int(store.backend.select(named)[0]["n"])
        assert store.count("triples") == n > 0
        s = ox.NamedNode("http://example.org/s")
        store.dataset.add(ox.Quad(s, s, ox.Literal("in the default graph")))  # someone else's triple
        assert store.count("triples") == n == int(store.backend.select(named)[0]["n"])

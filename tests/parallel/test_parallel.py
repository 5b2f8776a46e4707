"""Parallel extraction: forked workers on one machine, and the Dask path (local synchronous scheduler)."""

from __future__ import annotations

from builders import REPEATED
from conftest import EXAMPLES

from kg.extract import extract_articles
from kg.ingest import read_articles
from kg.parallel import dask_build, extract_parallel, load_nquads
from kg.pipeline import build
from kg.store import open_store

ARTICLES = EXAMPLES / "articles"


def test_workers_give_the_same_facts_in_the_same_order():
    articles = [a for a in read_articles([str(ARTICLES)]) if not hasattr(a, "reason")]
    serial = [f.to_json() for f in extract_articles(articles)]
    parallel = [f.to_json() for f in extract_parallel(iter(articles), workers=2, chunk=2)]
    assert parallel == serial


def test_build_with_workers_matches_one_worker(tmp_path):
    one = build([str(ARTICLES)], out_dir=None, store=str(tmp_path / "one"))
    two = build([str(ARTICLES)], out_dir=None, store=str(tmp_path / "two"), workers=2)
    assert (two.articles, two.events, two.triples) == (one.articles, one.events, one.triples)


def test_dask_bag_writes_nquads_partitions_that_load_into_a_store(tmp_path):
    results = dask_build([str(ARTICLES)], tmp_path / "parts", npartitions=3, scheduler="synchronous")
    assert [r["partition"] for r in results] == [0, 1, 2]
    assert sum(r["articles"] for r in results) == 8
    assert load_nquads(tmp_path / "store", tmp_path / "parts") == 3
    with open_store(tmp_path / "store", create=False) as store:
        assert len(store.articles()) == 8
        # entities described once across partitions, with one label each
        assert store.backend.select(REPEATED) == []
        labels = store.backend.select(
            "SELECT ?e (COUNT(?l) AS ?n) WHERE { GRAPH kgid:entities { ?e rdfs:label ?l } } GROUP BY ?e"
        )
        assert labels and all(r["n"] == "1" for r in labels)
        assert len(labels) == store.count("entities")

"""examples/queries/timeline.rq is a window of the whole-corpus timeline (the query it replaced, kept in
tests/rdf/data/timeline-full-corpus.rq): consecutive windows are pages that together give the old
query's rows, each row once, on a build of examples/articles."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from conftest import ROOT

from kg.cli import main
from kg.query import run_query, term_text
from kg.store import open_store

WINDOWED = (ROOT / "examples" / "queries" / "timeline.rq").read_text(encoding="utf-8")
FULL = (ROOT / "tests" / "rdf" / "data" / "timeline-full-corpus.rq").read_text(encoding="utf-8")
WINDOW = re.compile(r'\?latest >= "([^"]+)"\^\^xsd:dateTime && \?latest < "([^"]+)"\^\^xsd:dateTime')


def window(start: str, end: str) -> str:
    assert len(WINDOW.findall(WINDOWED)) == 2, "timeline.rq: the window filter (events, actors) changed shape"
    return WINDOW.sub(f'?latest >= "{start}"^^xsd:dateTime && ?latest < "{end}"^^xsd:dateTime', WINDOWED)


def answer(dataset, sparql: str) -> Counter[tuple[str, ...]]:
    result = run_query(dataset, sparql)
    actors = result.variables.index("actors")  # GROUP_CONCAT's order is not specified
    return Counter(
        tuple(", ".join(sorted(c.split(", "))) if i == actors else c for i, c in enumerate(map(term_text, row)))
        for row in result.rows
    )


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("timeline")
    store = tmp / "store"
    assert (
        main(
            [
                "-q",
                "build",
                str(ROOT / "examples" / "articles"),
                "--store",
                str(store),
                "--no-view",
                "-o",
                str(tmp / "out"),
            ]
        )
        == 0
    )
    with open_store(store, create=False) as st:
        yield st.dataset


def test_windows_are_pages_of_the_whole_corpus_timeline(examples):
    full = answer(examples, FULL)
    timed = Counter({row: n for row, n in full.items() if row[0]})  # ?when empty: no time, in no window
    assert sum(timed.values()) > 20
    cuts = [
        "0001-01-01T00:00:00",
        "2025-03-01T00:00:00",
        "2025-03-10T00:00:00",
        "2025-03-16T00:00:00",
        "9999-12-31T00:00:00",
    ]
    pages = [answer(examples, window(a, b)) for a, b in itertools.pairwise(cuts)]
    assert sum(pages, Counter()) == timed
    assert sum(1 for page in pages if page) >= 2  # the cuts fall inside the examples' dates
    assert answer(examples, WINDOWED) == pages[1] + pages[2]


def test_events_without_a_time_are_reported_by_the_whole_corpus_query_only(examples):
    full = answer(examples, FULL)
    untimed = [row for row in full if not row[0]]
    everything = answer(examples, window("0001-01-01T00:00:00", "9999-12-31T00:00:00"))
    assert not any(row in everything for row in untimed)

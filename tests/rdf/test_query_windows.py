"""Window queries moved by `kg query --from/--to` (kg.query.with_window): examples/queries/timeline.rq
and in-period.rq declare their window (`# window: FIRST .. LAST`); moved to another window they find, on
a build of examples/articles, what plain comparisons of the events' bounds find there, consecutive
windows are pages of a longer one, and what a user types never reaches the query text."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

import pytest
from conftest import ROOT

from kg.cli import main
from kg.query import QueryError, Window, events_span, query_window, run_query, term_text, window_bound, with_window
from kg.store import open_graph

QUERIES = ROOT / "examples" / "queries"
TIMELINE = (QUERIES / "timeline.rq").read_text(encoding="utf-8")
IN_PERIOD = (QUERIES / "in-period.rq").read_text(encoding="utf-8")
D = dt.date

# The events a window holds, by plain comparisons: in-period.rq's (bounded intervals overlapping it, or an
# "on or before" moment inside it) and timeline.rq's (the latest bound inside it).
OVERLAPPING = """SELECT DISTINCT ?event WHERE {
  ?event a kg:Event ; kg:hasTime ?t . ?t sem:hasLatestEndTimeStamp ?latest .
  OPTIONAL { ?t sem:hasEarliestBeginTimeStamp ?earliest }
  FILTER(IF(BOUND(?earliest), ?earliest < "%(end)s"^^xsd:dateTime && ?latest >= "%(start)s"^^xsd:dateTime,
            ?latest >= "%(start)s"^^xsd:dateTime && ?latest < "%(end)s"^^xsd:dateTime)) }"""
ENDING_IN = """SELECT DISTINCT ?event WHERE {
  ?event a kg:Event ; kg:hasTime ?t ; kg:mention ?m . ?t sem:hasLatestEndTimeStamp ?latest .
  FILTER(?latest >= "%(start)s"^^xsd:dateTime && ?latest < "%(end)s"^^xsd:dateTime) }"""


@pytest.fixture(scope="module")
def examples(examples_build):
    _, out = examples_build
    return open_graph(out / "graph.nq")


def events(dataset, sparql: str) -> Counter[str]:
    return Counter(term_text(row[0]) for row in run_query(dataset, sparql).rows)


def plain(template: str, window: Window) -> str:
    return template % {"start": f"{window.first}T00:00:00", "end": f"{window.last + dt.timedelta(days=1)}T00:00:00"}


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),  # a leap February
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
        ("2024-12", D(2024, 12, 1), D(2024, 12, 31)),
        ("2025-03-07", D(2025, 3, 7), D(2025, 3, 7)),
    ],
)
def test_a_bound_is_the_first_or_last_day_of_what_it_names(text, first, last):
    assert window_bound(text, end=False) == first
    assert window_bound(text, end=True) == last


@pytest.mark.parametrize("text", ["2024-13", "2024-02-30", "March", '2025-03-01"^^xsd:dateTime) }', "25-03-01", ""])
def test_anything_but_a_date_is_refused_before_it_reaches_the_query(text):
    with pytest.raises(QueryError, match="is not a date"):
        window_bound(text, end=False)


def test_the_example_window_queries_declare_the_window_their_body_holds():
    for query in (TIMELINE, IN_PERIOD):
        assert query_window(query) == Window(D(2025, 3, 1), D(2025, 3, 15))
        assert with_window(query, Window(D(2025, 3, 1), D(2025, 3, 15))) == query  # a no-op move
    moved = with_window(IN_PERIOD, Window(D(2024, 11, 20), D(2025, 2, 3)))
    assert query_window(moved) == Window(D(2024, 11, 20), D(2025, 2, 3))
    assert '"2024-11-20T00:00:00"^^xsd:dateTime' in moved and '"2025-02-04T00:00:00"^^xsd:dateTime' in moved
    assert "2025-03-01T" not in moved and "2025-03-16T" not in moved
    keys = '"2024-11"^^xsd:gYearMonth "2024-12"^^xsd:gYearMonth "2025-01"^^xsd:gYearMonth'
    assert f'VALUES ?key {{ {keys} "2025-02"^^xsd:gYearMonth "2024"^^xsd:gYear "2025"^^xsd:gYear }}' in moved


def test_a_query_without_a_window_or_with_a_broken_one_is_refused():
    with pytest.raises(QueryError, match="need a window query"):
        with_window("SELECT * WHERE { ?s ?p ?o }", Window(D(2025, 1, 1), D(2025, 1, 2)))
    broken = "# window: 2025-01-01 .. 2025-01-31\nSELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(QueryError, match="does not hold"):
        with_window(broken, Window(D(2025, 1, 1), D(2025, 1, 2)))
    with pytest.raises(QueryError, match="ends before it starts"):
        with_window(TIMELINE, Window(D(2025, 1, 2), D(2025, 1, 1)))
    with pytest.raises(QueryError, match="too long"):
        with_window(IN_PERIOD, Window(D(1800, 1, 1), D(2025, 1, 1)))


@pytest.mark.parametrize(
    "window",
    [
        Window(D(2025, 3, 1), D(2025, 3, 15)),
        Window(D(2025, 1, 1), D(2025, 1, 31)),
        Window(D(2024, 11, 20), D(2025, 3, 9)),
        Window(D(2024, 1, 1), D(2026, 12, 31)),
    ],
)
def test_in_period_moved_finds_the_events_the_bounds_say(examples, window):
    query = with_window(IN_PERIOD, window).replace("SELECT ?date", "SELECT ?event ?date", 1)
    found = events(examples, query)
    assert found == events(examples, plain(OVERLAPPING, window))
    assert set(found.values()) <= {1}


def test_timeline_moved_to_consecutive_windows_pages_the_span_of_the_graph(examples):
    span = events_span(examples)
    assert span is not None and span.first < D(2025, 3, 1) <= span.last  # the examples' news is of early 2025
    whole = with_window(TIMELINE, span).replace("SELECT ?when", "SELECT ?event ?when", 1)
    everything = events(examples, whole)
    assert everything == events(examples, plain(ENDING_IN, span)) and sum(everything.values()) > 20
    cuts = [span.first, D(2025, 3, 1), D(2025, 3, 10), D(2025, 3, 16), span.last + dt.timedelta(days=1)]
    pages = [
        events(examples, with_window(whole, Window(a, b - dt.timedelta(days=1)))) for a, b in itertools.pairwise(cuts)
    ]
    assert sum(pages, Counter()) == everything
    assert sum(1 for page in pages if page) >= 3


def test_kg_query_from_to_on_the_command_line(examples_build, capsys):
    _, out = examples_build
    graph, timeline = str(out / "graph.nq"), str(QUERIES / "timeline.rq")
    assert main(["query", graph, timeline, "--format", "csv"]) == 0
    default = capsys.readouterr().out.splitlines()
    assert main(["query", graph, timeline, "--format", "csv", "--from", "2025-03-01", "--to", "2025-03-15"]) == 0
    assert capsys.readouterr().out.splitlines() == default and len(default) > 20
    # without --to: to the graph's last event; the two halves are the whole
    assert main(["query", graph, timeline, "--format", "csv", "--from", "2025-03-16"]) == 0
    later = capsys.readouterr().out.splitlines()[1:]
    assert main(["query", graph, timeline, "--format", "csv", "--to", "2025-02"]) == 0
    earlier = capsys.readouterr().out.splitlines()[1:]
    assert main(["query", graph, timeline, "--format", "csv", "--from", "2024", "--to", "2025"]) == 0
    year = capsys.readouterr().out.splitlines()[1:]
    assert later and earlier and Counter(earlier + default[1:] + later) == Counter(year)
    # an empty window says where the graph's events are
    assert main(["query", graph, timeline, "--from", "2019", "--to", "2019"]) == 0
    captured = capsys.readouterr()
    assert "(0 rows)" in captured.out
    span = events_span(open_graph(graph))
    assert f"no rows in the window 2019-01-01 .. 2019-12-31; this graph's events run {span}" in captured.err
    # refusals: one line, exit 2
    assert main(["query", graph, str(QUERIES / "calls.rq"), "--from", "2025"]) == 2
    assert "need a window query" in capsys.readouterr().err
    assert main(["query", graph, timeline, "--from", "2025-03-01'}"]) == 2
    assert "is not a date" in capsys.readouterr().err

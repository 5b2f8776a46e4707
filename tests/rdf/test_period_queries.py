"""Queries by period: `kg:timeKey` (the months, or years, an event's bounded interval overlaps) and what
examples/queries/in-period.rq and by-month.rq return: on a graph of hand-made events whose answer is
known, on rdflib as on Oxigraph, and on a build of examples/articles against plain comparisons of the
bounds (the queries' fast shapes must not change which events they find)."""

from __future__ import annotations

import re
from collections import Counter

import pyoxigraph as ox
import pytest
from builders import sentence_facts
from conftest import ROOT
from rdflib import Dataset

from kg.facts import Mention
from kg.query import run_query, term_text
from kg.rdf import KG, article_quads, event_iri, sparql_prologue
from kg.rdf.dates import period_keys
from kg.store import add_facts, new_dataset, open_graph

IN_PERIOD = (ROOT / "examples" / "queries" / "in-period.rq").read_text(encoding="utf-8")
BY_MONTH = (ROOT / "examples" / "queries" / "by-month.rq").read_text(encoding="utf-8")
KEYS = re.compile(r"VALUES \?key \{[^}]*\}")
START, END = "2025-03-01T00:00:00", "2025-03-16T00:00:00"


@pytest.mark.parametrize(
    ("earliest", "latest", "keys"),
    [
        ("2025-03-05T00:00", "2025-03-05T23:59", ["2025-03"]),  # a day
        ("2025-03-05T18:00", "2025-03-06T06:00", ["2025-03"]),  # a night
        ("2025-02-24T00:00", "2025-03-02T23:59", ["2025-02", "2025-03"]),  # a week across two months
        ("2025-12-01T00:00", "2026-02-28T23:59", ["2025-12", "2026-01", "2026-02"]),  # a winter
        ("2025-01-01T00:00", "2025-12-31T23:59", [f"2025-{m:02d}" for m in range(1, 13)]),  # a year
        ("2020-01-01T00:00", "2029-12-31T23:59", [str(y) for y in range(2020, 2030)]),  # a decade: its years
        ("1900-01-01T00:00", "1999-12-31T23:59", [str(y) for y in range(1900, 2000)]),  # a century
        ("1000-01-01T00:00", "1999-12-31T23:59", []),  # longer: no key
        ("2025-03-05T00:00", "2025-03-01T00:00", []),  # reversed
        ("March", "2025-03-01T00:00", []),  # unreadable
    ],
)
def test_period_keys_are_the_months_an_interval_overlaps_or_its_years(earliest, latest, keys):
    found = period_keys(earliest, latest)
    assert [k.value for k in found] == keys
    assert all(k.datatype.value.endswith("#gYear" if len(k.value) == 4 else "#gYearMonth") for k in found)


# Each event's label says where it lies against the first half of March 2025 and whether in-period.rq
# returns it (in: yes, out: no).
EVENTS = [
    ("in day inside", "2025-03-05", "day", ("2025-03-05T00:00", "2025-03-05T23:59")),
    ("out day before", "2025-02-27", "day", ("2025-02-27T00:00", "2025-02-27T23:59")),
    ("out day after", "2025-03-20", "day", ("2025-03-20T00:00", "2025-03-20T23:59")),
    ("in week over the start", "2025-W09", "week", ("2025-02-24T00:00", "2025-03-02T23:59")),
    ("in month containing it", "2025-03", "month", ("2025-03-01T00:00", "2025-03-31T23:59")),
    ("in year containing it", "2025", "year", ("2025-01-01T00:00", "2025-12-31T23:59")),
    ("out last year", "2024", "year", ("2024-01-01T00:00", "2024-12-31T23:59")),
    ("in decade containing it", None, "decade", ("2020-01-01T00:00", "2029-12-31T23:59")),
    ("in on or before a day inside", None, None, (None, "2025-03-10T23:59")),
    ("out on or before the publication", None, None, (None, "2025-12-31T23:59")),
    ("out on or before a day before", None, None, (None, "2025-02-20T23:59")),
]


def period_graph():
    rows = [
        {"type": "meeting", "roles": [], "date": date, "precision": precision, "date_range": bounds,
         "date_source": "expression" if bounds[0] else "publication"}  # fmt: skip
        for _, date, precision, bounds in EVENTS
    ]
    facts = sentence_facts("p1", "2025-12-31", rows)
    for event, (label, *_) in zip(facts.events, EVENTS, strict=True):
        event.trigger = Mention(event.trigger.start, event.trigger.end, label)
    ds = new_dataset()
    add_facts(ds, [facts])
    return ds, facts


def period(query: str, start: str, end: str, keys: list[str]) -> str:
    """in-period.rq for another period: its moments in both branches, the keys of its months and years."""
    assert query.count(START) == 2 and query.count(END) == 2 and len(KEYS.findall(query)) == 1
    values = " ".join(f'"{k}"^^xsd:{"gYear" if len(k) == 4 else "gYearMonth"}' for k in keys)
    return KEYS.sub(f"VALUES ?key {{ {values} }}", query.replace(START, start).replace(END, end))


def labels(ds, sparql: str) -> list[str]:
    result = run_query(ds, sparql)
    at = result.variables.index("label")
    return [term_text(row[at]).split(": ", 1)[1] for row in result.rows]


def test_time_keys_are_written_for_bounded_intervals_only():
    _, facts = period_graph()
    keys = Counter(q.subject.value for q in article_quads(facts) if q.predicate.value == str(KG.timeKey))
    per_event = [keys[event_iri("p1", f"ev{n}").value] for n in range(len(EVENTS))]
    assert per_event == [1, 1, 1, 2, 1, 12, 12, 10, 0, 0, 0]


def test_in_period_returns_what_overlaps_the_period_and_what_may_have_happened_in_it():
    ds, _ = period_graph()
    found = labels(ds, IN_PERIOD)
    expected = [label for label, *_ in EVENTS if label.startswith("in ")]
    assert sorted(found) == sorted(expected)
    # sorted by the earliest moment, else the latest
    assert found == [
        "in decade containing it",
        "in year containing it",
        "in week over the start",
        "in month containing it",
        "in day inside",
        "in on or before a day inside",
    ]
    # rdflib reads the query the same way
    reference = Dataset(default_union=True)
    reference.parse(data=ds.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    rd = [str(row.label).split(": ", 1)[1] for row in reference.query(sparql_prologue() + IN_PERIOD)]
    assert rd == found


def test_a_period_over_two_months_finds_each_event_once():
    ds, _ = period_graph()
    later = period(IN_PERIOD, "2025-02-26T00:00:00", "2025-03-03T00:00:00", ["2025-02", "2025-03", "2025"])
    found = labels(ds, later)
    assert Counter(found) == Counter(  # "out day before" March is in this period
        ["out day before", "in week over the start", "in month containing it", "in year containing it",
         "in decade containing it"]  # fmt: skip
    )
    # the keys must cover the period: with April's only, the bounded events found are those April's key
    # holds (the year); the open-below branch needs no key
    assert labels(ds, period(IN_PERIOD, START, END, ["2025-04"])) == [
        "in year containing it",
        "in on or before a day inside",
    ]


# --- on a build of examples/articles: the fast shapes find what plain comparisons find ---------------

IN_PERIOD_PLAIN = """SELECT ?event WHERE {
  ?event a kg:Event ; kg:hasTime ?t . ?t sem:hasLatestEndTimeStamp ?latest .
  OPTIONAL { ?t sem:hasEarliestBeginTimeStamp ?earliest }
  FILTER(IF(BOUND(?earliest), ?earliest < "%(end)s"^^xsd:dateTime && ?latest >= "%(start)s"^^xsd:dateTime,
            ?latest >= "%(start)s"^^xsd:dateTime && ?latest < "%(end)s"^^xsd:dateTime)) }"""

BY_MONTH_ONE_GROUP = """SELECT ?year ?month (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?day) AS ?days)
WHERE {
  ?event a kg:Event ; kg:modality "asserted" ; kg:hasTime/sem:hasEarliestBeginTimeStamp ?earliest .
  OPTIONAL { ?event kg:date ?day FILTER(DATATYPE(?day) = xsd:date) }
  BIND(YEAR(?earliest) AS ?year) BIND(MONTH(?earliest) AS ?month)
} GROUP BY ?year ?month ORDER BY DESC(?events) ?year ?month"""


@pytest.fixture(scope="module")
def examples(examples_build):
    _, out = examples_build
    return open_graph(out / "graph.nq")


def _months(start: str, end: str) -> list[str]:
    y, m = int(start[:4]), int(start[5:7])
    keys = []
    while f"{y:04d}-{m:02d}" <= end[:7]:
        keys.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return keys + sorted({k[:4] for k in keys})


@pytest.mark.parametrize(
    ("start", "end"),
    [(START, END), ("2025-01-01T00:00:00", "2025-02-01T00:00:00"), ("2024-11-20T00:00:00", "2025-03-10T00:00:00")],
)
def test_in_period_on_the_examples_finds_the_events_the_bounds_say(examples, start, end):
    query = period(IN_PERIOD, start, end, _months(start, end))
    result = run_query(examples, query.replace("SELECT ?date", "SELECT ?event ?date", 1))
    found = Counter(term_text(row[0]) for row in result.rows)
    plain = Counter(term_text(r[0]) for r in run_query(examples, IN_PERIOD_PLAIN % {"start": start, "end": end}).rows)
    assert found == plain  # each event once, the same events
    if (start, end) == (START, END):
        assert len(found) >= 5  # the examples' news is from early March 2025


def test_by_month_on_the_examples_is_the_one_group_query(examples):
    rows = [[term_text(v) for v in row] for row in run_query(examples, BY_MONTH).rows]
    assert rows == [[term_text(v) for v in row] for row in run_query(examples, BY_MONTH_ONE_GROUP).rows]
    assert sum(int(r[2]) for r in rows) > 20

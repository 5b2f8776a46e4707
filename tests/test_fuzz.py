"""Property fuzzing: whatever a user feeds kg, reading, temporal expressions and the whole extraction never
raise. A fixed example budget and derandomised generation, so a run is the same on every machine (CI)."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract_articles
from kg.facts import Article
from kg.ingest import InputError, ReadOptions, read_source

FUZZ = settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# --- ingest ---------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
KEYS = st.sampled_from(["id", "text", "title", "published", "url", "source", "author"])
records = st.dictionaries(KEYS, json_values | st.text(max_size=200), max_size=7)


def _read(raw: str, fmt: str) -> list:
    items = list(read_source("fuzz", raw, fmt, ReadOptions()))
    for item in items:
        assert isinstance(item, InputError) or (item.text and isinstance(item.id, str) and item.id == item.id.strip())
    return items


@FUZZ
@given(st.lists(records, max_size=4), st.sampled_from(["json", "jsonl"]))
def test_any_json_shape_is_articles_or_one_line_errors(recs, fmt):
    raw = "\n".join(json.dumps(r) for r in recs) if fmt == "jsonl" else json.dumps(recs)
    _read(raw, fmt)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_are_articles_or_one_line_errors(data):
    raw = data.decode("utf-8", "replace")
    for fmt in ("txt", "json", "jsonl", "csv", "html"):
        _read(raw, fmt)


# --- temporal expressions --------------------------------------------------------------------------

PHRASES = st.sampled_from([
    "on {d}", "at midnight", "on {y}-02-29", "on {y}-13-45", "in {y}", "last week", "next month", "yesterday",
    "three days ago", "on Monday", "this spring", "the {y}s", "by the end of the year", "in the 21st century",
    "on {m} 31", "at 25:61", "{d}T23:59", "the third quarter of {y}", "early {m}", "on Christmas Day",
])
MONTHS = st.sampled_from(["January", "February", "April", "June", "September", "December"])
publication = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.sampled_from(
    [date(9999, 12, 31), date(1, 1, 1), date(2024, 2, 29)]
)


@st.composite
def dated_texts(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        y = draw(st.integers(0, 9999))
        phrase = draw(PHRASES).format(d=draw(publication).isoformat(), y=f"{y:04d}", m=draw(MONTHS))
        parts.append(f"Rebels shelled the town {phrase}, officials said.")
    return " ".join(parts)


def _extract_all(articles: list[Article]) -> None:
    failed = []
    out = list(extract_articles(articles, on_error=lambda article, reason: failed.append((article.id, reason))))
    assert failed == [], failed
    for facts in out:
        text = facts.article.text
        for t in facts.timexes:
            assert text[t.start : t.end] == t.text
        for ev in facts.events:
            assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


@FUZZ
@given(st.lists(st.tuples(dated_texts(), publication), min_size=1, max_size=4))
def test_dates_in_any_text_at_any_publication_date_never_raise(nlp, cases):
    _extract_all([Article(f"a{k}", text, published=pub.isoformat()) for k, (text, pub) in enumerate(cases)])


# --- the whole extraction ---------------------------------------------------------------------------

WORDS = st.sampled_from(
    "the a of and said killed attack talks met called signed deal army rebels town Norvik Tarsk Anna Kovac "
    "minister president UN Red Cross on Monday in 2024 at least 12 people were injured , . ; : ' \" ( ) - — "
    "\n \n\n U.S. NATO shelled struck bombing strike ceasefire agreement Geneva yesterday not will could".split(" ")
    + ["\n", "\n\n", "  ", "\t", "é", "’", "“", "”", "…", "😀", "ℹ", "\u200b", "\x0b"]
)


@FUZZ
@given(st.lists(st.lists(WORDS, min_size=1, max_size=60).map(" ".join), min_size=1, max_size=4),
       st.none() | publication.map(date.isoformat))
def test_the_whole_extraction_never_raises_on_english_like_text(nlp, texts, published):
    _extract_all([Article(f"a{k}", text, title=None, published=published) for k, text in enumerate(texts)])


@FUZZ
@given(st.text(min_size=1, max_size=300))
def test_the_whole_extraction_never_raises_on_any_text(nlp, text):
    _extract_all([Article("a", text)])

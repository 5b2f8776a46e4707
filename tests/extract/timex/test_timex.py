"""find_timexes end to end: TimeML extents and TIMEX3 values on short sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import SEED, require_shared
from tagging import FRIDAY, one, tag_fixture  # noqa: F401 - the fixture tag

from kg.extract.timex import find_timexes

MID_MARCH_2013 = "2013-03-15"  # a Friday in ISO week 11


@pytest.mark.parametrize(
    ("sentence", "published", "extent", "type_", "value"),
    [
        ("The factory opened in 2013 near the river.", MID_MARCH_2013, "2013", "DATE", "2013"),
        ("The firm struggled last summer. It closed a plant in August.", MID_MARCH_2013, "August", "DATE", "2012-08"),
        ("The firm will open a plant in August.", MID_MARCH_2013, "August", "DATE", "2013-08"),
        ("Prices rose sharply during the last week.", MID_MARCH_2013, "the last week", "DATE", "2013-W11"),
        ("Sales were weak last summer.", MID_MARCH_2013, "last summer", "DATE", "2012-SU"),
        ("The ceasefire lasted 90 days.", FRIDAY, "90 days", "DURATION", "P90D"),
        ("Talks have stalled in recent weeks.", FRIDAY, "recent weeks", "DURATION", "PXW"),
        ("The army is now on alert.", FRIDAY, "now", "DATE", "PRESENT_REF"),
        ("The mayor is currently abroad.", FRIDAY, "currently", "DATE", "PRESENT_REF"),
        ("Floods hit the valley every winter.", FRIDAY, "every winter", "SET", "XXXX-WI"),
        ("Shelling continued Thursday night.", FRIDAY, "Thursday night", "TIME", "2025-07-03TNI"),
        ("The minister said Friday that talks would resume.", FRIDAY, "Friday", "DATE", "2025-07-04"),
        ("The minister said on Wednesday that talks would resume.", FRIDAY, "Wednesday", "DATE", "2025-07-02"),
        ("The leaders will meet on Monday.", FRIDAY, "Monday", "DATE", "2025-07-07"),
        ("The war entered its three-year-long stalemate.", FRIDAY, "three-year-long", "DURATION", "P3Y"),
        ("A photograph released on May 3, 2025 shows him.", FRIDAY, "May 3, 2025", "DATE", "2025-05-03"),
        ("Rates fell yesterday.", FRIDAY, "yesterday", "DATE", "2025-07-03"),
        ("He will travel to Berlin next week.", FRIDAY, "next week", "DATE", "2025-W28"),
        ("Profit rose in the third quarter.", FRIDAY, "the third quarter", "DATE", "2025-Q3"),
        ("Third-quarter profit rose.", FRIDAY, "Third-quarter", "DATE", "2025-Q3"),
        ("The plant was built two years ago.", FRIDAY, "two years ago", "DATE", "2023"),
        ("Exports doubled in the 1990s.", FRIDAY, "the 1990s", "DATE", "199"),
        ("The report is published weekly.", FRIDAY, "weekly", "SET", "P1W"),
        ("She waited for nearly forty years.", FRIDAY, "nearly forty years", "DURATION", "P40Y"),
        ("They met at 10:30 a.m. on the border.", FRIDAY, "10:30 a.m.", "TIME", "2025-07-04T10:30"),
        ("Voters went to the polls in nineteen ninety-six.", FRIDAY, "nineteen ninety-six", "DATE", "1996"),
        ("He served two terms during his tenure.", FRIDAY, "tenure", "DURATION", "PXY"),
        ("The strike ended in June last year.", FRIDAY, "June last year", "DATE", "2024-06"),
    ],
)
def test_extent_type_and_value(tag, sentence, published, extent, type_, value):
    t = one(tag(sentence, published), extent)
    assert (t.type, t.value) == (type_, value)


def test_overnight_in_a_morning_report_is_the_night_before(tag):
    t = one(tag("The city suffered a devastating overnight assault."), "overnight")
    assert t.value == "2025-07-03TNI"
    assert (t.earliest, t.latest) == ("2025-07-03T18:00", "2025-07-04T06:00")
    assert t.precision == "time"


def test_without_publication_date_relative_values_stay_unresolved(tag):
    ts = tag("The minister said on Friday that talks stalled last week.", None)
    assert one(ts, "Friday").value == "XXXX-WXX-5"
    assert one(ts, "last week").value.startswith(("XXXX", "PAST_REF"))
    assert one(tag("The army is now on alert.", None), "now").value == "PRESENT_REF"


def test_timexes_are_in_text_order_and_offsets_index_the_text(tag):
    text = "On Monday, 90 days after the March 3 vote, officials met again this week."
    ts = tag(text)
    assert [t.start for t in ts] == sorted(t.start for t in ts)
    for t in ts:
        assert text[t.start : t.end] == t.text


def test_seed_article(nlp):
    raw = require_shared(SEED).read_text(encoding="utf-8")
    text = raw.split("\n\n", 1)[1]
    ts = find_timexes(nlp(text), "2025-07-04")
    values = {t.text: t for t in ts}
    assert values["May 3, 2025"].value == "2025-05-03"
    assert values["Friday"].value == "2025-07-04"
    assert values["Thursday"].value == "2025-07-03"
    night = values["overnight"]
    assert night.earliest <= "2025-07-03T22:00" and night.latest >= "2025-07-04T04:00"
    assert (values["recent weeks"].type, values["recent weeks"].value) == ("DURATION", "PXW")
    assert values["three-year-long"].value == "P3Y"
    for t in ts:
        assert text[t.start : t.end] == t.text


def test_each_season_recurs_over_the_season_of_the_article(nlp):
    doc = nlp("The resort opens two new runs each season.")
    (tx,) = find_timexes(doc, "2013-01-10")
    assert (tx.text, tx.type, tx.value) == ("each season", "SET", "XXXX-WI")
    (tx,) = find_timexes(nlp("The league plays ten games every season."), "2013-07-10")
    assert tx.value == "XXXX-SU"


def test_midnight_closes_the_day_it_names(tag):
    t = one(tag("The polls close at midnight Friday."), "midnight Friday")
    assert t.value == "2025-07-04T24"
    assert (t.earliest, t.latest) == ("2025-07-04T23:59", "2025-07-04T23:59")


def test_that_day_without_a_day_named_before_is_no_date(tag):
    assert not [t for t in tag("Earlier that day, the engineers had closed the bridge.") if "day" in t.text]


def test_every_other_needs_its_unit_and_every_unit_stays_a_plain_set(tag):
    assert one(tag("The council meets every week."), "every week").value == "P1W"
    assert not [t for t in tag("Every other candidate withdrew.") if t.type == "SET"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was signed on Feb. 30, 2024.",
        "The deal was signed on 2025-02-29 in Paris.",
        "The deal was signed on 2/31/99.",
        "The lease runs to December 9999 and the following month.",
        "Profit will rise in the fourth quarter of 9999, a year after that.",
        "The lease ends in 9999. The next day, the tenants leave.",
    ],
)
def test_impossible_dates_and_years_past_9999_never_raise(tag, sentence):
    for t in tag(sentence):
        assert t.earliest is None or t.earliest <= (t.latest or t.earliest)


def test_a_unit_after_a_price_is_no_rate_but_after_a_count_or_percentage_it_is(tag):
    assert not [t for t in tag("The flat costs $900 a month to rent.") if t.type == "SET"]
    assert one(tag("Fares rose 4 per cent a year."), "a year").value == "P1Y"
    assert one(tag("The ferry sails twice a week."), "a week").value == "P1W"

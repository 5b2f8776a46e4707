"""Normalisation (kg/extract/timex/normalise/): TIMEX3 values read against the DCT, the tense and the text."""

from __future__ import annotations

import pytest
from tagging import one, tag_fixture  # noqa: F401 - the fixture tag

# A Thursday DCT in late October: dates without a year, read through the governing word and the tense.
LATE_OCTOBER = "2024-10-24"


@pytest.mark.parametrize(
    ("sentence", "extent", "value"),
    [
        # a present verb the weekday modifies directly is a schedule: the coming Monday
        ("The two envoys meet separately Monday in Geneva.", "Monday", "2024-10-28"),
        # "be to" + infinitive looks ahead
        ("The bank is to reopen its branches Tuesday.", "Tuesday", "2024-10-29"),
        # a planning word governs the date: ahead of it, whatever its tense
        ("Unions planned a large march in the capital on Saturday.", "Saturday", "2024-10-26"),
        ("The council postponed until Tuesday any vote on the budget.", "Tuesday", "2024-10-29"),
        ("The board declared a dividend, payable Jan. 15 to holders.", "Jan. 15", "2025-01-15"),
        ("The firm named a new chairman, effective Feb. 1.", "Feb. 1", "2025-02-01"),
        # a "would" clause looks ahead
        ("The bonus would be paid in January, the firm said.", "January", "2025-01"),
        # no tense to go by: the nearest such date, a past one unless the future one is much nearer
        ("Shares rose to a high in June from a low in March.", "March", "2024-03"),
        ("The refinery, idle since the Dec. 2 fire, is up for sale.", "Dec. 2", "2023-12-02"),
        # the past tense still wins
        ("The mayor said on Monday that the bridge reopened.", "Monday", "2024-10-21"),
        ("The plant closed in November.", "November", "2023-11"),
    ],
)
def test_dates_without_year_follow_the_governing_word(tag, sentence, extent, value):
    assert one(tag(sentence, LATE_OCTOBER), extent).value == value


@pytest.mark.parametrize(
    ("sentence", "extent", "type_", "value"),
    [
        # quarters whose year is named relative to the report
        (
            "Profit rose in the third quarter. In the year-earlier third quarter, the mill lost money.",
            "the year-earlier third quarter",
            "DATE",
            "2024-Q3",
        ),
        ("Profit rose in the third quarter. The 2023 period included a charge.", "The 2023 period", "DATE", "2023-Q3"),
        (
            "Profit rose in the third quarter, against a loss for the same period last year.",
            "the same period last year",
            "DATE",
            "2024-Q3",
        ),
        (
            "The spin-off could take effect in next year's first quarter.",
            "next year's first quarter",
            "DATE",
            "2026-Q1",
        ),
        # "in the last decade": the time of an event; "for the past year": a stretch of time
        ("Workers lost much of their pay to inflation in the last decade.", "the last decade", "DATE", "201"),
        ("Exports fell sharply in the past year.", "the past year", "DATE", "2024"),
        ("She has run the clinic for the past year.", "the past year", "DURATION", "P1Y"),
    ],
)
def test_relative_periods(tag, sentence, extent, type_, value):
    t = one(tag(sentence, "2025-10-24"), extent)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(
    ("sentence", "published", "extent", "value"),
    [
        ("The ferry sank on Thanksgiving Day, officials said.", "2025-01-10", "Thanksgiving Day", "2024-11-28"),
        ("Turnout will be high on Election Day.", "2024-10-20", "Election Day", "2024-11-05"),
        ("The shop was robbed last Christmas.", "2025-07-04", "last Christmas", "2024-12-25"),
        ("Pilgrims arrived as Easter week began.", "2025-04-21", "Easter week", "2025-W16"),
    ],
)
def test_holidays(tag, sentence, published, extent, value):
    assert one(tag(sentence, published), extent).value == value


@pytest.mark.parametrize(
    ("sentence", "extent", "type_", "value"),
    [
        ("In the past, the two towns shared a mayor.", "the past", "DATE", "PAST_REF"),
        ("The firm hopes to list its shares in the near future.", "the near future", "DATE", "FUTURE_REF"),
        ("The rebels' alliance began to fall apart in mid-2019.", "mid-2019", "DATE", "2019"),
        ("The regulator will rule by mid-November.", "mid-November", "DATE", "2025-11"),
    ],
)
def test_phrases_found_by_their_head_word(tag, sentence, extent, type_, value):
    t = one(tag(sentence), extent)
    assert (t.type, t.value) == (type_, value)


def test_reporting_periods_closed_by_a_date(tag):
    ts = tag("It lost $9 million for the quarter ended Sept. 30, against a profit a year earlier.", "2025-10-24")
    assert one(ts, "the quarter").value == "2025-Q3"
    assert one(ts, "a year earlier").value == "2024-Q3"  # the report's period sets the granularity
    t = one(tag("Revenue was $76 million in the fiscal year ended March 31.", "2025-10-24"), "the fiscal year")
    assert (t.type, t.value) == ("DURATION", "P1Y")


@pytest.mark.parametrize(
    ("sentence", "extent", "value"),
    [
        # a modal perfect looks back; a future perfect does not
        ("The glitch may have caused the drop in shares on Wednesday.", "Wednesday", "2025-07-02"),
        ("The crews will have finished the repairs by Monday.", "Monday", "2025-07-07"),
        # "hurt", "cut": a present tag on a verb whose past has the same form is no schedule
        ("Losses in banks hurt the index, which fell sharply on Monday.", "Monday", "2025-06-30"),
        # halves named by their quarters
        ("Losses will last through the first two quarters of 2026.", "the first two quarters of 2026", "2026-H1"),
        ("Profit will be lower for the last half of 2025.", "the last half of 2025", "2025-H2"),
    ],
)
def test_modal_perfects_and_halves(tag, sentence, extent, value):
    assert one(tag(sentence), extent).value == value


def test_a_forecast_quarter_does_not_become_the_report_period(tag):
    text = (
        "Profit fell in the third quarter. Analysts expect losses through the third quarter of 2026. "
        "In the year-ago period, the firm earned $3 million."
    )
    assert one(tag(text), "the year-ago period").value == "2024-Q3"


def test_a_bare_clock_time_is_on_the_day_its_sentence_names(tag):
    ts = tag("The blast came at about 9:15 a.m. (0615 GMT) Wednesday, flattening a school.")
    assert one(ts, "9:15 a.m.").value == "2025-07-02T09:15"
    ts = tag("He was shot on June 30 at 10 p.m. outside his home.")
    assert one(ts, "10 p.m.").value == "2025-06-30T22:00"
    assert one(tag("The vote closes at 8 p.m."), "8 p.m.").value == "2025-07-04T20:00"


@pytest.mark.parametrize(
    ("sentence", "extent", "value"),
    [
        ("She left for Spain in March 2019 and came back later that year.", "later that year", "2019"),
        ("On May 2, 2016, he became a colonel, and the following year he retired.", "the following year", "2017"),
        ("The plant shut in June 2021. The following month, it was sold.", "The following month", "2021-07"),
        # no date named before: counted from the DCT
        ("The following month, the factory reopened.", "The following month", "2025-08"),
    ],
)
def test_anaphoric_years_and_months(tag, sentence, extent, value):
    assert one(tag(sentence), extent).value == value


def test_weekdays_and_parts_of_day_relative_to_the_day_in_discussion(tag):
    ts = tag("Shares closed on Wednesday 3% below the previous Wednesday.")
    assert one(ts, "the previous Wednesday").value == "2025-06-25"
    t = one(tag("In Tokyo at mid-afternoon yesterday, shares were up."), "mid-afternoon yesterday")
    assert (t.type, t.value) == ("TIME", "2025-07-03TAF")


@pytest.mark.parametrize(
    ("sentence", "published", "extent", "value"),
    [
        ("He was shot dead last Oct. 23 at his home.", "2025-04-19", "last Oct. 23", "2024-10-23"),
        ("The board meets next Jan. 6 in Geneva.", "2025-04-19", "next Jan. 6", "2026-01-06"),
        ("The paper says in an editorial on Monday, Jan. 6: no.", "2025-01-06", "Monday, Jan. 6", "2025-01-06"),
        ("Pilgrims prayed as Easter week began.", "2025-04-14", "Easter week", "2025-W16"),
    ],
)
def test_dates_with_their_own_direction(tag, sentence, published, extent, value):
    assert one(tag(sentence, published), extent).value == value


@pytest.mark.parametrize(
    ("sentence", "extent", "value"),
    [
        ("The case may be heard the week of March 6, a lawyer said.", "the week of March 6", "2025-W10"),
        ("The boy was taken on the late-November crossing, his father said.", "late-November", "2024-11"),
        ("The post-2008 rules tightened lending.", "post-2008", "2008"),
    ],
)
def test_weeks_of_a_day_and_hyphenated_edges(tag, sentence, extent, value):
    assert one(tag(sentence, "2025-02-24"), extent).value == value

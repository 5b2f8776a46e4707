"""find_timexes: TimeML extents and TIMEX3 values on short sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED, require_shared

from kg.extract.timex import duration_value, find_timexes, parse_published, timex_bounds

FRIDAY = "2025-07-04"  # a Friday
MID_MARCH_2013 = "2013-03-15"  # a Friday in ISO week 11


@pytest.fixture(scope="module")
def tag(nlp):
    def run(text: str, published: str | None = FRIDAY):
        return find_timexes(nlp(text), published)

    return run


def one(timexes, text):
    found = [t for t in timexes if t.text == text]
    assert found, f"{text!r} not found in {[t.text for t in timexes]}"
    return found[0]


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices may rise again.",
        "About 2000 people marched.",
        "The troops will march on the capital.",
        "He was 52 years old.",
    ],
)
def test_not_temporal(tag, sentence):
    assert tag(sentence) == []


def test_precision_and_bounds():
    assert timex_bounds("2025-07") == ("month", "2025-07-01T00:00", "2025-07-31T23:59")
    assert timex_bounds("2025-W27")[0] == "week"
    assert timex_bounds("2012-SU") == ("season", "2012-06-01T00:00", "2012-08-31T23:59")
    assert timex_bounds("2025-Q3")[1:] == ("2025-07-01T00:00", "2025-09-30T23:59")
    assert timex_bounds("PXW") == (None, None, None)


def test_duration_values():
    assert duration_value(24, "hours") == "PT24H"
    assert duration_value(None, "weeks") == "PXW"
    assert duration_value(1.5, "hours") == "PT1H30M"
    assert duration_value(2, "decades") == "P20Y"


def test_published_forms():
    assert parse_published("2025-07-04").isoformat() == "2025-07-04T00:00:00"
    assert parse_published("1990-08-16T20:41").hour == 20
    assert parse_published(None) is None


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


def test_holiday_names_need_capitals(tag):
    assert [t.text for t in tag("They will march on may day and easter.")] == []


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
    "sentence",
    [
        "Foreign Minister Jan Kavan arrived.",
        "Thousands joined the annual March for Life.",
        "Protesters gathered at this march.",
        "Scholars speak of lost generations.",
    ],
)
def test_names_that_look_like_dates(tag, sentence):  # (a bare month's name, a lowercase march)
    assert tag(sentence) == []


def test_the_night_of_a_date_is_the_date(tag):
    ts = tag("He was shot on the night of Thursday, Oct. 23 at home.", "2025-11-05")
    assert [(t.text, t.value) for t in ts] == [("Thursday, Oct. 23", "2025-10-23")]


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


def test_the_day_as_a_participant_or_before_its_name_is_not_an_expression(tag):
    assert [t.text for t in tag("But in many ways, the day belonged to the strikers.")] == []
    assert [t.text for t in tag("During the day Friday, the boy played outside.")] == ["Friday"]


def test_each_season_recurs_over_the_season_of_the_article(nlp):
    from kg.extract.timex import find_timexes

    doc = nlp("The resort opens two new runs each season.")
    (tx,) = find_timexes(doc, "2013-01-10")
    assert (tx.text, tx.type, tx.value) == ("each season", "SET", "XXXX-WI")
    (tx,) = find_timexes(nlp("The league plays ten games every season."), "2013-07-10")
    assert tx.value == "XXXX-SU"


def test_pattern_prefilter_finds_what_every_pattern_finds_everywhere():
    """Each pattern runs only near one of its `_NEEDS` words; that must never lose a candidate.

    Reference: every pattern over the whole text. Texts: the example articles, and the word lists the
    patterns are built from, each word in a short sentence (so every alternative of every pattern is
    tried, capitalised and not).
    """
    import re

    from kg.extract import timex as T
    from kg.ingest import read_articles

    assert {kind for kind, _ in T._COMPILED} == set(T._NEEDS)
    texts = [a.text for a in read_articles([str(Path(__file__).parent.parent / "examples" / "articles")])]
    words: set[str] = set()
    for value in T.LEXICON.values():
        if isinstance(value, dict | list):
            words.update(w for w in value if isinstance(w, str))
    phrases = sorted(words)
    for lead in ("the", "last", "every", "3", "nineteen", "more than two", "in"):
        texts.append(". ".join(f"It came {lead} {w} and {w.title()} 2019 ago" for w in phrases))
    texts.append("On 2024-03-05, 3/4/1999, at 10:30 p.m. EST, 1400 GMT, in the '90s and the 1980s, Q3.")

    def unfiltered(text: str) -> list[tuple[int, int, str]]:
        found = [
            (m.start(), m.end(), kind, order)
            for order, (kind, rx) in enumerate(T._COMPILED)
            for m in rx.finditer(text)
            if m.end() > m.start()
        ]
        return sorted(found)

    for text in texts:
        # the prefilter only drops patterns from a stretch; what a pattern finds in a stretch it may run in
        # is the same as without the filter, so compare the filtered candidates with the reference matches
        matches = unfiltered(text)
        ref = {(s, e, k) for s, e, k, _ in matches}
        segs = T._segments(text)
        for s, e, k, _ in matches:
            inside = [(a, b) for a, b in segs if a <= s and e <= b]
            if not inside:
                continue  # outside every search window: not a candidate with or without the filter
            words_here = {w.lower() for w in re.findall(r"[A-Za-z]+|\d+", text[s:e])}
            if any(w[0].isdigit() for w in words_here):
                words_here.add(T._DIGITS)
            assert not T._NEEDS[k].isdisjoint(words_here), (k, text[s:e])
        assert {(c.start, c.end, c.kind) for c in T._candidates(text)} <= ref

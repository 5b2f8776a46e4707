"""The parse's veto (kg/extract/timex/filters.py): matches that read as dates but are not."""

from __future__ import annotations

import pytest
from tagging import tag_fixture  # noqa: F401 - the fixture tag


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


def test_holiday_names_need_capitals(tag):
    assert [t.text for t in tag("They will march on may day and easter.")] == []


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


def test_the_day_as_a_participant_or_before_its_name_is_not_an_expression(tag):
    assert [t.text for t in tag("But in many ways, the day belonged to the strikers.")] == []
    assert [t.text for t in tag("During the day Friday, the boy played outside.")] == ["Friday"]

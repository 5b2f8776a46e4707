"""Publication dates in the forms news comes with; relative words and ambiguous numbers refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest import InvalidDate, parse_published


@pytest.mark.parametrize(
    ("value", "order", "want"),
    [
        ("2025-07-04", None, "2025-07-04"),
        ("2025-07-04T16:47:00+02:00", None, "2025-07-04T16:47:00+02:00"),
        ("2025-07-04T14:47:00Z", None, "2025-07-04T14:47:00+00:00"),
        ("2025-07-04 16:47", None, "2025-07-04T16:47:00"),
        ("July 4, 2025 4:47 PM", None, "2025-07-04T16:47:00"),
        ("July 4, 2025", None, "2025-07-04"),
        ("4 July 2025", None, "2025-07-04"),
        ("Friday, 4 July 2025, 09:15 BST", None, "2025-07-04T09:15:00+01:00"),
        ("Fri, 04 Jul 2025 16:47:00 +0200", None, "2025-07-04T16:47:00+02:00"),
        ("Fri, 04 Jul 2025 16:47:00 GMT", None, "2025-07-04T16:47:00+00:00"),
        ("Published: 4 July 2025", None, "2025-07-04"),
        ("20250704", None, "2025-07-04"),
        ("04/07/2025", "DMY", "2025-07-04"),
        ("04/07/2025", "MDY", "2025-04-07"),
        ("25/07/2025", None, "2025-07-25"),
        ("07/25/2025", None, "2025-07-25"),
        ("2025/07/04", None, "2025-07-04"),
        ("", None, None),
        (None, None, None),
    ],
)
def test_common_forms(value, order, want):
    assert parse_published(value, order) == want


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("04/07/2025", "ambiguous"),
        ("2025-02-29", "not a real"),
        ("31/02/2025", "not a real day"),
        ("yesterday", "not a date"),
        ("3 hours ago", "not a date"),
        ("last Tuesday", "not a date"),
        ("next week", "not a date"),
        ("soon", "not a date"),
        ("July 2025", "not a date"),
    ],
)
def test_what_is_refused_says_why_in_one_line(value, why):
    with pytest.raises(InvalidDate) as err:
        parse_published(value)
    assert why in str(err.value) and "\n" not in str(err.value)


@given(st.dates(), st.times())
def test_any_iso_moment_reads_back_as_itself(day, clock):
    text = f"{day.isoformat()}T{clock.replace(microsecond=0).isoformat()}"
    assert parse_published(text) == text
    assert parse_published(day.isoformat()) == day.isoformat()


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_a_clear_refusal(text):
    try:
        got = parse_published(text)
    except InvalidDate as exc:
        assert "\n" not in str(exc)
    else:
        assert got is None or got[:4].isdigit()

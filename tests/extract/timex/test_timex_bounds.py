"""timex_bounds: the interval a TIMEX3 value names, at its precision."""

from __future__ import annotations

from kg.extract.timex import timex_bounds


def test_precision_and_bounds():
    assert timex_bounds("2025-07") == ("month", "2025-07-01T00:00", "2025-07-31T23:59")
    assert timex_bounds("2025-W27")[0] == "week"
    assert timex_bounds("2012-SU") == ("season", "2012-06-01T00:00", "2012-08-31T23:59")
    assert timex_bounds("2025-Q3")[1:] == ("2025-07-01T00:00", "2025-09-30T23:59")
    assert timex_bounds("PXW") == (None, None, None)


def test_midnight_is_the_last_minute_of_its_day():
    assert timex_bounds("2025-07-04T24") == ("time", "2025-07-04T23:59", "2025-07-04T23:59")
    assert timex_bounds("2025-07-04T24:00")[1] == "2025-07-04T23:59"


def test_days_the_calendar_lacks_and_bounds_past_9999_have_no_interval():
    for value in ("2025-02-29", "2025-13", "2025-W54", "9999-12", "9999-W52-WE", "9999-Q4", "2025-02-30T10:00"):
        assert timex_bounds(value) == (None, None, None), value

"""timex_bounds: the interval a TIMEX3 value names, at its precision."""

from __future__ import annotations

from kg.extract.timex import timex_bounds


def test_precision_and_bounds():
    assert timex_bounds("2025-07") == ("month", "2025-07-01T00:00", "2025-07-31T23:59")
    assert timex_bounds("2025-W27")[0] == "week"
    assert timex_bounds("2012-SU") == ("season", "2012-06-01T00:00", "2012-08-31T23:59")
    assert timex_bounds("2025-Q3")[1:] == ("2025-07-01T00:00", "2025-09-30T23:59")
    assert timex_bounds("PXW") == (None, None, None)

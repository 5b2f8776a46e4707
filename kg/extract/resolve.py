"""Cross-article entity identity: the keys the RDF writer mints global entity IRIs from.

Within an article, `find_entities` already merged "Zelensky" into "Volodymyr Zelensky". Across
articles the same surface string is no evidence on its own: "Zelensky" alone in article B joins
"Volodymyr Zelensky" of article A only through an alias relation, which comes from

1. the corpus: a person known only by a single name ("Zelensky") links to the one full name in the
   corpus that ends with it; when two full names share it ("Joe Biden", "Hunter Biden") it links to
   neither and stays its own (the corpus gives no way to choose);
2. the user's alias file (`load_alias_file`), which wins over the corpus: force a merge
   (alias -> canonical) or force a split (names that must never be merged).

Keys are `type:normalised canonical name` (`person:volodymyr zelensky`, `place:UA` for countries and
places with a country code, `place:kyiv|UA`), so two people with one name are one entity only when they
share type and canonical name, the only evidence kg has.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import ArticleFacts, Entity

__all__ = ["AliasTable", "entity_key", "load_alias_file", "resolve_entities"]


@dataclass
class AliasTable:
    """User-edited identity rules.

    `merge` maps a normalised alias ("type:name" or a bare name, any type) to the canonical name it
    must be merged into; `split` lists normalised names that must keep their own identity (never
    linked by surname to a full name, never merged by the corpus rule).
    """

    merge: dict[str, str] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)

    def canonical(self, etype: str, name: str) -> str | None:
        norm = normalise(name)
        return self.merge.get(f"{etype}:{norm}") or self.merge.get(norm)

    def is_split(self, etype: str, name: str) -> bool:
        norm = normalise(name)
        return norm in self.split or f"{etype}:{norm}" in self.split


def normalise(name: str) -> str:
    """Case-, accent-, punctuation- and article-insensitive form of a name ("the Kremlin" -> "kremlin")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^\w\s:|-]", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def load_alias_file(path: str | Path) -> AliasTable:
    """Read an alias file (TOML or JSON, by extension).

    TOML::

        [merge]                      # alias = canonical name
        "Zelenskyy" = "Volodymyr Zelensky"
        "person:Zelensky" = "Volodymyr Zelensky"

        [split]
        names = ["Biden"]            # never link these by surname or alias

    JSON: ``{"merge": {"Zelenskyy": "Volodymyr Zelensky"}, "split": ["Biden"]}``.
    """
    p = Path(path)
    raw = p.read_bytes()
    data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    merge_raw = data.get("merge", {}) or {}
    split_raw = data.get("split", []) or []
    if isinstance(split_raw, dict):
        split_raw = split_raw.get("names", [])
    table = AliasTable()
    for alias, canonical in merge_raw.items():
        etype, _, name = alias.partition(":") if ":" in alias else ("", "", alias)
        key = f"{etype}:{normalise(name)}" if etype else normalise(name)
        table.merge[key] = str(canonical)
    for name in split_raw:
        etype, _, bare = name.partition(":") if ":" in name else ("", "", name)
        table.split.add(f"{etype}:{normalise(bare)}" if etype else normalise(bare))
    return table


def entity_key(entity: Entity, aliases: AliasTable | None = None) -> str:
    """The key the global IRI of `entity` is minted from: type + canonical name, after the alias file.

    Places with a country code key on it (`place:UA` for Ukraine, `place:kyiv|UA` for Kyiv), so
    "U.S." and "United States" are one. This function sees one entity only: corpus-level surname
    linking is `resolve_entities`.
    """
    name = entity.name
    if aliases is not None:
        name = aliases.canonical(entity.type, name) or name
        for alias in entity.aliases:
            forced = aliases.canonical(entity.type, alias)
            if forced and not aliases.is_split(entity.type, alias):
                name = forced
                break
    if entity.type == "place" and entity.country:
        if _is_country(entity):
            return f"place:{entity.country}"
        return f"place:{normalise(name)}|{entity.country}"
    return f"{entity.type}:{normalise(name)}"


def _is_country(entity: Entity) -> bool:
    from kg.extract.gazetteer import gazetteer

    country = gazetteer().countries.get(entity.country or "")
    return country is not None and normalise(country.name) == normalise(entity.name)


def resolve_entities(
    facts_list: list[ArticleFacts], aliases: AliasTable | None = None
) -> dict[tuple[str, str], str]:
    """Map every (article id, entity id) in the corpus to its global key.

    A person named by a single word ("Zelensky") gets the key of the unique full name in the corpus
    whose last word it is ("person:volodymyr zelensky"); with none or several such full names, or when
    the alias file splits that name, it keeps its own key. Everything else is `entity_key`.
    """
    keys: dict[tuple[str, str], str] = {}
    full_by_surname: dict[str, set[str]] = {}
    for facts in facts_list:
        for ent in facts.entities:
            key = entity_key(ent, aliases)
            keys[(facts.article.id, ent.id)] = key
            if ent.type == "person":
                canonical = key.split(":", 1)[1]
                words = canonical.split()
                if len(words) > 1:
                    full_by_surname.setdefault(words[-1], set()).add(key)
    for facts in facts_list:
        for ent in facts.entities:
            ref = (facts.article.id, ent.id)
            key = keys[ref]
            if ent.type != "person":
                continue
            canonical = key.split(":", 1)[1]
            if " " in canonical or (aliases is not None and aliases.is_split("person", ent.name)):
                continue
            if aliases is not None and aliases.canonical("person", ent.name):
                continue  # the user decided
            candidates = full_by_surname.get(canonical, set())
            if len(candidates) == 1:
                keys[ref] = next(iter(candidates))
    return keys

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

Two more corpus rules reconcile what single articles decide differently:

3. one name, one type: a name the gazetteer does not know ("Sarnovo") that articles type differently
   (place here, organisation there) takes the type with the strongest evidence over the corpus: context
   cues in the text ("the city of X", "in X", a dateline "X, Country -", "X's mayor", "the X region",
   a title before a person) outweigh the NER labels, which count by majority (`type_votes`). The
   entities' `type` is set to the decision, so the graph has one node of one class;
4. short forms: an organisation's acronym or short name ("ICRC", "the Red Cross") keys on its long form
   ("International Committee of the Red Cross"), from `data/org_short_forms.tsv` or from an article
   that defines it ("... Red Cross (ICRC)", or initials matching a long form in the same article).
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.extract.org_names import corporate_stem, organization_core
from kg.facts import ArticleFacts, Entity

__all__ = [
    "AliasTable",
    "entity_key",
    "is_acronym_of",
    "is_defined_acronym",
    "keyed_with_rule",
    "load_alias_file",
    "long_form",
    "resolve_entities",
    "type_votes",
]


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


@lru_cache(maxsize=65536)  # a build asks it ~60 times per article, mostly of names seen before
def normalise(name: str) -> str:
    """Case-, accent-, punctuation- and article-insensitive form of a name ("the Kremlin" -> "kremlin")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^\w\s:|-]", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()



@lru_cache(maxsize=65536)
def _organization_core(normalised: str) -> str:
    """`organization_core`, once per name (a build asks it of every organisation of every article)."""
    return organization_core(normalised)


# Weights of the evidence for an entity's type: a context cue outweighs any number of NER labels
# short of ten; a weak cue ("to X") outweighs one or two.
STRONG_CUE, WEAK_CUE, NER_LABEL = 10, 3, 1
_COUNTRY_PREFIXES = {"U.S.", "US", "U.K.", "UK"}  # a country before a national body's name, not in its acronym
_FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "de", "des", "du", "la", "le", "to", "at", "&"}


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def type_cue_words() -> dict[str, frozenset[str]]:
    """Cue words by kind (data/type_cues.tsv)."""
    return {row[0]: frozenset(row[1].strip().split("|")) for row in _data_rows("type_cues.tsv")}


@lru_cache(maxsize=1)
def org_short_forms() -> dict[str, str]:
    """Well-known short form -> long form of organisations (data/org_short_forms.tsv)."""
    return {row[0]: row[1].strip() for row in _data_rows("org_short_forms.tsv")}


# compiled once: `re.sub` with a pattern string looks its compiled form up at each call
_LEADING_THE = re.compile(r"^the\s+", re.I)
_DOTS_AND_SPACES = re.compile(r"[.\s]")
_WORD_BREAKS = re.compile(r"[\s-]+")


def long_form(name: str) -> str | None:
    """The long form of a well-known organisation's short name ("the Red Cross" -> "International
    Committee of the Red Cross"), or None."""
    bare = _LEADING_THE.sub("", name.strip())
    return org_short_forms().get(bare)


def is_acronym_of(short: str, long: str) -> bool:
    """ "ICRC" is the initials of "International Committee of the Red Cross" (function words may be
    skipped or kept); "U.N." of "United Nations"."""
    letters = _DOTS_AND_SPACES.sub("", short)
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
        return False
    words = [w for w in _WORD_BREAKS.split(_LEADING_THE.sub("", long.strip())) if w[:1].isalpha()]
    if len(words) < 2:
        return False
    content = "".join(w[0] for w in words if w.lower() not in _FUNCTION_WORDS)
    every = "".join(w[0] for w in words)
    initials = {content.lower(), every.lower()}
    if words[0] in _COUNTRY_PREFIXES and len(words) > 2:  # "U.S. Federal Bureau of Investigation" is the FBI
        initials |= {content[1:].lower(), every[1:].lower()}
    return letters.lower() in initials


def is_defined_acronym(short: str, long: str) -> bool:
    """ "SIA" can stand for "Singapore Airlines" when a text defines it so ("Singapore Airlines (SIA)"):
    its letters appear in order in the long form, the first one starting its first word and the last
    one inside its last word (Schwartz and Hearst's test, 2003). Looser than `is_acronym_of`: only for
    an acronym the text itself puts beside its long form."""
    letters = re.sub(r"[.\s&-]", "", short).lower()
    if not (2 <= len(letters) <= 10 and letters.isalnum() and short.strip()[:1].isupper()):
        return False
    text = re.sub(r"^the\s+", "", long.strip(), flags=re.I).lower()
    words = text.split()
    if len(words) < 2 or letters[0] != words[0][:1]:
        return False
    pos = len(text)
    for k, ch in enumerate(reversed(letters)):
        pos = text.rfind(ch, 0, pos)
        while k == len(letters) - 1 and pos > 0 and text[pos - 1] != " ":
            pos = text.rfind(ch, 0, pos)  # the first letter starts a word
        if pos < 0 or k == len(letters) - 1 and pos != 0:
            return False
        if k == 0 and pos < len(text) - len(words[-1]):
            return False
    return True


# the context cues of `type_votes`, compiled once
# The word before a name and "X of" before it, matched on the reversed text before the name: searching
# the text itself for "(\w+)\s+$" tries every start in it (a third of type_votes' time); matched
# reversed from its end, each is the same match (tests/extract/test_resolve.py checks them against those).
_PREV_WORD_REVERSED = re.compile(r"\s+(\w+)")  # (\w+)\s+$
_NOUN_OF_REVERSED = re.compile(r"\s+fo\s+(\w+)\b")  # \b(\w+)\s+of\s+$
_POSSESSIVE = re.compile(r"[’']s\b")
_FOLLOWING = re.compile(r"\s+(\w+)")
_FOLLOWING_WORD = re.compile(r"\s+(\w+\.?)")
_OWNED = re.compile(r"[’']s\s+(\w+)")
_DATELINE = re.compile(r"(,\s*[A-Z][\w.]*(\s[A-Z][\w.]*){0,2})?\s*(\([^)\n]{1,40}\)\s*)?[-–—]\s")
_APPOSED = re.compile(r",\s+([A-Z][\w.]*(?:\s[A-Z]\w*){0,2})(?!\s*(?:,|and\b|or\b))")


PEOPLES_RIVALS = frozenset({"rival"})  # a kind noun before a company's name, or a person's


def type_votes(
    text: str, start: int, end: int, places: AbstractSet[str] = frozenset(), ner_type: str | None = None
) -> Counter[str]:
    """Evidence for the type of the name at text[start:end], read off its context.

    Strong cues: a bare name after a preposition of place ("in X", "near X"), "the city of X", "the capital X", "the X
    region" / "the X border crossing", "X's mayor", a dateline ("X, Country - ..." at a line start), "X,
    Veloria" (a city and its country, `places` naming the known places), a title before a person.
    Weak: "to X", "from X". Organisations: "the carmaker X", "X's shares", "X Inc.", "X executives"
    (data/type_cues.tsv). `ner_type`, the NER's label for this mention, counts least.
    """
    cues = type_cue_words()
    votes: Counter[str] = Counter()
    if ner_type:
        votes[ner_type] += NER_LABEL
    name = text[start:end]
    acronym = name.isupper() and len(name) <= 6 and " " not in name
    before, after = text[max(0, start - 80) : start], text[end : end + 80]
    before_reversed = before[::-1]
    prev = _PREV_WORD_REVERSED.match(before_reversed)
    prev_word = prev.group(1)[::-1] if prev else ""
    possessive = _POSSESSIVE.match(after)
    place_word = not possessive and not acronym and not (ner_type == "person" and " " in name.strip())
    if place_word and prev_word.lower() in cues["place_preposition"]:  # not "toward Fidel Castro"
        votes["place"] += STRONG_CUE
    elif place_word and prev_word.lower() in cues["weak_place_preposition"]:
        votes["place"] += WEAK_CUE
    if place_word and prev_word in cues["place_noun_before"]:  # "the capital Naypyitaw"; not "Kansas City X"
        votes["place"] += STRONG_CUE
    noun_of = _NOUN_OF_REVERSED.match(before_reversed)
    if noun_of and noun_of.group(1)[::-1].lower() in cues["place_noun_of"]:
        votes["place"] += STRONG_CUE
    following = _FOLLOWING.match(after)
    if following and not possessive and following.group(1) in cues["place_noun_after"]:
        votes["place"] += STRONG_CUE
    owned = _OWNED.match(after)
    if owned and owned.group(1).lower() in cues["place_possessed"]:
        votes["place"] += STRONG_CUE
    line_start = before.rfind("\n")
    at_line_start = (before[line_start + 1 :] if line_start >= 0 else before).strip() == "" and (
        line_start >= 0 or start < 80
    )
    if at_line_start and _DATELINE.match(after):
        votes["place"] += STRONG_CUE
    apposed = _APPOSED.match(after)
    if apposed and apposed.group(1) in places and name not in places - {apposed.group(1)}:
        votes["place"] += STRONG_CUE
    if prev_word[:1].isupper() and (prev_word.lower() in cues["person_title"] or prev_word.lower() in _titles()):
        votes["person"] += STRONG_CUE
    elif " " in name.strip() and _role_before(before, cues["person_role_before"]):
        votes["person"] += STRONG_CUE  # "chief executive Guillaume Faury", "its founder, Ada Lind"
    # companies, outlets and bodies: "the carmaker X", "X's shares", "X Inc.", "X executives"
    if _names_a_maker(prev_word, cues["org_noun_before"]) and not prev_word[:1].isupper():
        if not (prev_word.lower() in PEOPLES_RIVALS and ner_type == "person" and _first_name_first(name)):
            votes["organization"] += STRONG_CUE  # "rival Airbus"; not "his rival Ana Ruiz", a person's full name
    if owned and owned.group(1).lower() in cues["org_possessed"]:
        votes["organization"] += STRONG_CUE
    apposed_head = _apposition_head(after)  # "Uhuru, a Swahili newspaper", "Ancaster, a town in Ontario"
    if apposed_head in cues["person_role_before"] or apposed_head in {"spokesman", "spokeswoman"}:
        if " " in name.strip():
            votes["person"] += STRONG_CUE
    elif _names_a_maker(apposed_head, cues["org_noun_before"]) or apposed_head in {"newspaper", "airline"}:
        votes["organization"] += STRONG_CUE
    elif apposed_head in cues["place_noun_of"]:
        votes["place"] += STRONG_CUE
    next_word = _FOLLOWING_WORD.match(after)
    if next_word and not possessive and next_word.group(1).lower() in cues["org_noun_after"]:
        votes["organization"] += STRONG_CUE
    return votes


def _first_name_first(name: str) -> bool:
    """A full name opening with a first name (data/first_names.tsv): "Jose Antonio Kast", not "Daesan Shipbuilding"."""
    from kg.extract.actors import first_names

    words = name.split()
    return len(words) > 1 and words[0].lower() in first_names()


def _names_a_maker(word: str, kinds: AbstractSet[str]) -> bool:
    """ "the carmaker X", "glassmaker X", "the bloc X": a company's or body's kind noun; any "-maker" ("trainmaker",
    "toymaker") is a company's."""
    word = word.lower()
    return word in kinds or (word.endswith("maker") and len(word) > 7)


_APPOSITION = re.compile(r"^,\s+(?:or\s+[A-Z][\w ]{0,30},\s+)?(?:a|an|the)\s+([^,.;:()]{1,60})")
_APPOSITION_STOP = {"of", "in", "for", "at", "on", "from", "with", "by", "owned", "based", "that", "which", "who"}


def _apposition_head(after: str) -> str:
    """The head noun of an apposition after a name (", a Swahili newspaper owned by ..." -> "newspaper")."""
    m = _APPOSITION.match(after)
    if m is None:
        return ""
    words = []
    for w in m.group(1).split():
        if w.lower() in _APPOSITION_STOP:
            break
        words.append(w)
    return re.sub(r"[’']s$", "", words[-1]).lower() if words else ""


_ROLE_BEFORE_REVERSED = re.compile(r"\s+,?(\w+)")  # (\w+),?\s+$, matched on the reversed text


def _role_before(before: str, roles: frozenset[str]) -> bool:
    m = _ROLE_BEFORE_REVERSED.match(before[::-1])
    return m is not None and m.group(1)[::-1].lower() in roles


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from kg.extract.gazetteer import gazetteer

    return gazetteer().titles


def strongest_type(votes: Counter[str], ner_types: set[str]) -> str | None:
    """The type the votes favour; with unanimous NER labels only a strong cue overrides them."""
    if not votes:
        return None
    best, weight = max(votes.items(), key=lambda kv: (kv[1], kv[0] == "place"))
    if len(ner_types) == 1 and best not in ner_types and weight < STRONG_CUE:
        return next(iter(ner_types))
    return best


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
    "U.S." and "United States" are one. Organisations key on the core of their name
    (`kg.extract.org_names.organization_core`: "Apple Inc." and "Apple" are one), or on the long form of
    a well-known short form ("ICRC"). This function sees one entity only: the corpus rules are
    `resolve_entities`.
    """
    return keyed_with_rule(entity, aliases)[0]


def keyed_with_rule(entity: Entity, aliases: AliasTable | None = None) -> tuple[str, str | None]:
    """`entity_key` and the rule that made the key differ from the entity's own name, if one did."""
    name, rule = entity.name, None
    if aliases is not None:
        forced = aliases.canonical(entity.type, name)
        if forced:
            name, rule = forced, f"the alias file names {entity.name!r} {forced!r}"
        for alias in entity.aliases:
            forced = aliases.canonical(entity.type, alias)
            if forced and not aliases.is_split(entity.type, alias):
                name, rule = forced, f"the alias file names {alias!r} {forced!r}"
                break
    if entity.type == "place" and entity.country:
        if _is_country(entity):
            return f"place:{entity.country}", rule
        return f"place:{normalise(name)}|{entity.country}", rule
    if entity.type == "organization":
        known = long_form(name)
        if known is not None and rule is None:
            return f"organization:{_organization_core(normalise(known))}", f"well-known short form of {known!r}"
        core = _organization_core(normalise(known or name))
        if rule is None and core != normalise(name):
            rule = f"legal form and spelling: {entity.name!r} reads {core!r}"
        return f"organization:{core}", rule
    return f"{entity.type}:{normalise(name)}", rule


def _is_country(entity: Entity) -> bool:
    from kg.extract.gazetteer import gazetteer

    country = gazetteer().countries.get(entity.country or "")
    return country is not None and normalise(country.name) == normalise(entity.name)


def resolve_entities(
    facts_list: list[ArticleFacts],
    aliases: AliasTable | None = None,
    rules: dict[tuple[str, str], str] | None = None,
) -> dict[tuple[str, str], str]:
    """Map every (article id, entity id) in the corpus to its global key.

    A person named by a single word ("Zelensky") gets the key of the unique full name in the corpus
    whose last word it is ("person:volodymyr zelensky"); with none or several such full names, or when
    the alias file splits that name, it keeps its own key. An organisation whose name ends in a trade
    word ("Ford Motor Company") joins the organisation another article names without it ("Ford"), and
    an acronym one article defines joins its long form elsewhere. Everything else is `entity_key`.
    `rules`, when given, receives for each entity whose key is not its own name the rule that merged it
    (`kg explain ENTITY` prints them).
    """
    reconcile_types(facts_list, aliases)
    keys: dict[tuple[str, str], str] = {}
    rules = {} if rules is None else rules
    full_by_surname: dict[str, set[str]] = {}
    for facts in facts_list:
        for ent in facts.entities:
            key, rule = keyed_with_rule(ent, aliases)
            keys[(facts.article.id, ent.id)] = key
            if rule:
                rules[(facts.article.id, ent.id)] = rule
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
                rules[ref] = f"surname of the one full name {keys[ref].split(':', 1)[1]!r} in the corpus"
    _link_corporate_stems(facts_list, keys, aliases, rules)
    _link_learned_acronyms(facts_list, keys, aliases, rules)
    return keys


def _user_decided(ent: Entity, aliases: AliasTable | None) -> bool:
    return aliases is not None and bool(aliases.canonical(ent.type, ent.name) or aliases.is_split(ent.type, ent.name))


def _link_corporate_stems(
    facts_list: list[ArticleFacts],
    keys: dict[tuple[str, str], str],
    aliases: AliasTable | None,
    rules: dict[tuple[str, str], str],
) -> None:
    """ "Ford Motor Company" and "Ford Motors Co." join the "Ford" another article names: an organisation
    whose core ends in a trade word (data/legal_forms.tsv, "corporate") takes the key of its stem when
    the corpus has an organisation keyed so; without one, the names of one stem that differ only by a
    plural ("Ford Motor", "Ford Motors") are one."""
    org_keys = {k for k in keys.values() if k.startswith("organization:")}
    by_variant: dict[str, set[str]] = {}
    for key in org_keys:
        core = key.split(":", 1)[1]
        if corporate_stem(core):
            by_variant.setdefault(re.sub(r"s$", "", core), set()).add(key)
    for facts in facts_list:
        for ent in facts.entities:
            ref = (facts.article.id, ent.id)
            key = keys[ref]
            if ent.type != "organization" or not key.startswith("organization:") or _user_decided(ent, aliases):
                continue
            core = key.split(":", 1)[1]
            stem = corporate_stem(core)
            if stem is None or aliases is not None and aliases.is_split("organization", stem):
                continue  # the user keeps "Ford" apart
            if f"organization:{stem}" in org_keys:
                keys[ref] = f"organization:{stem}"
                rules[ref] = f"trade word: {ent.name!r} is the {stem!r} other articles name alone"
                continue
            variants = by_variant.get(re.sub(r"s$", "", core), set())
            first = min(variants) if variants else key
            if first != key:
                keys[ref] = first
                rules[ref] = f"trade word in the singular or plural: {ent.name!r} reads {first.split(':', 1)[1]!r}"


def reconcile_types(facts_list: list[ArticleFacts], aliases: AliasTable | None = None) -> None:
    """One name, one type across the corpus: entities of one name typed differently by different articles
    (and not placed by the gazetteer, which gives a country code) all take the type with the strongest
    evidence (`type_votes` over their mentions; a word of a full person name in the corpus counts for a
    person). Sets `Entity.type` in place."""
    groups: dict[str, list[tuple[ArticleFacts, Entity]]] = {}
    person_words: set[str] = set()
    for facts in facts_list:
        for ent in facts.entities:
            if ent.type == "person" and " " in ent.name.strip():
                person_words.update(normalise(ent.name).split())
            if ent.type in {"person", "organization", "place"} and not ent.country:
                if aliases is not None and (
                    aliases.canonical(ent.type, ent.name) or aliases.is_split(ent.type, ent.name)
                ):
                    continue  # the user decided
                groups.setdefault(normalise(ent.name), []).append((facts, ent))
    for name, members in groups.items():
        types = {ent.type for _, ent in members}
        if len(types) < 2:
            continue
        votes: Counter[str] = Counter()
        for facts, ent in members:
            places = {e.name for e in facts.entities if e.type == "place"}
            for m in ent.mentions:
                if normalise(m.text) == name:
                    votes += type_votes(facts.article.text, m.start, m.end, places, ent.type)
        if " " not in name and name in person_words:
            votes["person"] += STRONG_CUE
        best = strongest_type(votes, types)
        if best is not None:
            for _, ent in members:
                ent.type = best


def _link_learned_acronyms(
    facts_list: list[ArticleFacts],
    keys: dict[tuple[str, str], str],
    aliases: AliasTable | None,
    rules: dict[tuple[str, str], str],
) -> None:
    """An acronym one article defines ("Velorian Emergency Service (VES)": the long form's entity has the
    alias "VES") names the same organisation in articles that use it alone, when it defines only one."""
    learned: dict[str, set[str]] = {}
    where: dict[str, str] = {}  # acronym -> an article that defines it
    for facts in facts_list:
        for ent in facts.entities:
            if ent.type == "organization":
                for alias in ent.aliases:
                    if is_acronym_of(alias, ent.name) or is_defined_acronym(alias, ent.name):
                        learned.setdefault(normalise(alias), set()).add(keys[(facts.article.id, ent.id)])
                        where.setdefault(normalise(alias), facts.article.id)
    for facts in facts_list:
        for ent in facts.entities:
            ref = (facts.article.id, ent.id)
            if ent.type != "organization" or keys[ref] != f"organization:{_organization_core(normalise(ent.name))}":
                continue
            if _user_decided(ent, aliases):
                continue
            candidates = learned.get(normalise(ent.name), set()) - {keys[ref]}
            if len(candidates) == 1:
                keys[ref] = next(iter(candidates))
                long = keys[ref].split(":", 1)[1]
                rules[ref] = f"acronym {ent.name!r} defined for {long!r} in article {where[normalise(ent.name)]}"

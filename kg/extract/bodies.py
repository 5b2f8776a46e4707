"""Bodies a text names by a place and a head noun, and armed groups named by a name before a member noun.

- `place_named_bodies(doc, gaz, spans)`: "Hong Kong police", "Congo's army", "the Czech Republic's armed
  forces": a place the article names as a country (a gazetteer country of more than one word, or a name the
  NER takes for a place that a demonym points to) followed by a lower-case national body
  (data/national_bodies.txt) is that country's organisation, not the country. One-word gazetteer countries
  and demonyms ("Kenya's police", "the Velorian army") are `kg.extract.entities._national_bodies`' work; this
  covers what it cannot see: names of several words, and places the gazetteer leaves out because two
  countries share them ("Congo": "Congo's army" is the Congolese army, as the text later calls it).
- `groups_named_by_members(doc, spans)`: "the M23 rebels", "al Shabaab fighters", "Zorvan militants": a name
  before a plural member noun of an armed group (data/armed_group_members.txt) is that group, an
  organisation, so the group takes part in what its members do; the NER leaves such names out or tags
  them as something else.
- `plural_group_names(spans)`: "Houthi rebels" ... "the Houthis said": a one-word name the article also gives a
  group in the plural, as a noun, is that group (the noun form is the group's name: Houthis), not an organisation,
  person or place of its own; named so before a member noun it is an armed group, an organisation.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.names import name_particles, word_list
from kg.extract.spans import CandidateSpan
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def national_bodies() -> tuple[tuple[str, ...], ...]:
    """Lower-case phrases a demonym turns into a national organisation (data/national_bodies.txt), longest first."""
    text = resources.files("kg.extract").joinpath("data", "national_bodies.txt").read_text(encoding="utf-8")
    phrases = {tuple(line.split()) for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(phrases, key=len, reverse=True))


def national_bodies_at(toks: Sequence[Token], at: int) -> Iterator[tuple[tuple[str, ...], int]]:
    """Each national-body phrase written in lower case from token `at` on ("police", "air force"), longest
    first, with the index just after it. A ministry's minister named by no name is the ministry: "Germany's
    foreign minister said" is the German foreign ministry speaking (an unnamed official's organisation), but
    "Germany's foreign minister Ana Ruiz" is a title, and a minister who is no verb's subject stays a person."""
    following = toks[at].lower_ if at < len(toks) else ""
    for phrase, written in _bodies_by_first_word().get(following, ()):
        end = at + len(written)
        if end > len(toks):
            continue
        words = toks[at:end]
        if tuple(t.lower_ for t in words) != written or not all(t.is_lower for t in words):
            continue
        if written != phrase and not _unnamed_acting_minister(toks, end):
            continue  # "foreign minister Ana Ruiz", "foreign ministers", "a visit by X's foreign minister"
        if office_won(toks[end - 1]):
            continue  # "won the Ukraine presidency": the office, no body; the country stays named
        yield phrase, end


@lru_cache(maxsize=1)
def _bodies_by_first_word() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Each national body and its minister's form ("foreign ministry", "foreign minister") as written, grouped by
    its first word, in `national_bodies_at`'s order (longest phrase first, the body before its minister)."""
    grouped: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase in national_bodies():
        for written in (phrase, _minister_of(phrase)):
            if written:
                grouped.setdefault(written[0], []).append((phrase, written))
    return grouped


def office_won(head: Token) -> bool:
    """`head` is an office (data/offices.txt: "presidency") that a verb of data/office_verbs.txt wins, seeks or loses:
    its object ("won the U.S. presidency"), or the object of "for" after it ("ran for the presidency")."""
    if head.lower_ not in word_list("offices.txt"):
        return False
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    elif head.dep_ not in {"dobj", "attr", "conj"}:
        return False
    return verb.pos_ in {"VERB", "NOUN"} and verb.lemma_.lower() in word_list("office_verbs.txt")


def _unnamed_acting_minister(toks: Sequence[Token], end: int) -> bool:
    """The minister ending at `end` is the subject of a verb and no name follows it, in apposition or not."""
    minister = toks[end - 1]
    after = end + (end < len(toks) and toks[end].text == ",")
    named = after < len(toks) and toks[after].text[:1].isupper() and _name_word(toks[after])
    return minister.tag_ == "NN" and minister.dep_ == "nsubj" and not named


def _minister_of(phrase: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "foreign ministry" -> "foreign minister"; None for a body that is no ministry."""
    return (*phrase[:-1], "minister") if len(phrase) > 1 and phrase[-1] == "ministry" else None


@lru_cache(maxsize=1)
def organisation_descriptors() -> tuple[tuple[str, ...], ...]:
    """Lower-case phrases that describe the organisation named before them (data/org_descriptors.txt), longest
    first."""
    text = resources.files("kg.extract").joinpath("data", "org_descriptors.txt").read_text(encoding="utf-8")
    phrases = {tuple(line.split()) for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def armed_group_members() -> frozenset[str]:
    """Plural nouns naming members of an armed group (data/armed_group_members.txt)."""
    text = resources.files("kg.extract").joinpath("data", "armed_group_members.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4096)  # one scan of every demonym per place name and gazetteer (hashed by identity)
def _demonym_for_place(name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(demonym, iso2) of the one adjective whose countries all end with the place's name ("Congo":
    "Congolese", for both Congos), so the body is named as the text names it with the adjective."""
    found = {
        demonym: iso2
        for demonym, iso2 in gaz.demonyms.items()
        if not demonym.endswith("s")
        and (country := gaz.country_name(iso2))
        and (country == name or country.endswith(f" {name}"))
    }
    return next(iter(found.items())) if len(found) == 1 else None


def _country_place(s: CandidateSpan, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """(the country's name, its demonym) when the span names a country this rule is for, else None."""
    if s.type != "place" or s.alias_of_country:
        return None
    if s.country is not None and s.end - s.start > 1 and gaz.country_name(s.country) == s.name:
        return s.name, gaz.demonym(s.country)  # "Hong Kong", "the Czech Republic"
    if s.key or s.country is not None or gaz.places.get(s.name) is not None:
        return None  # a known city, region or one-word country: not this rule's
    found = _demonym_for_place(s.name, gaz)
    return (s.name, found[0]) if found else None


def place_named_bodies(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> None:
    """Turn a country place span followed by a national body into that body, in place (see the module)."""
    toks = doc  # spaCy tokens: the attributes are read once per candidate, a few per article
    starts = {s.start for s in spans}
    possessors = []  # "the Czech Republic's army": the country is named too
    for k, s in enumerate(spans):
        country = _country_place(s, gaz)
        if country is None or not toks[s.start].text[:1].isupper():
            continue
        name, demonym = country
        at = s.end
        possessive = at < len(toks) and toks[at].tag_ == "POS"
        at += possessive
        for phrase, end in national_bodies_at(toks, at):
            if any(i in starts for i in range(at, end)):
                continue
            body = " ".join(phrase)
            if phrase in {("government",), ("authorities",)}:
                break  # "the Hong Kong government" is the country itself, as "the Cuban government" is
            written = doc[s.start : end].text
            full = f"{demonym} {body}" if demonym and possessive else written  # "Congo's army": the Congolese army
            key_country = gaz.country_name(gaz.demonyms[demonym]) if demonym and s.country is None else name
            spans[k] = CandidateSpan(
                s.start,
                end,
                "organization",
                f"organization:{(key_country or name).lower()} {body}",
                full,
                affiliation=name,
                rule="body",
            )
            spans[k].aliases.extend(a for a in (written, f"{name} {body}") if a != full)
            if possessive:
                possessors.append(s)
            break
    spans.extend(possessors)


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name: a proper noun or a number, or any word the tagger misreads inside a
    sentence ("Shining" of "the Shining Path rebels" as a verb); a sentence's capitalised first word only as a
    proper noun."""
    return tok.pos_ in {"PROPN", "NUM"} or not tok.is_sent_start


def groups_named_by_members(doc: Doc, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """New spans for group names before a member noun ("the M23 rebels" -> M23), and the retyping of spans
    there ("Zorvan" the NER took for a person or place); see the module."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    out: list[CandidateSpan] = []
    members = armed_group_members()
    for parsed in tokens(doc):  # the cached attributes: a spaCy Token is made only for a member noun
        if parsed.lower_ not in members or not parsed.is_lower or parsed.i == 0:
            continue
        tok = doc[parsed.i]
        first = last = tok.i - 1
        while first >= 0 and doc[first].dep_ == "compound" and doc[first].head.i in range(first + 1, tok.i + 1):
            first -= 1
        first += 1
        words = doc[first : tok.i]
        if first > last or not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            continue  # "Government fighters" opening a sentence names no group
        if not all(t.lower_ in name_particles() or t.text[:1].isupper() and _name_word(t) for t in words):
            continue
        name = doc[first : tok.i].text
        inside = {id(covered[i]) for i in range(first, tok.i) if i in covered}
        if not inside:
            out.append(CandidateSpan(first, tok.i, "organization", f"organization:{name.lower()}", name, rule="group"))
            continue
        span = covered[first]
        starts_there = span.start == first or span.start == first - 1 and doc[span.start].lower_ == "the"
        if len(inside) == 1 and starts_there and span.end == tok.i and span.type in {"person", "place"}:
            if span.alias_of_country or span.country is not None:
                continue  # "Afghan fighters", "Syrian rebels": the country's people, not a group's name
            span.type, span.key, span.name, span.rule = "organization", f"organization:{name.lower()}", name, "group"
    return out


def _descriptor_at(doc: Doc, i: int) -> int:
    """The end of the organisation descriptor starting at token i ("news agency"), or i when there is none."""
    for phrase in organisation_descriptors():
        end = i + len(phrase)
        if end <= len(doc) and all(doc[i + k].lower_ == w and doc[i + k].is_lower for k, w in enumerate(phrase)):
            return end
    return i


def names_before_descriptors(doc: Doc, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """ "the Xinhua news agency", "the New America think tank": the capitalised words before a descriptor
    (data/org_descriptors.txt) name an organisation, replacing the spans over them and the descriptor ("America"
    as the United States, "tank" as a weapon, "Xinhua news agency" as the NER's name); the descriptor form stays an
    alias. A demonym, a language or a country alone before it ("the Kenyan news agency", "a Swahili newspaper")
    names no organisation."""
    out = list(spans)
    firsts = {phrase[0] for phrase in organisation_descriptors()}
    toks = tokens(doc)
    for i in range(1, len(doc)):
        if toks[i].lower_ not in firsts:
            continue
        end = _descriptor_at(doc, i)
        if end == i:
            continue
        first = i
        while first > 0 and (doc[first - 1].text[:1].isupper() or doc[first - 1].lower_ in name_particles()):
            if doc[first - 1].is_sent_start and doc[first - 1].pos_ != "PROPN":
                break
            first -= 1
        if first == i:
            continue
        if all(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in doc[first:i]) or doc[first - 1].lower_ in {"a", "an"}:
            continue  # "Uhuru, a Swahili newspaper": a kind of paper, described; "the X newspaper" names one
        inside = [s for s in out if s.start < end and s.end > first]
        if len(inside) == 1 and inside[0].start == first and inside[0].end == i and inside[0].type == "place":
            continue  # "the Kenyan news agency", "the Peru daily"
        name = doc[first:i].text
        span = CandidateSpan(first, i, "organization", f"organization:{name.lower()}", name, rule="descriptor")
        span.aliases.append(doc[first:end].text)
        out = [s for s in out if not (s.start < end and s.end > first)] + [span]
    return out


def plural_group_names(doc: Doc, spans: list[CandidateSpan]) -> None:
    """Give a one-word name the entity of the group the article names by its plural ("Houthi" -> the Houthis)."""
    groups = {s.name: s for s in spans if s.type in {"group", "organization"} and " " not in s.name and s.key}
    armed: set[str] = set()
    for s in spans:
        if " " in s.name or s.alias_of_country or s.type not in {"person", "organization", "group"}:
            continue
        plural = groups.get(s.name + "s") or groups.get(s.name + "es")
        if plural is not None and plural is not s and plural.name[:1].isupper():
            if s.name not in plural.aliases:
                plural.aliases.append(s.name)
            if s.rule == "group" or s.end < len(doc) and tokens(doc)[s.end].lower_ in armed_group_members():
                armed.add(plural.key)  # "Houthi rebels": an armed group, an organisation, not a people
            s.type, s.key, s.name = plural.type, plural.key, plural.name
    for s in spans:
        if s.key in armed:
            s.type = "organization"

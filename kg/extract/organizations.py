"""Organisations the NER does not name whole: embassies, "X Department", names led by a place.

- `embassy_spans`: "the U.S. Embassy in Nairobi", "U.S. embassies in Kenya and Tanzania", "the American
  embassy in Dar es Salaam", "the Kenya embassy bombing": a diplomatic post is an organisation named
  "<owner> Embassy in <place>", one per owner and host country (the embassy in Kenya is the one in
  Nairobi; the city names it when the article gives one). The owner is the country in the noun's
  modifiers (a demonym or a country name; a country that hosts another embassy of the article is its
  place: "the Kenya embassy"), else the owner of the article's other embassies. "the embassy" alone is
  the embassy named last; with none named before it, the embassy of the one country whose ambassador the
  article names ("U.S. Ambassador X will ..., the embassy said" in a story from Nairobi). A plural with no
  place ("U.S. embassies around the world") names none.
- `department_alias`: "Justice Department" is also "Department of Justice" ("U.S. Justice Department":
  "U.S. Department of Justice"), for matching across articles and against other spellings;
  `department_full_name`: that full form names the entity (not for the State Department, nor ministries).
- `place_led_names`: a place followed by capitalised words ending in an organisation or law head ("The
  Hamilton Spectator", "Kenya Police", "the Kyoto Protocol", "The Hamilton (Ontario) Spectator") is that
  organisation, not the place.
- `party_spans`: a party word alone ("a Republican", "the Democratic candidate") names the party.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.kinds import name_heads
from kg.extract.kinds import party_words as _party_words
from kg.extract.org_names import corporate_stem, organization_core
from kg.extract.places import place_named
from kg.extract.resolve import long_form, normalise
from kg.extract.spans import CandidateSpan
from kg.nlp import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.gazetteer import Gazetteer

FIELD_NAMES = {"Foreign": "Foreign Affairs", "Home": "Home Affairs"}  # a department's field named in full
EMBASSY_NOUNS = {"embassy": "Embassy", "embassies": "Embassy", "consulate": "Consulate", "consulates": "Consulate"}
_DEPARTMENT = re.compile(
    r"^(?P<owner>(?:U\.S\.|US|[A-Z][a-z]+)\s+)?(?P<field>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<head>Department|Ministry)$"
)


def department_alias(name: str) -> str | None:
    """ "Justice Department" -> "Department of Justice", "U.S. Justice Department" -> "U.S. Department of
    Justice"; None for other names."""
    m = _DEPARTMENT.match(name.strip())
    if m is None:
        return None
    owner = m.group("owner") or ""
    field = m.group("field")
    if owner and owner.strip() not in {"U.S.", "US"} and not _names_a_country(owner.strip()):
        owner, field = "", f"{owner}{field}"  # "Foreign Affairs Department": the field is two words, no owner
    if owner.strip() in {"State"} or field in {"Police", "Fire"}:
        return None
    field = FIELD_NAMES.get(field, field)  # "Foreign Ministry": the Ministry of Foreign Affairs
    return f"{owner}{m.group('head')} of {field}"


def department_full_name(name: str) -> str | None:
    """The name a department goes by in full, for its entity's name: "Justice Department" -> "Department of
    Justice". The State Department keeps the name news and the department itself use; ministries keep theirs
    ("Defence Ministry" is also "Ministry of Defence", but stays so named), and so do departments of a field of
    several words, where the owner's name may end inside them ("South African Foreign Affairs Department")."""
    alias = department_alias(name)
    if alias is None or not name.endswith(" Department") or name.removesuffix(" Department").endswith("State"):
        return None
    field = alias.split(" of ", 1)[1]
    return alias if " " not in field else None  # "Foreign Affairs Department": kept as written


def _names_a_country(word: str) -> bool:
    from kg.extract.gazetteer import gazetteer

    gaz = gazetteer()
    place = gaz.places.get(word)
    return word in gaz.demonyms or place is not None and place.kind == "country"


def _country_of(span: CandidateSpan, gaz: Gazetteer) -> str | None:
    if span.type != "place":
        return None
    if span.country:
        return span.country
    place = place_named(gaz, span.name)
    return place.iso2 if place is not None else None


def _is_country_span(span: CandidateSpan, gaz: Gazetteer) -> bool:
    iso = _country_of(span, gaz)
    if not iso or gaz.countries.get(iso) is None:
        return False
    if span.alias_of_country or gaz.countries[iso].name == span.name:
        return True
    named = place_named(gaz, span.name)  # "U.S.", "UK": a country's short name
    return named is not None and named.kind == "country" and named.iso2 == iso


def _locations(noun: Token, by_token: dict[int, CandidateSpan]) -> list[CandidateSpan]:
    """The places an embassy noun is "in" or "at": each conjoined place, the city named by an apposition
    ("the Tanzanian capital Dar es Salaam") or a place inside the object phrase."""
    out: list[CandidateSpan] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for head in [obj, *obj.conjuncts]:
                found = by_token.get(head.i)
                if found is None:  # "the Tanzanian capital Dar es Salaam": the capital's own name
                    found = next(
                        (
                            by_token[t.i]
                            for t in head.subtree
                            if t.i in by_token and by_token[t.i].type == "place" and not by_token[t.i].alias_of_country
                        ),
                        None,
                    )
                if found is not None and found.type == "place" and found not in out:
                    out.append(found)
    return out


def embassy_spans(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """Embassies as organisations (see the module docstring). The mention is the embassy noun: its owner
    and place stay mentions of their own ("U.S." of the United States), the actors events name."""
    toks = tokens(doc)
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    # countries named as an embassy's place, and never as the owner of one: "the Kenya embassy" is the
    # one in Kenya, "the U.S. embassy" the one the United States owns
    hosts, owning = set(), set()
    for tok in toks:
        located = _locations(tok, by_token) if tok.lower_ in EMBASSY_NOUNS else []
        if located:
            hosts.update(_country_of(s, gaz) for s in located)
            owning.update(
                _country_of(by_token[c.i], gaz)
                for c in tok.children
                if c.i in by_token and c.i < tok.i and _is_country_span(by_token[c.i], gaz)
            )
    out: list[CandidateSpan] = []
    deferred: list[tuple[int, Token, tuple[str, str] | None]] = []  # "the embassy": (start, noun, owner)
    dateline = next((s for s in spans if s.rule == "dateline" and s.type == "place" and s.country), None)
    owners: list[tuple[str, str]] = []  # (iso2, name as written) of the embassies so far
    for tok in toks:
        kind = EMBASSY_NOUNS.get(tok.lower_)
        if kind is None or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        start = tok.i
        owner = location = owner_at = None
        for i in range(tok.i - 1, max(-1, tok.i - 5), -1):  # the modifiers before the noun
            t = toks[i]
            if t.head.i != tok.i and t.head.i not in range(i, tok.i + 1) or t.dep_ == "det":
                break
            mod = by_token.get(i)
            if mod is not None and mod.end > tok.i:  # a span holding the embassy noun too ("U.S. Embassy")
                mod = None
            if mod is None or mod.type != "place":
                mod = _gazetteer_country(t, gaz) or mod
            if mod is not None and mod.type == "place" and i + 1 < len(toks) and toks[i + 1].text == "-":
                continue  # "the Israeli-built embassy": who built it, not whose it is
            if mod is not None and mod.type == "place":
                iso = _country_of(mod, gaz)
                as_place = iso in hosts and iso not in owning and not tok.lower_.endswith("s")
                if iso and _is_country_span(mod, gaz) and not as_place and owner is None:
                    owner = (iso, _owner_name(mod, doc, gaz))
                    owner_at = i
                elif mod is not None:
                    location = mod
                continue
            if t.dep_ in {"amod", "compound", "punct", "advmod", "npadvmod", "prt"} or t.text == "-":
                continue
            break
        locations = _locations(tok, by_token) or ([location] if location is not None else [])
        plural = tok.lower_.endswith("ies") or tok.lower_.endswith("s")
        others = [o for o in owners if owner is not None and o[0] != owner[0]]
        if others and not locations and dateline is not None and owner[0] == _country_of(dateline, gaz):
            # "Kenyan embassy guards" in a story from Nairobi about the U.S. embassies: no country has an embassy
            # in itself, so the country says where the embassy is, its owner that of the article's other embassies
            locations, owner, owner_at = [dateline], others[-1], None
        if plural:  # "two U.S. embassies in East Africa": a region holds several host countries, none named
            locations = [w for w in locations if _country_of(w, gaz)]
        cities_in = {_country_of(w, gaz) for w in locations if not _is_country_span(w, gaz)}
        # "in Nairobi, Kenya, and Dar es Salaam, Tanzania": the countries only say where the cities are
        locations = [w for w in locations if not (_is_country_span(w, gaz) and _country_of(w, gaz) in cities_in)]
        explicit = owner is not None
        if owner is None and owners:
            owner = owners[-1]
        if owner is None and not plural:  # "U.S. Ambassador X will meet ..., the embassy said": the ambassador's
            owner = _ambassadors_country(doc, tok.i, by_token, gaz)
            explicit = owner is not None
        if owner is not None:
            owners.append(owner)
        if not locations and explicit and not plural and dateline is not None:
            if _country_of(dateline, gaz) != owner[0]:
                locations = [dateline]  # "the Dutch embassy" in a story filed from Budapest
        if not locations:
            if plural:
                continue
            earlier = [e for e in out if owner is None or e.affiliation == gaz.country_name(owner[0])]
            if earlier:  # "the embassy": decided once the sentence's embassies are known
                deferred.append((start, tok, owner))
            elif owner is not None:
                name = f"{owner[1]} {kind}"
                out.append(
                    CandidateSpan(
                        start,
                        tok.i + 1,
                        "organization",
                        f"organization:{kind.lower()}|{owner[0]}",
                        name,
                        affiliation=gaz.country_name(owner[0]),
                        rule="embassy",
                    )
                )
            continue
        for where in locations:
            known = place_named(gaz, where.name) or place_named(gaz, where.name.replace("-", " "))
            host = _country_of(where, gaz) or (known.iso2 if known is not None else where.name)
            owner_name = f"{owner[1]} " if owner is not None else ""
            name = f"{owner_name}{kind} in {known.name if known is not None else where.name}"
            key = f"organization:{kind.lower()}|{owner[0] if owner else ''}|{host}"
            written = doc[owner_at].text if owner_at is not None else ""
            aliases = []
            if owner is not None and written in gaz.demonyms:  # "the Dutch embassy": also by the demonym
                aliases.append(f"{written} {kind} in {known.name if known is not None else where.name}")
            span = CandidateSpan(
                start,
                tok.i + 1,
                "organization",
                key,
                name,
                affiliation=gaz.country_name(owner[0]) if owner else None,
                rule="embassy",
                aliases=aliases,
            )
            out.append(span)
    out.extend(_embassies_referred_to(deferred, out, spans, gaz))
    out.sort(key=lambda e: e.start)
    _name_by_city(out, gaz, _article_cities(spans, gaz))
    taken = {i for s in out for i in range(s.start, s.end)}
    kept, owners_inside = [], []
    for s in spans:
        if not any(i in taken for i in range(s.start, s.end)):
            kept.append(s)
            continue
        # "the U.S. Embassy" tagged ORG: its owner stays a mention of the country
        for i in range(s.start, s.end):
            country = None if i in taken else _gazetteer_country(toks[i], gaz)
            if country is not None:
                owners_inside.append(country)
    spans[:] = kept + owners_inside
    return out


def _embassies_referred_to(
    deferred: list[tuple[int, Token, tuple[str, str] | None]],
    named: list[CandidateSpan],
    spans: list[CandidateSpan],
    gaz: Gazetteer,
) -> list[CandidateSpan]:
    """ "the embassy": of the embassies named before it (or in its sentence), the one whose host country its
    sentence names ("In Dar es Salaam, ... the embassy blast"; "the bombed embassy, ... Kenyan embassy guards"),
    else the one named last before it."""
    out = []
    for start, tok, owner in deferred:
        sent = tok.sent
        kin = [e for e in named if owner is None or e.affiliation == gaz.country_name(owner[0])]
        here = {_country_of(s, gaz) for s in spans if sent.start <= s.start < sent.end and s.type == "place"}
        candidates = [e for e in kin if e.start < sent.end]
        hosted = {e.key for e in candidates if e.key.split("|")[-1] in here}
        if len(hosted) == 1:
            chosen = next(e for e in candidates if e.key in hosted)
        else:
            chosen = [e for e in kin if e.start < start][-1]
        out.append(
            CandidateSpan(
                start,
                tok.i + 1,
                "organization",
                chosen.key,
                chosen.name,
                affiliation=chosen.affiliation,
                rule="embassy",
            )
        )
    return out


def _ambassadors_country(
    doc: Doc, before: int, by_token: dict[int, CandidateSpan], gaz: Gazetteer
) -> tuple[str, str] | None:
    """The one country whose ambassador the article names before token `before` ("U.S. Ambassador X", "Britain's
    ambassador"): (iso2, name as an embassy's name writes it); None for none or several."""
    toks = tokens(doc)
    found: dict[str, str] = {}
    for tok in toks[:before]:
        if tok.lower_ not in {"ambassador", "ambassadors"} or tok.i == 0:
            continue
        j = tok.i - 1
        if toks[j].lower_ in {"'s", "’s"} and j > 0:
            j -= 1
        mod = by_token.get(j)
        if mod is None or mod.type != "place":
            mod = _gazetteer_country(toks[j], gaz)
        if mod is not None and _is_country_span(mod, gaz):
            iso = _country_of(mod, gaz)
            if iso:
                found.setdefault(iso, _owner_name(mod, doc, gaz))
    return next(iter(found.items())) if len(found) == 1 else None


def _gazetteer_country(tok: Token, gaz: Gazetteer) -> CandidateSpan | None:
    """A country or demonym the NER put inside its own span ("the U.S. Embassy" tagged ORG)."""
    place = place_named(gaz, tok.text)
    if place is not None and place.kind == "country":
        return CandidateSpan(tok.i, tok.i + 1, "place", f"place:{place.iso2}", place.name, country=place.iso2)
    iso = gaz.demonyms.get(tok.text)
    if iso is not None:
        name = gaz.country_name(iso) or tok.text
        return CandidateSpan(tok.i, tok.i + 1, "place", f"place:{iso}", name, country=iso, alias_of_country=True)
    return None


def _owner_name(mod: CandidateSpan, doc: Doc, gaz: Gazetteer) -> str:
    """How the embassy's name writes its owner: a country as written ("U.S."), a demonym by its country."""
    written = doc[mod.start : mod.end].text
    if written in gaz.demonyms or mod.alias_of_country:
        return gaz.country_name(mod.country or "") or mod.name
    return written


def _article_cities(spans: list[CandidateSpan], gaz: Gazetteer) -> dict[str, str]:
    """Per country, the city of it the article names most often (first named on a tie)."""
    counts: dict[str, dict[str, int]] = {}
    for s in spans:
        place = place_named(gaz, s.name) or place_named(gaz, s.name.replace("-", " "))
        if s.type == "place" and place is not None and place.kind != "country" and place.kind != "state":
            counts.setdefault(place.iso2, {}).setdefault(place.name, 0)
            counts[place.iso2][place.name] += 1
    return {iso: max(c, key=lambda n: c[n]) for iso, c in counts.items()}


def _name_by_city(embassies: list[CandidateSpan], gaz: Gazetteer, cities: dict[str, str]) -> None:
    """One embassy per owner and host country: it takes the name with a city when one mention gives it,
    or, in a country, the city of it the article names ("the U.S. embassies in Kenya and Tanzania" in a
    story from Nairobi and Dar es Salaam), else the country ("U.S. Embassy in Tanzania": the capital would
    be a guess); the other names are aliases."""
    owned: dict[str, set[str]] = {}  # "embassy|HOST" -> the keys of owned embassies there
    for e in embassies:
        kind, owner, host = (e.key.split("|") + ["", ""])[:3]
        if owner:
            owned.setdefault(f"{kind}|{host}", set()).add(e.key)
    for e in embassies:  # "the embassy in Kenya" before "the U.S. embassy in Nairobi": the same one
        kind, owner, host = (e.key.split("|") + ["", ""])[:3]
        keys = owned.get(f"{kind}|{host}", set())
        if not owner and len(keys) == 1:
            e.key = next(iter(keys))
            e.affiliation = next(x.affiliation for x in embassies if x.key == e.key)
    by_key: dict[str, list[CandidateSpan]] = {}
    for e in embassies:
        by_key.setdefault(e.key, []).append(e)
    for group in by_key.values():
        names = list(dict.fromkeys(e.name for e in group))
        head, _, where = names[0].rpartition(" in ")
        place = place_named(gaz, where)
        if where and place is not None and place.kind == "country":
            city = cities.get(place.iso2)  # no capital guessed: embassies are not always there (Dar es Salaam)
            if city:
                names.append(f"{head} in {city}")
        best = max(
            names,
            key=lambda n: (
                place_named(gaz, n.rsplit(" in ", 1)[-1]) is not None
                and place_named(gaz, n.rsplit(" in ", 1)[-1]).kind != "country",
                len(n),
            ),
        )
        extra = [a for e in group for a in e.aliases]
        for e in group:
            e.name = best
            e.aliases = list(dict.fromkeys(n for n in [*names, *extra] if n != best))


def place_led_names(doc: Doc, spans: list[CandidateSpan]) -> None:
    """ "The Hamilton Spectator", "Kenya Police", "the Kyoto Protocol": a place span followed by capitalised
    words the last of which is an organisation or law head becomes that organisation or law."""
    toks = tokens(doc)
    heads = name_heads()
    starts = {s.start for s in spans}
    for s in spans:
        gloss = _parenthesised_place(toks, s.end)  # "The Hamilton (Ontario) Spectator": where Hamilton is
        if s.type != "place" and not (gloss and s.type == "person" and s.end - s.start == 1):
            continue  # the NER takes a lone "Hamilton" before a parenthesis for a person
        end = gloss or s.end
        while (
            end < len(toks)
            and end - s.end < 3 + (gloss > 0) * 3
            and toks[end].text[:1].isupper()
            and toks[end].is_alpha
        ):
            if end in starts and end != s.end and end != gloss:
                break
            end += 1
        while end > s.end and heads.get(toks[end - 1].text, ("", False))[0] not in {"organization", "law"}:
            end -= 1
        if end <= max(s.end, gloss) or any(
            o is not s and o.start < end and o.end > s.end and not (gloss and o.end <= gloss) for o in spans
        ):
            continue
        name = doc[s.start : end].text
        if gloss:
            name = f"{doc[s.start : s.end].text} {doc[gloss:end].text}"
        kind = heads[toks[end - 1].text][0]
        s.end, s.type, s.key, s.name, s.country, s.alias_of_country = (
            end,
            kind,
            f"{kind}:{name.lower()}",
            name,
            None,
            False,
        )
        s.rule = "place-led name"


def _parenthesised_place(toks: list[Token], i: int) -> int:
    """The token after "(Ontario)" when one or two capitalised words in parentheses start at token i, else 0."""
    if i + 2 >= len(toks) or toks[i].text != "(":
        return 0
    end = i + 1
    while end < len(toks) and end - i <= 2 and toks[end].is_alpha and toks[end].text[:1].isupper():
        end += 1
    if end == i + 1 or end >= len(toks) or toks[end].text != ")":
        return 0
    return end + 1


@lru_cache(maxsize=1)
def national_forces() -> dict[str, str]:
    """ "israel military" (a national body's key: the country and the body, lower case) -> "Israel Defense Forces",
    the name the body goes by (data/national_forces.tsv)."""
    text = resources.files("kg.extract").joinpath("data", "national_forces.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {f"{row[0].lower()} {row[1]}": row[2].strip() for row in rows if len(row) == 3}


def merge_organization_variants(spans: list[CandidateSpan]) -> None:
    """ "Apple Inc." and "Apple Computer", "Ford" and "Ford Motor Company" in one article are one
    organisation: names with one core (`kg.extract.org_names.organization_core`), or whose core less a
    trade word is another name's core, take the fullest name of the group. A national body that goes by a name of
    its own takes it first (`national_forces`)."""
    orgs = [s for s in spans if s.type == "organization" and s.rule != "embassy"]
    for s in orgs:
        if (own := national_forces().get(s.key.removeprefix("organization:"))) is not None:
            if s.name not in s.aliases:  # "the Israeli military" is the Israel Defense Forces
                s.aliases.append(s.name)
            s.key, s.name = f"organization:{own.lower()}", own
        if (spelt_out := short_form_spelt_out(s.name)) and spelt_out not in s.aliases:
            s.aliases.append(spelt_out)
    core_of = {id(s): organization_core(normalise(s.name)) for s in orgs}
    cores = set(core_of.values())
    group_of: dict[str, list[CandidateSpan]] = {}
    for s in orgs:
        core = core_of[id(s)]
        stem = corporate_stem(core)
        group_of.setdefault(stem if stem in cores else core, []).append(s)
    for group in group_of.values():
        keys = {s.key for s in group}
        if len(keys) < 2:
            continue
        best = max(group, key=lambda s: (len(s.name.split()), len(s.name)))
        for s in group:
            if s.name != best.name and s.name not in best.aliases:
                best.aliases.append(s.name)
        for s in spans:
            if s.key in keys:
                s.key, s.name = best.key, best.name


def short_form_spelt_out(name: str) -> str | None:
    """ "U.N. Security Council" -> "United Nations Security Council", "EU Commission" -> "European Union Commission":
    a body named after a well-known short form of its parent (data/org_short_forms.tsv), that form spelt out."""
    first, _, rest = name.removeprefix("the ").partition(" ")
    parent = long_form(first) if rest and first.isupper() else None
    return f"{parent} {rest}" if parent and rest else None


def party_spans(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """ "the Democrat, Charles Schumer", "both Republicans", "their Republican allies": a party word alone names
    the party (data/party_words.tsv), in an article that names a place of the party's country."""
    toks = tokens(doc)
    covered = {i for s in spans for i in range(s.start, s.end)}
    countries = {s.country or (gaz.places[s.name].iso2 if s.name in gaz.places else "") for s in spans}
    for s in spans:  # "Labour leader Jeremy Corbyn" tagged ORG: the NER's party word is the party too
        named = _party_words().get(s.name) if s.type == "organization" and not s.key else None
        if named is not None and named[1] in countries:
            s.key, s.name, s.rule = f"organization:{named[0].lower()}", named[0], "party"
    out = []
    for tok in toks:
        found = _party_words().get(tok.text)
        if found is None or tok.i in covered or found[1] not in countries:
            continue
        before = toks[tok.i - 1] if tok.i > 0 else None
        after = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if before is not None and before.text[:1].isupper() and before.i != before.sent.start:
            continue  # "Social Democrats", "Christian Democratic Union"
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue  # "Republican Guard", "Democratic Republic of Congo"
        party, iso2 = found
        out.append(
            CandidateSpan(
                tok.i,
                tok.i + 1,
                "organization",
                f"organization:{party.lower()}",
                party,
                affiliation=gaz.country_name(iso2),
                rule="party",
            )
        )
    return out


PLACE_NAMED_BODIES = {"police"}  # "the police in Kenya": a body a country's name after "in" says is that country's


def bodies_in_countries(doc: Doc, gaz: Gazetteer, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """ "police in the Comoros archipelago", "the police in Kenya and Tanzania": the police of each country named
    after "in", the same organisation as "Kenyan police" (named by the country, with the demonym as alias)."""
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in tokens(doc):
        if tok.lower_ not in PLACE_NAMED_BODIES or tok.i in by_token or not tok.is_lower:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for head in [obj, *obj.conjuncts]:
                    named = [by_token.get(t.i) for t in [head, *(c for c in head.children if c.dep_ == "compound")]]
                    country = next((s for s in named if s is not None and _is_country_span(s, gaz)), None)
                    if country is None:
                        continue
                    iso2 = _country_of(country, gaz) or ""
                    name = f"{gaz.country_name(iso2)} {tok.lower_}"
                    demonym = gaz.demonym(iso2)
                    aliases = [f"{demonym} {tok.lower_}"] if demonym else []
                    key = f"organization:{name.lower()}"
                    out.append(CandidateSpan(tok.i, tok.i + 1, "organization", key, name, aliases=aliases, rule="body"))
    return out

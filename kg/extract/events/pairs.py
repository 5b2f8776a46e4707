"""Who "both sides" and "the two sides" are: the two parties the article last named together.

"Colombia's government and the rebel group signed a truce ... the two sides said": the sides are the pair
named coordinated ("A and B"), countries, organisations or groups, not the last two names before the phrase
(those are often inside what the sides say: "the truce will be monitored by the UN and the Church, the two
sides said"). So names inside the clause the phrase belongs to are left out (its verb's subject, object and
reported content: the one who urges both sides is not one of them), and the most recent coordinated pair of
actors wins. Without one, `add_pair` falls back to the two countries, then the two people, named last.
`both_alone`: "both" alone as a subject is the pair (two people count too); "officials in both capitals" are the
two countries (`_in_both_capitals`). `add_group`: "the ministers said" are
the people with that title just named. `counted_countries`: "the foreign ministers of both countries", "of the
three nations" are the countries last named. `story_organizations`: "the companies said" are the story's two.
"The two governments", "the two neighbours" are the countries named together as "A and B" before the countries
named last, else the countries of the two people named last (`countries_of_the_two`). "The leaders agreed" (no
number) are the two people its own sentence named before it, when it named two
("X telephoned Y ..., and the leaders agreed to meet"), or the two the sentence before named when its own names
nobody; of a summit's many leaders it names none.
`possessive_pair`: "their summit" is the two just named together, its own clause included. "The two men", "the
two ministers" are the two people last named together as "A and B" (with titles the noun fits) before the two
named last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import actor_nouns
from kg.extract.events.attribution import lost_conjuncts
from kg.extract.events.lookup import ACTOR_ROLES
from kg.extract.names import word_list
from kg.facts import Argument
from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.lookup import EntityLookup

SIDE_KINDS = {"organization", "group"}  # besides countries
GROUP_BLOCKERS = {"amod", "compound", "nummod", "poss", "nmod"}  # "the Velorian ministers", "the two ministers"
# "the two leaders", "both sides": the pair of actors just named (the noun says which kind)
PAIR_NOUNS = {
    "leader": "person",
    "president": "person",
    "minister": "person",
    "man": "person",
    "envoy": "person",
    "official": "person",
    "counterpart": "person",
    "neighbour": "country",
    "neighbor": "country",
    "country": "country",
    "nation": "country",
    "state": "country",
    "government": "country",
    "side": "pair",
    "party": "pair",
    **dict.fromkeys(("company", "firm", "bank", "airline", "group"), "organization"),
}
CAPITAL_PEOPLE = word_list("capital_people.txt")  # "officials in both capitals"
COUNTRY_NOUNS = {"country", "nation", "state", "government", "side"}
LEADER_NOUNS = {"leader", "president"}
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def _clause_of(tok: Token) -> set[int]:
    """The tokens of the clause the phrase is an argument of: its verb's whole subtree."""
    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    return {t.i for t in verb.subtree} if verb.pos_ in {"VERB", "AUX"} else {tok.i}


def coordinated_sides(
    doc: Doc, tok: Token, lookup: EntityLookup, sentences: int = 4, people: bool = False, own_clause: bool = False
) -> list[str]:
    """The entity ids of the two actors last named together as "A and B" before `tok`, within the phrase's
    sentence and the `sentences - 1` before it, outside the phrase's own clause unless `own_clause` (with
    `people`, two people count too); [] when there is no such pair."""
    toks = tokens(doc)
    start = sent_of(tok).start
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = sent_of(toks[start - 1]).start
    left_out = set() if own_clause else _clause_of(tok)
    actor_at: dict[int, str] = {}
    for i in range(start, tok.left_edge.i):
        eid = lookup.entity_at(i)
        if eid is None or i in left_out:
            continue
        if lookup.is_country(eid) or lookup.type_of(eid) in SIDE_KINDS or people and lookup.type_of(eid) == "person":
            actor_at[i] = lookup.actor_for(eid, "agent") or eid
    best: tuple[int, list[str]] | None = None
    for i, eid in actor_at.items():
        for other in [*toks[i].conjuncts, *lost_conjuncts(toks[i], lookup)]:  # a coordination the parser broke too
            partner = _actor_in_phrase(other, actor_at)
            if partner is None or partner == eid:
                continue
            last = max(i, other.i)
            if best is None or last > best[0]:
                best = (last, [eid, partner] if i < other.i else [partner, eid])
    for i, eid in actor_at.items():  # "Colombia's government and the group": the possessor names the side
        head = toks[i].head
        if toks[i].dep_ == "poss" and head.i not in actor_at:
            for other in head.conjuncts:
                partner = _actor_in_phrase(other, actor_at)
                if partner is not None and partner != eid and (best is None or max(i, other.i) > best[0]):
                    best = (max(i, other.i), [eid, partner] if i < other.i else [partner, eid])
    return best[1] if best else []


def counted_countries(doc: Doc, noun: Token, lookup: EntityLookup) -> list[str]:
    """ "the foreign ministers of both countries", "the army chiefs of the two nations", "the leaders of the three
    countries": the countries a counted plural noun stands for: the pair last named coordinated outside the
    phrase's clause, else the countries last named outside it (as many as the number says); [] when the article
    has not named that many."""
    count = next(
        (COUNTS[c.lower_] for c in noun.children if c.lower_ in COUNTS and c.dep_ in {"nummod", "det", "predet"}), 0
    )
    if not count or noun.tag_ != "NNS" or noun.lemma_.lower() not in COUNTRY_NOUNS:
        return []
    if count == 2:
        sides = [e for e in coordinated_sides(doc, noun, lookup) if lookup.is_country(e)]
        if len(sides) == 2:
            return sides
    left_out = _clause_of(noun)
    found = [eid for eid, i in lookup.recent_actors(doc, noun.left_edge.i, "country", sentences=4) if i not in left_out]
    if len(found) < count == 2:  # "fighting between A and B ..., officials in both countries said": of what they say
        found = [e for e in coordinated_sides(doc, noun, lookup, own_clause=True) if lookup.is_country(e)]
    if len(found) < count == 2:  # "A's president met B's ..., officials from both governments said"
        found = [eid for eid, _ in countries_of_the_two(doc, noun, lookup)]
    return sorted(found[:count], key=found.index) if len(found) >= count else []


def _actor_in_phrase(head: Token, actor_at: dict[int, str]) -> str | None:
    """The actor a conjunct names: its own token, or the name modifying it ("the rebel group X", "X's forces")."""
    if head.i in actor_at:
        return actor_at[head.i]
    for child in head.children:
        if child.dep_ in {"compound", "nmod", "poss", "appos", "amod"} and child.i in actor_at:
            return actor_at[child.i]
    return None


def pair_kind(tok: Token) -> str | None:
    """ "the two leaders", "both sides", "the two neighbours": which kind of actor pair the phrase names; "the pair"
    (alone, as a subject) is the two people just named."""
    alone = tok.dep_ in {"nsubj", "nsubjpass"} and not lookup_none(tok)
    if tok.lemma_.lower() == "pair" and tok.tag_ == "NN" and alone:
        return "person" if [c.lower_ for c in tok.children if c.dep_ != "advmod"] == ["the"] else None
    if tok.tag_ not in {"NNS", "NNPS"} or lookup_none(tok):
        return None
    kind = PAIR_NOUNS.get(tok.lemma_.lower())
    if kind is None:
        return None
    two = any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod"} for c in tok.children)
    if not two and kind == "organization" and tok.dep_ == "nsubj" and [c.lower_ for c in tok.children] == ["the"]:
        return "story_organizations"  # "the companies said in a joint statement": the story's two companies
    if not two and tok.lemma_.lower() in LEADER_NOUNS and tok.dep_ == "nsubj" and [c.lower_ for c in tok.children] == [
        "the"
    ]:
        return "leaders_here"  # "X telephoned Y ..., and the leaders agreed to meet": the two its sentence named
    return kind if two else None


def _in_both_capitals(tok: Token) -> str | None:
    """ "officials in both capitals said", "diplomats in the two capitals": the people of the two countries just named
    ("capitals", the pair of countries whose seats of government they are in)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in CAPITAL_PEOPLE:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "capital"):
            if place.tag_ == "NNS" and any(c.lower_ in {"both", "two"} for c in place.children):
                return "capitals"
    return None


def story_organizations(doc: Doc, tok: Token, lookup: EntityLookup) -> list[tuple[str, int]]:
    """ "the companies said": the two organisations the article named most often before `tok` (a deal's buyer and
    target, not a company named once in passing; of two named as often, the one named first, as a lead names the
    deal's parties first), each with its last mention; [] when the article named fewer than two."""
    counts: dict[str, list[int]] = {}
    for i in range(tok.left_edge.i):
        eid = lookup.entity_at(i)
        if eid is not None and lookup.type_of(eid) == "organization" and (i == 0 or lookup.entity_at(i - 1) != eid):
            counts.setdefault(eid, []).append(i)
    ranked = sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[1][0]))
    if len(ranked) < 2:
        return []
    return [(eid, seen[-1]) for eid, seen in ranked[:2]]


def lookup_none(tok: Token) -> bool:
    # "the two sides of the river"; "the two ministers, Ana Lind and Jonas Berg" name their own
    return any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in tok.children)


def both_alone(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> bool:
    """ "A and B met ..., and both described the talks as useful": "both" standing alone as a subject is the pair
    last named coordinated (people, countries, organisations) outside its clause; so is "the two", or else the
    two people (or countries) its sentence named last ("X called Y, and the two agreed"); True when done."""
    the_two = tok.lower_ == "two" and tok.tag_ == "CD" and [c.lower_ for c in tok.children] == ["the"]
    if tok.lower_ != "both" and not the_two or tok.dep_ not in {"nsubj", "nsubjpass"} or role not in ACTOR_ROLES:
        return False
    sides = coordinated_sides(doc, tok, lookup, people=True)
    if len(sides) != 2 and the_two:
        # "X called Y on Monday, and the two agreed to meet": the two people (else countries) just named
        for kind in ("person", "country"):
            found = lookup.recent_actors(doc, tok.left_edge.i, kind, sentences=1)
            if len(found) >= 2:
                sides = [eid for eid, _ in sorted(found[:2], key=lambda f: f[1])]
                break
    if len(sides) != 2:
        return False
    for eid in sides:
        actor = lookup.actor_for(eid, role)
        if not any(a.entity == actor and a.role == role for a in args):
            args.append(Argument(role=role, text=tok.text, start=tok.idx, end=tok.idx + len(tok), entity=actor))
    return True


def add_pair(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> bool:
    """Resolve "the two leaders" / "both sides" to the two actors of that kind just named, "the three countries" to
    the three countries; True when done."""
    kind = pair_kind(tok) or _in_both_capitals(tok)
    if kind is None and role in ACTOR_ROLES and their_countries(doc, tok, lookup):
        kind = "their_countries"
    if kind is None:
        return _add_counted_countries(args, doc, tok, role, lookup)
    if kind == "their_countries":
        return _add_found(args, tok, role, lookup, their_countries(doc, tok, lookup))
    found = [(eid, 0) for eid in coordinated_sides(doc, tok, lookup)] if kind == "pair" else []
    if kind == "capitals":
        found = [(eid, 0) for eid in coordinated_sides(doc, tok, lookup) if lookup.is_country(eid)]
    if kind == "person":  # "A and B agreed ..., C said. ... The two men embraced": A and B, not the last two named
        pair = coordinated_sides(doc, tok, lookup, people=True)
        found = [(e, n) for n, e in enumerate(pair) if lookup.type_of(e) == "person" and _titled_as(lookup, e, tok)]
    if kind == "country":  # "A and B imposed sanctions on C ..., the two governments said": A and B, not C
        for own_clause in (False, True):  # "A and B agreed ..., the two governments announced": of what they say
            pair = [e for e in coordinated_sides(doc, tok, lookup, own_clause=own_clause) if lookup.is_country(e)]
            found = [(e, n) for n, e in enumerate(pair)] if len(pair) == 2 else []
            if found:
                break
    if kind == "story_organizations":
        found = story_organizations(doc, tok, lookup)
    elif kind == "leaders_here":
        found = lookup.recent_actors(doc, tok.left_edge.i, "person", sentences=1)
        if not found:  # "X and Y discussed ... . The leaders agreed ...": a sentence naming nobody, the two just before
            found = lookup.recent_actors(doc, tok.left_edge.i, "person", sentences=2)
        found = [f for f in found if _may_lead(lookup, f[0])]
        found = found if len(found) == 2 else []  # "the leaders" of a summit, its sentence naming one or three: no pair
    elif len(found) < 2:
        found = lookup.recent_actors(doc, tok.left_edge.i, "country" if kind in {"pair", "capitals"} else kind)
    if kind == "country" and len(found) < 2:
        found = countries_of_the_two(doc, tok, lookup)  # "X of A met Y of B, and the two governments signed"
    if kind in {"pair", "capitals"} and len(found) < 2:
        found = _recent_countries_and_capitals(doc, tok, lookup)
    if kind == "pair" and len(found) < 2:
        found = lookup.recent_actors(doc, tok.left_edge.i, "person")
    if kind == "person" and tok.lemma_.lower() in LEADER_NOUNS:
        found = [f for f in found if _may_lead(lookup, f[0])]  # "the two leaders" are no "Kremlin aide X"
    return _add_found(args, tok, role, lookup, found)


def _add_found(args: list[Argument], tok: Token, role: str, lookup: EntityLookup, found: list[tuple[str, int]]) -> bool:
    if len(found) < 2:
        return False
    left = tok.left_edge
    while left.i < tok.i and (left.dep_ in {"det", "punct", "predet"} or left.is_space) and left.lower_ != "both":
        left = left.nbor()
    start, end = left.idx, tok.idx + len(tok)
    for eid, _ in sorted(found[:2], key=lambda f: f[1]):
        actor = lookup.actor_for(eid, role)
        if not any(a.entity == actor and a.role == role for a in args):
            args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=actor))
    return True


def their_countries(doc: Doc, tok: Token, lookup: EntityLookup) -> list[tuple[str, int]]:
    """ "A and B held talks, and their ministers signed a pact": people of the two just named together, told by a
    title alone ("their defence ministers", "their envoys"), act for the two countries of the pair (the ministers
    are of both governments); [] unless the pair is two people of two countries the article names (or two
    countries)."""
    if tok.tag_ not in {"NNS", "NNPS"} or lookup.entity_at(tok.i) is not None or lookup_none(tok):
        return []
    if actor_nouns().get(tok.lemma_.lower(), ("",))[0] != "person":
        return []
    their = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    pair = possessive_pair(doc, their, lookup) if their is not None else []
    found: list[tuple[str, int]] = []
    for eid in pair:
        if lookup.is_country(eid):
            country = eid
        elif lookup.type_of(eid) == "person":
            country = lookup.country_by_name.get(getattr(lookup.by_id.get(eid), "affiliation", None) or "")
        else:
            return []
        if country is None or any(country == f for f, _ in found):
            return []
        found.append((country, len(found)))
    return found if len(found) == 2 else []


def countries_of_the_two(doc: Doc, tok: Token, lookup: EntityLookup) -> list[tuple[str, int]]:
    """ "The Tongan prime minister met New Zealand's prime minister ..., and the two governments signed": the countries
    of the two people its sentence (else the one before) named last, when they are two countries the article names."""
    for sentences in (1, 2):
        people = lookup.recent_actors(doc, tok.left_edge.i, "person", sentences=sentences)
        if len(people) >= 2:
            break
    found: list[tuple[str, int]] = []
    for eid, i in people[:2]:
        country = lookup.country_by_name.get(getattr(lookup.by_id.get(eid), "affiliation", None) or "")
        if country is None or any(country == f for f, _ in found):
            return []
        found.append((country, i))
    return found if len(found) == 2 else []


def _recent_countries_and_capitals(doc: Doc, tok: Token, lookup: EntityLookup) -> list[tuple[str, int]]:
    """The countries named last before `tok` (three sentences), a capital standing for its country ("Washington
    congratulated Lai ... travel to Taipei ... the two sides signed": the United States and Taiwan)."""
    found: list[tuple[str, int]] = []
    for eid, i in lookup.recent_actors(doc, tok.left_edge.i, "any", sentences=3) + _recent_capitals(doc, tok, lookup):
        actor = lookup.actor_for(eid, "agent")
        if actor and lookup.is_country(actor) and all(actor != f for f, _ in found):
            found.append((actor, i))
    return sorted(found, key=lambda f: -f[1])


def _recent_capitals(doc: Doc, tok: Token, lookup: EntityLookup) -> list[tuple[str, int]]:
    start = sent_of(tok).start
    for _ in range(2):
        start = sent_of(tokens(doc)[start - 1]).start if start else 0
    return [(lookup.index[i], i) for i in range(start, tok.left_edge.i) if lookup.index.get(i) in lookup.capitals]


def _titled_as(lookup: EntityLookup, eid: str, noun: Token) -> bool:
    """A person the noun may name: "the two ministers" are no presidents (a title the noun's words do not fit);
    anyone fits "the two men", and a person with no title any noun."""
    words = actor_nouns().get(noun.lemma_.lower(), ("", frozenset()))[1]
    titles = getattr(lookup.by_id.get(eid), "titles", None) or []
    return not words or not titles or any(w in t.split() or w in t for t in titles for w in words)


def _may_lead(lookup: EntityLookup, eid: str) -> bool:
    """No person titled only as staff (data/staff_titles.txt: "Kremlin aide X", "spokesman Y")."""
    ent = lookup.by_id.get(eid)
    titles = getattr(ent, "titles", None) or []
    return not titles or any(t.split()[-1].lower() not in word_list("staff_titles.txt") for t in titles)


def _add_counted_countries(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> bool:
    """ "the three countries said in a joint statement": the three countries last named outside the phrase's clause
    (`counted_countries`), else the three last named before it, those of what they say included ("A and B agreed
    after talks hosted by C, the three countries said": the speakers are the parties of what they report)."""
    if role not in ACTOR_ROLES or lookup.entity_at(tok.i) or lookup_none(tok):
        return False
    count = next((COUNTS[c.lower_] for c in tok.children if c.lower_ in COUNTS and c.dep_ == "nummod"), 0)
    if count < 3:
        return False  # two are a pair (`pair_kind`)
    found = counted_countries(doc, tok, lookup)
    if len(found) < count:
        recent = [eid for eid, _ in lookup.recent_actors(doc, tok.left_edge.i, "country", sentences=2)]
        found = list(reversed(recent[:count])) if len(recent) >= count else []
    if not found:
        return False
    start, end = tok.left_edge.idx, tok.idx + len(tok)
    for eid in found:
        actor = lookup.actor_for(eid, role)
        if not any(a.entity == actor and a.role == role for a in args):
            args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=actor))
    return True


def add_group(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> bool:
    """ "the ministers said": the people with that title named just before (two or more); True when done."""
    if role not in ACTOR_ROLES or tok.tag_ not in {"NNS", "NNPS"} or lookup.entity_at(tok.i) or lookup_none(tok):
        return False
    det = [c for c in tok.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in {"the", "these"} or any(c.dep_ in GROUP_BLOCKERS for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if actor_nouns().get(lemma, ("",))[0] != "person":
        return False
    toks = tokens(doc)
    found = [
        (eid, i)
        for eid, i in lookup.recent_actors(doc, tok.left_edge.i, "person", sentences=4)
        if any(lemma in t.lower().split() for t in lookup.by_id[eid].titles) or _named_as(toks[i], lemma)
    ]
    if len(found) < 2:
        return False
    start, end = det[0].idx, tok.idx + len(tok)
    for eid, _ in sorted(found, key=lambda f: f[1]):
        if not any(a.entity == eid and a.role == role for a in args):
            args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=eid))
    return True


def _named_as(tok: Token, lemma: str) -> bool:
    """ "the three foreign ministers, Ana Ruiz of Veloria and ...": the name stands in the phrase of that noun."""
    for _ in range(4):
        if tok.head.i == tok.i or tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
        if tok.lemma_.lower() == lemma:
            return True
    return False


def possessive_pair(doc: Doc, tok: Token, lookup: EntityLookup) -> list[str]:
    """Whose "their summit", "their talks", "their deal" is: the two actors (people too) last named together as
    "A and B" in its sentence or the one before, its own clause included ("A and B signed a pact on the second day
    of their summit"); else the subject and the object of the one verb the sentence before ends on ("A met B.
    Their talks lasted hours"). [] for any other "their" (a group's, or none named)."""
    if tok.lower_ != "their" or lookup.entity_at(tok.i) is not None:
        return []
    pair = coordinated_sides(doc, tok, lookup, sentences=2, people=True, own_clause=True)
    if len(pair) == 2:
        return pair
    toks = tokens(doc)
    sent = sent_of(tok)
    if sent.start == 0:
        return []
    before = sent_of(toks[sent.start - 1])
    verb = before.root
    found = []
    for child in verb.children:
        arg = child
        if child.dep_ == "prep" and child.lower_ == "with":
            arg = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ not in {"nsubj", "dobj"}:
            continue
        eid = lookup.entity_at(arg.i)
        if eid is not None and (lookup.type_of(eid) in SIDE_KINDS | {"person"} or lookup.is_country(eid)):
            found.append(lookup.actor_for(eid, "agent") or eid)
    return found if len(set(found)) == 2 else []

"""Coreference candidates, and whether two mentions may be one event (`kg.extract.events.coref` merges them).

A `Candidate` is one event mention with what coreference needs to know of it (its head, sentence, definiteness,
the verb it sets the scene of, its days, whether it is a set of events, ...). `may_be_one` says whether two
mentions may be one event: the same type (or two contact events: a call, talks, a meeting), no participant of one
missing from the other's side, places that agree (`places_compatible`; a town within a country named with it), and
`one_of_several_places` tells a single attack from the several a broader mention reports. `CONTACT`,
`NEVER_MERGED`, `CLAUSAL`, `WINDOW` (sentences a later mention may look back, by type) and `SPECIFICITY` are the
tables coref.py reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kg.facts import Event

CONTACT = {"call", "negotiation", "meeting"}
NEVER_MERGED = {"death", "injury"}
# a verb of attack predicates its own clause ("the bomb exploded", "gunmen opened fire"): a report of
# what happened, kept as its own event even when a noun named the attack before
CLAUSAL = {"attack"}
WINDOW = {
    "attack": 8,
    "call": 40,
    "meeting": 40,
    "negotiation": 3,
    "agreement": 3,
    "press_conference": 40,
    "aid_suspension": 6,
    "sanction": 4,
    "visit": 6,
    "ruling": 8,
    "election": 8,
    "acquisition": 8,
    "statement": 0,
}
INDEFINITE_WINDOW = 2  # "a devastating assault" joins an attack named at most two sentences earlier
SPECIFICITY = ["call", "meeting", "negotiation"]  # merged contact events keep the most specific type


@dataclass
class Candidate:
    event: Event
    head: int  # trigger head token
    pos: str  # verb | noun | adj
    sent_index: int
    definite: bool
    governor: int | None = None  # token of the verb a noun mention sets the scene for ("In a statement, ...")
    continues: int | None = None  # token of the speech verb this one continues ("..., noting that")
    distinct: bool = False  # "a separate conversation", "another attack"
    headline: bool = False  # a Title Case headline announces an event the body then reports
    plural: bool = False  # "the attacks", "each of the explosions": a set of events, not one
    talked_about: bool = False  # the object of a statement ("condemned the attack"): the article's event
    kind: str | None = None  # explosive | firearm | ...: a shooting is not a bombing (`attack_kinds`)
    dated: bool = False  # the mention's clause names a day of its own ("on Tuesday a missile hit ...")
    days: frozenset[str] = frozenset()  # TIMEX3 values of the dates in the mention's clause
    refers_back: bool = False  # a verb (or a support verb's object noun) whose subject or object is definite or a
    # pronoun ("the bomb went off", "the troops exchanged fire")
    subject_plural: bool = False  # a verb's subject is plural ("two bombs exploded")
    aggregate: bool = False  # a set of events over a period ("since 1993", "in the last five years")
    partner: Candidate | None = None  # the attack a killing's death is, on the same words (`tolls.implied_events`)
    lethal: bool | None = None  # a killing (True); an attempt or a non-fatal attack (False): never one event
    apart: frozenset[int] = frozenset()  # heads of mentions of another event ("struck back after the bombing")
    demonstrative: bool = False  # "that attack", "this strike": the one just told, whatever the number of its words
    course: str | None = None  # a truce that takes effect ("onset") or holds or breaks ("course"): `ceasefires`
    lemma: str = ""  # the trigger head's lemma: "the strikes" restates "struck" (strike), a noun of the verb's word
    agreed_to: frozenset[str] = frozenset()  # what an agreement verb agrees to do ("agreed to return ..."): lemmas
    object_of: int | None = None  # token of the verb a noun is the object of ("signed a peace agreement")
    crowd_of: int | None = None  # token of the protest verb a crowd noun is the subject of ("protesters gathered")
    brokers: frozenset[str] = frozenset()  # entity ids of who brokered or hosted it ("a deal brokered by Qatar")
    owners: dict[str, str] = field(default_factory=dict)  # agent entity -> the name owning it ("Boris Johnson's
    # Conservatives": the Conservatives -> "Boris Johnson")
    own_content: bool = False  # a statement noun naming what it declared ("his declaration of martial law")
    hits_attackers: bool = False  # an attack that befell those who attacked ("two of the attackers were killed in a
    # firefight"): the fight back, not their attack (`hits_the_attackers`)
    own_killed: int | None = None  # the killed count of the death the parse ties this attack to (`own_tolls`)
    sequenced: bool = False  # a verb in a clause told as before or after another ("after the court threw out ...")
    merged_into: Candidate | None = None
    extra: list[Candidate] = field(default_factory=list)

    def fold_into(self, root: Candidate) -> None:
        """This mention, and every mention folded into it before, become mentions of `root`'s event."""
        for m in [self, *self.extra]:
            m.merged_into = root
            root.extra.append(m)
        self.extra = []


FIGHT_BACK_PREPS = frozenset({"in", "during"})  # "were killed in a gunfight", "died during an exchange of fire"


def hits_the_attackers(head, attacker_nouns: frozenset[str]) -> bool:
    """An attack whose victims are named as the attackers of the article ("two of the attackers were killed in a
    firefight", "the gunman was shot dead by a police officer", "the assailants died during a shootout"): told as what
    befell those who attacked, it is another attack than theirs, whatever else agrees. `head`: the trigger's token (a
    noun the toll verb's "in"/"during" governs, or the attack verb itself); `attacker_nouns`: the words for them."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj":
        head = head.head.head  # "during an exchange of fire"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in {"exchange", "trade"}:
        sides = [p for t in (head, head.head) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"]
        if any(g.lemma_.lower() in attacker_nouns for p in sides for g in p.children if g.dep_ == "pobj"):
            return True  # "police exchanged fire with the gunmen": the fight back
    if head.pos_ == "VERB":
        verb, roles = head, {"dobj", "nsubjpass"}
    elif head.dep_ == "pobj" and head.head.lower_ in FIGHT_BACK_PREPS and head.head.head.pos_ == "VERB":
        verb, roles = head.head.head, {"nsubj", "nsubjpass"}
    else:
        return False
    for hit in (c for c in verb.children if c.dep_ in roles):
        nouns = [hit, *(g for p in hit.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
        if any(n.lemma_.lower() in attacker_nouns for n in nouns):
            return True
        if any(n.lower_ == "them" for n in nouns) and _them_are_the_attackers(verb, attacker_nouns):
            return True  # "Three attackers detonated explosives ... The guards shot one of them"
    return False


PRONOUN_REACH = 2  # sentences before the verb in which "them" finds its antecedent


def _them_are_the_attackers(verb, attacker_nouns: frozenset[str]) -> bool:
    """The subject "them" stands for: the last plural subject before the verb's sentence, within two sentences."""
    sent = verb.sent
    earlier = [s for s in verb.doc.sents if s.end <= sent.start][-PRONOUN_REACH:]
    subjects = [t for s in earlier for t in s if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"NNS", "NNPS"}]
    return bool(subjects) and subjects[-1].lemma_.lower() in attacker_nouns


def entities_in(ev: Event, roles: set[str]) -> set[str]:
    return {a.entity for a in ev.arguments if a.role in roles and a.entity}


def may_be_one(
    a: Event,
    b: Event,
    countries: frozenset[str] = frozenset(),
    country_of: Mapping[str, str] | None = None,
    sides: Mapping[str, str] | None = None,
    brokers: frozenset[str] = frozenset(),
    one_party_enough: bool = False,
) -> bool:
    """No conflicting actors, places or targets (`brokers`: who brokered or hosted either mention, no party to it;
    `one_party_enough`: one country in common will do). An organisation or a person of a country acts for it (`sides`:
    entity id -> its country's entity id): "a U.S. raid" and "a raid by U.S. special forces" have one attacker,
    "Trump announced the deal" is the deal between the United States and Japan.
    A country and a place are no conflict where the place lies in
    the country (`country_of`: place entity id -> ISO code): "the Tanzania blast" is not the bombing in Nairobi,
    "the attack on Kenya" may be. Without a code, a country and a place are no conflict ("on Dravenna" and "on
    the Velorian capital")."""
    if a.modality != b.modality:
        return False
    full = _surnames(a, b)
    for roles in ({"agent"}, {"place"}, {"target"}):
        ea, eb = _by_full_name(entities_in(a, roles), full), _by_full_name(entities_in(b, roles), full)
        if roles == {"agent"} and sides:
            ea, eb = _with_sides(ea, sides), _with_sides(eb, sides)
        if roles == {"place"} and country_of is not None:
            if not places_compatible(ea, eb, countries, country_of):
                return False
            continue
        if roles != {"agent"} and ea and eb and (ea <= countries) != (eb <= countries):
            if not places_compatible(ea, eb, countries, country_of or {}):
                return False
            continue
        if roles == {"target"} and country_of is not None and ea | eb <= country_of.keys():
            # targets named by place ("a Black Sea port", "the port of Izmail"): places of no known country
            # conflict with none, two cities of different countries do
            if not places_compatible(ea, eb, countries, country_of):
                return False
            continue
        if ea and eb and not (ea & eb):
            return False
    pa = _by_full_name(entities_in(a, {"participant", "agent"}), full) - brokers
    pb = _by_full_name(entities_in(b, {"participant", "agent"}), full) - brokers
    if pa and pb and not (_covered(pa, pb, sides or {}) or _covered(pb, pa, sides or {})):
        # a headline names the parties as countries, the body by their envoys ("Congo and Rwanda sign" ...
        # "Congolese Foreign Minister X and her Rwandan counterpart signed"): one country in common is enough
        # (`one_party_enough`, `a` the headline's, all places); not two people ("Trump-Putin Talks" ... "the
        # Zelensky-Trump call")
        # a headline may name one party by name and the other by its country ("Oman's new sultan holds talks with
        # Iran's Zarif" ... "Sultan Haitham met Zarif"): each headline party a place or one of the body's
        common = _with_sides(pa, sides or {}) & _with_sides(pb, sides or {})
        places = countries | (country_of or {}).keys()
        named = _with_sides(pb, sides or {})
        return one_party_enough and all(x in places or x in named for x in pa) and bool(common)
    return True


def _surnames(a: Event, b: Event) -> dict[str, str]:
    """The actors one mention names by a surname the other names in full ("Petro elected" ... "Gustavo Petro was
    elected"), when the two are different entities: short name's entity id -> the full name's."""
    full = {
        x.text.split()[-1]: x.entity
        for x in (*a.arguments, *b.arguments)
        if x.entity and len(x.text.split()) > 1 and x.text.istitle()
    }
    return {
        x.entity: full[x.text]
        for x in (*a.arguments, *b.arguments)
        if x.entity and x.text in full and full[x.text] != x.entity
    }


def _by_full_name(ids: set[str], full: Mapping[str, str]) -> set[str]:
    return {full.get(x, x) for x in ids}


def _covered(few: set[str], many: set[str], sides: Mapping[str, str]) -> bool:
    """Every actor of `few` is one of `many` or acts for one of them ("Trump" for the United States of a deal
    between the United States and Japan)."""
    return all(x in many or sides.get(x) in many for x in few)


def _with_sides(ids: set[str], sides: Mapping[str, str]) -> set[str]:
    """The actors with the country each national organisation among them acts for."""
    return ids | {sides[x] for x in ids if x in sides}


def places_compatible(a: set[str], b: set[str], countries: frozenset[str], country_of: Mapping[str, str]) -> bool:
    """Two sets of places that may name where one event happened: they share a place, or their countries meet
    ("Nairobi" and "Kenya"; not "Nairobi" and "Tanzania"). Places of no known country conflict with none."""
    if not a or not b or a & b:
        return True
    codes_a = {country_of[x] for x in a if country_of.get(x)}
    codes_b = {country_of[x] for x in b if country_of.get(x)}
    if codes_a and codes_b and not codes_a & codes_b:
        return False
    known_a = {x for x in a - countries if country_of.get(x)}
    known_b = {x for x in b - countries if country_of.get(x)}
    if known_a and known_b and not known_a & known_b:
        return False  # two cities: "Nairobi" and "Mombasa"
    # places of no known country ("East Africa", an unknown town) conflict only with each other
    vague_a, vague_b = a - countries - known_a, b - countries - known_b
    return not (vague_a and vague_b and not vague_a & vague_b and not (known_a or known_b))


def two_cities(a: set[str], b: set[str], countries: frozenset[str], country_of: Mapping[str, str]) -> bool:
    """Each names a city (a place of known country, no country) the other does not, and they share none: "in
    Nairobi, Kenya" and "in Mombasa, Kenya". A meeting is held in one place; an attack may hit several."""
    cities_a = {x for x in a - countries if country_of.get(x)}
    cities_b = {x for x in b - countries if country_of.get(x)}
    return bool(cities_a and cities_b and not cities_a & cities_b)


def _inside(place: str, other: str, countries: frozenset[str], country_of: Mapping[str, str]) -> bool:
    code = country_of.get(place)
    return place == other or (other in countries and bool(code) and code == country_of.get(other))


def one_of_several_places(
    narrow: set[str], broad: set[str], countries: frozenset[str], country_of: Mapping[str, str]
) -> bool:
    """Every place of `narrow` lies in a place of `broad`, and `broad` names more ("Nairobi" within "Kenya and
    Tanzania"): a single attack there is one of the several `broad` reports, not all of them."""
    if not narrow or not broad:
        return False
    # a town the gazetteer does not place counts by the country named with it ("Dar-es-Salaam, Tanzania")
    narrow = {n for n in narrow if country_of.get(n) or n in countries} or narrow
    broad = {b for b in broad if country_of.get(b) or b in countries} or broad
    if not all(any(_inside(n, b, countries, country_of) for b in broad) for n in narrow):
        return False
    return any(
        not any(_inside(n, b, countries, country_of) or _inside(b, n, countries, country_of) for n in narrow)
        for b in broad
    )


def same_family(a: str, b: str) -> bool:
    return a == b or (a in CONTACT and b in CONTACT)

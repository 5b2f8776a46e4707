"""Killings and tolls: the attack a killing is, and the attack each death and injury is the toll of.

`implied_events` adds the other half of a killing before coreference: a death someone caused ("the slaying of
Dr. Novak", "gunmen killed a guard") is an attack as well, and an attack that says its target died ("was gunned
down") a death as well (ACE Conflict.Attack + Life.Die). `link_tolls` runs after coreference: each asserted
death or injury is the toll of the attack reported in its sentence (or the one before; a headline's after the
body's, whose count is the whole where the headline's may be a part), preferably the one
the parse ties it to ("killed in the blast", "the bombing that killed 224", "a bomb killed two"); it gets the
attack's id in `caused_by`, and its count becomes the attack's casualty count; a victim it names (a person, the
victims' country) is a target of the attack. A toll of none ("no one was hurt
in that attack", negated as an event) counts 0, and no one hurt is no one killed. A toll counted over a period
("since 1993, three doctors have been murdered") is no attack's; nor is a toll in another country than the
attack; a toll in one of the places of a multi-place attack ("75 were killed in Nairobi" after "the bombings
in Kenya and Tanzania") is caused by it but does not count for all of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.events import casualties, conflict, late_tolls
from kg.extract.events.candidates import Candidate, one_of_several_places, places_compatible
from kg.extract.events.coref import event_places
from kg.facts import Argument, Casualties, Event
from kg.nlp import sentences, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.lexicon import Lexicon

IMPLIED_ROLES = {
    "attack": {"agent": "agent", "victim": "target", "place": "place", "instrument": "instrument"},
    "death": {"agent": "agent", "target": "victim", "place": "place", "instrument": "instrument"},
    "injury": {"agent": "agent", "target": "victim", "place": "place", "instrument": "instrument"},
}
TOLL_TYPES = {"death": "killed", "injury": "injured"}


def implied_events(cands: list[Candidate], toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The candidates with the other half of each killing added (before it, on the same trigger). A death
    someone caused is an attack when its sentence reports no attack of its own; an attack that says its target
    died is a death when no death is told of it ("was gunned down", not "was shot to death", whose "death" is
    one already). A killing counted over a period ("since 1993, three doctors have been murdered") is no
    single attack. A stabbing told with no toll of its own hurt those stabbed (`wounding_attack_verbs`)."""
    attacks = [c for c in cands if c.event.type == "attack"]
    death_heads = {c.head for c in cands if c.event.type == "death"}
    toll_heads = {c.head for c in cands if c.event.type in TOLL_TYPES}
    out: list[Candidate] = []
    for c in cands:
        head = toks[c.head]
        if (
            c.event.type == "death"
            and (not _own_attack_told(c, attacks) or earlier_killing(head, c.pos, lex))
            and not c.aggregate
            and conflict.killing_by_someone(head, c.pos, lex)
        ):
            attack = _implied(c, "attack")
            attack.lethal = True
            if earlier_killing(head, c.pos, lex):  # "revenge for the murder of a clan leader": another killing
                c.distinct = attack.distinct = True
            attack.kind = conflict.attack_kind(head, lex)
            c.partner = attack
            out.append(attack)
        out.append(c)
        if (
            c.event.type == "attack"
            and c.pos == "verb"
            and not any(t.i in death_heads for t in head.subtree)
            and conflict.lethal_attack(head, lex)
        ):
            death = _implied(c, "death")
            death.partner = c
            value, qualifier = casualties.victim_count(head.doc, death.event, head, c.pos, lex)
            if value is not None or qualifier is not None:
                death.event.casualties = Casualties(killed=value, qualifier=qualifier)
            out.append(death)
        elif (
            c.event.type == "attack"
            and c.pos == "verb"
            and head.lemma_.lower() in lex.sense("wounding_attack_verbs")
            and not any(t.i in toll_heads for t in head.subtree)
        ):
            # "an officer was stabbed in the arm", "a man stabbed three people": the stabbed are hurt
            injury = _implied(c, "injury")
            injury.partner = c
            value, qualifier = casualties.victim_count(head.doc, injury.event, head, c.pos, lex)
            if value is not None:
                injury.event.casualties = Casualties(injured=value, qualifier=qualifier)
                out.append(injury)
    return out


def _own_attack_told(death: Candidate, attacks: list[Candidate]) -> bool:
    """The death's sentence tells an attack of its own, not only a definite noun after it that restates the killing
    ("a bomb killed two people ..., and no group has said it was behind that blast": the bomb is the attack)."""
    return any(
        a.sent_index == death.sent_index and not (a.pos == "noun" and a.definite and a.head > death.head)
        for a in attacks
    )


def earlier_killing(head: Token, kind: str, lex: Lexicon) -> bool:
    """A killing of someone new told as the cause or the time of another event ("the raid was revenge for the murder
    of a clan leader", "protests after the killing of a student"): an attack of its own beside the sentence's
    attack. Not the article's killing told again ("before the slaying", "those responsible for Novak's slaying")."""
    return (
        kind == "noun"
        and head.lemma_.lower() in lex.sense("killing_words")
        and head.dep_ == "pobj"
        and head.head.lower_ in lex.sense("killing_cause_preps")
        and any(
            d.dep_ == "det" and d.lower_ in {"a", "an"}
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
            for d in g.children
        )
    )


def _implied(c: Candidate, etype: str) -> Candidate:
    """A candidate of type `etype` on the same trigger, its arguments in the roles of its type."""
    roles = IMPLIED_ROLES[etype]
    ev = c.event
    implied = Event(
        id=f"{ev.id}:{etype}",
        type=etype,
        trigger=ev.trigger,
        sentence=ev.sentence,
        arguments=[Argument(roles[a.role], a.text, a.start, a.end, a.entity) for a in ev.arguments if a.role in roles],
        modality=ev.modality,
        confidence=ev.confidence,
    )
    out = Candidate(
        implied, c.head, c.pos, c.sent_index, c.definite, headline=c.headline, plural=c.plural, lemma=c.lemma
    )
    out.days, out.aggregate, out.refers_back, out.apart = c.days, c.aggregate, c.refers_back, c.apart
    out.distinct, out.dated, out.subject_plural = c.distinct, c.dated, c.subject_plural
    return out


def link_tolls(
    survivors: list[Candidate],
    doc: Doc,
    lex: Lexicon,
    countries: frozenset[str] = frozenset(),
    country_of: Mapping[str, str] | None = None,
) -> None:
    """Each asserted death and injury gets the attack it is the toll of (`caused_by`), and the attack its count."""
    geo = country_of or {}
    attacks = [
        (m, root)
        for root in survivors
        if root.event.type == "attack" and root.event.modality == "asserted" and not root.aggregate
        for m in [root, *root.extra]
    ]
    sent_at = {s.start_char: k for k, s in enumerate(sentences(doc))}
    # the body's tolls first: a headline's count may be a part of the body's ("kills 4 police officers" ... "killing
    # at least 31 people, including four police officers"); a toll of none last, so that its "no one killed" fills
    # only what no count told ("killed two militants ... No civilians were hurt")
    for c in sorted(survivors, key=lambda c: (_no_one(c.event), _headline_only(c), c.event.trigger.start)):
        ev = c.event
        if ev.type not in TOLL_TYPES or not (ev.modality == "asserted" or _no_one(ev)) or c.aggregate:
            continue
        k = sent_at.get(ev.sentence[0], c.sent_index)
        here = _reported_mention(c)
        places = event_places(ev, geo, countries)
        # the attack a killing is; the attack the parse ties the toll to, whatever places each names; else the
        # nearest in the sentence (or the one before) whose places agree with the toll's
        pool = [(p, p.merged_into or p) for m in [c, *c.extra] if (p := m.partner) is not None]
        pool = pool or [(m, root) for m, root in attacks if m.sent_index == k and _toll_distance(doc, here, m)[0] == 0]
        if not pool and _tied_to_a_series(survivors, doc, here, k):
            continue  # "patrols have shot dead four since 2020": the toll of a series, no other attack's
        if not pool and ev.type == "death" and _a_cause(doc[here.head], here.pos, lex):
            continue  # "protests over the death of a woman spread ..., and three were killed in clashes": not theirs
        plural_tie = any(m.plural or m.subject_plural for m, _ in pool)
        for sentence in (k, k - 1):
            pool = pool or [
                (m, root)
                for m, root in attacks
                if m.sent_index == sentence
                and places_compatible(places, _cluster_places(root, geo, countries), countries, geo)
            ]
        if not pool:
            _fill_from_a_late_toll(c, k, attacks, places, geo, countries)
            continue
        mention, root = min(pool, key=lambda pair: _toll_rank(doc, here, pair[0]))
        attack = root.event
        ev.caused_by = attack.id
        # a toll counts for the places it names, with those of the mention the parse ties it to ("the attacks at
        # the embassies in Nairobi and Dar es Salaam killed 257"): not for all of a multi-place attack when that
        # is one of its places ("the blast killed 10 in Dar es Salaam")
        scope = set(places)
        if _toll_distance(doc, here, mention)[0] == 0:
            scope |= event_places(mention.event, geo, countries)
        partial = (
            not plural_tie
            and _a_set_of_attacks(root)
            and one_of_several_places(scope, _cluster_places(root, geo, countries), countries, geo)
        )
        if ev.casualties and not partial:
            value = ev.casualties.killed if ev.type == "death" else ev.casualties.injured
            kind = TOLL_TYPES[ev.type]
            known = getattr(attack.casualties, kind) if attack.casualties else None
            if attack.casualties and known is not None and value and _more_victims(doc[c.head]):
                setattr(attack.casualties, kind, known + value)  # "... two of his wives had also been killed"
            attack.casualties = casualties.add_count(attack.casualties, kind, value, ev.casualties.qualifier)
            if ev.type == "injury" and _no_one(ev):  # no one hurt: no one killed either
                attack.casualties = casualties.add_count(attack.casualties, "killed", 0, None)
        for arg in ev.arguments:
            if arg.role == "place" and not any(a.role == "place" for a in attack.arguments):
                attack.arguments.append(arg)
            elif arg.role == "victim" and arg.entity and not any(a.entity == arg.entity for a in attack.arguments):
                # "33 Turkish soldiers were killed", "the strike that killed General X": whom the attack hit
                attack.arguments.append(replace(arg, role="target"))


def _a_set_of_attacks(root: Candidate) -> bool:
    """An attack told as several ("the bombings in Kenya and Tanzania", "two bombs exploded"): a toll in one of its
    places may count a part of it; a single strike ("an air strike killed 20 Kenyan soldiers in Somalia") has none."""
    return any(m.plural if m.pos == "noun" else m.subject_plural for m in [root, *root.extra])


def _fill_from_a_late_toll(
    c: Candidate,
    k: int,
    attacks: list[tuple[Candidate, Candidate]],
    places: set[str],
    geo: Mapping[str, str],
    countries: frozenset[str],
) -> None:
    """A toll a few sentences after the article's one attack gives it the count it lacks (`late_tolls`)."""
    ev = c.event
    root = late_tolls.lone_attack_of_a_late_toll(
        c, k, attacks, lambda r: places_compatible(places, _cluster_places(r, geo, countries), countries, geo)
    )
    if root is None or not ev.casualties or ev.modality != "asserted":
        return
    kind = TOLL_TYPES[ev.type]
    value = ev.casualties.killed if ev.type == "death" else ev.casualties.injured
    attack = root.event
    if value is None or value < 2 or (attack.casualties and getattr(attack.casualties, kind) is not None):
        return  # one victim is often another event's ("she was beaten in a police van"); a count is the toll's
    ev.caused_by = attack.id
    attack.casualties = casualties.add_count(attack.casualties, kind, value, ev.casualties.qualifier)


def _a_cause(head: Token, kind: str, lex: Lexicon) -> bool:
    """A death noun told as the cause or the time of another event ("protests over the death of a young woman", "after
    the killing of a student"): the parse ties it to no attack, so it is no toll of the attacks told beside it."""
    return kind == "noun" and head.dep_ == "pobj" and head.head.lower_ in lex.sense("killing_cause_preps")


def _tied_to_a_series(survivors: list[Candidate], doc: Doc, toll: Candidate, k: int) -> bool:
    """The parse ties the toll to an attack told as a series over a period (an aggregate, left out above)."""
    return any(
        c.aggregate and c.event.type == "attack" and c.sent_index == k and _toll_distance(doc, toll, c)[0] == 0
        for c in survivors
    )


ADDITIVE = frozenset({"also", "too", "additionally"})


def _more_victims(verb: Token) -> bool:
    """A toll told as more victims of the attack ("two of his wives had also been killed", "a guard was killed
    too"): its count adds to the one told before, where another toll of the attack repeats it. Not an "also" that
    opens the clause before its subject ("Also on Friday, four people were killed in an explosion"): another
    event told as well."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        c.dep_ == "advmod" and c.lower_ in ADDITIVE and all(c.i > s for s in subjects) for c in verb.children
    ) and bool(subjects)


def _headline_only(c: Candidate) -> bool:
    """A toll told in the headline alone; one the body tells too ("Baghdadi killed in raid" ... "died in a raid") is
    the body's, in the body's order."""
    return c.headline and all(m.headline for m in c.extra)


def _no_one(ev: Event) -> bool:
    """ "No one was hurt in that attack", "nobody was killed": a toll of none, negated as an event but a count of
    the attack all the same (0)."""
    cas = ev.casualties
    count = None if cas is None else cas.killed if ev.type == "death" else cas.injured
    return ev.modality == "negated" and count == 0


def _reported_mention(c: Candidate) -> Candidate:
    """The mention of the event its trigger now is (the body's, when a headline announced it)."""
    start = c.event.trigger.start
    return next((m for m in [c, *c.extra] if m.event.trigger.start == start), c)


def _toll_rank(doc: Doc, toll: Candidate, attack: Candidate) -> tuple[int, bool, int]:
    """`_toll_distance`, with an attack the parse does not tie the toll to ranked after the others when it is told in
    a relative clause ("a strike killed two militants who were attacking troops. No civilians were hurt": the
    strike's toll, not the militants' attack's)."""
    tied, chars = _toll_distance(doc, toll, attack)
    return tied, bool(tied) and doc[attack.head].dep_ in RELATIVE_DEPS, chars


RELATIVE_DEPS = frozenset({"relcl", "acl"})


def _toll_distance(doc: Doc, toll: Candidate, attack: Candidate) -> tuple[int, int]:
    """The parse first ("killed in the blast", "the blast killed", "bombings that killed"), then the text. A toll verb
    conjoined to another with no subject of its own shares that one's ("the attacks killed 257 and injured 5,500")."""
    toks = tokens(doc)  # spaCy makes a new Token at every `doc[i]`, `head` and `children`
    a, b = _sharing_subject(toks[toll.head]), toks[attack.head]
    light = b.head if b.dep_ == "dobj" and b.head.pos_ == "VERB" else b  # "opened fire ..., wounding 12"
    related = (
        a.i in (b.i, light.i)
        or b.is_ancestor(a)
        or light.is_ancestor(a)
        or a.is_ancestor(b)
        and not _in_a_time_clause_below(b, a)
    )
    return (0 if related else 1, abs(toks[toll.head].idx - b.idx))


SEQUENCE_MARKERS = frozenset({"after", "before", "since", "until", "following"})


def _in_a_time_clause_below(attack: Token, toll: Token) -> bool:
    """ "fired missiles on Monday, killing 14, two days after a blast damaged the bridge": an attack told in a time
    clause or phrase under the toll is another, earlier or later event, not the one that killed."""
    t = attack
    while t.i != toll.i and t.head.i != t.i:
        if t.dep_ in {"advcl", "conj"} and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKERS for c in t.children):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_MARKERS:
            return True
        t = t.head
    return False


def _sharing_subject(verb: Token) -> Token:
    """The first of conjoined verbs whose subject `verb` shares (itself when it has its own)."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        verb = verb.head
    return verb


def _cluster_places(root: Candidate, geo: Mapping[str, str], countries: frozenset[str]) -> set[str]:
    return set().union(*(event_places(m.event, geo, countries) for m in [root, *root.extra]))

"""Arguments from the parse: the trigger's frame (data) says which relation fills which role.

Verbs: nsubj, dobj, nsubjpass, the passive "by" agent and prepositional objects ("on" -> target,
"with" -> instrument or participant, "in" -> place). Nouns: possessors and modifiers ("Russian drone
attack": Russia is the agent, drone the instrument), prepositional objects, and the subject of the
light verb that governs them ("launched an attack", "held talks"). Conjuncts share their role.
Addressees come from the frame's `object_of` verbs ("told reporters") and the document a statement is
made in ("in a letter to X").

Actor phrases say who they name: a role noun in apposition with a person is that person ("the family's
lawyer, Anna Berg"); the organisation a speaker speaks for takes part ("a spokeswoman for the Agency",
"Agency director Ivo Pavlov", "NATO Secretary-General X", the person's affiliation); countries after a role
noun that names no one are the actors ("the ambassadors of Norway and Chile"); "the ministers" are the
ministers just named. Every name inside an attack's target or place phrase takes part (the embassy's
country, each city), and a place implies its country when the article names it. Pronouns and definite
descriptions carry the entity `kg.extract.actors` resolved them to; speakers across sentences are
`kg.extract.events.speakers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import actor_nouns
from kg.extract.dating.clauses import SCHEDULE_VERBS
from kg.extract.events.attribution import (
    aged_subject,
    misattached_by_agent,
    quoted_speaker,
    speaker_after_verb,
    subject_of_a_list,
    subjects_of_its_own,
)
from kg.extract.events.companions import inviter_of_the_infinitive, with_after_the_channel, with_of_the_setting_verb
from kg.extract.events.lexicon import Lexicon, lexicon
from kg.extract.events.lookup import ACTOR_ROLES, EntityLookup
from kg.extract.events.pairs import counted_countries, possessive_pair
from kg.extract.events.resultatives import (
    agents,
    completed_verb,
    patients,
    shared_by_agent,
    shared_passive_subject,
    with_appositions,
)
from kg.extract.events.roles import (
    AFFILIATION_PREPS,
    CITY_NAMES_WHERE,
    DOCUMENT_PREPS,
    INSTRUMENT_TYPES,
    LIGHT_VERB_ROLES,
    LOCATIVE_PREPS,
    NOUN_MODIFIERS,
    SPEAKER_BY_SETTING,
    _add,
    _add_subject,
    _apposed_person,
    _is_actor,
    _not_a_weapon,
    _phrase,
    _prep_role,
    _subject_of,
    conjoined_speaker,
    head_token,
    is_person_noun,
    object_controller,
)
from kg.extract.events.roles import (  # PLACE_NOUNS as PLACE_NOUNS: read from here by business.py
    PLACE_NOUNS as PLACE_NOUNS,
)
from kg.extract.events.speech_objects import names_the_topic, within_a_meeting
from kg.extract.gazetteer import gazetteer
from kg.facts import Argument, Event
from kg.nlp import char_span_root, sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.triggers import Trigger


def find_arguments(doc: Doc, trig: Trigger, lookup: EntityLookup, lex: Lexicon) -> list[Argument]:
    head = tokens(doc)[trig.head]
    kind = "verb" if trig.pos == "verb" else "noun"
    frame = lex.frames.get(trig.type, {}).get(kind, {})
    own = lex.lemma_frames.get((trig.type, head.lemma_.lower()), {}).get(kind)
    if own:
        frame = {**frame, **own}
    verb_frame = lex.frames.get(trig.type, {}).get("verb", {})
    args: list[Argument] = []
    if trig.pos == "verb":
        shared = shared_passive_subject(head)  # "were shot and killed": the men are killed, not killers
        if shared and trig.type == "statement" and conjoined_speaker(head, lex):
            shared = []  # "denied that any weapon had been deployed and offered to ...": the denier offered
        for s in shared if frame.get("nsubjpass") else []:
            _add(args, doc, s, frame["nsubjpass"], lookup)
        for g in shared_by_agent(head) if frame.get("agent") else []:
            _add(args, doc, g, frame["agent"], lookup)  # "were shot and killed by soldiers": they shot too
        subj = (
            []
            if shared
            else (
                (speaker_after_verb(head, lookup) if trig.type == "statement" else [])
                or subjects_of_its_own(head)
                or aged_subject(head, lookup)
                or conjoined_speaker(head, lex)
                or subject_of_a_list(head)
                or quoted_speaker(head)
                or [c for c in [object_controller(head)] if c is not None]
                or (_subject_of(head) if not any(c.dep_ == "nsubjpass" for c in head.children) else [])
            )
        )
        for s in subj:
            role = lex.intransitive_subject.get(head.lemma_.lower(), frame.get("nsubj"))
            if role:
                _add_subject(args, doc, s, role, lookup)
        for child in head.children:
            dep = child.dep_
            if dep in {"dobj", "nsubjpass", "dative", "oprd"} and dep in frame:
                _add(args, doc, child, frame[dep], lookup)
                if dep == "dobj":
                    _aimed_at(doc, child, frame, lookup, args)
                    for second in _second_object_after_apposition(child, lookup):
                        _add(args, doc, second, frame[dep], lookup)
            elif dep == "agent" and "agent" in frame:
                for g in child.children:
                    if g.dep_ == "pobj":
                        _add(args, doc, g, frame["agent"], lookup)
            elif dep == "prep" and child.lower_ in frame:
                for g in child.children:
                    if g.dep_ == "pobj" and not _not_a_weapon(child, g, frame, lookup):
                        _add(args, doc, g, _prep_role(frame, child, g, lookup), lookup)
        if frame.get("with") == "participant":
            _partners_of_the_infinitive(doc, head, lookup, args)
            for g in inviter_of_the_infinitive(head) if trig.type in {"meeting", "call", "negotiation"} else ():
                _add_subject(args, doc, g, "participant", lookup)
            for g in with_after_the_channel(head, lex):  # "spoke by telephone with Ana"
                _add(args, doc, g, "participant", lookup)
        if "agent" in frame and not any(c.dep_ == "agent" for c in head.children):
            for g in misattached_by_agent(head):
                _add(args, doc, g, frame["agent"], lookup)
    else:
        _noun_arguments(doc, trig, head, frame, verb_frame, lookup, lex, args)
        _resultative_arguments(doc, head, verb_frame, lookup, args)
    if "in" in frame and frame["in"] == "place" and not any(a.role == "place" for a in args):
        _nested_place(doc, head, lookup, args, over=frame.get("over") == "named_place")
    if trig.pos == "verb" and head.lemma_.lower() in lex.frames.get(trig.type, {}).get("object_of", {}):
        role = lex.frames[trig.type]["object_of"][head.lemma_.lower()]
        for obj in (c for c in head.children if c.dep_ == "dobj"):
            if role == "target" and lookup.entity_at(obj.i) is None and not _is_actor(obj, lookup):
                continue  # "accused Veloria", "praised the mayor": who it is about; "condemned the raid": no one
            thing = head.lemma_.lower() in lex.sense("thing_object_verbs") and (  # a weapon, or a mass noun
                any(lookup.type_of(lookup.entity_at(t.i)) in INSTRUMENT_TYPES for t in obj.subtree)
                or lookup.entity_at(obj.i) is None
                and not _is_actor(obj, lookup)
                and obj.tag_ == "NN"
            )
            if role == "recipient" and thing:
                continue  # "promised more Patriot systems", "urged restraint": what, not to whom
            _add(args, doc, obj, role, lookup)  # "told reporters", "informed the council": the addressee
            for second in _second_object_after_apposition(obj, lookup):
                _add(args, doc, second, role, lookup)  # "told A, the minister, and B"
    _actor_phrases(doc, args, lookup, signatories=trig.type in lex.sense("signed_for_countries"))
    if trig.type == "statement" and trig.pos == "verb":
        _document_recipients(doc, head, args, lookup)
    if trig.type == "attack":
        _names_in_target_phrases(doc, head, args, lookup)
        _owners_of_targets(args, lookup)
    _countries_of_places(args, lookup)
    return args


def _affiliation_names(tok: Token, lookup: EntityLookup) -> list[Token]:
    """Named entities that say whom the actor `tok` speaks or acts for: the prepositional phrases of its noun
    or of its apposition ("Anna Berg, a spokeswoman for the Migration Office", "officials of the Interior
    Ministry", "an official in Halvik"), the modifiers of the role noun in apposition ("Anna Berg, the Agency
    director"). One token per entity, clauses left out."""
    nouns = [tok, *(c for c in tok.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"})]
    if tok.dep_ == "appos" and tok.head.pos_ in {"NOUN", "PROPN"}:
        nouns.append(tok.head)
    found: list[Token] = []
    seen: set[str] = set()

    def take(t: Token) -> None:
        eid = lookup.entity_at(t.i)
        if eid and eid != lookup.entity_at(tok.i) and eid not in seen:
            seen.add(eid)
            found.append(t)

    for noun in nouns:
        if noun.i != tok.i:
            for m in noun.children:
                if m.dep_ in NOUN_MODIFIERS | {"poss"} and m.i < noun.i:
                    take(m)
        elif lookup.type_of(lookup.entity_at(tok.i)) == "person":
            # "Alliance Secretary-General Ana Ruiz", "Director of the Agency Ivo Pavlov": names in the title
            for m in (c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i < tok.i):
                for t in m.subtree:
                    if lookup.type_of(lookup.entity_at(t.i)) == "organization" and not _in_clause(t, m):
                        take(t)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPS):
            for t in prep.subtree:
                if t.i != prep.i and not _in_clause(t, prep):
                    take(t)
    return found


def _in_clause(t: Token, top: Token) -> bool:
    """Whether `t` sits in a clause below `top` (a relative clause, a participle): not part of the phrase."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in {"relcl", "acl", "advcl", "ccomp"} or t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


def _actor_phrases(doc: Doc, args: list[Argument], lookup: EntityLookup, signatories: bool = False) -> None:
    """Who an actor phrase names: a role noun in apposition with a person is that person ("the family's
    lawyer, Anna Berg"); the organisation a speaker speaks for is a participant too ("a spokeswoman for the
    Migration Office", "Agency director Ivo Pavlov", a person's affiliation named in the article); countries
    and organisations after a role noun that names no one are the actors ("the ambassadors of Norway and
    Chile"); a place there is where it happened ("an official in Halvik"). A plural role noun in apposition with a
    list of people is all of them. With `signatories` (an agreement) the country a named person signs for is a party
    too ("Ana Ruiz of Veloria", "Velorian Foreign Minister Ana Ruiz"), where a speaker's country is no party."""
    for arg in [a for a in args if a.role in ACTOR_ROLES]:
        head = head_token(doc, arg)
        if head is None:
            continue
        if lookup.type_of(arg.entity) != "person":
            person = _apposed_person(head, lookup)
            if person is not None:
                previous = arg.entity
                eid, start, end = _phrase(doc, person, lookup)
                arg.entity, arg.start, arg.end, arg.text = eid, start, end, lookup.text[start:end]
                if previous is not None and lookup.type_of(previous) != "place":
                    _add(args, doc, head, "participant", lookup)  # "a Ministry spokesman, Ivo Pavlov"
                head = person
        if head.dep_ == "appos":  # "the ministers, A of X, B of Y and C of Z": all of them
            for other in _listed_people(head.head, head, lookup):
                _add(args, doc, other, arg.role, lookup)
                for t in _affiliation_names(other, lookup) if signatories else ():
                    if _country_of_person(t, other, lookup):
                        _add(args, doc, t, "participant", lookup)
        named = arg.entity is not None
        for country in _counted_countries_of(doc, head, lookup) if not named else ():
            if not any(a.entity == country for a in args):  # "the foreign ministers of both countries"
                _add_implied(args, arg.role, country, arg, lookup)
        for t in _affiliation_names(head, lookup):
            eid = lookup.entity_at(t.i)
            kind = lookup.type_of(eid)
            country = kind == "place" and lookup.is_country(eid)
            if kind in {"organization", "group"} or country and not named:
                _add(args, doc, t, arg.role if not named else "participant", lookup)
            elif named and signatories and country:
                _add(args, doc, t, "participant", lookup)  # "Ana Ruiz of Veloria signed": Veloria is a party
            elif kind == "place" and not country and t.dep_ == "pobj" and t.head.lower_ in {"in", "at"}:
                if not any(a.role == "place" for a in args):
                    _add(args, doc, t, "place", lookup)
        if (not named or lookup.is_country(arg.entity)) and is_person_noun(head):  # "U.S. immigration officials"
            field = _field_organization(head, lookup)
            if field is not None and not any(a.entity == field for a in args):
                _add_implied(args, "participant", field, arg, lookup)  # "immigration officials said"
        if not named and actor_nouns().get(head.lemma_.lower(), ("",))[0] == "person":  # not "Ana's father"
            for m in head.children:  # "the minister's spokeswoman said": she speaks for the minister
                if m.dep_ == "poss" and lookup.type_of(lookup.entity_at(m.i)) == "person":
                    _add(args, doc, m, "participant", lookup)
        _add_affiliation(args, doc, arg, head, lookup)
        if signatories:
            _add_signed_for(args, arg, lookup)


def _counted_countries_of(doc: Doc, head: Token, lookup: EntityLookup) -> list[str]:
    """The countries "of both countries", "of the three nations", "officials in both countries" after a role noun name
    (`pairs.counted_countries`)."""
    if not is_person_noun(head):
        return []
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from", "in"} for g in c.children]
    return [e for g in of if g.dep_ == "pobj" for e in counted_countries(doc, g, lookup)]


def _add_signed_for(args: list[Argument], arg: Argument, lookup: EntityLookup) -> None:
    """ "Polish President Marek Nowak signed": the country a signatory's title names is a party."""
    ent = lookup.by_id.get(arg.entity or "")
    country = lookup.country_by_name.get(ent.affiliation or "") if ent is not None and ent.type == "person" else None
    if country is not None and not any(a.entity == country for a in args):
        _add_implied(args, "participant", country, arg, lookup)


def _field_organization(noun: Token, lookup: EntityLookup) -> str | None:
    """ "immigration officials", "the customs spokesman": the one organisation of the article whose name holds
    the field word (a common noun before the role noun: Immigration and Naturalization Service); for a general
    organisation noun ("an alliance official"), the organisation last named."""
    fields = {
        m.lower_
        for m in noun.children
        if m.dep_ == "compound" and m.pos_ == "NOUN" and (m.text.islower() or m.i == sent_of(m).start)
    }
    if not fields:
        return None
    found = {
        e.id
        for e in lookup.by_id.values()
        if e.type == "organization" and fields & {w.lower() for n in (e.name, *e.aliases) for w in n.split()}
    }
    if not found and len(fields) == 1 and actor_nouns().get(next(iter(fields))) == ("organization", frozenset()):
        # "an alliance official", "a company spokesman": a general kind of organisation, the one last named
        recent = lookup.recent_actors(noun.doc, noun.left_edge.i, "organization", sentences=5)
        return recent[0][0] if recent else None
    return found.pop() if len(found) == 1 else None


def _listed_people(noun: Token, first: Token, lookup: EntityLookup) -> list[Token]:
    """ "the three ministers, Ana Ruiz of Veloria, Ivo Pavlov of Ostria and Jan Berg": a plural role noun in
    apposition with a list of people stands for all of them: the apposed person's conjuncts, and a person the
    parser hung on the noun's "of" (the list's first item read as "ministers of Ana Ruiz")."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return []
    items = [c for c in noun.children if c.dep_ == "appos"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < first.i):
        items += [o for o in prep.children if o.dep_ == "pobj"]
    people = [t for item in items for t in (item, *item.conjuncts)]
    return [t for t in people if t.i != first.i and lookup.type_of(lookup.entity_at(t.i)) == "person"]


def _country_of_person(t: Token, person: Token, lookup: EntityLookup) -> bool:
    """ "Ana Ruiz of Veloria": a country in an "of"/"from" phrase of a named person is the one she acts for."""
    eid = lookup.entity_at(t.i)
    while t.head.i != t.i and lookup.entity_at(t.head.i) == eid:
        t = t.head  # "of the Czech Republic": the name's head word
    return (
        lookup.type_of(lookup.entity_at(person.i)) == "person"
        and lookup.is_country(eid)
        and t.dep_ == "pobj"
        and t.head.lower_ in {"of", "from"}
        and t.head.head.i == person.i
    )


def _add_affiliation(args: list[Argument], doc: Doc, arg: Argument, head: Token, lookup: EntityLookup) -> None:
    """The organisation a person is affiliated with ("Ministry spokesman Ivo Pavlov"): the article's entity of
    that name, else the words of the title prefix that name it."""
    org = lookup.affiliated_organization(arg.entity)
    if org is not None:
        if not any(a.entity == org for a in args):
            _add_implied(args, "participant", org, arg, lookup)
        return
    ent = lookup.by_id.get(arg.entity or "")
    if ent is None or ent.type != "person" or not ent.affiliation or ent.affiliation in lookup.country_by_name:
        return
    if gazetteer().places.get(ent.affiliation) is not None:
        return
    sent = sent_of(head)
    before = lookup.text[sent.start_char : arg.start]
    at = before.rfind(ent.affiliation)
    if at < 0 or len(before) - at > len(ent.affiliation) + 40:
        return
    start = sent.start_char + at
    if not any(a.start == start for a in args):
        end = start + len(ent.affiliation)
        args.append(Argument(role="participant", text=lookup.text[start:end], start=start, end=end, entity=None))


def _add_implied(args: list[Argument], role: str, entity_id: str, source: Argument, lookup: EntityLookup) -> None:
    """An argument for an entity that `source` implies, spanning the entity's mention nearest to it."""
    span = lookup.nearest_mention(entity_id, source.start) or (source.start, source.end)
    args.append(Argument(role=role, text=lookup.text[span[0] : span[1]], start=span[0], end=span[1], entity=entity_id))


def _document_recipients(doc: Doc, verb: Token, args: list[Argument], lookup: EntityLookup) -> None:
    """ "In a letter to the minister, X condemned ...", "said in a telegram to the President", "said in a statement
    released to the AP": whom the document the statement was made in was addressed or given to."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in DOCUMENT_PREPS):
        for document in (c for c in prep.children if c.dep_ == "pobj"):
            given = [g for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN" for g in c.children]
            for to in (c for c in [*document.children, *given] if c.dep_ == "prep" and c.lower_ == "to"):
                for g in (c for c in to.children if c.dep_ == "pobj"):
                    _add(args, doc, g, "recipient", lookup)


def _names_in_target_phrases(doc: Doc, head: Token, args: list[Argument], lookup: EntityLookup) -> None:
    """Every name inside an attack's target or place phrase takes part: "bombs exploded outside the Norwegian
    embassies in Halvik and Sarnovo" (Norway the target's owner, each city a place)."""
    for arg in [a for a in args if a.role in {"target", "place", "victim"}]:
        top = head_token(doc, arg)
        if top is None or top.i == head.i:
            continue
        for t in top.subtree:
            eid = lookup.entity_at(t.i)
            if eid is None or eid == arg.entity or any(a.entity == eid for a in args) or _in_clause(t, top):
                continue
            kind = lookup.type_of(eid)
            if kind == "place" and (arg.role == "place" or _under_place_preposition(t, top)):
                _add(args, doc, t, "place", lookup)
            elif kind in {"place", "organization", "group", "person"}:
                _add(args, doc, t, "target" if arg.role != "victim" else "victim", lookup)


def _owners_of_targets(args: list[Argument], lookup: EntityLookup) -> None:
    """ "the U.S. Embassy", "the Velorian Defence Ministry" attacked: the country the target belongs to is a
    target too, when the article names it."""
    for arg in [a for a in args if a.role in {"target", "place"}]:
        owner = lookup.owner_country(arg.entity)
        if owner is not None and not any(a.entity == owner for a in args):
            _add_implied(args, "target", owner, arg, lookup)


def implied_arguments(doc: Doc, ev: Event, lookup: EntityLookup) -> None:
    """What an event's mentions imply, once they are folded into it (each mention's arguments were found alone):
    the noun a participle trigger modifies ("the bombed embassy": what was bombed; left out of coreference, which
    takes a named target for a report of the article's attack, and "the bombed embassy" reports none), the
    countries that own the buildings an attack hit ("the U.S. embassies": the United States), where an embassy it
    hit stands (its city and country), the country of each place, and who brokered or hosted a deal or talks ("a
    Russian-brokered agreement")."""
    lex = lexicon()
    for mention in [ev.trigger, *ev.mentions]:
        head = char_span_root(doc, mention.start, mention.end)  # the extraction's token, found once per stretch
        frame = lex.frames.get(ev.type, {}).get("verb", {})
        if head is not None and head.dep_ in {"amod", "acl"} and head.tag_ == "VBN" and "nsubjpass" in frame:
            if head.head.i != head.i and lookup.entity_at(head.head.i):
                _add(ev.arguments, doc, head.head, frame["nsubjpass"], lookup)
        if head is not None and ev.type in HOSTED_TYPES:  # after folding, so that no mention seems another event
            nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else [c for c in head.children if c.dep_ in OBJECTS]
            for tok in (t for noun in nouns for t in _hyphened_hosts(noun, lex)):
                _add(ev.arguments, doc, tok, "participant", lookup)
    if ev.type == "attack":
        _owners_of_targets(ev.arguments, lookup)
        for arg in [a for a in ev.arguments if a.role == "target"]:
            host = lookup.embassy_host(arg.entity)
            if host is not None and not any(a.entity == host for a in ev.arguments):
                _add_implied(ev.arguments, "place", host, arg, lookup)
    _countries_of_places(ev.arguments, lookup)
    if ev.type == "statement":  # a speaker is not the one spoken to ("X and Y called on both sides": not X and Y)
        speakers = {a.entity for a in ev.arguments if a.role == "agent" and a.entity}
        ev.arguments[:] = [a for a in ev.arguments if not (a.entity in speakers and _addressed(doc, a))]


HOSTED_TYPES = frozenset({"meeting", "negotiation", "agreement", "call"})
OBJECTS = frozenset({"dobj", "nsubjpass"})


def _hyphened_hosts(noun: Token, lex: Lexicon) -> list[Token]:
    """ "a Russian-brokered agreement", "the Qatari-mediated talks": the name or demonym before the hyphen of a
    participle of hosting (`hosting_verbs`) on the noun hosts or brokers it, and takes part."""
    return [
        name
        for mod in noun.children
        if mod.dep_ == "amod" and mod.tag_ == "VBN" and mod.lemma_.lower() in lex.sense("hosting_verbs")
        for name in mod.children
        if name.dep_ in {"npadvmod", "compound", "nmod", "amod"} and name.i == mod.i - 2 and name.nbor().text == "-"
    ]


def _addressed(doc: Doc, arg: Argument) -> bool:
    """A recipient, or a medium that is no thing of the speaker's ("both sides", not "his speech")."""
    if arg.role == "recipient":
        return True
    head = head_token(doc, arg) if arg.role == "medium" else None
    return head is not None and not any(c.dep_ == "poss" for c in head.children)


def _under_place_preposition(t: Token, top: Token) -> bool:
    """ "the embassies in the Velorian capital": the name sits in a locative phrase inside `top`."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS:
            return True
        t = t.head
    return False


def _countries_of_places(args: list[Argument], lookup: EntityLookup) -> None:
    """A city where something happened lies in its country, when the article names that country:
    "the blast in Halvik" happened in Veloria too."""
    for arg in [a for a in args if a.role == "place"]:
        country = lookup.country_of(arg.entity)
        if country is not None and not any(a.entity == country for a in args):
            _add_implied(args, "place", country, arg, lookup)


def _named_place(t: Token, lookup: EntityLookup) -> Token:
    """A preposition's object as the place it names: itself, or the names before a place noun ("over the Belgorod
    and Kursk regions")."""
    if lookup.type_of(lookup.entity_at(t.i)) != "place" and t.lemma_.lower() in PLACE_NOUNS:
        for c in t.children:
            if c.dep_ in {"nmod", "compound"} and c.i < t.i and lookup.type_of(lookup.entity_at(c.i)) == "place":
                return c
    return t


def _nested_place(doc: Doc, head: Token, lookup: EntityLookup, args: list[Argument], over: bool = False) -> None:
    """A place deeper in the trigger's phrase: "detonated a bomb near a market in Kabul", "struck plants around
    Kharkiv", "a bomb hidden in a car in Paktia province killed" (a participle of the phrase describes where it was);
    "over" where the frame reads it as a place ("shot down drones over the Kursk region"; not "talks over Crimea")."""
    preps = {"in", "near", "at", "outside", "around"} | ({"over"} if over else set())
    phrase = list(head.subtree)
    inside: set[int] = set()
    for obj in phrase:
        t = _named_place(obj, lookup)
        if (
            obj.dep_ == "pobj"
            and obj.head.lower_ in preps
            and lookup.type_of(lookup.entity_at(t.i)) == "place"
            and obj.head.head.pos_ in {"NOUN", "VERB", "PROPN"}
        ):
            inside = inside or {x.i for x in phrase}
            if any(
                v.pos_ == "VERB" and v.i != head.i and not (v.dep_ == "acl" and v.tag_ == "VBN")
                for v in t.ancestors
                if v.i in inside
            ):
                continue  # inside another clause
            _add(args, doc, t, "place", lookup)
            return


def _noun_arguments(
    doc: Doc,
    trig: Trigger,
    head: Token,
    frame: dict[str, str],
    verb_frame: dict[str, str],
    lookup: EntityLookup,
    lex: Lexicon,
    args: list[Argument],
) -> None:
    toks = tokens(doc)
    trigger_tokens = set(range(trig.start, trig.end))
    for child in head.children:
        dep = child.dep_
        if child.i in trigger_tokens and child.i != head.i:
            continue
        if dep == "poss" and "poss" in frame:
            for eid in possessive_pair(doc, child, lookup):  # "their summit": the two just named
                if not any(a.entity == eid for a in args):
                    args.append(
                        Argument(
                            role=frame["poss"], text=child.text, start=child.idx, end=child.idx + len(child), entity=eid
                        )
                    )
            _add(args, doc, child, frame["poss"], lookup)
        elif dep in NOUN_MODIFIERS:
            for t in [child, *child.conjuncts]:
                eid = lookup.entity_at(t.i)
                if eid is None:
                    # "Zelensky-Trump call": names joined by a dash hang off each other
                    continue
                if lookup.type_of(eid) in INSTRUMENT_TYPES:
                    if trig.type in {"attack", "death", "injury"}:
                        _add(args, doc, t, "instrument", lookup)
                elif trig.type in CITY_NAMES_WHERE and lookup.type_of(eid) == "place" and not lookup.is_country(eid):
                    _add(args, doc, t, "place", lookup)  # "the Sarnovo strike", "the Vienna meeting": where, not who
                elif "modifier" in frame:
                    _add(args, doc, t, frame["modifier"], lookup)
            for g in child.children:  # "Russian drone attack": the drone's modifier is the attacker
                gid = lookup.entity_at(g.i)
                if (
                    g.dep_ in {"amod", "compound", "nmod"}
                    and gid
                    and "modifier" in frame
                    and lookup.type_of(gid) in {"place", "organization", "group"}
                ):
                    if trig.type in CITY_NAMES_WHERE and lookup.type_of(gid) == "place" and not lookup.is_country(gid):
                        _add(args, doc, g, "place", lookup)  # "the Sarnovo drone attack": where, not who
                    else:
                        _add(args, doc, g, frame["modifier"], lookup)
            for g in child.subtree:
                if (
                    g.i != child.i
                    and g.dep_ in NOUN_MODIFIERS | {"punct"}
                    and lookup.entity_at(g.i)
                    and lookup.type_of(lookup.entity_at(g.i)) == "person"
                    and "modifier" in frame
                ):
                    _add(args, doc, g, frame["modifier"], lookup)
        elif dep == "prep" and child.lower_ in frame:
            for g in child.children:
                if g.dep_ == "pobj":
                    if child.lower_ == "between":
                        _add_between(doc, g, frame, lookup, args)
                    elif "between" in frame and lookup.type_of(lookup.entity_at(g.i)) == "place":
                        for pp in g.children:  # "talks in Doha between A and B": the parser hangs the pair on
                            if pp.dep_ == "prep" and pp.lower_ == "between":  # the city, which has no "between"
                                for pair in (c for c in pp.children if c.dep_ == "pobj"):
                                    _add_between(doc, pair, frame, lookup, args)
                    if not _not_a_weapon(child, g, frame, lookup):
                        _add(args, doc, g, _prep_role(frame, child, g, lookup), lookup)
                    elif child.lower_ == "with" and _two_sided(head, trig, lex):
                        # "killed in a clash with Chinese troops": the other side fought, a party of the attack
                        _add(
                            args, doc, g, "agent" if not any(a.role == "agent" for a in args) else "participant", lookup
                        )
    # names joined by dashes right before the noun: "the Zelensky-Trump call", "Trump–Putin Talks"
    if trig.type in {"call", "meeting", "negotiation", "agreement"} and "modifier" in frame:
        i = trig.start - 1
        while i >= 0 and (toks[i].text in {"-", "–", "—"} or lookup.type_of(lookup.entity_at(i)) == "person"):
            if lookup.entity_at(i):
                _add(args, doc, toks[i], frame["modifier"], lookup)
            i -= 1
    # the light verb's subject: "Russia launched an attack", "Zelensky speaks ... during a press conference"
    gov = head.head
    if head.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    light = head.dep_ in {"dobj", "attr"} and gov.lemma_.lower() in lex.sense("light_verbs")
    setting = head.dep_ == "pobj" and trig.type in SPEAKER_BY_SETTING and not names_the_topic(head, lex)
    if setting and gov.pos_ == "NOUN" and gov.dep_ == "dobj":
        gov = gov.head  # "conceded defeat in a speech": the speech is where she conceded, not part of the defeat
    if gov is not head and gov.pos_ in {"VERB", "AUX"} and (light or setting) and not _stayed_out(gov, lex):
        role = verb_frame.get("nsubj") or ("agent" if "poss" in frame and frame["poss"] == "agent" else None)
        # "held talks with X": the holder takes part too; "Russia's attack launched ...": one agent is enough
        if role and (role == "participant" or not any(a.role == role for a in args)):
            for s in _subject_of(gov):
                _add_subject(args, doc, s, role, lookup)
            for s in inviter_of_the_infinitive(gov, light=True) if role == "participant" else ():
                _add_subject(args, doc, s, role, lookup)
        if setting and (trig.type == "call" or within_a_meeting(head, trig.type)):
            # "told Ana in a call", "warned Ana during talks": the one told was in it too
            # "discussed the crisis with Ana in a call": the verb's partner too
            for obj in [*(c for c in gov.children if c.dep_ in {"dobj", "dative"}), *with_of_the_setting_verb(gov)]:
                for o in (obj, *(a for a in obj.children if a.dep_ == "appos")):
                    if lookup.entity_at(o.i) is not None and (
                        trig.type == "call" or lookup.type_of(lookup.entity_at(o.i)) in {"person", "place"}
                    ):
                        _add(args, doc, o, "participant", lookup)
    scheduled = head.dep_ == "nsubjpass" and gov.lemma_.lower() in SCHEDULE_VERBS  # "talks are set for May in Oslo"
    if gov is not head and (
        gov.lemma_.lower() in lex.sense("light_verbs") and head.dep_ in {"dobj", "nsubjpass"} or scheduled
    ):
        _light_verb_phrases(doc, head, gov, frame, lookup, args)
    _topic_is_not_the_speaker(doc, head, trig, args)


def _stayed_out(verb: Token, lex: Lexicon) -> bool:
    """ "Moon did not join the talks", "Iran never attended the summit": the event went ahead, and the negated
    subject of a verb of taking part is no participant of it."""
    return verb.lemma_.lower() in lex.sense("participation_verbs") and any(
        c.dep_ == "neg" or c.lower_ == "never" for c in verb.children
    )


def _partners_of_the_infinitive(doc: Doc, verb: Token, lookup: EntityLookup, args: list[Argument]) -> None:
    """ "agreed to establish full diplomatic relations with Israel", "agreed to resume talks with India": the
    partner named in the infinitive complement (on it or on its object) is a party to the verb's event too."""
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)):
        for holder in [comp, *(o for o in comp.children if o.dep_ == "dobj")]:
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
                for g in (g for g in prep.children if g.dep_ == "pobj"):
                    eid = lookup.entity_at(g.i)
                    if lookup.type_of(eid) in {"person", "organization", "group"} or lookup.is_country(eid):
                        _add(args, doc, g, "participant", lookup)


def _second_object_after_apposition(obj: Token, lookup: EntityLookup) -> list[Token]:
    """ "told Yang Jiechi, the party's top diplomat, and Foreign Minister Wang Yi": a named person after the comma
    and "and" that close an object's apposition is a second object, wherever the parser hung it (a conjunct of the
    verb, an adverbial noun). The person's last word, past any title before the name."""
    appositions = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i]
    if lookup.type_of(lookup.entity_at(obj.i)) != "person" or not appositions:
        return []
    doc = obj.doc
    k = max(a.right_edge.i for a in appositions) + 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "and":
        return []
    k += 2
    while k < len(doc) and lookup.entity_at(k) is None and doc[k].is_title and doc[k].pos_ in {"PROPN", "NOUN"}:
        k += 1  # "Foreign Minister", "Governor"
    eid = lookup.entity_at(k) if k < len(doc) else None
    if lookup.type_of(eid) != "person" or eid == lookup.entity_at(obj.i):
        return []
    while k + 1 < len(doc) and lookup.entity_at(k + 1) == eid:
        k += 1
    return [doc[k]]


AIMING_PREPS = {"toward", "towards", "at", "against"}


def _aimed_at(doc: Doc, obj: Token, frame: dict[str, str], lookup: EntityLookup, args: list[Argument]) -> None:
    """ "launched 100 drones toward Israel", "fired shells at the town": where the parser hangs the direction on what
    was fired (a weapon), its object is what the verb's frame gives that preposition (the target)."""
    if lookup.type_of(lookup.entity_at(obj.i)) not in INSTRUMENT_TYPES:
        return
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in AIMING_PREPS and c.lower_ in frame):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            _add(args, doc, g, _prep_role(frame, prep, g, lookup), lookup)


def _two_sided(head: Token, trig: Trigger, lex: Lexicon) -> bool:
    """ "a clash", "a skirmish", "a gunfight": fighting with two sides, whose "with" names the other side."""
    words = lex.sense("two_sided_fighting_nouns")
    return trig.type == "attack" and (
        head.lemma_.lower() in words or head.doc[trig.start : trig.end].text.lower() in words  # "gun battle"
    )


def _add_between(doc: Doc, pair: Token, frame: dict[str, str], lookup: EntityLookup, args: list[Argument]) -> None:
    """ "talks between Iran and Oman": every actor named in the "between" phrase takes part."""
    for t in pair.subtree:
        eid = lookup.entity_at(t.i)
        if eid and lookup.type_of(eid) in {"person", "organization", "place", "group"}:
            _add(args, doc, t, frame["between"], lookup)


def _light_verb_phrases(
    doc: Doc, noun: Token, verb: Token, frame: dict[str, str], lookup: EntityLookup, args: list[Argument]
) -> None:
    """ "sent letters to the minister", "telegrams were sent by the government to the presidents": the light verb's
    "to" phrase is the noun's ("to" in its frame), and a passive light verb's "by" phrase its agent."""
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to" and "to" in frame:
            for g in (c for c in child.children if c.dep_ == "pobj"):
                _add(args, doc, g, frame["to"], lookup)
        elif child.dep_ == "prep" and child.i > noun.i and frame.get(child.lower_) in LIGHT_VERB_ROLES:
            # "carried out an air strike on a village": the parser hangs the noun's phrase on the light verb
            for g in (c for c in child.children if c.dep_ == "pobj"):
                if not any(a.role == frame[child.lower_] for a in args):
                    _add(args, doc, g, _prep_role(frame, child, g, lookup), lookup)
        elif child.dep_ == "agent" and noun.dep_ == "nsubjpass" and "by" in frame:
            for g in (c for c in child.children if c.dep_ == "pobj"):
                _add(args, doc, g, frame["by"], lookup)


def _topic_is_not_the_speaker(doc: Doc, head: Token, trig: Trigger, args: list[Argument]) -> None:
    """ "The Maria Lopez announcement by the commission": with a speaker named by "by" or a possessor, a person
    modifying the statement noun is what it is about, not who made it."""
    if trig.type != "statement":
        return
    speakers = {g.i for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children}
    speakers |= {c.i for c in head.children if c.dep_ == "poss"}
    modifiers = {c.i for c in head.children if c.dep_ in NOUN_MODIFIERS}
    agents = [(a, head_token(doc, a)) for a in args if a.role == "agent"]
    if not any(t is not None and t.i in speakers for _, t in agents):
        return
    drop = [a for a, t in agents if t is not None and t.i in modifiers]
    args[:] = [a for a in args if not any(a is d for d in drop)]


def _resultative_arguments(
    doc: Doc, word: Token, frame: dict[str, str], lookup: EntityLookup, args: list[Argument]
) -> None:
    """ "shot dead two robbers", "was beaten to death by a mob": a result word's victim and agent are those of the
    verb it completes (`resultatives`), when the word's own phrase gave none."""
    verb = completed_verb(word)
    if verb is None or args:
        return
    victim, agent = frame.get("dobj"), frame.get("nsubj")
    for patient in patients(verb, word):
        for t in with_appositions(patient, lambda t: lookup.type_of(lookup.entity_at(t.i)) == "person"):
            _add(args, doc, t, victim, lookup)
    for doer in agents(verb) if agent else []:
        _add_subject(args, doc, doer, agent, lookup)

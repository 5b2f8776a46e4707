"""The base of argument finding: a token's phrase as an argument (`_add`, `_add_subject`), who is an actor, the
subject of a verb (`_subject_of`, with the conjoined speaker of a second speech verb), the role a preposition gives,
and the places and instruments that are no actors. `kg.extract.events.arguments` reads whole frames with these;
the event kinds' own modules (`framing`, `business`, `civic`, `talks`, `targets`) use them directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import actor_nouns, speech_verbs
from kg.extract.bodies import armed_group_members
from kg.extract.events.appositions import named_actor_of
from kg.extract.events.attribution import (
    coordinated_modifiers,
    lost_conjuncts,
    predicate_read_as_modifier,
    reporters_conjunct,
    subjects_of_its_own,
)
from kg.extract.events.lexicon import Lexicon, lexicon
from kg.extract.events.lookup import ACTOR_ROLES, EntityLookup
from kg.extract.events.pairs import add_group, add_pair, both_alone
from kg.extract.events.voices import voice_nouns, voiced_owner
from kg.extract.gazetteer import gazetteer
from kg.facts import Argument
from kg.nlp import char_span_root, sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

INSTRUMENT_TYPES = {"weapon", "other"}  # entity types that fill an instrument role, never an actor's
NOUN_MODIFIERS = {"compound", "amod", "nmod"}
# "In a statement, X said", "X spoke during a press conference": the governing verb's subject is the actor
SPEAKER_BY_SETTING = {"statement", "press_conference", "meeting", "call", "negotiation", "visit"}
# "a spokeswoman for the Agency", "officials of the Ministry", "Anna Berg of the Foundation", "an official in Halvik"
AFFILIATION_PREPS = {"of", "for", "from", "at", "with", "in"}
DOCUMENT_PREPS = {"in", "through", "via", "with"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "on"}
# a city before the noun says where ("the Geneva talks", "the Oslo accord"); a country may say who ("the Iran talks")
CITY_NAMES_WHERE = {"attack", "meeting", "negotiation", "agreement", "visit", "protest"}
LIGHT_VERB_ROLES = {"target", "place", "named_place"}  # a light verb's phrases that are its noun's: what was hit, where
PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "port",
    "region",
    "province",
    "district",
    "capital",
    "suburb",
    "area",
    "state",
    "country",
    "island",
    "enclave",
    "county",
    "municipality",
}


def _phrase(doc: Doc, tok: Token, lookup: EntityLookup) -> tuple[str | None, int, int]:
    """Entity and char span of the phrase headed by `tok`."""
    toks = tokens(doc)
    eid = lookup.entity_at(tok.i)
    if eid is not None:
        start = end = tok.i
        while start - 1 >= 0 and lookup.entity_at(start - 1) == eid:
            start -= 1
        while end + 1 < len(doc) and lookup.entity_at(end + 1) == eid:
            end += 1
        while end > start and toks[end].is_space:
            end -= 1
        return eid, toks[start].idx, toks[end].idx + len(toks[end])
    # "the eastern Velorian city of Sarnovo": the name after "of" is the place, not the demonym before it
    if tok.lemma_.lower() in PLACE_NOUNS:
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                named = [g for g in p.children if g.dep_ == "pobj" and lookup.type_of(lookup.entity_at(g.i)) == "place"]
                if named:
                    eid, _, end = _phrase(doc, named[0], lookup)
                    left = tok.left_edge
                    while left.i < tok.i and (left.dep_ in {"det", "punct", "predet"} or left.is_space):
                        left = left.nbor()
                    return eid, left.idx, end
    # a modifier names the entity: "Ukrainian cities" -> Ukraine; but "the family's lawyer" is not the family, nor
    # "Ana Ruiz's office" Ana Ruiz (the office speaks for her: `voices` adds her beside it)
    found = None
    person_noun = is_person_noun(tok) or tok.lemma_.lower() in voice_nouns()
    for child in tok.children:
        if child.dep_ in NOUN_MODIFIERS | {"poss"} and child.i < tok.i and lookup.entity_at(child.i):
            if person_noun and lookup.type_of(lookup.entity_at(child.i)) == "person":
                continue
            if _nationality_of_non_state_group(tok, child, lookup):
                continue
            found = lookup.entity_at(child.i)
    left = tok.left_edge
    while left.i < tok.i and (left.dep_ in {"det", "punct", "predet"} or left.is_space):
        left = left.nbor()
    return found, left.idx, tok.idx + len(tok)


def _nationality_of_non_state_group(noun: Token, modifier: Token, lookup: EntityLookup) -> bool:
    """ "Syrian rebels", "Somali militants", "Iranian protesters": a demonym on members of a group that is no state's
    (armed group members, `non_state_group_nouns`) says where they come from, not that the country acts; a name
    before them ("M23 rebels", "Hamas militants") is the group and stays."""
    members = armed_group_members() | lexicon().sense("non_state_group_nouns")
    if noun.lower_ not in members and noun.lemma_.lower() + "s" not in members:
        return False
    demonym = modifier.dep_ == "amod" or modifier.ent_type_ == "NORP" or modifier.pos_ == "ADJ"
    return demonym and lookup.is_country(lookup.entity_at(modifier.i))


def _is_actor(tok: Token, lookup: EntityLookup) -> bool:
    """A person, an organisation or a group, named or described ("the commission", "officials")."""
    if lookup.type_of(lookup.entity_at(tok.i)) in {"person", "organization", "group"}:
        return True
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s"):
        lemma = lemma[:-1]  # "Rebels" opening a sentence is tagged a proper noun, its lemma unreduced
    people = lexicon().sense("people_nouns") | lexicon().sense("attackers")
    return tok.pos_ in {"NOUN", "PROPN"} and (
        actor_nouns().get(lemma, ("",))[0] in {"person", "relative", "organization"} or lemma in people
    )


def _relative_actor(tok: Token, lookup: EntityLookup) -> bool:
    """What a relative pronoun can stand for as an actor: an actor, or a country ("defying Veloria, which said")."""
    return _is_actor(tok, lookup) or lookup.is_country(lookup.entity_at(tok.i))


def _issuer(document: Token, lookup: EntityLookup) -> Token | None:
    """ "an International Criminal Court warrant", "the court's order", "a report issued by the commission": the
    named actor a document noun (no entity of its own) comes from, who says what the document says."""
    if lookup.entity_at(document.i) is not None or document.lemma_.lower() not in lexicon().sense("issued_documents"):
        return None
    names = [c for c in document.children if c.dep_ in {"compound", "poss", "nmod"} and c.i < document.i]
    names += [
        g
        for acl in document.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for agent in acl.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
    ]
    return next((n for n in names if _relative_actor(n, lookup)), None)


def is_person_noun(tok: Token) -> bool:
    """A common noun that describes a person by role or kin ("the lawyer", "a spokeswoman", "officials", "the
    boy's father")."""
    return tok.pos_ in {"NOUN", "PROPN"} and actor_nouns().get(tok.lemma_.lower(), ("",))[0] in {"person", "relative"}


def _not_a_weapon(prep: Token, obj: Token, frame: dict[str, str], lookup: EntityLookup) -> bool:
    """'with' names an instrument only with a weapon noun ("shelled with artillery"); "discussed the attack
    with the EU envoy" gives a companion, not an instrument."""
    if prep.lower_ != "with" or frame.get("with") != "instrument":
        return False
    return not any(lookup.type_of(lookup.entity_at(t.i)) in INSTRUMENT_TYPES for t in [obj, *obj.conjuncts])


def _prep_role(frame: dict[str, str], prep: Token, obj: Token, lookup: EntityLookup) -> str:
    """The role the frame gives a prepositional object; a place phrase naming an organisation's building fills the
    frame's `organization_at_place` role ("bombings at the U.S. embassies": what was hit, not a place); a
    `named_place` preposition ("over") gives a place only where its phrase names one, else no role ("")."""
    role = frame[prep.lower_]
    if role == "named_place":  # "shot down over the Black Sea", not "attacked him over his remarks"
        named = any(lookup.type_of(lookup.entity_at(t.i)) == "place" for t in obj.subtree)
        return "place" if named else ""
    if role == "place" and "person_at_place" in frame:
        people = [_name_after_title(t, lookup) or t for t in [obj, *obj.conjuncts]]
        if any(lookup.type_of(lookup.entity_at(t.i)) == "person" for t in people):
            return frame["person_at_place"]  # "detonated near President X": a person is no place, but the one aimed at
    if role == "place" and "organization_at_place" in frame:
        if any(lookup.type_of(lookup.entity_at(t.i)) == "organization" for t in [obj, *obj.conjuncts]):
            return frame["organization_at_place"]
    return role


def _name_after_title(tok: Token, lookup: EntityLookup) -> Token | None:
    """The last word of the person named right after `tok`, a capitalised title of no entity that the parser made
    the argument in the name's place ("met President To Lam": "President" the object, "To Lam" hung off it)."""
    if lookup.entity_at(tok.i) is not None or not tok.text[:1].isupper() or tok.lower_ not in gazetteer().titles:
        return None
    k = tok.i + 1
    person = lookup.entity_at(k) if k < len(tok.doc) else None
    if lookup.type_of(person) != "person":
        return None
    while k + 1 < len(tok.doc) and lookup.entity_at(k + 1) == person:
        k += 1
    return tok.doc[k]  # the name's last word: its first may be tagged a preposition


def _add(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> None:
    if not role:
        return  # a preposition whose role depends on its object gave none (`_prep_role`)
    for t in [tok, *tok.conjuncts, *_listed_as_apposition(tok, lookup)]:
        t = _name_after_title(t, lookup) or t  # "talks with President To Lam", "To" read as a preposition
        if t.tag_ in {"WDT", "WP"} and t.head.dep_ == "relcl" and _relative_actor(t.head.head, lookup):
            rel = t
            t = t.head.head  # "the commission, which announced ...": the actor the relative clause is about
            first = t.head if t.dep_ == "conj" else t
            group = [first, *first.conjuncts]  # "X and two groups, who argued": all of them; "X and Y, who went
            named = {lookup.entity_at(w.i) for w in rel.head.subtree} - {None}  # with X": not the group
            if doc[rel.i - 1].text == "," and all(c.i < rel.i and lookup.entity_at(c.i) not in named for c in group):
                for other in (o for o in group if o.i != t.i):
                    _add(args, doc, other, role, lookup)
        if t.tag_ in {"WDT", "WP"} and t.head.dep_ == "relcl" and role in ACTOR_ROLES:
            t = _issuer(t.head.head, lookup) or t  # "an ICC warrant that accuses him": the court accuses
        t = _whose_voice(t, lookup) or t if role in ACTOR_ROLES else t  # "the ministry, whose spokesman said"
        if role in ACTOR_ROLES and lookup.type_of(lookup.entity_at(t.i)) != "person":
            t = _apposed_person(t, lookup) or t  # "One of them, Ana Ruiz, said", "the ministry's spokesman, Ivo Pavlov"
            t = named_actor_of(t, lookup) or t  # "Its largest shareholder, the fund X, said", "figures compiled by X"
        if both_alone(args, doc, t, role, lookup):
            continue  # "A and B met, and both said"
        t = _self_named(t, lookup) or t if role in ACTOR_ROLES else t  # "soldiers, who call themselves X,"
        included = _named_inclusions(t, lookup) if role in ACTOR_ROLES else []
        if included:  # "Leaders including Ana Ruiz condemned the attack": the one the text names
            for named in included:
                _add(args, doc, named, role, lookup)
            continue
        if t.pos_ in {"DET", "PUNCT", "CCONJ", "SCONJ", "ADP"} or (
            t.pos_ in {"PRON", "ADJ"} and lookup.entity_at(t.i) is None
        ):
            continue
        if (
            t.ent_type_ in {"DATE", "TIME"}
            and lookup.entity_at(t.i) is None
            or role == "agent"
            and t.ent_type_ in {"CARDINAL", "QUANTITY"}
        ):
            continue  # "shelled the city on Thursday", "30 injured": a date or a count is no actor
        if (
            t.is_upper
            and len(t) > 1
            and t.i == sent_of(t).start
            and (role in ACTOR_ROLES or role == "victim")
            and (
                lookup.entity_at(t.i) is None
                or any(c.text in {"-", "–", "—"} for c in t.children)
                or _dateline_comma(t)
            )
        ):
            continue  # a dateline ("HALVIK, Veloria - ..."), not the subject
        for mod in coordinated_modifiers(t, lookup) if role in ACTOR_ROLES else ():
            _add(args, doc, mod, role, lookup)  # "U.S. and Afghan officials said": both countries
        if add_pair(args, doc, t, role, lookup) or add_group(args, doc, t, role, lookup):
            continue
        eid, start, end = _phrase(doc, t, lookup)
        if role == "target" and t.dep_ == "dobj" and lookup.type_of(eid) in INSTRUMENT_TYPES and not _downed(t):
            role = "instrument"  # "fired Patriot missiles at the drones": what was fired is no target
        elif role == "agent" and lookup.type_of(eid) in INSTRUMENT_TYPES:
            # "Kastrenian missiles struck": the weapon is the instrument, the country that fired it the agent
            role = "instrument"
            for m in t.children:
                if (
                    m.dep_ in NOUN_MODIFIERS | {"poss"}
                    and m.i < t.i
                    and lookup.type_of(lookup.entity_at(m.i)) in {"place", "organization", "group"}
                ):
                    _add(args, doc, m, "agent", lookup)
        if role == "place" and lookup.type_of(eid) != "place" and t.ent_type_ not in {"GPE", "LOC", "FAC"}:
            continue
        if role == "medium":
            role = _medium_role(t, eid, lookup)
            if role is None:
                continue
        if role == "target" and eid in lookup.capitals and _spoken_of(t):
            eid = _capital_country(eid, lookup)  # "accused Belgrade of", "warned Moscow": the country
        eid = lookup.actor_for(eid, role)
        if any(a.start == start and a.end == end or eid and a.entity == eid and a.role == role for a in args):
            continue  # "Uhuru, or Freedom, said": one speaker named twice
        args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=eid))
        owner = voiced_owner(t, lookup) if role in ACTOR_ROLES else None
        if owner is not None:  # "his spokesman said": he speaks through the spokesman
            _add(args, doc, owner, role, lookup)
            body = lookup.affiliated_organization(lookup.entity_at(owner.i))  # "U.N. chief X ..., his spokesman said"
            if body is not None and not any(a.entity == body and a.role == role for a in args):
                args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=body))
        for other in lookup.also_named(eid, start, end) if role in {"target", "victim"} else ():
            if not any(a.entity == other and a.role == role for a in args):  # "the U.S. embassies in A and B"
                args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=other))


def _spoken_of(tok: Token) -> bool:
    """The object of a speech verb ("accused Kabul of sheltering", "warned Moscow", "urged Washington to"): a
    capital a speaker accuses or addresses stands for its government, so its country, not a city struck."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in speech_verbs()


def _capital_country(eid: str, lookup: EntityLookup) -> str:
    """The country actor of the capital the gazetteer knows by that name, when the article names the country (the
    capital of the gazetteer, not the country the article's place linking gave a city of that name)."""
    place = gazetteer().places.get(lookup.by_id[eid].name)
    return lookup.country_actor.get(place.iso2, eid) if place is not None and place.iso2 else eid


SELF_NAMING_VERBS = {"call", "name", "style"}
REFLEXIVES = {"themselves", "itself", "himself", "herself"}


def _whose_voice(tok: Token, lookup: EntityLookup) -> Token | None:
    """ "the ministry, whose spokesman said", "Halvik Bank, whose chairman denied": a person noun owned by "whose"
    is the subject of a relative clause about an actor, who speaks or acts through that person."""
    if lookup.entity_at(tok.i) is not None or tok.head.dep_ != "relcl" or not is_person_noun(tok):
        return None
    if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in tok.children):
        return None
    antecedent = tok.head.head
    return antecedent if _relative_actor(antecedent, lookup) else None


def _self_named(tok: Token, lookup: EntityLookup) -> Token | None:
    """ "The soldiers, who call themselves the National Front, said", "a group calling itself X": the name the
    described actors give themselves (its head word), in place of the description."""
    if lookup.entity_at(tok.i) is not None or tok.pos_ != "NOUN":
        return None
    for verb in (c for c in tok.children if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in SELF_NAMING_VERBS):
        if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children):
            continue
        for name in (c for c in verb.children if c.dep_ in {"oprd", "dobj", "xcomp"} and c.lower_ not in REFLEXIVES):
            if lookup.entity_at(name.i) is not None:
                return name
    return None


def _listed_as_apposition(tok: Token, lookup: EntityLookup) -> list[Token]:
    """ "Ana Ruiz, Ivo Marek and Pavel Dron were arrested" parsed with "Marek" apposed to "Ruiz" and "Dron" its
    conjunct: a list of names, not a second name for the first (a name of another entity, a person's or an
    organisation's: the tagger reads some people's names as organisations)."""
    eid = lookup.entity_at(tok.i)
    if eid is None:
        return []
    found = []
    for app in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts):
        other = lookup.entity_at(app.i)
        if other is not None and other != eid and lookup.type_of(other) in {"person", "organization"}:
            found += [app, *app.conjuncts]
    return found


def _named_inclusions(tok: Token, lookup: EntityLookup) -> list[Token]:
    """ "Leaders including Ana Ruiz", "several countries, including Veloria and Kastrenia": the actors a plural
    description of no one named gives by "including" (the description itself names no one the text can hold)."""
    if tok.tag_ != "NNS" or lookup.entity_at(tok.i) is not None:
        return []
    found = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "including"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found += [w for w in [obj, *obj.conjuncts] if lookup.entity_at(w.i) is not None]
    return found


def _dateline_comma(t: Token) -> bool:
    """ "HALVIK, Veloria - ...", "KAVALA (AP) - ...": a capitalised word, a comma or parenthesis, and the dateline's
    dash or agency soon after; not "NATO, which leads the force, said" or "NATO, the alliance, said", whose comma
    opens a relative clause or an apposition."""
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].text in {",", "("} and any(
        x.text in {"-", "–", "—", "("} and doc[x.i - 1].whitespace_ for x in doc[t.i + 2 : t.i + 7]
    )  # a dash with a space before it: not the hyphen of "a 4,500-strong force"


def _add_subject(args: list[Argument], doc: Doc, subject: Token, role: str, lookup: EntityLookup) -> None:
    """A subject, and the first name of its coordination where the parser lost it ("Armenia and Azerbaijan signed"
    at a line's start; `attribution.lost_conjuncts`): that name alone, not the title words it was parsed with."""
    _add(args, doc, subject, role, lookup)
    for lost in lost_conjuncts(subject, lookup):
        eid, start, end = _phrase(doc, lost, lookup)
        eid = lookup.actor_for(eid, role)
        if eid is not None and not any(a.entity == eid and a.role == role for a in args):
            args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=eid))


_FINITE_PAST_PRESENT = frozenset({"VBD", "VBZ", "VBP"})
_COORDINATING = frozenset({",", ";", "and", "or", "but", "nor"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _subject_of(verb: Token) -> list[Token]:
    """The verb's subject, inherited along xcomp/conj/advcl chains ("agreed to work", "and agreed")."""
    seen = 0
    if (doer := _compound_verbs_doer(verb)) is not None:
        return [doer]
    while verb is not None and seen < 4:
        subj = subjects_of_its_own(verb, _SUBJECTS)
        if subj:
            return subj
        if predicate_read_as_modifier(verb):
            return [verb.head]
        inherits = verb.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp", "acomp"} and verb.head is not verb
        if _lost_its_subject(verb):
            break
        if (controller := object_controller(verb)) is not None:
            return [controller]  # "urged Ana to hold talks": Ana holds them, not the one who urged
        if inherits or _comma_conjunct(verb):
            # "praised the staff before meeting the families": the participle's subject is its clause's;
            # "is due to go there to meet Y", "was ready to talk": the predicative adjective's, the copula's
            verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
            seen += 1
        else:
            break
    return []


def _lost_its_subject(verb: Token) -> bool:
    """ "were the first since a shooting in March killed two": a finite clause the parser hung on the main verb as a
    time clause or as a conjunct with no coordinator (no "and", "or", "but" or comma between them) has a subject of
    its own the parser took for a preposition's object; the main clause's subject is not it."""
    if verb.tag_ not in _FINITE_PAST_PRESENT or verb.head.i >= verb.i:
        return False
    if verb.dep_ == "advcl":
        return True
    if verb.dep_ != "conj":
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    return not any(t.dep_ == "cc" or t.lower_ in _COORDINATING for t in between)


def _compound_verbs_doer(verb: Token) -> Token | None:
    """ "Polish president pledges air defence help", "Kyiv and Moscow trade blame": a headline's verb the parser hung
    as a compound of its object noun; its subject is the noun phrase right before it on the same noun (the first of
    a coordination), not the object."""
    if verb.dep_ != "compound" or verb.i == 0 or verb.head.i <= verb.i or verb.pos_ not in {"VERB", "NOUN"}:
        return None
    doer = verb.nbor(-1)
    while doer.dep_ == "conj" and doer.head.i < doer.i:
        doer = doer.head
    if doer.head.i != verb.head.i or doer.dep_ not in {"compound", "nmod", "amod"}:
        return None
    if doer.pos_ not in {"NOUN", "PROPN"}:
        return None
    return doer


def _comma_conjunct(verb: Token) -> bool:
    """ "Ostria expels diplomats, warns of retaliation", "X wins majority, vows to ...": a headline's second finite
    predicate after a comma, which the parser hangs on the first as `dep` or `parataxis`, shares its subject."""
    head = verb.head
    if verb.dep_ not in {"dep", "parataxis"} or verb.tag_ not in {"VBZ", "VBD", "VBP"}:
        return False
    if head.i >= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(t.text == "," for t in verb.doc[head.i + 1 : verb.i])


NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})


def _them_of_the_conjunct(verb: Token, obj: Token) -> Token:
    """ "spoke with Ana and Ben ... and urged them to settle", "met Ana and Ben and asked them to": "them" are the
    last two or more people, places or bodies named together before it in the sentence (the first of them; the
    coordination comes with it), not the subject of the verb that asks."""
    if obj.lower_ != "them":
        return obj
    own = {t.i for s in verb.children if s.dep_ in _SUBJECTS for t in s.subtree}
    groups = [
        t
        for t in obj.doc[obj.sent.start : obj.i]
        if t.pos_ == "PROPN" and t.i not in own and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.children)
    ]
    return groups[-1] if groups else obj


def object_controller(verb: Token) -> Token | None:
    """ "invited Kim to visit Moscow", "urged Iran to return to the talks": the object of a verb of object control
    (`object_control_verbs`) does what its infinitive complement says, not that verb's subject ("defeated Ana to
    win the seat": the subject wins). For the infinitive's own event only: a noun the infinitive governs may be
    the occasion of the verb above ("invited the countries to join at the Madrid summit": the inviter's summit)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    lemma = head.lemma_.lower()
    if lemma in lexicon().sense("object_control_verbs"):
        objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in NOMINALS]
        return _them_of_the_conjunct(head, objects[0]) if objects else None
    # "called on both sides to return to the talks", "appealed to the rebels to lay down their arms": the object
    # of the preposition does it (`prepositional_control_verbs`)
    preps = lexicon().sense("prepositional_control_verbs")
    objects = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.i < verb.i and f"{lemma} {p.lower_}" in preps
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ in NOMINALS
    ]
    return objects[0] if objects else None


def conjoined_speaker(verb: Token, lex: Lexicon) -> list[Token]:
    """ "X reiterated that R will not abandon ... but stated that ...": conjoined speech verbs share the
    subject of the first conjunct, even when the parser hangs the second on the reported clause."""
    reporter = reporters_conjunct(verb, lex)
    return _subject_of(reporter) if reporter is not None else []


def _downed(obj: Token) -> bool:
    """ "shot down a military helicopter", "downed two drones", "intercepted the missiles": an aircraft brought down
    is what the attack hit, not what it was made with."""
    verb = obj.head
    if obj.lemma_.lower() not in lexicon().sense("aircraft"):
        return False
    return verb.lemma_.lower() in {"down", "intercept"} or any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    )


def head_token(doc: Doc, arg: Argument) -> Token | None:
    return char_span_root(doc, arg.start, arg.end)


def _apposed_person(tok: Token, lookup: EntityLookup) -> Token | None:
    """ "the family's lawyer, Anna Berg, said": the person a role noun stands in apposition with."""
    for c in tok.children:
        if c.dep_ == "appos" and lookup.type_of(lookup.entity_at(c.i)) == "person":
            return c
    if tok.dep_ == "appos" and lookup.type_of(lookup.entity_at(tok.head.i)) == "person":
        return tok.head
    return None


def _medium_role(t: Token, eid: str | None, lookup: EntityLookup) -> str | None:
    """The role of a phrase a speech verb's frame calls its medium: a place after "in" is where it was said ("told
    reporters in Brussels"), a country or a person after "on" whom it was said to ("called on Kenya to ..."); a
    phrase that names nothing and is no medium word is no argument (None)."""
    from kg.extract.events.communication import is_medium

    prep = t.head.lower_
    if lookup.type_of(eid) == "place" and (prep == "in" or prep == "on" and lookup.is_country(eid)):
        if prep == "in" or not is_medium(t, lexicon()):
            return "place" if prep == "in" else "recipient"
    addressed = lookup.type_of(eid) == "person" or eid is not None and t.head.head.lemma_.lower() in {"call", "prevail"}
    if prep == "on" and addressed and not is_medium(t, lexicon()):
        return "recipient"  # "called on the prime minister to resign": a person is whom it was said to, no channel
    if eid is None and t.ent_type_ not in {"ORG", "PRODUCT", "WORK_OF_ART"} and not is_medium(t, lexicon()):
        return None
    return "medium"

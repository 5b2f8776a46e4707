"""Arguments from the parse: the trigger's frame (data) says which relation fills which role.

Verbs: nsubj, dobj, nsubjpass, the passive "by" agent and prepositional objects ("on" -> target,
"with" -> instrument or participant, "in" -> place). Nouns: possessors and modifiers ("Russian drone
attack": Russia is the agent, drone the instrument), prepositional objects, and the subject of the
light verb that governs them ("launched an attack", "held talks"). Conjuncts share their role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.extract.gazetteer import gazetteer
from kg.facts import Argument, Entity
from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.triggers import Trigger

ACTOR_ROLES = {"agent", "participant", "recipient"}
INSTRUMENT_TYPES = {"weapon", "other"}  # entity types that fill an instrument role, never an actor's
NOUN_MODIFIERS = {"compound", "amod", "nmod"}
# "In a statement, X said", "X spoke during a press conference": the governing verb's subject is the actor
SPEAKER_BY_SETTING = {"statement", "press_conference", "meeting", "call", "negotiation", "visit"}
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")
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
}
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


class EntityLookup:
    """Token -> entity, with metonymy: a capital in an actor role stands for its country."""

    def __init__(self, entities: list[Entity], index: dict[int, str], text: str):
        self.text = text  # the article text (Doc.text rebuilds the string on every access)
        self.index = index
        self.by_id = {e.id: e for e in entities}
        gaz = gazetteer()
        self.country_actor: dict[str, str] = {}
        for e in entities:
            if (
                e.type == "place"
                and e.country
                and gaz.countries.get(e.country)
                and gaz.countries[e.country].name == e.name
            ):
                self.country_actor[e.country] = e.id
        self.capitals = {
            e.id
            for e in entities
            if e.type == "place"
            and e.country
            and gaz.places.get(e.name) is not None
            and gaz.places[e.name].kind == "capital"
        }

    def is_country(self, entity_id: str | None) -> bool:
        """A country actor: a gazetteer country, or a place the article also names by a demonym ("Velorian")."""
        ent = self.by_id.get(entity_id or "")
        if ent is None or ent.type != "place":
            return False
        return entity_id in self.country_actor.values() or any(
            a[:1].isupper() and a.endswith(DEMONYM_ENDINGS) for a in ent.aliases
        )

    def recent_actors(self, doc: Doc, before: int, kind: str, sentences: int = 3) -> list[tuple[str, int]]:
        """The distinct actors of `kind` (person | country | any) named last before token `before`, most recent
        first, within the current and the previous `sentences - 1` sentences: (entity id, token)."""
        sent = sent_of(tokens(doc)[before])
        start = sent.start
        for _ in range(sentences - 1):
            if start == 0:
                break
            start = sent_of(tokens(doc)[start - 1]).start
        found: list[tuple[str, int]] = []
        for i in range(before - 1, start - 1, -1):
            eid = self.index.get(i)
            if eid is None or any(eid == f for f, _ in found):
                continue
            etype = self.type_of(eid)
            if (
                kind == "person"
                and etype == "person"
                or kind == "country"
                and self.is_country(eid)
                or kind == "any"
                and (etype in {"person", "organization", "group"} or self.is_country(eid))
            ):
                found.append((eid, i))
        return found

    def entity_at(self, i: int) -> str | None:
        return self.index.get(i)

    def actor_for(self, entity_id: str | None, role: str) -> str | None:
        """A capital filling an actor role resolves to its country actor when the article names it."""
        if entity_id in self.capitals and role in ACTOR_ROLES:
            ent = self.by_id[entity_id]
            return self.country_actor.get(ent.country or "", entity_id)
        return entity_id

    def type_of(self, entity_id: str | None) -> str | None:
        ent = self.by_id.get(entity_id or "")
        return ent.type if ent else None


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
    # a modifier names the entity: "Ukrainian cities" -> Ukraine
    found = None
    for child in tok.children:
        if child.dep_ in NOUN_MODIFIERS | {"poss"} and child.i < tok.i and lookup.entity_at(child.i):
            found = lookup.entity_at(child.i)
    left = tok.left_edge
    while left.i < tok.i and (left.dep_ in {"det", "punct", "predet"} or left.is_space):
        left = left.nbor()
    return found, left.idx, tok.idx + len(tok)


def _not_a_weapon(prep: Token, obj: Token, frame: dict[str, str], lookup: EntityLookup) -> bool:
    """'with' names an instrument only with a weapon noun ("shelled with artillery"); "discussed the attack
    with the EU envoy" gives a companion, not an instrument."""
    if prep.lower_ != "with" or frame.get("with") != "instrument":
        return False
    return not any(lookup.type_of(lookup.entity_at(t.i)) in INSTRUMENT_TYPES for t in [obj, *obj.conjuncts])


def _add(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> None:
    for t in [tok, *tok.conjuncts]:
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
                or any(c.dep_ == "appos" or c.text in {"-", "–", "—"} for c in t.children)
                or t.nbor().text == ","
            )
        ):
            continue  # a dateline ("HALVIK, Veloria - ..."), not the subject
        if _add_pair(args, doc, t, role, lookup):
            continue
        eid, start, end = _phrase(doc, t, lookup)
        if role == "target" and t.dep_ == "dobj" and lookup.type_of(eid) in INSTRUMENT_TYPES:
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
        if role == "medium" and eid is None and t.ent_type_ not in {"ORG", "PRODUCT", "WORK_OF_ART"}:
            from kg.extract.events.communication import is_medium
            from kg.extract.events.lexicon import lexicon

            if not is_medium(t, lexicon()):
                continue
        eid = lookup.actor_for(eid, role)
        if any(a.start == start and a.end == end for a in args):
            continue
        args.append(Argument(role=role, text=lookup.text[start:end], start=start, end=end, entity=eid))


def _pair_kind(tok: Token) -> str | None:
    """ "the two leaders", "both sides", "the two neighbours": which kind of actor pair the phrase names."""
    if tok.tag_ not in {"NNS", "NNPS"} or lookup_none(tok):
        return None
    kind = PAIR_NOUNS.get(tok.lemma_.lower())
    if kind is None:
        return None
    two = any(c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod"} for c in tok.children)
    return kind if two else None


def lookup_none(tok: Token) -> bool:
    return any(c.dep_ in {"prep", "relcl", "acl"} for c in tok.children)  # "the two sides of the river"


def _add_pair(args: list[Argument], doc: Doc, tok: Token, role: str, lookup: EntityLookup) -> bool:
    """Resolve "the two leaders" / "both sides" to the two actors of that kind just named; True when done."""
    kind = _pair_kind(tok)
    if kind is None:
        return False
    found = lookup.recent_actors(doc, tok.left_edge.i, "country" if kind == "pair" else kind)
    if kind == "pair" and len(found) < 2:
        found = lookup.recent_actors(doc, tok.left_edge.i, "person")
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


def _subject_of(verb: Token) -> list[Token]:
    """The verb's subject, inherited along xcomp/conj/advcl chains ("agreed to work", "and agreed")."""
    seen = 0
    while verb is not None and seen < 4:
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return subj
        if verb.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp"} and verb.head is not verb:
            verb = verb.head
            seen += 1
        else:
            break
    return []


def _conjoined_speaker(verb: Token, lex: Lexicon) -> list[Token]:
    """ "X reiterated that R will not abandon ... but stated that ...": conjoined speech verbs share the
    subject of the first conjunct, even when the parser hangs the second on the reported clause."""
    speech = {lemma for lemma, types in lex.verbs.items() if "statement" in types}
    if verb.dep_ != "conj" or verb.lemma_.lower() not in speech:
        return []
    first = verb.head
    if first.dep_ == "ccomp" and first.lemma_.lower() not in speech and first.head.lemma_.lower() in speech:
        return _subject_of(first.head)
    return []


def find_arguments(doc: Doc, trig: Trigger, lookup: EntityLookup, lex: Lexicon) -> list[Argument]:
    head = tokens(doc)[trig.head]
    frame = lex.frames.get(trig.type, {}).get("verb" if trig.pos == "verb" else "noun", {})
    verb_frame = lex.frames.get(trig.type, {}).get("verb", {})
    args: list[Argument] = []
    if trig.pos == "verb":
        subj = (
            [c for c in head.children if c.dep_ == "nsubj"]
            or _conjoined_speaker(head, lex)
            or (_subject_of(head) if not any(c.dep_ == "nsubjpass" for c in head.children) else [])
        )
        for s in subj:
            role = lex.intransitive_subject.get(head.lemma_.lower(), frame.get("nsubj"))
            if role:
                _add(args, doc, s, role, lookup)
        for child in head.children:
            dep = child.dep_
            if dep in {"dobj", "nsubjpass", "dative"} and dep in frame:
                _add(args, doc, child, frame[dep], lookup)
            elif dep == "agent" and "agent" in frame:
                for g in child.children:
                    if g.dep_ == "pobj":
                        _add(args, doc, g, frame["agent"], lookup)
            elif dep == "prep" and child.lower_ in frame:
                for g in child.children:
                    if g.dep_ == "pobj" and not _not_a_weapon(child, g, frame, lookup):
                        _add(args, doc, g, frame[child.lower_], lookup)
    else:
        _noun_arguments(doc, trig, head, frame, verb_frame, lookup, lex, args)
    if "in" in frame and frame["in"] == "place" and not any(a.role == "place" for a in args):
        _nested_place(doc, head, lookup, args)
    return args


def _nested_place(doc: Doc, head: Token, lookup: EntityLookup, args: list[Argument]) -> None:
    """A place deeper in the trigger's phrase: "detonated a bomb near a market in Kabul"."""
    for t in head.subtree:
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in {"in", "near", "at", "outside"}
            and lookup.type_of(lookup.entity_at(t.i)) == "place"
            and t.head.head.pos_ in {"NOUN", "VERB", "PROPN"}
        ):
            if any(v.pos_ == "VERB" and v.i != head.i for v in t.ancestors if v.i in {x.i for x in head.subtree}):
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
                elif trig.type == "attack" and lookup.type_of(eid) == "place" and not lookup.is_country(eid):
                    _add(args, doc, t, "place", lookup)  # "the Sarnovo strike": where, not who
                elif "modifier" in frame:
                    _add(args, doc, t, frame["modifier"], lookup)
            for g in child.children:  # "Russian drone attack": the drone's modifier is the attacker
                if (
                    g.dep_ in {"amod", "compound", "nmod"}
                    and lookup.entity_at(g.i)
                    and "modifier" in frame
                    and lookup.type_of(lookup.entity_at(g.i)) in {"place", "organization", "group"}
                ):
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
                        for t in g.subtree:
                            eid = lookup.entity_at(t.i)
                            if eid and lookup.type_of(eid) in {"person", "organization", "place", "group"}:
                                _add(args, doc, t, frame["between"], lookup)
                    if not _not_a_weapon(child, g, frame, lookup):
                        _add(args, doc, g, frame[child.lower_], lookup)
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
    setting = head.dep_ == "pobj" and trig.type in SPEAKER_BY_SETTING
    if gov is not head and gov.pos_ in {"VERB", "AUX"} and (light or setting):
        role = verb_frame.get("nsubj") or ("agent" if "poss" in frame and frame["poss"] == "agent" else None)
        if role and not any(a.role == role for a in args):
            for s in _subject_of(gov):
                _add(args, doc, s, role, lookup)

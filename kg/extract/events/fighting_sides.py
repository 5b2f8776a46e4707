"""Fighting told without an attack verb: "troops fighting rebels", "protesters clashed with police", "rival gangs
clashed", "fought running battles with officers" are attacks when the text gives their sides (an armed side, or
a crowd against the police with a toll told near it); not "fighting corruption", "fought for independence since
the 1970s", "separatists have fought the army for a year" (a war's stretch of time) or "fought a six-week war"
(the war, no one attack). Also the raid of an arrest ("arrested him in a raid on a farm"): a police search, no
attack, unless the sentence tells of violence.

The word lists are the event lexicon's senses: `fighting_verbs`, `fighting_combatants` (with `attackers` and
`law_enforcement`), `fighting_not_objects`, `toll_words`, `arrest_raid_verbs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import sentence_index, sentences, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

SIDE_PREPS = frozenset({"with", "against"})
TOLL_WINDOW = 2  # the sentences after the fighting's own that may tell its toll ("Police said 14 officers were hurt")
CAUSE_MARKS = frozenset({"after", "when"})
HEADLINE_TOLL_WINDOW = 4  # a headline's: the lead's sentences (a dateline or a decimal point may split one)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _armed(tok: Token, lex: Lexicon) -> bool:
    """A side that bears arms: troops, rebels, gangs, police ("Tirana police", "riot officers")."""
    words = lex.sense("attackers") | lex.sense("law_enforcement") | lex.sense("fighting_combatants")
    return _lemma(tok) in words or tok.lower_ in words


def _crowd(tok: Token, lex: Lexicon) -> bool:
    """A side of people without arms: protesters, vendors, "they" (a plural noun, a pronoun, a people word)."""
    people = lex.sense("people_nouns") | lex.sense("protest_crowd_nouns")
    return (
        tok.tag_ in {"NNS", "NNPS"}
        or tok.pos_ == "PRON"
        or tok.like_num
        or tok.ent_type_ in {"PERSON", "NORP"}
        or _lemma(tok) in people
        or tok.lower_ in people
    )


def _sides(verb: Token) -> tuple[list[Token], list[Token]]:
    """The subjects (with their conjuncts) and the other side: the object, "with X", "against X" (also on a
    cognate object: "fought running battles with officers")."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ in {"acl", "relcl"} and not subj:
        subj = [verb.head]  # "troops fighting rebels", "gangs that clashed"
    subj += [c for s in subj for c in s.children if c.dep_ == "conj"]
    others = [c for c in verb.children if c.dep_ == "dobj"]
    for holder in [verb, *others]:
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in SIDE_PREPS:
                others += [g for g in p.children if g.dep_ == "pobj"]
    others += [c for o in others for c in o.children if c.dep_ == "conj"]
    return subj, others


def _over_a_period(verb: Token, lex: Lexicon) -> bool:
    """ "have fought the army for a year", "has fought for independence since the 1970s": a war's time; not "fought
    for control of the airport" (what the fighting was for)."""
    units = lex.sense("period_units") | {"day", "hour", "time"}
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            times = [g for g in c.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() in units or g.ent_type_ == "DATE" for g in times):
                return True
    return False


def toll_nearby(tok: Token, lex: Lexicon) -> bool:
    """A death or an injury told in the sentence of `tok` or the next ones (`TOLL_WINDOW`)."""
    doc = tok.doc
    sents = sentences(doc)
    k = sentence_index(doc)[tok.i]
    reach = HEADLINE_TOLL_WINDOW if k == 0 and unpunctuated(sents[0]) else TOLL_WINDOW
    words = lex.sense("toll_words")
    return any(
        (t.lemma_.lower() in words or t.lower_ in words) and not _own_cause(t)
        for s in sents[k : k + 1 + reach]
        for t in s
    )


def _own_cause(toll: Token) -> bool:
    """A toll told with a cause of its own ("One protester died after a device went off in his hand", "was hurt when
    a wall collapsed"): no evidence of the fighting told before it."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CAUSE_MARKS for m in c.children)
        for c in toll.children
    )


def fighting_verb_sense(verb: Token, lex: Lexicon) -> bool | None:
    """Whether a fighting verb ("fight", "clash", "battle") is an attack: two sides of which one is armed
    ("troops fighting rebels", "gangs clashed with soldiers"), or a crowd against an armed side when a toll is
    told near it ("protesters clashed with police ... 14 officers were hurt"). None otherwise."""
    subj, others = _sides(verb)
    if _misread_plural_noun(verb, subj, others):
        return True if toll_nearby(verb, lex) else None  # "arrest 23 vendors after Harare clashes"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(_lemma(o) in lex.sense("two_sided_fighting_nouns") for o in objects):
        return None  # "fought a fierce battle", "fought running battles with officers": the noun is the event
    if any(_lemma(o) in lex.sense("fighting_not_objects") for o in objects):
        return None  # "fought a war", "fought the ruling"
    return _told_sides(verb, subj, others, lex)


def battle_fought(noun: Token, lex: Lexicon) -> bool | None:
    """A combat noun a fighting verb has as its object ("fought running battles with officers", "rebels and troops
    fought a fierce battle"): an attack when the verb's sides are (`fighting_verb_sense`)."""
    subj, others = _sides(noun.head)
    return _told_sides(noun.head, subj, [o for o in others if o.i != noun.i], lex)


def _told_sides(verb: Token, subj: list[Token], others: list[Token], lex: Lexicon) -> bool | None:
    if _over_a_period(verb, lex):
        return None  # "have fought the army for a year", "fought for independence since 1970"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.tag_ == "VB":
        return None  # "vowed to fight", "will fight": no fighting told as done
    sides = subj + others
    armed = [s for s in sides if _armed(s, lex)]
    if not armed or others and not any(_armed(o, lex) or _crowd(o, lex) for o in others):
        return None  # "troops fight the virus", "police fight crime": no other side
    police = set(_police(sides, lex))
    if any(s not in police for s in armed) and (others or _plural(subj)):
        return True  # "troops fighting rebels", "rival gangs clashed", "militants fought police"
    crowd = [s for s in sides if s not in armed and _crowd(s, lex)]
    return True if crowd and toll_nearby(verb, lex) else None


def _misread_plural_noun(verb: Token, subj: list[Token], others: list[Token]) -> bool:
    """ "after Harare clashes": a headline's plural noun the tagger read as a verb with the place as its subject."""
    return (
        verb.tag_ == "VBZ" and verb.lower_.endswith("es") and not others and len(subj) == 1 and subj[0].pos_ == "PROPN"
    )


def _police(sides: list[Token], lex: Lexicon) -> list[Token]:
    return [s for s in sides if _lemma(s) in lex.sense("law_enforcement") or s.lower_ in lex.sense("law_enforcement")]


def _plural(subj: list[Token]) -> bool:
    return len(subj) > 1 or any(s.tag_ in {"NNS", "NNPS"} for s in subj)


def crowd_clash_noun_sense(noun: Token, lex: Lexicon) -> bool:
    """A clash told with no word of violence in its sentence ("arrest 23 vendors after Harare clashes") is one
    when a toll is told near it."""
    return toll_nearby(noun, lex)


def arrest_raid(noun: Token, lex: Lexicon) -> bool:
    """ "arrested him in a raid on a farm", "were caught hours later in a raid": the raid of an arrest, a police
    search; not when the sentence tells of violence ("killed two and arrested three in a raid")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during"}:
        return False
    verb = noun.head.head
    for _ in range(4):  # "arrested the head of a smuggling ring in a raid": up through the object's nouns
        if verb.pos_ not in {"NOUN", "PROPN", "ADP"} or verb.dep_ not in {"dobj", "pobj", "prep"}:
            break
        verb = verb.head
    if _lemma(verb) not in lex.sense("arrest_raid_verbs"):
        return False
    words = lex.sense("toll_words")
    return not any(t.lemma_.lower() in words for t in verb.subtree)

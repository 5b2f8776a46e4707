"""Protests, sanctions and rulings told by what people, states or courts do, not by the event's own word.

- A crowd that gathers is a protest: "Thousands gathered outside parliament", "supporters who gathered near the
  courthouse", "Hundreds assembled in the square to denounce the ruling"; not "gathered evidence", "gathered for the
  funeral" (`protest_gathering_verbs`, `_crowds`, `_places`, `_not_occasions` of the protest type's senses).
- A headline's present-tense verb after a name, tagged a plural noun, is the verb: "Macron visits shattered Beirut".
- Barring trade or freezing assets is a sanction: "barred U.S. investment", "froze the assets of five generals"
  (`sanction_barring_verbs`, `sanction_economic_objects`, `sanction_frozen_objects`, `sanction_restating_subjects`).
- A crowd that blocks or besieges a road or a building, or does it in protest, protests: "truckers blocked highways
  in protest at the result", "Farmers besiege EU summit"; not "a landslide blocked the road", "the court blocked the
  law" (`protest_siege_verbs`, `protest_blocked_places`).
- Workers strike: "the union called a strike for Monday", "called off the strike", "pilots will strike on Friday",
  "unions said they would strike"; not "missiles struck the port", "Israel launched a strike"
  (`protest_strike_governors`, `protest_labour_words`).
- Sanctions already standing that are lifted, eased or reviewed are no new sanction (`sanction_ending_verbs`).
- A commission, court or tribunal that awards a place or custody to a party rules (`ruling_award_verbs`,
  `ruling_awarding_bodies`, `ruling_awarded_things`): "a boundary commission awarded the town to Eritrea"; not
  "the company awarded the contract to".
Word lists are data: the types' `senses` in `data/event_lexicon.json`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.arguments import _subject_of
from kg.extract.events.framing import kids, lemma, prep_objects
from kg.nlp import sent_of, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon


def gathered_crowd(verb: Token, lex: Lexicon) -> bool:
    """The verb says a crowd came together somewhere or to protest: no object ("gathered evidence"), a crowd as
    its subject (a count, "people", "supporters", "thousands of students"), and a place or a purpose, not an
    occasion of another kind ("gathered for the funeral")."""
    if kids(verb, "dobj", "nsubjpass", "auxpass") or verb.dep_ == "amod":
        return False
    subjects = kids(verb, "nsubj")
    if verb.dep_ == "relcl" and all(s.tag_ in {"WP", "WDT"} for s in subjects):
        subjects = [verb.head]  # "his supporters who gathered near the courthouse"
    crowds = lex.sense("protest_gathering_crowds")
    crowd = [
        s
        for s in subjects
        if s.pos_ == "NUM"
        or lemma(s) in crowds
        or s.lower_ in crowds
        or any(lemma(g) in crowds for p in kids(s, "prep") if p.lower_ == "of" for g in kids(p, "pobj"))
    ]
    if not crowd:
        return False
    preps = kids(verb, "prep")
    objects = {lemma(g) for p in preps for g in kids(p, "pobj")}
    if objects & lex.sense("protest_gathering_not_occasions"):
        return False
    placed = any(p.lower_ in lex.sense("protest_gathering_places") and kids(p, "pobj") for p in preps)
    purpose = any(c.dep_ in {"xcomp", "advcl"} and kids(c, "aux") for c in verb.children)  # "to denounce"
    return placed or purpose


def barred_or_frozen(verb: Token, lex: Lexicon) -> bool:
    """A sanction told by what it bars or freezes (a verb, or the noun "ban"): "barred U.S. investment in the two
    regions", "banned imports of Iranian oil", "trade and investment bans", "froze the assets of five generals",
    "imposed asset freezes" (with "freezes" tagged a verb); not "banned all rallies", "froze aid", nor "the sanctions
    freeze any assets" (what sanctions already named do)."""
    if any(lemma(s) in lex.sense("sanction_restating_subjects") for s in kids(verb, "nsubj")):
        return False
    objects = {lemma(o) for o in kids(verb, "dobj", "nsubjpass")}
    if verb.pos_ in {"NOUN", "PROPN"}:  # a ban named by what it bars: "trade and investment bans", "an import ban"
        kinds = [m for m in kids(verb, "compound", "amod", "nmod") for m in (m, *m.conjuncts)]
        return any(lemma(m) in lex.sense("sanction_economic_objects") for m in kinds)
    if lemma(verb) != "freeze":
        return bool(objects & lex.sense("sanction_economic_objects"))
    frozen = lex.sense("sanction_frozen_objects")
    before = verb.nbor(-1) if verb.i > 0 else None
    split = not objects and before is not None and before.pos_ == "NOUN" and lemma(before) in frozen
    return split or bool(objects & frozen)


def verb_read_as_noun(tok: Token) -> bool:
    """ "Macron visits shattered Beirut", "Xi visits Moscow": in a headline, a plural event noun right after the name
    it hangs on is the present-tense verb whose subject that name is (the tagger reads "Macron visits" as a noun
    phrase), not a habit ("theme-park visits")."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.i == 0 or not unpunctuated(sent_of(tok)):
        return False
    name = tok.nbor(-1)
    return name.head.i == tok.i and name.dep_ in {"compound", "nmod"} and name.ent_type_ in {"PERSON", "ORG", "NORP"}


def _crowd_like(tok: Token, lex: Lexicon) -> bool:
    """A crowd or a body of people: a count, "protesters", "farmers", "truck drivers", "thousands of students"."""
    words = lex.sense("protest_gathering_crowds") | lex.sense("protest_labour_words") | lex.sense("protest_crowd_nouns")
    if tok.pos_ == "NUM" or lemma(tok) in words or tok.lower_ in words or lemma(tok).endswith("worker"):
        return True
    return any(lemma(g) in words for g in prep_objects(tok, "of"))


def _subjects(verb: Token) -> list[Token]:
    subjects = _subject_of(verb)
    if verb.dep_ == "relcl" and all(s.tag_ in {"WP", "WDT"} for s in subjects):
        return [verb.head]  # "truck drivers who back him blocked ...": the parser's relative subject
    return subjects


def crowd_blocking(verb: Token, lex: Lexicon) -> bool:
    """ "Farmers blocked roads in five provinces", "blocked highways ... in protest at the result", "Fishermen
    besiege parliament": a crowd that blocks a road or besieges a building, or any blocking done in protest."""
    if lemma(verb) not in lex.sense("protest_siege_verbs") or kids(verb, "nsubjpass", "auxpass"):
        return False
    if any(lemma(s) in lex.sense("protest_crowd_nouns") for s in _subjects(verb)):
        return False  # "protesters who had blocked the highway": the protesters are the protest already
    if any(lemma(g) == "protest" for g in prep_objects(verb, "in")):
        return True
    places = lex.sense("protest_blocked_places")
    blocked = [o for o in kids(verb, "dobj") if lemma(o) in places or o.lower_ in places]
    return bool(blocked) and any(_crowd_like(s, lex) for s in _subjects(verb))


def _labour_like(tok: Token, lex: Lexicon) -> bool:
    """Workers or their union: "nurses", "the dockworkers' union", "Unions at the two mines", "the Histadrut, the
    country's largest labor union"."""
    words = lex.sense("protest_labour_words")
    if lemma(tok) in words or tok.lower_ in words or lemma(tok).endswith("worker"):
        return True
    return any(lemma(c) in words for c in kids(tok, "appos"))


def striking_workers(verb: Token, lex: Lexicon) -> bool:
    """The verb "strike" of workers, with no object: "Pilots at Velair will strike on Friday", "nurses struck
    for a week", "unions said they would strike" (a pronoun's antecedent: the subject of the verb above)."""
    if lemma(verb) != "strike" or kids(verb, "dobj", "nsubjpass", "prt"):
        return False
    subjects = _subjects(verb)
    if subjects and all(s.pos_ == "PRON" for s in subjects) and verb.dep_ in {"ccomp", "xcomp"}:
        subjects = _subjects(verb.head)
    return any(_labour_like(s, lex) for s in subjects)


def strike_called(noun: Token, lex: Lexicon) -> bool:
    """A strike workers call, hold, threaten or call off: "The union called a strike for Monday", "Teachers
    staged a strike", "the rail unions called off the strike"; not "the army carried out a strike"."""
    if noun.dep_ not in {"dobj", "nsubjpass"} or lemma(noun.head) not in lex.sense("protest_strike_governors"):
        return False
    return any(_labour_like(s, lex) for s in _subjects(noun.head))


def ended_sanctions(noun: Token, lex: Lexicon) -> bool:
    """Sanctions already standing, named as what is lifted, eased or reviewed: "lifted sanctions on the bank",
    "demanded that sanctions be lifted", "sanctions on Eritrea could be reviewed", "agreed to relax the sanctions";
    but a sanction whose imposing the clause tells is one ("the sanctions, which were imposed in May, ...")."""
    imposing = lex.frames["sanction"].get("governors", {})
    if any(lemma(c) in imposing for c in kids(noun, "relcl", "acl")):
        return False  # "The sanctions, which were imposed in May, could be lifted": their imposition is told
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in {"dobj", "nsubjpass"} and lemma(noun.head) in lex.sense("sanction_ending_verbs")


def awarded_by_a_body(verb: Token, lex: Lexicon) -> bool:
    """ "the disputed island, which an international tribunal awarded to Marovia", "the court awarded custody of
    the children to their mother": a body that judges awards a place or custody."""
    bodies = lex.sense("ruling_awarding_bodies")
    judging = [
        s for s in _subjects(verb) if lemma(s) in bodies or any(lemma(c) in bodies for c in kids(s, "compound", "amod"))
    ]
    judging += [g for a in kids(verb, "agent") for g in kids(a, "pobj") if lemma(g) in bodies]
    if verb.dep_ == "acl" and lemma(verb.head) in bodies:
        judging.append(verb.head)  # "which an international tribunal awarded to ...", misread as a reduced clause
    if not judging:
        return False
    things = lex.sense("ruling_awarded_things")
    return bool(awarded_to(verb)) or any(lemma(o) in things for o in kids(verb, "dobj", "nsubjpass"))


def awarded_to(verb: Token) -> list[Token]:
    """Whom a thing is awarded to: "awarded the town to Eritrea" (a preposition or, to the parser, a dative)."""
    return [g for p in kids(verb, "prep", "dative") if p.lower_ == "to" for g in kids(p, "pobj")]

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
- Workers who strike at a workplace, or an earlier strike told in an article of walkouts and strikers and of no
  armed strike, are a labour protest: "a previous strike at the Rivona plant in 2022" (`protest_workplaces`,
  `strike_attack_modifiers`, `strike_attack_governors`).
- A crowd that storms a building protests (CAMEO 145): "Trump supporters storm Capitol", "a mob stormed the
  parliament", "parliament stormed as police fire"; not "gunmen stormed the hotel" (`protest_storming_verbs`,
  `protest_storming_crowds`, `protest_stormed_seats`).
- A leader who steps into a country or sets foot in it visits it: "stepped into North Korea", "set foot in Kelvia",
  the headline's "Trump steps into North Korea" (`visit_entering_verbs`, `visit_entering_preps`).
- Sanctions already standing that are lifted, eased or reviewed are no new sanction (`sanction_ending_verbs`), nor
  those cited, evaded or that remain in place (`sanction_standing_verbs`, `sanction_standing_predicates`).
- A commission, court or tribunal that awards a place or custody to a party rules (`ruling_award_verbs`,
  `ruling_awarding_bodies`, `ruling_awarded_things`): "a boundary commission awarded the town to Eritrea"; not
  "the company awarded the contract to".
Word lists are data: the types' `senses` in `data/event_lexicon.json`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.arguments import _subject_of
from kg.extract.events.conflict import stormed_by_crowd, storming_subjects
from kg.extract.events.framing import kids, lemma, particle_event, prep_objects
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


def verb_read_as_noun(tok: Token, subjects: frozenset[str] = frozenset()) -> bool:
    """ "Macron visits shattered Beirut", "Xi visits Moscow": in a headline, a plural event noun right after the name
    it hangs on is the present-tense verb whose subject that name is (the tagger reads "Macron visits" as a noun
    phrase), not a habit ("theme-park visits"). So is one after a common noun of `subjects` ("Slovak court orders
    man held", "Judge orders arrest of ex-minister": the court or judge)."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.i == 0 or not unpunctuated(sent_of(tok)):
        return False
    name = tok.nbor(-1)
    return (
        name.head.i == tok.i
        and name.dep_ in {"compound", "nmod"}
        and (name.ent_type_ in {"PERSON", "ORG", "NORP"} or lemma(name) in subjects)
    )


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
    crowd = lex.sense("protest_crowd_nouns") - lex.sense("protest_strike_crowds")
    if any(lemma(s) in crowd for s in _subjects(verb)):
        return False  # "protesters who had blocked the highway": the protesters are the protest already; but
        # "strikers who blocked the road" block it beside their strike
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


def entered_a_place(verb: Token, lex: Lexicon) -> bool:
    """A leader's step into a country: "stepped into North Korea", "stepped across the border into Ostavia",
    "set foot in Kelvia" (a visit); not "stepped into the role", "set the date", "stepped down"."""
    low = lemma(verb)
    if low == "set" and not any(lemma(o) == "foot" for o in kids(verb, "dobj")):
        return False
    if low == "step" and kids(verb, "prt"):
        return False  # "stepped down", "stepped up"
    preps = lex.sense("visit_entering_preps") - ({"in", "on"} if low == "step" else set())
    places = prep_objects(verb, *preps)
    for p in kids(verb, "prep"):  # "stepped across the border into Ostavia"
        places += [h for g in kids(p, "pobj") for h in prep_objects(g, "into")]
    named = lex.sense("visit_tour_objects") | lex.sense("visit_entered_places")
    return any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN" or lemma(g) in named for g in places)


def headline_step(noun: Token, lex: Lexicon) -> bool:
    """ "Trump steps into North Korea": a headline's present-tense "steps" after a name, tagged a plural noun, is
    the verb of a step into a country."""
    if noun.tag_ != "NNS" or noun.i == 0 or sent_of(noun).start != 0:
        return False
    name = noun.nbor(-1)
    if name.head.i != noun.i or not name.text[:1].isupper():
        return False
    named = lex.sense("visit_tour_objects") | lex.sense("visit_entered_places")
    places = prep_objects(noun, "into", "onto", "inside")
    return any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN" or lemma(g) in named for g in places)


def journey_to_a_place(verb: Token, lex: Lexicon) -> bool:
    """A traveller's journey to a place named is a visit: "the envoy will travel to Pristina and Belgrade",
    "Putin will fly on to Vietnam", "is due to leave for South Korea"; not "prices flew", "migrants travelled to
    the border", "left for work", "was flown to the Netherlands", "flies back to Warsaw" (`visit_journeys`,
    `visit_traveller_nouns`, `visit_return_adverbs`)."""
    low = lemma(verb)
    if kids(verb, "nsubjpass", "auxpass"):
        return False  # "he was flown to the Netherlands": carried there, no visit
    if any(c.lower_ in lex.sense("visit_return_adverbs") for c in kids(verb, "advmod", "prt")):
        return False  # "before he flies back to Warsaw", "flew home": a return, no visit
    preps = [j.split(":")[1] for j in lex.sense("visit_journeys") if j.split(":")[0] == low]
    places = prep_objects(verb, *preps)
    for p in kids(verb, "prt", "advmod"):  # "fly on to Vietnam"
        places += prep_objects(p, *preps)
    if not any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN" for g in places):
        return False  # a name (the tagger reads "Kyiv" as a person)
    subjects = _subjects(verb)
    if not subjects and verb.dep_ in {"xcomp", "conj"}:
        subjects = _subjects(verb.head)
    travellers = lex.sense("visit_traveller_nouns")
    return any(
        s.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or lemma(s) in travellers or s.lower_ in travellers
        for s in subjects
    )


def crowd_storming(verb: Token, lex: Lexicon) -> bool:
    """A storming by a crowd that is a protest of its own: not where protesters storm ("protesters stormed the
    parliament": the protesters are the protest already)."""
    if not stormed_by_crowd(verb, lex):
        return False
    crowd = lex.sense("protest_crowd_nouns")

    def forms(tok: Token) -> set[str]:  # "Protesters" opening a sentence is tagged a name, its lemma unreduced
        return {lemma(tok), tok.lower_, tok.lower_.removesuffix("s")}

    return not any(
        forms(s) & crowd or any(forms(g) & crowd for g in prep_objects(s, "of")) for s in storming_subjects(verb)
    )


def labour_strike_noun(noun: Token, lex: Lexicon) -> bool:
    """A strike at a workplace ("a strike at the Rivona plant", "an earlier strike at the mine"), or a strike
    named with no sign of arms in an article whose strikes are labour ones ("A previous strike at Cerro Alto in
    2023" after "walked off the job" and "the strikers")."""
    if any(lemma(m) in lex.sense("strike_attack_modifiers") for m in kids(noun, "amod", "compound", "nmod", "poss")):
        return False
    if noun.dep_ in {"dobj", "nsubjpass"} and lemma(noun.head) in lex.sense("strike_attack_governors"):
        return False  # "launched a strike", "carried out a strike"
    labour = _labour_article(noun, lex)
    if labour is False:
        return False  # "an air strike on a village school ... would raise the strike at the Security Council"
    places = lex.sense("protest_workplaces")
    return bool(labour) or any(lemma(g) in places or g.ent_type_ == "ORG" for g in prep_objects(noun, "at"))


def _labour_article(noun: Token, lex: Lexicon) -> bool | None:
    """Whether the article tells of workers striking (a striker, a walkout, a union's strike: True), of an armed
    strike (False), or of neither (None)."""
    labour = lex.sense("protest_labour_words")
    found: bool | None = None
    for tok in noun.doc:
        low = lemma(tok)
        if low in {"striker", "walkout"} or particle_event(tok, lex) == "protest" and low == "walk":
            found = True  # "the strikers", "the walkout", "walked out", "walked off the job"
        elif low in {"airstrike", "air-strike"}:
            return False
        elif low == "strike" and tok.i != noun.i:
            mods = {lemma(m) for m in kids(tok, "amod", "compound", "nmod", "poss")}
            if mods & lex.sense("strike_attack_modifiers"):
                return False
            if tok.pos_ == "VERB" and kids(tok, "dobj"):
                return False  # "missiles struck the port"
            if mods & labour or any(_labour_like(s, lex) for s in _subjects(tok)) and tok.pos_ == "VERB":
                found = True
    return found


def standing_sanctions(noun: Token, lex: Lexicon) -> bool:
    """Sanctions named as a regime already in force: "citing American sanctions on him", "evaded sanctions",
    "the sanctions remain in place"; not "imposed sanctions", "announced sanctions"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "dobj" and lemma(noun.head) in lex.sense("sanction_standing_verbs"):
        return True
    return noun.dep_ == "nsubj" and lemma(noun.head) in lex.sense("sanction_standing_predicates")

"""Civic events (election, ruling, arrest, protest, sanction, visit): word sense and the arguments the frame
alone does not give.

Senses, from the parse and the lexicon's word lists (`data/event_lexicon.json`, each type's `senses`):
- election: "elect" always ("Elected officials" and "elected to stay" aside); "win", "defeat", "beat",
  "unseat" only with an election or office word in the clause ("won the presidency", "defeated Varga in the
  runoff", "won 54% of the vote"), not "won the match", "defeated the rebels" or "defeated the bill".
- ruling: "rule" with what it decides ("ruled that", "ruled against", "ruled the law unconstitutional"), not
  "ruled the country" or "ruled out"; a verdict delivered by one who is no court ("analysts delivered a sobering
  verdict on the economy") is a judgement in speech; "uphold", "overturn", "strike down" ... of a law, verdict or
  appeal, or by a court; "order", "dismiss", "reject", "block", "grant" ... by a court or judge only; "convict",
  "acquit", "sentence", "found guilty" always. A decision, order, opinion or judgment is a ruling when a court makes it,
  or an authority decides a case ("the agency's decision to deport him"), not "her decision to resign".
- arrest: "capture" of a person, not of a town; an arrest warrant or detention centre is no arrest.
- protest: "protested his innocence", "protested that ..." are statements; "demonstrate" with an object
  ("demonstrated its resolve") shows; stock-market rallies, campaign rallies and marching troops are no
  protests; a protest lodged or sent in a letter is a complaint; crowds of protesters (and strikers, not a
  team's) are the protest; a crowd's storming, a labour strike, walking off the job are protests (`acts`).
- sanction: "sanctioned the plan" (approved) and "without UN sanction" are no sanctions; targets are actors.
- visit: a trip goes somewhere named; "theme-park visits" are a habit, not an event.
The arguments these senses leave to the frame's completion (winner and office, court, parties, outcome) are
`civic_roles`'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actors import DETERMINERS
from kg.extract.events.acts import (
    awarded_by_a_body,
    barred_or_frozen,
    crowd_blocking,
    crowd_storming,
    ended_sanctions,
    entered_a_place,
    gathered_crowd,
    headline_step,
    journey_to_a_place,
    labour_strike_noun,
    standing_sanctions,
    strike_called,
    striking_workers,
    verb_read_as_noun,
)
from kg.extract.events.arguments import _subject_of
from kg.extract.events.arrivals import arrival_visit
from kg.extract.events.campaigns import addressed_rally, declared_winner, tally_of_elections
from kg.extract.events.civic_verbs import blocked_holders, court_finding, halted_trade, lost_office
from kg.extract.events.conflict import headline_strike
from kg.extract.events.court_councils import court_council
from kg.extract.events.framing import (
    bare_plural,
    kids,
    lemma,
    modifiers,
    modifies_another_noun,
    particle_event,
    prep_objects,
    reduced_passive,
)
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.sanction_objects import penalised, restriction_imposed
from kg.nlp import sent_of, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token


TYPES = frozenset({"election", "ruling", "arrest", "protest", "sanction", "visit"})
GENERIC_PEOPLE = {"anyone", "anybody", "whoever", "those", "everyone", "someone", "somebody"}
PERSON_PRONOUNS = {"him", "her", "them", "he", "she", "they", "me", "us", "you"}
ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
_NOT_IN_CLAUSE = {"nsubj", "nsubjpass", "punct", "cc", "conj", "ccomp", "advcl", "relcl", "parataxis", "mark"}


def sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    """None: not this event sense. False: kept plainly. True: kept by a sense rule (less certain)."""
    keeps = lex.sense("acquisition_keeps_event_heads")
    if etype == "election":  # "election irregularities", "the election results": the election itself
        keeps = keeps | lex.sense("election_outcome_heads")
    if kind == "noun" and etype == "ruling" and verb_read_as_noun(tok, lex.sense("ruling_courts")):
        return False  # "Slovak court orders man held in custody": the headline's verb, the court its subject
    if kind == "noun" and (modifies_another_noun(tok, keeps) or _habit(tok)):
        return None
    if kind == "verb" and tok.dep_ in {"acl", "relcl"} and lemma(tok.head) in GENERIC_PEOPLE:
        return None  # "a sentence of up to life for anyone convicted"
    kept = _SENSES[etype](tok, kind, lex)
    if kept is not None and etype in ONE_PER_CLAUSE and _inside_same_event(tok, etype, lex):
        return None
    return kept


# a clause reports one election, one ruling or one sanction: "won the election ..., taking 54% of the vote in a
# runoff", "struck down the law, ruling that ...", "upheld the conviction, rejecting his argument", "imposed
# sanctions on him, freezing his assets and barring him from entry"
ONE_PER_CLAUSE = {"election", "ruling", "sanction"}
_WITHIN_CLAUSE = {
    "dobj",
    "pobj",
    "prep",
    "advcl",
    "pcomp",
    "xcomp",
    "npadvmod",
    "nsubjpass",
    "compound",
    "amod",
    "poss",
}


def _inside_same_event(tok: Token, etype: str, lex: Lexicon) -> bool:
    """The trigger hangs, within one clause, on a word that already reports an event of the type: a verb
    ("struck down the law, ruling that"), a noun ("the decision ... in ruling that"), or the noun a light verb
    takes ("made a decision Wednesday in ruling that")."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WP", "WDT"} for c in tok.children):
        return False  # "..., a week after a jury convicted him": a clause with its own subject, its own event
    node = tok
    for _ in range(5):
        within = _WITHIN_CLAUSE | ({"conj"} if node.pos_ == "VERB" else set())  # "ruled that ... and ordered"
        if node.dep_ not in within or node.head.i == node.i:
            return False
        node = node.head
        if (
            _evokes(node, etype, lex)
            or node.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.i != tok.i and _evokes(c, etype, lex) for c in node.children)
        ):
            return True
    return False


def _evokes(tok: Token, etype: str, lex: Lexicon) -> bool:
    """`tok` is a word of the type in its event sense (not asking whether it is inside another one)."""
    if tok.pos_ == "VERB":
        if particle_event(tok, lex) == etype:  # "struck down the law, ruling that ..."
            return True
        return etype in lex.verbs.get(lemma(tok), ()) and _SENSES[etype](tok, "verb", lex) is not None
    if tok.pos_ in {"NOUN", "PROPN"}:
        return etype in lex.nouns.get((lemma(tok),), ()) and _SENSES[etype](tok, "noun", lex) is not None
    return False


def names_a_crowd(tok: Token, lex: Lexicon) -> bool:
    """ "protesters", "demonstrators": a plural that names one protest's crowd, not several protests."""
    return lemma(tok) in lex.sense("protest_crowd_nouns")


def _habit(tok: Token) -> bool:
    """ "travelling from demonstration to demonstration", "from election to election": no particular event."""
    return (
        tok.tag_ == "NN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in {"from", "to"}
        and not kids(tok, "det", "poss", "amod", "compound", "nummod")
    )


# ---------------------------------------------------------------- senses


def _clause_words(verb: Token) -> set[str]:
    """Lemmas in the verb's own clause: objects, prepositional objects and their modifiers, not its subject
    or the clauses it embeds ("won 54% of the vote", "defeated Varga in the runoff")."""
    words: set[str] = set()
    stack = [c for c in verb.children if c.dep_ not in _NOT_IN_CLAUSE]
    while stack:
        t = stack.pop()
        if t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod":
            continue
        words.add(lemma(t))
        words.add(t.lower_)
        stack.extend(c for c in t.children if c.dep_ not in _NOT_IN_CLAUSE)
    return words


def _election_context(words: set[str], lex: Lexicon) -> bool:
    context = lex.sense("election_words") | lex.sense("election_offices")
    return bool(words & context) and not words & lex.sense("election_not_modifiers")


def _election(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    low = lemma(tok)
    if kind == "verb":
        if tok.dep_ == "amod" or tok.tag_ == "VBN" and tok.dep_ == "acl" and not kids(tok, "agent", "oprd"):
            if not _headline_passive(tok) and not _apposed_passive(tok):
                return None  # "Elected officials", "the officials elected"; not "Robert Prevost elected pope"
        if low in {"elect", "reelect"}:
            return None if any(c.pos_ in {"VERB", "AUX"} for c in kids(tok, "xcomp")) else False
        objects = {lemma(c) for c in kids(tok, "dobj", "nsubjpass")}  # and an office by its building ("White House"):
        objects |= {" ".join(t.lower_ for t in [*c.lefts, c] if t.dep_ != "det") for c in kids(tok, "dobj")}
        if objects & lex.sense("election_not_objects"):
            return None  # "defeated the bill"
        if low in lex.sense("election_losing_office_verbs"):
            return True if lost_office(tok, lex) else None  # "ruling party loses power"; not "lost the election"
        if low in lex.sense("election_rush_verbs"):
            return True if _rush_to_office(tok, lex) else None  # "storms back to power", "swept to power"
        if low in lex.sense("election_naming_verbs"):  # "Ruto named Kenya's president-elect", "named the winner"
            return True if declared_winner(tok, lex.sense("election_declared_complements")) else None
        if low in lex.sense("election_claim_verbs"):  # "claims fourth straight term", "secured a majority"
            won = lex.sense("election_object_words") | lex.sense("election_offices")
            return True if objects & won else None
        # "won a second term", "won 120 seats": these count as what is won, not anywhere ("in political terms")
        won = bool(objects & lex.sense("election_object_words"))
        return True if won or _election_context(_clause_words(tok), lex) else None
    if bare_plural(tok) and not modifiers(tok) or tally_of_elections(tok):
        return None  # "elections are no cure", "had lost five previous elections"
    if low == "round":
        return True if _round_of_voting(tok, lex) else None
    if low == "victory":
        words = {lemma(t) for t in tok.subtree if t.i != tok.i} | {t.lower_ for t in tok.subtree if t.i != tok.i}
        return True if _election_context(words, lex) else None
    return None if {lemma(m) for m in modifiers(tok)} & lex.sense("election_not_modifiers") else False


def _rush_to_office(verb: Token, lex: Lexicon) -> bool:
    """ "storms back to power", "swept into office", "romped to a landslide", "surged to victory in the election":
    a rush "to"/"into" power or an office (`election_rush_goals`), or to a victory the clause says is electoral;
    not "stormed the palace", "swept the region", "stormed into the final"."""
    heads = [verb, *(c for c in kids(verb, "advmod", "prt") if c.lower_ == "back")]  # "back to power"
    goals = [g for h in heads for p in kids(h, "prep") if p.lower_ in {"to", "into"} for g in kids(p, "pobj")]
    if {lemma(g) for g in goals} & lex.sense("election_rush_goals"):
        return True
    won = {lemma(g) for g in goals} & {"victory", "win"}
    return bool(won) and _election_context(_clause_words(verb), lex)


def _headline_passive(verb: Token) -> bool:
    """ "American cardinal Robert Prevost elected pope, takes the name Leo XIV": in a headline, a participle the
    parser hung on the name before it is the headline's passive verb ("was elected"), that name its subject."""
    return (
        verb.dep_ == "acl"
        and verb.i == verb.head.i + 1
        and verb.head.pos_ == "PROPN"
        and verb.head.ent_type_ in {"PERSON", "ORG"}
        and unpunctuated(sent_of(verb))
    )


def _apposed_passive(verb: Token) -> bool:
    """ "President Ana Ruiz, re-elected in November, has pledged ...": a participle set off by a comma after the
    person it describes tells that person's election (not "the officials elected last year", who are a kind)."""
    head = verb.head
    if verb.dep_ != "acl" or head.ent_type_ != "PERSON" or head.i >= verb.i:
        return False
    between = [t.text for t in verb.doc[head.i + 1 : verb.i]]
    return bool(between) and between[0] == "," and all(w in {",", "re", "-"} for w in between)


def _round_of_voting(tok: Token, lex: Lexicon) -> bool:
    """ "the first round of voting", "a second round of the presidential election", "the first round in June" (in a
    sentence about the vote); not "a new round of talks", "the final round of the tournament"."""
    words = lex.sense("election_round_words")
    of = prep_objects(tok, "of")
    if of:
        return any(lemma(g) in words or g.lower_ in words for g in of)
    if not {m.lower_ for m in modifiers(tok)} & lex.sense("election_round_ordinals"):
        return False
    context = lex.sense("election_words") | words
    return any(lemma(t) in context or t.lower_ in context for t in sent_of(tok) if t.i != tok.i)


def _court_like(tok: Token, lex: Lexicon) -> bool:
    """A court, judge or jury, or a name that is one ("the Supreme Court", "Judge Amara Osei")."""
    courts = lex.sense("ruling_courts")
    mods = {lemma(c) for c in tok.children if c.dep_ in {"compound", "amod"}}
    return lemma(tok) in courts or bool(mods & courts) or court_council(tok, lex)  # "the Constitutional Council"


def _authority_like(tok: Token, lex: Lexicon) -> bool:
    """An authority that decides cases: a court, a government body, an organisation or a state."""
    words = lex.sense("ruling_authorities")
    return (
        _court_like(tok, lex)
        or lemma(tok) in words
        or tok.ent_type_ in {"ORG", "GPE"}
        or any(lemma(c) in words for c in tok.children if c.dep_ in {"compound", "amod"})
    )


def _deciders(tok: Token) -> list[Token]:
    """Who makes a decision named by a noun: possessor, modifiers, "by", the subject of "made"/"issued"."""
    found = [c for c in tok.children if c.dep_ in {"poss", "compound", "nmod", "amod"}]
    found += prep_objects(tok, "by", "of")
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
        found += _subject_of(tok.head)
    for rel in kids(tok, "relcl"):  # "the opinion she rendered"
        found += kids(rel, "nsubj")
    return found


def _legal_complement(tok: Token, lex: Lexicon) -> bool:
    """ "the decision to deport him", "a decision in ruling that", "the order that he be released": what
    was decided is what an authority decides about a case."""
    actions = lex.sense("ruling_legal_actions")
    scopes = [tok] + ([tok.head] if tok.dep_ in {"dobj", "nsubjpass"} else [])
    for node in scopes:
        for c in node.children:
            if c.dep_ in {"acl", "xcomp", "ccomp", "relcl"} and lemma(c) in actions:
                return True
            if c.dep_ == "acl" and kids(c, "mark") and lemma(kids(c, "mark")[0]) == "that":
                return True
            if c.dep_ == "prep" and any(
                g.dep_ == "pcomp" and lemma(g) in actions or g.dep_ == "pobj" and lemma(g) in {"case", "appeal"}
                for g in c.children
            ):
                return True
    return False


def _court_subject(tok: Token, lex: Lexicon) -> bool:
    subjects = _subject_of(tok) if not kids(tok, "nsubjpass") else []
    subjects += [g for a in kids(tok, "agent") for g in kids(a, "pobj")]
    return any(_court_like(s, lex) for s in subjects)


def _ruling(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    low = lemma(tok)
    if kind == "verb":
        if low == "rule" and kids(tok, "det", "poss"):
            return False  # "a ruling by the judge" tagged as a verb
        if tok.dep_ == "amod" or any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) and low == "rule":
            return None  # "the ruling party", "ruled out"
        if low == "rule":
            return _rule_sense(tok, lex)
        if low == "find":
            if court_finding(tok, lambda t: _court_like(t, lex)):
                return False  # "a deal the court later found was secured with a bribe"
            words = {t.lower_ for c in tok.children if c.dep_ not in {"nsubj", "nsubjpass"} for t in c.subtree}
            return False if words & lex.sense("ruling_verdict_words") else None
        if low == "clear":
            charges = lex.sense("ruling_charge_words")
            return False if any(lemma(g) in charges for g in prep_objects(tok, "of")) else None
        if low in {"acquit", "convict", "sentence"}:
            return (
                None
                if low == "acquit" and any(c.lower_ in {"himself", "herself", "itself"} for c in tok.children)
                else False
            )
        objects = {lemma(c) for c in kids(tok, "dobj", "nsubjpass")}
        if low == "issue":  # a court's "issued an arrest warrant for him"; not prosecutors', nor one of no issuer
            return False if _court_subject(tok, lex) and objects & lex.sense("ruling_issued_objects") else None
        if low == "suspend" and any("ruling" in lex.nouns.get((o,), ()) for o in objects):
            return None  # "to suspend a ruling by one of its judges": the ruling named is the event
        if low in lex.sense("ruling_needs_court_and_legal_object"):  # "revoked his bail", "denied bail"
            return False if _court_subject(tok, lex) and objects & lex.sense("ruling_legal_objects") else None
        if low in lex.sense("ruling_award_verbs"):
            return False if awarded_by_a_body(tok, lex) else None
        if low in lex.sense("ruling_term_verbs") and _for_a_term(tok, lex):
            return False  # "Navalny jailed for nearly three years": a sentence, whoever passed it
        if low in lex.sense("ruling_needs_legal_object"):
            return False if objects & lex.sense("ruling_legal_objects") or _court_subject(tok, lex) else None
        if low in lex.sense("ruling_needs_court"):
            return False if _court_subject(tok, lex) else None
        return None
    # nouns
    if low == "ruling" and tok.dep_ in {"amod", "compound"}:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return None  # "without a court order": a condition, not a ruling
    if low == "verdict" and _verdict_of_opinion(tok, lex):
        return None  # "the central bank delivered a sobering verdict on the economy": a judgement in speech
    if low not in lex.sense("ruling_nouns_needing_court"):
        return False
    mods = {lemma(m) for m in modifiers(tok)}
    deciders = _deciders(tok)
    if any(_court_like(d, lex) for d in deciders) or mods & lex.sense("ruling_courts"):
        return False
    if low == "order":
        if mods & lex.sense("ruling_order_not_modifiers"):
            return None
        if mods & lex.sense("ruling_order_modifiers"):
            return False
    if low == "opinion" and (
        mods & lex.sense("ruling_opinion_modifiers")
        or any(lemma(r) in lex.sense("ruling_opinion_verbs") for r in kids(tok, "relcl"))
    ):
        return True
    if low in {"judgment", "judgement"} and prep_objects(tok, "against"):
        return True
    if any(_authority_like(d, lex) for d in deciders) and _legal_complement(tok, lex):
        return True
    return None


def _verdict_of_opinion(tok: Token, lex: Lexicon) -> bool:
    """A verdict someone other than a court or jury gives: "analysts delivered a harsh verdict on the plan"; a
    jury's, a judge's or a guilty verdict stays a ruling."""
    if tok.dep_ != "dobj" or lemma(tok.head) not in lex.sense("ruling_verdict_giving_verbs"):
        return False
    if {lemma(m) for m in modifiers(tok)} & lex.sense("ruling_verdict_words"):
        return False  # "a guilty verdict"
    givers = _subject_of(tok.head)
    return bool(givers) and not any(_court_like(g, lex) for g in givers)


def _for_a_term(verb: Token, lex: Lexicon) -> bool:
    """ "for five years", "for life", "for 18 months": the term of a prison sentence."""
    terms = lex.sense("ruling_term_words")
    return any(lemma(g) in terms or g.ent_type_ == "DATE" for g in prep_objects(verb, "for"))


def _rule_sense(tok: Token, lex: Lexicon) -> bool | None:
    """ "ruled that ...", "ruled against the state", "ruled in favour of", "ruled the law unconstitutional"."""
    if kids(tok, "ccomp", "oprd", "acomp") or any(c.dep_ == "parataxis" and c.i > tok.i for c in tok.children):
        return False
    for p in kids(tok, "prep"):
        objs = kids(p, "pobj")
        if p.lower_ in {"against", "on"} and objs:
            return False
        if p.lower_ == "in" and any(lemma(g) in {"favour", "favor", "case"} for g in objs):
            return False
        if p.lower_ == "for" and objs and not any(g.ent_type_ in {"DATE", "TIME"} for g in objs):
            return True
    return True if _court_subject(tok, lex) and not kids(tok, "dobj") else None


def _person_like(tok: Token, lex: Lexicon) -> bool:
    return (
        tok.ent_type_ in {"PERSON", "NORP"}
        or tok.lower_ in PERSON_PRONOUNS
        or lemma(tok) in lex.sense("people_nouns")
        or lemma(tok) in lex.sense("arrest_capture_objects")
        or tok.pos_ == "NUM"
    )


def _arrest(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    low = lemma(tok)
    if low == "hold":
        return True if kind == "verb" and _held(tok, lex) else None
    if low == "custody":  # "died in police custody"; not "remain in custody", "a custody battle"
        keepers = kids(tok, "compound", "amod", "poss") + prep_objects(tok, "of")
        return True if any(lemma(k) in lex.sense("law_enforcement") for k in keepers) else None
    objects = kids(tok, "dobj")
    warrants = [c for c in objects if lemma(c) in lex.sense("ruling_issued_objects")]
    named = [o for o in objects if o not in warrants and (_person_like(o, lex) or o.pos_ == "PROPN")]
    if kind == "verb" and warrants and not named:
        return None  # "ICC issues arrest warrants" read with "arrest" as the verb: a warrant, no arrest; but
        # "arrests Duterte on ICC warrant" with the warrant misread as a second object is an arrest
    if low == "capture":
        if kind == "verb":
            objects = kids(tok, "dobj", "nsubjpass")
            return True if any(_person_like(o, lex) for o in objects) else None
        owners = kids(tok, "poss") + prep_objects(tok, "of")
        return True if any(_person_like(o, lex) or o.pos_ == "PRON" for o in owners) else None
    if kind == "verb" and low in lex.frames["arrest"].get("particles", {}):
        # only with the particle: "rounded up"; "picked up" by the police or a suspect picked up (not "picked up
        # the phone", nor sailors picked up at sea)
        if particle_event(tok, lex) != "arrest":
            return None
        if low not in lex.sense("arrest_particle_verbs_needing_police"):
            return True
        takers = _subject_of(tok) + [g for a in kids(tok, "agent") for g in kids(a, "pobj")]
        taken = kids(tok, "dobj", "nsubjpass")
        police = any(lemma(t) in lex.sense("law_enforcement") for t in takers)
        return True if police or any(lemma(t) in lex.sense("arrest_capture_objects") for t in taken) else None
    if kind == "verb" and tok.dep_ == "amod":
        return None  # "the arrested man"
    return False


def _held(verb: Token, lex: Lexicon) -> bool:
    """ "18 held", "Three suspects held after raid", "were held for questioning", "held him in custody": people the
    authorities keep; not "held talks", "held hostage", "held responsible", "held by gunmen", "prisoners held"."""
    if kids(verb, "prt", "oprd", "xcomp", "acomp", "attr", "ccomp"):
        return False
    in_custody = any(lemma(g) in lex.sense("arrest_holding_places") for g in prep_objects(verb, "in", "into"))
    if kids(verb, "nsubjpass"):
        held = kids(verb, "nsubjpass")
    elif verb.tag_ == "VBN" and verb.dep_ == "acl":
        held = [verb.head]
    elif unpunctuated(sent_of(verb)) and reduced_passive(verb, lex.frames["arrest"]["verb"]):
        held = kids(verb, "nsubj")  # a headline's passive without "were"
    elif in_custody:
        held = kids(verb, "dobj")
    else:
        return False
    holders = [g for a in kids(verb, "agent") for g in kids(a, "pobj")]
    if any(lemma(t) in lex.sense("arrest_hold_not_words") for t in held + holders):
        return False
    if holders and not any(lemma(h) in lex.sense("law_enforcement") or h.ent_type_ in ACTOR_ENTS for h in holders):
        return False
    return any(_person_like(h, lex) or any(_person_like(g, lex) for g in prep_objects(h, "of")) for h in held)


def _held_by_force(crowd: Token, lex: Lexicon) -> bool:
    """ "Dozens of protesters were arrested", "police detained 40 demonstrators": the crowd of a protest reported
    elsewhere, as the people an arrest took, is no protest of its own."""
    node = crowd.head.head if crowd.dep_ == "pobj" and crowd.head.lower_ == "of" else crowd
    verbs = [c for c in crowd.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "protesters arrested"
    if node.dep_ in {"dobj", "nsubjpass"}:
        verbs.append(node.head)
    return any("arrest" in lex.verbs.get(lemma(v), ()) and _arrest(v, "verb", lex) is not None for v in verbs)


def _protest(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    low = lemma(tok)
    if kind == "verb":
        if tok.dep_ == "amod":
            return None
        if low in lex.sense("protest_gathering_verbs"):
            return True if gathered_crowd(tok, lex) else None
        if low in lex.sense("protest_siege_verbs"):
            return True if crowd_blocking(tok, lex) else None
        if low in lex.sense("protest_storming_verbs"):
            return True if crowd_storming(tok, lex) else None
        if low == "strike":
            return True if striking_workers(tok, lex) or headline_strike(tok, lex) else None
        if low == "protest":
            if kids(tok, "ccomp") or {lemma(c) for c in kids(tok, "dobj")} & lex.sense("protest_speech_objects"):
                return None  # "protested his innocence", "protested that ...": a statement
            return False
        if low == "demonstrate":
            return None if kids(tok, "dobj", "ccomp", "xcomp", "attr") else False
        if low == "boycott":  # "boycotted the vote", "a vote boycotted by the opposition": a way of voting
            boycotted = kids(tok, "dobj", "nsubjpass") + ([tok.head] if tok.dep_ == "acl" else [])
            votes = lex.sense("election_words")
            if any(lemma(b) in votes or b.lower_ in votes for b in boycotted):
                return None
        if low in lex.frames["protest"].get("particles", {}):
            out_of = tok.i + 2 < len(tok.doc) and tok.nbor(2).lower_ == "of"
            left = particle_event(tok, lex) == "protest" and not out_of
            return True if left else None  # "walked out", not "walked home", "walked out of the hospital"
        subjects = _subject_of(tok)
        if low == "rally":
            objects = [o for o in kids(tok, "dobj") if not _misread_place(o)]
            if objects or any(lemma(s) in lex.sense("rally_not_subjects") for s in subjects):
                return None  # "rallied support", "stocks rallied"
            if any(p.lower_ in {"behind", "around", "to", "from"} for p in kids(tok, "prep")):
                return None  # "rallied behind the leader", "recovered from"
            return True
        if low == "march":
            crowd = [
                s
                for s in subjects
                if (s.tag_ in {"NNS", "NNPS"} or s.pos_ == "NUM" or lemma(s) in {"crowd", "people", "thousands"})
                and lemma(s) not in lex.sense("march_not_subjects")
            ]
            return True if crowd else None
        return False
    if low == "march" and (tok.pos_ != "NOUN" or tok.ent_type_ in {"DATE", "EVENT"} or tok.text[:1].isupper()):
        return None  # the month
    if low in lex.sense("protest_storming_verbs"):  # "Ruiz supporters storm parliament", tagged a noun
        return True if kids(tok, "dobj") and crowd_storming(tok, lex) else None
    if low == "strike":  # a labour strike: "the dockworkers' strike", "went on strike", "a nationwide strike"
        labour = lex.sense("protest_labour_words") | lex.sense("people_nouns")
        words = [m for m in modifiers(tok) + kids(tok, "poss")]
        if any(lemma(w) in labour or lemma(w).endswith("worker") for w in words):
            return True
        # "went on strike", "on a hunger strike"; "commented on the strike" is about a strike already named
        topic = kids(tok, "poss") or any(d.lower_ in DETERMINERS for d in kids(tok, "det"))
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and not topic:
            return True
        return True if strike_called(tok, lex) or headline_strike(tok, lex) or labour_strike_noun(tok, lex) else None
    if low in lex.sense("protest_crowd_nouns"):
        if tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ in {"appos", "attr"}:
            return None  # "a 44-year-old protester": who someone is
        if {lemma(m) for m in modifiers(tok) + kids(tok, "poss")} & lex.sense("protest_crowd_not_modifiers"):
            return None  # "the team's strikers": footballers
        return None if _held_by_force(tok, lex) else True
    mods = {lemma(m) for m in modifiers(tok)}
    if low == "protest":
        gov = tok.head
        if mods & lex.sense("protest_formal_modifiers"):
            return None  # "a formal protest": a complaint
        if tok.dep_ == "pobj" and gov.lower_ == "in" and not kids(tok, "det", "amod", "poss"):
            return None  # "resigned in protest"
        if tok.dep_ == "pobj" and gov.lower_ == "of" and lemma(gov.head) in lex.sense("protest_document_nouns"):
            return None  # "letters of protest"
        if tok.dep_ == "dobj" and lemma(gov) in lex.sense("protest_lodging_verbs"):
            return None  # "lodged a protest"
        return False
    if low == "riot" and bare_plural(tok) and tok.dep_ in {"dobj", "pobj"} and not modifiers(tok):
        return None  # "confessed to organising riots", "warned of riots": riots in general, none in particular
    if low == "demonstration":
        of = prep_objects(tok, *lex.sense("demonstration_not_preps"))
        if of and not any(_person_like(o, lex) or o.ent_type_ in ACTOR_ENTS for o in of):
            return None  # "a demonstration of force", "the clearest demonstration of the fact"
        return False
    if low == "rally" and (mods & lex.sense("rally_not_modifiers") or addressed_rally(tok)):
        return None  # "a stock-market rally", "a campaign rally", "told a rally in the capital"
    return False


def _actor_like(tok: Token, lex: Lexicon) -> bool:
    return (
        tok.pos_ in {"PROPN", "PRON"}
        or tok.ent_type_ in ACTOR_ENTS | {"FAC"}
        or _person_like(tok, lex)
        or lemma(tok) in lex.sense("sanction_actor_nouns")  # "sanctions on 14 companies", "on Guinea's junta"
    )


def _sanction(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    if kind == "verb":
        if lemma(tok) == "blacklist":
            return False
        objects = kids(tok, "dobj", "nsubjpass")
        if lemma(tok) in lex.sense("sanction_blocking_verbs"):  # "the Treasury blocked seven companies"
            return True if blocked_holders(tok, lex, lambda t: _court_like(t, lex)) else None
        if lemma(tok) in lex.sense("sanction_halting_verbs"):  # "halted imports of fruit from Taiwan"
            return True if halted_trade(tok, lex) else None
        if lemma(tok) in lex.sense("sanction_barring_verbs") or lemma(tok) == "freeze":
            return True if barred_or_frozen(tok, lex) else None
        return False if objects and all(_actor_like(o, lex) or penalised(o) for o in objects) else None
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in lex.sense("sanction_state_preps")
        and lemma(tok.head.head) not in lex.sense("sanction_placing_verbs")
    ):
        return None  # "has been under U.S. sanctions since 2019": a state; but "was placed under sanctions"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in lex.sense("sanction_ending_heads"):
        return None  # "the lifting of sanctions": the event is their end, not their imposing
    if ended_sanctions(tok, lex) or standing_sanctions(tok, lex):
        return None  # "lifted sanctions on", "citing sanctions on him": a standing regime, no new one
    if lemma(tok) in lex.sense("sanction_imposed_restriction_nouns") | lex.sense("sanction_withdrawn_benefit_nouns"):
        return True if restriction_imposed(tok, lex, lambda t: _actor_like(t, lex)) else None
    if lemma(tok) == "ban":  # "imposed trade and investment bans on Lockheed"; not "a ban on rallies"
        return True if barred_or_frozen(tok, lex) else None
    if tok.tag_ == "NN" and lemma(tok) == "sanction":
        if tok.dep_ == "pobj" and tok.head.lower_ in lex.sense("sanction_approval_preps"):
            return None  # "without UN sanction"
        if {lemma(m) for m in modifiers(tok)} & lex.sense("sanction_not_modifiers"):
            return None
    return False


def _visit(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    low = lemma(tok)
    if kind == "verb":
        if low == "tour":
            objects = kids(tok, "dobj")
            places = lex.sense("visit_tour_objects")
            ok = any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.pos_ == "PROPN" or lemma(o) in places for o in objects)
            ok = ok or any(  # "toured the canal's Miraflores locks": a named site
                c.dep_ in {"compound", "poss"} and (c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "LOC", "FAC"})
                for o in objects
                for c in o.children
            )
            return False if ok else None
        if low in lex.sense("visit_entering_verbs"):  # "stepped into North Korea", "set foot in Kelvia"
            return True if entered_a_place(tok, lex) else None
        if low in {"arrive", "return"}:  # "U.S. envoy Booth, who arrived on Tuesday", "returns to Juba for talks"
            return True if arrival_visit(tok, lex) else None
        if low in {j.split(":")[0] for j in lex.sense("visit_journeys")}:  # "will travel to Pristina"
            return True if journey_to_a_place(tok, lex) else None
        return False if kids(tok, "dobj", "nsubjpass", "nsubj") else None
    if low in lex.sense("visit_entering_verbs"):  # "Trump steps into North Korea": the verb, tagged a noun
        return True if headline_step(tok, lex) else None
    if bare_plural(tok) and not verb_read_as_noun(tok):  # but "Macron visits shattered Beirut"
        return None
    places = [g for g in prep_objects(tok, "to") if g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN"]
    if low in lex.sense("visit_nouns_needing_destination"):  # "a trip to Kyiv", "a tour of Africa"
        places += [g for g in prep_objects(tok, "of") if g.ent_type_ in {"GPE", "LOC"}]
        after = [tok.nbor(1)] if tok.i + 1 < len(tok.doc) else []  # "trip abroad", the adverb hung on the verb
        places += [a for a in kids(tok, "advmod") + after if a.lower_ in lex.sense("visit_abroad_words")]
        if tok.dep_ == "pobj" and tok.head.lower_ == "on":  # "is in Gabon on a private trip"
            places += [g for g in prep_objects(tok.head.head, "in") if g.ent_type_ in {"GPE", "LOC"}]
        if not places and kids(tok, "poss") and tok.dep_ == "dobj":
            gov = tok.head.head if tok.head.dep_ in {"oprd", "advmod", "acomp"} else tok.head  # "cut [short] her trip"
            governors = lex.frames["visit"].get("governors", {})
            return True if lemma(gov) in governors else None  # "cutting short his trip", "began her tour"
        return False if places else None
    return False if _anchored_visit(tok, lex) or places else None


def _anchored_visit(tok: Token, lex: Lexicon) -> bool:
    """A visit noun that names a particular visit: whose, to or in where, when, or set as the scene ("on a
    visit to"), or the object of a verb that says it happened ("paid a visit", "ended a two-day visit")."""
    if kids(tok, "poss") or prep_objects(tok, "to", "of", "by", "in") or _after_possessive(tok):
        return True
    if any(m.ent_type_ in ACTOR_ENTS | {"LOC", "DATE"} or m.pos_ == "PROPN" for m in modifiers(tok)):
        return True
    det = kids(tok, "det")
    if det and det[0].lower_ in lex.sense("definite_anaphors"):
        return True
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ in {"on", "during", "after", "before", "since", "ahead"}:
        return True
    governors = set(lex.frames["visit"].get("governors", {})) | lex.sense("light_verbs")
    return tok.dep_ in {"dobj", "nsubjpass"} and lemma(gov) in governors


def _after_possessive(tok: Token) -> bool:
    """ "during foreign minister's visit" parsed with "visit" apposed to "minister": a noun after "'s" (and its own
    modifiers: "the minister's two-day state visit") is possessed, whatever the parser hung it on."""
    k = tok.i - 1
    while k >= 0 and tok.doc[k].head.i == tok.i and tok.doc[k].dep_ in {"compound", "amod", "nummod", "punct"}:
        k -= 1
    return k >= 0 and tok.doc[k].tag_ == "POS"


_SENSES = {
    "election": _election,
    "ruling": _ruling,
    "arrest": _arrest,
    "protest": _protest,
    "sanction": _sanction,
    "visit": _visit,
}


def verb_rule(tok: Token, candidates: tuple[str, ...], lex: Lexicon) -> tuple[str, ...] | None:
    """The types a verb may evoke when its particle or its sense decides before the lexicon's order: "struck
    down" (a ruling, not an attack), "took over" (an acquisition); "beating two opponents with 48 percent of
    the vote" is an election verb, no injury, even where it only restates its clause's election."""
    etype = particle_event(tok, lex)
    if etype is not None:
        return (etype,)
    if "election" in candidates and _election(tok, "verb", lex) is not None:
        return ("election",)
    low = lemma(tok)
    if low in lex.sense("protest_siege_verbs") and crowd_blocking(tok, lex):
        return ("protest",)  # "farmers blocked highways in protest", not "the court blocked the law"
    if low == "strike" and (striking_workers(tok, lex) or headline_strike(tok, lex)):
        return ("protest",)  # "pilots will strike on Friday", not "missiles struck the port"
    if low in lex.sense("protest_storming_verbs") and crowd_storming(tok, lex):
        return ("protest",)  # "Trump supporters storm Capitol", not "gunmen stormed the hotel"
    if low in lex.sense("ruling_needs_court_and_legal_object") and "ruling" in candidates:
        if _ruling(tok, "verb", lex) is not None:
            return ("ruling",)  # "the judge denied bail", not "he denied the charges"
    return None


def _misread_place(obj) -> bool:
    """ "rallied outside parliament" parsed with "outside" as the object's adjective: a place, not what was rallied."""
    return any(c.dep_ in {"amod", "advmod"} and c.lower_ in {"outside", "near", "opposite", "inside"} and c.i < obj.i
               for c in obj.children)


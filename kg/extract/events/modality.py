"""Modality: did the event happen (asserted), or is it negated, planned or hypothetical?

`modality_of(trigger, lex)` reads it from the parse: the trigger's own clause, then each predicate that governs
it, walking up while the governing word's meaning or tense reaches the event (its scope).

- negated: "not" / "never" / "no longer" on the trigger's clause or on a governing verb ("did not launch the
  attack", "did not plan to meet"); "no" on the event noun or on a noun that governs it ("no plans for talks",
  "no agreement on a ceasefire"); a negative-quantifier subject ("No one claimed the attack", "Neither the
  lawyers nor the family would comment"); "without" ("talks end without a deal"); a word of failure, refusal,
  prevention or cancellation that governs it ("failed to reach a deal", "refused to meet", "the summit was
  cancelled", "foiled an attack", "stopped them from marching"), unless that word is itself only planned or
  possible ("efforts to prevent the return": the return is still planned; "if Russia refused a ceasefire",
  "could refuse to sign": possible). A negated or failed prevention says the event happened ("could not prevent
  the attack", "failed to stop them from marching"). A denial or an order of a definite event ("denied the
  strike", "ordered the attack") presupposes it: asserted; so does a court's refusal, which is a ruling
  ("refused to order a hearing": the `types_enacted_by_refusal`).
- planned: the future ("will meet", "is to meet", the headline infinitive "Leaders to meet Friday" or "Harbor to
  buy Meridian", and "would meet" reported after a past reporting verb: the future in the past); "must" /
  "should"; plans, schedules, expectations, intentions, warrants and requests that govern it ("plans to", "is
  expected to", "scheduled to", "wants them to meet", "let them meet", "urged them to meet", "called for talks",
  "called on the junta to hold talks", "a proposal for talks", "a warrant for his arrest"; news-dev labels
  requested events planned, and so does kg); goals ("work toward a visit", "in talks to buy"), prepositional
  predicates ("on track to sign", "on course for a deal"), nouns that refer ahead ("the impending sale", "next
  year's election"), "ahead of" in a present or future clause ("are gathering ahead of the summit"); purpose
  infinitives ("will fly to Nairobi to meet the president"); "be to" with someone as subject ("the rebels are to
  begin talks"), a subjunctive "that" clause ("insisted that the premier hold talks"), the purpose of a planned
  trip ("is due in Paris for talks"). A past narrative tells the purpose of what the
  subject did there and then as done ("gathered to denounce the verdict", "marched, burning flags to protest":
  the `purpose_done_types`), not an outcome others decide ("sued to overturn the ban"); a kept promise took
  place ("kept their promise to kill him": `fulfilment_verbs`).
- hypothetical: "can", "could", "may", "might"; "would" elsewhere; modal perfects ("may have fled", "should have
  arrived"); conditionals (the "if" / "unless" clause and the clause it conditions, but not a speech verb without a
  modal: "predicting bloodshed if agents come" was said), inverted ("Should the talks fail, ...") or led by "in
  case", "provided that", "as long as"; "in case of", "in the event of"; tries, offers, fears, warnings, threats
  ("threatened to strike the base", "a threatened walkout": what is threatened happens only if the threat is carried
  out; the gold of sets d to g), rumours and possibilities ("the possibility of a meeting", "remained open to
  talks"); what a reward's information would lead to ("information leading to the arrest of the bombers":
  `reward_condition_nouns`); an "any" event that names none in particular ("any attack would be met with force",
  "would comply with any decision"), unless what governs it carries it out or keeps it from happening ("refused to
  hold any talks": negated).

Scope closes where the event is presupposed rather than governed: relative clauses and participial modifiers
("the bombed embassy", "the decision, announced Wednesday"), temporal and causal adjuncts ("after the bombings",
"since ..."), a definite event as the topic of "about" / "over" ("worried about the election"), a describing
clause that says the event was carried out ("the deal, signed in May, will take effect"), fronted adjuncts ("on
an official visit, he asked ..."), the subject of a verb that says something about an event rather than that it
takes place ("the raid is not linked to the probe", "the order is to be contested"), the object of a verb that
presupposes it ("will investigate the bombing"), the aim a describing clause gives an event ("demonstrations
intended to shut down clinics"). A reporting verb's clause keeps its own modality ("said he will report"), and
so does a finite conjunct with its own subject. Bare verbs the parser hangs on a finite verb whose tense they
cannot share are read as conjuncts of the infinitive before them ("was scheduled to lay a wreath, talk to
survivors and meet ..."). What each governing word means, and which clauses are conditions, is read by
kg/extract/events/scope.py; the steps through prepositions and adverbial clauses are in
kg/extract/events/modality_steps.py. The word lists are data: the modality `senses` of
kg/extract/data/event_lexicon.json.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.attribution import reporters_conjunct
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.modality_clauses import (
    announced_object,
    condition_under_time_clause,
    indirect_question,
    modal_conjunct,
    talked_of_only,
)
from kg.extract.events.modality_frames import frame_step
from kg.extract.events.modality_offers import dated_readiness, offered_event
from kg.extract.events.modality_steps import (
    CONDITIONAL_MARKS,
    adverbial_step,
    call_purpose_step,
    has_type,
    noun_in_scope,
    preposition_step,
)
from kg.extract.events.scope import (
    ASSERTED,
    CONDITION,
    FUTURE_MODALS,
    HYPOTHETICAL,
    MODALS,
    NEGATED,
    NEGATOR,
    NOT,
    OBLIGATION_MODALS,
    PLANNED,
    POSSIBILITY_MODALS,
    WOULD,
    agreed_purchase,
    answered_kind,
    answers_only,
    complement_read_as_relative,
    condition_led,
    conditional_clause,
    conditions,
    definite_noun,
    denied_content,
    discusses,
    failed_pursuit,
    finite,
    free_choice_subject,
    governor_operators,
    headline_participle,
    inverted_condition,
    is_complement,
    is_to_future,
    mandative,
    misattached_infinitive_conjunct,
    misattached_that_conjunct,
    nonspecific,
    participle_of_event,
    past_report,
    phrasal,
    plain_speech,
    plan_given_up,
    postpones_a_plan,
    prevents,
    pursuit_failed_after,
    requested_end,
    simple_past,
    too_to,
    without_negation_of_prevention,
    word_kind,
)
from kg.nlp import sent_of, unpunctuated

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ASSERTED", "HYPOTHETICAL", "NEGATED", "PLANNED", "modality_of"]

_MAX_STEPS = 7
_COPULAS = {"be", "become", "remain", "seem", "appear"}
_PARTY_NAMES = {"PERSON", "ORG", "NORP"}  # names of who takes part in an event, not of the event itself
_PAST = {"VBD", "VBN"}


def modality_of(tok: Token, lex: Lexicon) -> str:
    """asserted | negated | planned | hypothetical for the event whose trigger head is `tok`."""
    carrier = participle_of_event(tok, lex)
    if carrier is not None and (carried := modality_of(carrier, lex)) != ASSERTED:
        return carried  # "block any statement condemning the coup": the condemning is the statement's
    ops: list[str] = []
    node, came, prev = tok, "self", None
    irrealis_only = False  # past a future temporal clause ("after the ceasefire takes effect"): no negation
    reported_past = False
    presupposed = _named_event(tok, lex)  # "the decision to carry out the Bloody Friday attacks": they happened
    attack = has_type(tok, "attack", lex)
    enacted_by_refusal = any(has_type(tok, t, lex) for t in lex.sense("types_enacted_by_refusal"))
    enacted = _enacted_by_its_description(tok, lex)  # "the deal, signed in May, will take effect": it was made
    prevented_at = None  # where in `ops` a word of prevention negated the event ("prevented the attack")
    for _ in range(_MAX_STEPS):
        found = _clause_operators(node, tok, came, prev, lex)
        if came == "governed" and talked_of_only(node, tok, lex):
            ops.append(HYPOTHETICAL)  # "declined to discuss the terms of any deal": a possibility, not refused
            break
        if came in {"governed", "subject"}:
            meaning = governor_operators(node, prev, tok, lex)
            if attack and phrasal(node) & lex.sense("attempt_words"):
                meaning = []  # "tried to assassinate him": an attempted attack is an attack (ACE, KAIROS)
            if enacted_by_refusal and prev is tok and node.lemma_.lower() in lex.sense("refusal_verbs"):
                meaning = []  # "the court refused to order a hearing": the refusal is the ruling, made
            if meaning == [HYPOTHETICAL] and (
                offered_event(node, prev, tok, lex) or dated_readiness(node, prev, lex)
            ):
                meaning = [PLANNED]  # "offered to host talks", "ready to meet them next week": proposed
            if requested_end(node, prev, lex):
                meaning = [NOT]  # "urged her to call off any more rallies": asked not to hold them
            if meaning in ([PLANNED], [HYPOTHETICAL]) and plan_given_up(node, lex):
                meaning = [NEGATOR]  # "senators who had planned to object dropped their challenges": not done
            if agreed_purchase(node, prev, tok, lex):
                meaning = [PLANNED]  # "agrees $2.4 billion takeover of a snack maker": still to be completed
            prevention = meaning in ([NEGATOR], [HYPOTHETICAL]) and prevents(node, lex)
            if prevention and NOT in found:  # "could not prevent the attack", "no one stopped them from marching"
                found, meaning = without_negation_of_prevention(found, node), []  # it happened
            elif prevention and meaning == [NEGATOR]:
                prevented_at = len(ops) + len(found)
            elif meaning == [NEGATOR] and prevented_at is not None and ops[prevented_at:][:1] == [NEGATOR]:
                del ops[prevented_at]  # "failed to prevent the attack", "was unable to stop them from marching"
                meaning, prevented_at = [], None
            elif meaning == [HYPOTHETICAL] and (word_kind(node, lex) == NEGATOR or discusses(node, prev, lex)):
                found = [op for op in found if op != NOT]  # "did not rule out a meeting", "was not discussed"
            if meaning == [PLANNED] and phrasal(node) & lex.sense("rescheduling_verbs"):
                if postpones_a_plan(node, prev, lex):
                    meaning = [NEGATOR]  # "postponed a planned call": the call as planned did not take place
                else:
                    # "the summit, due to open on Friday, could be postponed", "would not be used to postpone the
                    # election": the modal and the negation are the postponement's; the summit is planned either way
                    found = [op for op in found if op not in {HYPOTHETICAL, WOULD}]
                    irrealis_only = True
            irrealis = [op for op in found if op in {HYPOTHETICAL, CONDITION}]
            if meaning == [NEGATOR] and irrealis:
                # "if Russia refused a ceasefire", "could refuse to meet": the refusal is itself only possible
                found = [op for op in found if op not in irrealis] + meaning + irrealis
            else:
                found += meaning
        if came == "participation" and not _refused_participation(node, tok, lex):
            irrealis_only = True  # "did not attend the summit": it took place without them
        if irrealis_only:
            found = [op for op in found if op not in {NOT, NEGATOR}]
        ops.extend(found)
        relation, head = _step_up(node, tok, lex, ops)
        if relation == "fulfilled" and PLANNED in ops:
            del ops[len(ops) - 1 - ops[::-1].index(PLANNED)]  # the kept promise no longer plans the event
            relation = "shared"
        if enacted or presupposed and relation != "subject" and not _called_off(head, node, lex):
            break  # a named event is denied or planned only by its own words ("the Friday talks will not take place")
        if relation == "report":
            reported_past = past_report(head)  # "said", "has said", "told ..., adding"; not "was saying"
            break
        if relation == "close":
            break
        irrealis_only = irrealis_only or relation == "future_temporal"
        node, came, prev = head, relation, node
    modality = _resolve(ops, reported_past)
    if modality in {ASSERTED, PLANNED} and (nonspecific(tok, lex) or answered_kind(tok, tok.head, lex)):
        return HYPOTHETICAL  # "any attack would be met with force", "would comply with any decision": if there is one
    return modality


def _called_off(verb: Token, event: Token, lex: Lexicon) -> bool:
    """ "Monday's summit was called off", "Norvania's June vote postponed", "the Friday talks may be put off": a named
    event is presupposed, but not past a verb that cancels or postpones it (the date that names it)."""
    if event.head is not verb or event.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
        return False
    if phrasal(verb) & lex.sense("rescheduling_verbs"):
        return True  # the walk reads the postponement: negated when told as done, planned under a modal
    return word_kind(verb, lex) == NEGATOR and bool(phrasal(verb) & lex.sense("describing_markers"))


def _refused_participation(verb: Token, tok: Token, lex: Lexicon) -> bool:
    """ "would not take part in coalition talks", "will not join talks with the rebels": a party that will not
    take part in events not yet held, named by no definite word, keeps them from happening as planned (they
    are negated); "did not attend the summit", "will not attend the summit" still presuppose the summit."""
    return (
        any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and tok.pos_ in {"NOUN", "PROPN"}
        and not definite_noun(tok, lex)
        and not any(c.dep_ == "det" for c in tok.children)
    )


def _enacted_by_its_description(tok: Token, lex: Lexicon) -> bool:
    """An event noun whose describing clause says it was carried out ("the deal, signed in May, will take
    effect in June", "the talks that were held on Monday", "a ceasefire agreed last week"): it took place,
    whatever the clause around the noun plans or doubts. Not "the talks planned for Friday" (a plan), nor
    "talks that will be held" (future)."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    for clause in tok.children:
        if clause.dep_ not in {"acl", "relcl"} or not _about_the_noun(clause):
            continue
        if not phrasal(clause) & (lex.sense("scope_verbs") | lex.sense("enactment_verbs")):
            continue
        auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.dep_ == "neg" for c in clause.children) or any(c.tag_ == "MD" for c in auxes):
            continue
        if auxes[:1] and auxes[0].tag_ in {"VBD", "VBZ", "VBP"} or not auxes and clause.tag_ in _PAST:
            return True
    return False


def _named_event(tok: Token, lex: Lexicon) -> bool:
    """An event named by its date or a proper name ("the August 4 attack", "Monday's bombing", "the Bloody
    Friday attacks", "the Rolando bombing"): its existence is presupposed by whatever plans, decisions or trials
    mention it. Not a name of who takes part (a possessor, "Kopp's arrest"), nor, for the kinds a series or its
    parties name (`types_named_by_parties`), a person, body or people: "will attend the NATO summit", "the Group
    of 20 summit", "the Marsh-Berg talks" can still be planned."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.dep_ == "conj" and tok.head is not tok and _named_event(tok.head, lex):
        return True  # "the August 4 assassination attempt and terrorist attack"
    by_parties = any(has_type(tok, t, lex) for t in lex.sense("types_named_by_parties"))
    return tok.ent_type_ == "EVENT" or any(
        c.ent_type_ in {"DATE", "EVENT"} and c.dep_ in {"compound", "nmod", "poss"} and not _duration(c, lex)
        or c.pos_ == "PROPN" and c.dep_ in {"compound", "nmod"} and not (by_parties and c.ent_type_ in _PARTY_NAMES)
        for c in tok.children
    )


def _duration(word: Token, lex: Lexicon) -> bool:
    """ "a 72-hour truce", "a three-day visit", "two-week ceasefire": a length of time before the event noun says how
    long it lasts, not the date that names it."""
    return word.lemma_.lower() in lex.sense("process_measures") and any(c.dep_ == "nummod" for c in word.children)


def _resolve(ops: list[str], reported_past: bool) -> str:
    if CONDITION in ops and not any(op in {NOT, NEGATOR} for op in ops[ops.index(CONDITION) + 1 :]):
        return HYPOTHETICAL  # "if no agreement is reached": the condition wins over the negation inside it
    if NOT in ops:
        return NEGATED
    if NEGATOR in ops:
        last = max(k for k, op in enumerate(ops) if op == NEGATOR)
        if not any(op in {HYPOTHETICAL, PLANNED, WOULD} for op in ops[last + 1 :]):
            return NEGATED
    if HYPOTHETICAL in ops:
        return HYPOTHETICAL
    if WOULD in ops:
        return PLANNED if reported_past else HYPOTHETICAL
    if PLANNED in ops:
        return PLANNED
    return ASSERTED


# --- what a clause says of itself: negation, modals, conditionals, modifiers ----------------------------


def _clause_operators(node: Token, tok: Token, came: str, prev: Token | None, lex: Lexicon) -> list[str]:
    """Operators among `node`'s own dependents. A conjunct with its own subject or auxiliary is a clause of
    its own: the first conjunct's auxiliaries do not reach it ("He left and will not return")."""
    if came == "shared" and prev is not None and prev.dep_ == "conj" and _has_own_clause(prev):
        return []
    ops: list[str] = []
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VB" for c in node.children)
    is_noun = node.pos_ in {"NOUN", "PROPN"}
    condition = not is_noun and conditional_clause(node)
    inverted = inverted_condition(node)
    if inverted is not None or not is_noun and condition_led(node, lex):
        ops.append(HYPOTHETICAL)  # "Should the talks fail, ...", "in case the rebels attack": a condition
    if is_noun and _future_date_modifier(node, lex):
        ops.append(PLANNED)  # "next year's election", "tomorrow's summit"
    for c in node.children:
        if c is prev or c is inverted:
            continue
        dep, low = c.dep_, c.lower_
        if dep == "neg":
            if is_noun and c.i > node.i:
                continue  # "an attack, clearly not the work of amateurs": it negates what follows the noun
            if not is_noun and _time_limit(node, lex):
                continue  # "will not meet until March": the negation is of the earlier time, the meeting is set
            if prev is not None and prev.dep_ == "acomp" and word_kind(prev, lex) == NEGATOR:
                continue  # "was not opposed to a meeting": read with the adjective, a negated negator
            ops.append(NOT)
        elif dep == "det" and low in lex.sense("negative_determiners") and (is_noun or node is tok):
            ops.append(NOT)
        elif dep in {"nsubj", "nsubjpass"} and _negative_quantifier(c, lex):
            ops.append(NOT)
        elif dep in {"aux", "auxpass"} and c.tag_ == "MD" or dep == "aux" and low in MODALS:
            if low in {"can", "must"} and _performative(node, lex):
                continue  # "I can confirm that ...": said as it is written
            ops.append(_modal_operator(c.lemma_.lower(), low, perfect))
        elif dep == "aux" and c.tag_ == "TO" and _headline_infinitive(node):
            ops.append(PLANNED)  # headline future: "Leaders to meet Friday", "Harbor to buy Meridian"
        elif dep == "mark" and low in CONDITIONAL_MARKS and not condition:
            ops.append(HYPOTHETICAL)  # "whether", and "even if": possible, a negation inside still negates
        elif dep == "preconj" and low in lex.sense("negative_determiners") and not is_noun:
            ops.append(NOT)  # "after neither won a majority": the parser hangs "neither" on the verb
        elif conditions(c, lex) and not simple_past(node) and not plain_speech(node, lex):
            ops.append(HYPOTHETICAL)  # the consequent of "if ...": "will retaliate if attacked", "Should ..., will"
        elif condition_under_time_clause(c, lex) and not simple_past(node) and not plain_speech(node, lex):
            ops.append(HYPOTHETICAL)  # "will strike before the rains end unless ...": the parser hung the condition low
        elif dep == "advmod" and low == "longer" and any(g.lower_ == "no" for g in c.children):
            ops.append(NOT)  # "would no longer be the victim of an invasion"
        elif dep in {"amod", "advmod"} and (node is tok or is_noun):
            op = _modifier_operator(c, lex)
            if op:
                ops.append(op)
        elif dep in {"acl", "relcl"} and is_noun and _about_the_noun(c):
            ops.extend(_describing_clause_operators(c, lex))
    return ops + [CONDITION] if condition else ops  # last: it holds whatever its clause negates


def _time_limit(verb: Token, lex: Lexicon) -> bool:
    """ "would not start before September", "will not meet until the new cabinet takes office in March": a
    future or modal verb with a time limit (`time_limit_preps`, as a preposition or a clause, naming a date),
    so "not" denies the time before it, not the event; so does a word of expectation or schedule ("a ruling is
    not expected before May", "the vote is not due until June": `time_limited_plan_words`). Not "until it
    leaves the city" (a condition: no date), nor a past "had not met until March" (told as what had not
    happened)."""
    planned = [c for c in (verb, *verb.children) if c is verb or c.dep_ in {"acomp", "xcomp"}]
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and not any(
        {w.lemma_.lower(), w.lower_} & lex.sense("time_limited_plan_words") for w in planned
    ):
        return False
    limits = lex.sense("time_limit_preps")
    for c in (g for w in planned for g in w.children):
        if c.dep_ == "prep" and c.lower_ in limits:
            limit = c
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in limits for m in c.children):
            limit = c
        else:
            continue
        if any(g.ent_type_ in {"DATE", "TIME"} for g in limit.subtree if g is not limit):
            return True
    return False


def _modal_operator(lemma: str, low: str, perfect: bool) -> str:
    if perfect and (lemma in POSSIBILITY_MODALS | OBLIGATION_MODALS or lemma == "would" or low in {"would", "could"}):
        return HYPOTHETICAL  # "may have fled", "should have arrived", "would have denied"
    if lemma in FUTURE_MODALS or low in FUTURE_MODALS:
        return PLANNED
    if lemma == "would" or low == "would":
        return WOULD
    if lemma in OBLIGATION_MODALS or low in OBLIGATION_MODALS:
        return PLANNED  # "must be returned", "should be reunited": required, not yet done
    return HYPOTHETICAL


def _performative(verb: Token, lex: Lexicon) -> bool:
    """A speech verb with a first-person subject: "I can confirm", "I must say"."""
    return "statement" in lex.verbs.get(verb.lemma_.lower(), ()) and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in verb.children
    )


def _has_own_clause(verb: Token) -> bool:
    """Its own subject, negation or modal; or a tense of its own ("won't cover ..., and added"), unless it is an
    alternative under its head's auxiliary ("had not admitted a role or implicated anyone": the parser reads the
    participle as a past tense)."""
    if verb.tag_ in {"VBD", "VBZ", "VBP"} and verb.head.tag_ != verb.tag_ and not _alternative_participle(verb):
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return True  # "urged them not to accept the coup and to protest": the second infinitive has its own "to"
    return any(c.dep_ in {"nsubj", "nsubjpass", "neg"} or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _alternative_participle(verb: Token) -> bool:
    """ "had not admitted ... or implicated": a conjunct joined by "or" / "nor" to a participle with a perfect or
    passive auxiliary, in the participle's own form ("-ed")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and verb.lower_.endswith("ed")
        and head.tag_ == "VBN"
        and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)
        and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ in {"have", "be"} for c in head.children)
    )


def _headline_infinitive(verb: Token) -> bool:
    """A to-infinitive that is the sentence's predicate: "Leaders to meet Friday" (the infinitive is the root),
    "Harbor to buy Meridian" (the parser made the subject the root and hung the infinitive on it)."""
    if verb.tag_ != "VB":
        return False
    if verb.dep_ == "ROOT":
        return True
    if any(c.dep_ == "nsubj" for c in verb.children) and _unpunctuated(verb):
        return True  # "Moon and Kim sign accord, Kim to visit Seoul": a headline's second clause with its subject
    head = verb.head
    return head.dep_ == "ROOT" and (
        verb.dep_ == "xcomp" and head.pos_ in {"NOUN", "PROPN"}
        or verb.dep_ in {"acl", "relcl"} and head.pos_ == "PROPN"  # "Marsh, Berg to meet": a relative of the name
    )


def _unpunctuated(tok: Token) -> bool:
    """The token's sentence has no final full stop, question or exclamation mark: a headline."""
    return unpunctuated(sent_of(tok))


def _negative_quantifier(subject: Token, lex: Lexicon) -> bool:
    """ "no one", "nobody", "none", "nothing", "neither", "no suspects", "neither the lawyers nor the family":
    the subject says no-one did it."""
    if subject.lower_ in lex.sense("negative_quantifiers"):
        return True
    return any(
        c.dep_ in {"det", "preconj"} and c.lower_ in lex.sense("negative_determiners") for c in subject.children
    )


def _modifier_operator(mod: Token, lex: Lexicon) -> str | None:
    """ "the planned visit", "a possible attack", "the cancelled summit"; not "a well-planned attack"."""
    low = mod.lower_
    if low in lex.sense("predicate_only_markers") or low in lex.sense("markers_needing_complement") and not any(
        c.dep_ == "xcomp" for c in mod.children
    ):
        # "worried calls", "a close election", "a determined attack": of the people, or the manner; "direct
        # election": a word that plans only with its infinitive
        return None
    if any(c.dep_ == "advmod" and c.lower_ in lex.sense("manner_adverbs") or c.dep_ == "prep" for c in mod.children):
        return None  # "well-planned"; "next to the embassy" is a place
    if low in lex.sense("negating_modifiers"):
        return NOT
    if low in lex.sense("hypothetical_markers"):
        return HYPOTHETICAL
    if low in lex.sense("planned_markers"):
        return PLANNED
    return None


def _about_the_noun(clause: Token) -> bool:
    """A participle or relative clause whose subject is the noun it modifies: "a meeting planned for
    Friday", "a ruling, which is expected next month" (not "the man who planned the attack")."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN"
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in clause.children)


def _for_a_date(verb: Token) -> bool:
    """ "set for Friday", "due on March 3": the verb puts the noun at a date."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"for", "on"} and any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        for c in verb.children
    )


def _future_date_modifier(noun: Token, lex: Lexicon) -> bool:
    """ "next year's election", "tomorrow's summit", "the coming week's talks": the date that names the event
    lies ahead (a bare "Friday's" may lie either way: the dating step decides)."""
    cues = lex.sense("future_date_words")
    for c in noun.children:
        if c.dep_ in {"poss", "compound", "nmod"} and c.ent_type_ in {"DATE", "TIME"}:
            if c.lower_ in cues or any(g.lower_ in cues for g in c.children):
                return True
    return False


def _describing_clause_operators(clause: Token, lex: Lexicon) -> list[str]:
    complements = [c for c in clause.children if c.dep_ == "xcomp"]
    if complements and not any(phrasal(c) & lex.sense("occurrence_verbs") for c in complements):
        return []  # "demonstrations intended to shut down the clinics": their aim (but "talks planned to begin")
    if (
        phrasal(clause) & lex.sense("markers_needing_complement")
        and not any(c.dep_ == "xcomp" for c in clause.children)
        and not _for_a_date(clause)
    ):
        return []  # "peace talks aimed at ending the war": their aim, not a plan to hold them; but "set for Friday"
    kind = word_kind(clause, lex) if phrasal(clause) & lex.sense("describing_markers") else None
    if kind == NEGATOR:
        return [NOT]  # "the summit that was cancelled"; but "a rally called by the opposition" took place
    if kind:
        return [kind]
    if phrasal(clause) & lex.sense("occurrence_verbs"):  # "talks that will take place on Friday"
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VB" for c in clause.children)
        return [_modal_operator(c.lemma_.lower(), c.lower_, perfect) for c in clause.children
                if c.dep_ == "aux" and c.tag_ == "MD"] + [NOT for c in clause.children if c.dep_ == "neg"]
    return []


# --- where the scope goes: one step up the tree ------------------------------------------------------


def _step_up(node: Token, tok: Token, lex: Lexicon, ops: list[str]) -> tuple[str, Token]:
    """How the walk goes on from `node`: (relation, head). Relations: "governed" (the head's meaning
    and clause reach the event), "subject" (an event subject takes its verb's clause), "shared" (a
    conjunct or participle takes its head's clause, not its meaning), "participation" and
    "future_temporal" (the head's future reaches the event, its negation does not), "report" (a
    reporting verb: stop, it keeps its own modality), "fulfilled" (a verb that carries out the plan its object
    names: the plan's word no longer counts, the verb's clause does), "close" (presupposed: stop)."""
    head, dep = node.head, node.dep_
    if node.dep_ == "advcl" and indirect_question(node, node.head, lex):
        return "report", node.head  # "did not say when it would meet": its "would" the future in the past
    if (framed := frame_step(node, tok, lex, ops)) is not None:
        return framed  # kg/extract/events/modality_frames.py: a reporter's participle, a hoped clause, ...
    if head is node or dep == "ROOT":
        return "close", node
    if dep == "conj":
        reporter = None if modal_conjunct(node) else reporters_conjunct(node, lex)
        if reporter is not None:
            return "shared", reporter  # "said talks were not planned and ruled out a meeting": not the clause's
        infinitive = misattached_infinitive_conjunct(node)
        if infinitive is not None:
            return "shared", infinitive
        that_clause = misattached_that_conjunct(node)
        if that_clause is not None:
            return "shared", that_clause  # "... because they had refused, and that it would sue": what was said
        if finite(node) and not finite(head) and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return "close", head  # "demanded that he be returned, and the government has said ...": a new clause
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children):
            return "close", head
        if node.tag_ == "VBG" and head.tag_ != "VBG":
            return "close", head  # "demanding that he be returned and saying ...": not the same clause
        return "shared", head
    if dep == "xcomp" and (purpose := call_purpose_step(node, head, lex)) is not None:
        return purpose  # "had called Starmer to congratulate him": what the call was for
    if dep == "xcomp":
        if too_to(node):
            ops.append(NOT)  # "too soon to talk of a summit", "too weak to attend": not done
        if is_to_future(node, lex):
            ops.append(PLANNED)  # "the rebels are to begin talks", "the minister is to visit Oslo"
        return "governed", head
    if dep == "ccomp":
        if mandative(node) and word_kind(head, lex) != NEGATOR:
            ops.append(PLANNED)  # "insisted that the premier hold talks": required, not reported
            return "governed", head
        if not finite(node) and word_kind(head, lex) != NEGATOR:
            return "governed", head  # "wants them to meet", "let them meet", "demanded that he be returned"
        if denied_content(head, node, tok, lex):
            ops.append(NEGATOR)  # "denied that she had met the envoy": by the speaker's word, it did not happen
        return "report", head  # "said that ...", "decided that he met the test": its own modality
    if dep == "parataxis":
        return "report", head
    if dep in {"attr", "acomp", "oprd"} and head.lemma_.lower() in _COPULAS:
        return "shared", head  # "It was not an attack", "will become the victim of invasion"
    if dep in {"nsubj", "nsubjpass"} and free_choice_subject(node, head, lex):
        ops.append(HYPOTHETICAL)  # "any deal reached without them would not be accepted": the negation is the verb's
        return "close", head
    if dep == "nsubjpass" and any(c.dep_ == "xcomp" for c in head.children):
        # "talks are expected to resume": the subject of what is expected; "the toll was expected to rise":
        # the rise is expected, not the deaths
        xcomp = next(c for c in head.children if c.dep_ == "xcomp")
        forms = phrasal(xcomp)
        if forms & lex.sense("occurrence_verbs") or _passive(xcomp) and forms & lex.sense("scope_verbs"):
            return "governed", head  # "a deal is expected to be signed": the deal is what is to be signed
        return "close", head
    if dep == "nsubjpass" and definite_noun(node, lex) and _doubted_agent(head):
        return "close", head  # "the attack may have been carried out by the rebels": who did it is in doubt
    if dep == "dobj" and node is not tok and pursuit_failed_after(head, lex):
        ops.append(NEGATOR)  # "made a bid to buy the plant, but that bid fell through": the purchase did not happen
    if dep in {"dobj", "nsubjpass"} or dep == "nsubj" and headline_participle(head, lex):
        return _object_step(head, lex, node), head  # "Norvania's June vote postponed": the headline's passive
    if dep == "nsubj" and node is not tok and failed_pursuit(node, head, lex):
        ops.append(NEGATOR)  # "talks to buy the firm collapsed": the purchase did not happen
        return "subject", head
    if dep == "nsubj":
        return _subject_step(node, head, lex, ops)
    if dep in {"pobj", "pcomp"}:
        return preposition_step(node, head, lex, ops)
    if dep in {"acl", "relcl"} and _condition_of_a_reward(node, head, lex):
        ops.append(HYPOTHETICAL)  # "information leading to the arrest of the bombers": not made yet
        return "close", head
    if dep in {"acl", "relcl"} and is_complement(node) and head.lemma_.lower() in lex.sense("process_nouns"):
        ops.append(PLANNED)  # "in talks to buy Meridian", "negotiations to end the war": what they seek
        return "shared", head
    if dep == "relcl" and (speech := complement_read_as_relative(node, lex)) is not None:
        return "report", speech  # "told crowds that France would organise ...": the clause is what was told
    if dep == "acl" or dep == "relcl" and is_complement(node):
        return ("governed", head) if is_complement(node) else ("close", head)
    if dep == "advcl":
        return adverbial_step(node, head, tok, lex, ops)
    if dep == "compound":
        return ("governed", head) if noun_in_scope(head, lex) else ("close", head)
    return "close", head


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _doubted_agent(verb: Token) -> bool:
    """A passive with its agent and a modal of possibility: the doubt is about the by-phrase."""
    return any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children
    )


def _condition_of_a_reward(clause: Token, noun: Token, lex: Lexicon) -> bool:
    """ "information leading to the arrest", "information that leads to their conviction": what a reward is
    offered for. A past tense ("the tip that led to the arrest") reports what happened."""
    if noun.lemma_.lower() not in lex.sense("reward_condition_nouns"):
        return False
    if not phrasal(clause) & lex.sense("scope_verbs"):
        return False
    return clause.tag_ in {"VBG", "VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _object_step(verb: Token, lex: Lexicon, obj: Token | None = None) -> str:
    """The object of a governing word ("proposed talks", "cancelled the summit") or of a verb that makes the
    event take place ("will hold talks", "did not launch the attack") is in its scope; the object of a verb
    that only presupposes it is not ("will investigate the bombing"). Taking part in an event is planned
    with it, but not negated with it ("will attend the summit"; "did not attend the summit": it took place)."""
    forms = phrasal(verb)
    if obj is not None and (nonspecific(obj, lex) or answered_kind(obj, verb, lex)):
        # "refused to hold any talks": no talks the verb could presuppose, and it keeps them from happening; "would
        # not accept any deal" only answers a deal, should there be one (hypothetical, whatever the verb's clause)
        return "close" if answers_only(verb, lex) else "governed"
    if obj is not None and forms & lex.sense("cessation_verbs") and requested_end(verb, obj, lex):
        return "governed"  # "urged the militia to stop raids": what they are asked to end
    if obj is not None and announced_object(verb, obj, lex):
        return "governed"  # "without announcing a deal": the deal is the announcement's, negated with it
    if forms & lex.sense("markers_for_a_request_only"):
        return "close"  # "will appeal the ruling": the ruling was made; only "appeal for" asks for an event
    if word_kind(verb, lex) is not None or forms & lex.sense("scope_verbs"):
        return "governed"
    if obj is not None and forms & lex.sense("fulfilment_verbs") and word_kind(obj, lex) == PLANNED:
        return "fulfilled"  # "kept their promise to kill him": the promised event took place
    if forms & lex.sense("participation_verbs"):
        return "participation"
    return "close"


def _subject_step(node: Token, verb: Token, lex: Lexicon, ops: list[str]) -> tuple[str, Token]:
    """ "The talks will resume", "the meeting did not take place": verbs that say the event happens pass
    their clause to their subject; "A deal is possible", "talks are to resume": so does the predicate; an
    indefinite subject takes its verb's modal ("a strike would cost lives"), a definite one does not ("the
    strike could lead to war": it happened)."""
    if phrasal(verb) & lex.sense("continuation_verbs") and definite_noun(node, lex) and conditional_clause(verb):
        return "close", verb  # "if the offensive continues": the offensive is under way, its going on is the condition
    if phrasal(verb) & lex.sense("occurrence_verbs"):
        return "subject", verb
    if not definite_noun(node, lex) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        if any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in verb.children):
            # "a ceasefire that left troops there would only ratify the conquest, he warned": what such an event
            # would bring about is a consequence, its "would" conditional, not a future in the past
            ops.append(HYPOTHETICAL)
        return "subject", verb  # "a ceasefire could save lives": an event that is not yet one
    if verb.lemma_.lower() in _COPULAS:
        for c in verb.children:
            if c.dep_ in {"acomp", "attr", "oprd"}:
                kind = word_kind(c, lex)
                if kind:
                    ops.append(NOT if kind == NEGATOR else kind)
                    return "subject", verb
            if c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) and phrasal(c) & (
                lex.sense("occurrence_verbs") | lex.sense("scope_verbs")
            ):
                ops.append(PLANNED)  # "talks are to resume", "the vote is to be held"; not "it is to be contested"
                return "subject", verb
    return "close", verb

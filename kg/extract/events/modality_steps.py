"""Modality: the steps of the scope walk through prepositions and adverbial clauses.

`kg/extract/events/modality.py` walks up from an event's trigger; this module holds the steps that cross a
preposition ("called for talks", "ended without a deal", "after the bombings") and an adverbial clause
("will fly to Nairobi to meet", "if ...", "after the ceasefire takes effect"), and the tense tests they share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.extract.events.modality_offers import hosted_purpose
from kg.extract.events.scope import (
    HYPOTHETICAL,
    NEGATOR,
    NOT,
    PLANNED,
    answers_only,
    backshifted,
    complex_preposition,
    conditional_preposition,
    definite_noun,
    means_of_an_event,
    nonspecific,
    participates_in,
    phrasal,
    predicate_of_copula,
    pursuit_failed_after,
    scheduled_for,
    split_name_head,
    too_to,
    word_kind,
)
from kg.extract.events.speech_objects import span_of_acts

if TYPE_CHECKING:
    from spacy.tokens import Token

CONDITIONAL_MARKS = {"if", "unless", "whether"}
_GOVERNING_PREPS = {"for", "toward", "towards", "on", "to", "of", "about", "over"}
_MEANS_PREPS = {"by", "through", "via"}  # "could start a war through an attack": the means shares the clause
_MANNER_MEANS_PREPS = {"through", "via"}  # not "by": "a town that could be hit by the strike" names who or what did it
_SOUGHT_PREPS = {"on", "over", "for", "toward", "towards"}  # "talks on a deal": what the talks seek
_NON_PAST = {"VBZ", "VBP", "VB"}
_PATH_PREPS = {"to", "for", "toward", "towards"}  # "the way to a deal", "the path toward talks": a goal
_TOPIC_PREPS = {"of", "about", "on"}  # "too soon to talk of a summit", "to talk about a deal"


def has_type(tok: Token, etype: str, lex: Lexicon) -> bool:
    """The word is a trigger of `etype` in the lexicon (as a verb or a one-word noun)."""
    lemma = tok.lemma_.lower()
    return etype in lex.verbs.get(lemma, ()) or etype in lex.nouns.get((lemma,), ())


def preposition_step(node: Token, prep: Token, lex: Lexicon, ops: list[str]) -> tuple[str, Token]:
    """ "ended without a deal" (negated), "called for talks", "the possibility of a meeting", "open to
    talks", "an agreement on a ceasefire" (governed); "after the bombings", "in the attack" (closed)."""
    governor = prep.head
    if prep.dep_ != "prep" or governor is prep:
        return "close", prep
    if split_name_head(node, prep):
        return "shared", governor  # "will attend the Group of 20 summit": the summit is what is attended
    if scheduled_for(prep, lex):
        ops.append(PLANNED)  # "no date has been fixed for new talks": the date is not set, the talks are planned
        return "close", prep
    if prep.lower_ in _TOPIC_PREPS and too_to(governor):
        if not definite_noun(node, lex):
            ops.append(HYPOTHETICAL)  # "too soon to talk of a summit": one that may or may not come
        return "close", prep
    if prep.lower_ == "of" and span_of_acts(governor, lex):
        return "shared", governor  # "called for a week of strikes": the strikes are what the week is called for
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and prep.lower_ in lex.sense("temporal_marks"):
        return "future_temporal", governor  # "will speak after meeting the unions": as "after it meets"
    if (
        governor.lemma_.lower() in lex.sense("process_nouns")
        and prep.lower_ in _SOUGHT_PREPS
        and node.pos_ in {"NOUN", "PROPN"}
        and not definite_noun(node, lex)
    ):
        ops.append(PLANNED)  # "talks on a trade agreement", "negotiations over a ceasefire": what they seek
        return "shared", governor
    if prep.lower_ in _PATH_PREPS and node.pos_ in {"NOUN", "PROPN"} and _path_to(governor, lex):
        ops.append(HYPOTHETICAL)  # "would open the way to an agreement", "paved the way for talks": made possible
        return "shared", governor
    trip = predicate_of_copula(governor, lex) if prep.lower_ == "for" else None
    if trip is not None:
        ops.append(NOT if trip == NEGATOR else trip)  # "is due in Paris for talks": the talks are planned with the trip
        return "shared", governor
    if _phrasal_particle(governor, lex):
        return "governed", governor.head  # "stopped short of promising", "fell short of winning": the phrasal verb's
    negating = lex.sense("negating_prepositions")
    if prep.lower_ in negating or f"{governor.lower_} {prep.lower_}" in negating:
        ops.append(NOT)
        return "close", prep
    if conditional_preposition(prep, lex):
        ops.append(HYPOTHETICAL)  # "in case of an attack", "in the event of a strike": a condition
        return "close", prep
    if complex_preposition(prep) in lex.sense("planned_prepositions"):
        ops.append(PLANNED)  # "on course for a deal", "in line for a visit"
        return "close", prep
    if participates_in(governor, prep, node, lex):
        return "participation", governor  # "will face each other in a runoff": planned with the verb, not negated
    if complex_preposition(prep) in lex.sense("anticipation_prepositions"):
        if _not_past(_clause_verb(governor)):
            ops.append(PLANNED)  # "are gathering ahead of the summit": it is still to come
        return "close", prep  # "arrived ahead of the summit": told from before it, whether it took place or not
    verb_prep = f"{governor.lemma_.lower()} {prep.lower_}"
    if verb_prep in lex.sense("hypothetical_markers"):
        ops.append(HYPOTHETICAL)  # "warned of more strikes", "spoke of a possible attack": foreseen
        return "shared", governor
    if verb_prep in lex.sense("planned_markers"):
        ops.append(PLANNED)  # "work toward a visit", "strive for a deal": a goal
        return "shared", governor
    if hosted_purpose(prep, lex) is not None:
        return "governed", governor  # "will host the leaders for talks": the talks are what is hosted
    if prep.lower_ == "for" and governor.dep_ == "acomp" and governor.lemma_.lower() in lex.sense(
        "comment_seeking_words"
    ):
        return "shared", governor  # "were not immediately available for comment": the copula's clause is the comment's
    if prep.lower_ == "from" and phrasal(governor) & lex.sense("prevention_verbs"):
        return "governed", governor  # "prevented them from marching"
    if means_of_an_event(governor, prep, node, lex):
        return "shared", governor  # "could avenge its leader with attacks": the attacks are the avenging
    if prep.lower_ in _MEANS_PREPS:
        verb_forms = phrasal(governor) if governor.pos_ in {"VERB", "AUX"} else set()
        if verb_forms and prep.lower_ in _MANNER_MEANS_PREPS and governor.dep_ in {"xcomp", "ccomp", "advcl"}:
            return "shared", governor  # "urged them to settle the crisis through dialogue": the means of what is urged
        return ("shared", governor) if verb_forms & lex.sense("scope_verbs") else ("close", prep)
    if (
        prep.lower_ not in _GOVERNING_PREPS
        and f"{governor.lemma_.lower()} {prep.lower_}" not in lex.sense("scope_verbs")
        or governor.lower_ == "according"
    ):
        return "close", prep  # "in the attack", "after the bombings"; but "may result in the death of"
    if nonspecific(node, lex):  # "would respond to any attack", "refused to agree to any deal"
        return ("close" if answers_only(governor, lex) else "governed"), governor
    kind = word_kind(governor, lex)
    if kind == NEGATOR and definite_noun(node, lex) and phrasal(governor) & lex.sense("definite_object_presupposed"):
        return "close", governor  # "opposed to the war": the war is under way
    if kind is not None:
        if governor.pos_ in {"VERB", "AUX"} and prep.i < governor.i:
            return "close", governor  # "on an official visit to Mexico, he asked ...": an adjunct of the verb
        if prep.lower_ in lex.sense("topic_prepositions") and (kind == PLANNED or definite_noun(node, lex)):
            # "asked him about the attack", "worried about the election": its topic, no request, no doubt it took
            # place; but "worried about an attack", "speculation about a takeover"
            return "close", governor
        return "governed", governor
    if governor.pos_ in {"NOUN", "PROPN"}:
        # "a round of talks", "an agreement on a ceasefire", but not "talks on the attack" (presupposed)
        if noun_in_scope(governor, lex) and not definite_noun(node, lex):
            return "governed", governor
        return "close", governor
    if governor.pos_ in {"VERB", "AUX"} and (
        phrasal(governor) | {f"{governor.lemma_.lower()} {prep.lower_}"}
    ) & lex.sense("scope_verbs"):
        return "governed", governor
    return "close", governor


def _phrasal_particle(word: Token, lex: Lexicon) -> bool:
    """The adverb or particle of a phrasal verb that governs as a whole ("stop short", "fall short": a negator),
    with the preposition the parser hangs on the adverb rather than on the verb."""
    verb = word.head
    if word.dep_ not in {"advmod", "prt"} or verb is word or verb.pos_ != "VERB":
        return False
    phrase = f"{verb.lemma_.lower()} {word.lower_}"
    return phrase in lex.sense("negators") or phrase in lex.sense("hypothetical_markers") or phrase in lex.sense(
        "planned_markers"
    )


def _path_to(governor: Token, lex: Lexicon) -> bool:
    """ "the way to a deal", and "opened the door to talks" with the preposition hung on the verb: a path noun."""
    paths = lex.sense("path_nouns")
    return governor.lemma_.lower() in paths or governor.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in paths for c in governor.children
    )


def noun_in_scope(noun: Token, lex: Lexicon) -> bool:
    """A noun whose own modality its complement shares: a governing word, an event noun ("agreement on a
    ceasefire"), a part of an event ("round of talks") or one of its participants ("victim of invasion")."""
    if word_kind(noun, lex) is not None:
        return True
    lemma = noun.lemma_.lower()
    return lemma in lex.sense("partitive_nouns") | lex.sense("evidence_nouns") or (lemma,) in lex.nouns


def adverbial_step(node: Token, head: Token, tok: Token, lex: Lexicon, ops: list[str]) -> tuple[str, Token]:
    marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
    if marks and marks[0] in CONDITIONAL_MARKS:
        return "close", head  # the clause's own "if" made it hypothetical
    if not marks and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
        if phrasal(head) & lex.sense("infinitive_object_verbs"):
            return "governed", head  # "urged them to meet": the request's complement, misparsed as a purpose
        if _prepositional_request(head, lex):
            ops.append(PLANNED)  # "called on the junta to hold talks", "prevailed on them to meet"
            return "shared", head
        same_event = set(lex.verbs.get(head.lemma_.lower(), ())) & set(lex.verbs.get(node.lemma_.lower(), ()))
        done = _past_narrative(head) and any(has_type(tok, t, lex) for t in lex.sense("purpose_done_types"))
        if not same_event and not done:
            ops.append(PLANNED)  # purpose: "will fly to Nairobi to meet the president", "sued to overturn the ban"
            if pursuit_failed_after(head, lex):
                ops.append(NEGATOR)  # "held talks to buy it, but those negotiations collapsed"
        return "shared", head  # "marched to protest the tax": the march is the protest, it happened
    if not marks and node.tag_ == "VBG":
        if _comma_before(node) and _told_as_fact(head):
            return "close", head  # "did not attend, saying she was ill": the saying took place
        return "shared", head  # "will visit Kenya, meeting the president" (a past participle is done: closed)
    if marks and marks[0] in lex.sense("temporal_marks") and (_non_past(node) or backshifted(node, head)):
        return "future_temporal", head  # "will withdraw after the ceasefire takes effect"
    return "close", head


def _comma_before(word: Token) -> bool:
    """A comma sets the word's phrase off from what precedes it: "did not attend, saying ..."."""
    return word.i > 0 and word.doc[word.left_edge.i - 1].text == "," if word.left_edge.i > 0 else False


def _told_as_fact(verb: Token) -> bool:
    """A finite clause with no modal and no future: "did not attend", "has not commented", "refused"; a participle
    set off by a comma after it tells what its subject did then, outside the clause's negation."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" or c.tag_ == "TO" for c in auxes):
        return False
    if auxes:
        return auxes[0].tag_ in {"VBD", "VBZ", "VBP"}
    return verb.tag_ in {"VBD", "VBZ", "VBP"}


def call_purpose_step(node: Token, head: Token, lex: Lexicon) -> tuple[str, Token] | None:
    """ "had called Starmer to congratulate him", "will phone the family to thank them": the infinitive of a call is
    its purpose (`call_purposes`), not a request (as "call" is in "called on them to"): it shares the call's clause,
    done after a past call, planned after a future one ("will call"). A light verb of attitude ("called him to offer
    his congratulations") is left to the general steps (the sets count the call there, not a statement). None: no
    call's purpose."""
    lemma = node.lemma_.lower()
    if head.lemma_.lower() not in {"call", "ring", "phone", "telephone"} or lemma not in lex.sense("call_purposes"):
        return None
    if lemma in lex.senses["attitude_verbs"]:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) or not any(
        c.dep_ == "dobj" for c in head.children
    ):
        return None  # "called on the rebels to offer", "called to congratulate" (the parser's request readings)
    return "shared", head


def _prepositional_request(verb: Token, lex: Lexicon) -> bool:
    """ "called on the junta to", "prevailed upon them to": a request verb with the one asked after a
    preposition (`planned_markers` "call on", "prevail on"); not "called a news conference on Monday to"."""
    lemma = verb.lemma_.lower()
    return any(
        c.dep_ == "prep"
        and f"{lemma} {c.lower_}" in lex.sense("planned_markers")
        and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
        for c in verb.children
    )


def _past_narrative(verb: Token) -> bool:
    """A past tense that tells what happened ("gathered to denounce the verdict", "was put before a camera to
    say", "marched on Monday, burning flags to protest"): news reports the purpose of a past act as done
    when it is something the subject does there and then (speaking, meeting, protesting: the
    `purpose_done_types`), not an outcome that others decide ("sued to overturn the ban", "bid to acquire")."""
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.tag_ == "MD" for c in auxes):
            return False
        if auxes:
            return auxes[0].tag_ == "VBD"
        if verb.tag_ == "VBD":
            return True
        if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"} or verb.head is verb:
            return False
        verb = verb.head  # a participle of manner takes the tense of the clause it modifies
    return False


def _clause_verb(word: Token) -> Token:
    """The verb of the clause a modifier is in ("ahead" -> "gathering", "in" -> the verb "in" hangs on)."""
    for _ in range(3):
        if word.pos_ in {"VERB", "AUX"} or word.head is word:
            return word
        word = word.head
    return word


def _not_past(verb: Token) -> bool:
    """Present, future or modal: "are gathering", "will meet", "meets"; not "gathered", "had met", "may have
    been buried" (a modal perfect looks back)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.lemma_ == "have" and c.tag_ == "VB" for c in auxes):
        return False
    if auxes:
        return auxes[0].tag_ in {"VBZ", "VBP", "MD"}
    return verb.pos_ in {"VERB", "AUX"} and verb.tag_ in _NON_PAST


def _non_past(verb: Token) -> bool:
    """Present tense (or present perfect) in a temporal clause: in English, the future of its main clause."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return auxes[0].tag_ in {"VBZ", "VBP"}
    return verb.tag_ in _NON_PAST

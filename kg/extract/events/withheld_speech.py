"""Speech acts told only by their absence: verbs that are no statement when the act takes place, but are the
negated statement news reports when it does not.

- "could not be reached", "was not contacted": a speaker the reporter sought and did not get, a statement not
  made (`unreachable_speaker_verbs`). Only a passive with a speaker as its subject ("the ministry could not be
  reached"; not "no agreement was reached", "the summit reached a deal"), and only where no "for comment" noun
  is the statement already (`communication.negated_speech_act` keeps "could not be reached for comment" there).
- "did not name the officials", "without naming them", "declined to identify the victims": a name the speaker
  withheld from what was said (`withheld_speech_verbs`, active, with an object); not an appointment not made ("has
  not named a successor": `appointment_objects`), nor a passive ("no suspects have been identified", "an official
  who could not be named": no speaker withholds), nor "refused to identify himself" (a source who spoke), and
  nothing when the naming takes place ("named a new cabinet").

The modality walk (kg/extract/events/modality.py) decides whether the act was negated; these rules keep the
trigger only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.extract.events.modality import NEGATED, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEAKER_NAMES = {"PERSON", "ORG", "NORP", "GPE"}


def is_withheld_speech_verb(lemma: str, lex: Lexicon) -> bool:
    """The lemma is one of the verbs this module judges (no statement unless the act did not take place)."""
    return lemma in lex.sense("withheld_speech_verbs") or lemma in lex.sense("unreachable_speaker_verbs")


def withheld_speech(verb: Token, lex: Lexicon, speaker_like) -> bool:
    """The verb tells a statement that was not made: a speaker not reached, a name not given (negated by the
    walk). `speaker_like(token, lex)` is communication's test for who can speak."""
    lemma = verb.lemma_.lower()
    if lemma in lex.sense("unreachable_speaker_verbs"):
        return _unreached_speaker(verb, lex, speaker_like) and modality_of(verb, lex) == NEGATED
    if lemma in lex.sense("withheld_speech_verbs"):
        return _name_withheld(verb, lex) and modality_of(verb, lex) == NEGATED
    return False


def _unreached_speaker(verb: Token, lex: Lexicon, speaker_like) -> bool:
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in lex.sense("negated_speech_nouns")
                                                       for g in c.children)
        for c in verb.children
    ):
        return False  # "could not be reached for comment": the comment is the statement (negated_speech_act)
    subject = subjects[0]
    return speaker_like(subject, lex) or subject.ent_type_ in _SPEAKER_NAMES


def _name_withheld(verb: Token, lex: Lexicon) -> bool:
    """ "did not name the officials", "declining to name the vessel"; not "has not named a successor" (an
    appointment), nor "named after" or a naming with no object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return False  # "no suspects have been identified", "an official who could not be named": no speaker withholds
    if any(o.lower_.endswith(("self", "selves")) for o in objects):
        return False  # "refused to identify himself": an anonymous source, who spoke
    appointed = lex.sense("appointment_objects")
    return not any(
        o.lemma_.lower() in appointed or any(c.dep_ == "compound" and f"{c.lower_} {o.lower_}" in appointed
                                             for c in o.children)
        for o in objects
    ) and not any(c.dep_ in {"oprd", "xcomp"} for c in verb.children)  # "did not name him minister"

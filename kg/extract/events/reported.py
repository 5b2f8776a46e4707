"""Speech verbs that are what another speech verb reports, not speech acts of their own.

"Oman said it regretted the strikes", "the spokesman said that Iran condemns any such act": the regret and the
condemnation are the content of the one statement "said" reports. The verbs of evaluation (Levin's judgement and
admire classes: condemn, welcome, regret, praise, ...), listed as `evaluative_speech_verbs` in the event lexicon,
are a statement of their own when they are the main verb ("Oman regretted the strikes"), content when they are
the reported clause of a reporting verb and tell the speaker's own stance (a pronoun subject or the present
tense). Another's earlier act keeps its event ("said Berg had condemned the raid"), and so do the verbs of
communication ("said he had denied the claims").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.communication import is_reporting_lemma
from kg.extract.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def evaluation_reported(verb: Token, lex: Lexicon) -> bool:
    """An evaluative verb that is the reported clause of a reporting verb ("said it welcomed the move")."""
    if verb.lemma_.lower() not in lex.sense("evaluative_speech_verbs") or verb.dep_ != "ccomp":
        return False
    reporter = verb.head
    if reporter.i == verb.i or reporter.pos_ != "VERB" or not is_reporting_lemma(reporter.lemma_.lower(), lex):
        return False
    # the speaker's own stance ("said it regretted", "said that Iran condemns"), not another's past act ("said
    # Berg had condemned the raid": Berg spoke)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.tag_ in {"VBZ", "VBP"} or any(s.tag_ == "PRP" for s in subjects)

"""Speech verbs that are what another speech verb reports, not speech acts of their own.

"The spokesman said that Iran condemns any such act": the condemnation is the content of the one statement "said"
reports. The verbs of evaluation (Levin's judgement and admire classes: condemn, welcome, regret, praise, ...),
listed as `evaluative_speech_verbs` in the event lexicon, are a statement of their own when they are the main verb
("Oman regretted the strikes"), content when they are the reported clause of a reporting verb in the present tense
(the speaker's stance as it is said). In the past tense the clause reports an act of judging ("Oman said it
regretted the strikes", "said Berg had condemned the raid": statements of their own, statements-p), and so do the
verbs of communication ("said he had denied the claims").
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
    # the speaker's stance now ("said that Iran condemns any such act"), not an act of judging it reports in the
    # past tense ("said it regretted the strikes", "said it welcomed the decision", "said Berg had condemned the
    # raid"): that is a statement of its own, as every reporting verb is (sets e-m count both)
    return verb.tag_ in {"VBZ", "VBP"}

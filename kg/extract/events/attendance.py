"""A party that did not attend a meeting: "did not attend the forum", "refused to attend", "would not attend unless".

News reports a meeting a party stayed away from as that party's meeting not held, and the gold of sets j, k and n
labels the verb a negated meeting. kg keeps "attend" (the `attendance_verbs` of kg/extract/data/event_lexicon.json,
a meeting verb there) only so: negated by the modality walk, with a meeting as its object or none at all (the
meeting said before: "met envoys of the bloc last week, did not attend"). "attended the summit", "will attend the
summit" stay the summit's (participation, kg/extract/events/modality.py); "did not attend the funeral" is no meeting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.extract.events.modality import NEGATED, modality_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["absent_party"]


def absent_party(tok: Token, lex: Lexicon) -> bool | None:
    """The meeting sense of an attendance verb (`_keep`'s answer): False (kept) when negated, with a meeting or
    nothing as its object; None (not this sense) otherwise."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any("meeting" not in lex.nouns.get((o.lemma_.lower(),), ()) for o in objects):
        return None  # "did not attend the funeral", "did not attend school"
    return False if modality_of(tok, lex) == NEGATED else None

"""Clauses the parser hangs one level off their meaning, as the modality walk (events/modality.py) reads them.

- `indirect_question`: "did not say when it would meet", "declined to say where the talks would be held": a clause
  a wh-adverb opens under a speech verb is what was (or was not) said, not the time of the saying; it keeps its own
  modality, and its "would" is the future in the past (planned). "whether" stays a possibility (its own mark).
- `condition_under_time_clause`: "were likely to strike again before the rains end unless the two armies cooperate":
  an "if" / "unless" clause the parser hung on a temporal clause of the event conditions the event itself.
- `modal_conjunct`: "said it had not been consulted and would ask the court": a speech verb with a modal of its
  own, hung as a conjunct on the reported clause, is part of what was said, not the reporter's own second act.
- `talked_of_only`: "declined to discuss the terms of any deal": an event that names none in particular, reached
  through a verb of discussion, is a possibility whatever the discussion's negation says.
- `announced_object`: "ended the talks without announcing a deal": an indefinite event announced is the
  announcement's own (made by it, negated with it); a definite one ("announced the merger") stays presupposed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.extract.events.scope import conditional_clause, definite_noun, nonspecific, phrasal

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "announced_object",
    "condition_under_time_clause",
    "indirect_question",
    "modal_conjunct",
    "talked_of_only",
]


def _speech_verbs(lex: Lexicon) -> frozenset[str]:
    return lex.derived(
        "@verbs_of_statement", lambda lex: frozenset(v for v, ts in lex.verbs.items() if "statement" in ts)
    )


def indirect_question(clause: Token, verb: Token, lex: Lexicon) -> bool:
    """`clause` (an adverbial clause of `verb`, as the parser reads it) is an indirect question of a speech verb:
    opened by a wh-adverb of `question_adverbs` ("when", "where", "how") and holding a modal ("would", "will"), so
    not the time of the saying ("said so when he met them")."""
    if clause.dep_ != "advcl" or verb.lemma_.lower() not in _speech_verbs(lex):
        return False
    first = clause.doc[clause.left_edge.i]
    if first.tag_ != "WRB" or first.lower_ not in lex.sense("question_adverbs") or first.head.i != clause.i:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def condition_under_time_clause(child: Token, lex: Lexicon) -> bool:
    """`child` is a temporal clause ("before ...", "until ...") carrying an "if" / "unless" clause after it."""
    if child.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in child.children if c.dep_ == "mark"]
    if not marks or marks[0] not in lex.sense("temporal_marks"):
        return False
    return any(g.dep_ == "advcl" and g.i > child.i and conditional_clause(g) for g in child.children)


def modal_conjunct(verb: Token) -> bool:
    """The conjunct has a modal of its own ("... and would ask"): the reported clause's, not the reporter's."""
    return verb.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def talked_of_only(verb: Token, event: Token, lex: Lexicon) -> bool:
    """The walk reached a verb of discussion (`discussion_verbs`) from an "any" event below it."""
    return verb.lemma_.lower() in lex.sense("discussion_verbs") and nonspecific(event, lex)


def announced_object(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """An indefinite event noun as the object of an announcing verb (`announcing_verbs`)."""
    return (
        bool(phrasal(verb) & lex.sense("announcing_verbs"))
        and obj.pos_ in {"NOUN", "PROPN"}
        and not definite_noun(obj, lex)
        and not nonspecific(obj, lex)
    )

"""One judgment told by several verbs: "The court of appeal quashed the licence ... The three judges ordered the
ministry to restart the process", "The court ruled that ... In a 15-1 decision, the judges rejected the argument and
ordered both countries to refrain", "The High Court blocked the sale ... Justice Ana Ruiz ordered the Treasury to
suspend it". A ruling verb whose subject is the court told before (a definite description of a court or its
judges, a pronoun) or one of its judges (a name titled "Judge" or "Justice") tells a part of the ruling already
reported, not a ruling of its own (`restates_the_court`); coreference folds it into the earlier ruling
(`kg.extract.events.coref`). Not a ruling told as what a ruling found ("ruled that the lower court had wrongly
thrown out recordings": a ruling verb inside another's content, or in the past perfect, is an earlier one), nor a
judge's act after a jury's verdict ("A jury found him guilty ... Judge X revoked his bail": two decisions,
`decided_by_a_jury`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon
    from kg.facts import Event

_CONTENT = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl"})
JURY_WORDS = frozenset({"jury", "juries", "jurors", "jurors'", "jury's"})


def decided_by_a_jury(events: Iterable[Event]) -> bool:
    """One of the events' deciders is a jury ("A jury on Tuesday found ..."): its verdict is no judge's order."""
    return any(
        a.role == "agent" and a.text and a.text.lower().split()[-1] in JURY_WORDS for ev in events for a in ev.arguments
    )


def in_the_past_perfect(verb: Token) -> bool:
    """ "the lower court had thrown out": a verb told as earlier than the story's time."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def restates_the_court(verb: Token, lex: Lexicon) -> bool:
    """The ruling verb's subject is the court or a judge of it told before (module docstring)."""
    if verb.dep_ in _CONTENT or in_the_past_perfect(verb):
        return False  # "ruled that the lower court had thrown out", "which the court had cleared"
    courts = lex.sense("ruling_courts")
    anaphors = lex.sense("definite_anaphors")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":  # "the judges rejected the argument and ordered both countries"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in (c for c in subjects if c.dep_ == "nsubj"):
        if subj.tag_ == "PRP":
            return True  # "it also ordered"
        words = {c.lemma_.lower() for c in subj.children if c.dep_ in {"compound", "amod"}}
        if subj.lemma_.lower() in courts and any(
            c.dep_ == "det" and c.lower_ in anaphors or c.dep_ == "poss" for c in subj.children
        ):
            return True  # "the three judges", "the court", "its judges"
        if subj.pos_ == "PROPN" and (words & courts or subj.ent_type_ == "PERSON" and _titled_judge(subj, courts)):
            return True  # "Judge Petrus Nangolo ruled", "Justice Anne Mwangi ordered"
    return False


def _titled_judge(name: Token, courts: frozenset[str]) -> bool:
    """A person's name whose title word (its first compound) is a judge's: "Justice Anne Mwangi"."""
    first = name.left_edge
    return first.i < name.i and first.lower_ in courts

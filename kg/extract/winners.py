"""Who "the winner" is: the person the article says won.

`winner_references(doc, spans, taken)` reads each definite description of a vote's winner ("the winner", "the
victor", "the president-elect"; data/winner_nouns.txt) that is no named mention (`taken`) and returns a
`Reference` to the person the article says won: the subject of a verb of winning ("X won the runoff", "X beat Y")
or of being elected ("X was elected president", "X was declared the winner"; data/winning_verbs.txt), the last so
named before the description, else the first after it (a headline's winner comes first anyway). An article that
names no winner resolves none: "the winner will be announced" stays a description.

Examples: "Economist Ana Ruiz won the runoff on Sunday. ... Ivo Pavlov congratulated the winner" (Ana Ruiz);
"Halla Ruiz was elected president ... The prime minister congratulated the president-elect" (Halla Ruiz).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.extract.actors import NamedSpan, Reference
from kg.extract.names import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DECLARING_VERBS = {"declare", "proclaim", "name"}  # "X was declared the winner"


@cache
def _winning_frames() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(line.split(":", 1)) for line in word_list("winning_verbs.txt"))  # type: ignore[misc]


def _is_winner_noun(tok: Token) -> bool:
    """ "the winner", "the victor", "the president-elect" (the word after the hyphen), as a definite noun."""
    if tok.lower_ not in word_list("winner_nouns.txt") or tok.dep_ == "compound":
        return False
    if tok.lower_ == "elect" and not (tok.i > 0 and tok.nbor(-1).text in {"-", "–"}):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _won(tok: Token) -> bool:
    """The name's head is the one who won: "X won", "X was elected", "X was declared the winner"."""
    verb = tok.head
    if (verb.lemma_.lower(), tok.dep_) in _winning_frames():
        return True
    return (
        tok.dep_ == "nsubjpass"
        and verb.lemma_.lower() in DECLARING_VERBS
        and any(
            c.dep_ in {"oprd", "attr", "xcomp"} and c.lower_ in word_list("winner_nouns.txt") for c in verb.children
        )
    )


RIVAL_NOUNS = {"rival", "opponent", "challenger"}  # "congratulated his rival": the one who ran against the speaker
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PERSONAL_PRONOUNS = {"he", "she"}


def _subject_span(verb: Token, spans: list[NamedSpan]) -> NamedSpan | None:
    """The person named as the verb's subject, along a chain of conjoined verbs ("X conceded and congratulated"); a
    subject "he" or "she" is the person named last before it in its sentence
    ("X had said ..., but he congratulated")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in PERSONAL_PRONOUNS:
                    first = child.sent.start
                    before = [s for s in spans if s.type == "person" and first <= s.start < child.i]
                    return before[-1] if before else None
                return next((s for s in spans if s.type == "person" and s.start <= child.i < s.end), None)
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _rival_of_loser(tok: Token, spans: list[NamedSpan], winner: NamedSpan) -> bool:
    """ "Y conceded defeat and congratulated his rival": a rival owned by the sentence's subject, who is not the
    winner, is the winner (only the winner's rival can be someone else)."""
    if tok.lower_ not in RIVAL_NOUNS or tok.dep_ not in {"dobj", "pobj", "dative"}:  # "wished his rival success"
        return False
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in tok.children):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = _subject_span(verb, spans)
    return subject is not None and subject.key != winner.key


def winner_references(doc: Doc, spans: list[NamedSpan], taken: set[int]) -> list[Reference]:
    """References of "the winner", "the president-elect" to the person the article says won (module docstring)."""
    winners = [s for s in spans if s.type == "person" and _won(doc[s.end - 1])]
    if not winners:
        return []
    named = {i for s in spans for i in range(s.start, s.end)}
    found: list[Reference] = []
    for tok in doc:
        if tok.i in taken or tok.i in named:
            continue
        before = [s for s in winners if s.end <= tok.i]
        if before and _rival_of_loser(tok, spans, before[-1]):
            found.append(Reference(tok.i, tok.i + 1, "person", before[-1].key, before[-1].name))
            continue
        if not _is_winner_noun(tok):
            continue
        if _won(tok):
            continue  # "X was declared the winner" names the winner itself
        who = before[-1] if before else winners[0]
        if tok.head.i == who.end - 1 or who.start <= tok.head.i < who.end:
            continue
        start = tok.i - 2 if tok.lower_ == "elect" else tok.i  # "president-elect", the whole word
        found.append(Reference(start, tok.i + 1, "person", who.key, who.name))
    return found

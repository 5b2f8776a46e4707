"""Attribution where the parse breaks: who acts or speaks when en_core_web_sm misreads the clause.

`predicate_read_as_modifier`: "The institute's president, Ana Ruiz, announced that ...": the sentence's subject
parsed as its root and the main verb, after the apposition's comma, as a clause modifying it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def predicate_read_as_modifier(verb: Token) -> bool:
    """Whether `verb` is the main verb of a subject the parser made the root, with the verb hung on it as a clause
    (`acl`) after the comma that closes the subject's apposition: the noun is then the verb's subject. A real
    modifying clause ("the president, elected in May, ...") has a verb of its own above the noun."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.dep_ == "ROOT"
        and noun.pos_ in {"NOUN", "PROPN"}
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "appos" for c in noun.children)
    )

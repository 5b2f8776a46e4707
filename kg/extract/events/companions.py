"""Who an event was held with where the parser hangs the "with" phrase on something else than the event word.

`with_after_the_channel`: "spoke by telephone with Ana", "talked over a video link with Ana": en_core_web_sm hangs the
"with" phrase on the channel noun, not on the verb; it is the verb's partner all the same.
`with_of_the_setting_verb`: "discussed the crisis with Ana in a phone call", "agreed with Ana during talks": the
verb's partner took part in the call or the talks the verb happened in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

CHANNEL_PREPOSITIONS = frozenset({"by", "over", "via", "on"})


def _with_objects(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]


def with_after_the_channel(verb: Token, lex: Lexicon) -> list[Token]:
    """The objects of a "with" phrase hung on the channel noun of `verb` ("by phone with", "over a video link with");
    a verb that has a "with" phrase of its own gives none."""
    if _with_objects(verb):
        return []
    channels = lex.sense("phone_words")
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in CHANNEL_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (
                noun.lemma_.lower() in channels or any(c.lemma_.lower() in channels for c in noun.children)
            ):
                out += _with_objects(noun)
    return out


def with_of_the_setting_verb(verb: Token) -> list[Token]:
    """The objects of the "with" phrases of the verb a call or a meeting noun is the setting of."""
    return _with_objects(verb)


def inviter_of_the_infinitive(verb: Token, light: bool = False) -> list[Token]:
    """ "Riel invited Ana to meet on Monday", "invited Ana to hold talks" (`light`: the verb's object is the event
    noun): the one invited to meet meets the one who invited, unless the infinitive names whom with ("invited Ana
    to meet the unions", "to hold talks with the unions")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() != "invite" or _with_objects(verb):
        return []
    if any(c.dep_ == "dobj" and (not light or _with_objects(c)) for c in verb.children):
        return []
    return [c for c in head.children if c.dep_ == "nsubj"]

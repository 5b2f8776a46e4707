"""A council that is a court ("the Constitutional Council"): the words are `ruling_court_councils` and
`ruling_council_modifiers` in the event lexicon. Apart from `civic_verbs` so that `communication` may ask it
without importing the argument rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon


def court_council(tok: Token, lex: Lexicon) -> bool:
    """ "the Constitutional Council": a council that is a court (`ruling_court_councils`, `_council_modifiers`)."""
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"}}
    councils = lex.sense("ruling_court_councils")
    return tok.lemma_.lower() in councils and bool(mods & lex.sense("ruling_council_modifiers"))

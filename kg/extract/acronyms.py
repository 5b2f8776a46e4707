"""Acronyms the NER leaves untagged: "the Economic Community of West African States (ECOWAS) ... ECOWAS said", "the
West African bloc ECOWAS". An upper-case word of three to eight letters no span covers is an organisation's mention
when the article spells it out (its initials, or a parenthesis right after the long form: `kg.extract.resolve`'s
`is_acronym_of` / `is_defined_acronym`), when it is a well-known short form (data/org_short_forms.tsv), when a kind
noun of organisations stands right before it ("the bloc X", "broadcaster X": data/type_cues.tsv org_noun_before) or
when the NER tagged another of its mentions as an organisation; the NER's person of one such word is
retyped. `_merge_short_forms` (kg.extract.entities) then joins each to its long form, so every later bare use of
the acronym is the one organisation. A news agency's credit ("(AP)", "(AFP)": data/agencies.tsv) and a name of
places or people are left alone."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.resolve import STRONG_CUE, is_acronym_of, is_defined_acronym, long_form, type_votes
from kg.extract.spans import CandidateSpan
from kg.nlp import doc_text, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def agency_credits() -> frozenset[str]:
    """The credits of news agencies as datelines write them (data/agencies.tsv, first column)."""
    text = resources.files("kg.extract").joinpath("data", "agencies.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _acronym_word(tok: Token) -> bool:
    """ "ECOWAS", "CCTV", "AfD": three to eight letters, one token, upper case but for one letter."""
    word = tok.text
    if not (3 <= len(word) <= 8 and word.isalpha() and word[0].isupper()):
        return False  # most words: their capitals are not counted
    capitals = sum(c.isupper() for c in word)
    return capitals >= 2 and capitals >= len(word) - 1


def _spelt_out(word: str, tok: Token, orgs: list[CandidateSpan], toks: list) -> bool:
    """The article spells the acronym out: the initials of one of its organisations, or a parenthesis right after
    the long form ("Singapore Airlines (SIA)")."""
    if any(is_acronym_of(word, o.name) for o in orgs):
        return True
    opened = tok.i >= 1 and toks[tok.i - 1].text == "(" and tok.i + 1 < len(toks) and toks[tok.i + 1].text == ")"
    before = next((o for o in orgs if o.end == tok.i - 1), None) if opened else None
    return before is not None and is_defined_acronym(word, before.name)


def untagged_acronyms(doc: Doc, spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """Organisation mentions for the upper-case acronyms no span covers (see the module's docstring)."""
    toks = tokens(doc)
    covered = {i for s in spans for i in range(s.start, s.end)}
    orgs = [s for s in spans if s.type == "organization"]
    tagged = {s.name for s in orgs}
    text = doc_text(doc)
    people = {s.start: s for s in spans if s.type == "person" and s.end - s.start == 1 and not s.key}
    out: list[CandidateSpan] = []
    for tok in toks:
        if tok.i in covered and tok.i not in people or not _acronym_word(tok) or tok.text in agency_credits():
            continue
        word = tok.text
        known = (
            word in tagged
            or long_form(word) is not None
            or _spelt_out(word, tok, orgs, toks)
            or type_votes(text, tok.idx, tok.idx + len(word))["organization"] >= STRONG_CUE
        )
        if known and tok.i in people:  # "SADC said" tagged PERSON where the article spells SADC out
            people[tok.i].type = "organization"
        elif known:
            out.append(CandidateSpan(tok.i, tok.i + 1, "organization", "", word, rule="acronym"))
    return out

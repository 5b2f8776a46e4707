"""The article's entities from its resolved candidate spans (`kg.extract.entities.find_entities`' last step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.spans import CandidateSpan as _Span
from kg.facts import Entity, Mention
from kg.nlp import doc_text, token_span_chars, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

EntityIndex = dict[int, str]  # token index -> Entity.id
PRONOUNS = {"he", "she", "him", "her", "his"}


def spans_to_entities(doc: Doc, spans: list[_Span]) -> tuple[list[Entity], EntityIndex]:
    """One Entity per span key (ids in order of first mention), its mentions, titles, affiliation and aliases,
    and the index from every mention token to its entity id."""
    toks, text = tokens(doc), doc_text(doc)
    entities: dict[str, Entity] = {}
    index: EntityIndex = {}
    for s in spans:
        ent = entities.get(s.key)
        if ent is None:
            ent = Entity(id=f"e{len(entities) + 1}", type=s.type, name=s.name)
            if s.key.startswith("place:") and s.country:
                ent.country = s.country
            if s.type == "organization" and s.country:
                ent.country = s.country
            entities[s.key] = ent
        start_char, end_char = token_span_chars(doc, s.start, s.end)  # as doc[s.start : s.end] has them
        surface = text[start_char:end_char]
        ent.mentions.append(Mention(start_char, end_char, surface))
        if s.type == "person":
            for t in s.titles:
                if t not in ent.titles:
                    ent.titles.append(t)
        if s.affiliation and not ent.affiliation:
            ent.affiliation = s.affiliation
        for alias in s.aliases:
            if alias != ent.name and alias not in ent.aliases:
                ent.aliases.append(alias)
        if (
            s.type in {"organization", "group"}
            and s.rule not in {"embassy", "party", "body"}
            and s.start > 0
            and toks[s.start - 1].lower_ == "the"
            and surface[:1].isupper()  # a name, not "the newspaper" that refers to it
            and f"the {surface}" not in ent.aliases
            and not ent.name.lower().startswith("the ")
        ):
            ent.aliases.append(f"the {surface}")  # the canonical name drops the article; keep it as an alias
        if (
            surface.lower() != ent.name.lower()  # "MOSCOW" in a dateline is no other name of Moscow
            and surface not in ent.aliases
            and surface.lower() not in PRONOUNS
            and s.type != "weapon"
            and s.rule not in {"embassy", "party", "body"}  # "the embassies", "Kenya embassy", "Republicans"
            and not (s.end - s.start == 1 and toks[s.start].pos_ == "NOUN")
        ):
            ent.aliases.append(surface)
        for i in range(s.start, s.end):
            index[i] = ent.id
    return list(entities.values()), index

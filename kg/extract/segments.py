"""Long texts in segments: where to cut them, and their facts put back together.

An article longer than `SEGMENT_CHARS` (~8,000 words, longer than almost any news story) is parsed and
extracted one segment at a time, so that memory and time stay proportional to its length: spaCy's
parser needs ~3.4 MiB per 1,000 characters parsed at once, and some extraction steps compare every
event with every other one in a text. Segments are cut at the last paragraph break before the limit,
else the last line break, else the last sentence end, else the last space. Their facts are merged with
offsets into the whole text: entities of one type and name are one entity; events, dates and
coreference are not linked across a cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.facts import Article, ArticleFacts, Entity, Event, Mention

SEGMENT_CHARS = 50_000

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def segment_bounds(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, int]]:
    """(start, end) offsets of consecutive segments covering `text`, each at most `limit` characters."""
    out = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _last_cut(window)
        out.append((start, start + cut))
        start += cut
    out.append((start, len(text)))
    return out


def _last_cut(window: str) -> int:
    """Where to end a segment inside `window`: after its last paragraph break, line break, sentence end or
    space in the second half, else at the window's end."""
    half = len(window) // 2
    for found in (window.rfind("\n\n", half), window.rfind("\n", half)):
        if found >= 0:
            return found + (2 if window.startswith("\n\n", found) else 1)
    ends = [m.end() for m in _SENTENCE_END.finditer(window, half)]
    if ends:
        return ends[-1]
    space = window.rfind(" ", half)
    return space + 1 if space >= 0 else len(window)


def segment_article(article: Article, start: int, end: int) -> Article:
    """The article made of text[start:end]: its title (and reading notes) go with the first segment only."""
    first = start == 0
    return replace(article, text=article.text[start:end], title=article.title if first else None,
                   notes=list(article.notes) if first else [])


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.text)


def merge_segments(article: Article, parts: list[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """One article's facts from its segments' facts (`parts`: each segment's start offset and facts)."""
    merged = ArticleFacts(article=article)
    by_name: dict[tuple[str, str], Entity] = {}
    for offset, facts in parts:
        entity_ids: dict[str, str] = {}
        for ent in facts.entities:
            same = by_name.get((ent.type, ent.name))
            if same is None:
                same = by_name[(ent.type, ent.name)] = Entity(
                    id=f"e{len(merged.entities) + 1}", type=ent.type, name=ent.name, country=ent.country,
                    affiliation=ent.affiliation,
                )
                merged.entities.append(same)
            entity_ids[ent.id] = same.id
            same.mentions += [_shift(m, offset) for m in ent.mentions]
            same.aliases += [a for a in ent.aliases if a not in same.aliases]
            same.titles += [t for t in ent.titles if t not in same.titles]
            same.affiliation = same.affiliation or ent.affiliation
            same.country = same.country or ent.country
        first_timex = len(merged.timexes)
        merged.timexes += [replace(t, start=t.start + offset, end=t.end + offset) for t in facts.timexes]
        event_ids = {ev.id: f"ev{len(merged.events) + k}" for k, ev in enumerate(facts.events, 1)}
        for ev in facts.events:
            merged.events.append(_shift_event(ev, offset, event_ids, entity_ids, first_timex))
        merged.sentences += [(s + offset, e + offset) for s, e in facts.sentences]
        merged.errors += [e for e in facts.errors if e not in merged.errors]
    return merged


def _shift_event(ev: Event, by: int, event_ids: dict[str, str], entity_ids: dict[str, str], first_timex: int) -> Event:
    return replace(
        ev,
        id=event_ids[ev.id],
        trigger=_shift(ev.trigger, by),
        sentence=(ev.sentence[0] + by, ev.sentence[1] + by),
        timex=None if ev.timex is None else ev.timex + first_timex,
        arguments=[
            replace(a, start=a.start + by, end=a.end + by, entity=entity_ids.get(a.entity or "", a.entity))
            for a in ev.arguments
        ],
        caused_by=event_ids.get(ev.caused_by or "", ev.caused_by) if ev.caused_by else None,
        mentions=[_shift(m, by) for m in ev.mentions],
    )

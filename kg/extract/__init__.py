"""Extraction: pure functions from a parsed article (spaCy Doc) to facts. No I/O, no RDF.

`extract_facts(doc, article)` runs the stages in order:
entities → temporal expressions → events → event dates. `extract_articles(articles)` parses a stream of
articles with `kg.nlp` (spaCy's `nlp.pipe`, in batches) and extracts each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import nlp
from kg.extract.datelines import find_dateline
from kg.extract.dating import attach_event_dates
from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.extract.events.future import mark_future_events_planned
from kg.extract.timex import find_timexes
from kg.facts import Article, ArticleFacts
from kg.nlp import doc_text, release, sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_articles", "extract_facts"]


def extract_facts(doc: Doc, article: Article, event_mentions: bool = False) -> ArticleFacts:
    """All facts of one article from its parse.

    By default coreferent event mentions are one event (the others in `Event.mentions`);
    `event_mentions=True` keeps one event per trigger mention, the unit ACE/KAIROS annotate.
    """
    text = doc_text(doc)
    if not article.source:  # the agency a dateline credits ("MOSCOW (AP) -") is the article's source
        dateline = find_dateline(text)
        if dateline is not None and dateline.agency:
            article = replace(article, source=dateline.agency)
    facts = ArticleFacts(article=article)
    facts.sentences = [(s.start_char, s.end_char) for s in sentences(doc) if text[s.start_char : s.end_char].strip()]
    facts.errors.extend(article.notes)
    if not article.published:
        facts.errors.append("no publication date: relative dates are left unresolved")
    try:
        facts.entities, entity_index = find_entities(doc, article)
        facts.timexes = find_timexes(doc, article.published)
        facts.events = find_events(
            doc, article, facts.entities, entity_index, corefer=not event_mentions, timexes=facts.timexes
        )
        attach_event_dates(doc, facts.events, facts.timexes, article.published)
        mark_future_events_planned(doc, facts.events, facts.timexes, article.published)
    finally:
        release(doc)
    return facts


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = 16, event_mentions: bool = False
) -> Iterator[ArticleFacts]:
    """Facts for each article, in order; spaCy parses them in batches with `nlp.pipe`.

    `event_mentions=True` gives one event per trigger mention (as ACE and WikiEvents annotate)
    instead of folding coreferent mentions into one event.
    """
    pipeline = nlp.load(model)
    pairs = ((a.text, a) for a in articles)
    for doc, article in pipeline.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_facts(doc, article, event_mentions=event_mentions)

"""Extraction: pure functions from a parsed article (spaCy Doc) to facts. No I/O, no RDF.

`extract_facts(doc, article)` runs the stages in order:
entities → temporal expressions → events → event dates. `extract_articles(articles)` parses a stream of
articles with `kg.nlp` (spaCy's `nlp.pipe`, in batches) and extracts each, one article's failure never
stopping the others; texts longer than `SEGMENT_CHARS` are read in segments (`kg.extract.segments`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import nlp
from kg.extract.capital_countries import metonymic_countries
from kg.extract.datelines import find_dateline
from kg.extract.dating import attach_event_dates
from kg.extract.entities import find_entities
from kg.extract.events import find_events
from kg.extract.events.future import mark_future_events_planned, undate_later_asserted_events
from kg.extract.resolve_learnt import rerank_arguments
from kg.extract.segments import SEGMENT_CHARS, merge_segments, segment_article, segment_bounds
from kg.extract.surname_organisations import fold_surname_organisations
from kg.extract.timex import find_timexes
from kg.facts import Article, ArticleFacts
from kg.nlp import doc_text, release, sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "MAX_CHARS",
    "SEGMENT_CHARS",
    "ArticleFailure",
    "FailureHandler",
    "extract_articles",
    "extract_facts",
    "failure_reason",
]

MAX_CHARS = 1_000_000  # an article longer than this is refused (`--max-chars`): ~150,000 words, no news story
PARSE_BATCH_CHARS = 100_000  # characters parsed together: spaCy's memory grows with them (~3.4 MiB per 1,000)

FailureHandler = Callable[[Article, str], None]  # (the article, why it failed in one line)


class ArticleFailure(ValueError):
    """One article that could not be read into facts, raised when no `on_error` receives it."""

    def __init__(self, article: Article, reason: str) -> None:
        super().__init__(f"article {article.id}: {reason}")
        self.article = article
        self.reason = reason


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
        fold_surname_organisations(facts.entities, entity_index)  # "Egede's office" typed ORG: Mute Egede's
        metonymic_countries(doc, facts.entities, entity_index)  # "Washington said": the United States
        facts.timexes = find_timexes(doc, article.published)
        facts.events = find_events(
            doc, article, facts.entities, entity_index, corefer=not event_mentions, timexes=facts.timexes
        )
        attach_event_dates(doc, facts.events, facts.timexes, article.published)
        mark_future_events_planned(doc, facts.events, facts.timexes, article.published)
        undate_later_asserted_events(facts.events, article.published)
        rerank_arguments(facts)  # who an unnamed argument is, by the learnt ranker when one is committed
    finally:
        release(doc)
    return facts


def failure_reason(exc: BaseException) -> str:
    """One line saying why an article failed: the exception's kind and message, shortened."""
    message = " ".join(str(exc).split())
    if len(message) > 200:
        message = message[:199] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def extract_articles(
    articles: Iterable[Article],
    model: str | None = None,
    batch_size: int = 16,
    event_mentions: bool = False,
    on_error: FailureHandler | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[ArticleFacts]:
    """Facts for each article, in order; spaCy parses them in batches with `nlp.pipe`.

    `event_mentions=True` gives one event per trigger mention (as ACE and WikiEvents annotate)
    instead of folding coreferent mentions into one event. An article that cannot be parsed or
    extracted (any exception), or is longer than `max_chars`, goes to `on_error(article, reason)` and
    the others go on; without `on_error` it raises ArticleFailure. A text longer than SEGMENT_CHARS is
    parsed and extracted in segments cut at paragraph, line or sentence ends (`kg.extract.segments`).
    """
    pipeline = nlp.load(model)

    def fail(article: Article, reason: str) -> None:
        if on_error is None:
            raise ArticleFailure(article, reason)
        on_error(article, reason)

    for batch in _parse_batches(articles, batch_size):
        with nlp.strings_freed_after(pipeline):  # a batch's new words leave spaCy's vocabulary with it
            outcomes = _extract_batch(pipeline, batch, event_mentions, max_chars, batch_size)
        for outcome in outcomes:  # in order, outside the block: a caller's code never runs inside it
            if isinstance(outcome, ArticleFacts):
                yield outcome
            else:
                fail(*outcome)


def _extract_batch(
    pipeline: Language, batch: list[Article], event_mentions: bool, max_chars: int, batch_size: int
) -> list[ArticleFacts | tuple[Article, str]]:
    """Each article's facts, or the article and why it failed, in the batch's order."""
    out: list[ArticleFacts | tuple[Article, str]] = []
    accepted = []
    for article in batch:
        if len(article.text) > max_chars:
            out.append((article, f"text is {len(article.text):,} characters long, over the limit of {max_chars:,} "
                        "(--max-chars)"))
        else:
            accepted.append(article)
    whole = [a.text for a in accepted if len(a.text) <= SEGMENT_CHARS]
    parsed = iter(_parse_each(pipeline, whole, batch_size))
    for article in accepted:
        try:
            if len(article.text) > SEGMENT_CHARS:
                facts = _extract_in_segments(pipeline, article, event_mentions)
            else:
                doc = next(parsed)
                if isinstance(doc, Exception):
                    raise doc
                facts = extract_facts(doc, article, event_mentions=event_mentions)
        except Exception as exc:  # one article's failure, whatever it is, is that article's error
            out.append((article, f"cannot be extracted ({failure_reason(exc)})"))
            continue
        out.append(facts)
    return out


def _parse_batches(articles: Iterable[Article], batch_size: int) -> Iterator[list[Article]]:
    """Articles in groups of at most `batch_size` and about PARSE_BATCH_CHARS characters."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= batch_size or chars + len(article.text) > PARSE_BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += min(len(article.text), SEGMENT_CHARS)
    if batch:
        yield batch


def _parse_each(pipeline: Language, texts: list[str], batch_size: int) -> list[Doc | Exception]:
    """The parse of each text; when the batch fails, each text alone, so that one text's failure is its own."""
    try:
        return list(pipeline.pipe(texts, batch_size=batch_size))
    except Exception:
        out: list[Doc | Exception] = []
        for text in texts:
            try:
                out.append(pipeline(text))
            except Exception as exc:
                out.append(exc)
        return out


def _extract_in_segments(pipeline: Language, article: Article, event_mentions: bool) -> ArticleFacts:
    """The facts of a long article, segment by segment: each parsed and extracted alone (memory and time
    stay proportional to the text), then put together with their offsets into the whole text."""
    parts = []
    for start, end in segment_bounds(article.text, SEGMENT_CHARS):
        piece = segment_article(article, start, end)
        parts.append((start, extract_facts(pipeline(piece.text), piece, event_mentions=event_mentions)))
    return merge_segments(article, parts)

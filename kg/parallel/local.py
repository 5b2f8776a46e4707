"""Extraction over many articles in parallel on one machine: worker processes forked from the parent.

The spaCy model is loaded once in the parent, then worker processes are forked from it, so the model's
weights are shared copy-on-write instead of loaded once per worker (spaCy's own `nlp.pipe(n_process=2)`
spawns fresh processes that each load the model: ~670 MiB apiece). Workers parse and extract chunks of
articles with `nlp.pipe`; the parent keeps a bounded number of chunks in flight (streaming, not the whole
corpus in memory) and yields facts in input order.

An article that fails in a worker is that article's error, as in one process. A worker that dies (killed,
out of memory, a crash in native code) takes no other article with it: the pool is started again and the
chunks it had in flight are extracted again one article at a time, so the article that kills a worker
again is the only one reported.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from kg import nlp
from kg.extract import MAX_CHARS, ArticleFailure, FailureHandler, extract_articles, failure_reason
from kg.facts import Article, ArticleFacts

CHUNK = 16
WORKER_DIED = "cannot be extracted (the worker process extracting it died: killed, or out of memory)"

Outcome = ArticleFacts | str  # an article's facts, or why it failed


def _extract_chunk(args: tuple[list[Article], str | None, int]) -> list[Outcome]:
    """In a worker: each article's facts or failure, in the chunk's order."""
    articles, model, max_chars = args
    position = {id(a): k for k, a in enumerate(articles)}
    out: list[Outcome] = [WORKER_DIED] * len(articles)

    def failed(article: Article, reason: str) -> None:
        out[position[id(article)]] = reason

    for facts in extract_articles(articles, model=model, on_error=failed, max_chars=max_chars):
        out[position[id(facts.article)]] = facts
    return out


def emit_outcomes(
    part: list[Article], outcomes: list[Outcome], on_error: FailureHandler | None
) -> Iterator[ArticleFacts]:
    """The facts of a chunk's articles in order; a failed one goes to `on_error` (without it: ArticleFailure)."""
    for article, outcome in zip(part, outcomes, strict=True):
        if isinstance(outcome, str):
            if on_error is None:
                raise ArticleFailure(article, outcome)
            on_error(article, outcome)
        else:
            yield outcome


def _chunked(items: Iterable[Article], n: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Pool:
    """A process pool that is started again when one of its workers dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("fork"))

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def submit(self, part: list[Article], model: str | None, max_chars: int) -> Future:
        return self.executor.submit(_extract_chunk, (part, model, max_chars))

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _outcomes(part: list[Article], future: Future) -> list[Outcome]:
    """What a chunk's future gives (BrokenProcessPool passes through: the caller starts the pool again)."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:  # the answer could not come back (e.g. it could not be pickled)
        return [f"cannot be extracted ({failure_reason(exc)})"] * len(part)


def extract_parallel(
    articles: Iterable[Article],
    model: str | None = None,
    workers: int = 2,
    chunk: int = CHUNK,
    on_error: FailureHandler | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order, from `workers` forked processes sharing one loaded model.
    A failed article goes to `on_error(article, reason)` (without it: ArticleFailure), as in
    `kg.extract.extract_articles`."""
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        yield from extract_articles(articles, model=model, on_error=on_error, max_chars=max_chars)
        return

    nlp.load(model)  # loaded before the fork: children share its pages
    gc.collect()
    gc.freeze()  # keep the parent's objects out of the children's collector: fewer copied pages
    pool = _Pool(workers)
    pending: deque[tuple[list[Article], Future]] = deque()

    def one_at_a_time(parts: list[list[Article]]) -> Iterator[ArticleFacts]:
        """After a worker died: each article of `parts` alone, so that only the one that kills a worker is lost."""
        for part in parts:
            for article in part:
                try:
                    outcomes = _outcomes([article], pool.submit([article], model, max_chars))
                except BrokenProcessPool:
                    pool.restart()
                    outcomes = [WORKER_DIED]
                yield from emit_outcomes([article], outcomes, on_error)

    def drain_one() -> Iterator[ArticleFacts]:
        part, future = pending.popleft()
        try:
            outcomes = _outcomes(part, future)
        except BrokenProcessPool:
            retry = [part] + [p for p, _ in pending]
            pending.clear()
            pool.restart()
            yield from one_at_a_time(retry)
            return
        yield from emit_outcomes(part, outcomes, on_error)

    try:
        for part in _chunked(articles, chunk):
            pending.append((part, pool.submit(part, model, max_chars)))
            while len(pending) > 2 * workers:
                yield from drain_one()
        while pending:
            yield from drain_one()
    finally:
        pool.shutdown()
        gc.unfreeze()

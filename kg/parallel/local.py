"""Extraction over many articles in parallel on one machine: worker processes forked from the parent.

The spaCy model is loaded once in the parent, then worker processes are forked from it, so the model's
weights are shared copy-on-write instead of loaded once per worker (spaCy's own `nlp.pipe(n_process=2)`
spawns fresh processes that each load the model: ~670 MiB apiece). Workers parse and extract chunks of
articles with `nlp.pipe`; the parent keeps a bounded number of chunks in flight (streaming, not the whole
corpus in memory) and yields facts in input order.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator

from kg import nlp
from kg.extract import extract_articles
from kg.facts import Article, ArticleFacts

CHUNK = 16


def _extract_chunk(args: tuple[list[Article], str | None]) -> list[ArticleFacts]:
    articles, model = args
    return list(extract_articles(articles, model=model))


def _chunked(items: Iterable[Article], n: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_parallel(
    articles: Iterable[Article], model: str | None = None, workers: int = 2, chunk: int = CHUNK
) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order, from `workers` forked processes sharing one loaded model."""
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        yield from extract_articles(articles, model=model)
        return
    nlp.load(model)  # loaded before the fork: children share its pages
    gc.collect()
    gc.freeze()  # keep the parent's objects out of the children's collector: fewer copied pages
    ctx = mp.get_context("fork")
    with ctx.Pool(workers) as pool:
        pending: deque = deque()
        for part in _chunked(articles, chunk):
            pending.append(pool.apply_async(_extract_chunk, ((part, model),)))
            while len(pending) > 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    gc.unfreeze()

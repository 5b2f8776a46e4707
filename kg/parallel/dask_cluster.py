"""Extraction on a dask.distributed cluster: `kg build --dask tcp://HOST:PORT` or `--dask local[:N]`.

Only the parse and the per-article extraction run on the workers: the client reads the inputs, sends
chunks of articles to the cluster, and gets back each article's facts (or why it failed) in input order.
Everything global stays on the client, exactly as in a local build: which articles are new or changed,
entity resolution over each batch, the near-duplicate and same-event links, writing the store. So a
cluster build's store is the local build's, quad for quad.

Each worker loads the spaCy model once, when it joins (a worker plugin; `kg.nlp.load` caches it per
process). A chunk whose task fails (it raised, or its worker died: the scheduler counts those against
`distributed.scheduler.allowed-failures`) is retried `retries` times, then its articles are sent again one
at a time (not retried again: a worker that dies costs a restart and a model load), so the article that
breaks a worker is the only one reported; the rest are kept.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import FailureHandler, failure_reason
from kg.facts import Article, ArticleFacts
from kg.parallel.local import CHUNK, Outcome, _chunked, _extract_chunk, emit_outcomes

RETRIES = 1  # a failed chunk is run up to 1 + RETRIES times before its articles are tried one by one
CONNECT_TIMEOUT = 20.0  # seconds to reach the scheduler
WORKERS_TIMEOUT = 60.0  # seconds to wait for the first worker of a remote scheduler
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: enough to keep each busy, bounded memory on the client


class ClusterUnavailable(ConnectionError):
    """The scheduler cannot be reached, or has no worker to extract with."""


def parse_address(spec: str) -> tuple[str, int | None]:
    """`--dask` as (address, local worker count): ("tcp://h:8786", None), or ("local", N) for `local[:N]`
    (N defaults to the machine's cores)."""
    spec = spec.strip()
    if spec == "local" or spec.startswith("local:"):
        _, _, count = spec.partition(":")
        if count and (not count.isdigit() or int(count) < 1):
            raise ValueError(f"--dask {spec}: local:N needs a worker count of at least 1")
        return "local", int(count) if count else (os.cpu_count() or 1)
    if "://" not in spec:
        spec = "tcp://" + spec  # host:port, as `dask scheduler` prints it without the scheme
    return spec, None


def _model_loader(model: str | None) -> Any:
    from distributed import WorkerPlugin

    class LoadModel(WorkerPlugin):
        """Loads the spaCy model and kg's data when a worker starts (and on each worker that joins later)."""

        name = "kg-load-model"

        def __init__(self, model: str | None) -> None:
            self.model = model

        def setup(self, worker: Any) -> None:
            from kg.extract import extract_articles

            # One tiny article: the model, the lexicons and the gazetteer loaded before the first chunk.
            warm_up = Article("kg-warm-up", "Officials met in Geneva on Monday, a spokesman said.")
            list(extract_articles([warm_up], model=self.model, on_error=lambda article, reason: None))

    return LoadModel(model)


class Cluster:
    """A connection to a scheduler, or a LocalCluster this process started; closed by `close()`."""

    def __init__(self, spec: str, model: str | None = None) -> None:
        import logging

        from distributed import Client, LocalCluster

        address, local_workers = parse_address(spec)
        self.local: Any = None
        self.client: Any = None
        logging.getLogger("distributed").setLevel(logging.ERROR)  # its INFO/WARNING lines are not kg's output
        try:
            if local_workers is not None:
                self.local = LocalCluster(
                    n_workers=local_workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
                address = self.local.scheduler_address
            self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except OSError as exc:
            self.close()
            raise ClusterUnavailable(f"--dask {spec}: cannot reach the scheduler ({failure_reason(exc)})") from None
        try:
            self.client.register_plugin(_model_loader(model))
            self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except TimeoutError:
            self.close()
            raise ClusterUnavailable(f"--dask {spec}: the scheduler has no worker after {WORKERS_TIMEOUT:.0f} s "
                                     "(start some with `dask worker ADDRESS`)") from None

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def close(self) -> None:
        client, self.client = getattr(self, "client", None), None
        if client is not None:
            client.close()
        if self.local is not None:
            self.local.close()
            self.local = None


def extract_on_cluster(
    articles: Iterable[Article],
    cluster: Cluster,
    model: str | None = None,
    on_error: FailureHandler | None = None,
    max_chars: int | None = None,
    chunk: int = CHUNK,
    retries: int = RETRIES,
) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order, extracted on the cluster's workers. A failed article goes to
    `on_error(article, reason)` (without it: ArticleFailure), as in `kg.extract.extract_articles`."""
    from kg.extract import MAX_CHARS

    limit = max_chars or MAX_CHARS
    client = cluster.client

    def submit(part: list[Article], retries: int = 0) -> Any:
        return client.submit(_extract_chunk, (part, model, limit), retries=retries, pure=False)

    def outcomes(part: list[Article], future: Any) -> list[Outcome]:
        try:
            return future.result()
        except Exception:  # the task failed after its retries, or its worker died too often
            pass
        # Only the guilty article is lost: each article alone, then each that failed alone once more, one at a
        # time (a task queued on a worker that another article killed fails with it, through no fault of its own).
        singles = [submit([article]) for article in part]
        results: list[Outcome] = []
        for article, single in zip(part, singles, strict=True):
            try:
                results.append(single.result()[0])
            except Exception:
                results.append(_alone(article))
        return results

    def _alone(article: Article) -> Outcome:
        try:
            return submit([article]).result()[0]
        except Exception as exc:
            return _task_failure(exc)

    pending: deque[tuple[list[Article], Any]] = deque()
    try:
        for part in _chunked(articles, chunk):
            pending.append((part, submit(part, retries)))
            while len(pending) >= IN_FLIGHT_PER_WORKER * cluster.workers():
                part0, future = pending.popleft()
                yield from emit_outcomes(part0, outcomes(part0, future), on_error)
        while pending:
            part0, future = pending.popleft()
            yield from emit_outcomes(part0, outcomes(part0, future), on_error)
    finally:
        for _, future in pending:
            future.cancel()


def _task_failure(exc: BaseException) -> str:
    from distributed.scheduler import KilledWorker

    if isinstance(exc, KilledWorker):
        return "cannot be extracted (the worker process extracting it died on the cluster: killed, or out of memory)"
    return f"cannot be extracted on the cluster ({failure_reason(exc)})"

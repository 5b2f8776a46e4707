"""The library API behind the CLI: `extract` articles into facts, `build` a graph from them.

Everything a CLI command does is one call here (STYLE.md: the library is the product).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.facts import Article, ArticleFacts
from kg.ingest import InputError, ReadOptions, read_articles

ErrorHandler = Callable[[InputError], None]
WarningHandler = Callable[[str], None]  # one line naming the input
ProgressHandler = Callable[[int, float], None]  # (articles done, seconds since start)


class InputFailed(ValueError):
    """An input that could not be read, raised when the caller gave no `on_error` to receive it."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


def _raise(error: InputError) -> None:
    raise InputFailed(error)


def _ignore(_: InputError) -> None:
    return None


def _articles(
    inputs: Iterable[str] | str,
    published: str | None,
    read_options: ReadOptions | None,
    on_error: ErrorHandler,
    on_warning: WarningHandler | None,
) -> Iterator[Article]:
    """The readable articles of `inputs`; errors to `on_error`, each article's reading notes to `on_warning`,
    and at the end one line for the articles that came with no publication date at all."""
    undated: list[str] = []
    for item in read_articles(inputs, published=published, options=read_options):
        if isinstance(item, InputError):
            on_error(item)
            continue
        if on_warning is not None:
            for note in item.notes:
                on_warning(f"{item.path}: {note}")
        if item.published is None and not item.notes:
            undated.append(item.path or item.id)
        yield item
    if undated and on_warning is not None:
        on_warning(undated_warning(undated))


def undated_warning(paths: list[str]) -> str:
    """One line for the articles with no publication date: which, and what it costs."""
    named = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    count = "1 article has" if len(paths) == 1 else f"{len(paths)} articles have"
    return (f"{count} no publication date ({named}): relative dates such as 'on Thursday' are left unresolved; "
            "give one with `published:` in front matter, a \"published\" field, or --published")


def article_error(article: Article, reason: str) -> InputError:
    """The error line of one article that failed after it was read: where it came from, its id, why."""
    return InputError(article.path or article.id, f"article {article.id}: {reason}")


def extract(
    inputs: Iterable[str] | str,
    published: str | None = None,
    model: str | None = None,
    on_error: ErrorHandler | None = None,
    on_progress: ProgressHandler | None = None,
    event_mentions: bool = False,
    read_options: ReadOptions | None = None,
    on_warning: WarningHandler | None = None,
    max_chars: int | None = None,
) -> Iterator[ArticleFacts]:
    """Read inputs (files, directories, globs, URLs, `-`; one path may be given as a string) and yield each
    article's facts in input order.

    An input that cannot be read, or an article that cannot be extracted (longer than `max_chars`,
    default `kg.extract.MAX_CHARS`, or any failure inside it), is passed to `on_error` and the rest go
    on; without `on_error` it raises InputFailed (never dropped). What reading noticed (an unreadable
    date) goes to `on_warning` and is in the facts' `errors`. `read_options` (kg.ingest.ReadOptions):
    date order, CSV columns, feeds, fetching.
    """
    from kg.extract import MAX_CHARS, extract_articles

    started = time.monotonic()
    report = on_error or _raise

    def articles() -> Iterator[Article]:
        yield from _articles(inputs, published, read_options, report, on_warning)

    stream = extract_articles(
        articles(),
        model=model,
        event_mentions=event_mentions,
        on_error=lambda article, reason: report(article_error(article, reason)),
        max_chars=max_chars or MAX_CHARS,
    )
    for n, facts in enumerate(stream, start=1):
        if on_progress is not None:
            on_progress(n, time.monotonic() - started)
        yield facts


def extract_text(
    text: str,
    published: str | None = None,
    title: str | None = None,
    article_id: str = "text",
    model: str | None = None,
    event_mentions: bool = False,
) -> ArticleFacts:
    """The facts of one article given as a string (`published`: "YYYY-MM-DD" or an ISO datetime).

    The text is used exactly as given (offsets index it); its first non-empty line is the headline
    unless `title` is given. Raises ValueError for an empty text or an unreadable date.
    """
    from kg.extract import extract_articles
    from kg.ingest import first_line, normalize_published

    if not isinstance(text, str) or not text.strip():
        raise ValueError("extract_text needs a non-empty string")
    article = Article(
        id=article_id,
        text=text,
        title=title or first_line(text),
        published=normalize_published(published),
        path="<text>",
    )
    (facts,) = extract_articles([article], model=model, event_mentions=event_mentions)
    return facts


@dataclass
class Summary:
    """What a build produced: counts, date range, output files and failed inputs."""

    articles: int = 0
    entities: int = 0
    events_by_type: Counter[str] = field(default_factory=Counter)
    first_date: str | None = None  # earliest bound of any dated event (ISO date)
    last_date: str | None = None  # latest bound of any dated event
    failures: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    triples: int = 0
    skipped: int = 0  # already in the store, unchanged

    @property
    def events(self) -> int:
        return sum(self.events_by_type.values())

    def add(self, facts: ArticleFacts) -> None:
        self.articles += 1
        for ev in facts.events:
            self.events_by_type[ev.type] += 1
            if ev.date:
                start = ev.date_range[0][:10] if ev.date_range else ev.date
                end = ev.date_range[1][:10] if ev.date_range else ev.date
                if self.first_date is None or start < self.first_date:
                    self.first_date = start
                if self.last_date is None or end > self.last_date:
                    self.last_date = end

    def to_json(self) -> dict:
        return {
            "articles": self.articles,
            "skipped_unchanged": self.skipped,
            "entities": self.entities,
            "events": self.events,
            "events_by_type": dict(sorted(self.events_by_type.items())),
            "date_range": [self.first_date, self.last_date] if self.first_date else None,
            "triples": self.triples,
            "failures": list(self.failures),
            "outputs": dict(self.outputs),
        }

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.articles}" + (f" (+{self.skipped} unchanged, skipped)" if self.skipped else ""),
            f"entities: {self.entities}",
            f"events:   {self.events}"
            + (
                " (" + ", ".join(f"{t} {n}" for t, n in sorted(self.events_by_type.items())) + ")"
                if self.events
                else ""
            ),
            f"dates:    {self.first_date} .. {self.last_date}" if self.first_date else "dates:    none",
            f"triples:  {self.triples}",
        ]
        if self.failures:
            out.append(f"failures: {len(self.failures)}")
            out.extend(f"  {f}" for f in self.failures)
        for name, path in self.outputs.items():
            out.append(f"{name}: {path}")
        return out


def build(
    inputs: Iterable[str],
    out_dir: str | Path | None = "out",
    published: str | None = None,
    model: str | None = None,
    formats: Iterable[str] = ("trig", "ttl"),
    views: bool = True,
    aliases: str | Path | None = None,
    store: str | Path | None = None,
    on_error: ErrorHandler = _ignore,
    on_progress: ProgressHandler | None = None,
    workers: int = 1,
    batch_size: int = 256,
    read_options: ReadOptions | None = None,
    on_warning: WarningHandler | None = None,
    max_chars: int | None = None,
    dask: str | None = None,
) -> Summary:
    """Build the knowledge graph of `inputs` into a store, and graph files (and HTML views) in `out_dir`.

    `store`: a store directory (created if missing), an `http(s)://` SPARQL store, or None for a
    throwaway in-memory store. Articles already in the store with the same content hash and kg version
    are skipped (`Summary.skipped`); changed ones have their named graph replaced. Articles stream
    through in batches of `batch_size`: a batch's entity identities are resolved together (names kept
    stable against the store) and the batch is written as one unit, all its articles or none, so an
    interrupted or killed build leaves whole batches and building again finishes the store exactly as
    one uninterrupted build would have. `workers` > 1 extracts in parallel processes; `dask` (a scheduler's
    `tcp://HOST:PORT`, or `local[:N]` for a LocalCluster of N processes) extracts on a dask.distributed
    cluster, everything else (resolution, links, writing) done here as in a local build. `formats` among
    trig (named graphs), ttl (all graphs merged), nq, jsonld; the files of `out_dir` are replaced
    together, never some old and some new.

    Each failed input or article (unreadable, longer than `max_chars`, failing anywhere in its parse,
    extraction or writing, or reusing the id of a different article of this run) is one error through
    `on_error`, listed in `Summary.failures`; the rest is built. `read_options` and `on_warning` as for
    `extract`.
    """
    from kg import __version__
    from kg.atomic import atomic_group, crash_point, write_json_atomic
    from kg.extract import MAX_CHARS, extract_articles, failure_reason
    from kg.rdf import content_hash, entity_iri
    from kg.store import LocalBackend, open_store, write_graphs

    alias_table = _alias_table(aliases)
    summary = Summary()
    kg_store = open_store(store, create=True)
    kg_store.auto_flush = None  # one batch, one write

    def record_error(err: InputError) -> None:
        summary.failures.append(str(err))
        on_error(err)

    def article_failed(article: Article, reason: str) -> None:
        record_error(article_error(article, reason))

    states = kg_store.article_states()
    started = time.monotonic()
    first_seen: dict[str, tuple[str, str]] = {}  # article id -> (content hash, where it was read) in this run

    def changed_articles() -> Iterator[Article]:
        for item in _articles(inputs, published, read_options, record_error, on_warning):
            digest, where = content_hash(item.text), item.path or item.id
            earlier = first_seen.get(item.id)
            if earlier is not None:
                if earlier[0] != digest:
                    article_failed(item, f"{earlier[1]} is a different article with the same id: this one is not "
                                   "built (give it an id of its own)")
                elif on_warning is not None:
                    on_warning(f"{where}: article {item.id} is the same as {earlier[1]}: built once")
                continue
            first_seen[item.id] = (digest, where)
            if states.get(item.id) == (digest, __version__):
                summary.skipped += 1
            else:
                yield item

    limit = max_chars or MAX_CHARS
    cluster = None
    if dask:
        from kg.parallel.dask_cluster import Cluster, extract_on_cluster

        try:
            cluster = Cluster(dask, model=model)
        except BaseException:
            kg_store.close()
            raise
        facts_stream = extract_on_cluster(
            changed_articles(), cluster, model=model, on_error=article_failed, max_chars=limit
        )
    elif workers > 1:
        from kg.parallel import extract_parallel

        facts_stream = extract_parallel(
            changed_articles(), model=model, workers=workers, on_error=article_failed, max_chars=limit
        )
    else:
        facts_stream = extract_articles(changed_articles(), model=model, on_error=article_failed, max_chars=limit)

    def write_batch(batch: list[ArticleFacts]) -> None:
        identities, batch = _resolve(batch, alias_table, article_failed)
        # A name the store already gives an entity wins when it is at least as full: labels stay stable
        # across batches and runs.
        stored = kg_store.entity_labels(sorted({entity_iri(k).value for k in identities.names}))
        for key, name in list(identities.names.items()):
            old = stored.get(entity_iri(key).value)
            if old and len(old.split()) >= len(name.split()):
                identities.names[key] = old
        written = []
        for facts in batch:
            try:
                kg_store.put_article(facts, identities, replace=facts.article.id in states, defer=True)
            except Exception as exc:  # this article's facts cannot be stored: its error, the others go on
                article_failed(facts.article, f"cannot be written ({failure_reason(exc)})")
                continue
            written.append(facts)
        kg_store.flush()
        crash_point("build.batch-written")
        for facts in written:
            summary.add(facts)
        if on_progress is not None:
            on_progress(summary.articles + summary.skipped, time.monotonic() - started)

    def write_all() -> None:  # (a function: once written, a huge article's facts are not kept alive)
        batch: list[ArticleFacts] = []
        for facts in facts_stream:
            batch.append(facts)
            if len(batch) >= batch_size:
                write_batch(batch)
                batch = []
        if batch:
            write_batch(batch)

    try:
        write_all()
        summary.entities = kg_store.count("entities")
        summary.triples = kg_store.count("triples")
        nothing_built = summary.failures and not summary.articles and not summary.skipped and not summary.triples
        if out_dir is not None and not nothing_built:  # every input failed: no empty graph files or views
            out = Path(out_dir)
            with atomic_group():  # every file renamed into place once all are written
                if isinstance(kg_store.backend, LocalBackend):
                    dataset = kg_store.dataset
                    for fmt, path in write_graphs(dataset, out, formats).items():  # trig and ttl: one sort
                        summary.outputs[fmt] = str(path)
                    if views:
                        from kg.views import write_views

                        for name, path in write_views(dataset, out).items():
                            summary.outputs[name] = str(path)
                if store is not None:
                    summary.outputs["store"] = kg_store.location
                summary.outputs["summary"] = str(out / "summary.json")
                write_json_atomic(out / "summary.json", summary.to_json())
        elif store is not None:
            summary.outputs["store"] = kg_store.location
    except BaseException:
        kg_store.discard_pending()  # a batch cut short is not written: whole batches only
        raise
    finally:
        close = getattr(facts_stream, "close", None)  # a generator: a cluster's pending chunks cancelled
        if close is not None:
            close()
        if cluster is not None:
            cluster.close()
        kg_store.close()
    return summary


def _alias_table(aliases: str | Path | None):  # noqa: ANN202 (kg.extract.resolve.AliasTable | None)
    """The alias file read once, before any article: an unreadable one is the caller's error, not each
    article's."""
    if not aliases:
        return None
    from kg.extract.resolve import load_alias_file

    try:
        return load_alias_file(aliases)
    except (OSError, ValueError) as exc:
        raise InputFailed(InputError(str(aliases), f"cannot read the alias file: {exc}")) from None


def _resolve(batch: list[ArticleFacts], alias_table, fail: Callable[[Article, str], None]):  # noqa: ANN001, ANN202
    """The batch's entity identities, and the articles they cover: an article the resolution fails on is
    its own error, and the others are resolved without it."""
    from kg.extract import failure_reason
    from kg.extract.resolve import resolve_entities
    from kg.rdf import Identities, preferred_names

    def identities(facts_list: list[ArticleFacts]) -> Identities:
        keys = resolve_entities(facts_list, alias_table)
        return Identities(keys=keys, names=preferred_names(facts_list, keys))

    try:
        return identities(batch), batch
    except Exception:
        good = []
        for facts in batch:
            try:
                identities([facts])
            except Exception as exc:
                fail(facts.article, f"cannot be resolved ({failure_reason(exc)})")
                continue
            good.append(facts)
        return identities(good), good

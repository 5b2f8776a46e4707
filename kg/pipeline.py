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
from kg.ingest import InputError, read_articles

ErrorHandler = Callable[[InputError], None]
ProgressHandler = Callable[[int, float], None]  # (articles done, seconds since start)


def _ignore(_: InputError) -> None:
    return None


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = 16
) -> Iterator[ArticleFacts]:
    """Facts for each article, in order; spaCy parses them in batches with `nlp.pipe`."""
    from kg import nlp
    from kg.extract import extract_facts

    pipeline = nlp.load(model)
    pairs = ((a.text, a) for a in articles)
    for doc, article in pipeline.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_facts(doc, article)


def extract(
    inputs: Iterable[str],
    published: str | None = None,
    model: str | None = None,
    on_error: ErrorHandler = _ignore,
    on_progress: ProgressHandler | None = None,
) -> Iterator[ArticleFacts]:
    """Read inputs (files, directories, globs, `-`) and yield each article's facts in input order.

    Inputs that cannot be read are passed to `on_error` and skipped; the rest go on.
    """
    started = time.monotonic()

    def articles() -> Iterator[Article]:
        for item in read_articles(inputs, published=published):
            if isinstance(item, InputError):
                on_error(item)
            else:
                yield item

    for n, facts in enumerate(extract_articles(articles(), model=model), start=1):
        if on_progress is not None:
            on_progress(n, time.monotonic() - started)
        yield facts


@dataclass
class Summary:
    """What a build produced: counts, date range, output files and failed inputs."""

    articles: int = 0
    entities: int = 0
    events_by_type: Counter[str] = field(default_factory=Counter)
    first_date: str | None = None
    last_date: str | None = None
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
                self.first_date = min(filter(None, [self.first_date, ev.date]))
                self.last_date = max(filter(None, [self.last_date, ev.date]))

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
) -> Summary:
    """Build the knowledge graph of `inputs`: graph files (and HTML views) in `out_dir`.

    `formats` among trig (named graphs), ttl (all graphs merged), nq, jsonld. Failed inputs are
    reported through `on_error` and listed in the summary; the rest is built.
    """
    from kg import graphio
    from kg.rdf import resolve_identities

    summary = Summary()

    def record_error(err: InputError) -> None:
        summary.failures.append(str(err))
        on_error(err)

    facts_list: list[ArticleFacts] = []
    for facts in extract(inputs, published=published, model=model, on_error=record_error, on_progress=on_progress):
        summary.add(facts)
        facts_list.append(facts)

    identities = resolve_identities(facts_list, aliases)
    dataset = graphio.new_dataset()
    graphio.add_facts(dataset, facts_list, identities)
    summary.entities = graphio.count_entities(dataset)
    summary.triples = len(dataset)
    if out_dir is not None:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        for fmt in formats:
            path = graphio.write_graph(dataset, out, fmt)
            summary.outputs[fmt] = str(path)
        if views:
            from kg.views import write_views

            for name, path in write_views(dataset, out).items():
                summary.outputs[name] = str(path)
        summary.outputs["summary"] = str(graphio.write_json_atomic(out / "summary.json", summary.to_json()))
    return summary

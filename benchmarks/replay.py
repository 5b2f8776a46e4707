"""Builds of many articles without parsing each one: a few hundred generated articles are parsed once,
then their facts are replayed as N articles (`benchmarks/throughput.py --replay K`).

What a 100,000-article build costs beyond the parse (the store, the near-duplicate and same-event
indexes, identity resolution) in minutes instead of hours: kg's own `build` runs over the N input
articles, with only `kg.extract.extract_articles` replaced by the replay. Article i is template i % K
(its text and facts) under its own id; with `per_day` > 0 it is published i // per_day days after the
template, and its event dates move by as much (an archive that spans years, not seven days).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.facts import Article, ArticleFacts


def shift_date(value: str | None, days: int) -> str | None:
    """A kg date value (day, datetime, week, month or year) moved by `days` at its own precision."""
    if not value or not days:
        return value
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(.*)", value):
        return (dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=days)).isoformat() + m.group(2)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return (dt.date.fromisoformat(value + "-15") + dt.timedelta(days=days)).isoformat()[:7]
    if re.fullmatch(r"\d{4}", value):
        return (dt.date.fromisoformat(value + "-07-01") + dt.timedelta(days=days)).isoformat()[:4]
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        day = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) + dt.timedelta(days=days)
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return value


def replayed(template: ArticleFacts | bytes, article: Article, days: int) -> ArticleFacts:
    """The template's facts (or their pickle: a copy ~5x faster than `copy.deepcopy`, which took a fifth of a
    replayed build's time) as those of `article`, event dates moved by `days`."""
    facts = pickle.loads(template if isinstance(template, bytes) else pickle.dumps(template))
    facts.article = article
    for ev in facts.events:
        ev.date = shift_date(ev.date, days)
        if ev.date_range:
            ev.date_range = (shift_date(ev.date_range[0], days), shift_date(ev.date_range[1], days) or "")
    return facts


def write_inputs(templates: list[ArticleFacts], n: int, per_day: int, out: Path) -> Path:
    """N input articles (JSON Lines): template i % K's text, its own id, published i // per_day days later."""
    path = out / f"replay-{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            t = templates[i % len(templates)].article
            days = i // per_day if per_day else 0
            rec = {"id": f"replay-{i:07d}", "text": t.text, "published": shift_date(t.published, days),
                   "source": t.source}
            fh.write(json.dumps(rec) + "\n")
    return path


def install_replay(templates: list[ArticleFacts], per_day: int) -> None:
    """Make `kg.extract.extract_articles` (as `kg build` calls it) replay the templates."""
    import kg.extract

    pickled = [pickle.dumps(t, protocol=pickle.HIGHEST_PROTOCOL) for t in templates]

    def extract_articles(articles: Iterable[Article], **_: object) -> Iterator[ArticleFacts]:
        for a in articles:
            i = int(a.id.rsplit("-", 1)[1])
            yield replayed(pickled[i % len(pickled)], a, i // per_day if per_day else 0)

    kg.extract.extract_articles = extract_articles  # type: ignore[assignment]


def parse_templates(path: Path, k: int) -> list[ArticleFacts]:
    """The first k articles of a generated file, parsed and extracted for real."""
    from kg.extract import extract_articles
    from kg.ingest import InputError, read_articles

    articles = [a for a in read_articles([str(path)]) if not isinstance(a, InputError)][:k]
    return list(extract_articles(articles))


def sorted_links(store: str) -> dict[str, list[list[str]]]:
    """The store's near-duplicate and same-event links, sorted: what two builds must agree on."""
    from kg.store import open_store
    from kg.store.base import DUPLICATE_OF, SAME_EVENT_AS

    with open_store(store, create=False, read_only=True) as kg_store:
        ds = kg_store.dataset
        dups = sorted(
            [r["a"].value, r["b"].value]
            for r in ds.query(f"SELECT ?a ?b WHERE {{ GRAPH ?g {{ ?a {DUPLICATE_OF} ?b }} }}")
        )
        same = sorted(
            [r["a"].value, r["b"].value, r["g"].value]
            for r in ds.query(
                f"SELECT ?a ?b ?g WHERE {{ GRAPH ?g {{ ?a {SAME_EVENT_AS} ?b }} }}"
            )
        )
    return {"duplicate_of": dups, "same_event_as": same}

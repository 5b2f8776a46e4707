"""Cross-article merging decisions, as pure functions: near-duplicate articles and same-event links.

- Near-duplicates: the same wire story republished by several outlets. Articles are compared by MinHash
  signatures of their word 5-gram shingles (estimated Jaccard similarity); at or above
  `DUPLICATE_THRESHOLD` the later article is `kg:duplicateOf` the earlier one and does not count as an
  independent source.
- Same event: two reports of one real-world event have the same type, share actors, and have compatible
  dates and places. `match_events` says whether, with every reason and the score, so `kg explain` can
  print why two events were merged.

Also the indexes a build keeps of what the store holds, to find candidates without a query per article:
`DuplicateIndex` (MinHash signatures) and `EventIndex` (dated events by type, date and entity).
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from kg.facts import ArticleFacts
from kg.rdf import Identities, article_graph_iri, entity_iri, event_iri
from kg.store.base import ACTOR_ROLES

SHINGLE_WORDS = 5
NUM_PERM = 128
DUPLICATE_THRESHOLD = 0.3  # reworded wire copy scores ~0.45, unrelated articles of one story < 0.05
SAME_EVENT_THRESHOLD = 0.5
MAX_EVENT_SKETCHES = 50_000  # sketches an EventIndex keeps in memory (~2 KB each); older dates are re-read
_PRIME = 4294967311  # the first prime above 2**32
_rng = np.random.default_rng(20250312)  # fixed seed: signatures must stay comparable across runs and versions
_A = _rng.integers(1, 1 << 31, size=NUM_PERM, dtype=np.uint64)  # a < 2**31, x < 2**32: a*x + b fits in uint64
_B = _rng.integers(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)
_PRIME_U64 = np.uint64(_PRIME)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Word k-grams of the lower-cased text (the whole text when shorter than k words)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return set(map(" ".join, zip(*(words[i:] for i in range(k)), strict=False)))  # every k-word window


MINHASH_ROWS = 4096  # shingles hashed at once: a long text's NUM_PERM x shingles matrix would take ~1 KiB each


def minhash(text: str) -> np.ndarray:
    """A MinHash signature (NUM_PERM uint32) of the text's word 5-gram shingles."""
    items = shingles(text)
    if not items:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(s.encode("utf-8"), digest_size=4).digest() for s in items])
    hashes = np.frombuffer(digests, dtype="<u4").astype(np.uint64)  # each digest read as a little-endian uint32
    lowest = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for i in range(0, len(hashes), MINHASH_ROWS):
        values = hashes[i : i + MINHASH_ROWS, None] * _A[None, :]
        values += _B[None, :]
        values %= _PRIME_U64
        np.minimum(lowest, values.min(axis=0), out=lowest)
    return (lowest & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def signature_text(sig: np.ndarray) -> str:
    return sig.astype("<u4").tobytes().hex()


def signature_from_text(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), dtype="<u4").astype(np.uint32)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


class DuplicateIndex:
    """Signatures of the articles seen so far; finds the earliest near-duplicate of a new one.

    The signatures are rows of one matrix that grows by half its size when full: adding an article
    costs no copy of the others (a rebuilt matrix per article made a build quadratic in the corpus
    size). About 700 bytes per article (the 512-byte signature, its publication time as 19 bytes, the
    id): the search is exact, over every article, so this is the part of a build's memory that still
    grows with the corpus (~0.7 MiB per 1,000 articles).
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._known: set[str] = set()
        self._matrix = np.empty((0, NUM_PERM), dtype=np.uint32)
        # to the second: the order of "earliest", whatever the order added
        self._published = np.empty(0, dtype="S19")

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def published(self) -> list[str]:
        return [p.decode() for p in self._published[: len(self.ids)]]

    def add(self, article_id: str, sig: np.ndarray, published: str = "") -> None:
        n = len(self.ids)
        if n == len(self._matrix):
            size = max(64, n + n // 2)
            grown = np.empty((size, NUM_PERM), dtype=np.uint32)
            grown[:n] = self._matrix[:n]
            self._matrix = grown
            dates = np.empty(size, dtype="S19")
            dates[:n] = self._published[:n]
            self._published = dates
        self._matrix[n] = sig
        self._published[n] = published[:19].encode()
        self.ids.append(article_id)
        self._known.add(article_id)

    def remove(self, article_id: str) -> None:
        if article_id not in self._known:
            return
        self._known.discard(article_id)
        keep = [i for i, a in enumerate(self.ids) if a != article_id]
        self.ids = [self.ids[i] for i in keep]
        self._matrix = self._matrix[keep]
        self._published = self._published[keep]

    def best_match(self, sig: np.ndarray, exclude: str | None = None) -> tuple[str, float] | None:
        """The earliest article (by publication, then id) whose similarity reaches DUPLICATE_THRESHOLD,
        with the similarity. The order articles were added in does not matter: a store built in one run
        and one built in two (resumed after a crash) mark the same duplicates."""
        if not self.ids:
            return None
        sims = np.count_nonzero(self._matrix[: len(self.ids)] == sig[None, :], axis=1) / NUM_PERM
        found = [
            (self._published[i].decode(), self.ids[i], i) for i in np.flatnonzero(sims >= DUPLICATE_THRESHOLD)
        ]
        found = [f for f in found if f[1] != exclude]
        if not found:
            return None
        _, article_id, i = min(found)
        return article_id, float(sims[i])


@dataclass
class EventSketch:
    """What the merge decision looks at: one event's type, dates, actors and places."""

    iri: str
    type: str
    article: str = ""
    date: str | None = None  # YYYY-MM-DD | YYYY-Www | YYYY-MM | YYYY
    earliest: str | None = None
    latest: str | None = None
    actors: set[str] = field(default_factory=set)  # entity IRIs in agent/participant/target/victim/recipient
    places: set[str] = field(default_factory=set)


@dataclass
class Match:
    """Why two events are (or are not) one real-world event."""

    same: bool
    score: float
    reasons: list[str]


def _span(ev: EventSketch) -> tuple[str, str] | None:
    if ev.earliest and ev.latest:
        return ev.earliest[:19], ev.latest[:19]
    if ev.date and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", ev.date):
        d = ev.date
        return d, d + "\uffff"  # a day/month/year prefix covers everything that starts with it
    return None


def dates_compatible(a: EventSketch, b: EventSketch) -> tuple[float, str]:
    """1.0 for the same date, 0.75 for overlapping intervals, 0 for disjoint dates or a date missing.

    A missing date vetoes the merge: two statements by one speaker in different articles are usually two
    statements, and nothing but the date tells them apart.
    """
    if a.date and b.date and a.date == b.date:
        return 1.0, f"same date {a.date}"
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return 0.0, "date unknown on one side: cannot tell"
    if sa[0] <= sb[1] and sb[0] <= sa[1]:
        return 0.75, f"overlapping dates {a.date or sa} / {b.date or sb}"
    return 0.0, f"disjoint dates {a.date or sa[0][:10]} / {b.date or sb[0][:10]}"


def same_event_score(a: EventSketch, b: EventSketch) -> float | None:
    """The score of `match_events(a, b)` when it judges them the same event, else None: the same decision
    without building the reasons (the store asks it of every candidate pair)."""
    if a.type != b.type:
        return None
    shared = a.actors & b.actors
    if not shared:
        return None
    if a.date and b.date and a.date == b.date:
        date_score = 1.0
    else:
        sa, sb = _span(a), _span(b)
        if sa is None or sb is None or not (sa[0] <= sb[1] and sb[0] <= sa[1]):
            return None
        date_score = 0.75
    if a.places and b.places:
        if not a.places & b.places:
            return None
        place_score = 1.0
    else:
        place_score = 0.5
    score = round(0.5 * len(shared) / len(a.actors | b.actors) + 0.3 * date_score + 0.2 * place_score, 3)
    return score if score >= SAME_EVENT_THRESHOLD else None


def match_events(a: EventSketch, b: EventSketch) -> Match:
    """Same real-world event? Same type, at least one shared actor, dates not disjoint, places not disjoint.

    score = 0.5 × actor Jaccard + 0.3 × date agreement + 0.2 × place agreement, merged at
    ≥ SAME_EVENT_THRESHOLD; a missing or disjoint date, or disjoint places, vetoes.
    """
    reasons: list[str] = []
    if a.type != b.type:
        return Match(False, 0.0, [f"different types {a.type} / {b.type}"])
    reasons.append(f"same type {a.type}")
    shared = a.actors & b.actors
    union = a.actors | b.actors
    jaccard = len(shared) / len(union) if union else 0.0
    reasons.append(
        f"shared actors {len(shared)}/{len(union)} (Jaccard {jaccard:.2f})"
        + (": " + ", ".join(sorted(_short(x) for x in shared)) if shared else "")
    )
    date_score, date_reason = dates_compatible(a, b)
    reasons.append(date_reason)
    if a.places and b.places:
        shared_places = a.places & b.places
        place_score = 1.0 if shared_places else 0.0
        reasons.append(
            "same place " + ", ".join(sorted(_short(p) for p in shared_places))
            if shared_places
            else "different places " + ", ".join(sorted(_short(p) for p in a.places | b.places))
        )
    else:
        place_score = 0.5
        reasons.append("place unknown on one side")
    score = round(0.5 * jaccard + 0.3 * date_score + 0.2 * place_score, 3)
    same = bool(shared) and date_score > 0 and place_score > 0 and score >= SAME_EVENT_THRESHOLD
    reasons.append(f"score {score:.2f} (threshold {SAME_EVENT_THRESHOLD})")
    return Match(same, score, reasons)


def _short(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri.rsplit("/", 1)[-1]) if "/entity/" in iri else iri

class StoredEvents(Protocol):
    """Where an EventIndex loads stored events from (`KgStore`)."""

    def events_on(self, date: str) -> list[str]: ...

    def event_sketches(self, iris: list[str]) -> dict[str, EventSketch]: ...


class EventIndex:
    """Dated events by (type, date, entity), loaded from the store one date at a time and kept up to date
    with this session's writes: same-event candidates without a store query per article.

    Memory is bounded: past `max_sketches` sketches, the dates used least recently are dropped (and read
    again from the store when an article needs them), so a build's memory does not grow with the corpus.
    Only dates whose events the store holds are dropped: sketches of articles not yet flushed are kept
    until `written(graphs)` says the store has them. The candidates are the same as with every date kept:
    the store is the index's truth, the memory a cache of it (and nothing to repair after a crash).
    """

    def __init__(self, store: StoredEvents, max_sketches: int | None = None) -> None:
        self.store = store
        self.max_sketches = max_sketches if max_sketches is not None else max_event_sketches()
        self.loaded: set[str] = set()
        self.by_key: dict[tuple[str, str, str], list[EventSketch]] = {}
        self.iris: set[str] = set()
        self.by_graph: dict[str, list[EventSketch]] = {}
        self.by_date: dict[str, list[EventSketch]] = {}  # least recently used first
        self.unwritten: set[str] = set()  # graphs whose events only this index holds yet
        self.size = 0

    def add(self, sk: EventSketch, written: bool = True) -> None:
        if not sk.date or sk.iri in self.iris:
            return
        self.iris.add(sk.iri)
        self.by_graph.setdefault(sk.article, []).append(sk)
        self.by_date.setdefault(sk.date, []).append(sk)
        self.size += 1
        if not written:
            self.unwritten.add(sk.article)
        for e in sk.actors | sk.places:
            self.by_key.setdefault((sk.type, sk.date, e), []).append(sk)

    def _drop(self, sk: EventSketch) -> None:
        self.iris.discard(sk.iri)
        self.size -= 1
        for e in sk.actors | sk.places:
            key = (sk.type, sk.date or "", e)
            kept = [x for x in self.by_key.get(key, []) if x.iri != sk.iri]
            if kept:
                self.by_key[key] = kept
            else:
                self.by_key.pop(key, None)

    def remove_graph(self, graph: str) -> None:
        gone = self.by_graph.pop(graph, [])
        for sk in gone:
            self._drop(sk)
        for date in {sk.date or "" for sk in gone}:
            kept = [x for x in self.by_date.get(date, []) if x.article != graph]
            if kept:
                self.by_date[date] = kept
            else:
                self.by_date.pop(date, None)
        self.unwritten.discard(graph)

    def written(self, graphs: Iterable[str]) -> None:
        """These articles are in the store now: their dates may be dropped, and are when over the bound."""
        self.unwritten.difference_update(graphs)
        if self.size <= self.max_sketches:
            return
        for date in list(self.by_date):  # oldest use first
            if self.size <= self.max_sketches * 3 // 4:  # some slack: not one eviction per flush
                break
            sketches = self.by_date[date]
            if any(sk.article in self.unwritten for sk in sketches):
                continue
            del self.by_date[date]
            self.loaded.discard(date)
            for sk in sketches:
                self._drop(sk)
                graph_sketches = [x for x in self.by_graph.get(sk.article, []) if x.iri != sk.iri]
                if graph_sketches:
                    self.by_graph[sk.article] = graph_sketches
                else:
                    self.by_graph.pop(sk.article, None)

    def _load(self, date: str) -> None:
        if date in self.by_date:  # used now: last to be dropped
            self.by_date[date] = self.by_date.pop(date)
        if date in self.loaded:
            return
        self.loaded.add(date)
        iris = [i for i in self.store.events_on(date) if i not in self.iris]
        for sk in self.store.event_sketches(iris).values():
            self.add(sk)

    def candidates(self, ev: EventSketch) -> list[EventSketch]:
        """Indexed events of the same type, on a compatible date, sharing an entity, from other articles."""
        out: dict[str, EventSketch] = {}
        for d in compatible_dates(ev.date or ""):
            self._load(d)
            for e in ev.actors | ev.places:
                for sk in self.by_key.get((ev.type, d, e), ()):
                    if sk.article != ev.article:
                        out[sk.iri] = sk
        return list(out.values())


def max_event_sketches() -> int:
    """The bound on an EventIndex's sketches: `KG_MAX_EVENT_SKETCHES` in the environment, else the default."""
    try:
        return max(0, int(os.environ.get("KG_MAX_EVENT_SKETCHES", MAX_EVENT_SKETCHES)))
    except ValueError:
        return MAX_EVENT_SKETCHES


def compatible_dates(date: str) -> list[str]:
    """The kg:date values a date can match: itself, its month and year, and the days of a month."""
    out = [date]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        out += [date[:7], date[:4]]
    elif re.fullmatch(r"\d{4}-\d{2}", date):
        out += [date[:4]] + [f"{date}-{day:02d}" for day in range(1, 32)]
    elif re.fullmatch(r"\d{4}-W\d{2}", date):
        out += [date[:4]]
    return out


def sketches_of(facts: ArticleFacts, identities: Identities | None = None) -> list[EventSketch]:
    """Merge sketches of an article's own events (entity IRIs as the store will hold them)."""
    ids = identities or Identities()
    aid = facts.article.id
    graph = article_graph_iri(aid).value
    iris = {e.id: entity_iri(ids.key(aid, e)).value for e in facts.entities}
    out = []
    for ev in facts.events:
        sk = EventSketch(
            iri=event_iri(aid, ev.id).value,
            type=ev.type,
            article=graph,
            date=ev.date,
            earliest=stored_datetime(ev.date_range[0]) if ev.date_range else None,
            latest=stored_datetime(ev.date_range[1]) if ev.date_range else None,
        )
        for arg in ev.arguments:
            iri = iris.get(arg.entity or "")
            if iri and arg.role in ACTOR_ROLES:
                sk.actors.add(iri)
            elif iri and arg.role == "place":
                sk.places.add(iri)
        out.append(sk)
    return out



def stored_datetime(value: str | None) -> str | None:
    """A date bound as the store gives it back (`kg.rdf` writes a day as its midnight), so that a sketch
    made from facts and one read from the store compare alike (`_span` reads the first 19 characters:
    the store's canonical time zone and fractions do not matter)."""
    if value is not None and len(value) == 10:
        return value + "T00:00:00"
    return value

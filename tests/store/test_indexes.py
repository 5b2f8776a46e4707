"""The cross-article indexes' memory bounds: the same answers as unbounded ones."""

from __future__ import annotations

import numpy as np

from kg.store.indexes import NUM_PERM, DuplicateIndex, EventIndex, EventSketch


class FakeStore:
    """Events 'in the store', by date, and a count of the reads the index makes."""

    def __init__(self) -> None:
        self.events: dict[str, EventSketch] = {}
        self.reads = 0

    def events_on(self, date: str) -> list[str]:
        self.reads += 1
        return [i for i, sk in self.events.items() if sk.date == date]

    def event_sketches(self, iris: list[str]) -> dict[str, EventSketch]:
        return {i: self.events[i] for i in iris}


def sketch(article: int, day: int, actor: str) -> EventSketch:
    return EventSketch(
        iri=f"ev/{article}", type="attack", article=f"g/{article}", date=f"2024-03-{day:02d}", actors={actor}
    )


def run(index: EventIndex, store: FakeStore) -> list[list[str]]:
    """Forty articles over ten days, each matched against the index, then written in batches of four."""
    found = []
    batch: list[EventSketch] = []
    for n in range(40):
        sk = sketch(n, 1 + n % 10, f"actor{n % 3}")
        found.append(sorted(c.iri for c in index.candidates(sk)))
        index.add(sk, written=False)
        batch.append(sk)
        if len(batch) == 4:
            store.events.update({b.iri: b for b in batch})
            index.written(b.article for b in batch)
            batch = []
    return found


def test_a_bounded_event_index_finds_the_candidates_an_unbounded_one_finds():
    unbounded_store, bounded_store = FakeStore(), FakeStore()
    unbounded = run(EventIndex(unbounded_store, max_sketches=10**6), unbounded_store)
    bounded_index = EventIndex(bounded_store, max_sketches=4)
    bounded = run(bounded_index, bounded_store)
    assert bounded == unbounded and any(unbounded)
    assert bounded_index.size <= 4 + 4  # the bound, and at most a batch not yet written
    assert bounded_store.reads > unbounded_store.reads  # dropped dates were read again


def test_sketches_not_yet_written_are_never_dropped():
    store = FakeStore()
    index = EventIndex(store, max_sketches=0)
    index.add(sketch(1, 5, "a"), written=False)
    index.add(sketch(2, 6, "a"), written=False)
    index.written(["g/2"])  # only article 2 is in the store
    assert index.iris == {"ev/1"}
    assert [c.iri for c in index.candidates(sketch(3, 5, "a"))] == ["ev/1"]


def test_the_duplicate_index_keeps_the_earliest_match_across_growth_and_removal():
    index = DuplicateIndex()
    sig = np.arange(NUM_PERM, dtype=np.uint32)
    for n in range(100):  # past the first growth (64 rows)
        other = sig if n in (30, 70) else np.full(NUM_PERM, 10**6 + n, dtype=np.uint32)
        index.add(f"a{n}", other, f"2024-03-{1 + n % 28:02d}T10:00:00")
    assert index.best_match(sig) == ("a30", 1.0)  # published 03-03 before a70's 03-15
    index.remove("a30")
    assert index.best_match(sig) == ("a70", 1.0) and len(index) == 99
    assert index.best_match(sig, exclude="a70") is None

"""Synthetic corpora of extracted facts, for tests and benchmarks of the analysis and views.

They go through the real RDF writer (kg.rdf), so the views read exactly what a build writes.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pyoxigraph as ox

from kg.facts import Argument, Article, ArticleFacts, Entity, Event, Mention
from kg.store import add_facts, new_dataset

EVENT_TYPES = ("call", "attack", "statement", "meeting", "agreement", "death", "injury", "negotiation")
ENTITY_TYPES = ("person", "organization", "place", "group")
SECOND_ROLE = {
    "call": "participant",
    "attack": "target",
    "meeting": "participant",
    "agreement": "participant",
    "statement": "recipient",
    "death": "victim",
    "injury": "victim",
    "negotiation": "participant",
}


IRREALIS = ("negated", "planned", "hypothetical")


def synthetic_facts(
    actors: int,
    events: int,
    seed: int = 7,
    per_article: int = 25,
    start: date = date(2024, 1, 1),
    days: int = 540,
    irrealis: float = 0.0,
    coarse: float = 0.0,
) -> list[ArticleFacts]:
    """`events` events among `actors` actors (a few hubs, many minor ones, in regional clusters).

    `irrealis`: the share of events that are negated, planned or hypothetical; `coarse`: the share known
    only to the week or the month. Places (every fourth actor) have coordinates, for the map."""
    rng = random.Random(seed)
    names = [f"Actor {i:05d}" for i in range(actors)]
    kinds = [ENTITY_TYPES[i % len(ENTITY_TYPES)] for i in range(actors)]
    clusters = max(1, actors // 40)
    weights = [1.0 / (1 + i) ** 0.8 for i in range(actors)]  # a few actors in many events

    def pick(cluster: int) -> int:
        while True:
            i = rng.choices(range(actors), weights=weights)[0]
            if i % clusters == cluster or rng.random() < 0.08:
                return i

    out: list[ArticleFacts] = []
    for a in range(0, events, per_article):
        text_parts: list[str] = []
        ents: dict[int, Entity] = {}
        evs: list[Event] = []
        pos = 0
        for k in range(a, min(events, a + per_article)):
            cluster = rng.randrange(clusters)
            u = pick(cluster)
            v = pick(cluster)
            etype = rng.choice(EVENT_TYPES)
            day = start + timedelta(days=int(rng.triangular(0, days, days * 0.7)))
            sentence = f"{names[u]} had a {etype} with {names[v]} on {day.isoformat()}."
            s0 = pos
            text_parts.append(sentence)
            pos += len(sentence) + 1
            for i in (u, v):
                if i not in ents:
                    ents[i] = Entity(id=f"e{i}", type=kinds[i], name=names[i])
                    if kinds[i] == "place":  # spread over Europe, the same spot for the same place
                        ents[i].latitude, ents[i].longitude = 40 + (i * 7.3) % 20, -5 + (i * 11.7) % 35
                        ents[i].geonames_id = 1_000_000 + i
                ents[i].mentions.append(Mention(s0, s0 + len(names[i]), names[i]))
            trig_at = sentence.index(etype)
            args = [Argument("agent", names[u], s0, s0 + len(names[u]), entity=f"e{u}")]
            if v != u:
                vs = s0 + sentence.index(names[v], len(names[u]))
                args.append(Argument(SECOND_ROLE[etype], names[v], vs, vs + len(names[v]), entity=f"e{v}"))
            when, precision = day.isoformat(), "day"
            rng_lo, rng_hi = f"{day.isoformat()}T00:00", f"{day.isoformat()}T23:59"
            if rng.random() < coarse:
                if rng.random() < 0.5:
                    year, week, _ = day.isocalendar()
                    monday = date.fromisocalendar(year, week, 1)
                    when, precision = f"{year}-W{week:02d}", "week"
                    rng_lo, rng_hi = f"{monday.isoformat()}T00:00", f"{(monday + timedelta(days=6)).isoformat()}T23:59"
                else:
                    first = day.replace(day=1)
                    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    when, precision = day.isoformat()[:7], "month"
                    rng_lo, rng_hi = f"{first.isoformat()}T00:00", f"{last.isoformat()}T23:59"
            evs.append(
                Event(
                    id=f"ev{k}",
                    type=etype,
                    trigger=Mention(s0 + trig_at, s0 + trig_at + len(etype), etype),
                    sentence=(s0, s0 + len(sentence)),
                    date=when,
                    date_range=(rng_lo, rng_hi),
                    date_source="expression",
                    arguments=args,
                    precision=precision,
                    confidence=0.8,
                    modality=rng.choice(IRREALIS) if rng.random() < irrealis else "asserted",
                )
            )
        text = " ".join(text_parts)
        art = Article(
            id=f"synthetic-{a // per_article:05d}",
            text=text,
            title=f"Synthetic article {a // per_article}",
            published=(start + timedelta(days=days)).isoformat(),
        )
        out.append(
            ArticleFacts(
                article=art,
                entities=list(ents.values()),
                events=evs,
                sentences=[(e.sentence[0], e.sentence[1]) for e in evs],
            )
        )
    return out


def synthetic_dataset(actors: int, events: int, seed: int = 7, irrealis: float = 0.0, coarse: float = 0.0) -> ox.Store:
    """An in-memory store holding a synthetic corpus: about actors + events nodes."""
    dataset = new_dataset()
    add_facts(dataset, synthetic_facts(actors, events, seed, irrealis=irrealis, coarse=coarse))
    return dataset

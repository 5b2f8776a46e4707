"""Articles' facts made by hand, and queries, shared by several test modules."""

from __future__ import annotations

from kg.facts import Argument, Article, ArticleFacts, Casualties, Entity, Event, Mention
from kg.rdf import entity_iri

KASTRENIA = entity_iri("place/kastrenia").value
# Triples held by more than one graph: none, by design.
REPEATED = """SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?s ?p ?o HAVING (COUNT(DISTINCT ?g) > 1)"""


def article(aid: str, names: dict[str, str], speaker: str | None = None, title: str | None = None) -> ArticleFacts:
    """An article mentioning the given entities ({id: name}, all places but a person `speaker`),
    with one meeting among them."""
    text = f"{aid}: " + " and ".join(names.values()) + " met on Monday."
    ents = [Entity(eid, "place", name, mentions=[Mention(0, len(name), name)]) for eid, name in names.items()]
    if speaker:
        ents.append(Entity("p1", "person", speaker, titles=[title] if title else [], mentions=[Mention(0, 3, "x")]))
    args = [Argument("participant", name, 0, len(name), eid) for eid, name in names.items()]
    ev = Event("ev1", "meeting", Mention(0, 3, "met"), (0, len(text)), date="2025-03-03", arguments=args)
    art = Article(id=aid, text=text, title=aid, published="2025-03-04", source="Test")
    return ArticleFacts(art, entities=ents, events=[ev], sentences=[(0, len(text))])


WIRE = (
    "Rivertown and Hillvale signed a water sharing agreement in Lakeport on Monday after three days of talks "
    "chaired by the regional council. The deal opens the northern canal for ninety days and sets up a joint "
    "commission that will meet every month. Officials from both towns said the agreement was a first step."
)


def facts(aid: str, text: str, killed: int | None = 23, date: str | None = "2025-03-03") -> ArticleFacts:
    """One article's facts, made by hand: an attack by Kastrenia on Sarnovo with a death toll."""
    art = Article(id=aid, text=text, title=text.split(".")[0], published="2025-03-04", source="Test Wire")
    k = Entity("e1", "place", "Kastrenia", mentions=[Mention(0, 9, "Kastrenia")], country="KS")
    s = Entity("e2", "place", "Sarnovo", mentions=[Mention(20, 27, "Sarnovo")])
    ev = Event(
        "ev1",
        "attack",
        Mention(10, 19, "struck"),
        (0, len(text)),
        date=date,
        arguments=[Argument("agent", "Kastrenia", 0, 9, "e1"), Argument("place", "Sarnovo", 20, 27, "e2")],
        casualties=Casualties(killed=killed, qualifier="at least") if killed is not None else None,
        confidence=0.9,
    )
    return ArticleFacts(art, entities=[k, s], events=[ev], sentences=[(0, len(text))])


def sentence_facts(aid: str, published: str, rows: list[dict]) -> ArticleFacts:
    """An article of one sentence per event: rows of {type, date?, roles: [(role, name, type)], ...Event fields}."""
    text, events, ents = "", [], {}
    for n, row in enumerate(rows):
        names = [name for _, name, _ in row["roles"]]
        body = f"{' and '.join(names) or 'Someone'} {row['type']} here."
        start = len(text)
        text += body + " "
        args = []
        for role, name, kind in row["roles"]:
            at = start + body.index(name)
            ent = ents.setdefault(name, Entity(id=f"e{len(ents)}", type=kind, name=name, **row.get("entity", {})))
            ent.mentions.append(Mention(at, at + len(name), name))
            args.append(Argument(role, name, at, at + len(name), entity=ent.id))
        trig = start + body.index(row["type"])
        extra = {k: v for k, v in row.items() if k not in ("type", "roles", "entity")}
        events.append(
            Event(id=f"ev{n}", type=row["type"], trigger=Mention(trig, trig + len(row["type"]), row["type"]),
                  sentence=(start, start + len(body)), arguments=args, **extra)  # fmt: skip
        )
    art = Article(id=aid, text=text, title=f"Article {aid}", published=published)
    return ArticleFacts(art, entities=list(ents.values()), events=events,
                        sentences=[e.sentence for e in events])  # fmt: skip


def modal_facts() -> list[ArticleFacts]:
    people = [("agent", "Ana Lind", "person"), ("participant", "Bo Berg", "person")]
    return [
        sentence_facts(
            "a1",
            "2025-03-12",
            [
                {"type": "meeting", "date": "2025-03-10", "precision": "day", "roles": people,
                 "date_range": ("2025-03-10T00:00", "2025-03-10T23:59"), "date_source": "expression"},
                {"type": "meeting", "modality": "planned", "date": "2025-03-24", "precision": "day", "roles": people,
                 "date_range": ("2025-03-24T00:00", "2025-03-24T23:59"), "date_source": "expression"},
                {"type": "agreement", "modality": "negated", "roles": people},
                {"type": "attack", "date": "2025-W10", "precision": "week", "roles": [("agent", "Ana Lind", "person"),
                 ("instrument", "drone", "weapon")], "date_range": ("2025-03-03T00:00", "2025-03-09T23:59"),
                 "date_source": "related_event", "casualties": Casualties(killed=12, injured=30, qualifier="at least")},
                {"type": "statement", "roles": [("agent", "Bo Berg", "person")],
                 "date_range": (None, "2025-03-12T23:59"), "date_source": "publication"},
                {"type": "visit", "roles": [("agent", "Ana Lind", "person"), ("place", "Geneva", "place")],
                 "date": "2025-03-11", "precision": "day", "date_range": ("2025-03-11T00:00", "2025-03-11T23:59"),
                 "entity": {"latitude": 46.2, "longitude": 6.15, "geonames_id": 2660646, "country": "CH"}},
            ],
        )
    ]  # fmt: skip

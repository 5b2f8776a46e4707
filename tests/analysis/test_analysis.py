"""kg.analysis and kg.exports on small graphs written through the real RDF writer."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from datetime import datetime

import networkx as nx
import pytest

from kg.analysis import (
    ActorNotFound,
    Contact,
    analyze,
    busiest_days,
    earliest_arrival,
    find_actor,
    format_report,
    parse_moment,
    project,
    temporal_path,
)
from kg.cli import main
from kg.exports import export_networks
from kg.facts import Argument, Article, ArticleFacts, Entity, Event, Mention
from kg.store import add_facts, new_dataset, write_graph


def article(aid: str, published: str, sentences: list[tuple[str, str, str | None, list[tuple[str, str]]]]):
    """An article whose sentences each state one event: (type, date, sentence text, [(role, name)])."""
    text, events, entities = "", [], {}
    for n, (etype, date, body, roles) in enumerate(sentences):
        body = body or f"{' and '.join(name for _, name in roles)} {etype} on {date}."
        start = len(text)
        text += body + " "
        args = []
        for role, name in roles:
            at = start + body.index(name)
            ent = entities.setdefault(name, Entity(id=f"e{len(entities)}", type="person", name=name))
            ent.mentions.append(Mention(at, at + len(name), name))
            args.append(Argument(role, name, at, at + len(name), entity=ent.id))
        trig = start + body.index(etype) if etype in body else start
        events.append(
            Event(
                id=f"ev{n}",
                type=etype,
                trigger=Mention(trig, trig + len(etype), etype),
                sentence=(start, start + len(body)),
                date=date,
                arguments=args,
                precision="day" if date and len(date) == 10 else None,
            )
        )
    art = Article(id=aid, text=text, title=f"Headline of {aid}", published=published, url=f"https://news.example/{aid}")
    return ArticleFacts(art, entities=list(entities.values()), events=events, sentences=[e.sentence for e in events])


@pytest.fixture(scope="module")
def chain():
    """Alice calls Bob (1 May), Bob meets Carol (3 May), Carol calls Dave (2 May: too early for news from Alice)."""
    facts = [
        article(
            "a1",
            "2025-05-05",
            [
                ("call", "2025-05-01", None, [("agent", "Alice"), ("participant", "Bob")]),
                ("meeting", "2025-05-03", None, [("participant", "Bob"), ("participant", "Carol")]),
            ],
        ),
        article(
            "a2",
            "2025-05-05",
            [
                ("call", "2025-05-02", None, [("agent", "Carol"), ("participant", "Dave")]),
                ("attack", "2025-05-03", None, [("agent", "Erin"), ("target", "Carol")]),
                ("statement", None, "Alice said nothing of note.", [("agent", "Alice")]),
            ],
        ),
    ]
    ds = new_dataset()
    add_facts(ds, facts)
    return ds


def test_projection_graphs(chain):
    p = project(chain)
    names = {a.name for a in p.actors.values()}
    assert names == {"Alice", "Bob", "Carol", "Dave", "Erin"}
    assert len(p.events) == 5
    assert [e.date for e in p.events][-1] is None  # undated last
    assert isinstance(p.event_graph, nx.MultiDiGraph)
    alice = find_actor(p, "alice")
    roles = {d["role"] for _, _, d in p.event_graph.out_edges(alice, data=True)}
    assert roles == {"agent"}
    bob, carol = find_actor(p, "Bob"), find_actor(p, "Carol")
    edge = p.actor_graph.edges[bob, carol]
    assert edge["weight"] == 1 and edge["first"] == edge["last"] == "2025-05-03"
    assert edge["types"]["meeting"] == 1
    ev = p.events[0]
    assert ev.sentence.startswith("Alice and Bob call") and ev.article_id == "a1" and ev.headline == "Headline of a1"


def test_time_respecting_path(chain):
    p = project(chain)
    a, b, c, d = (find_actor(p, n) for n in ("Alice", "Bob", "Carol", "Dave"))
    path = temporal_path(p, a, c)
    assert [(s.source, s.target) for s in path] == [(a, b), (b, c)]
    # Carol spoke to Dave on 2 May, before she could have heard from Alice (3 May): no path
    assert temporal_path(p, a, d) is None
    # but Dave's news reaches Bob: Dave-Carol 2 May, Carol-Bob 3 May
    assert [s.target for s in temporal_path(p, d, b)] == [c, b]


def test_earliest_arrival_chains_within_one_moment():
    t = datetime(2025, 1, 1)
    # listed in the "wrong" order for a single pass: B→C comes before A→B at the same moment
    contacts = [Contact(t, "B", "C", "e2"), Contact(t, "A", "B", "e1")]
    reached = earliest_arrival(contacts, "A")
    assert set(reached) == {"A", "B", "C"}
    assert reached["C"][1].event == "e2"


def test_parse_moment_precisions():
    assert parse_moment("2025") == datetime(2025, 1, 1)
    assert parse_moment("2025-07") == datetime(2025, 7, 1)
    assert parse_moment("2025-W27") == datetime(2025, 6, 30)
    assert parse_moment("2025-07-04T10:30:00Z") == datetime(2025, 7, 4, 10, 30)
    assert parse_moment("XXXX-WXX-5") is None


def test_report_and_names(chain):
    p = project(chain)
    report = analyze(p, top=3, source="Alice", target="Carol")
    assert report["summary"]["events"] == 5 and report["summary"]["dated_events"] == 4
    assert report["path"]["found"] and [s["to"] for s in report["path"]["steps"]] == ["Bob", "Carol"]
    assert report["central_actors"][0]["name"] in ("Bob", "Carol")  # the brokers
    assert busiest_days(p.events)[0] == ("2025-05-03", 2)
    assert any("Alice" in c for c in report["communities"])
    text = format_report(report)
    assert "Most central actors" in text and "Alice → Bob" in text
    json.dumps(report)
    with pytest.raises(ActorNotFound):
        find_actor(p, "Zed")


def test_cli_analyze_and_export(chain, tmp_path, capsys):
    out = tmp_path / "g"
    write_graph(chain, out, "trig")
    assert main(["analyze", str(out / "graph.trig"), "--format", "json", "--from", "Alice", "--to", "Carol"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"]["found"]
    assert main(["analyze", str(out / "graph.trig"), "--from", "Alice"]) == 2
    assert main(["analyze", str(out / "graph.trig"), "--from", "Alice", "--to", "Nobody"]) == 2
    assert main(["analyze", str(tmp_path / "missing.trig")]) == 2
    exp = tmp_path / "exp"
    assert main(["analyze", str(out / "graph.trig"), "--export", str(exp)]) == 0
    assert {p.name for p in exp.iterdir()} == {
        "events.graphml",
        "events.gexf",
        "actors.graphml",
        "actors.gexf",
        "timeline.csv",
    }


def test_exports_carry_dates(chain, tmp_path):
    paths = export_networks(project(chain), tmp_path)
    root = ET.parse(paths["events.gexf"]).getroot()
    graph = root.find("{*}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    starts = {n.get("label"): n.get("start") for n in graph.iter("{http://www.gexf.net/1.2draft}node")}
    assert starts["Alice"] == "2025-05-01"
    g = nx.read_graphml(paths["events.graphml"])
    assert g.number_of_nodes() == 10
    rows = list(csv.DictReader(open(paths["timeline.csv"], encoding="utf-8")))
    assert [r["date"] for r in rows] == ["2025-05-01", "2025-05-02", "2025-05-03", "2025-05-03", ""]
    assert "agent=Alice" in rows[0]["actors"]
    with pytest.raises(ValueError):
        export_networks(project(chain), tmp_path, ["pdf"])


def test_weapons_are_no_actors_nor_lanes():
    """A drone in an actor role ("shot down the drone") becomes the event's instrument: it is no node of the
    actor graph, no central actor and no timeline lane."""
    facts = article("w1", "2025-05-05", [("attack", "2025-05-01", None, [("agent", "Alice"), ("target", "Drone")])])
    for ent in facts.entities:
        if ent.name == "Drone":
            ent.type = "weapon"
    ds = new_dataset()
    add_facts(ds, [facts])
    p = project(ds)
    drone = next(iri for iri, a in p.actors.items() if a.name == "Drone")
    assert drone not in p.actor_graph
    ev = p.events[0]
    assert ("instrument", drone) in ev.roles and drone not in ev.actors
    from kg.views.layout import lane_actor

    assert lane_actor(ev, {drone: 0}) != drone

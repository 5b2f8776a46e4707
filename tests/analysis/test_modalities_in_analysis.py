"""Modality in the analyses and exports: they carry it, and count only asserted events unless asked."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest

from kg.analysis import ASSERTED_ONLY, analyze, format_report, project, with_modalities
from kg.cli import main
from kg.exports import export_networks, export_store
from kg.facts import Argument, Article, ArticleFacts, Entity, Event, Mention
from kg.store import add_facts, new_dataset, write_graph


def no_deal_facts() -> ArticleFacts:
    """Talks that happened, an agreement that did not, a summit that is planned."""
    text = "Ana Lind met Bo Berg. Ana Lind and Bo Berg reached no agreement. Ana Lind will visit Bo Berg."
    sentences = [(0, 21), (22, 64), (65, 96)]
    ents = {"Ana Lind": Entity(id="e0", type="person", name="Ana Lind"),
            "Bo Berg": Entity(id="e1", type="person", name="Bo Berg")}  # fmt: skip
    events = []
    for n, ((s, e), etype, trigger, modality) in enumerate(
        zip(sentences, ["meeting", "agreement", "visit"], ["met", "agreement", "visit"],
            ["asserted", "negated", "planned"], strict=True)  # fmt: skip
    ):
        body = text[s:e]
        args = []
        for role, name in (("agent", "Ana Lind"), ("participant", "Bo Berg")):
            at = s + body.index(name)
            ents[name].mentions.append(Mention(at, at + len(name), name))
            args.append(Argument(role, name, at, at + len(name), entity=ents[name].id))
        t = s + body.index(trigger)
        events.append(Event(id=f"ev{n}", type=etype, trigger=Mention(t, t + len(trigger), trigger), sentence=(s, e),
                            date="2025-03-10", precision="day", date_range=("2025-03-10T00:00", "2025-03-10T23:59"),
                            date_source="expression", arguments=args, modality=modality))  # fmt: skip
    art = Article(id="talks", text=text, title="No deal", published="2025-03-10")
    return ArticleFacts(art, entities=list(ents.values()), events=events, sentences=sentences)


@pytest.fixture()
def dataset():
    ds = new_dataset()
    add_facts(ds, [no_deal_facts()])
    return ds


def test_projection_keeps_the_modalities_asked_for(dataset):
    full = project(dataset)
    assert sorted(e.modality for e in full.events) == ["asserted", "negated", "planned"]
    asserted = project(dataset, ASSERTED_ONLY)
    assert [e.type for e in asserted.events] == ["meeting"]
    assert asserted.actor_graph.edges[next(iter(asserted.actor_graph.edges))]["weight"] == 1
    assert with_modalities(full, ("negated",)).events[0].type == "agreement"
    with pytest.raises(ValueError, match="unknown modality"):
        with_modalities(full, ("maybe",))


def test_analyze_counts_asserted_events_unless_asked(dataset):
    report = analyze(project(dataset), actors=["Ana Lind"])
    assert report["summary"]["events"] == 1 and report["summary"]["left_out"] == {"negated": 1, "planned": 1}
    assert [e["type"] for e in report["timelines"]["Ana Lind"]] == ["meeting"]  # no "agreement" under "no deal"
    assert "1 negated, 1 planned left out" in format_report(report)
    everything = analyze(project(dataset), actors=["Ana Lind"], modalities=None)
    timeline = everything["timelines"]["Ana Lind"]
    assert {e["type"]: e["modality"] for e in timeline} == {"meeting": "asserted", "agreement": "negated",
                                                            "visit": "planned"}  # fmt: skip
    assert "(negated)" in format_report(everything)


def test_cli_analyze_all_modalities_and_exports(dataset, tmp_path, capsys):
    write_graph(dataset, tmp_path, "trig")
    graph = str(tmp_path / "graph.trig")
    assert main(["analyze", graph, "--format", "json", "--export", str(tmp_path / "x")]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["events"] == 1
    rows = list(csv.DictReader(open(tmp_path / "x" / "timeline.csv", encoding="utf-8")))
    assert [(r["type"], r["modality"], r["precision"], r["date_source"]) for r in rows] == [
        ("meeting", "asserted", "day", "expression")
    ]
    assert main(["analyze", graph, "--all-modalities", "--format", "json", "--export", str(tmp_path / "y")]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["events"] == 3
    rows = list(csv.DictReader(open(tmp_path / "y" / "timeline.csv", encoding="utf-8")))
    assert sorted(r["modality"] for r in rows) == ["asserted", "negated", "planned"]
    gexf = ET.parse(tmp_path / "y" / "events.gexf").getroot()
    assert "modality" in {a.get("title") for a in gexf.iter() if a.tag.endswith("attribute")}
    assert main(["analyze", graph, "--modality", "planned", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["events"] == 1


def test_graphml_events_carry_modality(dataset, tmp_path):
    paths = export_networks(project(dataset), tmp_path, ["graphml"])
    text = paths["events.graphml"].read_text(encoding="utf-8")
    assert 'attr.name="modality"' in text and ">negated<" in text


def test_events_csv_has_modality_and_asserted_rows_unless_asked(dataset, tmp_path):
    export_store(dataset, "events-csv", tmp_path / "events.csv")
    rows = list(csv.DictReader(open(tmp_path / "events.csv", encoding="utf-8")))
    assert [r["modality"] for r in rows] == ["asserted"] and rows[0]["precision"] == "day"
    assert rows[0]["type"] == "meeting"  # the type's name, not its concept IRI
    export_store(dataset, "events-csv", tmp_path / "all.csv", all_modalities=True)
    rows = list(csv.DictReader(open(tmp_path / "all.csv", encoding="utf-8")))
    assert sorted(r["modality"] for r in rows) == ["asserted", "negated", "planned"]

"""Communication events (kg/extract/events/communication.py) and the senses of meetings, talks and agreements:
sentences written for kg. The one-case-per-phenomenon checks are in regression/statements.jsonl and calls.jsonl;
these test the helpers and what the JSON cases cannot say (the caller column of examples/queries/calls.rq)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg import nlp
from kg.extract.events.communication import is_actor_like
from kg.extract.events.lexicon import lexicon
from kg.extract.events.quotations import quotation_spans

ROOT = Path(__file__).resolve().parents[2]


def events(text: str, etype: str) -> list[dict]:
    facts = kg.extract_text(text, published="2025-03-05").to_json()
    names = {e["id"]: e["name"] for e in facts["entities"]}
    out = []
    for ev in facts["events"]:
        if ev["type"] == etype:
            ev["roles"] = {}
            for a in ev["arguments"]:
                ev["roles"].setdefault(a["role"], set()).add(names.get(a["entity"] or "", a["text"]))
            out.append(ev)
    return out


def test_quotations_are_paired_marks_in_a_paragraph():
    text = "``We will go,'' she said. He said \"no\" twice.\n\"An open quote runs to its line's end\nNext line."
    doc = nlp.load()(text)
    quoted = [text[s:e] for s, e in quotation_spans(doc)]
    assert quoted == ["We will go,", "no", "An open quote runs to its line's end"]


@pytest.mark.parametrize(
    ("sentence", "word", "actor"),
    [
        ("The ministry said so.", "ministry", True),
        ("Dozens of residents said so.", "residents", True),
        ("They said so.", "They", True),
        ("The decision suggests so.", "decision", False),
        ("The porter rang the bell.", "bell", False),
    ],
)
def test_actor_like_words(sentence, word, actor):
    doc = nlp.load()(sentence)
    (tok,) = [t for t in doc if t.text == word]
    assert is_actor_like(tok, lexicon()) is actor


def test_the_caller_column_of_the_calls_query_fills_where_the_text_says_who_called(tmp_path):
    from kg.pipeline import build
    from kg.query import run_query
    from kg.store import open_graph

    article = tmp_path / "calls.txt"
    article.write_text(
        "published: 2025-03-05\n\nLeaders talk\n\n"
        "Prime Minister Sara Lind telephoned President Jonas Berg on Monday. "
        "On Tuesday, Jonas Berg spoke by phone with Ines Vogt.\n",
        encoding="utf-8",
    )
    build([str(article)], out_dir=tmp_path / "out", formats=("trig",), views=False)
    graph = open_graph(tmp_path / "out" / "graph.trig")
    query = (ROOT / "examples" / "queries" / "calls.rq").read_text(encoding="utf-8")
    result = run_query(graph, query)
    rows = [[t.value if t is not None else None for t in row] for row in result.rows]
    by_trigger = {row[3]: row for row in rows}
    assert by_trigger["telephoned"][1] == "Sara Lind" and "Jonas Berg" in by_trigger["telephoned"][2]
    assert by_trigger["spoke"][1] is None  # talking by phone says nobody called


def test_talks_between_parties_are_meetings():
    (talks,) = events("Delegations of Norvania and Velmar held talks in Geneva on Monday.", "meeting")
    assert talks["trigger"]["text"] == "talks" and talks["modality"] == "asserted"
    assert not events("Peace negotiations remain deadlocked.", "meeting")


@pytest.mark.parametrize(
    "sentence",
    [
        "The verdict was met with anger.",
        "The proposal met the approval of the board.",
        "Their crimes must be met with the severest response.",
    ],
)
def test_meeting_needs_people_on_both_sides(sentence):
    assert not events(sentence, "meeting")


def test_meeting_by_a_person_in_the_passive():
    (meeting,) = events("The delegation was met at the airport by Foreign Minister Ana Ruiz.", "meeting")
    assert meeting["trigger"]["text"] == "met"


def test_signing_accession_documents_is_an_agreement_signing_a_letter_is_not():
    (signed,) = events("The two presidents signed the accession papers on Friday.", "agreement")
    assert signed["trigger"]["text"] == "signed"
    assert not events("The three ministers signed a letter to the editor.", "agreement")


def test_agreement_nouns_inside_names_are_no_events():
    assert not events("Former Warsaw Pact states joined the North Atlantic Treaty Organization.", "agreement")
    assert events("The two sides signed a peace treaty in Oslo on Friday.", "agreement")


def test_an_anaphoric_statement_noun_folds_into_the_statement_it_names():
    (announced,) = events(
        "Mayor Ana Ruiz announced on Monday that the bridge would close. The announcement surprised drivers.",
        "statement",
    )
    assert [m["text"] for m in announced["mentions"]] == ["announcement"]


def test_document_statement_noun_as_subject_is_the_medium_of_the_act():
    (said,) = events('"Nothing is decided," said a ministry communique, published on its website.', "statement")
    assert said["trigger"]["text"] == "said"

"""The foundation issue's acceptance facts on the seed article, asked of the built graph by SPARQL
and of the `kg extract` output. Published 2025-07-04 (a Friday); its photo caption is dated
May 3, 2025, which is not the publication date."""

from __future__ import annotations

import pytest

from kg.query import run_query

PREFIX = "https://w3id.org/kgnews/ontology#type/"


@pytest.fixture(scope="module")
def graph(seed_build):
    from kg.store import open_graph

    _, out = seed_build
    return open_graph(out / "graph.trig")


def ask(graph, sparql: str) -> bool:
    return bool(run_query(graph, sparql).boolean)


def rows(graph, sparql: str) -> list[list[str]]:
    return [[t.value if t is not None else None for t in row] for row in run_query(graph, sparql).rows]


def call_between(a: str, b: str) -> str:
    return f"""ASK {{
      ?call kg:eventType <{PREFIX}call> ; kg:modality "asserted" .
      ?call (kg:agent|kg:participant|kg:recipient) ?x , ?y .
      ?x rdfs:label "{a}" . ?y rdfs:label "{b}" .
      ?call kg:date ?date . FILTER(?date = "DATE"^^xsd:date)
    }}"""


def test_call_between_zelensky_and_trump_on_friday(graph):
    assert ask(graph, call_between("Volodymyr Zelensky", "Donald Trump").replace("DATE", "2025-07-04"))


def test_call_between_trump_and_putin_on_thursday(graph):
    assert ask(graph, call_between("Donald Trump", "Vladimir Putin").replace("DATE", "2025-07-03"))


def test_attack_by_russia_on_ukraine_with_at_least_23_killed(graph):
    assert ask(graph, f"""ASK {{
      ?attack kg:eventType <{PREFIX}attack> ; kg:agent ?russia ; kg:target ?t ;
              kg:hasCasualtyCount ?c .
      ?russia rdfs:label "Russia" .
      {{ ?t rdfs:label "Ukraine" }} UNION {{ ?t kg:affiliation|kg:countryCode ?u . FILTER(?u = "UA" ||
         EXISTS {{ ?u rdfs:label "Ukraine" }}) }} UNION {{ ?t rdfs:label ?tl . FILTER(CONTAINS(LCASE(?tl), "ukrain")) }}
      ?c kg:casualtyType kg:killed ; kg:count ?n .
      FILTER(?n >= 23)
    }}""")


def test_agreement_between_zelensky_and_trump(graph):
    assert ask(graph, f"""ASK {{
      ?e kg:eventType <{PREFIX}agreement> ; kg:modality "asserted" .
      ?e (kg:agent|kg:participant) ?z , ?t .
      ?z rdfs:label "Volodymyr Zelensky" . ?t rdfs:label "Donald Trump" .
    }}""")


def test_statement_speakers_include_zelensky_yermak_and_the_kremlin(graph):
    speakers = {r[0] for r in rows(graph, f"""SELECT DISTINCT ?name WHERE {{
      ?s kg:eventType <{PREFIX}statement> ; kg:agent ?who . ?who rdfs:label ?name }}""")}
    assert {"Volodymyr Zelensky", "Andriy Yermak"} <= speakers
    assert any("Kremlin" in s for s in speakers), speakers


def test_no_asserted_ceasefire(graph):
    # an agreed ceasefire is an agreement whose subject is a ceasefire: the seed's talks yielded none
    assert ask(graph, f"""ASK {{ ?e kg:eventType <{PREFIX}agreement> ; kg:agreementSubject <{PREFIX}ceasefire> }}""")
    assert not ask(graph, f"""ASK {{ ?e kg:agreementSubject <{PREFIX}ceasefire> ; kg:modality "asserted" }}""")


def test_caption_date_is_not_the_publication_date(graph):
    (published,) = rows(graph, "SELECT ?d WHERE { ?a a kg:Article ; schema:datePublished ?d }")
    assert published == ["2025-07-04"]


def test_graph_has_one_named_graph_per_article(graph):
    graphs = rows(graph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a kg:Article } }")
    assert graphs == [["https://w3id.org/kgnews/id/graph/zelensky-trump-air-defense"]]


# --- the same facts in `kg extract` output -----------------------------------------------------


def _names(facts, event, roles=("agent", "participant", "recipient")):
    by_id = {e["id"]: e["name"] for e in facts["entities"]}
    return {by_id.get(a["entity"]) for a in event["arguments"] if a["role"] in roles}


def test_extract_output_has_the_same_facts(seed_facts):
    facts = seed_facts.to_json()
    assert facts["published"] == "2025-07-04"
    events = facts["events"]
    calls = [e for e in events if e["type"] == "call" and e["modality"] == "asserted"]
    assert any({"Volodymyr Zelensky", "Donald Trump"} <= _names(facts, e) and e["date"] == "2025-07-04"
               for e in calls)
    assert any({"Donald Trump", "Vladimir Putin"} <= _names(facts, e) and e["date"] == "2025-07-03" for e in calls)
    attacks = [e for e in events if e["type"] == "attack"]
    assert any("Russia" in _names(facts, e, ("agent",)) and (e["casualties"] or {}).get("killed", 0) >= 23
               for e in attacks)
    assert any({"Volodymyr Zelensky", "Donald Trump"} <= _names(facts, e, ("agent", "participant"))
               for e in events if e["type"] == "agreement")
    speakers = set().union(*(_names(facts, e, ("agent",)) for e in events if e["type"] == "statement"))
    assert {"Volodymyr Zelensky", "Andriy Yermak"} <= speakers and any("Kremlin" in (s or "") for s in speakers)
    assert not [e for e in events if e.get("subject") == "ceasefire" and e["modality"] == "asserted"]
    assert not [e for e in events if e["date"] == "2025-05-03" and e["type"] != "press_conference"]
    text = seed_facts.article.text
    for e in events:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
        for a in e["arguments"]:
            assert text[a["start"]:a["end"]] == a["text"]

"""The new event kinds (election, ruling, acquisition; arrest, protest, sanction, visit made right): money
expressions, ruling outcomes, the amount in the JSON view and in the graph. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

from kg import nlp
from kg.extract import extract_facts
from kg.extract.events import event_types
from kg.extract.events.money import find_amounts, parse_amount
from kg.facts import Article, ArticleFacts


def facts_of(text: str, published: str = "2025-03-05") -> ArticleFacts:
    return extract_facts(nlp.load()(text), Article(id="t", text=text, published=published))


def of_type(facts: ArticleFacts, etype: str):
    return [e for e in facts.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$4.2 billion", 4.2e9, "USD"),
        ("US$5bn", 5e9, "USD"),
        ("€300m", 3e8, "EUR"),
        ("1.5 billion euros", 1.5e9, "EUR"),
        ("£20 million", 2e7, "GBP"),
        ("USD 300 million", 3e8, "USD"),
        ("4.2 billion USD", 4.2e9, "USD"),
        ("dlrs 2 million", 2e6, "USD"),
        ("2 million U.S. dollars", 2e6, "USD"),
        ("2 million Canadian dollars", 2e6, "CAD"),
        ("C$1.1 billion", 1.1e9, "CAD"),
        ("HK$30bn", 3e10, "HKD"),
        ("¥1.2 trillion", 1.2e12, "JPY"),
        ("520 billion yen", 5.2e11, "JPY"),
        ("Rs 500 crore", 5e9, "INR"),
        ("$4.2B", 4.2e9, "USD"),
        ("a billion dollars", 1e9, "USD"),
        ("1,500,000 euros", 1.5e6, "EUR"),
        ("20 million pounds", 2e7, "GBP"),
        ("a 5bn deal", 5e9, None),
    ],
)
def test_money_expressions_as_news_writes_them(text, value, currency):
    amount = parse_amount(text)
    assert amount is not None and amount.value == pytest.approx(value) and amount.currency == currency


@pytest.mark.parametrize(
    "text", ["he lost 20 pounds", "20 pounds of flour", "5 million people", "It won 3 million votes", "a 300m tower"]
)
def test_numbers_that_are_not_money(text):
    assert find_amounts(text) == []


def test_an_inexact_amount_keeps_its_qualifier_and_offsets_index_the_text():
    text = "The fund raised more than $2 billion."
    (amount,) = find_amounts(text)
    assert amount.qualifier == "more than" and text[amount.start : amount.end] == "$2 billion"


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from([("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("US$", "USD")]),
    st.sampled_from([(" million", 1e6), (" billion", 1e9), ("m", 1e6), ("bn", 1e9)]),
)
def test_any_sign_number_and_scale_reads_back(whole, tenth, sign, scale):
    text = f"for {sign[0]}{whole}.{tenth}{scale[0]} in cash"
    amount = parse_amount(text)
    assert amount is not None and amount.currency == sign[1]
    assert amount.value == pytest.approx((whole + tenth / 10) * scale[1])


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("An appeals court upheld the conviction of Jan Varga on Monday.", "upheld"),
        ("The Supreme Court struck down the fuel tax on Thursday.", "struck_down"),
        ("A jury in Harlow found Dean Marsh guilty of arson on Thursday.", "convicted"),
        ("A court in Selva acquitted Rui Matos of bribery on Tuesday.", "acquitted"),
        ("A judge sentenced Ivo Marek to 12 years in prison.", "sentenced"),
    ],
)
def test_a_ruling_says_what_it_decided(text, outcome):
    (ruling,) = of_type(facts_of(text), "ruling")
    assert ruling.outcome == outcome


def test_a_ruling_with_damages_carries_the_amount():
    (ruling,) = of_type(facts_of("A jury in Dallas ordered Corvex to pay $35 million in damages on Friday."), "ruling")
    assert ruling.amount is not None and ruling.amount.value == pytest.approx(3.5e7)


def test_amount_and_outcome_in_the_json_view_only_where_known():
    f = facts_of("Harbor Logistics said on Monday it had agreed to buy Meridian Freight for $4.2 billion.")
    out = json.loads(json.dumps(f.to_json()))
    (acq,) = [e for e in out["events"] if e["type"] == "acquisition"]  # "agreed to buy": no agreement of its own
    assert acq["amount"]["value"] == pytest.approx(4.2e9) and acq["amount"]["currency"] == "USD"
    assert out["events"][0]["type"] == "statement" and "amount" not in out["events"][0]
    assert not [e for e in out["events"] if e["type"] == "agreement"]


def test_new_types_have_data_and_say_why_a_code_is_missing():
    types = event_types()
    for name in ("election", "ruling", "acquisition"):
        assert types[name]["cameo"] is None and "CAMEO" in types[name]["description"]
    assert types["arrest"]["cameo"] == "173" and types["protest"]["plover"] == "PROTEST"


def test_the_amount_is_a_typed_value_in_the_graph_and_validates():
    from pyshacl import validate
    from rdflib import Dataset, Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.rdf.quads import article_quads

    f = facts_of("Castor Group completed its takeover of Delmar Mining Corp. for 1.8 billion euros on Friday.")
    ds = Dataset()
    data = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in article_quads(f))
    ds.parse(data=data, format="nt")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    kg = "https://w3id.org/kgnews/ontology#"
    values = set(g.objects(None, URIRef(kg + "amountValue")))
    assert values == {Literal("1800000000", datatype=XSD.decimal)}
    assert set(g.objects(None, URIRef(kg + "currency"))) == {Literal("EUR")}
    shapes = Graph().parse(ROOT / "ontologies" / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ROOT / "ontologies" / "kg.ttl", format="turtle")
    conforms, _, report = validate(g, shacl_graph=shapes, ont_graph=ontology, inference="none")
    assert conforms, report


def test_shapes_reject_an_amount_without_a_decimal_value():
    from pyshacl import validate
    from rdflib import Graph

    bad = Graph().parse(
        data="""
        @prefix kg: <https://w3id.org/kgnews/ontology#> .
        <urn:e> a kg:Event ; kg:amount <urn:a> .
        <urn:a> a kg:MonetaryAmount ; kg:amountValue "a lot" ; kg:currency "dollars" .
    """,
        format="turtle",
    )
    shapes = Graph().parse(ROOT / "ontologies" / "shapes.ttl", format="turtle")
    conforms, _, report = validate(bad, shacl_graph=shapes, inference="none")
    assert not conforms and "amountValue" in report and "currency" in report

"""kg.rdf.ntriples and the N-Quads lines of kg.rdf.quads: article text is data, read back exactly.

The lines go to Oxigraph's bulk loader as they are, so every string an article can hold must come back
as the same string: quotes, backslashes, line breaks, control characters, characters outside the BMP.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from builders import facts
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.facts import Article, ArticleFacts, Entity, Event, Mention
from kg.rdf import article_graph, article_quad_parts
from kg.rdf.ntriples import encode_statements, iri_text, literal_text, parse_statements, statement
from kg.store import open_store
from kg.store.local import nquads_parts

S, P, G = "<http://example.org/s>", "<http://example.org/p>", "<http://example.org/g>"
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
HARD = [
    'he said "no"',
    "a back\\slash and \\n (not a line break) and \\u0041 (not an A)",
    "two\nlines\r\nand a CR\r",
    "tab\tNUL\x00 bell\x07 DEL\x7f escape\x1b form feed\x0c",
    "non-BMP: \U0001f600 \U00010348 \U0010ffff",
    "line separator\u2028 paragraph\u2029 BOM\ufeff nonchar\ufffe",
    '"',
    "\\",
    "",
    ' "quoted" \\"escaped quote\\" ',
]
# every character but the lone surrogates (no UTF-8 form; kg.ingest refuses them)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)))


def read_back(line: str) -> ox.Quad:
    (quad,) = parse_statements([line])
    return quad


@pytest.mark.parametrize("value", HARD)
def test_a_literal_reads_back_as_the_same_string(value):
    q = read_back(statement(S, P, literal_text(value), G))
    assert q.object == ox.Literal(value) and q.object.value == value


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_string_reads_back_as_itself_strict_and_lenient(value):
    line = statement(S, P, literal_text(value), G)
    assert read_back(line).object == ox.Literal(value)
    (lenient,) = ox.parse(line.encode(), format=ox.RdfFormat.N_QUADS, lenient=True)  # as the store loads
    assert lenient.object == ox.Literal(value)


def test_typed_literals_and_iris():
    typed = read_back(statement(S, P, literal_text("42", XSD_INT), G)).object
    assert typed == ox.Literal("42", datatype=ox.NamedNode(XSD_INT))
    assert literal_text("x", "http://www.w3.org/2001/XMLSchema#string") == '"x"'  # a plain literal is xsd:string
    assert iri_text("http://example.org/a") == "<http://example.org/a>"
    with pytest.raises(ValueError):
        iri_text("http://example.org/not an iri")  # checked by ox.NamedNode, never written unchecked


def test_a_lone_surrogate_cannot_be_encoded():
    with pytest.raises(UnicodeEncodeError):
        encode_statements([statement(S, P, literal_text("a\ud800b"), G)])


def _hard_facts() -> ArticleFacts:
    text = "\n".join(HARD[:6]) + " Kastrenia struck."
    at = text.index("Kastrenia")
    ent = Entity("e1", "place", 'Kastrenia "K"\\', mentions=[Mention(at, at + 9, "Kastrenia")], aliases=["K\nX"])
    ev = Event("ev1", "attack", Mention(at + 10, at + 16, "struck"), (0, len(text)), date="2025-03-03",
               content=HARD[3], outcome=HARD[4])  # fmt: skip
    art = Article(id='id "1"\\\U0001f600', text=text, title=HARD[0], published="2025-03-04", source=HARD[5])
    return ArticleFacts(art, entities=[ent], events=[ev], sentences=[(0, len(text))])


def test_an_articles_hard_text_goes_through_the_store_unchanged(tmp_path):
    f = _hard_facts()
    own, entities = article_quad_parts(f)
    values = {q.object.value for q in own + entities if isinstance(q.object, ox.Literal)}
    assert {f.article.title, f.article.source, f.article.id, 'Kastrenia "K"\\', "K\nX", HARD[3], HARD[4]} <= values
    assert f.article.text.strip() in values  # the sentence
    strings = {q for q in own + entities if isinstance(q.object, ox.Literal) and q.object.datatype == XSD_STRING}
    assert len(strings) > 10
    for location in (None, tmp_path / "store"):  # in memory (one transaction) and on disk (bulk loader)
        with open_store(location) as store:
            store.put_article(f, defer=True)
            store.flush()
            stored = set(store.dataset)  # (numbers come back in their canonical form: 1.000 as 1.0)
        assert strings <= stored


def test_the_lines_are_the_quads():
    graph = article_graph(facts("a1", "Kastrenia struck Sarnovo overnight, officials said."))
    assert all(line.endswith(" .\n") and line.count("\n") == 1 for line in graph.statements)
    quads = graph.quads()
    assert quads[-1] == graph.mark and graph.mark.predicate.value.endswith("contentHash")
    assert len(set(quads)) == len(graph.statements) + 1
    assert {q.subject for q in quads if q.predicate.value.endswith("mentionedIn")} == set(graph.mentioned)


def test_nquads_are_cut_at_line_ends():
    lines = [f"{S} {P} \"{'x' * n}\" {G} .\n".encode() for n in range(50)]
    articles = [b"".join(lines[:3]), b"".join(lines[3:40]), lines[40], b"".join(lines[41:])]
    data = b"".join(articles)
    for size in (1, 60, 100, 1000, len(data), len(data) + 1):
        parts = list(nquads_parts(articles, size))
        assert b"".join(parts) == data
        assert all(p.endswith(b"\n") for p in parts)
        assert all(len(p) <= size or p.count(b"\n") == 1 for p in parts)
    assert len(list(nquads_parts(articles, len(data)))) == 1  # whole articles joined while they fit
    assert list(nquads_parts([], 10)) == []

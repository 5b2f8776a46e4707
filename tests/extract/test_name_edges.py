"""args-o: a name the NER tagged with a trailing preposition ends before it."""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.entities import _strip_edges
from kg.extract.gazetteer import gazetteer


def test_a_name_never_ends_with_a_preposition(nlp):
    doc = nlp("The court sentenced the chief executive of Nordlys Linjer to four years in prison.")
    start = next(t.i for t in doc if t.text == "Nordlys")
    span = Span(doc, start, start + 3, label="ORG")  # "Nordlys Linjer to", as the NER sometimes tags it
    stripped = _strip_edges(span, gazetteer())
    assert stripped is not None and stripped.text == "Nordlys Linjer"

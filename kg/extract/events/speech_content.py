"""What a statement says: the reported clause, the quotation its sentence holds or reports, or the thing described
("described the talks as ..."), without the wire dateline a story's first sentence opens with (`content_of`,
`dateline_length`). Read by `kg.extract.events` for each statement; the clause and quotation finders are
`kg.extract.events.communication`'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.events.communication import _kids, _reported_clause
from kg.extract.events.quotations import quotation_spans
from kg.nlp import doc_text, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'’ -]{1,40}?)(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?P<agency>\([^)\n]{1,40}\))?(?:\s*(?:--|[–—])\s*|\s+[-_]\s+)"
)


def dateline_length(text: str) -> int:
    """The length of the wire dateline `text` opens with (0 when it opens with none): a city in capitals or
    a news agency in parentheses, then a dash, then the story's first sentence."""
    m = _DATELINE.match(text)
    if m is None or not (m.group("agency") or (m.group("city").isupper() and len(m.group("city").strip()) > 1)):
        return 0
    opening = text[m.end() : m.end() + 2].lstrip("\"“'`\n ")
    return m.end() if opening[:1].isupper() or opening[:1].isdigit() else 0


def _without_dateline(content: str, start: int) -> tuple[str, int]:
    cut = dateline_length(content)
    if not cut:
        return content, start
    rest = content[cut:]
    stripped = rest.lstrip(" \t\n\"“”'`")
    return stripped, start + cut + len(rest) - len(stripped)


def content_of(tok: Token, kind: str, sent: Span) -> tuple[str | None, int | None, int | None]:
    """What was said: the that-clause, the quotation in the sentence, or the object described (char span),
    without the wire dateline a story's first sentence opens with."""
    text, start, end = _content_span(tok, kind, sent)
    if text is None or start is None:
        return text, start, end
    text, start = _without_dateline(text, start)
    return (text, start, end) if text else (None, None, None)


def _content_span(tok: Token, kind: str, sent: Span) -> tuple[str | None, int | None, int | None]:
    if kind == "verb":
        clause = _reported_clause(tok)
        if clause is not None:
            toks = [t for t in clause.subtree if t.head != clause or t.dep_ != "mark" and t.tag_ != "WDT"]
            while toks and toks[0].is_punct:
                toks = toks[1:]  # the opening quotation marks
            while toks and toks[-1].is_punct:
                toks = toks[:-1]
            if toks:
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
                return doc_text(tok.doc)[start:end], start, end
        objs = _kids(tok, "dobj")
        if objs and tok.lemma_.lower() in {"describe", "characterize", "characterise"}:
            span = tok.doc[
                objs[0].left_edge.i : max(
                    t.i
                    for t in tok.subtree
                    if t.dep_ != "punct" and t.i > tok.i and t.head.dep_ != "advcl" and t.dep_ != "advcl"
                )
                + 1
            ]
            return span_text(span), span.start_char, span.end_char
    text = doc_text(tok.doc)
    for start, end in quotation_spans(tok.doc):  # the quotation the sentence holds or reports
        if end > sent.start_char and start < sent.end_char:
            quote = text[start:end]
            lead = len(quote) - len(quote.lstrip(" ,"))
            quote = quote.strip(" ,")
            if len(quote) >= 3:
                return quote, start + lead, start + lead + len(quote)
    return None, None, None

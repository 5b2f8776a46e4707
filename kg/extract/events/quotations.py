"""Quotations: where they are, which verb introduces one, and which speech verbs inside one are what was said.

A quotation is the text between paired marks (``...'', "...", “...”) within a paragraph. A verb introduces it when
it stands outside and governs it, or heads its sentence. A speech verb inside a quotation that a verb outside
reports is the quotation's content, not a statement of its own (`drop_quoted_speech`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol, TypeVar

from kg.extract.events.lexicon import Lexicon
from kg.extract.events.modality import ASSERTED, modality_of
from kg.nlp import doc_text, sent_of, sentence_index, sentences, span_text, span_tokens, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class _TriggerLike(Protocol):  # triggers.Trigger (which imports this module): its type and head token
    type: str
    head: int


T = TypeVar("T", bound=_TriggerLike)

# paired quotation marks (news wires write ``...'' as well as "..." and “...”)
QUOTE_MARKS = ('"', "“", "”", "``", "''", "`")


def _has_quote(sent: Span) -> bool:
    text = span_text(sent)
    return any(mark in text for mark in QUOTE_MARKS)


_QUOTE_OR_BREAK = re.compile(r"``|''|[\"“”]|\n")


def quotation_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans inside quotation marks. Each mark opens or closes a quotation in turn within a
    paragraph (a quotation left open ends with its line, as news quotes that run on do)."""
    cached = doc.user_data.get("kg_quotations")
    if cached is not None:
        return cached
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    text = doc_text(doc)
    for m in _QUOTE_OR_BREAK.finditer(text):
        if opened is None:
            if m.group() != "\n":
                opened = m.end()
        else:
            spans.append((opened, m.start()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    doc.user_data["kg_quotations"] = spans
    return spans


def is_quoted(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= tok.idx < end for start, end in spans)


def reports_quotation(tok: Token) -> bool:
    """The verb introduces a quotation: it stands outside the quotation and the quotation is part of what it
    governs (`"At last," she exclaimed`), or the verb heads the sentence the quotation is in."""
    sent = sent_of(tok)
    if not _has_quote(sent):
        return False
    spans = quotation_spans(tok.doc)
    if is_quoted(tok, spans):
        return False
    inside = [t for t in span_tokens(sent) if is_quoted(t, spans) and not t.is_punct]
    if not inside:
        return False
    if tok.dep_ == "ROOT":
        return True
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(lo <= t.i <= hi for t in inside)


def drop_quoted_speech(doc: Doc, triggers: list[T], lex: Lexicon) -> list[T]:
    """A speech verb inside a quotation that a verb outside it reports is what was said, not a statement of its
    own ("``I can confirm that ...,'' the spokesman said": one statement). A speech act the quotation only
    promises, denies or supposes is another act than the quoting ("``I will bring a message of support,''
    she said"): it stays, with its own modality."""
    spans = quotation_spans(doc)
    if not spans:
        return triggers
    toks = tokens(doc)
    speech = [t for t in triggers if t.type == "statement"]
    reporters = {sentence_index(doc)[t.head] for t in speech if not is_quoted(toks[t.head], spans)}
    dropped = set()
    for trig in speech:
        idx = toks[trig.head].idx
        span = next(((s, e) for s, e in spans if s <= idx < e), None)
        if span is None or not reporters & _reporting_sentences(doc, span):
            continue
        verb = toks[trig.head]
        if modality_of(verb, lex) == ASSERTED or _said_by_the_quotation(verb):
            dropped.add(trig.head)
    return [t for t in triggers if t.head not in dropped] if dropped else triggers


def _said_by_the_quotation(verb: Token) -> bool:
    """ "I'm here to tell you", "I'm not saying ...", "we urge them to ...", "the government would like to
    express its condolences": the quoted speaker's present act of speaking is the quotation itself, whatever
    its negation, purpose or politeness; "I will bring a message" is not."""
    wish = verb.head
    if verb.dep_ == "xcomp" and wish.lemma_ in {"like", "wish"}:
        return any(c.lower_ in {"would", "'d"} for c in wish.children)
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
            tense = auxes[0].tag_ if auxes else verb.tag_
            return subjects[0].lower_ in {"i", "we"} and tense in {"VBP", "VBZ"}
        if verb.dep_ not in {"xcomp", "advcl", "conj", "acomp"} or verb.head is verb:
            return False
        verb = verb.head
    return False


def _reporting_sentences(doc: Doc, span: tuple[int, int]) -> set[int]:
    """The sentences a quotation runs through, and the one after its closing mark when it goes on in the same
    paragraph (the splitter may cut `'' police spokesman Lt. Ana Ruiz said` after the abbreviation)."""
    sents = sentences(doc)
    inside = {k for k, s in enumerate(sents) if s.start_char <= span[1] and s.end_char >= span[0]}
    last = max(inside, default=None)
    if last is not None and last + 1 < len(sents):
        text = doc_text(doc)
        if "\n" not in text[span[1] : sents[last + 1].start_char]:
            inside.add(last + 1)
    return inside


def quoted_token(tok: Token) -> bool:
    return is_quoted(tok, quotation_spans(tok.doc))

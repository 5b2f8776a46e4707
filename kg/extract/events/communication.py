"""Communication events (statement, call, press_conference): word sense, what was said, and the channel.

A speech verb is a statement when it reports something: a that-clause, a quotation, an object
("confirmed the attack"). "call" is a phone call when a phone word, "with"/"between" or two people
frame it, not in "called for talks" or "called him a liar". Content is the that-clause or the quotation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.events.lexicon import Lexicon
from kg.nlp import doc_text, sent_of, span_text, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

QUOTE_RE = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]")
ALWAYS = {
    "say",
    "announce",
    "declare",
    "reiterate",
    "insist",
    "assure",
    "tell",
    "accuse",
    "condemn",
    "blame",
    "confirm",
    "deny",
    "state",
}


def _kids(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _has_quote(sent: Span) -> bool:
    return any(ch in sent.text for ch in '"“”')


def sense(tok: Token, etype: str, kind: str, lex: Lexicon) -> bool | None:
    lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_
    if etype == "statement":
        if kind == "noun":
            if lemma in {"post", "address", "interview", "speech"}:
                return True if _kids(tok, "poss", "prep", "amod", "compound") else None
            return False
        if lemma == "tell" and not (_kids(tok, "ccomp") or _has_quote(sent_of(tok))):
            return None  # "told to leave"
        if lemma in ALWAYS:
            return False
        if _kids(tok, "ccomp", "xcomp") or _has_quote(sent_of(tok)):
            return True
        if lemma in {"describe", "characterize", "characterise"} and any(p.lower_ == "as" for p in _kids(tok, "prep")):
            return True
        if lemma in {"report", "confirm", "claim", "post", "tweet", "write", "condemn"} and _kids(tok, "dobj", "nsubj"):
            return True
        return None
    if etype == "press_conference":
        return False
    # call
    phone = lex.sense("phone_words")
    in_phone_context = any(t.lemma_.lower() in phone - {"call"} for t in span_tokens(sent_of(tok)))
    if kind == "noun":
        preps = {p.lower_ for p in _kids(tok, "prep")}
        if "for" in preps and lemma == "call":
            return None
        mods = _kids(tok, "compound", "poss", "nmod", "amod")
        if lemma in {"call"} and tok.tag_ in {"NNS", "NNPS"} and not in_phone_context:
            return None  # "calls for restraint"
        det = _kids(tok, "det", "poss")
        definite = bool(det) and det[0].lower_ in {"the", "this", "that", "their", "his", "her", "its"}
        if lemma == "discussion" and not in_phone_context and not definite:
            return None
        if preps & {"with", "between"} or any(m.ent_type_ == "PERSON" or m.lemma_.lower() in phone for m in mods):
            return False
        if in_phone_context:
            return False
        return True if definite else None
    # verbs
    if lemma in {"phone", "telephone"}:
        return False
    if lemma == "call":
        if any(c.dep_ == "prt" for c in tok.children) or _kids(tok, "xcomp", "oprd", "ccomp", "attr"):
            return None
        if any(p.lower_ in lex.sense("call_not_next") for p in _kids(tok, "prep")):
            return None
        objs = _kids(tok, "dobj")
        if (
            objs
            and all(o.ent_type_ in {"PERSON"} or o.pos_ == "PRON" for o in objs)
            and not any(c.dep_ in {"oprd", "attr", "npadvmod"} for o in objs for c in o.children)
        ):
            return True
        return None
    if lemma in {"speak", "talk"}:
        return True if in_phone_context and (_kids(tok, "prep") or _kids(tok, "nsubj")) else None
    return None


# "MOSCOW (AP) — ", "KYIV, Ukraine (AP) - ", "WASHINGTON, July 4 (Reuters) - ", "NAIROBI, Kenya _ ": a wire
# dateline opens the first sentence of a story; it is where and who filed it, not what was said
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
        clauses = _kids(tok, "ccomp")
        if clauses:
            clause = clauses[0]
            toks = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
            toks = [t for t in toks if not (t.is_punct and t.i in (toks[0].i, toks[-1].i))]
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
    m = QUOTE_RE.search(sent.text)
    if m:
        start = sent.start_char + m.start(1)
        return m.group(1).strip(" ,"), start, start + len(m.group(1).strip(" ,"))
    return None, None, None


def is_medium(tok: Token, lex: Lexicon) -> bool:
    return tok.lower_ in lex.sense("media") or tok.ent_type_ == "ORG" and tok.text in {"Telegram", "X", "Twitter"}

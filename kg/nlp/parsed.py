"""The parse read once: kg's tokens (`tokens`, fast copies of spaCy's with the tree built in one pass), spans,
sentences and named entities, cached per document (`release` frees them), and the text of a document or span."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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


def built_tokens(doc: Doc) -> list[Token] | None:
    """`tokens(doc)` when an extraction built them (to be released with it), else None: a step that may run
    outside an extraction reads them without building a list nobody releases."""
    return doc.user_data.get("kg_tokens")


# The string attributes a ParsedToken holds as slots, with the `Doc.to_array` attribute each is read from.
_SLOT_ATTRS = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_")


class _Tree:
    """One parsed Doc's dependency tree over its ParsedTokens: each token's head and children (listed at
    once), and its subtree as it is asked for (kept). `cut` empties it when the extraction ends (its tokens
    point at it)."""

    __slots__ = ("toks", "heads", "_kids", "_children", "_subtrees", "_conjuncts", "_roots")

    def __init__(self, toks: list, heads: list[int]) -> None:
        self.toks: list | None = toks
        self.heads = heads
        n = len(heads)
        # each token's children's indices, in index order (as spaCy gives children), in one pass
        kids: list[list[int]] = [[] for _ in range(n)]
        roots = []
        for j, h in enumerate(heads):
            if h != j:
                kids[h].append(j)
            else:
                roots.append(j)
        self._kids = kids
        self._roots = roots
        self._children = [tuple([toks[j] for j in k]) if k else () for k in kids]
        self._subtrees: dict[int, tuple] = {}
        self._conjuncts: dict[int, tuple] = {}
        for tok, head, children in zip(toks, heads, self._children, strict=True):
            tok.head = toks[head]  # slots: a property costs five times a slot's read, and rules read them often
            tok._kids = children

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
        """Break the tokens' references to each other: children point down, heads up, and a root at itself."""
        toks = self.toks
        if toks is not None:
            for tok in toks:
                tok._kids = None  # `children` answers as spaCy's again
            for i in self._roots:
                root = toks[i]
                root.head = root.doc[i]  # a spaCy Token, as `head` gives after the extraction
        self.toks = None
        self._children = []
        self._subtrees = {}
        self._conjuncts = {}


@lru_cache(maxsize=1)
def _parsed_token_class() -> type:
    """`ParsedToken`, made when first needed (spaCy is imported only by then)."""
    from spacy.tokens import Token as SpacyToken

    base_children = SpacyToken.children.__get__
    base_lefts, base_rights = SpacyToken.lefts.__get__, SpacyToken.rights.__get__
    base_subtree, base_conjuncts = SpacyToken.subtree.__get__, SpacyToken.conjuncts.__get__
    base_ancestors = SpacyToken.ancestors.__get__

    class ParsedToken(SpacyToken):
        """A Token of `tokens(doc)`: the same answers as spaCy's, read once (see `tokens`). Once the
        extraction of its Doc is over (`release`), it answers as a plain Token."""

        # `head`: a Token of this list (a slot, set with the tree); `_kids`: the children, None once released;
        # `i`, `idx`, `is_alpha` copied as well: spaCy's properties cost ~45 ns a read, 1.3M reads of `i` a round;
        # `lemma_lower`: `lemma_.lower()` once per string (the walks over every token asked it 400k times a round);
        # `initial_upper`: `text[:1].isupper()`, the first test of the walks for names (~270k a round)
        __slots__ = (*_SLOT_ATTRS, "_tree", "head", "_kids", "i", "idx", "is_alpha", "lemma_lower", "initial_upper")

        @property
        def children(self):  # an iterator, as spaCy gives
            kids = self._kids
            return iter(kids) if kids is not None else base_children(self)

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
            i = self.i
            found = tree._conjuncts.get(i)  # asked for again by the argument rules: kept, as subtrees are
            if found is not None:
                return found
            toks, heads = tree.toks, tree.heads
            start = i
            while heads[start] != start and toks[start].dep_ == "conj":
                start = heads[start]
            queue = [start]
            output = [start]
            for word in queue:
                for child in tree.child_indices(word):
                    if child > word and toks[child].dep_ == "conj":
                        output.append(child)
                        queue.append(child)
            found = tree._conjuncts[i] = tuple(toks[j] for j in output if j != i)
            return found

    return ParsedToken


def _parsed_tokens(doc: Doc) -> list[Token]:
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LOWER, ORTH, POS, TAG
    from spacy.parts_of_speech import NAMES as POS_NAMES

    cls = _parsed_token_class()
    vocab = doc.vocab
    n = len(doc)
    toks = [cls(vocab, doc, i) for i in range(n)]
    if not n:
        return toks
    columns = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, IDX, IS_ALPHA]).T.tolist()
    heads = [i + off for i, off in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    tree = _Tree(toks, heads)
    names = _STRINGS
    if len(names) > _STRINGS_KEPT:
        names.clear()
    names.store = vocab.strings  # a hash not met before is read from this Doc's StringStore (`__missing__`)
    if len(_LOWERED) > _STRINGS_KEPT:
        _LOWERED.clear()
    if len(_INITIAL_UPPER) > _STRINGS_KEPT:
        _INITIAL_UPPER.clear()
    name = names.__getitem__
    texts, lowers, lemmas, tags, deps, ent_types = (map(name, columns[k]) for k in (0, 1, 2, 4, 5, 6))
    pos = map(POS_NAMES.__getitem__, columns[3])
    alpha = map(bool, columns[8])
    lemma_lowers = map(_LOWERED.__getitem__, columns[2])
    initials = map(_INITIAL_UPPER.__getitem__, columns[0])
    # one store per slot: unpacking a starred tuple per token cost a quarter of this function
    for i, tok, text, lower, lemma, pos_, tag, dep, ent_type, idx, is_alpha, lemma_lower, initial_upper in zip(
        range(n),
        toks,
        texts,
        lowers,
        lemmas,
        pos,
        tags,
        deps,
        ent_types,
        columns[7],
        alpha,
        lemma_lowers,
        initials,
        strict=True,
    ):
        tok.i = i
        tok.idx = idx
        tok.is_alpha = is_alpha
        tok.lemma_lower = lemma_lower
        tok.initial_upper = initial_upper
        tok.text = text
        tok.lower_ = lower
        tok.lemma_ = lemma
        tok.pos_ = pos_
        tok.tag_ = tag
        tok.dep_ = dep
        tok.ent_type_ = ent_type
        tok._tree = tree
    return toks


# StringStore hashes read before -> their strings, across Docs (a hash stands for one string: the StringStore's
# lookups cost ten times a dict's); emptied past `_STRINGS_KEPT` strings, so a long run does not grow it for ever
class _Strings(dict):
    """StringStore hashes -> strings, a hash met first read from `store` (a dict's own lookup for the others: the
    union of an article's hashes, formerly built to find the new ones, cost a fifth of `_parsed_tokens`)."""

    store: Any = None

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


_STRINGS: _Strings = _Strings()


class _Lowered(dict):
    """A lemma's StringStore hash -> the lemma in lower case (`_STRINGS` holds its string)."""

    def __missing__(self, key: int) -> str:
        value = self[key] = _STRINGS[key].lower()
        return value


_LOWERED: _Lowered = _Lowered()


class _InitialUpper(dict):
    """A text's StringStore hash -> whether its first character is upper case."""

    def __missing__(self, key: int) -> bool:
        value = self[key] = _STRINGS[key][:1].isupper()
        return value


_INITIAL_UPPER: _InitialUpper = _InitialUpper()
_STRINGS_KEPT = 50_000  # ~7 MiB at most


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

"""Parse repairs run as pipeline components after spaCy's parser (`kg.nlp.load` adds them): the headline read
as the sentence it abbreviates (`HeadlineParser`), and finite verbs the parser hung on a reported clause given back
to the reporter's clause (`reattach_finite_conjuncts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.parsed import SENTENCE_ENDS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

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

"""A parse repair: the reporting clause that closes a sentence ("..., the two companies announced on Monday.").

The parser often reads it as a reduced relative clause of its own subject (the verb an `acl` of the noun: "the
companies [that were] announced"), or hangs the subject on the content's last noun as an apposition and leaves
the reporting verb with no subject ("...44.3% for Massa, the National Electoral Directorate said."). In both the
noun phrase that runs from the comma to the reporting verb is the verb's subject, and the content before the
comma is what it reports. `reattach_trailing_reporters` makes the noun the verb's `nsubj`; a verb read as a
relative clause becomes the sentence's root, the old root its `ccomp`, and what followed the noun (", in the
largest deal this year") the verb's. The sentence keeps its tokens: one tree over the same span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.repairs import _offset

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the reporting verbs, as written (the lemmatizer runs after the parser)
REPORTING_FORMS = frozenset(
    {"said", "says", "announced", "added", "confirmed", "reported", "stated", "disclosed", "noted", "reports"}
)
OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "xcomp", "attr", "dative", "oprd", "expl"})
NP_DEPS = frozenset({"det", "compound", "amod", "nummod", "poss", "case", "nmod", "quantmod"})


def _opened_by_comma(noun: Token) -> bool:
    """The words before the noun in its phrase are determiners, modifiers and names only, and a comma opens it."""
    before = [t for t in noun.subtree if t.i < noun.i]
    left = before[0] if before else noun
    if left.i == 0 or noun.doc[left.i - 1].text != ",":
        return False
    return all(t.dep_ in NP_DEPS and t.text != "," for t in before)


def trailing_subject(verb: Token) -> str | None:
    """How the parser lost the subject of a reporting verb after its content: "relative" (the verb an `acl` of
    the noun just before it), "apposition" (the verb the root, the noun before it hung on the content), or None."""
    if verb.lower_ not in REPORTING_FORMS or verb.tag_ not in {"VBD", "VBN", "VBZ"} or verb.i == 0:
        return None
    if any(c.dep_ in OWN_ARGUMENTS or c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # a clause of its own: "..., the minister told reporters", "..., the court said that ..."
    noun = verb.doc[verb.i - 1]
    if noun.tag_ not in {"NN", "NNS", "NNP", "NNPS"} or not _opened_by_comma(noun):
        return None
    if verb.dep_ == "acl" and verb.head.i == noun.i and noun.dep_ != "ROOT":
        return "relative"
    if verb.dep_ == "ROOT" and noun.dep_ in {"appos", "conj", "npadvmod"} and noun.head.i < noun.i:
        return "apposition"
    return None


def reattach_trailing_reporters(doc: Doc) -> Doc:
    """The repair of the module docstring, over every sentence of `doc`."""
    moves: dict[int, tuple[int, str]] = {}  # token -> (its new head, its new dependency)
    for verb in doc:
        kind = trailing_subject(verb)
        if kind is None:
            continue
        noun = doc[verb.i - 1]
        moves[noun.i] = (verb.i, "nsubj")
        if kind == "relative":
            root = verb.sent.root
            moves[verb.i] = (verb.i, "ROOT")
            moves[root.i] = (verb.i, "ccomp")
            for c in noun.children:
                if c.i > verb.i:
                    moves[c.i] = (verb.i, c.dep_)
    if not moves:
        return doc
    from spacy.attrs import DEP, HEAD

    arr = doc.to_array([HEAD, DEP])
    for i, (head, dep) in moves.items():
        arr[i, 0] = _offset(head - i)
        arr[i, 1] = doc.vocab.strings.add(dep)
    doc.from_array([HEAD, DEP], arr)
    return doc

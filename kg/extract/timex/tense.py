"""Tense: which side of the publication date the clause around an expression looks to.

`clause_tense(doc, start, end)` takes the parsed article and an expression's character offsets and
returns 'past', 'future', 'present', 'present_ahead' (a present that schedules: "they meet Monday"),
'present_report' ("says"), 'conditional' ("would"), 'prospective' (an infinitive still to come when the clause
was said, whatever its tense: "was ready to meet on Friday"), 'modal' or None when the parse does not say.
Normalisers read dates without a year, bare weekdays and months through it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.timex.lexicon import LEXICON
from kg.nlp import built_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going"})
_FUTURE_VERBS = frozenset(
    {"plan", "expect", "schedule", "due", "set", "intend", "hope", "aim", "prepare", "promise", "vow", "agree"}
)
_PROSPECTIVE = frozenset(LEXICON["prospective_heads"])
_REPORTING = frozenset(LEXICON["reporting_verbs"])
_SAME_FORM_PAST = frozenset(LEXICON["same_form_past"])  # "hurt", "cut": a present tag may be a past
# "as soon as Tuesday", "as early as next week": the earliest a thing may happen, so ahead
_PROSPECTIVE_PHRASES = tuple(tuple(p.split()) for p in LEXICON["prospective_phrases"])
_DAY_NAMES = frozenset(w.lower() for w in LEXICON["weekdays"])
_READINESS = frozenset(LEXICON["readiness_heads"])  # "was ready to meet on Friday": still to come when said
# "invited him to meet on Tuesday", "offered to host talks on Thursday": what is offered or asked for lies ahead
_OFFER_OR_REQUEST = frozenset(LEXICON["offer_and_request_heads"])
_DAY_DECLARING = frozenset(LEXICON["day_declaring_verbs"])  # "declared Sunday a day of mourning": a day to come


def _governing_word_tense(tok: Token, governor: Token) -> str | None:
    """ "since the Dec. 2 fire" looks back; a word of planning ahead of the expression looks forward."""
    cur = tok.head
    if tok.dep_ in ("nmod", "compound", "amod", "poss", "det", "nummod") and cur.dep_ == "pobj":
        cur = cur.head  # "since the Dec. 2 fire": the preposition of the noun the date modifies
    if cur.lower_ == "since" and cur.dep_ == "prep":
        return "past"
    if _under_since(tok):
        return "past"
    if (
        tok.dep_ in ("dobj", "npadvmod")
        and tok.lower_ in _DAY_NAMES
        and tok.head.lemma_.lower() in _DAY_DECLARING
        and any(c.i != tok.i and (c.dep_ in ("oprd", "attr") or c.lemma_.lower() in ("day", "holiday"))
                for c in tok.head.children)
    ):
        return "future"  # "declared Sunday a day of national mourning": the day is named ahead of it
    if (
        governor.i != tok.i
        and governor.dep_ in ("xcomp", "advcl")
        and governor.head.lemma_.lower() in _OFFER_OR_REQUEST
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in governor.children)
    ):
        return "future"  # "offered to host talks on Thursday", "invited him to meet on Tuesday": after the offer
    if _invited_to(tok):
        return "future"  # "invited him to a summit in Lusaka in November": the event invited to lies ahead
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.lower_ in _DAY_NAMES and _sets_a_day(tok.head.head):
        return "future"  # "called a strike for Tuesday", "set for Friday": the day something is set for
    # a word of planning governs the expression ("postponed until Tuesday", "payable Dec. 7",
    # "planned a rally on Saturday"): the date lies ahead of that word, whatever its tense
    if (
        governor.i != tok.i
        and governor.i < tok.i
        and governor.lemma_.lower() in _PROSPECTIVE
        and governor.dep_ != "acl"
        and not any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.lower_ == "had") for c in governor.children)
    ):
        return "future"
    return None


def _invited_to(tok: Token) -> bool:
    """The expression dates a noun one is invited or asked to ("invited his guest to a summit in November", "urged
    them to talks on Friday"): a preposition's object on that noun, itself the object of "to" on the verb."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    noun = tok.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in _OFFER_OR_REQUEST
        and noun.pos_ in ("NOUN", "PROPN")
    )


def _reported_participle(verb: Token) -> bool:
    """ "the pact, announced on Wednesday by the three leaders", "figures released on Monday": a bare past participle
    of a reporting verb that modifies a noun says the report was made; its date lies behind, not ahead."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in _REPORTING
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _sets_a_day(word: Token) -> bool:
    """What "for <weekday>" hangs on when it gives the day something is set for: a finite verb ("called a strike
    for Tuesday") or the noun it makes or plans ("planned a march for Friday"); not a participle describing a
    plan, which may be past ("a service planned ... for Saturday was cancelled"), nor a noun deeper in a phrase."""
    if word.pos_ in ("VERB", "AUX"):
        return word.dep_ not in ("acl", "amod")
    return word.pos_ in ("NOUN", "PROPN") and word.dep_ in ("dobj", "nsubjpass")


def _under_since(tok: Token) -> bool:
    """ "closed since a clash between their troops in January": a date inside the phrase of "since" (through
    the nouns and prepositions above it, before any verb) tells what came before, whatever verb governs."""
    cur = tok.head
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        if cur.lower_ == "since" and cur.dep_ == "prep":
            return True
        cur = cur.head
    return False


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause `tok` sits in (at most six steps up the tree), or where the climb stopped:
    an infinitive on a noun is its own clause ("announced an agreement to acquire the bank in January")."""
    for _ in range(6):
        nominal = tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp")  # "in planning for the summit"
        infinitive = tok.dep_ == "acl" and any(c.tag_ == "TO" for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and (tok.dep_ not in ("amod", "acl") or infinitive) and not nominal:
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _auxiliary_tense(tok: Token, auxes: list[Token]) -> str | None:
    """The tense the auxiliaries of `tok` give ("will", "would", "may have", "had"), or None."""
    modal_perfect = tok.tag_ == "VBN" and any(a.lower_ in ("have", "'ve") for a in auxes)
    if modal_perfect and any(a.tag_ == "MD" and a.lower_ not in _FUTURE_AUX for a in auxes):
        return "past"  # "may have been": a modal perfect looks back
    for a in auxes:
        low = a.lower_
        if low in _FUTURE_AUX:
            return "future"
        if low in ("would", "could", "might", "should", "may", "can", "must"):
            if a.tag_ == "MD" and low in ("may", "might", "can", "must"):
                return "future"
            return "conditional" if low == "would" else "modal"
    if any(a.tag_ == "VBD" for a in auxes) or (
        any(a.lower_ in ("has", "have", "had") for a in auxes) and tok.tag_ == "VBN"
    ):
        return "past"
    return None


def _verb_chain_tense(tok: Token, direct: bool) -> str | None:
    """The tense of the verb `tok`, following a chain of verbs ("is expected to meet") up to three deep."""
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        by_auxiliary = _auxiliary_tense(tok, auxes)
        if by_auxiliary:
            return by_auxiliary
        if tok.tag_ == "VBD":
            return "past"
        if tok.tag_ == "VBN" and not auxes:
            return "past"
        if direct and tok.tag_ == "VBG" and any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
            return "future"  # "is meeting Friday": scheduled (not "is continuing ... under a June agreement")
        if tok.tag_ in ("VB",) and tok.dep_ in ("xcomp",) and tok.head.lemma_ in _FUTURE_VERBS:
            return "future"
        if tok.tag_ == "VB" and tok.dep_ == "xcomp" and tok.head.i != tok.i:
            if any(a.tag_ == "TO" for a in auxes) and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBZ", "VBP"):
                return "future"  # "is to resume trading Tuesday"
            if any(a.tag_ == "TO" for a in auxes) and tok.head.pos_ == "ADJ" and tok.head.lower_ in _READINESS:
                return "prospective"  # "was ready to meet on Friday": ahead of the saying, near now
            if any(a.tag_ == "TO" for a in auxes) and tok.head.tag_ in ("VBD", "VBN"):
                return None  # "decided to admit them in March": ahead of a past decision, either side of now
            tok = tok.head
            continue
        if tok.tag_ in ("VBZ", "VBP"):
            if tok.lemma_.lower() in _REPORTING:
                return "present_report"
            # "they meet Monday": a present verb the expression modifies directly is scheduled
            ahead = direct and tok.lemma_ not in ("be", "have") and tok.lower_ not in _SAME_FORM_PAST
            return "present_ahead" if ahead else "present"
        break
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause the span at [start, end) sits in (see the module docstring), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    toks = built_tokens(doc)  # in an extraction its tokens: the same answers, without a spaCy Token per step
    tok = span.root if toks is None else toks[span.root.i]
    before = tuple(t.lower_ for t in (doc if toks is None else toks)[max(0, span.start - 3) : span.start])
    if any(before[-len(p) :] == p for p in _PROSPECTIVE_PHRASES):
        return "future"
    governor = tok.head
    while governor.pos_ == "ADP" and governor.head.i != governor.i:
        governor = governor.head
    if _reported_participle(governor):
        return "past"  # "the pact, announced on Wednesday, will give ...": told as made, whatever the clause around it
    by_governor = _governing_word_tense(tok, governor)
    if by_governor:
        return by_governor
    direct = governor.pos_ in ("VERB", "AUX")  # the expression modifies the verb itself ("meet Monday")
    return _verb_chain_tense(_clause_verb(tok), direct)

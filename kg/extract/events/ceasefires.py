"""Ceasefires: an agreed truce is an agreement whose subject is a ceasefire, and a truce that merely holds,
takes effect or is broken is no new agreement.

The words of a truce ("ceasefire", "truce", "armistice", "cessation of hostilities") are agreement nouns in the
lexicon; `Event.subject` says "ceasefire" (CAMEO 0871 / PLOVER RETREAT, `data/event_types.json`). A truce noun
plays one of three parts:

- what an agreement verb or noun agrees to ("agreed to a truce", "signed a ceasefire", "a ceasefire agreement",
  "a truce they agreed", "the ceasefire was agreed"): the same event as that agreement, folded into it before
  coreference (`fold_into_agreements`), which then has the subject ceasefire;
- the course of a truce already agreed: its subject is a verb of holding or breaking down ("the truce held",
  "previous truces collapsed"), its object a verb of keeping or breaking ("respect the truce", "accused India of
  breaking the truce", "ended a ceasefire"), or it takes effect ("the truce began", "took hold", "will take
  effect on Aug. 3"). None of these is a new agreement (`mark_course`), nor the antecedent of a later one: they are
  left out of coreference (`split_course`) and dropped, except a past onset ("a ceasefire took hold early on
  Friday"), which is a mention of the agreement told before it, since it tells when the agreement began to
  apply, and, with nothing before it, the agreement's first mention (`attach_course`);
- otherwise an agreement to a ceasefire of its own, realis or not ("declared a truce", "no ceasefire is in place",
  "refused a ceasefire", "appealed for a ceasefire").
Word lists: the senses `ceasefire_nouns`, `ceasefire_onset_verbs`, `ceasefire_course_verbs` and
`ceasefire_keeping_verbs` of `kg/extract/data/event_lexicon.json`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.candidates import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT = "ceasefire"
# how an agreement word governs what is agreed: "agreed to/on a truce", "an agreement on a ceasefire"
_AGREED_PREPOSITIONS = frozenset({"to", "on", "for", "over"})
ONSET, COURSE = "onset", "course"


def is_truce_word(tok: Token, lex) -> bool:
    return tok.lemma_.lower() in lex.sense("ceasefire_nouns")


def mark_subjects(cands: list[Candidate], toks, lex) -> None:
    """An agreement on a truce word, or whose verb takes one as its object, has the subject ceasefire."""
    for c in cands:
        if c.event.type != "agreement":
            continue
        head = toks[c.head]
        if is_truce_word(head, lex) or any(is_truce_word(t, lex) for t in _agreed_objects(head)):
            c.event.subject = SUBJECT


def _agreed_objects(head: Token) -> list[Token]:
    """What an agreement word says is agreed: its object, passive subject, "to"/"on" phrase, compound."""
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "compound")]
    found += [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]  # "truce agreed" (a headline)
    found += [g for c in head.children if c.dep_ == "prep" and c.lower_ in _AGREED_PREPOSITIONS for g in c.children
              if g.dep_ == "pobj"]
    if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
        found.append(head.head)  # "a truce they agreed", "truce agreed"
    return found


def fold_into_agreements(cands: list[Candidate], toks, lex) -> list[Candidate]:
    """Fold each truce noun that an agreement word agrees to into that agreement (see the module docstring);
    returns the candidates left."""
    agreements = {c.head: c for c in cands if c.event.type == "agreement" and not is_truce_word(toks[c.head], lex)}
    left = []
    for c in cands:
        owner = _agreement_of(toks[c.head], agreements) if c.event.type == "agreement" else None
        if owner is None or owner is c or not is_truce_word(toks[c.head], lex):
            left.append(c)
            continue
        c.merged_into = owner
        # what was agreed has the agreeing's modality ("agreed to a truce" reads the truce alone as planned)
        c.event.modality = owner.event.modality
        owner.extra.append(c)
        owner.event.subject = SUBJECT
    return left


def _agreement_of(noun: Token, agreements: dict[int, Candidate]) -> Candidate | None:
    for agreement_head, cand in agreements.items():
        if any(t.i == noun.i for t in _agreed_objects(noun.doc[agreement_head])):
            return cand
    return None


def mark_course(cands: list[Candidate], toks, lex) -> None:
    """Mark the truce nouns that tell of a truce's course or onset, not of its agreement; a truce coordinated with
    another agreement noun ("working toward a deal and a ceasefire") is an agreement of its own."""
    agreement_heads = {c.head for c in cands if c.event.type == "agreement"}
    for c in cands:
        if c.event.type == "agreement" and c.pos == "noun" and is_truce_word(toks[c.head], lex):
            c.course = course_of(toks[c.head], lex)
            noun = toks[c.head]
            c.distinct = c.distinct or (noun.dep_ == "conj" and noun.head.i in agreement_heads)


def course_of(noun: Token, lex) -> str | None:
    """ONSET ("the truce began", "took hold", "will take effect"), COURSE ("the truce held", "breaking the truce"),
    or None (the truce agreed, asked for or denied)."""
    verb = noun.head
    told = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None)
    if told is not None and noun.dep_ == "ROOT":  # "The truce held on Tuesday." parsed as a noun and its participle:
        lemma = told.lemma_.lower()  # the truce is the subject of that verb
        if lemma in lex.sense("ceasefire_onset_verbs"):
            return ONSET
        return COURSE if lemma in lex.sense("ceasefire_course_verbs") else None
    if noun.dep_ == "pcomp" or (noun.dep_ == "pobj" and verb.dep_ == "prep"):
        verb = verb.head  # "accused India of breaking the truce": "of" → "breaking" is the verb; the truce its object
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("nsubj", "nsubjpass"):
        if lemma in lex.sense("ceasefire_onset_verbs"):
            return ONSET
        if lemma in lex.sense("ceasefire_course_verbs"):
            return COURSE
        # "the truce is due to take effect": the onset is the complement of the subject's verb
        if any(x.dep_ == "xcomp" and x.lemma_.lower() in lex.sense("ceasefire_onset_verbs") for x in verb.subtree):
            return ONSET
        return None
    if noun.dep_ == "dobj" and lemma in lex.sense("ceasefire_keeping_verbs"):
        return COURSE
    return None


def past_onset(c: Candidate, toks) -> bool:
    """ "A ceasefire took hold early on Friday": a truce that began, told in the past tense, or in a headline's
    present ("Gaza truce takes hold": a headline tells what has just happened in the present tense)."""
    verb = toks[c.head].head
    return c.course == ONSET and (verb.tag_ == "VBD" or (c.headline and verb.tag_ in ("VBZ", "VBP")))


def split_course(cands: list[Candidate], toks) -> tuple[list[Candidate], list[Candidate]]:
    """(the candidates coreference resolves, the truce nouns of a truce's course): a truce that held or broke is
    never the antecedent of a later agreement ("Previous truces have collapsed. The agreement does not ...").
    A past onset with no agreement of its modality told before it is the agreement's first mention, and so the
    antecedent of what restates it ("A truce began on Friday. Under the deal, ...")."""
    first: list[Candidate] = []
    for c in cands:
        if c.course is not None and past_onset(c, toks) and not _agreement_before(c, cands, first):
            first.append(c)
    resolved = [c for c in cands if c.course is None or c in first]
    return resolved, [c for c in cands if c.course is not None and c not in first]


def _agreement_before(c: Candidate, cands: list[Candidate], first: list[Candidate]) -> bool:
    return any(
        s.event.type == "agreement"
        and (s.course is None or s in first)
        and s.event.modality == c.event.modality
        and s.event.trigger.start < c.event.trigger.start
        for s in cands
    )


def attach_course(course: list[Candidate], survivors: list[Candidate], toks) -> list[Candidate]:
    """A truce's course is no event: a past onset becomes a mention of the agreement of its modality told before it
    (its day is when the agreement began to apply: "agree to ceasefire" ... "a ceasefire took hold early on
    Friday"; not "failed to agree on a truce"), or, with none before it, the agreement's first mention; any other
    course mention is dropped."""
    out = list(survivors)
    for c in sorted(course, key=lambda c: c.event.trigger.start):
        if not past_onset(c, toks):
            continue
        before = [
            s
            for s in out
            if s.event.type == "agreement"
            and s.event.modality == c.event.modality
            and s.event.trigger.start < c.event.trigger.start
        ]
        if before:
            owner = before[-1]
            owner.extra.append(c)
            c.merged_into = owner
            owner.event.subject = SUBJECT
        else:
            out.append(c)
    return sorted(out, key=lambda c: c.event.trigger.start)

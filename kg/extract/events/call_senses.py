"""Calls by their words: which "call", "ring", "speak" or "conversation" is a call, and who called whom.

A call is "X called / phoned / telephoned / rang Y" with a person-like object, "spoke by phone with", "a phone
call between", "held a call with". The caller is the agent where the text says who called ("X called Y", "a
call from X", "X made a call to Y"); talking and joint calls have participants only. `add_channel` gives a
statement made over the telephone its medium (`calls` then makes the call it was said in).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.communication import (
    ACTOR_ENTITY_TYPES,
    _in_phone_context,
    _kids,
    _lemma,
    _subject,
    is_actor_like,
)
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.speech_objects import complement_preps
from kg.facts import Argument
from kg.nlp import sent_of, span_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.facts import Event

CALL_OBJECT_PRONOUNS = {"me", "us", "you", "him", "her", "them"}


def sense(tok: Token, kind: str, lex: Lexicon) -> bool | None:
    """None: not a call. False: kept plainly. True: kept by a sense rule (less certain)."""
    return call_noun_sense(tok, lex) if kind == "noun" else call_verb_sense(tok, lex)


def press_call(tok: Token, lex: Lexicon) -> bool:
    """A call with the press ("said in a call with reporters", "a conference call with analysts") or a call a speech
    verb tells as its audience ("told a conference call that ...", "briefed a call"): the medium of a statement to
    an audience, no call between parties (the statement is the event). Not "described the phone call with Trump"
    (the call is what was described)."""
    press = lex.sense("press_audience_nouns")
    if any(p.lower_ == "with" and any(o.lower_ in press for o in _kids(p, "pobj")) for p in _kids(tok, "prep")):
        return True
    addressing = lex.frames.get("statement", {}).get("object_of", {})
    return tok.dep_ in {"dobj", "dative"} and addressing.get(tok.head.lemma_.lower()) == "recipient"


def call_noun_sense(tok: Token, lex: Lexicon) -> bool | None:
    if press_call(tok, lex):
        return None
    lemma = _lemma(tok)
    phone = lex.sense("phone_words")
    in_phone_context = _in_phone_context(tok, lex)
    preps = {p.lower_ for p in _kids(tok, "prep")}
    if "for" in preps and lemma == "call" or lemma == "call" and _asks_for_a_clause(tok):
        return None  # "a call for restraint", "a call from the army chief for him to step down": an appeal
    mods = _kids(tok, "compound", "poss", "nmod", "amod")
    from_someone = any(
        p.lower_ in {"from", "to"} and any(is_actor_like(o, lex) for o in _kids(p, "pobj")) for p in _kids(tok, "prep")
    )
    if lemma in {"call"} and tok.tag_ in {"NNS", "NNPS"} and not in_phone_context and not from_someone:
        return None  # "calls for restraint"
    det = _kids(tok, "det", "poss")
    definite = bool(det) and det[0].lower_ in {"the", "this", "that", "their", "his", "her", "its"}
    if lemma == "discussion" and not in_phone_context and not definite:
        return None
    if lemma in {"discussion", "conversation"} and not in_phone_context and _meeting_in_sentence(tok, lex):
        return None  # "met again to finish their discussion": the talk of a meeting
    if (
        preps & {"with", "between"}
        or from_someone
        or any(m.ent_type_ == "PERSON" or m.lemma_.lower() in phone for m in mods)
    ):
        return False
    if in_phone_context:
        return False
    if tok.dep_ == "dobj" and _lemma(tok.head) in lex.sense("appeal_answering_verbs"):
        return None  # "Aoun rejected that call", "heeded the call": an appeal answered, not a phone call
    if _setting_of_speech(tok, lex):
        return True  # "told Ana in a call on Tuesday", "informed him during a call": the call it was said in
    return True if definite else None


def _asks_for_a_clause(tok: Token) -> bool:
    """ "a call ... for him to step down": a for-to clause the noun asks for (the parser marks it with "for")."""
    return any(any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for c in _kids(tok, "advcl", "acl"))


def _setting_of_speech(tok: Token, lex: Lexicon) -> bool:
    """A call noun after "in" or "during" on a speech verb: "X told Y in a call", "assured her during a call"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"in", "during"} or prep.dep_ != "prep":
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and "statement" in lex.verbs.get(verb.lemma_.lower(), ())


def _meeting_in_sentence(tok: Token, lex: Lexicon) -> bool:
    return any(t.pos_ == "VERB" and "meeting" in lex.verbs.get(t.lemma_.lower(), ()) for t in span_tokens(sent_of(tok)))


def call_verb_sense(tok: Token, lex: Lexicon) -> bool | None:
    lemma = _lemma(tok)
    if lemma in {"phone", "telephone"}:
        return False
    if lemma in {"call", "ring"}:
        return _calls_someone(tok, lemma, lex)
    if lemma in {"speak", "talk"}:
        return True if _in_phone_context(tok, lex) and (_kids(tok, "prep") or _kids(tok, "nsubj")) else None
    return None


def _calls_someone(tok: Token, lemma: str, lex: Lexicon) -> bool | None:
    """ "Macron called Putin on Tuesday", "she rang him (to congratulate him)": one object, a person or an
    organisation, nothing said about it; not "called for talks", "called him a liar", "called off the strike"."""
    if (
        [p for p in _kids(tok, "prt") if p.lower_ != "back"]
        or [c for c in _kids(tok, "xcomp", "ccomp", "attr", "acomp") if c.lemma_ not in lex.sense("call_purposes")]
        or any(p.lower_ in lex.sense("call_not_next") for p in complement_preps(tok, lex))
    ):
        return None
    objs = _kids(tok, "dobj", "oprd")
    if len(objs) != 1 or any(c.dep_ in {"oprd", "attr", "npadvmod"} for c in objs[0].children):
        if not objs and lemma == "call" and _in_phone_context(tok, lex):
            return True
        if not objs and lemma == "call" and any(is_actor_like(s, lex) for s in _kids(tok, "nsubj")):
            return True if tok.tag_ == "VBG" and _kids(tok, "aux") else None  # "people have been calling"
        return None
    obj = objs[0]
    if obj.pos_ == "PRON":
        return True if obj.lower_ in CALL_OBJECT_PRONOUNS else None
    if obj.ent_type_ in ACTOR_ENTITY_TYPES or obj.pos_ == "PROPN" and obj.text[:1].isupper() and not obj.ent_type_:
        return True
    if obj.lemma_.lower() in lex.sense("actor_nouns") | lex.sense("people_nouns"):
        return True if obj.dep_ == "dobj" else None
    return None


def settle_call_roles(ev: Event, head: Token, lex: Lexicon) -> None:
    """Who called whom. The caller is the agent where the text says who called: "X called / phoned Y", "a call
    from X", "X's call to Y", "X made a call to Y". Talking is mutual ("spoke with", "a conversation"); so are
    "X held a call with Y", "X agreed during a call with Y" (the subject of the verb the call is set with) and
    agents with nobody they called ("X and Y held a call"): participants all."""
    agents = [a for a in ev.arguments if a.role == "agent"]
    if not agents:
        return
    mutual = head.lemma_.lower() in lex.sense("mutual_call_words")
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"dobj", "pobj"} and not mutual:
        gov, hops = (head.head.head if head.dep_ == "pobj" else head.head), 0
        while gov.pos_ not in {"VERB", "AUX"} and gov.head is not gov and hops < 3:
            gov, hops = gov.head, hops + 1  # "take part during a call": the verb the call is set with
        placed = head.dep_ == "dobj" and gov.lemma_.lower() in lex.sense("call_placing_verbs")
        subjects = [t for s in _subject(gov) + _kids(gov, "nsubjpass") for t in s.subtree]
        for a in agents:
            if not placed and any(t.idx <= a.start < t.idx + len(t) for t in subjects):
                a.role = "participant"
        agents = [a for a in agents if a.role == "agent"]
    others = [a for a in ev.arguments if a.role == "participant" and a.entity not in {g.entity for g in agents}]
    if mutual or not others and len(agents) > 1:
        for a in agents:
            a.role = "participant"


def add_channel(ev: Event, head: Token, lex: Lexicon) -> None:
    """The telephone or video link a statement was made over: "said in a telephone interview", "told reporters
    by phone", "spoke over a video link" give the statement the medium telephone / phone / video."""
    phone = lex.sense("phone_words") - {"call"}
    nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else []
    channels = [p for p in _kids(head, "prep") if p.lower_ in {"in", "by", "over", "via", "during"}]
    nouns += [o for p in channels for o in _kids(p, "pobj")]
    for noun in nouns:
        words = [noun] if noun is not head else []
        words += _kids(noun, "compound", "amod", "nmod")
        for w in words:
            if w.lemma_.lower() in phone and not any(a.role == "medium" and a.start == w.idx for a in ev.arguments):
                ev.arguments.append(Argument(role="medium", text=w.text, start=w.idx, end=w.idx + len(w), entity=None))
                return

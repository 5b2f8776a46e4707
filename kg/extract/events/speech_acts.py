"""Which speech act a statement mention is part of (`statement_links`, for coreference): the speech verb a statement
noun is the medium or setting of ("the readout said", "said as she ended her speech"), and the speech act a verb
only elaborates ("..., noting that", "issued a statement saying", "The envoy urged ..., the readout said"). A
participle after a finite speech verb that says something of its own is a second act ("said ..., adding that").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.communication import (
    _kids,
    asked_before_answering,
    is_reporting_lemma,
    names_in_its_own_words,
)
from kg.extract.events.modality import modality_of
from kg.extract.events.speech_objects import speaks_at_an_occasion

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon
    from kg.facts import Event


def statement_links(head: Token, pos: str, ev: Event, lex: Lexicon) -> tuple[int | None, int | None]:
    """(governor, continues) of a statement mention, as token indices: the speech verb a statement noun is the
    medium or setting of ("the readout said", "said as she ended her speech"), and the speech act a verb only
    elaborates ("..., noting that", "issued a statement saying", "The envoy urged ..., the readout said")."""
    if pos == "noun":
        return _setting_of(head, lex), None
    if head.lemma_.lower() == "accord":
        for obj in (o for p in _kids(head, "prep") if p.lower_ == "to" for o in _kids(p, "pobj")):
            if "statement" in lex.nouns.get((obj.lemma_.lower(),), ()):
                return None, obj.i  # "according to a statement by X": the statement, X's, is the act
    elaborated = _elaborated_act(head, lex)
    if elaborated is not None and modality_of(head.doc[elaborated], lex) == ev.modality:
        return None, elaborated  # (not "would not divulge the evidence but said ...": two acts)
    if elaborated is not None:
        return None, None
    reported = _reported_speech_act(head, lex)
    if reported is None:
        return None, None
    for arg in ev.arguments:  # the document that reports it is the medium, the reported speaker the agent
        subjects = _kids(head, "nsubj")
        if arg.role == "agent" and any(c.idx <= arg.start < c.idx + len(c) + 1 for c in subjects):
            arg.role = "medium"
    return None, reported.i


def _setting_of(noun: Token, lex: Lexicon) -> int | None:
    gov = noun.head
    if noun.dep_ == "nsubj" and gov.dep_ in {"ccomp", "conj"} and is_reporting_lemma(gov.head.lemma_.lower(), lex):
        if not _kids(gov.head, "nsubj"):
            return gov.head.i  # `"...," said a communique, read at a rally`: the parser gave it to "read"
    if noun.dep_ == "nsubj" and is_reporting_lemma(gov.lemma_.lower(), lex):
        return gov.i  # "the readout said": the document is the medium of the speech act
    verb = gov.head if noun.dep_ == "pobj" else gov
    if noun.dep_ in {"dobj", "pobj"} and verb.pos_ == "VERB" and verb.dep_ == "advcl":
        if is_reporting_lemma(verb.head.lemma_.lower(), lex):
            return verb.head.i  # "said as she ended her speech": the speech is where she said it
    return None


def _elaborated_act(verb: Token, lex: Lexicon) -> int | None:
    """A participle or infinitive with no subject of its own elaborates the speech act it hangs on ("wrote to
    her, asking ... and adding"); a finite conjunct is a speech act of its own ("condemned ... and vowed")."""
    if _kids(verb, "nsubj", "nsubjpass") or verb.dep_ not in {"advcl", "conj", "xcomp", "acl"}:
        return None
    if speaks_at_an_occasion(verb, lex):
        return None  # "Speaking at the summit, she said ...": an act of its own beside what she said
    if asked_before_answering(verb, verb.lemma_.lower()):
        return None  # "Asked whether ..., she said ...": the question and the answer
    if verb.tag_ == "VBG" and verb.lemma_.lower() in lex.sense("grounds_giving_participles"):
        return None  # "X, citing intelligence reports, warned": the grounds cited are a statement of their own
    if verb.dep_ == "conj" and verb.tag_ != "VBG":
        return None
    gov, hops = verb.head, 0
    while verb.dep_ == "conj" and not is_reporting_lemma(gov.lemma_.lower(), lex) and gov.dep_ in {"ccomp", "conj"}:
        gov, hops = gov.head, hops + 1  # "demanding that he be returned and saying": the parser hangs it on the clause
        if hops == 3:
            break
    if gov.pos_ in {"NOUN", "PROPN"}:
        return gov.i  # "issued a statement saying"
    if gov.lemma_.lower() in lex.sense("light_verbs") | set(lex.senses["message_nouns_issuing_verbs"]["verbs"]):
        for obj in _kids(gov, "dobj"):
            return obj.i  # "gave a cautious reply, warning ...": the reply it elaborates
    if _second_act(verb, gov, lex):
        return None  # "said on Sunday, adding that ...", "denied any role, saying ...": a second speech act
    return gov.i


def _second_act(verb: Token, gov: Token, lex: Lexicon) -> bool:
    """A participle after the finite speech verb it hangs on tells a speech act of its own ("said on Sunday,
    adding that ...", "denied any role, saying ..."); not one before it ("Saying ..., the government urged"), nor
    one coordinated with another participle ("warning ... and predicting": one elaboration), nor one after a verb
    that says nothing of its own but through it ("wrote to the minister, demanding ...", "had written a letter,
    saying ...": the letter's content)."""
    if not (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "conj"}
        and verb.i > gov.i
        and gov.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
        and is_reporting_lemma(gov.lemma_.lower(), lex)
    ):
        return False
    if names_in_its_own_words(verb, lex):
        return True  # "denied carrying out the raid, calling the charge a lie"
    before = [c for c in gov.children if c.i < verb.i and c.dep_ not in {"nsubj", "aux", "auxpass", "neg", "punct"}]
    if _writes_through_a_message(gov, before, lex):
        return False  # "wrote to the minister, demanding ...", "had written a letter, saying ...": the letter's content
    return bool(before) or _conceding_verb(gov, lex)


def _writes_through_a_message(gov: Token, before: list[Token], lex: Lexicon) -> bool:
    """A verb that sends a message (`message_writing_verbs`: write, post, tweet, send ...) whose message or addressee
    comes before the participle: what the participle says is the message's content, one speech act. A verb that
    answers a message ("rejected the demand, saying", "dismissed the claims, telling") says something of its own."""
    if gov.lemma_.lower() not in lex.sense("message_writing_verbs"):
        return False
    return any(
        c.dep_ == "dobj" and "statement" in lex.nouns.get((c.lemma_.lower(),), ())
        or c.dep_ == "prep" and c.lower_ == "to"
        for c in before
    ) or not before


def _conceding_verb(gov: Token, lex: Lexicon) -> bool:
    """A speech verb that is a statement with its speaker alone ("conceded", "responded", "apologised"): "X conceded,
    saying ..." is two acts as "X conceded defeat, saying ..." is."""
    return gov.lemma_.lower() in lex.senses["statement_verb_senses"]["subject"]


def _reported_speech_act(verb: Token, lex: Lexicon) -> Token | None:
    """ "The envoy urged both sides ..., the readout said": a document that says what someone said reports one
    speech act, the reported one; returns the reported speech verb when the sayer is a document."""
    subj = _kids(verb, "nsubj")
    if not subj or not any(s.lemma_.lower() in lex.sense("statement_documents") for s in subj):
        return None
    for c in verb.children:
        if (
            c.dep_ in {"ccomp", "parataxis"}
            and c.i < verb.i
            and "statement" in lex.verbs.get(c.lemma_.lower(), ())
            and any(g.dep_ == "nsubj" for g in c.children)
        ):
            return c
    return None


# "MOSCOW (AP) — ", "KYIV, Ukraine (AP) - ", "WASHINGTON, July 4 (Reuters) - ", "NAIROBI, Kenya _ ": a wire
# dateline opens the first sentence of a story; it is where and who filed it, not what was said

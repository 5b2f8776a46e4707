"""Speakers across sentences: a statement whose speaker the sentence does not name continues one named before.

`continue_speakers(doc, events, lookup)` runs over an article's statements in text order (before mentions are
folded): "he added", "the official said" continue the speaker of the statement just before when it is the
same kind of speaker; "the statement said" is spoken by whoever issued the statement ("X said in a
statement ..."), and a document no one is said to have issued ("said a message") by the organisation or country
that spoke just before. The continued statement gets the earlier speaker's entities (and their organisations) as
its agents and participants, at the words that refer to them. `joint_documents`: "a joint statement said",
issued by no one the sentence names, is spoken by the parties of the meeting, call or agreement told in its
sentence or the one before. `participle_speakers`: "The minister, speaking to reporters, said ...": a speech
participle that modifies its speaker has the speaker of the statement that noun makes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.arguments import EntityLookup, head_token, is_person_noun
from kg.extract.events.lexicon import lexicon
from kg.facts import Argument, Event
from kg.nlp import char_span_root, sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# documents a statement can be made in and later speak for its issuer ("the letter said")
DOCUMENT_NOUNS = {"letter", "message", "note", "telegram", "opinion", "ruling", "decision"}
DOCUMENT_WINDOW = 4  # sentences
JOINT_PARTY_TYPES = {"meeting", "agreement", "call", "negotiation"}
ISSUER_WINDOW = 3  # sentences from the body that spoke to the document it issued (a quotation may span several)


def continue_speakers(doc: Doc, events: list[Event], lookup: EntityLookup) -> None:
    """A statement whose speaker is "he", "she", "they" or a role noun the article has not named ("the official
    added") continues the speaker of the statement just before (in its sentence or the two before), when that
    one was the same kind of speaker: "an official of the Agency said ... The official said ... He added"."""
    sent_at = {s.start_char: k for k, s in enumerate(sentences(doc))}
    documents = lexicon().sense("statement_documents") | DOCUMENT_NOUNS
    last: tuple[int, Event, Token] | None = None
    issued: dict[str, tuple[int, Event]] = {}  # "said in a statement": the document noun -> who issued it
    for ev in sorted((e for e in events if e.type == "statement"), key=lambda e: e.trigger.start):
        k = sent_at.get(ev.sentence[0], -1)
        agents = [a for a in ev.arguments if a.role == "agent"]
        if not agents:
            agents = _pronoun_subject(doc, ev)  # "He added": a pronoun no entity resolved is no argument yet
        if not agents:  # "the statement said" read as the medium: the document speaks
            agents = [a for a in ev.arguments if a.role == "medium" and a.entity is None and _is_document(doc, a)]
        heads = [head_token(doc, a) for a in agents]
        chain_head = heads[0] if heads else None
        unnamed = bool(agents) and all(a.entity is None for a in agents) and heads[0] is not None
        document = unnamed and heads[0].lemma_.lower() in documents
        if document and heads[0].lemma_.lower() in issued:
            k0, prev = issued[heads[0].lemma_.lower()]
            if 0 <= k - k0 <= DOCUMENT_WINDOW:  # "X said in a statement ... The statement said": X speaks
                agents[0].role = "medium"
                _take_speaker(ev, prev, agents[0])
        elif (
            document
            and last is not None
            and 0 <= k - last[0] <= ISSUER_WINDOW
            and _issued_unnamed(heads[0])
            and _issuer(last[1], lookup)
        ):
            # "The government urged citizens to rally. 'We cannot stop,' said a message": the body that just
            # spoke issued it (a person's words are no message of theirs in this sense: "the message" read
            # out by an official is the government's)
            agents[0].role = "medium"
            _take_speaker(ev, last[1], agents[0])
        elif unnamed and last is not None:
            k0, prev, prev_head = last
            named = any(a.entity for a in prev.arguments if a.role in {"agent", "participant"})
            if named and 0 <= k - k0 <= 2 and _same_speaker_kind(heads[0], prev_head, lookup):
                chain_head = prev_head  # "an official said ... He added ... the official added": one speaker
                ev.arguments = [a for a in ev.arguments if a is not agents[0]]
                _take_speaker(ev, prev, agents[0])
        if chain_head is not None:
            last = (k, ev, chain_head)
        if any(a.entity for a in ev.arguments if a.role == "agent"):
            for a in ev.arguments:
                head = head_token(doc, a) if a.role == "medium" else None
                if head is not None and head.lemma_.lower() in documents:
                    issued[head.lemma_.lower()] = (k, ev)
            root = char_span_root(doc, ev.trigger.start, ev.trigger.end)
            if root is not None and root.lemma_.lower() in documents:
                issued[root.lemma_.lower()] = (k, ev)


def joint_documents(doc: Doc, events: list[Event], lookup: EntityLookup) -> None:
    """ "Qatar and Bahrain agreed to restore ties, a joint statement said": the parties of the agreement (the
    nearest meeting, call or agreement with two parties named, in the sentence or the one before) speak."""
    sent_at = {s.start_char: k for k, s in enumerate(sentences(doc))}
    joint = [e for e in events if e.type in JOINT_PARTY_TYPES]
    for ev in (e for e in events if e.type == "statement"):
        agents = [a for a in ev.arguments if a.role in {"agent", "medium"}]
        if any(a.entity for a in agents if a.role == "agent") or not agents or not _is_document(doc, agents[0]):
            continue
        head = head_token(doc, agents[0])
        if head is None or not any(c.dep_ == "amod" and c.lower_ == "joint" for c in head.children):
            continue
        k = sent_at.get(ev.sentence[0], -1)
        near = [
            e
            for e in joint
            if 0 <= k - sent_at.get(e.sentence[0], -9) <= 1
            and e.trigger.start < ev.trigger.start
            and len({a.entity for a in e.arguments if a.entity and a.role in {"agent", "participant"}}) >= 2
        ]
        if near:
            agents[0].role = "medium"
            for a in max(near, key=lambda e: e.trigger.start).arguments:
                if (
                    a.role in {"agent", "participant"}
                    and a.entity
                    and not any(b.entity == a.entity for b in ev.arguments)
                ):
                    ev.arguments.append(Argument("agent", agents[0].text, agents[0].start, agents[0].end, a.entity))


def _is_document(doc: Doc, arg: Argument) -> bool:
    head = head_token(doc, arg)
    documents = lexicon().sense("statement_documents") | DOCUMENT_NOUNS
    return head is not None and head.lemma_.lower() in documents


def _issued_unnamed(tok: Token) -> bool:
    """ "a message", "the statement": one document, of no source the phrase names ("media reports", "a newspaper
    report" have their own)."""
    return tok.tag_ == "NN" and not any(c.dep_ in {"compound", "amod", "poss", "nmod"} for c in tok.children)


def _issuer(ev: Event, lookup: EntityLookup) -> bool:
    """Whether the speaker of `ev` is a body that issues documents: an organisation or a country."""
    speakers = [a.entity for a in ev.arguments if a.role == "agent" and a.entity]
    return bool(speakers) and all(lookup.type_of(e) == "organization" or lookup.is_country(e) for e in speakers)


def participle_speakers(doc: Doc, events: list[Event]) -> None:
    """ "The minister, speaking to reporters in Rome, said ...": a statement told by a participle of its speaker's
    noun, with no speaker of its own, is spoken by the agents of the statement whose subject that noun is."""
    statements = [e for e in events if e.type == "statement"]
    for ev in statements:
        verb = char_span_root(doc, ev.trigger.start, ev.trigger.end)
        if verb is None or verb.dep_ != "acl" or any(a.role == "agent" for a in ev.arguments):
            continue
        noun = verb.head
        for other in statements:
            agents = [a for a in other.arguments if a.role == "agent" and a.start <= noun.idx < a.end]
            if other is not ev and agents:
                ev.arguments.extend(
                    Argument(role="agent", text=a.text, start=a.start, end=a.end, entity=a.entity) for a in agents
                )
                break


def _take_speaker(ev: Event, source: Event, at: Argument) -> None:
    """`ev` is spoken by the speaker of `source` (its agents and participants), at the words of `at`."""
    for a in source.arguments:
        if a.role in {"agent", "participant"} and a.entity is not None:
            if not any(b.entity == a.entity for b in ev.arguments):
                ev.arguments.append(Argument(role=a.role, text=at.text, start=at.start, end=at.end, entity=a.entity))


def _pronoun_subject(doc: Doc, ev: Event) -> list[Argument]:
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    subj = [c for c in span.root.children if c.dep_ == "nsubj" and c.pos_ == "PRON"]
    return [Argument(role="agent", text=t.text, start=t.idx, end=t.idx + len(t)) for t in subj[:1]]


def _same_speaker_kind(tok: Token, previous: Token, lookup: EntityLookup) -> bool:
    """Whether the unnamed speaker `tok` can be the speaker `previous`: "he"/"she" a person (named, or a role
    noun in the singular), "they" a plural or an organisation; "the official" the same role noun."""
    pronoun = tok.lower_
    person = lookup.type_of(lookup.entity_at(previous.i)) == "person" or (
        is_person_noun(previous) and previous.tag_ in {"NN", "NNP"}
    )
    if tok.pos_ == "PRON":
        if pronoun in {"he", "she"}:
            return person
        if pronoun == "they":
            return previous.tag_ in {"NNS", "NNPS"} or lookup.type_of(lookup.entity_at(previous.i)) == "organization"
        return False
    return is_person_noun(tok) and tok.lemma_.lower() == previous.lemma_.lower()

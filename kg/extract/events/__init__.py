"""Events: triggers from lexicons, arguments from the parse, casualties, modality, coreference.

`find_events(doc, article, entities, entity_index)` returns the article's events in text order with
ids "ev1", "ev2", ... Dates are attached later (kg.extract.dating). One module per event family:
`conflict` (attack, death, injury: word sense, casualty counts), `communication` (statement, call,
press conference: word sense, content, medium), `civic` (election, ruling, arrest, protest, sanction,
visit: word sense, offices, courts, outcomes), `business` (acquisition: word sense, buyer and company; the
money an event names, `money`); shared machinery in `triggers`, `arguments`,
`speakers` (speakers across sentences), `framing`, `modality`,
`coref`. Trigger words, argument frames and sense lists are data: `kg/extract/data/event_lexicon.json`;
CAMEO/PLOVER codes: `kg/extract/data/event_types.json`.

Confidence: evidence strength, not a probability calibrated on data. A verb trigger with a resolved
actor scores highest (0.85–0.95), a bare noun lowest (0.45); a sense kept by a context rule ("fire"
with "opened") costs 0.1, a Title Case headline 0.1; each coreferent mention adds 0.05.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.entities import is_title_case_line
from kg.extract.events import business, civic, communication, conflict
from kg.extract.events.arguments import EntityLookup, find_arguments
from kg.extract.events.coref import Candidate, fold, merge_coreferent
from kg.extract.events.genericity import is_generic_mention
from kg.extract.events.lexicon import event_types, lexicon
from kg.extract.events.modality import modality_of
from kg.extract.events.speakers import continue_speakers
from kg.extract.events.triggers import Trigger, find_triggers, register_family
from kg.facts import Article, Casualties, Entity, Event, Mention
from kg.nlp import doc_text, sentence_index, sentences, span_text, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["event_types", "find_events"]

register_family(civic.TYPES, civic.sense, civic.verb_rule)
register_family(business.TYPES, business.sense)

ACTOR_ROLES = {"agent", "participant"}
DISTINCT_MARKERS = {"separate", "another", "second", "new", "other", "earlier", "previous", "different"}


def find_events(
    doc: Doc, article: Article, entities: list[Entity], entity_index: dict[int, str], *, corefer: bool = True
) -> list[Event]:
    """The article's events with their arguments (dates are attached later).

    With `corefer=False` every trigger mention stays its own event (mention-level output, as WikiEvents
    and ACE annotate); by default coreferent mentions are folded into one event (`Event.mentions`).
    """
    lex = lexicon()
    lookup = EntityLookup(entities, entity_index, doc_text(doc))
    sents = sentences(doc)
    sent_index = sentence_index(doc)
    headlines = {k for k, s in enumerate(sents) if is_title_case_line(s)}
    title_line = _title_sentence(sents, article)
    cands: list[Candidate] = []
    skipped = non_content_spans(lookup.text, lex.sense("non_content_sections"))
    triggers = find_triggers(doc)
    heads = {t.head for t in triggers}
    seen_types: set[str] = set()
    toks = tokens(doc)
    for trig in triggers:
        head = toks[trig.head]
        if any(start <= head.idx < end for start, end in skipped) or _names_another_mention(head, heads, lex):
            continue
        if corefer and is_generic_mention(head, trig.type, lex):
            continue  # "attacks on shipping have become common": no event (mention-level output keeps it)
        known = trig.type in seen_types
        seen_types.add(trig.type)
        if known and trig.pos == "noun" and _classifies_referent(head, lex):
            continue
        cand = _candidate(doc, trig, lookup, lex, sents, sent_index, headlines)
        cand.headline = cand.headline or cand.sent_index == title_line
        if trig.pos == "noun" and _lemma(head) in lex.sense("process_nouns") and _generic_process(head, cand.event):
            continue
        cands.append(cand)
    continue_speakers(doc, [c.event for c in cands], lookup)
    countries = frozenset(e.id for e in entities if lookup.is_country(e.id))
    survivors = merge_coreferent(cands, countries) if corefer else cands
    events = [fold(c) for c in survivors]
    _link_tolls(events, survivors, doc)
    events.sort(key=lambda e: e.trigger.start)
    renamed = {}
    for k, ev in enumerate(events, 1):
        renamed[ev.id] = f"ev{k}"
        ev.id = f"ev{k}"
    for ev in events:
        if ev.caused_by:
            ev.caused_by = renamed.get(ev.caused_by, ev.caused_by)
    return events


_WIKI_HEADER = re.compile(r"(?m)(?:^|(?<=\s))(={2,6})[ \t]*([^=\n]{1,80}?)[ \t]*\1(?=\s|$)")


def non_content_spans(text: str, sections: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans that report no events: wiki-style section headers ("== Attack ==") and the
    bodies of list sections ("== See also ==", "== References ==") up to the next header."""
    spans: list[tuple[int, int]] = []
    headers = list(_WIKI_HEADER.finditer(text))
    for k, m in enumerate(headers):
        spans.append((m.start(), m.end()))
        if m.group(2).strip().lower() in sections:
            spans.append((m.end(), headers[k + 1].start() if k + 1 < len(headers) else len(text)))
    return spans


def _title_sentence(sents, article: Article) -> int | None:
    """The sentence that is the article's headline, whatever its casing: its first line, when that line is
    a sentence of its own ended by a line break and is the title (or reads as one: short, no full stop)."""
    first = next((k for k, s in enumerate(sents) if span_text(s).strip()), None)
    if first is None:
        return None
    sent = sents[first]
    line = sent.text.strip()
    after = sent.text[len(sent.text.rstrip()) :].lstrip(" \t") + (article.text or "")[sent.end_char : sent.end_char + 2]
    if not line or not after.startswith("\n") or "\n" in line:
        return None  # a wire text run together on one line has no headline sentence
    title = (article.title or "").strip()
    if line == title or line[-1] not in '.?!"”' and len(sent) <= 25:
        return first
    return None


def _generic_process(head, ev: Event) -> bool:
    """ "committed to peace talks", "continued negotiations are the only way": a process named in general,
    not an event. Talks are an event when specific: with participants or a place, a date, or as the subject
    or object of a verb that says they happen ("held talks", "the talks resumed")."""
    clauses = [t.i for c in head.children if c.dep_ in {"acl", "relcl"} for t in c.subtree]
    if ev.arguments or any(t.ent_type_ in {"DATE", "TIME"} and t.i not in clauses for t in head.subtree):
        return False  # its own date ("talks on Monday"), not a clause's ("aimed at ending a two-year war")
    if not any(c.dep_ in {"det", "poss"} for c in head.children):
        return True  # "peace negotiations remain deadlocked": talks in general, whatever the verb
    gov = head.head
    if head.dep_ in {"nsubj", "nsubjpass", "dobj"} and gov.pos_ == "VERB":
        return False
    return True


def _names_another_mention(tok, heads: set[int], lex) -> bool:
    """ "called the explosion an attack", "in what Macron called an attack": the predicate noun renames the
    event its verb's object mentions (or the event the free relative "what" stands for)."""
    gov = tok.head
    return (
        tok.dep_ == "oprd"
        and gov.lemma_.lower() in lex.sense("naming_verbs")
        and any(c.dep_ == "dobj" and (c.i in heads or c.tag_ in {"WP", "WDT"}) for c in gov.children)
    )


def _classifies_referent(tok, lex) -> bool:
    """ "It was the first reported death of a general since 2017", "This was a terrorist attack": the predicate
    noun of a pronoun subject says what an event already reported was; it is not a new mention (called only
    when an event of the type came before, for the pronoun to refer to). "There was an explosion" introduces one."""
    gov = tok.head
    return (
        tok.dep_ == "attr"
        and gov.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in lex.sense("classifying_pronouns") for c in gov.children)
    )


def _candidate(doc: Doc, trig: Trigger, lookup: EntityLookup, lex, sents, sent_index, headlines) -> Candidate:
    head = tokens(doc)[trig.head]
    span = doc[trig.start : trig.end]
    k = sent_index[trig.head]
    sent = sents[k]
    ev = Event(
        id=f"t{trig.head}",
        type=trig.type,
        trigger=Mention(span.start_char, span.end_char, span_text(span)),
        sentence=(sent.start_char, sent.end_char),
    )
    ev.arguments = find_arguments(doc, trig, lookup, lex)
    ev.modality = modality_of(head, lex)
    if trig.type == "statement":
        ev.content, _, _ = communication.content_of(head, trig.pos, sent)
    if trig.type in {"death", "injury"}:
        value, qualifier = conflict.victim_count(doc, ev, head, trig.pos)
        if value is not None:
            ev.casualties = Casualties(
                killed=value if trig.type == "death" else None,
                injured=value if trig.type == "injury" else None,
                qualifier=qualifier,
            )
    if trig.type in civic.TYPES | business.TYPES:  # elections, rulings, ..., acquisitions: their own arguments
        (civic if trig.type in civic.TYPES else business).complete(doc, trig, head, ev, lookup, lex)
    if trig.type in business.amount_types():
        ev.amount = business.amount_of(doc, head, trig.pos, trig.type, lex)
    ev.confidence = _confidence(trig, ev, k in headlines)
    det = [c for c in head.children if c.dep_ in {"det", "poss"}]
    definite = bool(det) and det[0].lower_ in lex.sense("definite_anaphors")
    cand = Candidate(ev, trig.head, trig.pos, k, definite, headline=k in headlines)
    # "talks", "negotiations": a plural that names one event; "chanting protesters": a crowd, one protest
    cand.plural = (
        trig.pos == "noun"
        and head.tag_ in {"NNS", "NNPS"}
        and _lemma(head) not in lex.sense("process_nouns")
        and not civic.names_a_crowd(head, lex)
    )
    cand.kind = _attack_kind(head, lex) if trig.type == "attack" else None
    cand.distinct = any(c.lower_ in DISTINCT_MARKERS for c in head.children if c.dep_ in {"amod", "det"})
    if trig.type == "attack" and trig.pos == "verb":
        cand.distinct = cand.distinct or any(
            t.lower_ in DISTINCT_MARKERS for t in head.subtree if t.dep_ in {"amod", "det"}
        )
        cand.dated = any(t.ent_type_ == "DATE" for t in head.subtree)
    if trig.pos == "noun" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        cand.governor = _governing_verb(head)
    if trig.type == "statement":
        governor, cand.continues = communication.statement_links(head, trig.pos, ev, lex)
        cand.governor = governor if governor is not None else cand.governor
        cand.definite = trig.pos == "noun" and communication.refers_back(head, lex)
        ev.modality = communication.statement_modality(head, ev.modality, lex)
        communication.add_channel(ev, head, lex)
    if trig.type == "call":
        communication.settle_call_roles(ev, head, lex)
    if trig.type == "attack" and trig.pos == "noun":
        cand.talked_about = _object_of_statement(head, lex)
    return cand


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _object_of_statement(noun, lex) -> bool:
    """ "condemned the attack", "denied the strike", "claimed responsibility for the bombing": the attack a
    statement is about."""
    tok, hops = noun, 0
    while tok.dep_ in {"dobj", "pobj", "prep"} and hops < 3:
        tok, hops = tok.head, hops + 1
        if tok.pos_ == "VERB":
            lemma = _lemma(tok)
            return communication.is_reporting_lemma(lemma, lex) or lemma in lex.sense("reaction_verbs")
    return False


def _governing_verb(noun) -> int | None:
    """The verb a prepositional noun sets the scene for: "said in a statement", and through the object
    the parser hung it on, "condemned the attack in a post on X" (the post is where she condemned it)."""
    tok, hops = noun.head.head, 0
    while tok.pos_ != "VERB" and tok.dep_ in {"dobj", "pobj", "prep"} and tok.head is not tok and hops < 3:
        tok, hops = tok.head, hops + 1
    return tok.i if tok.pos_ == "VERB" else None


def _attack_kind(head, lex) -> str | None:
    lemma = head.lemma_.lower()
    words = {lemma, head.lower_} | {c.lemma_.lower() for c in head.children if c.dep_ in {"compound", "amod"}}
    for kind, members in lex.senses.get("attack_kinds", {}).items():
        if words & set(members):
            return kind
    return None


def _confidence(trig: Trigger, ev: Event, in_headline: bool) -> float:
    actor_roles = {"agent", "participant", "victim"} if trig.type in {"death", "injury"} else ACTOR_ROLES
    has_actor = any(a.entity and a.role in actor_roles for a in ev.arguments)
    has_any = bool(ev.arguments)
    if trig.pos == "verb":
        score = 0.6 + (0.25 if has_actor else 0.0) + (0.1 if has_any else 0.0)
    elif trig.pos == "adj":
        score = 0.55 + (0.1 if has_any else 0.0)
    else:
        score = 0.45 + (0.2 if has_actor else 0.0) + (0.1 if has_any else 0.0)
    if trig.ambiguous:
        score -= 0.1
    if in_headline:
        score -= 0.1
    return max(0.1, min(0.95, score))


def _link_tolls(events: list[Event], survivors: list[Candidate], doc: Doc) -> None:
    """Deaths and injuries in an attack's sentence (or the next) are its toll: caused_by and casualties."""
    attacks = [(c.sent_index, c.event) for c in survivors if c.event.type == "attack"]
    for extra in (m for c in survivors if c.event.type == "attack" for m in c.extra):
        attacks.append((extra.sent_index, extra.merged_into.event if extra.merged_into else extra.event))
    # a toll is read where its event's trigger is (the body, not the headline that announced it)
    sent_at = {s.start_char: k for k, s in enumerate(sentences(doc))}
    for c in sorted(survivors, key=lambda c: c.event.trigger.start):
        ev = c.event
        if ev.type not in {"death", "injury"} or ev.modality != "asserted":
            continue
        k = sent_at.get(ev.sentence[0], c.sent_index)
        same = [a for j, a in attacks if j == k and a.modality == "asserted"]
        before = [a for j, a in attacks if j == k - 1 and a.modality == "asserted"]
        pool = same or before
        if not pool:
            continue
        attack = min(pool, key=lambda a: abs(a.trigger.start - ev.trigger.start))
        ev.caused_by = attack.id
        if ev.casualties:
            cas = attack.casualties or Casualties()
            if ev.type == "death" and cas.killed is None:
                cas.killed = ev.casualties.killed
                cas.qualifier = cas.qualifier or ev.casualties.qualifier
            elif ev.type == "injury" and cas.injured is None:
                cas.injured = ev.casualties.injured
                cas.qualifier = cas.qualifier or ev.casualties.qualifier
            attack.casualties = cas
        for arg in ev.arguments:
            if arg.role in {"place"} and not any(a.role == "place" for a in attack.arguments):
                attack.arguments.append(arg)

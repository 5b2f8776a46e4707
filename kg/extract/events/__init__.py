"""Events: triggers from lexicons, arguments from the parse, casualties, modality, coreference.

`find_events(doc, article, entities, entity_index)` returns the article's events in text order with
ids "ev1", "ev2", ... Dates are attached later (kg.extract.dating). One module per event family:
`conflict` (attack, death, injury: word sense, killings), `casualties` (how many died or were hurt), `tolls`
(the attack a killing is, the attack each death and injury is the toll of), `communication` (statement, call,
press conference: word sense, content, medium), `civic` (election, ruling, arrest, protest, sanction,
visit: word sense, offices, courts, outcomes), `business` (acquisition: word sense, buyer and company; the
money an event names, `money`); shared machinery in `triggers`, `arguments` (and `attribution`, its parse
repairs), `speakers` (speakers across sentences), `framing`, `modality`, `coref`. Trigger words, argument frames
and sense lists are data: `kg/extract/data/event_lexicon.json`; CAMEO/PLOVER codes: `kg/extract/data/event_types.json`.

Confidence: evidence strength, not a probability calibrated on data. A verb trigger with a resolved
actor scores highest (0.85–0.95), a bare noun lowest (0.45); a sense kept by a context rule ("fire"
with "opened") costs 0.1, a Title Case headline 0.1; each coreferent mention adds 0.05.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.entities import is_title_case_line
from kg.extract.events import (
    aggregates,
    business,
    call_senses,
    casualties,
    ceasefires,
    civic,
    civic_context,
    civic_roles,
    communication,
    conflict,
    short_wars,
    speech_acts,
    speech_content,
)
from kg.extract.events.acts import verb_read_as_noun
from kg.extract.events.arguments import EntityLookup, find_arguments, implied_arguments
from kg.extract.events.attack_participles import fold_attack_participles, superlative_restatement
from kg.extract.events.calls import calls_over_the_phone
from kg.extract.events.campaigns import fold_election_nouns, fold_vote_results
from kg.extract.events.candidates import CONTACT, Candidate, hits_the_attackers
from kg.extract.events.coref import fold, merge_coreferent
from kg.extract.events.genericity import is_generic_mention
from kg.extract.events.headline_mentions import fold_headline_words
from kg.extract.events.judgments import restates_the_court
from kg.extract.events.lexicon import event_types, lexicon
from kg.extract.events.modality import ASSERTED, modality_of
from kg.extract.events.national import national_arguments
from kg.extract.events.own_tolls import mark_own_tolls, marker_of_another_clause
from kg.extract.events.purpose_clauses import fold_purpose_clauses
from kg.extract.events.sides import is_state, national_sides
from kg.extract.events.speakers import continue_speakers, joint_documents, participle_speakers
from kg.extract.events.talks import held_within, hosts_and_brokers, parties_of_the_clause
from kg.extract.events.targets import targets_hit
from kg.extract.events.tolls import implied_events, link_tolls
from kg.extract.events.triggers import Trigger, find_triggers, register_family
from kg.extract.names import word_list
from kg.facts import Argument, Article, Casualties, Entity, Event, Mention, Timex
from kg.nlp import char_span_root, doc_text, sentence_index, sentences, span_text, token_span_chars, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["event_types", "find_events"]

register_family(civic.TYPES, civic.sense, civic.verb_rule)
register_family(business.TYPES, business.sense)

ACTOR_ROLES = {"agent", "participant"}
_FAMILY_ROLE_TYPES = civic.TYPES | business.TYPES  # the types whose family module completes their arguments
# "another attack", "a separate deal", "the next meeting"; "such attacks", "similar bombings" name a kind of event,
# not this one
DISTINCT_MARKERS = {
    "separate",
    "another",
    "second",
    "new",
    "other",
    "earlier",
    "previous",
    "next",
    "different",
    "such",
    "similar",
}
# "more attacks were expected", "further talks": events besides those told (on the event noun only: "fired more
# than 100 missiles" is one strike)
ADDITIONAL_MARKERS = {"more", "further"}


def find_events(
    doc: Doc,
    article: Article,
    entities: list[Entity],
    entity_index: dict[int, str],
    *,
    corefer: bool = True,
    timexes: list[Timex] | None = None,
) -> list[Event]:
    """The article's events with their arguments (dates are attached later).

    With `corefer=False` every trigger mention stays its own event (mention-level output, as WikiEvents
    and ACE annotate); by default coreferent mentions are folded into one event (`Event.mentions`).
    `timexes`, the article's temporal expressions, tell two attacks on different days apart.
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
        if corefer and trig.type in {"death", "injury"} and aggregates.is_aggregate_toll(head, lex):
            continue  # "the war has killed 255 people": a war's or a disaster's count, no death event of its own
        known = trig.type in seen_types
        seen_types.add(trig.type)
        if known and trig.pos == "noun" and _classifies_referent(head, lex):
            continue
        cand = _candidate(doc, trig, lookup, lex, sents, sent_index, headlines, timexes or [])
        if cand.event.modality == ASSERTED and _lemma(head) in lex.sense("irrealis_only_triggers"):
            continue  # "vowed to retaliate", "offered to mediate": an event; "retaliated with airstrikes" tells another
        cand.headline = cand.headline or cand.sent_index == title_line
        process = trig.pos == "noun" and _lemma(head) in lex.sense("process_nouns")
        if process and _generic_process(head, cand.event, lex, cand.headline):
            continue
        cands.append(cand)
    participle_speakers(doc, [c.event for c in cands])  # "The minister, speaking in Rome, said"
    continue_speakers(doc, [c.event for c in cands], lookup)
    joint_documents(doc, [c.event for c in cands], lookup)  # "a joint statement said": the parties speak
    ceasefires.mark_subjects(cands, toks, lex)
    if corefer:  # a trigger mention is one event of one type at mention level, as ACE and KAIROS annotate
        cands = implied_events(cands, toks, lex)
        mark_own_tolls(cands, toks)  # "killing three" ... "leave nine dead": two tolls, two attacks
        _mark_reference_points(cands, toks, lex)
        _mark_gatherings(cands, toks)
        cands = ceasefires.fold_into_agreements(cands, toks, lex)  # "agreed to a truce": one agreement
        ceasefires.mark_course(cands, toks, lex)  # "the truce held": no new agreement
    # places that hold others: countries, and states ("Alabama" holds "Birmingham")
    countries = frozenset(e.id for e in entities if lookup.is_country(e.id) or is_state(e))
    country_of = {e.id: e.country or "" for e in entities if e.type == "place"}
    if corefer:
        sides = national_sides(entities, countries, doc_text(doc))
        cands, course = ceasefires.split_course(cands, toks)
        survivors = ceasefires.attach_course(course, merge_coreferent(cands, countries, country_of, sides), toks)
        survivors = business.fold_agreements_to_acquire(survivors, cands, toks)  # "agreed to buy": the acquisition's
        survivors = fold_election_nouns(survivors, toks)  # "Sunday's election" in an article of who won it
        survivors = fold_vote_results(survivors, toks)  # "his party won 35% of the vote": the win told before
        survivors = fold_purpose_clauses(survivors, toks)  # "marched ... to protest against": one protest
        survivors = fold_headline_words(survivors, sents, title_line, lex)  # "Judge orders ..." ... "ordered"
        survivors = fold_attack_participles(survivors, toks)  # "stormed the village, torching homes": one attack
    else:
        survivors = cands
    events = [fold(c) for c in survivors]
    for cand, ev in zip(survivors, events, strict=True):  # "31 protesters were detained": by the article's police
        civic_context.after_coreference(toks[cand.head], cand.pos, ev, lookup, lex)
    link_tolls(survivors, doc, lex, countries, country_of)
    events += calls_over_the_phone(doc, events, lex)  # "told the AP by phone": a call as well as a statement
    for ev in events:
        implied_arguments(doc, ev, lookup)
    national_arguments(doc, events, lookup)  # "Iraq's foreign ministry said": Iraq; where an election is held
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
    if "==" not in text:
        return spans  # every header has one: the regular expression would try each character for nothing
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
    text = span_text(sent)  # `Span.text` joins its tokens anew at each call
    line = text.strip()
    after = text[len(text.rstrip()) :].lstrip(" \t") + (article.text or "")[sent.end_char : sent.end_char + 2]
    length = len(sent)
    body = article.text or ""
    if line and not after.startswith("\n") and first + 1 < len(sents) and line[-1] not in '.?!"”:':
        # "Sheinbaum wins Mexico's presidency in | a landslide": the parser cut the headline's line in two
        nl = body.find("\n", sent.start_char)
        rest = sents[first + 1]
        if nl > sent.end_char and rest.end_char >= nl and not body[rest.start_char : nl].count("\n"):
            line, length, after = body[sent.start_char : nl].strip(), length + len(rest), "\n"
    if not line or not after.startswith("\n") or "\n" in line:
        return None  # a wire text run together on one line has no headline sentence
    title = (article.title or "").strip()
    if line == title or line[-1] not in '.?!"”' and length <= 25:
        return first
    return None


def _measured(head, lex) -> bool:
    """ "four days of talks", "nine hours of negotiations", "a second round of talks", "a new round of talks": a
    counted or determined span of the process (a number, an ordinal or a determiner on its singular measure) is
    one stretch of it that took or will take place; "rounds of talks have failed" is talks in general."""
    measure = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return (
        measure is not None
        and measure.lemma_.lower() in lex.sense("process_measures")
        and any(
            c.dep_ == "nummod" or c.ent_type_ == "ORDINAL" or c.dep_ in {"det", "poss"} and measure.tag_ == "NN"
            for c in measure.children
        )  # "a new round of talks", "no further round of talks", "their next session of talks": one stretch
    )


def _generic_process(head, ev: Event, lex, headline: bool = False) -> bool:
    """ "committed to peace talks", "continued negotiations are the only way": a process named in general,
    not an event. Talks are an event when specific: with participants or a place, a date, or as the subject
    or object of a verb that says they happen ("held talks", "the talks resumed"). A headline drops its articles:
    there the subject or object of a verb is specific without one ("Workers strike after pay talks collapse")."""
    clauses = [t.i for c in head.children if c.dep_ in {"acl", "relcl"} for t in c.subtree]
    if ev.arguments or any(t.ent_type_ in {"DATE", "TIME"} and t.i not in clauses for t in head.subtree):
        return False  # its own date ("talks on Monday"), not a clause's ("aimed at ending a two-year war")
    if _measured(head, lex):
        return False  # "after four days of talks", "a third round of talks": these talks, however long
    if not headline and not any(c.dep_ in {"det", "poss"} for c in head.children):
        # "peace negotiations remain deadlocked": talks in general, whatever the verb; but "Talks to revive the
        # deal adjourned on Sunday": the subject of a past verb with a day of its own is these talks
        return not _dated_past_subject(head)
    gov = head.head
    if head.dep_ in {"nsubj", "nsubjpass", "dobj"} and gov.pos_ == "VERB":
        return False
    return not (headline and any(c.ent_type_ == "ORDINAL" for c in head.children))  # "in first talks since"


def _dated_past_subject(head) -> bool:
    verb = head.head
    if head.dep_ != "nsubj" or verb.tag_ != "VBD" or verb.i < head.i:
        return False
    own = {t.i for t in head.subtree}
    return any(t.ent_type_ == "DATE" and t.i not in own for c in verb.children if c.dep_ != "ccomp" for t in c.subtree)


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


def _candidate(
    doc: Doc, trig: Trigger, lookup: EntityLookup, lex, sents, sent_index, headlines, timexes: list[Timex]
) -> Candidate:
    head = tokens(doc)[trig.head]
    start_char, end_char = token_span_chars(doc, trig.start, trig.end)  # no Span made for each trigger
    k = sent_index[trig.head]
    sent = sents[k]
    ev = Event(
        id=f"t{trig.head}",
        type=trig.type,
        trigger=Mention(start_char, end_char, doc_text(doc)[start_char:end_char]),
        sentence=(sent.start_char, sent.end_char),
    )
    ev.arguments = find_arguments(doc, trig, lookup, lex)
    if trig.type in {"attack", "death", "injury"}:
        _owner_is_no_place(doc, ev, lookup)
        _town_of_the_cause(doc, ev, lookup, lex)
        _country_after_town(doc, ev, lookup)
        _place_said_once(head, ev, lookup, lex)
        for arg in ev.arguments:  # "fired the rifle bullet", "fired a rocket": what was fired, not what it hit
            if arg.role == "target" and lookup.type_of(arg.entity) == "other":
                arg.role = "instrument"
    if trig.type == "attack" and trig.pos == "noun":
        _where_an_attack_noun_was(head, ev, lookup, lex)
        targets_hit(doc, head, ev, lookup, lex)
    if trig.pos == "noun":
        parties_of_the_clause(doc, head, ev, lookup, lex)
        for arg in ev.arguments:  # "the embassy bombings": the building named before the noun was hit
            if (
                trig.type in {"attack", "death", "injury"}  # "the ministry's statement": the ministry spoke
                and arg.role == "agent"
                and arg.text.split()[-1].lower() in lex.sense("attacked_facility_nouns")
            ):
                arg.role = "target"
    # "talks hosted by Qatar", "signed a deal brokered by Egypt"
    brokers = hosts_and_brokers(doc, head, ev, lookup, lex)
    ev.modality = modality_of(head, lex)
    if trig.type == "statement":
        ev.content, _, _ = speech_content.content_of(head, trig.pos, sent)
    if trig.type in {"death", "injury"}:
        value, qualifier = casualties.victim_count(doc, ev, head, trig.pos, lex)
        if value is not None or qualifier is not None:
            ev.casualties = Casualties(
                killed=value if trig.type == "death" else None,
                injured=value if trig.type == "injury" else None,
                qualifier=qualifier,
            )
    if trig.type in _FAMILY_ROLE_TYPES:  # elections, rulings, ..., acquisitions: their own arguments
        (civic_roles if trig.type in civic.TYPES else business).complete(doc, trig, head, ev, lookup, lex)
    if trig.type in business.amount_types():
        ev.amount = business.amount_of(doc, head, trig.pos, trig.type, lex)
    ev.confidence = _confidence(trig, ev, k in headlines)
    det = [c for c in head.children if c.dep_ in {"det", "poss"}]
    definite = bool(det) and det[0].lower_ in lex.sense("definite_anaphors")
    if trig.type != "statement":  # "Friday's bombing", "the militants' attack", "Moscow's offer"
        definite = definite or any(c.dep_ == "poss" for c in det)
    cand = Candidate(ev, trig.head, trig.pos, k, definite, headline=k in headlines, lemma=_lemma(head))
    cand.brokers = brokers
    cand.owners = _agent_owners(doc, ev)
    cand.object_of = head.head.i if trig.pos == "noun" and head.dep_ in {"dobj", "nsubjpass"} else None
    subject = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head  # "Thousands of protesters"
    if trig.pos == "noun" and subject.dep_ == "nsubj" and civic.names_a_crowd(head, lex):
        cand.crowd_of = subject.head.i  # "Several hundred protesters gathered in Paris": the crowd of that protest
    elif trig.pos == "noun" and civic.names_a_crowd(head, lex):
        cand.definite = True  # "police fired on protesters": the crowd of the protest the article told, as "the"
    cand.demonstrative = trig.pos == "noun" and bool(det) and det[0].lower_ in {"this", "that"}
    cand.sequenced = trig.pos == "verb" and civic_context.sequenced_clause(head, lex)
    # "talks", "negotiations": a plural that names one event; "chanting protesters": a crowd, one protest
    cand.plural = (
        trig.pos == "noun"
        and head.tag_ in {"NNS", "NNPS"}
        and _lemma(head) not in lex.sense("process_nouns")
        and not civic.names_a_crowd(head, lex)
        # "Macron visits Beirut", "Court orders man held": one visit, one ruling
        and not (trig.type in {"visit", "ruling"} and verb_read_as_noun(head, lex.sense("ruling_courts")))
    )
    cand.kind = conflict.attack_kind(head, lex) if trig.type == "attack" else None
    if trig.type == "attack" and cand.kind != "explosive":  # "two bombers died in the blast": their own attack
        cand.hits_attackers = hits_the_attackers(head, lex.sense("attacker_nouns"))
    if trig.type == "agreement" and trig.pos == "verb":  # "agreed to return ambassadors and to begin talks"
        cand.agreed_to = frozenset(_lemma(v) for x in head.children if x.dep_ == "xcomp" for v in [x, *x.conjuncts])
    cand.distinct = any(
        c.lower_ in DISTINCT_MARKERS or trig.pos == "noun" and c.lower_ in ADDITIONAL_MARKERS
        for c in head.children
        if c.dep_ in {"amod", "det"}
    )
    if trig.pos == "noun" and head.dep_ in {"nsubj", "nsubjpass", "dobj"} and not _definite_subject(head):
        # "bombings also hit two depots"; not "The strike on the village also wounded 31": the one told, told further
        cand.distinct = cand.distinct or any(
            c.dep_ == "advmod" and c.lower_ in lex.sense("additive_adverbs") for c in head.head.children
        )
    cand.distinct = cand.distinct or trig.type == "attack" and short_wars.bounded_war(head, lex)  # its own span
    if trig.type == "agreement" and trig.pos == "verb" and cand.agreed_to:
        # "The leaders also agreed to restore direct flights": one more thing agreed, after the one told
        cand.distinct = cand.distinct or any(
            c.dep_ == "advmod" and c.lower_ in lex.sense("additive_adverbs") for c in head.children
        )
    if trig.type in {"attack", "death"} and trig.pos == "verb":  # a death's values go to the attack it implies
        cand.distinct = (
            cand.distinct
            or any(
                t.lower_ in DISTINCT_MARKERS and not marker_of_another_clause(t, head)
                for t in head.subtree
                if t.dep_ in {"amod", "det"}
            )
            or any(c.lower_ in lex.sense("sequel_adverbs") for c in head.children if c.dep_ == "advmod")
        )  # "struck again", "hours later, the rebels fired a missile": told as a later act, not the same one
        cand.dated = any(t.ent_type_ == "DATE" for t in head.subtree)
        cand.refers_back = _refers_back(head, lex) or any(
            a.role in {"agent", "target", "victim"} and lookup.type_of(a.entity) in {"person", "organization"}
            for a in ev.arguments
        )  # a name is definite: "Novak was shot in the back" tells of the Novak killing
        cand.subject_plural = any(
            c.tag_ in {"NNS", "NNPS"} or any(g.dep_ == "conj" for g in c.children)
            for c in _core_arguments(head, ("nsubj", "nsubjpass"))
        )
    if trig.type == "ruling" and trig.pos == "verb":
        cand.refers_back = restates_the_court(head, lex)  # "the three judges ordered": the court's ruling told
    if trig.type == "attack" and trig.pos == "noun" and head.dep_ == "dobj" and _support_verb(head.head, lex):
        cand.refers_back = _refers_back(head.head, lex)  # "the two armies' troops exchanged fire": told before
    lethal: bool | None = None  # "attempted murder", "non-fatal attacks" killed no one
    if trig.type == "attack" and trig.pos == "noun" and conflict.nonfatal(head, lex):
        ev.casualties = Casualties(killed=0)
        lethal = False
    elif trig.type == "attack" and conflict.attempted_killing(head, lex):
        ev.casualties = Casualties(killed=0)  # "charged with attempted murder": the target lived
        lethal = False
    cand.lethal = lethal
    if trig.type in {"attack", "death", "injury"}:
        cand.days = frozenset() if superlative_restatement(head) else _days_in(head, timexes, lex)
        cand.aggregate = casualties.aggregate_period(head, lex)
    elif trig.type in {"meeting", "call", "ruling"} and trig.pos == "verb":
        cand.days = _days_in(head, timexes, lex)  # "met in September" is no restatement of Monday's talks
        earlier = word_list("earlier_occasion_adverbs.txt")
        cand.distinct = cand.distinct or any(c.dep_ == "advmod" and c.lower_ in earlier for c in head.children)
    if trig.pos == "noun" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        cand.governor = _governing_verb(head)
    if trig.type == "statement":
        cand.own_content = trig.pos == "noun" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "NOUN" for g in c.children) for c in head.children
        )
        governor, cand.continues = speech_acts.statement_links(head, trig.pos, ev, lex)
        cand.governor = governor if governor is not None else cand.governor
        cand.definite = trig.pos == "noun" and communication.refers_back(head, lex)
        ev.modality = communication.statement_modality(head, ev.modality, lex)
        call_senses.add_channel(ev, head, lex)
    if trig.type == "call":
        call_senses.settle_call_roles(ev, head, lex)
    if trig.type == "attack" and trig.pos == "noun":
        cand.talked_about = _object_of_statement(head, lex)
    return cand


def _definite_subject(noun) -> bool:
    """A subject with a definite article or a possessor ("the strike", "Friday's bombing"): the event already told."""
    definite = {"the", "this", "that", "these", "those"}
    return noun.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in noun.children
    )


def _agent_owners(doc, ev: Event) -> dict[str, str]:
    """The names that own an event's agents: "Boris Johnson's Conservatives won" -> the Conservatives' entity id:
    "Boris Johnson" (a headline's "Johnson wins" names them by their leader)."""
    owners = {}
    for arg in ev.arguments:
        if arg.role != "agent" or not arg.entity:
            continue
        if arg.end > arg.start:  # the root found once per stretch (`char_span_root`), as the argument rules ask
            root = char_span_root(doc, arg.start, arg.end)
        else:
            span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
            root = span.root if span is not None else None
        for poss in [c for c in root.children if c.dep_ == "poss"] if root is not None else []:
            name = " ".join(t.text for t in poss.subtree if t.dep_ != "case")
            if name.istitle():
                owners[arg.entity] = name
    return owners


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _support_verb(verb, lex) -> bool:
    """ "exchanged fire", "carried out the attack": a verb whose object noun names the event it reports."""
    return _lemma(verb) in lex.sense("fire_verbs") | lex.sense("light_verbs")


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
    the parser hung it on, "condemned the attack in a post on X" (the post is where she condemned it), "wished the
    government luck in a post" (the wish parsed a clause)."""
    tok, hops = noun.head.head, 0
    while tok.pos_ != "VERB" and tok.dep_ in {"dobj", "pobj", "prep", "ccomp"} and tok.head is not tok and hops < 3:
        tok, hops = tok.head, hops + 1
    return tok.i if tok.pos_ == "VERB" else None


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


def _core_arguments(verb, deps: tuple[str, ...] = ("nsubj", "nsubjpass", "dobj")) -> list:
    """A verb's subject and object; for a relative or reduced relative clause ("the bomb that exploded", "the
    sites struck overnight"), the noun it modifies."""
    args = [c for c in verb.children if c.dep_ in deps]
    if verb.dep_ in {"relcl", "acl"}:
        args = [a for a in args if a.tag_ not in {"WDT", "WP"}] + [verb.head]
    return args


def _refers_back(verb, lex) -> bool:
    """An attack verb told of something already reported: its subject or object is definite, possessive or a
    pronoun ("the bombs went off", "the sniper fired", "he was shot", "whoever shot")."""
    for arg in _core_arguments(verb):
        if verb.dep_ == "relcl" and arg.tag_ in {"WP", "WDT"} and arg.lower_ != "whoever":
            arg = verb.head  # "three militants who were attacking a post": as definite as its antecedent
        if arg.pos_ == "PRON" or arg.tag_ in {"WP", "PRP"}:
            return True
        if any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lex.sense("definite_anaphors")) for c in arg.children
        ):
            return True
    return False


_DAY_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _days_in(head, timexes: list[Timex], lex) -> frozenset[str]:
    """The calendar values (YYYY, YYYY-MM, YYYY-MM-DD) of the dates inside a trigger's phrase or clause, and for the
    noun a toll is told in, those of the toll's verb ("killed in a bombing in 1995"), and for the noun subject of a
    toll or impact verb, that verb's ("a strike killed 12 on Monday")."""
    spans = [(head.left_edge.idx, head.right_edge.idx + len(head.right_edge))]
    verb = head.head.head if head.dep_ == "pobj" else None
    impact = lex.sense("impact_verbs")
    if head.dep_ == "nsubj" and head.pos_ in {"NOUN", "PROPN"} and head.head.lemma_.lower() in impact:
        verb = head.head  # "an air strike killed 12 militants on Monday": the strike's day is its verb's
    if verb is not None and verb.pos_ == "VERB" and (
        {"death", "injury"} & set(lex.verbs.get(verb.lemma_.lower(), ())) or verb.lemma_.lower() in impact
    ):
        for c in verb.children:
            if c.dep_ in {"prep", "npadvmod"} and c is not head.head:
                spans.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))
    return frozenset(
        tx.value
        for tx in timexes
        if tx.type == "DATE" and any(a <= tx.start < b for a, b in spans) and _DAY_VALUE.fullmatch(tx.value)
    )


def _where_an_attack_noun_was(noun, ev: Event, lookup: EntityLookup, lex) -> None:
    """Where an attack named by a noun happened, which coreference needs to keep the attacks of two places apart:
    a country's name before it ("the Tanzania blast", "the Kenya bombing": where, unlike the demonym of "the
    Russian strike", which says who), the places it hit ("an explosion ripped through the embassy in Dar es
    Salaam", "a second blast hit the embassy in Nairobi"), and those of its toll ("died in the blast in Dar es
    Salaam, Tanzania")."""
    for arg in ev.arguments:
        ent = lookup.by_id.get(arg.entity or "")
        tok = next((c for c in noun.children if c.dep_ == "compound" and c.idx == arg.start), None)
        if arg.role == "agent" and ent is not None and ent.type == "place" and tok is not None and arg.text == ent.name:
            arg.role = "place"
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "by"}:
        verb = noun.head.head  # "died in the blast in Dar-es-Salaam": where the toll is, the blast was
        if verb.pos_ != "VERB" or not {"death", "injury"} & set(lex.verbs.get(verb.lemma_.lower(), ())):
            return
    elif noun.dep_ != "nsubj" or verb.lemma_.lower() not in lex.sense("impact_verbs"):
        return
    for arg in verb.children:
        if (
            arg.dep_ == "dobj"
            and noun.dep_ == "nsubj"
            or (
                arg.dep_ == "prep"
                and arg.lower_ in {"through", "in", "at", "near", "outside"}
                and noun not in arg.subtree
            )
        ):
            for tok in arg.subtree:
                eid = lookup.entity_at(tok.i)
                if eid and lookup.type_of(eid) == "place" and tok.dep_ not in {"compound", "punct"}:
                    _add_place(ev, tok, eid, lookup)  # not the parts of "Dar-es-Salaam" the NER split


def _mark_reference_points(cands: list[Candidate], toks, lex) -> None:
    """An attack named as the time or cause of another ("13 days after the embassy bombings, U.S. forces launched
    strikes", "in retaliation for the raid", "strike Syria over a gas attack") is not the attack its sentence
    reports: the two never corefer."""
    attacks = [c for c in cands if c.event.type == "attack"]
    for c in attacks:
        if c.pos == "noun" and _linked_to_another(toks[c.head], lex):
            c.apart = frozenset(  # "the raid is not linked with the probe into the bombings": two attacks
                o.head for o in attacks if o.sent_index == c.sent_index and _subject_of_link(toks[o.head], lex)
            )
            continue
        if c.pos == "verb" and _in_sequence_clause(toks[c.head], lex):
            mine = {t.i for t in toks[c.head].subtree}  # "a gunman fired ... before he was shot dead by a sniper":
            c.apart = frozenset(  # what came before or after, by another hand, is another attack; not "seconds
                o.head  # before the bomb exploded", a part of the one told
                for o in attacks
                if o.sent_index == c.sent_index and o.head not in mine and _other_hands(c.event, o.event)
            )
            continue
        if c.pos != "noun" or not _reference_point(toks[c.head], lex):
            continue
        mine = {t.i for t in toks[c.head].subtree}
        prep = toks[c.head].head
        cause = prep.head.i if prep.lower_ in lex.sense("cause_preps") else None  # "strike X over an attack"
        c.apart = frozenset(
            o.head
            for o in attacks
            if o.sent_index == c.sent_index
            and o.head not in mine
            and (o.head == cause or c.head not in {t.i for t in toks[o.head].subtree})
        )


def _in_sequence_clause(verb, lex) -> bool:
    """A verb heading a clause of time order ("before he was shot dead", "after troops shelled the town", "until
    police stormed the building"): told before or after the clause it hangs on, so not that clause's event."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lex.sense("sequence_marks") for c in verb.children
    )


def _other_hands(a: Event, b: Event) -> bool:
    """Both attacks say who did it, and no attacker of one is the other's, by entity or by head word."""
    agents_a = [x for x in a.arguments if x.role == "agent"]
    agents_b = [x for x in b.arguments if x.role == "agent"]

    def same(x, y) -> bool:
        return bool(x.entity and x.entity == y.entity) or x.text.lower().split()[-1:] == y.text.lower().split()[-1:]

    return bool(agents_a and agents_b) and not any(same(x, y) for x in agents_a for y in agents_b)


def _mark_gatherings(cands: list[Candidate], toks) -> None:
    """A summit or conference named as where a meeting or call was held ("met at the G20 summit") is a meeting of its
    own, never the same event as the one held within it (`talks.held_within`)."""
    contact = {c.head: c for c in cands if c.event.type in CONTACT}
    for c in cands:
        if c.event.type in CONTACT and c.pos == "noun":
            within = held_within(toks[c.head], set(contact) - {c.head})
            if within is not None:
                c.apart = c.apart | {within}


def _link_above(tok, lex, via: set[str]):
    """The linking predicate ("linked", "connected", "related") `tok` depends on through a relation of `via`
    (climbing prepositions and the nouns they modify, "with the probe into the bombings"), if any."""
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        if tok.head.lemma_.lower() in lex.sense("linking_predicates") and tok.dep_ in via:
            return tok.head
        if tok.dep_ not in {"pobj", "prep", "compound", "nmod", "amod"} | via:
            return None
        tok = tok.head
    return None


def _linked_to_another(noun, lex) -> bool:
    return noun.dep_ == "pobj" and _link_above(noun, lex, {"prep"}) is not None


def _subject_of_link(noun, lex) -> bool:
    return noun.dep_ in {"nsubj", "nsubjpass"} and _link_above(noun, lex, {"nsubj", "nsubjpass"}) is not None


def _reference_point(noun, lex) -> bool:
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in lex.sense("earlier_event_preps") | lex.sense("cause_preps"):
        return True  # "13 days after the bombings", "strike Syria over a gas attack": what came before
    return prep.lower_ in {"for", "to", "of"} and prep.head.lemma_.lower() in lex.sense("retaliation_nouns")


def _owner_is_no_place(doc: Doc, ev: Event, lookup: EntityLookup) -> None:
    """ "bombs exploded at U.S. embassies in Nairobi": the country that names the thing hit is whose it was, not
    where; its argument is a target. Coreference tells attacks apart by where they happened."""
    for arg in list(ev.arguments):
        if arg.role != "place" or not lookup.is_country(arg.entity):
            continue
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None or not len(span) or lookup.entity_at(span[-1].i) == arg.entity or span[-1].pos_ != "NOUN":
            continue
        arg.role = "target"
        for tok in span[-1].subtree:  # "at U.S. embassies in Kenya and Tanzania": where they were
            eid = lookup.entity_at(tok.i)
            if eid and eid != arg.entity and lookup.type_of(eid) == "place":
                _add_place(ev, tok, eid, lookup)


def _town_of_the_cause(doc: Doc, ev: Event, lookup: EntityLookup, lex) -> None:
    """ "The Kharkiv bombing wounded 12", "a Sarnovo blast killed two": the subject is the attack that caused the
    toll, and the town that names it is where it happened, not who did it (a country or a group there is the
    attacker: "a Russian strike killed three")."""
    for arg in list(ev.arguments):
        if arg.role != "agent" or lookup.type_of(arg.entity) != "place" or lookup.is_country(arg.entity):
            continue
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None or len(span) < 2 or lookup.entity_at(span[-1].i) == arg.entity:
            continue
        town = next((t for t in span if lookup.entity_at(t.i) == arg.entity), None)
        if town is not None and "attack" in lex.nouns.get((span[-1].lemma_.lower(),), ()):
            ev.arguments.remove(arg)
            _add_place(ev, town, arg.entity, lookup)


def _add_place(ev: Event, tok, eid: str, lookup: EntityLookup) -> None:
    """A place argument for the entity mention at `tok` (once per entity)."""
    if any(a.entity == eid and a.role == "place" for a in ev.arguments):
        return
    ent = lookup.by_id.get(eid)
    span = next((m for m in ent.mentions if m.start <= tok.idx < m.end), None) if ent else None
    start, end = (span.start, span.end) if span else (tok.idx, tok.idx + len(tok))
    ev.arguments.append(Argument("place", lookup.text[start:end], start, end, eid))


_TOLL_TYPES = frozenset({"attack", "death", "injury"})


def _place_said_once(head, ev: Event, lookup: EntityLookup, lex) -> None:
    """ "killed 12 people and injured dozens in Bavaria": the place said once after the last of coordinated toll
    verbs (the parser hangs it on the last, which shares the first's subject) is where the first happened too."""
    if head.pos_ not in {"VERB", "AUX"} or any(a.role == "place" for a in ev.arguments):
        return
    for conj in (c for c in head.children if c.dep_ == "conj" and c.i > head.i):
        if not _TOLL_TYPES & set(lex.verbs.get(conj.lemma_.lower(), ())) or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children
        ):
            continue
        for obj in conj.subtree:  # on the verb, or where the parser hung it, on its object ("injured hundreds in X")
            prep = obj.head
            if obj.dep_ != "pobj" or prep.lower_ not in {"in", "near", "outside"} or prep.head.i not in {
                conj.i,
                *(c.i for c in conj.children if c.dep_ == "dobj"),
            }:
                continue
            eid = lookup.entity_at(obj.i)
            if eid is not None and lookup.type_of(eid) == "place":
                _add_place(ev, obj, eid, lookup)


def _country_after_town(doc: Doc, ev: Event, lookup: EntityLookup) -> None:
    """ "in Dar-es-Salaam, Tanzania": the country written after a town is a place of the event too (it says where
    the town is when the gazetteer does not know it)."""
    for arg in list(ev.arguments):
        if arg.role != "place" or lookup.is_country(arg.entity):
            continue
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        after = doc[span.end + 1]
        eid = lookup.entity_at(after.i)
        town = range(span.start, span.end)
        # the town governs the country ("Dar-es-Salaam, Tanzania"), unlike "in East Africa, U.S. forces launched"
        governed = any(a.i in town for a in list(after.ancestors)[:3]) or after.i in town
        if eid and eid != arg.entity and lookup.is_country(eid) and governed:
            _add_place(ev, after, eid, lookup)

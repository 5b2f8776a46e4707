"""The arguments of civic events (election, ruling, arrest, protest, sanction, visit) that the type's frame alone
does not give: lemma frames and governing verbs, the office an election is for, a protest's crowd, a sanction's
actor targets, a visit's traveller; a ruling's court, parties, outcome and what it decided. The word senses
that decide whether a word is such an event live in `civic`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events import civic_context
from kg.extract.events.acts import awarded_to
from kg.extract.events.arguments import EntityLookup, _add, _subject_of
from kg.extract.events.civic import _actor_like, _court_like, _inside_same_event, _misread_place
from kg.extract.events.civic_context import visit_as_time
from kg.extract.events.framing import (
    add_governor_subject,
    clause_head,
    climb_to_verb,
    kids,
    lemma,
    modifiers,
    phrase_end,
    prep_objects,
    reduced_passive,
    span_argument,
    verb_arguments,
)
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.roles import head_token
from kg.facts import Argument, Event
from kg.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.triggers import Trigger


# ---------------------------------------------------------------- arguments, outcome


def complete(doc: Doc, trig: Trigger, head: Token, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """Fill in what the type's frame alone does not: lemma frames, governing verbs, offices, courts, outcomes."""
    frame = lex.frames.get(ev.type, {})
    own = frame.get(f"{trig.pos}:{lemma(head)}")
    if trig.pos == "verb":
        verb_frame = own or frame.get("verb", {})
        offices = lex.sense("election_offices")
        if (
            ev.type == "election"
            and lemma(head) in {"elect", "reelect"}
            and kids(head, "dobj")
            and all(_office_token(o, offices) for o in kids(head, "dobj"))
        ):
            verb_frame = {
                **{k: v for k, v in verb_frame.items() if k != "dobj"},
                "nsubj": "agent",
            }  # "Brandt elected mayor"
            own = verb_frame
        verb = clause_head(head)
        relative = any(c.tag_ in {"WP", "WDT"} for c in kids(verb, "nsubj", "nsubjpass"))
        if own is not None or verb.i != head.i or relative or reduced_passive(verb, verb_frame):
            kept = [a for a in ev.arguments if a.role == "place"]
            ev.arguments = verb_arguments(doc, head, verb_frame, lookup)
            ev.arguments += [a for a in kept if a.start not in {b.start for b in ev.arguments}]
    if trig.pos == "noun":
        add_governor_subject(doc, head, frame, ev.arguments, lookup, lex.sense("governed_container_nouns"))
    if ev.type == "election":
        _offices(doc, head, trig, ev.arguments, lookup, lex)
        _election_nouns_within(doc, head, trig, ev.arguments, lookup, lex)
    elif ev.type == "ruling":
        _ruling_arguments(doc, head, trig, ev, lookup, lex)
    elif ev.type == "protest" and trig.pos == "verb" and any(_misread_place(o) for o in kids(head, "dobj")):
        places = {o for o in kids(head, "dobj") if _misread_place(o)}  # "rallied outside parliament": where
        ev.arguments = [a for a in ev.arguments if a.role != "target" or head_token(doc, a) not in places]
    elif ev.type == "protest" and lemma(head) in lex.sense("protest_crowd_nouns"):
        if not any(a.role == "agent" for a in ev.arguments):
            first = head.left_edge
            while first.i < head.i and first.dep_ in {"det", "predet", "punct", "nummod", "quantmod"}:
                first = first.nbor()
            ev.arguments.insert(0, span_argument(doc, first, head, "agent", lookup))
    elif ev.type == "sanction":
        ev.arguments = [a for a in ev.arguments if a.role != "target" or _actor_argument(a, doc, lookup, lex)]
    elif ev.type == "visit" and trig.pos == "noun" and not any(a.role == "agent" for a in ev.arguments):
        verb = climb_to_verb(head)  # "arrived in Ostrava at the start of a three-day visit to Velmar"
        if verb is None or lemma(verb) not in lex.sense("visit_travel_verbs"):
            verb = visit_as_time(head, lex)  # "met Xi on Monday, the last day of a two-day visit"
        if verb is not None:
            for subject in _subject_of(verb):
                _add(ev.arguments, doc, subject, "agent", lookup)
    civic_context.complete(doc, trig.pos, head, ev, lookup, lex)  # what the clause around the trigger tells


def _election_nouns_within(
    doc: Doc, head: Token, trig: Trigger, args: list[Argument], lookup: EntityLookup, lex: Lexicon
) -> None:
    """What the election nouns of the trigger's clause say (they are this election, `_inside_same_event`):
    "won Korvia's presidential election" (Korvia the place), "in a runoff against Pavel Dron" (a candidate)."""
    if trig.pos == "noun":
        nouns = [head]
    else:
        nouns = [
            t
            for t in head.subtree
            if t.pos_ in {"NOUN", "PROPN"}
            and "election" in lex.nouns.get((lemma(t),), ())
            and _inside_same_event(t, "election", lex)
        ]
    for noun in nouns:
        for arg in args:  # a country that "has" an election is where it is held
            if arg.role == "agent" and lookup.type_of(arg.entity) == "place" and noun.idx > arg.start:
                if any(lookup.entity_at(c.i) == arg.entity for c in kids(noun, "poss") + modifiers(noun)):
                    arg.role = "place"
        if noun.i == head.i:
            continue
        for c in kids(noun, "poss") + [m for m in modifiers(noun) if lookup.entity_at(m.i)]:
            if lookup.type_of(lookup.entity_at(c.i)) == "place":
                _add(args, doc, c, "place", lookup)
        for c in prep_objects(noun, "in"):
            _add(args, doc, c, "place", lookup)
        for c in prep_objects(noun, "against", "over"):
            _add(args, doc, c, "participant", lookup)
        for arg in _office_modifiers(doc, noun, lex.sense("election_offices"), lookup, lex):
            if not any(a.role == "target" and a.start == arg.start for a in args):
                args.append(arg)


def _actor_argument(arg: Argument, doc: Doc, lookup: EntityLookup, lex: Lexicon) -> bool:
    if arg.entity and lookup.type_of(arg.entity) in {"person", "organization", "place", "group"}:
        return True
    tok = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    return tok is not None and _actor_like(tok.root, lex)


def _office_token(tok: Token, offices: frozenset[str]) -> bool:
    return (
        lemma(tok) in offices
        or tok.lower_ in offices
        or any(lemma(c) in offices for c in tok.children if c.dep_ == "compound")
    )


def _offices(doc: Doc, head: Token, trig: Trigger, args: list[Argument], lookup: EntityLookup, lex: Lexicon) -> None:
    """The office contested: "elected president", "elected mayor of Lenburg", "won the presidency", "won a
    seat in parliament", "the race for governor", "the presidential election"."""
    offices = lex.sense("election_offices")
    found: list[Argument] = []
    if trig.pos == "verb":
        verb = clause_head(head)
        # the office won or elected to ("won the presidency", "elected mayor"); a defeated rival is no office
        objects = kids(head, "dobj") if lemma(head) in {"win", "elect", "reelect"} else []
        candidates = kids(head, "oprd", "attr", "xcomp") + objects + prep_objects(head, "as", "to", "for")
        candidates += prep_objects(verb, "for") if verb.i != head.i else []
        terms = lex.sense("election_object_words")
        for c in candidates:
            if c.pos_ in {"NOUN", "PROPN"} and (_office_token(c, offices) or lemma(c) in terms):
                found.append(span_argument(doc, _after_det(c, lookup), phrase_end(c), "target", lookup))
        # "won the presidential election": the office named by the election's modifiers
        for c in kids(head, "dobj") + prep_objects(head, "in"):
            found += _office_modifiers(doc, c, offices, lookup, lex)
    else:
        found += _office_modifiers(doc, head, offices, lookup, lex)
        for c in prep_objects(head, "for", "to", "as"):
            if _office_token(c, offices):
                found.append(span_argument(doc, c.left_edge, phrase_end(c), "target", lookup))
        for c in prep_objects(head, "of"):  # "the election of Lenz as president" / "of a new parliament"
            role = "agent" if lookup.type_of(lookup.entity_at(c.i)) == "person" else "target"
            _add(args, doc, c, role, lookup)
    for arg in found:
        if not any(a.role == "target" and a.start == arg.start for a in args):
            args.append(arg)


def _after_det(tok: Token, lookup: EntityLookup) -> Token:
    """The office's first word, after its determiner and a name the parser ran into it ("elected [Tomas
    Brandt] mayor of Lenburg")."""
    first = tok.left_edge
    while first.i < tok.i and (first.dep_ in {"det", "predet", "poss"} or lookup.entity_at(first.i)):
        first = first.nbor()
    return first


def _office_modifiers(doc: Doc, noun: Token, offices: frozenset[str], lookup: EntityLookup, lex: Lexicon):
    """ "the presidential election", "the Democratic primary for governor of Ohio": the office an election
    word names by a modifier or a "for" phrase."""
    if lemma(noun) not in lex.sense("election_words"):
        return []
    found = [
        span_argument(doc, c.left_edge, phrase_end(c), "target", lookup)
        for c in prep_objects(noun, "for")
        if _office_token(c, offices)
    ]
    mods = [m for m in modifiers(noun) if _office_token(m, offices)]
    return found + ([span_argument(doc, mods[0], noun, "target", lookup)] if mods else [])


def _ruling_arguments(doc: Doc, head: Token, trig: Trigger, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """The court (agent), the parties (target: ruled on or against; participant: favoured), the outcome and
    what was decided."""
    outcomes = lex.senses.get("ruling_outcomes", {})
    low = lemma(head)
    if trig.pos == "noun":
        for c in prep_objects(head, "of"):
            _add(ev.arguments, doc, c, "agent" if _court_like(c, lex) else "target", lookup)
    elif not any(a.role == "target" for a in ev.arguments):
        # "found Ivo Marek guilty", "ruled that the boy must be returned": whom the decision is about
        for clause in kids(head, "ccomp", "oprd", "xcomp") if low in {"find", "rule"} else []:
            for s in kids(clause, "nsubj", "nsubjpass"):
                _add(ev.arguments, doc, s, "target", lookup)
    for p in kids(head, "prep"):
        if p.lower_ == "in":  # "ruled in favour of the union"
            for g in kids(p, "pobj"):
                if lemma(g) in {"favour", "favor"}:
                    for party in prep_objects(g, "of"):
                        _add(ev.arguments, doc, party, "participant", lookup)
    actions = lex.sense("ruling_action_nouns")
    for arg in list(ev.arguments):  # "ordered the release of journalist Hana Vesel": she is ruled on
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand") if arg.role == "target" else None
        if span is not None and lemma(span.root) in actions:
            for party in prep_objects(span.root, "of"):
                _add(ev.arguments, doc, party, "target", lookup)
        elif span is not None and lemma(span.root) in lex.sense("ruling_issued_objects"):
            ev.arguments.remove(arg)  # "issued an arrest warrant for Putin": whom the warrant names is ruled on
            for party in prep_objects(span.root, "for", "against"):
                _add(ev.arguments, doc, party, "target", lookup)
    if low in lex.sense("ruling_award_verbs") and awarded_to(head):
        # "awarded the town to Eritrea": the party awarded it is ruled on, not what it was given
        ev.arguments = [a for a in ev.arguments if a.role != "target"]
        for party in awarded_to(head):
            _add(ev.arguments, doc, party, "target", lookup)
    _courts_not_their_places(doc, ev, lookup, lex)
    ev.outcome = outcomes.get(low)
    words = {t.lower_ for t in head.subtree} if trig.pos == "verb" else {t.lower_ for t in modifiers(head)}
    if low in {"find", "verdict"} and words & lex.sense("ruling_verdict_words"):
        acquitted = "innocent" in words or "not" in words
        ev.outcome = "acquitted" if acquitted else "convicted"
    ev.content = ev.content or _decided(doc, head, trig)


def _courts_not_their_places(doc: Doc, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """ "A Seoul court issued the warrant", "a Moscow court ordered": the court rules, not the city or the country
    that names where it sits (the phrase keeps its words, no entity)."""
    for i, arg in enumerate(ev.arguments):
        if arg.role != "agent" or arg.entity is None or lookup.type_of(arg.entity) == "person":
            continue
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None or span.root.i == span.start or lookup.entity_at(span.root.i) == arg.entity:
            continue  # "the Supreme Court": the court's own name
        if _court_like(span.root, lex):
            ev.arguments[i] = Argument(role=arg.role, text=arg.text, start=arg.start, end=arg.end, entity=None)


def _decided(doc: Doc, head: Token, trig: Trigger) -> str | None:
    """What a ruling decided: the that-clause ("ruled that the law was unconstitutional"), the clause a noun
    takes ("the decision to deport him"), or the verb with its objects ("sentenced him to ten years")."""
    text = doc_text(doc)
    clause = kids(head, "ccomp") or [c for c in kids(head, "acl", "relcl") if c.i > head.i and kids(c, "mark", "aux")]
    if clause:
        toks = [t for t in clause[0].subtree if not (t.dep_ == "mark" and t.head.i == clause[0].i)]
        toks = [t for t in toks if not t.is_punct or t.i not in (toks[0].i, toks[-1].i)]
        if toks:
            return text[toks[0].idx : toks[-1].idx + len(toks[-1])]
    if trig.pos != "verb":
        return None
    parts = [
        c
        for c in head.children
        if c.dep_ in {"dobj", "oprd", "acomp", "dative"}
        or c.dep_ == "prep"
        and c.lower_ in {"to", "of", "for", "on", "against"}
        and c.i > head.i
        and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
    ]
    if not parts:
        return None
    last = max((phrase_end(c) for c in parts), key=lambda t: t.i)
    return text[head.idx : last.idx + len(last)]

"""Visits told by an arrival or a return, with no visit noun ("U.S. envoy Donald Booth, who arrived on Tuesday,
...", "Machar returns to Juba for talks with Kiir"), and where a visit told by an arrival took place when the
clause names no place: where the report was filed ("TAIPEI (Reuters) - ... Pelosi, who arrived late on Tuesday on
the first visit by a House speaker": Taiwan).

Word lists in `data/event_lexicon.json` (`senses` of the visit type): `visit_arrival_verbs`, `visit_traveller_nouns`,
`visit_return_adverbs`, `visit_arrival_particles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.acts import _subjects
from kg.extract.events.framing import kids, lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

PRONOUNS = {"he", "she", "they", "it", "who", "we", "i", "you"}


def arrival_visit(verb: Token, lex: Lexicon) -> bool:
    """An official's arrival, or anyone's arrival or return to a place for talks, is a visit when no visit noun in
    the clause tells it: "U.S. envoy Donald Booth, who arrived on Tuesday, ...", "the foreign minister arrived in
    Hanoi", "Machar returns to Juba for talks with Kiir"; not "Takaichi arrived in Seoul for a two-day visit" (the
    noun is the event), "reinforcements arrived", "Assad and his family had arrived in Moscow", "before returning
    to Tokyo", "returned home", "if they ever returned to Cambodia"."""
    if kids(verb, "nsubjpass", "auxpass") or verb.dep_ in {"amod", "compound"}:
        return False
    if any(c.lower_ in lex.sense("visit_return_adverbs") for c in kids(verb, "advmod", "prt")):
        return False  # "flew home", "came back": a return
    clause = [t for t in verb.subtree if t.i != verb.i and t.dep_ not in {"nsubj", "relcl"}]
    if any("visit" in lex.nouns.get((lemma(t),), ()) for t in clause):
        return False  # "arrived in Kigali for the first visit by an Indian leader": the visit noun is the event
    subjects = _subjects(verb)
    if not subjects:
        return False
    talks = any("meeting" in lex.nouns.get((lemma(g),), ()) for g in prep_objects(verb, "for"))
    if lemma(verb) == "arrive":
        return talks or any(_official(s, lex) for s in subjects)
    places = prep_objects(verb, "to")
    named = any(g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN" for g in places)
    return named and talks and any(s.lower_ not in PRONOUNS or s.lower_ == "who" for s in subjects)


def _official(subject: Token, lex: Lexicon) -> bool:
    """A traveller by office: "U.S. envoy Donald Booth", "the foreign minister", "Prime Minister Abiy" (not a
    pronoun, whose office the clause does not say, nor "teams" or "delegations" arriving)."""
    if subject.tag_ in {"NNS", "NNPS"}:
        return False  # "teams from a dozen countries arrived": rescuers, not a visiting official
    travellers = lex.sense("visit_traveller_nouns") - PRONOUNS
    words = [subject, *(c for c in subject.children if c.dep_ in {"compound", "appos", "amod"})]
    return any(lemma(w) in travellers or w.lower_ in travellers for w in words)


def arrived_at_the_dateline(noun_or_verb: Token, verb: Token | None, lex: Lexicon) -> bool:
    """The visit is told by an arrival (the trigger, or the travel verb its noun is the purpose or time of) that
    names no place: the visitor arrived where the report was filed ("Charles, who flew in on Sunday for a two-day
    visit"); not a journey elsewhere ("is due to fly to Hanoi")."""
    arrival = verb if verb is not None else noun_or_verb
    if arrival.pos_ not in {"VERB", "AUX"}:
        return False
    low = lemma(arrival)
    flew_in = any(c.lower_ in lex.sense("visit_arrival_particles") for c in kids(arrival, "prt", "advmod"))
    if low not in lex.sense("visit_arrival_verbs") and not flew_in:
        return False
    return not any(p.lower_ in {"in", "to", "at", "into"} for p in kids(arrival, "prep"))

"""Civic events told by a verb whose own word lists do not settle the type, and the parties such verbs name:

- a party or leader that loses power, office or its majority lost an election (in an article about a vote):
  "ruling party loses power for the first time", "the Liberals lost their majority"; not "thousands of homes lost
  power", "the army lost control of the town", nor power lost in a coup (`election_lost_goals`,
  `election_loser_nouns`, `election_coup_words`);
- whoever a winner defeats to win is the election's loser: "Ruiz defeats Moreno to win the presidency",
  "re-elected, defeating Moreno" (`election_defeat_verbs`);
- a court that finds that something was so rules ("a contract the court later found was obtained by fraud"), as a
  court that finds someone guilty does; not "investigators found that" (`ruling_finding_verbs`);
- a state that blocks firms or banks, or their assets, sanctions them: "the Treasury blocked seven companies";
  not "protesters blocked the road", "the court blocked the merger" (`sanction_blocking_verbs`,
  `sanction_blocked_holders`, `sanction_frozen_objects`);
- a state that halts or suspends trade sanctions its partner: "halted imports of fruit from Taiwan"; not "the
  company halted exports" (`sanction_halting_verbs`, `sanction_economic_objects`, `sanction_state_nouns`);
- who holds what a sanction freezes or bars: the owner of the assets frozen ("froze the assets of Ridgeline
  Bank", "Sberbank's assets") and the country trade with which is barred ("imports of fruit from Taiwan",
  "exports of fuel to Niger").
Word lists are data: the types' `senses` in `data/event_lexicon.json`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.framing import kids, lemma, prep_objects
from kg.extract.events.roles import _subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

STATE_ENTS = frozenset({"GPE", "NORP", "ORG"})


def lost_office(verb: Token, lex: Lexicon) -> bool:
    """A loser losing power, office or a majority, where the article is about a vote (module docstring)."""
    goals = {lemma(o) for o in kids(verb, "dobj")}
    if not goals & lex.sense("election_lost_goals"):
        return False
    subjects = _subject_of(verb)
    losers = lex.sense("election_loser_nouns")
    if not any(s.ent_type_ in {"PERSON", "ORG", "NORP"} or lemma(s) in losers for s in subjects):
        return False
    sent = verb.sent
    if any(lemma(t) in lex.sense("election_coup_words") for t in sent):
        return False  # "lost power in a coup": no vote
    votes = lex.sense("election_words")
    return any(lemma(t) in votes or t.lower_ in votes for t in verb.doc)


def defeated_rivals(head: Token, lex: Lexicon) -> list[Token]:
    """The objects of a defeat verb the election's verb hangs on or governs: "defeats Moreno to win",
    "re-elected, defeating Moreno"."""
    defeat = lex.sense("election_defeat_verbs")
    verbs = [c for c in head.children if c.dep_ in {"advcl", "xcomp", "conj"} and lemma(c) in defeat]
    if head.dep_ in {"xcomp", "advcl", "conj"} and lemma(head.head) in defeat:
        verbs.append(head.head)
    if lemma(head) in defeat:
        verbs.append(head)
    return [o for v in verbs for o in kids(v, "dobj") for o in (o, *o.conjuncts)]


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, the noun a relative clause hangs on for its "which"/"who" ("China, which halted")."""
    subjects = _subject_of(verb)
    if verb.dep_ == "relcl" and subjects and all(s.tag_ in {"WP", "WDT"} for s in subjects):
        return [verb.head]
    return subjects


def court_finding(verb: Token, court_like) -> bool:
    """ "the court later found [the contract] was obtained with a bribe", "the tribunal found that": a court's finding
    told as a clause (`court_like` says who is a court)."""
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return any(court_like(s) for s in _doers(verb))


def blocked_holders(verb: Token, lex: Lexicon, court_like) -> bool:
    """A state blocking firms, banks or their assets (module docstring): the objects are holders a sanction names
    or frozen assets, the subject no court (whose blocking is a ruling) and no crowd."""
    objects = [o for o in kids(verb, "dobj", "nsubjpass") for o in (o, *o.conjuncts)]
    holders = lex.sense("sanction_blocked_holders") | lex.sense("sanction_frozen_objects")
    if not objects or not all(lemma(o) in holders for o in objects):
        return False
    subjects = _doers(verb) + [g for a in kids(verb, "agent") for g in kids(a, "pobj")]
    return any(_state_like(s, lex) for s in subjects) and not any(court_like(s) for s in subjects)


def halted_trade(verb: Token, lex: Lexicon) -> bool:
    """A state halting or suspending imports, exports or trade with another: "China halted imports of fruit from
    Taiwan"; the subject a state or its government, not a company."""
    flows = lex.sense("sanction_economic_objects") | lex.sense("sanction_halted_flows")
    objects = [o for o in kids(verb, "dobj", "nsubjpass") if lemma(o) in flows]
    partners = [g for o in objects for g in prep_objects(o, "from", "to", "with")]
    partners += prep_objects(verb, "from", "to", "with")
    if not objects or not any(p.ent_type_ in STATE_ENTS or p.pos_ in {"PROPN", "PRON"} or lemma(p) in
                              {"neighbour", "neighbor", "country", "region", "island"} for p in partners):
        return False  # "Saudi Arabia cut exports": output, no partner barred
    return any(_state_like(s, lex) for s in _doers(verb))


def _state_like(tok: Token, lex: Lexicon) -> bool:
    if tok.ent_type_ in {"GPE", "NORP"}:
        return True
    words = lex.sense("sanction_state_nouns")
    return lemma(tok) in words or any(lemma(c) in words for c in tok.children if c.dep_ == "compound")


def sanction_holders(verb: Token, lex: Lexicon) -> list[Token]:
    """Who holds what the sanction verb freezes or bars: "the assets of X", "X's assets", "imports ... from X",
    "exports ... to X"."""
    found: list[Token] = []
    for obj in kids(verb, "dobj", "nsubjpass"):
        low = lemma(obj)
        if low in lex.sense("sanction_frozen_objects"):
            found += prep_objects(obj, "of") + kids(obj, "poss")
        elif low in lex.sense("sanction_economic_objects") | lex.sense("sanction_halted_flows"):
            found += prep_objects(obj, "from", "to") + prep_objects(verb, "from", "to")
        found += prep_objects(obj, "with") if low in lex.sense("sanction_economic_objects") else []
    return [t for f in found for t in (f, *f.conjuncts)]


def split_freeze_subject(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """ "imposed asset freezes on X" parsed with "freezes" a verb and "asset" its subject: the noun the parser took
    for the subject, and the subjects of the verb that imposes the freeze."""
    if lemma(verb) != "freeze" or verb.dep_ not in {"ccomp", "xcomp", "dobj"}:
        return None
    split = [s for s in kids(verb, "nsubj") if lemma(s) in lex.sense("sanction_frozen_objects") and s.i == verb.i - 1]
    if not split or lemma(verb.head) not in lex.frames["sanction"].get("governors", {}):
        return None
    return split[0], _doers(verb.head)


def whose_party(verb: Token) -> list[Token]:
    """ "X, whose candidacy was rejected by the court": the person the relative clause's "whose" stands for."""
    if verb.dep_ != "relcl":
        return []
    owned = [o for o in kids(verb, "nsubjpass", "dobj") if any(c.lower_ == "whose" for c in kids(o, "poss"))]
    return [verb.head] if owned else []

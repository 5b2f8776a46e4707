"""Elections and campaigns as the article tells them, beyond the word senses of `civic`.

- A rally one person addresses, speaks at or leaves ("told a rally in the capital", "thanked voters at a rally",
  "as he left a rally") is that person's (a campaign's, a party's), no protest (`addressed_rally`).
- One named the winner or an office-elect has won an election (`declared_winner`).
- A count of elections ("had lost five previous elections") is a tally, no election event (`tally_of_elections`).
- An election noun in an article that reports who won ("Sunday's presidential election", "described the election
  as credible") is the election won, one event with the win: it is folded into the nearest win of the article,
  unless it names an election of its own (another place, "the previous election", "local elections", a plural)
  (`fold_election_nouns`).
- A later win whose object is a share of the vote or of the seats ("his party won 35% of the vote", "also won a
  majority") reports the result of the election told before, one event with it (`fold_vote_results`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.framing import kids, lemma, modifiers
from kg.extract.names import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_PRONOUNS = frozenset({"he", "she", "i", "we"})


def addressed_rally(noun: Token) -> bool:
    """A rally noun that a single person's verb addresses or leaves: its object, dative or its "at"/"to" object
    ("told a rally", "addressed a rally", "said at a rally", "left a rally"), the verb's subject one person (a name
    or "he"), and the rally named by no crowd or cause of its own ("a rally of 10,000 protesters", "against")."""
    if noun.tag_ != "NN" or any(p.lower_ in {"against", "of", "over"} for p in kids(noun, "prep")):
        return False
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ in {"at", "to"}:
        gov = gov.head
    elif noun.dep_ not in {"dobj", "dative"}:
        return False
    if gov.pos_ != "VERB" or lemma(gov) not in word_list("rally_speaker_verbs.txt"):
        return False
    subjects = kids(gov, "nsubj")
    if not subjects and gov.dep_ == "conj":  # "..., thanked voters at a rally": the first verb's subject
        subjects = kids(gov.head, "nsubj")
    return bool(subjects) and all(_one_speaker(s) for s in subjects)


def _one_speaker(tok: Token) -> bool:
    """One speaker, a person or a party ("he", "Vane", "the party"), not a crowd ("protesters", "thousands")."""
    if tok.lower_ in PERSON_PRONOUNS:
        return True
    crowd = lemma(tok) in {"crowd", "mob", "throng"}
    one = tok.tag_ in {"NNP", "NN"} and tok.ent_type_ not in {"CARDINAL", "NORP"}
    return one and not crowd and not kids(tok, "conj")


def declared_winner(verb: Token, complements: frozenset[str]) -> bool:
    """A naming verb whose object or complement is the winner or an office-elect ("named Kenya's president-elect",
    "was named president-elect", "named Vane the winner"): the election's outcome, no appointment ("named him
    minister")."""
    return any(lemma(c) in complements for c in kids(verb, "dobj", "oprd", "attr"))


def tally_of_elections(noun: Token) -> bool:
    """ "had lost five previous elections", "won three elections": a plural election noun counted is a tally."""
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _another_election(noun: Token) -> bool:
    others = word_list("other_election_modifiers.txt")
    words = modifiers(noun) + kids(noun, "det")  # "another election"
    return noun.tag_ != "NN" or any(lemma(m) in others for m in words)


def fold_election_nouns(survivors: list, toks) -> list:
    """The election nouns of an article that reports a win, folded into the nearest win (`campaigns` docstring).
    `survivors`: the coreference candidates left (`candidates.Candidate`); returns those left."""
    wins = [c for c in survivors if c.event.type == "election" and c.pos == "verb" and c.event.modality == "asserted"]
    if not wins:
        return survivors
    out = []
    for c in survivors:
        target = None
        if c.event.type == "election" and c.pos == "noun" and c.event.modality == "asserted":
            if not _another_election(toks[c.head]):
                target = min(wins, key=lambda w: abs(w.head - c.head))
                if not _places_agree(target.event, c.event):
                    target = None
        if target is None:
            out.append(c)
            continue
        c.fold_into(target)
    return out


def _places_agree(win, noun) -> bool:
    """The noun names no place the win does not ("the election in Ghana" beside a win in Togo)."""
    here = {a.entity for a in win.arguments if a.role == "place" and a.entity}
    there = {a.entity for a in noun.arguments if a.role == "place" and a.entity}
    return not here or not there or bool(here & there)


def fold_vote_results(survivors: list, toks) -> list:
    """A later asserted win whose object is a share of the vote or the seats (`vote_share_nouns.txt`: "won 35% of the
    vote", "took 27 of the 51 seats", "also won a majority") folded into the first asserted election the article told
    before it, unless the places disagree or the object names an election of its own ("in the previous election").
    `survivors`: the coreference candidates left (`candidates.Candidate`); returns those left."""
    out: list = []
    for c in survivors:
        first = next(
            (p for p in out if p.event.type == "election" and p.event.modality == "asserted"
             and p.event.trigger.start < c.event.trigger.start),
            None,
        )
        if (
            first is not None
            and c.event.type == "election"
            and c.pos == "verb"
            and c.event.modality == "asserted"
            and _vote_share_won(toks[c.head])
            and _places_agree(first.event, c.event)
        ):
            c.fold_into(first)
            continue
        out.append(c)
    return out


def _vote_share_won(verb: Token) -> bool:
    """The verb's object is a share of the vote or of the seats ("35% of the vote", "a majority", "27 of the 51
    seats"), and no election noun of its own is named beside it ("in the previous election")."""
    shares = word_list("vote_share_nouns.txt")
    objects = kids(verb, "dobj")
    beside = [o for p in kids(verb, "prep") for o in kids(p, "pobj") if lemma(o) in ELECTION_NOUNS]
    if not objects or any(_another_election(o) for o in beside):
        return False
    for obj in objects:
        named = [obj, *(g for p in kids(obj, "prep") if p.lower_ == "of" for g in kids(p, "pobj"))]
        if any(lemma(n) in shares or n.lower_ in shares for n in named):
            return True
    return False


ELECTION_NOUNS = frozenset({"election", "vote", "poll", "ballot", "referendum", "runoff", "race"})

"""Whom a sanction verb penalises: "Britain sanctions Georgian police chiefs", "has sanctioned more than 500
tankers", "sanctioned two banks"; not what one approves when one "sanctions" an act or a plan ("sanctioned the
plan", "sanctioned the use of force": `data/sanction_approval_objects.txt` and the endings of act nouns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.framing import kids, lemma, prep_objects
from kg.extract.names import word_list

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from kg.extract.events.lexicon import Lexicon

ACT_ENDINGS = ("tion", "sion", "ment", "ure", "ance", "ence")  # not "-al": "general", "official", "rival"


def penalised(obj: Token) -> bool:
    """A sanction verb's object that is a holder of a sanction (people, bodies, ships, firms), no act or plan."""
    if obj.pos_ not in {"NOUN", "PROPN"} or obj.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
        return False
    low = lemma(obj)
    if obj.pos_ == "NOUN" and (low in word_list("sanction_approval_objects.txt") or low.endswith(ACT_ENDINGS)):
        return False
    return True


def restriction_imposed(noun: Token, lex: Lexicon, actor: Callable[[Token], bool]) -> bool:
    """A restriction is a sanction when it is imposed on an actor ("imposed visa restrictions on Guyanese
    officials"), and a trade preference when it is withdrawn from one ("withdrew some trade preferences from
    Cambodia", "revoked Cambodia's trade preferences"); not "restrictions on travel", "imposed restrictions on
    movement", "a preference for cash" (`sanction_imposed_restriction_nouns`, `sanction_withdrawn_benefit_nouns`,
    `sanction_imposing_verbs`, `sanction_withdrawing_verbs`; `actor` says who may hold a sanction)."""
    if noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb, low = noun.head, lemma(noun)
    if low in lex.sense("sanction_imposed_restriction_nouns"):
        if lemma(verb) not in lex.sense("sanction_imposing_verbs"):
            return False
        held = prep_objects(noun, "on", "against") + prep_objects(verb, "on", "against")
    elif low in lex.sense("sanction_withdrawn_benefit_nouns"):
        if lemma(verb) not in lex.sense("sanction_withdrawing_verbs"):
            return False
        held = prep_objects(noun, "from", "to") + prep_objects(verb, "from") + kids(noun, "poss")
    else:
        return False
    return any(actor(h) for h in held)

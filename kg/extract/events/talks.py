"""Who held the talks a clause names as its time: "signed a truce after four days of talks mediated by Angola".

Talks told only as the time of what their parties then did ("after a week of negotiations", "following two
rounds of talks", "during talks in Doha") name no party of their own: their parties are the subjects of the
verb the phrase hangs on (those who signed, agreed or failed to agree), and whoever the talks are "mediated",
"hosted" or "brokered" by (a participle with a "by" agent) takes part too. Talks with parties of their own
("talks with Iran", "the two leaders' talks") keep them. Whoever hosts, brokers or mediates talks, a call or
an agreement takes part in it wherever the noun stands ("a deal brokered by Qatar").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.arguments import _add, _subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.lexicon import Lexicon
    from kg.extract.events.lookup import EntityLookup
    from kg.facts import Event

TALK_TYPES = {"meeting", "negotiation"}
BROKERED_TYPES = {"meeting", "negotiation", "agreement", "call"}
TIME_PREPS = {"after", "following", "during", "amid"}
MEASURES = {"day", "week", "month", "year", "hour", "round", "session", "series", "night", "decade"}


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose time the talks are: "signed ... after (four days of) talks" -> signed."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MEASURES:
        tok = tok.head.head  # "four days of talks": the measure holds the preposition
    if tok.dep_ != "pobj" or tok.head.lower_ not in TIME_PREPS:
        return None
    verb = tok.head.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def parties_of_the_clause(doc: Doc, noun: Token, ev: Event, lookup: EntityLookup, lex: Lexicon) -> None:
    """Add the parties of talks named as a clause's time (see the module) to `ev`, a talks event with none.
    A speech verb's subject is left out: "X told reporters after nine hours of talks" says who spoke, not who
    talked (often a mediator, or one side of talks the article told before)."""
    if ev.type not in TALK_TYPES or any(a.role == "participant" for a in ev.arguments):
        return
    verb = _clause_verb(noun)
    if verb is None or "statement" in lex.verbs.get(verb.lemma_.lower(), ()):
        return
    for subject in _subject_of(verb):
        for tok in [subject, *subject.conjuncts]:
            _add(ev.arguments, doc, tok, "participant", lookup)
    for tok in _participle_agents(noun):
        _add(ev.arguments, doc, tok, "participant", lookup)


def _participle_agents(noun: Token, verbs: frozenset[str] | None = None) -> list[Token]:
    """The "by" agents of the participles on `noun` ("talks mediated by Angola"), of `verbs` if given."""
    return [
        g
        for acl in noun.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and (verbs is None or acl.lemma_.lower() in verbs)
        for agent in acl.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
    ]


def hosts_and_brokers(doc: Doc, head: Token, ev: Event, lookup: EntityLookup, lex: Lexicon) -> frozenset[str]:
    """ "talks hosted by Russia and Turkey", "signed a deal brokered by the United States": whoever hosts,
    brokers or mediates a meeting, call or agreement takes part in it (`hosting_verbs`). Returns their entity
    ids: a broker is no party, so coreference does not hold it against a mention naming the parties."""
    if ev.type not in BROKERED_TYPES:
        return frozenset()
    before = {a.entity for a in ev.arguments}
    nouns = [head] if head.pos_ in {"NOUN", "PROPN"} else [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    for noun in nouns:
        for tok in _participle_agents(noun, lex.sense("hosting_verbs")):
            _add(ev.arguments, doc, tok, "participant", lookup)
    hosts = {lookup.entity_at(t.i) for noun in nouns for t in active_hosts(noun, lex)} - {None}
    return frozenset(a.entity for a in ev.arguments if a.entity and a.entity not in before) | hosts


def active_hosts(noun: Token, lex: Lexicon) -> list[Token]:
    """Who a hosting verb's subject says hosted or mediated the talks, the call or the deal `noun` is the object of:
    "Oman has hosted talks between Washington and Tehran", "Turkey's foreign minister, who hosted the talks", "Qatar
    brokered the deal": a broker, no party (the relative pronoun stands for the noun it qualifies)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.sense("hosting_verbs"):
        return []
    found = []
    for subject in _subject_of(verb):
        if subject.tag_ in {"WDT", "WP"} and subject.head.dep_ == "relcl":
            subject = subject.head.head  # "Guterres, who helped broker the agreement"
        for who in [subject, *subject.conjuncts]:  # with the body its title names ("U.N. Secretary-General X")
            clause = {t.i for c in who.children if c.dep_ in {"relcl", "acl", "appos", "conj", "cc"} for t in c.subtree}
            found += [t for t in who.subtree if t.i not in clause]
    return found


GATHERING_PREPS = frozenset({"at", "during"})
GATHERING_EDGES = frozenset({"sideline", "sidelines", "margin", "margins"})


def held_within(noun: Token, contact_heads: set[int]) -> int | None:
    """The contact event a meeting noun is the setting of, if any: "met over dinner at the G20 summit", "talks on the
    sidelines of the summit", "spoke during the conference". The gathering is another meeting than the one held
    within it, and the two never corefer. Returns the head token of that contact event."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in GATHERING_EDGES and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the sidelines of the summit"
    elif prep.lower_ not in GATHERING_PREPS:
        return None
    tok = prep.head
    for _ in range(3):  # "met over dinner at the summit": the phrase may hang on the noun of the verb's phrase
        if tok.i in contact_heads:
            return tok.i
        if tok.dep_ not in {"pobj", "prep"} or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None

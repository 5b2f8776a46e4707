"""Tolls an attack mention tells itself, read before coreference: two mentions with two different tolls are two attacks.

Coreference (`coref`) runs before `tolls.link_tolls` gives attacks their counts, so a later mention could join an
attack whose toll it contradicts: "clashes leave nine dead" and "security forces opened fire, killing three"; "an air
strike killed 33 soldiers" and "16 soldiers had been killed in the barrage"; "Suicide bombers kill 41" and "the bombing
of a mosque in Kunduz that killed more than 50". `mark_own_tolls` gives each attack mention the killed count of the
death the parse ties it to in its own sentence (the killing it is, "killing three", "killed in the barrage", "the
bombing that killed", "clashes leave nine dead"); `tolls_disagree` says a mention and a cluster tell two different
counts. A headline may tell a part of its body's toll ("kills 4 police officers" ... "killing 31 people, including four
police officers"), never more: a headline's count above the body mention's is another attack.

`marker_of_another_clause` keeps a marker of another event ("a week after a similar attack", "two days after another
bombing") from marking the attack verb whose time phrase it is in: "similar" tells the earlier attack apart, not this
one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.candidates import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

SEQUENCE_WORDS = frozenset({"after", "before", "since", "until", "following", "like"})
TOLL_SUBJECT_VERBS = frozenset({"leave", "kill", "claim"})  # "clashes leave nine dead", "the blast claimed 12 lives"


def mark_own_tolls(cands: list[Candidate], toks: list[Token]) -> None:
    """Each attack mention's `own_killed`: the count of the asserted death tied to it by the parse in its sentence."""
    deaths = [
        c
        for c in cands
        if c.event.type == "death"
        and c.event.modality == "asserted"
        and not c.aggregate
        and c.event.casualties is not None
        and c.event.casualties.killed
        and not _one_named_victim(c)
    ]
    for a in cands:
        if a.event.type != "attack" or a.aggregate:
            continue
        tied = [
            d for d in deaths if d.partner is a or d.sent_index == a.sent_index and _tied(toks[d.head], toks[a.head])
        ]
        counts = {d.event.casualties.killed for d in tied if d.event.casualties}
        if len(counts) == 1:
            a.own_killed = counts.pop()


def _one_named_victim(death: Candidate) -> bool:
    """ "the strike killed Omar Haddad": who was among the dead, not a toll ("killed a commander and another man")."""
    victims = [a for a in death.event.arguments if a.role == "victim"]
    return bool(victims) and all(a.text[:1].isupper() and a.text.istitle() for a in victims)


def _tied(death: Token, attack: Token) -> bool:
    """ "killed in the barrage", "the bombing that killed 50", "opened fire, killing three", "clashes leave 9 dead"."""
    light = attack.head if attack.dep_ == "dobj" and attack.head.pos_ == "VERB" else attack  # "opened fire"
    if death.i in (attack.i, light.i):
        return False  # the killing verb itself ("kill 41") is its implied death, tied by `partner`
    if attack.is_ancestor(death) or light.is_ancestor(death):
        return not _under_another_event(death, attack if attack.is_ancestor(death) else light)
    if death.is_ancestor(attack):
        return _path_has_no_clause(attack, death)
    # "clashes leave nine dead": the attack noun is the subject of the verb the toll is the complement of
    gov = attack.head
    if attack.dep_ != "nsubj" or gov.lemma_.lower() not in TOLL_SUBJECT_VERBS:
        return False
    return gov.i == death.i or gov.is_ancestor(death) and _path_has_no_clause(death, gov)


def _under_another_event(death: Token, attack: Token) -> bool:
    """A death in a clause of its own under the attack ("struck a mosque a week after a bombing that killed 50";
    "struck 50 positions, and monitors said 9 soldiers had been killed"); not its participle ("killing three")."""
    t = death
    while t.i != attack.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_WORDS or t.dep_ in {"conj", "ccomp", "parataxis"}:
            return True
        t = t.head
    return False


def _path_has_no_clause(attack: Token, death: Token) -> bool:
    """The attack is the death's own cause ("killed in the barrage", "died in the attack"), not a clause told beside
    it ("were killed on Friday, a week after another attack") nor one about the victims ("killed two militants who
    were attacking troops")."""
    t = attack
    while t.i != death.i and t.head.i != t.i:
        if t.dep_ in {"advcl", "ccomp", "conj", "parataxis", "relcl", "acl"}:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_WORDS:
            return False
        t = t.head
    return True


def tolls_disagree(c: Candidate, cluster: list[Candidate]) -> bool:
    """`c` and the cluster each tell a killed count, and they differ; a headline's count may be below the body's, and
    one attack of a set told in several places may count a part of the set's ("the bombings at the embassies in Kenya
    and Tanzania have killed 250" ... "Twelve Americans were killed in the Kenya embassy bombing")."""
    if c.own_killed is None:
        return False
    several = len({a.entity for m in cluster for a in m.event.arguments if a.role == "place" and a.entity}) > 1
    for m in cluster:
        if m.own_killed is None or m.own_killed == c.own_killed:
            continue
        if m.headline and not c.headline and m.own_killed < c.own_killed:
            continue  # "kills 4 police officers" ... "killing 31 people, including four police officers"
        if m.pos == "noun" and m.plural and several and m.own_killed > c.own_killed:
            continue  # a set of attacks in several places counts its parts
        return True
    return False


def marker_of_another_clause(marker: Token, verb: Token) -> bool:
    """A distinct marker inside a time phrase of the verb ("a week after a similar attack"): it marks that event."""
    t = marker
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in SEQUENCE_WORDS:
            return True
        if t.dep_ in {"advcl", "npadvmod"} and any(k.dep_ == "mark" and k.lower_ in SEQUENCE_WORDS for k in t.children):
            return True
        t = t.head
    return False

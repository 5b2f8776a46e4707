"""Who "both sides" and "the two sides" are: the two parties the article last named together.

"Colombia's government and the rebel group signed a truce ... the two sides said": the sides are the pair
named coordinated ("A and B"), countries, organisations or groups, not the last two names before the phrase
(those are often inside what the sides say: "the truce will be monitored by the UN and the Church, the two
sides said"). So names inside the clause the phrase belongs to are left out (its verb's subject, object and
reported content: the one who urges both sides is not one of them), and the most recent coordinated pair of
actors wins. Without one, `kg.extract.events.arguments` falls back to the two countries, then the two
people, named last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp import sent_of, tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.events.lookup import EntityLookup

SIDE_KINDS = {"organization", "group"}  # besides countries


def _clause_of(tok: Token) -> set[int]:
    """The tokens of the clause the phrase is an argument of: its verb's whole subtree."""
    verb = tok
    while verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    return {t.i for t in verb.subtree} if verb.pos_ in {"VERB", "AUX"} else {tok.i}


def coordinated_sides(doc: Doc, tok: Token, lookup: EntityLookup, sentences: int = 4) -> list[str]:
    """The entity ids of the two actors last named together as "A and B" before `tok`, within the phrase's
    sentence and the `sentences - 1` before it, outside the phrase's own clause; [] when there is no such pair."""
    toks = tokens(doc)
    start = sent_of(tok).start
    for _ in range(sentences - 1):
        if start == 0:
            break
        start = sent_of(toks[start - 1]).start
    left_out = _clause_of(tok)
    actor_at: dict[int, str] = {}
    for i in range(start, tok.left_edge.i):
        eid = lookup.entity_at(i)
        if eid is None or i in left_out:
            continue
        if lookup.is_country(eid) or lookup.type_of(eid) in SIDE_KINDS:
            actor_at[i] = lookup.actor_for(eid, "agent") or eid
    best: tuple[int, list[str]] | None = None
    for i, eid in actor_at.items():
        for other in toks[i].conjuncts:
            partner = _actor_in_phrase(other, actor_at)
            if partner is None or partner == eid:
                continue
            last = max(i, other.i)
            if best is None or last > best[0]:
                best = (last, [eid, partner] if i < other.i else [partner, eid])
    for i, eid in actor_at.items():  # "Colombia's government and the group": the possessor names the side
        head = toks[i].head
        if toks[i].dep_ == "poss" and head.i not in actor_at:
            for other in head.conjuncts:
                partner = _actor_in_phrase(other, actor_at)
                if partner is not None and partner != eid and (best is None or max(i, other.i) > best[0]):
                    best = (max(i, other.i), [eid, partner] if i < other.i else [partner, eid])
    return best[1] if best else []


def _actor_in_phrase(head: Token, actor_at: dict[int, str]) -> str | None:
    """The actor a conjunct names: its own token, or the name modifying it ("the rebel group X", "X's forces")."""
    if head.i in actor_at:
        return actor_at[head.i]
    for child in head.children:
        if child.dep_ in {"compound", "nmod", "poss", "appos", "amod"} and child.i in actor_at:
            return actor_at[child.i]
    return None

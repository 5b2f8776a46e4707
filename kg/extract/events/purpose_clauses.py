"""An event told again as the purpose of a verb of its own type: one event, the verb's.

"Hundreds of people marched through the capital to protest against the new law": the march is the protest, and
"to protest" says what it was for; the infinitive's arguments (what was protested against) join the march's. Only
a purpose clause (an infinitive with "to" hung on the verb as an adverbial clause), only two verbs of one type
(a march to protest, a rally to demonstrate), never speech or a toll: "gathered to demand" and "attacked to
avenge" tell a second act of another kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.events.framing import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

FOLDED_TYPES = frozenset({"protest"})  # types whose purpose infinitive restates the verb's own act


def fold_purpose_clauses(survivors: list, toks: list[Token]) -> list:
    """Each candidate whose verb is the purpose clause of a verb of the same type and modality folded into that verb's
    candidate (`candidates.Candidate`); returns those left."""
    by_head = {c.head: c for c in survivors}
    out = []
    for c in survivors:
        verb = toks[c.head]
        main = by_head.get(verb.head.i) if _purpose_clause(verb) else None
        if (
            main is not None
            and main is not c
            and c.pos == "verb"
            and main.pos == "verb"
            and c.event.type in FOLDED_TYPES
            and main.event.type == c.event.type
            and main.event.modality == c.event.modality
        ):
            c.fold_into(main)
            continue
        out.append(c)
    return [c for c in out if c.merged_into is None]


def _purpose_clause(verb: Token) -> bool:
    """ "to protest" hung on the verb before it as an adverbial clause (or an open complement of a motion verb)."""
    return (
        verb.dep_ in {"advcl", "xcomp"}
        and verb.tag_ == "VB"
        and any(a.lower_ == "to" for a in kids(verb, "aux"))
        and verb.head.i < verb.i
    )

"""A toll told a few sentences after the article's one attack: "A police officer was among the dead, police said,
adding that more than 50 officers had been hurt", three sentences after "clashes killed at least 11 people".

`lone_attack_of_a_late_toll` finds the attack such a toll belongs to when `tolls.link_tolls` finds none in the toll's
sentence or the one before: the article reports exactly one asserted attack, the toll comes after its last mention
within `LATE_TOLL_REACH` sentences (a restatement after it, "since the shooting", is no bar), names no doer of
its own ("an earthquake killed 100") and no place apart from the
attack's. The toll then only fills the count the attack lacks, and only a count of two or more (one victim is
often another event's: "her family says she was beaten in a police van"): a later figure never overrides the lead's.
With several attacks, a toll told after all their mentions is the headline's attack's, when one attack is announced
there.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.events.candidates import Candidate

LATE_TOLL_REACH = 5  # sentences after the attack's last mention (a dateline and a quote split off count too)


def lone_attack_of_a_late_toll(
    toll: Candidate, k: int, attacks: list[tuple[Candidate, Candidate]], places_agree: Callable[[Candidate], bool]
) -> Candidate | None:
    """The one attack of the article a toll in sentence `k` belongs to (see the module's docstring), or None."""
    roots = {id(root): root for _, root in attacks}
    if any(a.role == "agent" for a in toll.event.arguments):
        return None
    if len(roots) != 1:
        return _headline_attack(toll, k, list(roots.values()), places_agree)
    root = next(iter(roots.values()))
    before = [m.sent_index for m in [root, *root.extra] if m.sent_index < k]  # a restatement after the toll is no bar
    if not before or k > max(before) + LATE_TOLL_REACH or not places_agree(root):
        return None
    return root


def _headline_attack(
    toll: Candidate, k: int, roots: list[Candidate], places_agree: Callable[[Candidate], bool]
) -> Candidate | None:
    """The attack the headline announces, for a toll told after every mention of the article's attacks: the
    article's main event ("Iran launches drone and missile attack on Israel" ... "Twelve people were injured",
    after the strike it retaliated for was told)."""
    announced = [r for r in roots if any(m.headline for m in [r, *r.extra])]
    if len(announced) != 1 or not places_agree(announced[0]):
        return None
    if any(m.sent_index >= k for r in roots for m in [r, *r.extra]):
        return None
    return announced[0]

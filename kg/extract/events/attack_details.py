"""A clause told by the attackers of an attack just reported is a detail of it, not another attack.

"Suicide bombers struck a mosque ..., killing 41" ... "Three attackers detonated explosives at the entrance": the
subject is a word for the doers of an attack (`attacker_nouns`: attacker, gunman, assailant ...), named by no entity,
with no day of its own, and the attack of the sentences just before is of the same kind (explosive, firearm ...). Its
weapons need not be named before (the attack said "suicide bombers", not "explosives"). `coref._elaborated_attack`
calls it where the attack told before names no weapon of the clause's.
"""

from __future__ import annotations

from kg.extract.events.candidates import Candidate
from kg.extract.events.lexicon import lexicon


def told_by_its_attackers(c: Candidate, cluster: list[Candidate]) -> bool:
    """`c` is an attack verb whose doers are the attackers of the cluster's attack, told again by a common noun."""
    if c.pos != "verb" or not c.kind:
        return False
    doers = [a for a in c.event.arguments if a.role == "agent"]
    if not doers or any(a.entity for a in doers):
        return False
    attacker_nouns = lexicon().sense("attacker_nouns")
    if not all(a.text.lower().split()[-1].rstrip("s") in attacker_nouns for a in doers if a.text.split()):
        return False
    kinds = {m.kind for m in cluster if m.kind}
    return c.kind in kinds

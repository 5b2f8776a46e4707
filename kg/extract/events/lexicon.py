"""The event lexicon (`data/event_lexicon.json`) and type codes (`data/event_types.json`), loaded once."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[str, ...]]  # lemma -> event types it can evoke, most likely first
    nouns: dict[tuple[str, ...], tuple[str, ...]]  # lemma sequence -> event types
    adjectives: dict[str, tuple[str, ...]]
    frames: dict[str, dict[str, dict[str, str]]]  # type -> "verb"|"noun" -> relation/preposition -> role
    # (type, lemma) -> "verb"|"noun" -> relation/preposition -> role: a word whose roles differ from its type's
    # frame ("according to X": X is the speaker; "spoke with": no caller)
    lemma_frames: dict[tuple[str, str], dict[str, dict[str, str]]]
    intransitive_subject: dict[str, str]  # "die" -> "victim"
    senses: dict[str, list[str]]
    max_noun_len: int
    _memo: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # `sense` is read ~500 times per article: the memo's own `__getitem__` (a C call; `_SenseMemo.__missing__`
        # builds a set the first time) answers it as the method below does, without a Python call per read
        memo = _SenseMemo(self.senses)
        memo.update(self._memo)
        object.__setattr__(self, "_memo", memo)
        object.__setattr__(self, "sense", memo.__getitem__)

    def derived(self, key: str, build: Callable[[Lexicon], frozenset[str]]) -> frozenset[str]:
        """A word set computed from the lexicon, built once per lexicon under `key` (rules ask for them
        at every token). Keys of derived sets start with "@" so they never meet a `senses` name."""
        words = self._memo.get(key)
        if words is None:
            words = self._memo[key] = build(self)
        return words

    def sense(self, name: str) -> frozenset[str]:
        """A word list of the lexicon's `senses` as a set (memoised as `derived` does, without its call)."""
        words = self._memo.get(name)
        if words is None:
            words = self._memo[name] = frozenset(self.senses.get(name, ()))
        return words


class _SenseMemo(dict):
    """The derived word sets and `senses` word lists met before; a `senses` name met first is built as a set."""

    def __init__(self, senses: dict) -> None:
        super().__init__()
        self.senses = senses

    def __missing__(self, name: str) -> frozenset[str]:
        words = self[name] = frozenset(self.senses.get(name, ()))
        return words


def _read(name: str) -> dict:
    return json.loads(resources.files("kg.extract").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = _read("event_lexicon.json")
    verbs: dict[str, list[str]] = {}
    nouns: dict[tuple[str, ...], list[str]] = {}
    adjectives: dict[str, list[str]] = {}
    frames, intransitive, lemma_frames = {}, {}, {}
    senses = dict(data["senses"])
    for etype, spec in data["types"].items():
        senses.update(spec.get("senses", {}))  # a type's own word lists, named after it ("ruling_courts")
        for lemma in spec.get("verbs", []):
            verbs.setdefault(lemma, []).append(etype)
        for phrase in spec.get("nouns", []):
            nouns.setdefault(
                tuple(phrase.replace("-", " - ").split()) if " - " in phrase else tuple(phrase.split()), []
            ).append(etype)
        for lemma in spec.get("adjectives", []):
            adjectives.setdefault(lemma, []).append(etype)
        frames[etype] = spec.get("frame", {"verb": {}, "noun": {}})
        lemma_frames.update({(etype, lemma): frame for lemma, frame in spec.get("lemma_frames", {}).items()})
        intransitive.update(spec.get("intransitive_subject", {}))
    _add_wordnet_tier(verbs, nouns, senses)
    return Lexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        adjectives={k: tuple(v) for k, v in adjectives.items()},
        frames=frames,
        lemma_frames=lemma_frames,
        intransitive_subject=intransitive,
        senses=senses,
        max_noun_len=max(len(k) for k in nouns),
    )


def _add_wordnet_tier(verbs: dict[str, list[str]], nouns: dict[tuple[str, ...], list[str]], senses: dict) -> None:
    """The tier under the curated lexicon (`data/wordnet_events.json`, written from WordNet by
    benchmarks/wordnet_events.py): a generated statement verb is added only where the curated lexicon has no verb
    of that lemma, and the curated sense rules judge it: a clause-frame verb is a statement with a reported
    clause or quotation (as every curated speech verb outside the `statement_verb_senses` lists), a judging verb
    with a direct object as well (added to the `object` list); a reporting noun only where it is issued by a
    speaker ("issued a rebuke", "a rebuke from the UN": added to `message_nouns_issuing_verbs`). Its meeting nouns
    are kept as the curated ones are; its attack verbs need a weapon or an attacker as subject
    (`attacker_driven_verbs`), its attack nouns a violent context (`combat_nouns_needing_violence`)."""
    data = _read("wordnet_events.json")
    generated, misread = data["statement"], data["misread_lemmas"]
    new_clause = [w for w in generated["clause"] if w not in verbs]
    new_object = [w for w in generated["object"] if w not in verbs]
    new_clause += [m for m, w in misread.items() if w in new_clause and m not in verbs]  # "extolled": "extoll"
    new_object += [m for m, w in misread.items() if w in new_object and m not in verbs]
    for lemma in (*new_clause, *new_object):
        verbs[lemma] = ["statement"]
    speech = dict(senses["statement_verb_senses"])
    speech["object"] = [*speech["object"], *new_object]
    senses["act_object_nouns"] = generated["act_objects"]  # "welcomed the judgment": what a reaction verb reacts to
    senses["statement_verb_senses"] = speech
    read_by_verb = {n for k, ns in senses["attitude_verbs"].items() if k != "_doc" for n in ns}
    read_by_verb |= set(senses["attitude_nouns"])  # "voiced criticism", "made a promise": the verb's statement
    new_nouns = [n for n in generated["nouns"] if (n,) not in nouns and n not in read_by_verb]
    for noun in new_nouns:
        nouns[(noun,)] = ["statement"]
    issued = dict(senses["message_nouns_issuing_verbs"])
    issued["nouns"] = [*issued["nouns"], *new_nouns]
    senses["message_nouns_issuing_verbs"] = issued
    for noun in data["meeting"]["nouns"]:  # "the conclave", "a jirga": the curated noun sense (kept plainly)
        nouns.setdefault((noun,), ["meeting"])
    # an attack verb with a weapon or an attacker as its subject, an attack noun in a violent context
    new_attack_verbs = [v for v in data["attack"]["verbs"] if v not in verbs]
    new_attack_nouns = [n for n in data["attack"]["nouns"] if (n,) not in nouns]
    for verb in new_attack_verbs:
        verbs[verb] = ["attack"]
    for noun in new_attack_nouns:
        nouns[(noun,)] = ["attack"]
    senses["attacker_driven_verbs"] = [*senses["attacker_driven_verbs"], *new_attack_verbs]
    senses["combat_nouns_needing_violence"] = [*senses["combat_nouns_needing_violence"], *new_attack_nouns]


@lru_cache(maxsize=1)
def event_types() -> dict[str, dict]:
    """{type: {label, cameo, cameo_label, plover, description}} for every event type kg emits."""
    return _read("event_types.json")

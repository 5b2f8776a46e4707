"""Casualty counts: how many died or were hurt, read off the victim of a death or injury, and the sets of events
counted over a period.

A number on the victim ("killed at least 23 people", "23 fatalities", "five were wounded") with its qualifier
("at least", "more than", "nearly"); a single named victim counts one ("Dr. Novak was gunned down"),
conjoined victims add up, a gapped conjunct takes its own number ("82 were killed and 1,700 injured"). A vague
quantity ("dozens", "scores of", "several", "tens of thousands") is never turned into a number: the count stays
unknown and the word is its qualifier. Word lists are data: `count_words`, `count_qualifiers`,
`vague_quantities` in the event lexicon.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.events.conflict import _kids, attempted_killing, is_person, named_person
from kg.extract.events.lexicon import Lexicon
from kg.extract.events.resultatives import completed_verb, patients
from kg.facts import Casualties

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.facts import Event


def _counted(unit: Token) -> bool:
    """A period unit counted: plural ("40 years") or one ("a year", "more than a year"); not "this year's war"."""
    one = {"a", "an", "one"}
    return unit.tag_ == "NNS" or any(c.dep_ in {"det", "nummod"} and c.lower_ in one for c in unit.children)


def aggregate_period(tok: Token, lex: Lexicon) -> bool:
    """Events counted over a period, not one event: "since 1993, three doctors have been murdered", "more than a
    dozen attempted murders in the last five years", "three times, doctors were killed", "40 years of armed
    invasions", "a spate of attacks", "numerous bombings". Read on the trigger and, for a noun, on the verb it is
    the subject or object of."""
    units = lex.sense("period_units")
    top = tok
    while top.dep_ == "conj":
        top = top.head
    of = top.head
    if top.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in units and _counted(of.head):
        return True  # "40 years of blockade, armed invasions and sabotage", "decades of war", "a year of fighting"
    if tok.tag_ in {"NNS", "NNPS"} and vague_quantity(tok, lex):
        return True  # "numerous bombings", "several attacks": a set of events
    if (
        tok.tag_ == "NNS"
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in {"be", "become", "remain"}
        and not _kids(tok, "det", "poss", "nummod")
    ):
        return True  # "assassinations are a regular event", "bombings have become common": attacks in general
    nodes = [tok]
    if top.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in lex.sense("event_series_nouns"):
        return True  # "a spate of attacks", "a series of shootings"
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}:
        nodes.append(tok.head)
    for node in nodes:
        for c in node.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "since"
                and any(g.dep_ == "pobj" and (g.ent_type_ == "DATE" or g.like_num) for g in c.children)
            ):
                return True  # "since 1993", not "since the bombing" (its toll)
            if c.dep_ == "prep" and c.lower_ in {"in", "over", "during", "for", "within"}:
                for g in c.children:
                    words = {t.lower_ for t in g.subtree}
                    if (
                        g.lemma_.lower() in units
                        and words & {"past", "last", "recent"}
                        and (g.tag_ == "NNS" or g.lemma_.lower() in {"decade", "century"})
                    ):
                        return True
            if c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and c.tag_ == "NNS":
                return True  # "three times"
    return False


def _table(lex: Lexicon, name: str) -> dict[str, object]:
    table = lex.senses.get(name, {})
    return table if isinstance(table, dict) else {}


def parse_number(tok: Token, lex: Lexicon) -> int | None:
    """ "23", "1,700", "twelve", "a dozen": an exact count. "dozens", "hundreds" are no number (`vague_quantity`)."""
    text = tok.text.lower().replace(",", "")
    if re.fullmatch(r"\d+", text):
        return int(text)
    value = _table(lex, "count_words").get(text)
    return value if isinstance(value, int) else None


def vague_quantity(tok: Token, lex: Lexicon) -> str | None:
    """ "dozens", "scores of", "several", "tens of thousands": a quantity with no number. Giving it one ("dozens"
    as 24) would invent a precision the text does not have: the word is kept as the count's qualifier."""
    vague = _table(lex, "vague_quantities")
    words = [c for c in tok.children if c.dep_ in {"amod", "nummod", "det", "quantmod"}]
    for w in [*words, tok]:
        two = " ".join(t.lower_ for t in tok.doc[max(w.i - 1, 0) : w.i + 1])
        for text in (two, w.lower_):
            word = vague.get(text)
            if isinstance(word, str):
                if w is not tok and isinstance(vague.get(tok.lower_), str):
                    return f"{word} of {vague[tok.lower_]}"  # "tens of thousands" (the parser's quantmod)
                return _vague_phrase(w, word, vague)
    return None


def _vague_phrase(tok: Token, word: str, vague: dict[str, object]) -> str:
    """ "tens of thousands": a vague word counting another one keeps both."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if inner is not None and isinstance(vague.get(inner.lower_), str):
                return f"{word} of {vague[inner.lower_]}"
    return word


def count_on(tok: Token, lex: Lexicon) -> tuple[int | None, str | None]:
    """The number counting a noun ("at least 23 fatalities") and its qualifier; a vague quantity ("dozens of people",
    "several soldiers") is (None, the word)."""
    nums = [
        c
        for c in tok.children
        if c.dep_ == "nummod" and c.ent_type_ not in {"DATE", "TIME"} and parse_number(c, lex) is not None
    ]  # not the day of "the Oct. 23 killing"
    if tok.lower_ in lex.sense("negative_quantifiers") or any(
        c.dep_ == "det" and c.lower_ in lex.sense("negative_determiners") for c in tok.children
    ):
        return 0, None  # "no one was hurt", "nobody was killed", "no civilians died": none, not one
    if not nums and tok.like_num and parse_number(tok, lex) is not None:
        nums = [tok]
    if not nums:
        return None, vague_quantity(tok, lex)
    num = nums[0]
    value = parse_number(num, lex)
    left = num.doc[max(num.left_edge.i, num.i - 3) : num.i].text.lower()
    left = left.removesuffix(" a").removesuffix(" an")  # "at least a dozen", "more than a hundred"
    for phrase, norm in _table(lex, "count_qualifiers").items():
        if left.endswith(phrase) and isinstance(norm, str):
            return value, norm
    return value, None


def single_victim(tok: Token, lex: Lexicon) -> bool:
    """One person: a named person ("Dr. Karel Novak was gunned down"), a singular person noun that names one
    ("a security guard", "the doctor", "his wife"), "he"/"she", or the head a relative "who" stands for."""
    if tok.tag_ in {"WP", "WDT"} and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.lower_ in {"he", "she", "him", "her"}:
        return True
    if tok.tag_ not in {"NN", "NNP"} or any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.lemma_.lower() in lex.sense("collective_people_nouns"):
        return False
    if tok.ent_type_ == "PERSON" or named_person(tok, lex):
        return True
    return is_person(tok, lex) and any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"no", "any", "every", "each", "some"} for c in tok.children
    )


def _count_victims(tok: Token, lex: Lexicon) -> tuple[int | None, str | None]:
    """The count of a victim phrase and its conjuncts: "two soldiers and a civilian" are three, "a guard" one."""
    parts = [tok, *tok.conjuncts]
    counts = [count_on(p, lex) for p in parts]
    if len(parts) > 1:
        values = [
            v if v is not None else (1 if single_victim(p, lex) else None)
            for p, (v, _) in zip(parts, counts, strict=True)
        ]
        if all(v is not None for v in values):
            return sum(v for v in values if v is not None), next((q for _, q in counts if q), None)
    for value, qualifier in counts:
        if value is not None:
            return value, qualifier
    vague = next((q for _, q in counts if q), None)
    if vague is not None:
        return None, vague
    if single_victim(tok, lex) or one_more_victim(tok, lex):
        return 1, None
    return None, None


def one_more_victim(tok: Token, lex: Lexicon) -> bool:
    """ "killed an officer and wounded another", "wounding a third": a word standing for one more person."""
    words = _table(lex, "one_more_victim_words")
    alone, after_a = words.get("alone", []), words.get("after_a", [])
    if not isinstance(alone, list) or not isinstance(after_a, list):
        return False
    if tok.lower_ in alone and not any(c.dep_ == "prep" for c in tok.children):
        return True  # not "another of the wounded", whose count is the group's
    return tok.lower_ in after_a and any(c.dep_ == "det" and c.lower_ == "a" for c in tok.children)


def _gapped_passive(verb: Token) -> bool:
    """ "82 were killed and 1,700 injured": a passive participle conjoined with its auxiliary gapped; the parser makes
    its patient ("1,700") a subject."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not _kids(verb, "aux", "auxpass")
        and any(c.dep_ in {"auxpass"} for c in verb.head.children)
    )


def victim_count(doc: Doc, event: Event, head: Token, kind: str, lex: Lexicon) -> tuple[int | None, str | None]:
    """How many died or were hurt, read off the trigger's victim (or the trigger noun itself): (count, qualifier).
    A vague quantity has no count: (None, "dozens")."""
    candidates: list[Token] = []
    if kind == "noun":
        candidates.append(head)
        if head.lemma_.lower() == "toll" and head.dep_ in {"nsubj", "nsubjpass"}:
            # "the death toll rose to 15", "reached 15", "stands at 15", "is 15"
            verb = head.head
            candidates += [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
            candidates += [
                g
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in {"to", "at"}
                for g in p.children
                if g.dep_ == "pobj"
            ]
        elif head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.pos_ == "VERB":
            candidates += _kids(head.head.head, "dobj", "nsubjpass")  # "was shot to death", "beaten to death"
        elif (treated := _treated_for(head, lex)) is not None:
            candidates += _kids(treated, "dobj", "nsubjpass")  # "25 people were treated for gunshot wounds"
        else:  # "the slaying of Dr. Novak", "Novak's murder"
            candidates += _kids(head, "poss")
            candidates += [g for p in _kids(head, "prep") if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    elif kind == "adj":
        candidates.append(head)
        if head.dep_ == "amod":
            candidates.append(head.head)
        verb = completed_verb(head)  # "shot dead seven protesters", "seven were found dead": the act's patient
        if verb is not None:
            candidates += patients(verb, head)
        elif head.dep_ in {"acomp", "oprd"}:
            candidates += [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        candidates += [c for c in head.children if c.dep_ in {"nummod", "npadvmod"}]
    else:
        candidates += [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
        if head.lemma_.lower() in {"die", "perish"} or _gapped_passive(head):
            candidates += [c for c in head.children if c.dep_ == "nsubj"]
        if head.dep_ == "acl" and head.tag_ == "VBN":
            candidates.append(head.head)  # "1,700 injured", "people wounded in the blast": the participle's patient
    if kind == "verb" and (split := _split_patients(head, lex)) is not None:
        return split
    for cand in candidates:
        if cand is head and kind == "noun":
            value, qualifier = count_on(cand, lex)  # "23 fatalities", "dozens of deaths"; not "the slaying" itself
        else:
            value, qualifier = _count_victims(cand, lex)
        if value is not None and kind == "verb":
            value += _gapped_counts(head, lex)
        if value is not None or qualifier is not None:
            return value, qualifier
    if kind == "noun" and _one_killing(head, lex):
        return 1, None
    return None, None


def _split_patients(verb: Token, lex: Lexicon) -> tuple[int | None, str | None] | None:
    """ "17 officers and at least 30 protesters were hurt": coordinated victims the parser made two subjects of the
    passive verb (no conj between them) add up, when each is counted; None when the verb has one patient."""
    subjects = _kids(verb, "nsubjpass")  # two objects of an active verb are no two groups of victims (a toll and who)
    if len(subjects) < 2:
        return None
    counts = [_count_victims(s, lex) for s in subjects]
    if any(value is None for value, _ in counts):
        return None
    return sum(value for value, _ in counts if value is not None), next((q for _, q in counts if q), None)


def _treated_for(noun: Token, lex: Lexicon) -> Token | None:
    """The treatment verb an injury noun is what it treats ("were treated for gunshot wounds", "were treated in
    hospital for burns", "hospitalised with injuries"), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "with"}:
        return None
    verb = noun.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "treated in hospital for": the parser hangs "for" on the hospital
    return verb if verb.lemma_.lower() in lex.sense("treatment_verbs") else None


def _gapped_counts(verb: Token, lex: Lexicon) -> int:
    """ "killed 247 people in Kenya and 10 in Tanzania": counts conjoined to the verb with the verb gapped."""
    return sum(
        parse_number(c, lex) or 0
        for c in verb.children
        if c.dep_ == "conj" and c.like_num and c.ent_type_ not in {"DATE", "TIME"}
    )


def _one_killing(noun: Token, lex: Lexicon) -> bool:
    """ "the slaying", "an alleged murder", "the assassination": a killing named in the singular, with no victim
    counted, killed one person."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in lex.sense("killing_words")
        and not any(p.lower_ == "of" for p in _kids(noun, "prep"))
        and not attempted_killing(noun, lex)
    )


def add_count(cas: Casualties | None, kind: str, value: int | None, qualifier: str | None) -> Casualties:
    """A count added to casualties that may hold the other one: the first count of a kind stays. `qualifier` is
    the counts' ("at least"): a vague word ("dozens", with no count) qualifies only where no count is known."""
    cas = cas or Casualties()
    if getattr(cas, kind) is not None:
        return cas
    if value is None:
        if cas.killed is None and cas.injured is None:
            cas.qualifier = cas.qualifier or qualifier
        return cas
    known_before = cas.killed is not None or cas.injured is not None
    setattr(cas, kind, value)
    cas.qualifier = (cas.qualifier or qualifier) if known_before else qualifier
    return cas

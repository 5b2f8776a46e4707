"""A headline's word for the event its body then reports, where the headline gave no event of its own.

A headline names the lead's event in the present tense, often in words the parser misreads or the lexicon takes in
another sense: "Salvadoran judge orders 492 gang members to stand trial" ... "A judge on Wednesday ordered",
"Mauritania's former army chief wins presidency" ("wins" tagged a noun) ... "Ghazouani won the election", "Putin
calls both leaders" (read as a statement) ... "Putin spoke by telephone with Japarov and Rahmon". The event is one,
at its first mention, the headline: the headline's word joins the body's event as one of its mentions.

Taken: a headline word (a verb, or a noun the parser made of one) whose lemma is the body trigger's own, a verb the
event lexicon lists for the body event's type, or a word of `data/headline_event_words.json` for that type; the
body event the first of its type in the lead (`HEADLINE_REACH` sentences), no headline mention yet; the headline
naming one of its participants, places or other arguments (a word of theirs: "judge", "Mauritania", "Putin").
Never: a headline that already has an event of that type (the body event is then another one, or coreference kept
them apart for a reason), a word already the trigger of another event (a headline statement is given up to a call
only: "X calls Y" with a person named as its object, not "calls for"), a statement, a death or an injury.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.events.candidates import Candidate
from kg.facts import Event, Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.events.lexicon import Lexicon

HEADLINE_REACH = 6  # sentences after the headline (a dateline one of them) in which the event it names is first told
NEVER = frozenset({"statement", "death", "injury"})
# a headline statement verb that may name a call instead: "Putin calls both leaders"
STATEMENT_TO = {"call": frozenset({"call", "phone", "telephone", "ring"})}
_WORD_POS = frozenset({"VERB", "NOUN", "PROPN", "AUX"})
_FUNCTION = frozenset({"the", "and", "for", "with", "from", "over", "into", "after", "says", "said", "new", "two"})


@cache
def headline_words() -> dict[str, frozenset[str]]:
    data = json.loads(resources.files("kg.extract").joinpath("data", "headline_event_words.json").read_text("utf-8"))
    return {k: frozenset(v) for k, v in data.items() if not k.startswith("_")}


def _lemmas(tok: Token) -> set[str]:
    """The word's lemma, and the verb a headline's -s form spells when the tagger read it as a plural noun."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("s") and tok.pos_ in {"NOUN", "PROPN"}:
        out |= {low[:-1], low[:-2] if low.endswith("es") else ""}
    return out - {""}


def _words_of(ev: Event) -> set[str]:
    """The words of the event's arguments, and the initials of each name of several words ("ICC")."""
    words = set()
    for a in ev.arguments:
        if a.role == "instrument" or not a.text:
            continue
        parts = a.text.replace("'s", " ").replace("’s", " ").split()
        words |= {w.lower() for w in parts if len(w) > 2}
        capitals = [w for w in parts if w[:1].isupper()]
        if len(capitals) > 1:
            words.add("".join(w[0] for w in capitals).lower())
    return words - _FUNCTION


def _content(toks) -> set[str]:
    return {t.lower_ for t in toks if t.is_alpha and len(t) > 2 and not t.is_stop} | {
        t.lemma_.lower() for t in toks if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"} and not t.is_stop
    }


def _names_it(headline: Span, word: Token, cluster: list[Candidate], body: Span) -> bool:
    """The headline names an argument of the body event (a word of its participants, places, targets: "judge",
    "Mauritania", "ICC"), or says two more words of the body sentence that tells it ("Turkmen", "pipeline")."""
    said = _content([t for t in headline if t.i != word.i]) - _FUNCTION
    if said & set().union(*(_words_of(m.event) for m in cluster)):
        return True
    return len(said & _content([t for t in body if t.i != cluster[0].head])) >= 2


def _calls_someone(word: Token) -> bool:
    """ "Putin calls both leaders": a direct object, no "for"/"on" ("calls for calm", "calls on X to")."""
    kids = list(word.children)
    return any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in kids)


def fold_headline_words(
    roots: list[Candidate], sents: list[Span], head_sent: int | None, lex: Lexicon
) -> list[Candidate]:
    """The surviving events, each body event whose headline word (module docstring) is found with it as a mention;
    a headline statement given up to a call is dropped. `head_sent`: the index of the headline in `sents`."""
    if head_sent is None:
        return roots
    headline = sents[head_sent]
    in_headline = [r for r in roots if any(m.headline for m in [r, *r.extra])]
    typed = {r.event.type for r in in_headline}
    trigger_at = {m.head: r for r in roots for m in [r, *r.extra]}
    dropped: set[int] = set()
    seen: set[str] = set()
    for r in sorted(roots, key=lambda r: r.event.trigger.start):
        etype = r.event.type
        if etype in NEVER or etype in typed or etype in seen or r.headline or any(m.headline for m in r.extra):
            continue
        seen.add(etype)  # the first body event of its type only
        if r.sent_index <= head_sent or r.sent_index - head_sent > HEADLINE_REACH:
            continue
        cluster = [r, *r.extra]
        own = {m.lemma for m in cluster if m.lemma} | headline_words().get(etype, frozenset())
        for word in headline:
            if word.pos_ not in _WORD_POS or word.is_stop and word.lower_ not in own:
                continue
            lemmas = _lemmas(word)
            if not (lemmas & own or any(etype in lex.verbs.get(x, ()) for x in lemmas if word.pos_ == "VERB")):
                continue
            other = trigger_at.get(word.i)
            if other is not None and other is not r:
                if other.event.type != "statement" or not lemmas & STATEMENT_TO.get(etype, frozenset()):
                    continue
                if not _calls_someone(word) or len(other.extra) or id(other) in dropped:
                    continue
            if not _names_it(headline, word, cluster, sents[r.sent_index]):
                continue
            if other is not None and other is not r:
                dropped.add(id(other))
            r.extra.append(_mention(word, r, headline))
            typed.add(etype)
            break
    return [r for r in roots if id(r) not in dropped]


def _mention(word: Token, root: Candidate, headline: Span) -> Candidate:
    ev = Event(
        id=f"{root.event.id}-h",
        type=root.event.type,
        trigger=Mention(word.idx, word.idx + len(word.text), word.text),
        sentence=(headline.start_char, headline.end_char),
        modality=root.event.modality,
    )
    cand = Candidate(ev, word.i, "verb" if word.pos_ == "VERB" else "noun", root.sent_index, False, headline=True)
    cand.merged_into = root
    return cand

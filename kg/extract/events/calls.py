"""Calls a statement was made in: "told the AP by phone", "said over the telephone".

news-dev counts a conversation on the telephone as a call as well as the statement said in it ("said in a
telephone interview" is both); so a reporting verb whose channel is the telephone ("by phone", "over the
phone", "via telephone": the statement's `medium`, `call_senses.add_channel`) was said in a call between
the speaker and the one told. `calls_over_the_phone` returns those calls: the phone word is the trigger, the
speaker the agent, the one told a participant; the statement's sentence and modality. A call verb ("spoke by
phone with") is a call already, never a statement, and "a telephone interview" is a call noun of its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.events.arguments import head_token
from kg.extract.events.lexicon import Lexicon
from kg.facts import Event, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHANNEL_PREPOSITIONS = frozenset({"by", "over", "via"})


def calls_over_the_phone(doc: Doc, events: list[Event], lex: Lexicon) -> list[Event]:
    """The calls the article's statements were made in (see the module docstring), one per statement."""
    spoken = [ev for ev in events if ev.type == "statement" and any(a.role == "medium" for a in ev.arguments)]
    if not spoken:
        return []
    phone = lex.sense("phone_words") - {"call"}
    calls = []
    for ev in spoken:
        for medium in (a for a in ev.arguments if a.role == "medium"):
            word = head_token(doc, medium)  # "the phone" -> phone
            if (
                word is None
                or word.lemma_.lower() not in phone
                or word.dep_ != "pobj"
                or word.head.lower_ not in CHANNEL_PREPOSITIONS
            ):
                continue
            arguments = [replace(a, role="agent") for a in ev.arguments if a.role == "agent"]
            arguments += [replace(a, role="participant") for a in ev.arguments if a.role == "recipient"]
            trigger = Mention(start=word.idx, end=word.idx + len(word.text), text=word.text)
            calls.append(
                Event(id=f"{ev.id}-call", type="call", trigger=trigger, sentence=ev.sentence, arguments=arguments,
                      modality=ev.modality, confidence=ev.confidence)
            )
            break
    return calls

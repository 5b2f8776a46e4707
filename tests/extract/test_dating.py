"""attach_event_dates: events built by hand on short sentences, dated through tree, sentence, narrative."""

from __future__ import annotations

import pytest
from conftest import SEED, require_shared

from kg.extract.dating import attach_event_dates
from kg.extract.timex import find_timexes
from kg.facts import Event, Mention

FRIDAY = "2025-07-04"


def make_event(doc, word: str, type_: str, nth: int = 0) -> Event:
    """An Event whose trigger is the `nth` occurrence of `word` in the doc's text."""
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(word, pos + 1)
    span = doc.char_span(pos, pos + len(word), alignment_mode="expand")
    sent = span.sent
    return Event(
        id=f"{type_}-{pos}",
        type=type_,
        trigger=Mention(pos, pos + len(word), word),
        sentence=(sent.start_char, sent.end_char),
    )


@pytest.fixture(scope="module")
def date_events(nlp):
    def run(text: str, triggers: list[tuple[str, str]], published: str | None = FRIDAY):
        doc = nlp(text)
        timexes = find_timexes(doc, published)
        events = [make_event(doc, w, t) for w, t in triggers]
        attach_event_dates(doc, events, timexes, published)
        return events, timexes

    return run


def test_timex_attached_to_the_trigger(date_events):
    (ev,), timexes = date_events("Rebels attacked the airport on Thursday.", [("attacked", "attack")])
    assert (ev.date, ev.precision) == ("2025-07-03", "day")
    assert timexes[ev.timex].text == "Thursday"


def test_reporting_verb_dates_its_complement(date_events):
    (said, agreed), _ = date_events(
        "The president announced on Friday that the two sides agreed to a truce.",
        [("announced", "statement"), ("agreed", "agreement")],
    )
    assert said.date == "2025-07-04"
    assert agreed.date == "2025-07-04"


def test_noun_trigger_with_its_own_date(date_events):
    (call, conv), _ = date_events(
        "The call followed a separate conversation between the two leaders on Thursday.",
        [("call", "call"), ("conversation", "call")],
    )
    assert conv.date == "2025-07-03"
    assert call.date != "2025-07-03"


def test_overnight_attack_keeps_the_night_range(date_events):
    (ev,), _ = date_events("The city was hit by a devastating overnight assault.", [("assault", "attack")])
    assert ev.date == "2025-07-03"
    assert ev.date_range == ("2025-07-03T18:00", "2025-07-04T06:00")


def test_definite_reference_inherits_the_earlier_date(date_events):
    (announced, call), _ = date_events(
        "The minister announced on Friday that he had spoken to his counterpart. "
        "He described the call as productive.",
        [("announced", "statement"), ("call", "call")],
    )
    assert announced.date == "2025-07-04"
    assert call.date == "2025-07-04"
    assert call.timex == announced.timex


def test_same_type_coreference_wins_over_reporting_event(date_events):
    (meeting, said, again), _ = date_events(
        "The envoys held a meeting on Tuesday. Officials said on Friday that the meeting went well.",
        [("meeting", "meeting"), ("said", "statement"), ("meeting went", "meeting")],
    )
    assert meeting.date == "2025-07-01"
    assert said.date == "2025-07-04"


def test_no_evidence_no_date(date_events):
    (ev,), _ = date_events("Rebels attacked the airport.", [("attacked", "attack")])
    assert ev.date is None and ev.timex is None and ev.date_range is None


def test_month_precision(date_events):
    (ev,), _ = date_events("The two countries signed a treaty in March.", [("signed", "agreement")])
    assert (ev.date, ev.precision) == ("2025-03", "month")


def test_week_precision(date_events):
    (ev,), _ = date_events("The rebels attacked the town last week.", [("attacked", "attack")])
    assert (ev.date, ev.precision) == ("2025-W26", "week")


def test_durations_do_not_date_events(date_events):
    (ev,), _ = date_events("The siege lasted 90 days.", [("siege", "attack")])
    assert ev.date is None


def test_without_publication_date_relative_dates_give_no_event_date(date_events):
    (ev,), _ = date_events("Rebels attacked the airport on Thursday.", [("attacked", "attack")], None)
    assert ev.date is None


def test_seed_article(nlp):
    raw = require_shared(SEED).read_text(encoding="utf-8")
    text = raw.split("\n\n", 1)[1]
    doc = nlp(text)
    timexes = find_timexes(doc, FRIDAY)
    triggers = [
        ("announced", "statement"),
        ("phone call", "call"),
        ("assault", "attack"),
        ("conversation", "call"),
    ]
    events = [make_event(doc, w, t) for w, t in triggers]
    attach_event_dates(doc, events, timexes, FRIDAY)
    by_type = {(e.trigger.text): e for e in events}
    assert by_type["announced"].date == "2025-07-04"
    assert by_type["phone call"].date == "2025-07-04"
    assert by_type["conversation"].date == "2025-07-03"
    attack = by_type["assault"]
    assert attack.date_range is not None
    assert attack.date_range[0] <= "2025-07-03T22:00" and attack.date_range[1] >= "2025-07-04T04:00"


def test_a_preposition_at_the_root_of_a_parse_ends_the_climb(nlp):
    """A fragment parsed with a preposition as its root ("After Friday.") must not loop for ever."""
    from spacy.tokens import Doc

    words = ["After", "Friday", ",", "talks", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, False, True, False, False],
        heads=[0, 0, 0, 0, 0],
        deps=["ROOT", "pobj", "punct", "dep", "punct"],
        pos=["ADP", "PROPN", "PUNCT", "NOUN", "PUNCT"],
        tags=["IN", "NNP", ",", "NNS", "."],
        sent_starts=[True, False, False, False, False],
    )
    timexes = find_timexes(doc, FRIDAY)
    assert [t.text for t in timexes] == ["Friday"]
    ev = make_event(doc, "talks", "meeting")
    attach_event_dates(doc, [ev], timexes, FRIDAY)
    assert ev.date == "2025-07-04"

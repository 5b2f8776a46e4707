"""attach_event_dates: events built by hand on sentences written for kg, dated through the parse, the
event's mentions, related events, tense and the publication date; `date` and `date_range` agree."""

from __future__ import annotations

import pytest
from conftest import SEED, SHARED, require_shared
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract.dating import DATE_SOURCES, attach_event_dates, date_disagreement
from kg.extract.timex import find_timexes
from kg.facts import Event, Mention

FRIDAY = "2025-07-04"
END_OF_FRIDAY = "2025-07-04T23:59"


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


def _mention(doc, word: str, nth: int) -> Mention:
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(word, pos + 1)
    return Mention(pos, pos + len(word), word)


@pytest.fixture(scope="module")
def date_events(nlp):
    """run(text, triggers): each trigger is (word, type) or (word, type, options); options: `nth` (which
    occurrence), `mentions` ([(word, nth)] folded into the event), `caused_by` (index of the attack),
    `modality`."""

    def run(text: str, triggers: list[tuple], published: str | None = FRIDAY):
        doc = nlp(text)
        timexes = find_timexes(doc, published)
        events = []
        for spec in triggers:
            word, type_, opts = (*spec, {})[:3]
            ev = make_event(doc, word, type_, opts.get("nth", 0))
            ev.mentions = [_mention(doc, w, n) for w, n in opts.get("mentions", [])]
            ev.modality = opts.get("modality", "asserted")
            events.append(ev)
        for spec, ev in zip(triggers, events, strict=True):
            if len(spec) > 2 and "caused_by" in spec[2]:
                ev.caused_by = events[spec[2]["caused_by"]].id
        attach_event_dates(doc, events, timexes, published)
        for ev in events:
            assert date_disagreement(ev.date, ev.date_range) is None, (ev.trigger.text, ev.date, ev.date_range)
            assert ev.date_source in (*DATE_SOURCES, None)
        return events, timexes

    return run


def test_timex_attached_to_the_trigger(date_events):
    (ev,), timexes = date_events("Rebels attacked the airport on Thursday.", [("attacked", "attack")])
    assert (ev.date, ev.precision) == ("2025-07-03", "day")
    assert timexes[ev.timex].text == "Thursday"


def test_a_reported_past_event_happened_on_or_before_its_dated_report(date_events):
    (said, agreed), _ = date_events(
        "The president announced on Friday that the two sides agreed to a truce.",
        [("announced", "statement"), ("agreed", "agreement")],
    )
    assert (said.date, said.date_source) == ("2025-07-04", "expression")
    assert agreed.date is None and agreed.timex is None
    assert (agreed.date_range, agreed.date_source) == ((None, END_OF_FRIDAY), "related_event")


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


def test_no_expression_on_or_before_the_publication_date(date_events):
    (ev,), _ = date_events("Rebels attacked the airport.", [("attacked", "attack")])
    assert ev.date is None and ev.timex is None
    assert (ev.date_range, ev.date_source) == ((None, END_OF_FRIDAY), "publication")


def test_a_publication_time_bounds_to_the_minute(date_events):
    (ev,), _ = date_events("Rebels attacked the airport.", [("attacked", "attack")], "2025-07-04T09:30:00")
    assert ev.date_range == (None, "2025-07-04T09:30")


def test_no_publication_date_no_bound(date_events):
    (ev,), _ = date_events("Rebels attacked the airport.", [("attacked", "attack")], None)
    assert ev.date is None and ev.date_range is None and ev.date_source is None


def test_planned_events_are_not_bounded_by_the_publication(date_events):
    (ev,), _ = date_events("The ministers plan to meet in Lisbon.", [("meet", "meeting", {"modality": "planned"})])
    assert ev.date_range is None and ev.date_source is None


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


# --- which expression governs the event ---------------------------------------------------------


def test_a_content_verb_does_not_date_the_event_it_is_about(date_events):
    (condemned, bombing), _ = date_events(
        "The council condemned the bombing of the ministry on Thursday.",
        [("condemned", "statement"), ("bombing", "attack")],
    )
    assert condemned.date == "2025-07-03"
    assert bombing.date is None and bombing.date_range == (None, "2025-07-03T23:59")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Insurgents launched the offensive on Wednesday.", "offensive"),  # support verb
        ("The raid on the compound was carried out on Wednesday.", "raid"),  # passive support verb
        ("The explosion happened on Wednesday.", "explosion"),  # the noun is the subject
        ("The explosions killed seven people on Wednesday.", "explosions"),
        ("The militia claimed responsibility for the ambush on Wednesday.", "ambush"),
    ],
)
def test_a_noun_shares_the_date_of_its_support_verb_or_of_the_verb_it_is_the_subject_of(date_events, text, word):
    (ev,), _ = date_events(text, [(word, "attack")])
    assert (ev.date, ev.date_source) == ("2025-07-02", "expression")


def test_a_date_in_the_nouns_own_phrase_dates_it_under_any_verb(date_events):
    (ev,), _ = date_events("The raids on the two border villages in March were condemned.", [("raids", "attack")])
    assert (ev.date, ev.precision) == ("2025-03", "month")


def test_a_day_right_after_a_reporting_verb_is_the_reporting_verbs(date_events):
    (said, shelled), _ = date_events(
        "The governor said Tuesday rebels had shelled the bridge.", [("said", "statement"), ("shelled", "attack")]
    )
    assert said.date == "2025-07-01"
    assert shelled.date is None and shelled.date_source == "related_event"


def test_a_dateline_dates_no_event(date_events):
    (ev,), timexes = date_events(
        "MIRAVAL, June 30 (Wirenews) -- Rebels attacked the depot.", [("attacked", "attack")]
    )
    assert [t.text for t in timexes] == ["June 30"]
    assert ev.date is None and ev.date_source == "publication"


def test_one_date_per_verb_the_second_is_its_objects(date_events):
    (condemned, attacks), _ = date_events(
        "The government on Sunday condemned the car bomb attacks in the north Friday.",
        [("condemned", "statement"), ("attacks", "attack")],
        "2025-07-07",
    )
    assert (condemned.date, attacks.date) == ("2025-07-06", "2025-07-04")


def test_a_present_perfect_takes_no_past_date(date_events):
    (arrested, bombing), _ = date_events(
        "A man has been arrested in connection with the bombing of the market last year.",
        [("arrested", "arrest"), ("bombing", "attack")],
    )
    assert bombing.date == "2024"
    assert arrested.date != "2024"


def test_a_simultaneous_time_clause_dates_its_main_clause(date_events):
    (said,), _ = date_events("Officials said as the sun rose on Saturday that the search had ended.",
                             [("said", "statement")])
    assert said.date == "2025-06-28"


def test_the_medium_of_a_statement_dates_it(date_events):
    (said,), _ = date_events("The minister said in a letter published Wednesday that the truce would hold.",
                             [("said", "statement")])
    assert said.date == "2025-07-02"


# --- mentions, related events --------------------------------------------------------------------


def test_the_most_precise_date_of_all_mentions_consistent_with_the_coarser(date_events):
    (ev,), _ = date_events(
        "This year's twin blasts shocked Lendra.\n\nThe blasts on May 2 killed nine dockers.",
        [("blasts", "attack", {"mentions": [("blasts", 1)]})],
    )
    assert (ev.date, ev.precision, ev.date_source) == ("2025-05-02", "day", "expression")


def test_an_inconsistent_mention_does_not_override_the_trigger(date_events):
    (ev,), _ = date_events(
        "Rebels attacked the port on Monday.\n\nA second attack on Tuesday hit the market.",
        [("attacked", "attack", {"mentions": [("attack", 0)]})],
    )
    assert ev.date == "2025-06-30"


def test_a_toll_takes_its_attacks_date(date_events):
    (attack, killed, injured), _ = date_events(
        "Gunmen raided the village on Sunday. Four people were killed and six injured, police said as dawn broke "
        "Monday.",
        [("raided", "attack"), ("killed", "death", {"caused_by": 0}), ("injured", "injury", {"caused_by": 0})],
    )
    assert attack.date == "2025-06-29"
    assert (killed.date, killed.date_source) == ("2025-06-29", "related_event")
    assert (injured.date, injured.date_source) == ("2025-06-29", "related_event")


def test_an_attack_without_a_date_takes_its_tolls(date_events):
    (attack, killed), _ = date_events(
        "A bomb ripped through the market, and three people were killed there on Monday.",
        [("bomb", "attack"), ("killed", "death", {"caused_by": 0})],
    )
    assert (attack.date, attack.date_source) == ("2025-06-30", "related_event")


def test_a_reference_to_an_attack_is_not_dated_by_the_report_about_it(date_events):
    (condemned, bombing), _ = date_events(
        "The council met on Thursday. It condemned the bombing.",
        [("met", "meeting"), ("bombing", "attack")],
    )
    assert bombing.date is None


def test_a_definite_first_mention_is_dated_by_a_later_account_unless_a_new_event_comes_between(date_events):
    text = "The council on Saturday condemned the bombing.\n\nThe blast on Friday killed six people."
    (_, bombing, blast), _ = date_events(text, [("condemned", "statement"), ("bombing", "attack"), ("blast", "attack")],
                                         "2025-07-05")
    assert (bombing.date, bombing.date_source) == ("2025-07-04", "related_event")
    text = "The council on Saturday condemned the bombing.\n\nAnother blast on Friday killed six people."
    (_, bombing, _), _ = date_events(text, [("condemned", "statement"), ("bombing", "attack"), ("blast", "attack")],
                                     "2025-07-05")
    assert bombing.date is None


def test_a_month_is_refined_by_a_later_account_inside_it(date_events):
    text = ("Police questioned two men over the bombing of the harbour last month.\n\n"
            "The bombing on June 12 killed four people.")
    (first, second), _ = date_events(text, [("bombing", "attack"), ("bombing", "attack", {"nth": 1})])
    assert (first.date, first.date_source) == ("2025-06-12", "related_event")
    (said, _), _ = date_events("Officials said last week the port was closed.\n\nThey said on Monday it was open.",
                               [("said", "statement"), ("said", "statement", {"nth": 1})])
    assert said.date == "2025-W26"  # statements are many in a week


# --- tense and the publication date --------------------------------------------------------------


def test_the_present_tense_is_the_publication_day(date_events):
    (say,), _ = date_events("Officials say the rail strike will continue.", [("say", "statement")])
    assert (say.date, say.date_range, say.date_source) == (FRIDAY, ("2025-07-04T00:00", END_OF_FRIDAY), "publication")


def test_a_noun_is_not_in_the_present_of_a_verb_saying_something_about_it(date_events):
    (murder,), _ = date_events("The murder of the judge shows how fragile the courts are.", [("murder", "death")])
    assert murder.date is None and murder.date_source == "publication"
    (talks,), _ = date_events("The talks are continuing in Geneva.", [("talks", "negotiation")])
    assert (talks.date, talks.date_source) == (FRIDAY, "publication")


def test_the_present_tense_under_a_dated_report_is_the_reports_time(date_events):
    (said, warns), _ = date_events(
        "The agency said on Monday that the union warns of more strikes.",
        [("said", "statement"), ("warns", "statement")],
    )
    assert (warns.date, warns.date_source) == ("2025-06-30", "related_event")


def test_the_present_tense_in_a_quotation_or_a_headline_is_not_the_publication_day(date_events):
    (condemn, said), _ = date_events(
        '"We condemn this attack," the minister said on Monday.', [("condemn", "statement"), ("said", "statement")]
    )
    assert (condemn.date, condemn.date_source) == ("2025-06-30", "related_event")  # the quoted speaker's now
    (vows,), _ = date_events("Minister Vows Inquiry\n\nThe minister spoke in the capital.", [("Vows", "statement")])
    assert vows.date is None


# --- date and date_range agree --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "date_range", "agree"),
    [
        (None, None, True),
        (None, (None, END_OF_FRIDAY), True),  # on or before
        (None, ("1990-01-01T00:00", "1999-12-31T23:59"), True),  # a decade: no date at its precision
        ("2025-07-03", ("2025-07-03T18:00", "2025-07-04T06:00"), True),  # a night
        ("2025-W27", ("2025-06-30T00:00", "2025-07-06T23:59"), True),
        ("2025-07", ("2025-07-01T00:00", "2025-07-31T23:59"), True),
        ("2025", ("2025-01-01T00:00", "2025-12-31T23:59"), True),
        ("2025-07-03", None, False),
        ("2025-07-03", (None, END_OF_FRIDAY), False),
        ("2025-07-03", ("2025-07-04T00:00", END_OF_FRIDAY), False),
        ("2025-07", ("2025-06-01T00:00", "2025-06-30T23:59"), False),
        ("2025-07-04", (END_OF_FRIDAY, "2025-07-04T00:00"), False),
    ],
)
def test_date_disagreement(date, date_range, agree):
    assert (date_disagreement(date, date_range) is None) == agree


_SUBJECTS = ["Rebels", "The army", "Officials", "The minister", "Police"]
_CLAUSES = [
    "attacked the depot", "attack the depot", "have attacked the depot", "said the bridge had fallen",
    "say the talks failed", "condemned the bombing", "met the envoy", "will meet the envoy", "shelled the town",
]
_WHEN = ["", " on Thursday", " last week", " in March", " on June 3", " overnight", " yesterday", " today",
         " earlier this year", " in the 1990s", " 90 days ago", " Friday night"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sentences=st.lists(
        st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_CLAUSES), st.sampled_from(_WHEN)), min_size=1,
        max_size=3,
    ),
    published=st.sampled_from([FRIDAY, "2025-07-04T09:30:00", None, "1998-08-08"]),
)
def test_date_and_range_agree_on_generated_articles(nlp, sentences, published):
    text = " ".join(f"{s} {c}{w}." for s, c, w in sentences)
    doc = nlp(text)
    timexes = find_timexes(doc, published)
    events = []
    for k, (_, clause, _) in enumerate(sentences):
        word = clause.split()[-2] if clause.startswith(("have", "will")) else clause.split()[0]
        ev = make_event(doc, word, "attack", sum(1 for s in sentences[:k] if word in s[1]))
        ev.id = f"ev{k}"
        events.append(ev)
    attach_event_dates(doc, events, timexes, published)
    for ev in events:
        assert date_disagreement(ev.date, ev.date_range) is None, (text, ev.trigger.text, ev.date, ev.date_range)
        assert ev.date_source in (*DATE_SOURCES, None)
        assert (ev.date_range is None) == (ev.date_source is None)


@pytest.mark.slow
def test_date_and_range_agree_on_every_event_of_news_dev():
    """Every event kg extracts from the news-dev leads: `date` names the period `date_range` starts in, and
    every event with a range says where it comes from."""
    from kg.pipeline import extract

    path = require_shared(SHARED / "data" / "news-dev.in.jsonl")
    bad, checked = [], 0
    for facts in extract([str(path)]):
        for ev in facts.events:
            checked += 1
            if date_disagreement(ev.date, ev.date_range) or (ev.date_range is None) != (ev.date_source is None):
                bad.append((facts.article.id, ev.trigger.text, ev.date, ev.date_range, ev.date_source))
    assert checked > 500 and not bad


def test_a_day_after_a_dated_event_is_the_next_day(date_events):
    (summit, call), _ = date_events(
        "The summit in Lisbon on Tuesday came a day after the premier spoke by phone with the king.",
        [("summit", "meeting"), ("spoke", "call")],
    )
    assert (summit.date, summit.date_source) == ("2025-07-01", "expression")
    assert (call.date, call.precision, call.date_source) == ("2025-06-30", "day", "related_event")


def test_days_before_a_dated_event_in_a_time_phrase(date_events):
    (strike, met), _ = date_events(
        "Gunmen raided the depot on Wednesday. Two days before the raid, the colonel met his officers.",
        [("raided", "attack", {"mentions": [("raid", 1)]}), ("met", "meeting")],
    )
    assert strike.date == "2025-07-02"
    assert (met.date, met.date_source) == ("2025-06-30", "related_event")


def test_a_vague_distance_names_no_day(date_events):
    (_, met), _ = date_events(
        "Gunmen raided the depot on Wednesday. The colonel met his officers hours after the raid.",
        [("raided", "attack", {"mentions": [("raid", 1)]}), ("met", "meeting")],
    )
    assert met.date is None and met.date_source == "publication"
# --- the day the story stands at (narrative.StoryTime) ----------------------------------------------


def test_an_undated_report_goes_on_at_a_flashback_day_then_back_at_the_leads(date_events):
    text = (
        "The mayor said Friday that the bridge would reopen. "
        "The council announced on Monday that repairs were finished. "
        "Engineers said the steel was sound. "
        "The weather was fine. Traffic was light. The roads were dry. Shops were open. "
        "A spokesman said the first buses would cross at noon."
    )
    events, _ = date_events(
        text,
        [("said", "statement"), ("announced", "statement"), ("said", "statement", {"nth": 1}),
         ("said", "statement", {"nth": 2})],
    )
    lead, flashback, near, far = events
    assert (lead.date, flashback.date) == (FRIDAY, "2025-06-30")
    # right after the report dated Monday, the story goes on at Monday
    assert (near.date, near.date_source) == ("2025-06-30", "related_event")
    assert (far.date, far.date_source) == (FRIDAY, "publication")  # back at the lead's day


def test_a_story_without_a_publication_date_dates_no_report(date_events):
    (said,), _ = date_events("Engineers said the steel was sound.", [("said", "statement")], published=None)
    assert said.date is None and said.date_range is None


def test_an_appositive_description_has_its_own_time(nlp):
    """ "a warrant Monday for Haddad, a fugitive on the list for a bombing": the climb from the bombing stops
    at the description of the name; an event noun renamed in apposition still shares its head's date."""
    from spacy.tokens import Doc

    words = ["Police", "issued", "a", "warrant", "Monday", "for", "Haddad", ",", "a", "fugitive", "on", "the",
             "list", "for", "a", "bombing", "."]
    heads = [1, 1, 3, 1, 3, 3, 5, 6, 9, 6, 9, 12, 10, 12, 15, 13, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "npadvmod", "prep", "pobj", "punct", "det", "appos", "prep", "det",
            "pobj", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PROPN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN",
           "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "NNP", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "IN", "DT", "NN", "."]
    spaces = [True] * len(words)
    spaces[6] = spaces[15] = spaces[16] = False
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              sent_starts=[True] + [False] * (len(words) - 1))
    timexes = find_timexes(doc, FRIDAY)
    ev = make_event(doc, "bombing", "attack")
    attach_event_dates(doc, [ev], timexes, FRIDAY)
    assert ev.date is None and ev.date_source == "publication"

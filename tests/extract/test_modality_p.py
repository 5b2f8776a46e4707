"""Round p's modality rules, on sentences written for these tests: speech acts told only by their absence, phrasal
negators, time limits of expectations, participles outside a negation, participation in an election, denials."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract import extract_facts
from kg.extract.events.lexicon import lexicon
from kg.extract.events.modality import modality_of
from kg.facts import Article


def modality(sentence: str, word: str) -> str:
    doc = nlp.load()(sentence)
    tok = next(t for t in doc if t.text == word)
    return modality_of(tok, lexicon())


def events_of(text: str):
    doc = nlp.load()(text)
    return extract_facts(doc, Article(id="t", text=text, published="2025-03-05")).events


def statements(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.modality) for e in events_of(text) if e.type == "statement"]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The minister did not name the officials who were arrested.", "name"),
    ("The police chief said the suspects were foreigners, without naming them.", "naming"),
    ("The mayor spoke to reporters on Friday, declining to identify the donors.", "identify"),
    ("A spokesman for the ministry could not be reached on Monday.", "reached"),
    ("The company's lawyers could not be contacted.", "contacted"),
    ("Officials were not immediately available for comment.", "comment"),
    ("The premier stopped short of promising new funds for the port.", "promising"),
])
def test_speech_acts_told_by_their_absence_are_negated_statements(sentence, trigger):
    assert (trigger, "negated") in statements(sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The governor has not named a successor.", "named"),  # an appointment not made
    ("The president named a new cabinet on Monday.", "named"),  # no speech act, and it took place
    ("The union named its demands in a letter.", "named"),  # told as done: the letter is the statement
    ("No agreement was reached on Monday.", "reached"),  # an agreement, not a speaker
    ("The two sides reached a deal in Oslo.", "reached"),
    ("The ministry could not be reached for comment.", "reached"),  # the comment is the statement
])
def test_naming_and_reaching_are_no_statements_otherwise(sentence, word):
    assert word not in [t for t, _ in statements(sentence)]


def test_a_speaker_not_reached_for_comment_is_one_statement():
    assert statements("The ministry could not be reached for comment.") == [("comment", "negated")]


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    # a phrasal negator whose preposition the parser hangs on its adverb
    ("The coalition fell short of winning a majority.", "winning", "negated"),
    ("The envoy stopped the talks.", "talks", "asserted"),
    # a time limit on an expectation or a schedule: the event is still planned
    ("The verdict is not expected before March.", "verdict", "planned"),
    ("The referendum is not scheduled until 2027.", "referendum", "planned"),
    ("The verdict is not expected.", "verdict", "negated"),  # no time limit: not expected at all
    ("The talks will not resume until the rebels leave the city.", "talks", "negated"),  # a condition, no date
    # a participle set off by a comma after a negated past clause took place
    ("The senator did not attend the summit, saying she was ill.", "saying", "asserted"),
    ("The mayor has not resigned, arguing that the charges are false.", "arguing", "asserted"),
    ("The senator will attend the summit, meeting the president there.", "meeting", "planned"),
    ("The senator did not attend the summit.", "attend", "negated"),
    # running in an election is taking part in it: planned with the verb, doubted with "whether"
    ("The general has not said whether he intends to run in a future election.", "election", "hypothetical"),
    ("The general intends to run in the election.", "election", "planned"),
    # a denial's clause negates a death or an attack it tells of
    ("The army denied that civilians had been killed in the raid.", "killed", "negated"),
    ("The army did not deny that civilians had been killed in the raid.", "killed", "asserted"),
    ("The army said civilians had been killed in the raid.", "killed", "asserted"),
])
def test_modality_p(sentence, word, expected):
    assert modality(sentence, word) == expected


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    # a denial reaches an attack only as its clause's predicate or subject, not below another word
    ("The rebels denied that their fighters had been warned of the attack.", "warned", "negated"),
    ("The rebels denied that their fighters had been warned of the attack.", "attack", "hypothetical"),
    # readiness given a date proposes the event for it; with no date or with a condition it stays possible
    ("The premier said he was ready to meet the union leaders next week.", "meet", "planned"),
    ("The premier said he was ready to meet the union leaders on Friday in Oslo.", "meet", "planned"),
    ("The premier said he was ready to meet the union leaders.", "meet", "hypothetical"),
    ("The premier said he was ready to meet the union leaders on Friday if the blockade ended.", "meet",
     "hypothetical"),
])
def test_modality_p_guards(sentence, word, expected):
    assert modality(sentence, word) == expected


@pytest.mark.parametrize("sentence", [
    "No suspects have been identified.",  # a finding, no speaker withholding a name
    "The embassy official, who refused to identify himself, said the gates were shut.",  # a source who spoke
    "The official could not be named because he was not authorised to speak.",
])
def test_a_name_nobody_withholds_is_no_statement(sentence):
    assert not [t for t, _ in statements(sentence) if t in {"identified", "identify", "named"}]


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    # the purpose of a call: done after a past call, planned after a future one; "called on X to" is a request
    ("The prime minister said he had called the winner to congratulate him.", "congratulate", "asserted"),
    ("The prime minister will call the winner to congratulate him.", "congratulate", "planned"),
    ("The prime minister called on the rebels to offer a truce.", "truce", "planned"),
    # prepositions of an event about to happen, and a predicate of one not reached
    ("The ministers are on the verge of signing a trade pact.", "signing", "planned"),
    ("The two rivals were on the brink of a deal.", "deal", "planned"),
    ("The two rivals were in the middle of a deal.", "deal", "asserted"),
    ("A deal remains elusive.", "deal", "negated"),
    ("A deal remains possible.", "deal", "hypothetical"),
])
def test_modality_p_purposes_and_predicates(sentence, word, expected):
    assert modality(sentence, word) == expected

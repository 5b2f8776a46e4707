"""One event, one node (round p, fold-p): a headline's event folded with the body's first mention of it, later
mentions folded into the event they restate, distinct events kept apart. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract import extract_facts
from kg.extract.events.sides import possessive_person_sides
from kg.facts import Article, Entity, Mention


def facts_of(text: str):
    return extract_facts(nlp.load()(text), Article(id="t", text=text, published="2025-03-12"))


def of_type(facts, etype: str, modality: str = "asserted"):
    return [e for e in facts.events if e.type == etype and e.modality == modality]


def words(ev) -> list[str]:
    return sorted([ev.trigger.text, *(m.text for m in ev.mentions)])


def in_headline(ev, text: str) -> bool:
    end = text.index("\n")
    return any(m.start < end for m in [ev.trigger, *ev.mentions])


RULING = (
    "Provincial judge orders 40 miners to stand trial over river poisoning\n\n"
    "BELEM, Brazil (Reuters) - A provincial judge on Monday ordered 40 illegal gold miners to stand trial for "
    "poisoning the Tapajos river with mercury, prosecutors said.\n\n"
    "Lawyers for the miners said they would appeal."
)


def test_a_headline_verb_folds_with_the_body_event_of_its_lemma():  # a guard: main folds this shape already
    f = facts_of(RULING)
    rulings = of_type(f, "ruling")
    assert len(rulings) == 1
    assert rulings[0].trigger.text == "ordered" and in_headline(rulings[0], RULING)


ELECTION = (
    "Former central banker wins presidency in Paraguay as rivals cry fraud\n\n"
    "ASUNCION (AP) - Former central banker Ramon Ibarra won Paraguay's presidential election with 48 percent of "
    "the vote, the electoral tribunal said on Monday.\n\n"
    "Two losing candidates rejected the count."
)


def test_a_headline_verb_tagged_a_noun_folds_with_the_body_event():
    f = facts_of(ELECTION)
    elections = of_type(f, "election")
    assert len(elections) == 1 and in_headline(elections[0], ELECTION)


CALLS = (
    "Kazakh-Turkmen border fighting kills dozens; Putin calls both leaders\n\n"
    "MOSCOW (Reuters) - Fighting between Kazakh and Turkmen border guards killed at least 30 people on Friday, "
    "officials said.\n\n"
    "Russian President Vladimir Putin spoke by telephone with Kazakh President Aslan Temirov and Turkmen President "
    "Berdy Orazov on Friday evening, the Kremlin said."
)


def test_a_headline_call_read_as_a_statement_is_the_body_call():
    f = facts_of(CALLS)
    calls = of_type(f, "call")
    assert len(calls) == 1 and in_headline(calls[0], CALLS)
    assert not [e for e in of_type(f, "statement") if e.trigger.text == "calls"]


def test_calls_for_stays_a_statement():
    text = (
        "Putin calls for calm after border clash\n\n"
        "MOSCOW (Reuters) - Russian President Vladimir Putin spoke by telephone with Kazakh President Aslan Temirov "
        "on Friday evening, the Kremlin said."
    )
    f = facts_of(text)
    assert [e for e in of_type(f, "statement") if e.trigger.text == "calls"]
    assert all(not in_headline(c, text) for c in of_type(f, "call"))


def test_a_headline_word_of_another_story_is_no_mention():
    text = (
        "Bakery chain orders more flour as bread prices rise\n\n"
        "LIMA (Reuters) - A provincial judge on Monday ordered 40 illegal gold miners to stand trial for poisoning "
        "the Tapajos river, prosecutors said."
    )
    rulings = of_type(facts_of(text), "ruling")
    assert rulings and all(not in_headline(r, text) for r in rulings)


PARTIES = (
    "Qatar's new emir holds talks with Iran's Farahani, calls Saudi king\n\n"
    "DOHA (Reuters) - Qatar's Emir Khalid bin Nasser met Iranian Foreign Minister Reza Farahani in Doha on "
    "Tuesday, the state news agency said.\n\n"
    "Hours earlier, Khalid had spoken by telephone with Saudi Arabia's King Salman, the agency said.\n\n"
    "Qatar has quietly hosted talks between Washington and Tehran in the past, diplomats said."
)


def test_headline_parties_named_by_country_fold_with_the_body_names():
    f = facts_of(PARTIES)
    meetings = of_type(f, "meeting")
    calls = of_type(f, "call")
    assert len(calls) == 1 and in_headline(calls[0], PARTIES)
    held = [m for m in meetings if in_headline(m, PARTIES)]
    assert len(held) == 1 and "met" in words(held[0])


def test_talks_a_country_hosted_for_others_are_other_talks():
    f = facts_of(PARTIES)
    last = PARTIES.rindex("talks")
    hosted = [m for m in of_type(f, "meeting") if last in {x.start for x in [m.trigger, *m.mentions]}]
    assert hosted and not in_headline(hosted[0], PARTIES)


LEADERS = (
    "Chile and Peru leaders meet at border, agree joint river patrols\n\n"
    "ARICA, Chile (Reuters) - Chilean President Ana Roldan and Peru's President Luis Vera met in the border town "
    "of Arica on Wednesday and agreed to set up joint patrols on the Lluta river.\n\n"
    "The two leaders held talks for about two hours, Chile's government said."
)


def test_a_later_mention_folds_though_the_headline_names_countries():
    meetings = of_type(facts_of(LEADERS), "meeting")
    assert len(meetings) == 1 and "talks" in words(meetings[0])


HOST = (
    "Armenia and Azerbaijan make no progress in first talks since clashes\n\n"
    "GENEVA (Reuters) - The foreign ministers of Armenia and Azerbaijan, Ara Sarkisian and Elnur Aliyev, failed "
    "to agree on a prisoner exchange at talks in Geneva on Thursday.\n\n"
    "Swiss Foreign Minister Marta Keller, who hosted the talks, said both sides would keep talking."
)


def test_the_host_of_the_talks_is_no_other_party():
    meetings = of_type(facts_of(HOST), "meeting")
    assert len(meetings) == 1


NIAMEY = (
    "U.S. envoy meets coup leaders in Bamako\n\n"
    "BAMAKO (Reuters) - U.S. Deputy Secretary of State Laura Hines met the coup leaders in Bamako on Monday.\n\n"
    '"These conversations were frank and at times difficult," Hines told reporters by phone.'
)


def test_a_noun_of_talk_restating_a_meeting_keeps_it_a_meeting():
    f = facts_of(NIAMEY)
    meetings = of_type(f, "meeting")
    assert len(meetings) == 1 and "conversations" in words(meetings[0])


def _entity(eid: str, etype: str, name: str, text: str) -> Entity:
    start = text.index(name)
    return Entity(eid, etype, name, mentions=[Mention(start, start + len(name), name)])


def test_possessive_titles_give_a_person_their_country():
    text = "Oman's Sultan Haitham bin Tarik met Iran's Zarif and Qatar's emir."
    ents = [_entity("c1", "place", "Oman", text), _entity("c2", "place", "Iran", text)]
    ents += [_entity("p1", "person", "Haitham bin Tarik", text), _entity("p2", "person", "Zarif", text)]
    assert possessive_person_sides(ents, frozenset({"c1", "c2"}), text) == {"p1": "c1", "p2": "c2"}


def test_a_name_between_the_possessive_and_the_person_breaks_the_title():
    text = "Iran's Zarif and Ali Vaezi met."
    ents = [_entity("c2", "place", "Iran", text), _entity("p2", "person", "Zarif", text)]
    ents.append(_entity("p3", "person", "Ali Vaezi", text))
    assert possessive_person_sides(ents, frozenset({"c2"}), text) == {"p2": "c2"}


def test_no_country_no_side():
    text = "Trump's envoy Steve Witkoff met Putin."
    ents = [_entity("p1", "person", "Trump", text), _entity("p2", "person", "Steve Witkoff", text)]
    assert possessive_person_sides(ents, frozenset(), text) == {}


@pytest.mark.parametrize(
    "text",
    [
        # two calls with different partners: the second is no mention of the first
        "Prime Minister Ana Lind spoke by phone with Chancellor Otto Brandt on Monday. On Tuesday Lind spoke by phone "
        "with President Marc Duval.",
    ],
)
def test_two_calls_with_different_partners_stay_apart(text):
    assert len(of_type(facts_of(text), "call")) == 2


JUDGMENT = (
    "Chilean court blocks copper mine expansion\n\n"
    "SANTIAGO (Reuters) - Chile's Supreme Court on Tuesday blocked the expansion of the Cerro Alto copper mine, "
    "ruling that the environment agency had ignored the risk to local water supplies.\n\n"
    "The five judges ordered the agency to repeat its assessment within six months. Justice Marta Ibanez also "
    "ordered the company to pay the costs of the case.\n\n"
    "The company said it would study the ruling."
)


def test_the_judges_of_a_ruling_told_before_tell_more_of_it():
    rulings = of_type(facts_of(JUDGMENT), "ruling")
    assert len(rulings) == 1
    assert {"blocked", "ordered"} <= set(words(rulings[0])) and in_headline(rulings[0], JUDGMENT)


def test_a_ruling_on_another_day_is_another_ruling():
    text = (
        "Chile's Supreme Court on Tuesday blocked the expansion of the Cerro Alto copper mine. "
        "Last year, on March 3, the court ordered the company to close a tailings dam."
    )
    assert len(of_type(facts_of(text), "ruling")) == 2


def test_an_earlier_ruling_the_judgment_reports_stays_apart():
    text = (
        "Peru's Supreme Court on Tuesday overturned the acquittal of two former mayors. Judge Rosa Salas ruled that "
        "the lower court had wrongly thrown out the recordings of their calls."
    )
    f = facts_of(text)
    thrown = [r for r in of_type(f, "ruling") if "thrown" in words(r)]
    assert all("overturned" not in words(r) for r in thrown)


def test_who_helped_broker_a_deal_is_its_broker():
    text = (
        "Moscow and Kyiv signed a grain deal in Istanbul on Friday. U.N. Secretary-General Ana Rios, who helped "
        "broker the agreement, said it would save lives."
    )
    agreements = of_type(facts_of(text), "agreement")
    assert len(agreements) == 1


def test_a_headline_deal_folds_with_the_verb_whose_object_names_its_party():
    text = (
        "Fiji confirms security pact with India as Chinese envoy flies in\n\n"
        "SUVA (AP) - Fiji has signed a security agreement with India, the government said on Tuesday.\n\n"
        "Prime Minister Rabuka said the pact would not allow foreign bases."
    )
    agreements = of_type(facts_of(text), "agreement")
    assert len(agreements) == 1 and in_headline(agreements[0], text) and agreements[0].trigger.text == "signed"


def test_a_judges_order_after_a_jurys_verdict_is_another_ruling():
    text = (
        "A jury on Tuesday found former mayor Tomas Rivera guilty of fraud. Judge Elena Park revoked his bail and "
        "said he would be sentenced in May."
    )
    assert len(of_type(facts_of(text), "ruling")) == 2


def test_what_the_parties_also_agreed_is_another_agreement():
    text = (
        "Chile and Peru sign border treaty\n\n"
        "LIMA (Reuters) - Chile and Peru signed a treaty on Monday settling their maritime border, the two "
        "governments said.\n\n"
        "The two presidents also agreed to restore direct flights between Arica and Tacna, a Peruvian official said."
    )
    agreements = of_type(facts_of(text), "agreement")
    assert len(agreements) == 2
    signed = next(a for a in agreements if "signed" in words(a))
    assert in_headline(signed, text)


def test_bare_talks_with_a_day_of_their_own_are_an_event_the_later_mention_restates():
    text = (
        "GENEVA (Reuters) - Talks on the water treaty ended on Tuesday without a deal. "
        "Swiss envoy Marta Keller, who chairs the talks, said the gaps were narrowing."
    )
    meetings = of_type(facts_of(text), "meeting") + of_type(facts_of(text), "negotiation")
    assert len(meetings) == 1 and meetings[0].trigger.text == "Talks"


def test_bare_talks_in_general_stay_no_event():
    text = "Peace talks often failed in the past, the minister said."
    assert not of_type(facts_of(text), "meeting") and not of_type(facts_of(text), "negotiation")

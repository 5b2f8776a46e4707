"""Event coreference and tolls: the pure rules, on hand-made candidates (no parse), and a few sentences."""

from __future__ import annotations

from kg.extract.events.candidates import Candidate, one_of_several_places, places_compatible
from kg.extract.events.casualties import add_count
from kg.extract.events.coref import merge_coreferent
from kg.facts import Argument, Casualties, Event, Mention

# entity ids of a made-up article: two countries, a city in each, a second city of the first, a region
KENYA, TANZANIA, NAIROBI, DAR, MOMBASA, EAST_AFRICA, AFGHANISTAN = "ke", "tz", "nbo", "dar", "mba", "ea", "af"
COUNTRIES = frozenset({KENYA, TANZANIA, AFGHANISTAN})
CODES = {KENYA: "KE", TANZANIA: "TZ", NAIROBI: "KE", DAR: "TZ", MOMBASA: "KE", EAST_AFRICA: "", AFGHANISTAN: "AF"}


def mention(
    start: int, word: str, sentence: int, *places: str, pos: str = "noun", definite: bool = True, **flags
) -> Candidate:
    ev = Event(
        id=f"t{start}",
        type=flags.pop("etype", "attack"),
        trigger=Mention(start, start + len(word), word),
        sentence=(start, start + 50),
        arguments=[Argument("place", p, 0, 1, p) for p in places],
    )
    ev.casualties = flags.pop("casualties", None)
    ev.modality = flags.pop("modality", "asserted")
    cand = Candidate(ev, start, pos, sentence, definite)
    for key, value in flags.items():
        setattr(cand, key, value)
    return cand


def merged(*cands: Candidate) -> list[list[str]]:
    roots = merge_coreferent(list(cands), COUNTRIES, CODES)
    return [[c.event.trigger.text for c in [r, *sorted(r.extra, key=lambda m: m.head)]] for r in roots]


def test_a_place_in_a_country_is_compatible_with_it_and_not_with_another():
    assert places_compatible({NAIROBI}, {KENYA}, COUNTRIES, CODES)
    assert not places_compatible({DAR}, {KENYA}, COUNTRIES, CODES)
    assert not places_compatible({TANZANIA}, {NAIROBI}, COUNTRIES, CODES)
    assert not places_compatible({NAIROBI}, {MOMBASA}, COUNTRIES, CODES)  # two cities of one country
    assert places_compatible({EAST_AFRICA}, {NAIROBI, DAR}, COUNTRIES, CODES)  # a region of no known country
    assert places_compatible({NAIROBI}, {KENYA, TANZANIA}, COUNTRIES, CODES)


def test_one_of_several_places():
    assert one_of_several_places({NAIROBI}, {KENYA, TANZANIA}, COUNTRIES, CODES)
    assert one_of_several_places({NAIROBI}, {NAIROBI, DAR}, COUNTRIES, CODES)
    assert not one_of_several_places({NAIROBI}, {KENYA}, COUNTRIES, CODES)
    assert not one_of_several_places({NAIROBI, DAR}, {KENYA, TANZANIA}, COUNTRIES, CODES)
    assert not one_of_several_places(set(), {KENYA, TANZANIA}, COUNTRIES, CODES)


def test_later_mentions_fold_whatever_their_number_and_distance():
    first = mention(0, "bombing", 0, KENYA, TANZANIA, definite=False)
    assert merged(first, mention(100, "bombings", 12, plural=True), mention(200, "attack", 20)) == [
        ["bombing", "bombings", "attack"]
    ]


def test_a_single_attack_in_one_of_several_places_stays_its_own():
    twin = mention(0, "bombings", 0, KENYA, TANZANIA, definite=False, plural=True)
    assert merged(twin, mention(100, "blast", 1, NAIROBI)) == [["bombings"], ["blast"]]
    # the other way round: the twin bombings are not the Nairobi blast told first
    assert merged(mention(0, "blast", 0, NAIROBI), mention(100, "bombings", 1, KENYA, TANZANIA, plural=True)) == [
        ["blast"],
        ["bombings"],
    ]


def test_a_blast_in_another_country_is_another_attack():
    assert merged(mention(0, "bombing", 0, NAIROBI, definite=False), mention(100, "blast", 1, TANZANIA)) == [
        ["bombing"],
        ["blast"],
    ]


def test_a_verb_folds_when_it_refers_back_and_not_when_it_tells_a_new_clause():
    first = mention(0, "bombing", 0, NAIROBI, definite=False)
    assert merged(first, mention(100, "exploded", 3, pos="verb", refers_back=True)) == [["bombing", "exploded"]]
    first = mention(0, "bombing", 0, NAIROBI, definite=False)
    assert merged(first, mention(100, "shelled", 3, pos="verb")) == [["bombing"], ["shelled"]]


def test_different_days_kinds_tolls_and_markers_keep_attacks_apart():
    def pair(**second) -> list[list[str]]:
        first = mention(0, "attack", 0, NAIROBI, definite=False, days=frozenset({"2025-03-03"}), kind="explosive")
        return merged(first, mention(100, "attack", 1, NAIROBI, **second))

    assert pair() == [["attack", "attack"]]
    assert len(pair(days=frozenset({"2025-03-04"}))) == 2
    assert pair(days=frozenset({"2025-03"})) == [["attack", "attack"]]  # the month holds the day
    assert len(pair(kind="firearm")) == 2
    assert len(pair(distinct=True)) == 2
    assert len(pair(aggregate=True)) == 2
    assert len(pair(modality="hypothetical")) == 2


def test_a_killing_and_an_attempt_are_two_attacks():
    killing = mention(0, "murder", 0, definite=False, lethal=True)
    assert len(merged(killing, mention(100, "murder", 1, lethal=False))) == 2


def test_contradicting_tolls_are_two_attacks():
    first = mention(0, "attack", 0, definite=False, casualties=Casualties(killed=12))
    assert len(merged(first, mention(100, "attack", 1, casualties=Casualties(killed=3)))) == 2


def test_a_reference_point_never_joins_the_event_it_dates():
    # "U.S. forces launched missile strikes. ... Thirteen days after the bombings, the strikes hit camps."
    strikes = mention(0, "strikes", 0, AFGHANISTAN, plural=True, definite=False)
    after = mention(80, "bombings", 1, plural=True, apart=frozenset({100}))
    later = mention(100, "strikes", 1, plural=True)
    assert merged(strikes, after, later) == [["strikes", "strikes"], ["bombings"]]
    after.apart = frozenset()  # without the reference point, the plural would be the strikes
    strikes, later = mention(0, "strikes", 0, AFGHANISTAN, plural=True, definite=False), mention(100, "strikes", 1)
    assert merged(strikes, mention(80, "bombings", 1, plural=True), later) == [["strikes", "bombings", "strikes"]]


def test_the_same_noun_is_preferred_over_the_nearest_antecedent():
    bombings = mention(0, "bombings", 0, KENYA, TANZANIA, plural=True, definite=False)
    strikes = mention(50, "strikes", 1, AFGHANISTAN, plural=True, definite=False)
    assert merged(bombings, strikes, mention(100, "bombings", 2, plural=True)) == [
        ["bombings", "bombings"],
        ["strikes"],
    ]


def test_definite_agreements_fold_at_any_distance():
    deal = mention(0, "agreement", 0, etype="agreement", definite=False)
    assert merged(deal, mention(500, "agreement", 9, etype="agreement")) == [["agreement", "agreement"]]
    assert (
        len(
            merged(
                mention(0, "agreement", 0, etype="agreement", definite=False),
                mention(500, "agreement", 9, etype="agreement", definite=False),
            )
        )
        == 2
    )


def test_counts_of_a_kind_stay_and_vague_words_qualify_only_unknown_counts():
    cas = add_count(None, "killed", None, "dozens")
    assert (cas.killed, cas.injured, cas.qualifier) == (None, None, "dozens")
    cas = add_count(cas, "injured", 1000, "more than")
    assert (cas.killed, cas.injured, cas.qualifier) == (None, 1000, "more than")
    cas = add_count(cas, "injured", 5, None)
    assert cas.injured == 1000  # the first count of a kind stays
    cas = add_count(Casualties(killed=12, qualifier="at least"), "injured", 40, None)
    assert (cas.killed, cas.injured, cas.qualifier) == (12, 40, "at least")


def test_a_state_holds_the_places_of_its_country():
    from kg.extract.events.sides import is_state
    from kg.facts import Entity

    assert is_state(Entity("e1", "place", "Alabama")) and not is_state(Entity("e2", "place", "Houston"))
    holders = COUNTRIES | {"tx"}  # find_events passes countries and states as the places that hold others
    codes = {**CODES, "tx": "US", "hou": "US", "dal": "US"}
    assert places_compatible({"hou"}, {"tx"}, holders, codes)
    assert not places_compatible({"hou"}, {"tx"}, COUNTRIES, codes)  # two places of one country otherwise
    assert not places_compatible({"hou"}, {"dal"}, holders, codes)

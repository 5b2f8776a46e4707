"""The timeline lane of an event: its agent, else its most central actor, a person or organisation before a place."""

from kg.analysis import EventRecord
from kg.views.layout import lane_actor

KINDS = {"kg:georgia": "place", "kg:leader": "person", "kg:rival": "person", "kg:drone": "weapon"}


def _event(*roles: tuple[str, str]) -> EventRecord:
    return EventRecord(iri="kg:ev", type="meeting", label="meeting", roles=list(roles))


def test_a_meeting_of_leaders_goes_in_a_leaders_lane_not_their_more_central_country() -> None:
    ev = _event(("participant", "kg:georgia"), ("participant", "kg:leader"), ("participant", "kg:rival"))
    rank = {"kg:georgia": 0, "kg:rival": 1, "kg:leader": 2}
    assert lane_actor(ev, rank, KINDS.get) == "kg:rival"
    assert lane_actor(ev, rank) == "kg:georgia"  # without types, centrality alone decides


def test_an_agent_keeps_the_lane_and_a_place_only_takes_it_when_nothing_else_is_there() -> None:
    rank = {"kg:georgia": 0, "kg:leader": 1}
    assert lane_actor(_event(("participant", "kg:leader"), ("agent", "kg:georgia")), rank, KINDS.get) == "kg:georgia"
    assert lane_actor(_event(("place", "kg:georgia"), ("instrument", "kg:drone")), rank, KINDS.get) == "kg:georgia"

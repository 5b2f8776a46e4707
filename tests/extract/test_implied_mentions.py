"""An argument for an entity a phrase only implies spans a mention that names the entity, not a description of it."""

import kg


def test_an_implied_country_is_spanned_by_its_name_not_by_officials():
    text = (
        "Border to reopen\n\nLUSAKA, Zambia (AP) — Zambia and Malawi agreed on Thursday to reopen a border post, "
        "officials said.\n\nPresident Hakainde Hichilema met Malawian President Lazarus Chakwera in Lusaka."
    )
    facts = kg.extract_text(text, published="2025-09-12")
    meeting = next(e for e in facts.events if e.type == "meeting")
    places = [a.text for a in meeting.arguments if a.role == "place"]
    assert "Lusaka" in places and "officials" not in places

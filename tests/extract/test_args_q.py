"""Organisation names of round q (args-q): the kind noun after a name. Names written for these tests."""

from __future__ import annotations

from kg.extract.org_names import without_kind_noun


def test_kind_noun_after_an_acronym_or_a_name_of_several_words_is_dropped():
    assert without_kind_noun("MRD-Plus party") == "MRD-Plus"
    assert without_kind_noun("the Green Future movement") == "Green Future"
    assert without_kind_noun("K7 militia") == "K7"


def test_kind_noun_stays_after_a_lone_adjective_or_a_capitalised_noun():
    assert without_kind_noun("Democratic party") == "Democratic party"  # "Democratic" names nothing alone
    assert without_kind_noun("Labour Party") == "Labour Party"  # its own word, capitalised
    assert without_kind_noun("Bulgarian police") == "Bulgarian police"

"""kg.nlp: the sentence starts set before the parser runs, and the parse repairs after it."""

from kg import nlp
from kg.nlp import sentences


def test_a_dateline_on_the_story_line_ends_its_own_sentence():
    doc = nlp.load()("ISTANBUL (Reuters) - Greece and Turkey signed an agreement on Monday, officials said.")
    first, second = [s.text for s in sentences(doc)][:2]
    assert first == "ISTANBUL (Reuters) -"
    assert second.startswith("Greece and Turkey signed")
    subject = next(t for t in doc if t.text == "signed")
    assert "Greece" in {c.text for c in subject.children}


def test_no_dateline_no_extra_sentence():
    doc = nlp.load()("Greece and Turkey signed an agreement on Monday - officials said.")
    assert len(sentences(doc)) == 1


def test_one_pipeline_however_the_default_model_is_asked_for():
    # kg.extract asks for load(model) with model None, callers for load(): one model in memory, not two
    assert nlp.load() is nlp.load(None) is nlp.load(model=None) is nlp.load(nlp.available_model())


def test_a_headline_is_parsed_as_the_sentence_it_abbreviates_on_its_own_tokens():
    text = "Senator Ada Roux shot dead in Marseille; Paris vows inquiry\n\nA man fired twice at the senator."
    doc = nlp.load()(text)
    assert doc.text == text
    assert [s.text.strip() for s in sentences(doc)][0] == "Senator Ada Roux shot dead in Marseille; Paris vows inquiry"
    shot = next(t for t in doc if t.text == "shot")
    assert shot.tag_ == "VBN" and {c.dep_ for c in shot.children} >= {"nsubjpass"}
    vows = next(t for t in doc if t.text == "vows")
    assert vows.head == shot and vows.dep_ == "parataxis"


def test_a_past_conjunct_of_an_infinitive_joins_the_past_verb_above():
    doc = nlp.load()("Halvorsen said Moscow was planning to cut supplies and spoke by phone with Eva Brandt.")
    spoke = next(t for t in doc if t.text == "spoke")
    assert spoke.head.text == "said" and spoke.dep_ == "conj"


def test_an_active_conjunct_of_a_reported_passive_joins_the_reporting_verb():
    doc = nlp.load()("The council said the bridge had been closed and blamed the storm.")
    blamed = next(t for t in doc if t.text == "blamed")
    assert blamed.head.text == "said" and blamed.dep_ == "conj"
    doc = nlp.load()("Officials said the bridge had been closed and reopened on Sunday.")
    reopened = next(t for t in doc if t.text == "reopened")
    assert reopened.head.text != "said"  # no object: the bridge reopened

"""kg.nlp: the sentence starts set before the parser runs."""

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

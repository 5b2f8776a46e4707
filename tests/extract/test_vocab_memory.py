"""spaCy's vocabulary does not grow with the corpus: each batch of `extract_articles` is parsed and extracted
inside `kg.nlp.strings_freed_after` (spaCy's memory zone), and the facts are the same as without it."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_articles, extract_facts
from kg.facts import Article

# Invented words: no English model has them in its vocabulary before this test parses them.
TEXT = (
    "Quorvexian rebels shelled Blarnivost on Monday, killing 3 people, officials in Zentrapolis said.\n\n"
    "The Flimbarsk Council condemned the attack and Drevonka Palsquith called for talks in Yarnveld."
)
NEW_WORDS = ("Quorvexian", "Blarnivost", "Zentrapolis", "Flimbarsk", "Drevonka", "Palsquith", "Yarnveld")


def _article(i: int = 0, text: str = TEXT) -> Article:
    return Article(id=f"vocab-{i}", text=text, title=text.split(" rebels")[0] + " rebels", published="2025-03-10")


def test_the_words_of_a_batch_leave_the_vocabulary_after_it(monkeypatch):
    monkeypatch.setattr(nlp, "WARM_UP_BLOCKS", 0)
    pipeline = nlp.load(None)
    words = [w + "o" for w in NEW_WORDS]  # words of this test alone (the others leave theirs in the vocabulary)
    text = TEXT
    for old, new in zip(NEW_WORDS, words, strict=True):
        text = text.replace(old, new)
    assert not any(w in pipeline.vocab.strings or w in pipeline.vocab for w in words)
    strings = len(pipeline.vocab.strings)
    facts = list(extract_articles([_article(i, text) for i in range(3)]))
    assert len(facts) == 3 and facts[0].events  # parsed and extracted
    # (len(vocab) is a counter spaCy does not lower when a zone frees its lexemes: membership is the test)
    assert not any(w in pipeline.vocab.strings or w in pipeline.vocab for w in words)
    assert len(pipeline.vocab.strings) == strings
    pipeline(text)  # outside a zone the words stay: what the zone prevents
    assert all(w in pipeline.vocab.strings for w in words)


def test_the_facts_are_those_of_a_parse_outside_the_zone(monkeypatch):
    monkeypatch.setattr(nlp, "WARM_UP_BLOCKS", 0)
    pipeline = nlp.load(None)
    (zoned,) = extract_articles([_article()])
    plain = extract_facts(pipeline(TEXT), _article())  # outside a zone
    assert zoned == plain
    assert [e.name for e in zoned.entities]  # not an empty comparison
    (again,) = extract_articles([_article()])  # a second zone, after words of the first were freed and re-added
    assert again == plain


def test_a_large_lemmatizer_cache_is_emptied_after_a_batch(monkeypatch):
    pipeline = nlp.load(None)
    caches = [c.cache for _, c in pipeline.pipeline if isinstance(getattr(c, "cache", None), dict)]
    assert caches  # the rule lemmatizer's (word, tag) -> lemmas cache
    monkeypatch.setattr(nlp, "LEMMA_CACHE_ENTRIES", 5)
    list(extract_articles([_article()]))
    assert all(len(c) == 0 for c in caches)
    monkeypatch.setattr(nlp, "LEMMA_CACHE_ENTRIES", 100_000)
    list(extract_articles([_article()]))
    assert all(len(c) > 5 for c in caches)  # under the bound it is kept


def test_the_first_blocks_of_a_pipeline_warm_the_tokenizer_outside_a_zone(monkeypatch):
    pipeline = nlp.load(None)
    monkeypatch.setitem(nlp._blocks_seen, id(pipeline), 0)
    monkeypatch.setattr(nlp, "WARM_UP_BLOCKS", 1)
    first, second = "Vrellozant", "Qwimbardoth"
    for word in (first, second):
        list(extract_articles([_article(text=TEXT.replace("Quorvexian", word))]))
    assert first in pipeline.vocab.strings  # the warm-up block: its words stay
    assert second not in pipeline.vocab.strings  # zoned from the second block on

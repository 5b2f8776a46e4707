"""Ingest: every input format, and one clear error per bad input while the batch goes on."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest import InputError, looks_english, parse_html, read_articles, split_front_matter

ENGLISH = (
    "The minister said on Tuesday that the talks with the delegation from the north had been useful "
    "and that both sides would meet again in the capital after the holidays, officials said."
)


def articles_and_errors(inputs, **kw):
    items = list(read_articles([str(i) for i in inputs], **kw))
    return [i for i in items if not isinstance(i, InputError)], [i for i in items if isinstance(i, InputError)]


def test_front_matter_is_parsed_and_offsets_start_after_it(tmp_path):
    body = "Ministers Meet in Vienna\n\n" + ENGLISH
    (tmp_path / "a.txt").write_text("id: art-1\npublished: 2025-07-04\nsource: Wire\n\n" + body, encoding="utf-8")
    (art,), errors = articles_and_errors([tmp_path / "a.txt"])
    assert not errors
    assert (art.id, art.published, art.source, art.title) == ("art-1", "2025-07-04", "Wire", "Ministers Meet in Vienna")
    assert art.text == body  # headline stays part of the text, nothing stripped


def test_file_without_front_matter_is_all_article(tmp_path):
    text = "Title: a headline with a colon\nand more\n\n" + ENGLISH
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (art,), _ = articles_and_errors([tmp_path / "story.txt"])
    assert art.text == text and art.id == "story" and art.published is None


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_front_matter_never_changes_the_text_after_it(body):
    meta, text = split_front_matter("id: x\npublished: 2025-01-02\n\n" + body)
    assert meta == {"id": "x", "published": "2025-01-02"}
    assert text == body


def test_fenced_front_matter_as_static_site_generators_write_it(tmp_path):
    body = "Ministers Meet in Vienna\n\n" + ENGLISH
    fenced = '---\ntitle: "Ministers meet: a first round"\ndate: 2025-07-04\nlayout: post\ntags: [talks]\n---\n'
    (tmp_path / "a.md.txt").write_text(fenced + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text(fenced.replace("\n", "\r\n") + body, encoding="utf-8")
    (tmp_path / "c.txt").write_text("---\ndate: 2020-01-01\npublished: 2025-07-04\n---\n\n" + body, encoding="utf-8")
    arts, errors = articles_and_errors([tmp_path / "a.md.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    assert not errors
    assert [(a.published, a.text) for a in arts] == [("2025-07-04", body)] * 3
    assert arts[0].title == "Ministers meet: a first round"  # the quotes dropped, the colon kept


def test_an_unclosed_fence_or_a_rule_later_is_no_front_matter():
    text = "---\ntitle: x\n\n" + ENGLISH
    assert split_front_matter(text) == ({}, text)
    later = "Talks resume\n---\ndate: 2025-01-01\n---\n" + ENGLISH
    assert split_front_matter(later) == ({}, later)


def test_published_override_wins(tmp_path):
    (tmp_path / "a.txt").write_text("published: 2020-01-01\n\n" + ENGLISH, encoding="utf-8")
    (art,), _ = articles_and_errors([tmp_path / "a.txt"], published="2025-07-04")
    assert art.published == "2025-07-04"


def test_html_page_main_text_title_and_date():
    page = """<!doctype html><html><head><title>Site | Drone strike hits port</title>
    <meta property="article:published_time" content="2025-03-05T16:40:00+00:00">
    <meta property="og:site_name" content="Herald"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Drone strike hits port</h1><p class="byline">By staff</p>
    <p>At least four people were killed &amp; nine injured.</p><p>Officials said more.</p></article>
    <footer>Copyright Herald</footer></body></html>"""
    got = parse_html(page)
    assert got["title"] == "Drone strike hits port"
    assert got["published"] == "2025-03-05T16:40:00+00:00"
    assert got["source"] == "Herald"
    assert got["text"] == (
        "Drone strike hits port\n\nAt least four people were killed & nine injured.\n\nOfficials said more."
    )


def test_html_file_is_read_with_its_date(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><meta name='date' content='2025-02-03'></head><body><p>" + ENGLISH + "</p></body></html>",
        encoding="utf-8",
    )
    (art,), errors = articles_and_errors([tmp_path / "p.html"])
    assert not errors and art.published == "2025-02-03" and ENGLISH in art.text


def test_json_record_and_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "x1", "text": ENGLISH}), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "y1", "text": ENGLISH}, {"text": ENGLISH}]))
    arts, errors = articles_and_errors([tmp_path / "one.json", tmp_path / "many.json"])
    assert not errors
    assert [a.id for a in arts] == ["x1", "y1", "many-2"]


def test_jsonl_malformed_line_is_reported_with_its_number_and_the_rest_goes_on(tmp_path):
    good = json.dumps({"id": "a", "text": ENGLISH, "published": "2025-07-04"})
    (tmp_path / "b.jsonl").write_text(good + "\n{not json\n\n" + good.replace('"a"', '"c"') + "\n")
    arts, errors = articles_and_errors([tmp_path / "b.jsonl"])
    assert [a.id for a in arts] == ["a", "c"]
    assert len(errors) == 1 and "line 2" in str(errors[0]) and "b.jsonl" in str(errors[0])


def test_directories_are_recursive_and_globs_expand(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    for name in ("sub/a.txt", "sub/deeper/b.txt", "c.txt", "ignored.md"):
        (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
    arts, _ = articles_and_errors([tmp_path / "sub"])
    assert sorted(a.id for a in arts) == ["a", "b"]
    arts, _ = articles_and_errors([f"{tmp_path}/*.txt"])
    assert [a.id for a in arts] == ["c"]


def test_stdin(monkeypatch):
    data = json.dumps({"id": "s1", "text": ENGLISH}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (art,), errors = articles_and_errors(["-"])
    assert art.id == "s1" and not errors


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"   \n", "empty input"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "PNG image, not text"),
        ("nul.txt", b"abc\x00def ghi", "binary"),
        ("latin.txt", "Caf\u00e9 ".encode("latin-1") + ENGLISH.encode(), "not UTF-8"),
        ("german.txt", ("Die Regierung hat am Dienstag mitgeteilt, dass die Gespräche mit der Delegation "
                        "aus dem Norden nützlich gewesen seien und dass beide Seiten sich nach den Feiertagen "
                        "wieder in der Hauptstadt treffen würden, sagten Beamte.").encode(), "English"),
    ],
)
def test_bad_inputs_get_one_line_each_and_the_batch_goes_on(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    arts, errors = articles_and_errors([tmp_path / name, tmp_path / "good.txt", tmp_path / "missing.txt"])
    assert [a.id for a in arts] == ["good"]
    assert len(errors) == 2
    assert name in str(errors[0]) and reason in str(errors[0]) and "\n" not in str(errors[0])
    assert "missing.txt" in str(errors[1]) and "no such file" in str(errors[1])


def test_looks_english_is_lenient_on_short_texts():
    assert looks_english("Kyiv, Moscow.")
    assert looks_english(ENGLISH)
    assert not looks_english("Le ministre a déclaré mardi que les pourparlers avec la délégation du nord "
                             "avaient été utiles et que les deux parties se retrouveraient dans la capitale "
                             "après les fêtes, selon des responsables.")


def test_an_unreadable_date_is_a_warning_and_the_article_goes_on(tmp_path):
    (tmp_path / "baddate.txt").write_text("published: next week\n\n" + ENGLISH, encoding="utf-8")
    (art,), errors = articles_and_errors([tmp_path / "baddate.txt"])
    assert not errors and art.published is None
    assert len(art.notes) == 1 and "'next week' is not a date" in art.notes[0] and "\n" not in art.notes[0]

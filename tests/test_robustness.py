"""Nothing one input does stops the others (issue 15): each failure is one error line naming the article,
the batch goes on, the exit status tells "some inputs failed" (1) from "kg failed" (3); ids never share
an IRI; outputs are replaced together and name their path when they cannot be written."""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys

import pytest
from conftest import EXAMPLES

import kg.extract
from kg.cli import main
from kg.extract import ArticleFailure, extract_articles
from kg.facts import Article
from kg.ingest import looks_english, read_articles
from kg.pipeline import InputFailed, build, extract

ARTICLES = EXAMPLES / "articles"
GOOD = "Rebels shell Norvik\n\nRebel forces shelled the town of Norvik on Monday, killing four civilians, police said."


def _txt(tmp_path, name: str, body: str, published: str = "2025-03-05"):
    path = tmp_path / name
    path.write_text(f"published: {published}\n\n{body}", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        ("2025-03-05", "On 2025-02-29 rebels shelled Norvik, the governor said."),  # a day that does not exist
        ("2025-03-05", "On 2025-13-45 at 25:99 rebels shelled Norvik."),
        ("9999-12-31", "Rebels shelled Norvik at midnight and again on Monday, the governor said."),  # year 10000
        ("0001-01-01", "Rebels shelled Norvik yesterday, three days ago and last week, at midnight."),
    ],
)
def test_impossible_dates_in_the_text_get_no_value_and_the_article_goes_on(tmp_path, published, sentence):
    (facts,) = extract([_txt(tmp_path, "a.txt", f"Shelling\n\n{sentence}", published)])
    assert any(e.type == "attack" for e in facts.events)
    for t in facts.timexes:  # every value kept is one the calendar has
        assert not t.value.startswith(("2025-02-29", "2025-13", "10000"))


def test_json_nested_100k_deep_is_one_error_and_the_batch_goes_on(tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    code = main(["extract", str(deep), _txt(tmp_path, "ok.txt", GOOD)])
    out, err = capsys.readouterr()
    assert code == 1 and len(out.splitlines()) == 1
    assert "deep.json: JSON nested too deeply" in err and "Traceback" not in err


def test_an_article_over_the_size_limit_is_refused_by_name_and_the_batch_goes_on(tmp_path, capsys):
    long = _txt(tmp_path, "long.txt", GOOD + " More." * 400)
    code = main(["extract", "--max-chars", "1000", long, _txt(tmp_path, "ok.txt", GOOD)])
    out, err = capsys.readouterr()
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
    assert "long.txt: article long: text is 2,5" in err and "over the limit of 1,000 (--max-chars)" in err


def test_an_exception_inside_one_article_is_its_error_line(tmp_path, monkeypatch, capsys):
    real = kg.extract.find_events

    def find_events(doc, article, *args, **kwargs):
        if "Tarsk" in article.text:
            raise RuntimeError("boom in the event rules")
        return real(doc, article, *args, **kwargs)

    monkeypatch.setattr(kg.extract, "find_events", find_events)
    bad = _txt(tmp_path, "bad.txt", "Tarsk\n\nRebels shelled Tarsk on Monday.")
    code = main(["extract", bad, _txt(tmp_path, "ok.txt", GOOD)])
    out, err = capsys.readouterr()
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
    assert "bad.txt: article bad: cannot be extracted (RuntimeError: boom in the event rules)" in err
    with pytest.raises(InputFailed, match="article bad"):  # the library without on_error: raised, never dropped
        list(extract([bad]))
    with pytest.raises(ArticleFailure):
        list(extract_articles([Article("bad", "Tarsk\n\nRebels shelled Tarsk on Monday.")]))


def test_a_parse_failure_in_a_batch_fails_that_article_only(monkeypatch):
    from kg import nlp

    pipeline = nlp.load()
    real_pipe, real_call = type(pipeline).pipe, type(pipeline).__call__

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise ValueError("[E088] Text of length 2000000 exceeds maximum")
        return real_pipe(self, texts, **kwargs)

    def call(self, text, **kwargs):
        if "POISON" in text:
            raise ValueError("[E088] Text of length 2000000 exceeds maximum")
        return real_call(self, text, **kwargs)

    monkeypatch.setattr(type(pipeline), "pipe", pipe)
    monkeypatch.setattr(type(pipeline), "__call__", call)
    failed = []
    articles = [Article("a", GOOD), Article("b", "POISON " + GOOD), Article("c", GOOD)]
    done = [f.article.id for f in extract_articles(articles, on_error=lambda a, r: failed.append((a.id, r)))]
    assert done == ["a", "c"] and failed == [
        ("b", "cannot be extracted (ValueError: [E088] Text of length 2000000 exceeds maximum)")
    ]


def test_a_worker_that_raises_or_dies_costs_its_article_only(tmp_path, monkeypatch):
    """Two worker processes: one article raises inside a worker, another kills its worker (SIGKILL, as the
    out-of-memory killer would); every other article comes out, in order."""
    from kg.parallel import extract_parallel

    real = kg.extract.extract_facts

    def extract_facts(doc, article, **kwargs):
        if "Tarsk" in article.text:
            raise RuntimeError("boom")
        if "Kemna" in article.text:
            os.kill(os.getpid(), 9)
        return real(doc, article, **kwargs)

    monkeypatch.setattr(kg.extract, "extract_facts", extract_facts)  # inherited by the forked workers
    texts = {f"a{k}": GOOD for k in range(6)} | {"raises": "Rebels shelled Tarsk.", "dies": "Rebels shelled Kemna."}
    order = ["a0", "raises", "a1", "a2", "dies", "a3", "a4", "a5"]
    failed: dict[str, str] = {}
    out = extract_parallel(
        [Article(k, texts[k]) for k in order], workers=2, chunk=2, on_error=lambda a, r: failed.setdefault(a.id, r)
    )
    assert [f.article.id for f in out] == [k for k in order if k not in ("raises", "dies")]
    assert failed["raises"] == "cannot be extracted (RuntimeError: boom)"
    assert "worker process extracting it died" in failed["dies"]


def test_an_article_that_cannot_be_written_is_its_error_and_the_build_goes_on(tmp_path, monkeypatch):
    import kg.store.kgstore as kgstore

    real = kgstore.article_graph

    def parts(facts, identities=None):
        if facts.article.id == "02-un-envoy-calls":
            raise ValueError("an IRI kg cannot write")
        return real(facts, identities)

    monkeypatch.setattr(kgstore, "article_graph", parts)
    failures: list[str] = []
    summary = build([str(ARTICLES)], out_dir=None, on_error=lambda e: failures.append(str(e)))
    assert summary.articles == 7 and len(summary.failures) == 1 == len(failures)
    assert "article 02-un-envoy-calls: cannot be written (ValueError: an IRI kg cannot write)" in failures[0]


def test_ids_are_stripped_and_two_articles_never_share_an_iri(tmp_path, capsys):
    records = [
        {"id": " wire-1", "text": GOOD, "published": "2025-03-05"},
        {"id": "wire-1 ", "text": GOOD.replace("four", "five"), "published": "2025-03-05"},  # another article
        {"id": "wire-2", "text": GOOD, "published": "2025-03-05"},
        {"id": "wire-2", "text": GOOD, "published": "2025-03-05"},  # the same article given twice
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert [a.id for a in read_articles([str(path)])] == ["wire-1", "wire-1", "wire-2", "wire-2"]
    code = main(["build", str(path), "--memory", "-o", str(tmp_path / "out"), "--no-view", "--json"])
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert code == 1 and summary["articles"] == 2  # counted as stored: wire-1 (the first) and wire-2 once
    assert f"{path}:2: article wire-1: {path}:1 is a different article with the same id" in err
    assert f"{path}:4: article wire-2 is the same as {path}:3: built once" in err


def test_the_ids_kg_cannot_use_are_refused_by_name(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a\x07b", "text": GOOD}) + "\n" + json.dumps({"id": "  ", "text": GOOD}))
    first, second = read_articles([str(path)])
    assert "control character" in str(first) and second.id == "in-2"


def test_an_impossible_html_meta_date_does_not_stop_the_batch(tmp_path, capsys):
    """Before: exit 2 and no file named. Now the page is read, its date unknown, and the warning names it."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='article:published_time' content='2025-02-29T10:00:00Z'><title>Shelling</title>"
        f"</head><body><p>{GOOD.split(chr(10))[-1]}</p></body></html>",
        encoding="utf-8",
    )
    code = main(["extract", str(page), _txt(tmp_path, "ok.txt", GOOD)])
    out, err = capsys.readouterr()
    assert code == 0 and sorted(json.loads(line)["id"] for line in out.splitlines()) == ["ok", "page"], err
    assert "Traceback" not in err
    page_out = next(json.loads(line) for line in out.splitlines() if json.loads(line)["id"] == "page")
    assert page_out["published"] is None  # not the day htmldate salvages from the same tag (2025-02-01)
    assert "2025-02-01" not in out and any("2025-02-29" in note for note in page_out["errors"])
    assert f"{page}: published '2025-02-29T10:00:00Z' is not a real date" in err


def test_chinese_text_is_refused_by_name_and_the_batch_goes_on(tmp_path, capsys):
    chinese = "俄罗斯和乌克兰今天在日内瓦举行会谈双方同意交换战俘并继续谈判官员表示会谈取得进展" * 3
    code = main(["extract", _txt(tmp_path, "zh.txt", f"会谈\n\n{chinese}。"), _txt(tmp_path, "ok.txt", GOOD)])
    out, err = capsys.readouterr()
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
    assert "zh.txt: text does not look like English" in err


def test_chinese_and_japanese_are_not_taken_for_english():
    chinese = "俄罗斯和乌克兰今天在日内瓦举行会谈双方同意交换战俘并继续谈判官员表示会谈取得进展" * 3
    japanese = "ロシアとウクライナは本日ジュネーブで会談し捕虜の交換に合意したと当局者が述べた" * 3
    assert not looks_english(chinese) and not looks_english(japanese)
    assert looks_english(GOOD + " The envoy met 习近平 and 岸田文雄 in Beijing and Tokyo on Monday, the ministry said.")


def test_a_bug_in_kg_exits_3_with_one_line_and_some_failed_inputs_exit_1(tmp_path, monkeypatch, capsys):
    import kg.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("an index out of step")

    assert main(["extract", str(tmp_path / "missing.txt"), _txt(tmp_path, "ok.txt", GOOD)]) == 1
    capsys.readouterr()
    monkeypatch.setattr(kg.pipeline, "build", broken)
    assert main(["build", _txt(tmp_path, "ok.txt", GOOD), "--memory", "-o", str(tmp_path / "out")]) == 3
    err = capsys.readouterr().err
    assert "kg: error: kg failed: RuntimeError: an index out of step" in err and "Traceback" not in err


def test_a_full_disk_leaves_the_old_outputs_and_names_the_path(tmp_path):
    """A real write failure (the file-size limit: EFBIG from write(), as ENOSPC on a full disk): exit 2, the
    file named, every old output kept as it was, no temporary file left."""
    out = tmp_path / "out"
    first = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "-q",
            "build",
            str(ARTICLES / "01-sarnovo-missile-strike.txt"),
            "--memory",
            "-o",
            str(out),
            "--formats",
            "trig,ttl",
        ],
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    limit = max(len(b) for b in before.values()) + 4096  # room for the old files' sizes, not for all articles'

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full = subprocess.run(
        [sys.executable, "-m", "kg", "-q", "build", str(ARTICLES), "--memory", "-o", str(out), "--formats", "trig,ttl"],
        capture_output=True,
        text=True,
        preexec_fn=small_files,
    )
    assert full.returncode == 2, full.stderr
    assert f"{out}/graph." in full.stderr and "cannot write: File too large" in full.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_outputs_get_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        build([str(ARTICLES / "01-sarnovo-missile-strike.txt")], out_dir=tmp_path / "out", views=True)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "out").iterdir()}
    assert modes and set(modes.values()) == {0o644}, modes


def test_extract_takes_one_path_as_a_string(tmp_path):
    (facts,) = extract(_txt(tmp_path, "one.txt", GOOD))
    assert facts.article.id == "one"


def test_a_long_text_is_read_in_segments_with_offsets_into_the_whole(monkeypatch):
    from kg.extract.segments import segment_bounds

    paragraph = "Rebel forces shelled Norvik on Monday, killing four civilians, Governor Anna Kovac said."
    text = "Shelling in Norvik\n\n" + "\n\n".join([paragraph] * 6)
    bounds = segment_bounds(text, 120)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text) and all(e - s <= 120 for s, e in bounds)
    assert all(text[e - 2 : e] == "\n\n" for _, e in bounds[:-1])  # cut at paragraph breaks
    monkeypatch.setattr(kg.extract, "SEGMENT_CHARS", 120)
    (facts,) = extract_articles([Article("long", text, published="2025-03-05")])
    for ent in facts.entities:
        assert all(text[m.start : m.end] == m.text for m in ent.mentions)
    for ev in facts.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert all(facts.entity(a.entity) is not None for a in ev.arguments if a.entity)
    attacks = [ev for ev in facts.events if ev.type == "attack"]
    assert len(attacks) >= 6 and len({ev.id for ev in facts.events}) == len(facts.events)
    norvik = [e for e in facts.entities if e.name == "Norvik"]
    assert len(norvik) == 1 and len(norvik[0].mentions) >= 6  # one entity across the cuts


def test_view_payloads_are_bounded_whatever_the_headline(tmp_path):
    from builders import facts

    from kg.store import add_facts, new_dataset
    from kg.views import write_views

    dataset = new_dataset()
    huge = facts("a1", "Kastrenia struck Sarnovo overnight, officials said. " * 2000)
    huge.article.title = huge.article.text  # a text on one line is all headline
    add_facts(dataset, [huge])
    paths = write_views(dataset, tmp_path)
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert paths and huge.article.text[:700] not in html  # no field carries more than its bound

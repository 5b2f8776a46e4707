"""The `kg` command through its entry point, against real files: help, extract, build, query, view."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import __version__
from kg.cli import main

STORY = (
    "Ministers Meet in Vienna\n\n"
    "Foreign Minister Anna Berg of Sweden met her Austrian counterpart in Vienna on Tuesday, "
    "the ministry said. The two ministers discussed the war and agreed to meet again next month."
)


def run_kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The installed console entry point in a real process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def story_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("articles")
    (d / "vienna.txt").write_text("id: vienna\npublished: 2025-07-04\n\n" + STORY, encoding="utf-8")
    return d


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"kg {__version__}"


@pytest.mark.parametrize("command", ["extract", "build", "query", "view"])
def test_each_subcommand_has_clear_help(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"usage: kg {command}") and len(out.splitlines()) > 5


def test_extract_writes_the_contract_and_reports_bad_inputs(story_dir, tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "' + STORY.replace("\n", " ") + '"}\n{oops\n')
    out = tmp_path / "facts.jsonl"
    proc = run_kg("extract", str(story_dir), str(tmp_path / "bad.jsonl"), str(tmp_path / "nope.txt"),
                  "--format", "jsonl", "-o", str(out))
    assert proc.returncode == 1, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 2
    assert "bad.jsonl:2" in errors[0] and "line 2" in errors[0]
    assert "nope.txt" in errors[1]
    assert "Traceback" not in proc.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["vienna", "ok"]
    for r in records:
        assert r["schema"] == "kg-extract/1"
        assert set(r) >= {"id", "published", "entities", "timexes", "events", "errors"}
        for ent in r["entities"]:
            assert set(ent) >= {"id", "type", "name", "aliases", "mentions"}
            for m in ent["mentions"]:
                text = STORY if r["id"] == "vienna" else STORY.replace("\n", " ")
                assert text[m["start"]:m["end"]] == m["text"]


def test_extract_reads_stdin():
    proc = run_kg("extract", "-", "--published", "2025-07-04", stdin=STORY)
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["published"] == "2025-07-04" and record["id"] == "stdin"
    assert any(e["name"] == "Vienna" and e["type"] == "place" for e in record["entities"])


def test_build_query_view_end_to_end(story_dir, tmp_path):
    out = tmp_path / "out"
    proc = run_kg("build", str(story_dir), "-o", str(out), "--memory")
    if proc.returncode == 2 and "unrecognized arguments: --memory" in proc.stderr:
        proc = run_kg("build", str(story_dir), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    for name in ("graph.trig", "graph.ttl", "summary.json", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    summary = json.loads((out / "summary.json").read_text())
    assert summary["articles"] == 1 and summary["entities"] >= 3

    q = run_kg("query", str(out / "graph.trig"),
               "SELECT ?name WHERE { ?e a kg:Place ; rdfs:label ?name } ORDER BY ?name", "--format", "csv")
    assert q.returncode == 0, q.stderr
    assert "Vienna" in q.stdout.splitlines()[1:]

    q = run_kg("query", str(out / "graph.ttl"), "ASK { ?e rdfs:label \"Vienna\" }", "--format", "json")
    assert json.loads(q.stdout)["boolean"] is True

    bad = run_kg("query", str(out / "graph.trig"), "SELECT ?x WHERE { ?x ?p }")
    assert bad.returncode == 2
    assert bad.stderr.startswith("kg: error: malformed query:") and "1:" in bad.stderr
    assert "Traceback" not in bad.stderr

    view_dir = tmp_path / "view"
    v = run_kg("view", str(out / "graph.trig"), "-o", str(view_dir))
    assert v.returncode == 0, v.stderr
    assert (view_dir / "graph.html").exists()


def test_query_file_and_missing_graph(tmp_path):
    q = tmp_path / "q.rq"
    q.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    proc = run_kg("query", str(tmp_path / "none.trig"), "--file", str(q))
    assert proc.returncode == 2
    assert "none.trig" in proc.stderr and "Traceback" not in proc.stderr


def test_query_takes_a_query_file_as_positional(story_dir, tmp_path, monkeypatch, capsys):
    """`kg query calls.rq` reads the file and queries ./kg-store; `kg query STORE calls.rq` too."""
    monkeypatch.chdir(tmp_path)
    assert main(["-q", "build", str(story_dir), "-o", "out", "--no-view"]) == 0
    (tmp_path / "places.rq").write_text("SELECT ?name WHERE { ?e a kg:Place ; rdfs:label ?name }")
    capsys.readouterr()
    assert main(["query", "places.rq", "--format", "csv"]) == 0
    assert "Vienna" in capsys.readouterr().out.splitlines()[1:]
    assert main(["query", "kg-store", "places.rq", "--format", "csv"]) == 0
    assert "Vienna" in capsys.readouterr().out.splitlines()[1:]
    assert main(["query", "missing.rq"]) == 2
    assert "missing.rq: no such query file" in capsys.readouterr().err

"""The shell's habits (issue 17): pipes, options anywhere, formats by file name, one JSON document,
queries from stdin, the store named either way, typos, a missing browser, an honest ETA."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from rdflib import Graph

from kg.cli import main
from kg.cli.report import Reporter

STORY = (
    "Ministers meet in Lakeport\n\nThe foreign ministers of Rivertown and Hillvale met in Lakeport on Monday "
    "and agreed to reopen the northern canal, officials said."
)
KG = [sys.executable, "-m", "kg"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("shell")
    (root / "a.txt").write_text("published: 2025-03-05\n\n" + STORY, encoding="utf-8")
    (root / "b.txt").write_text("published: 2025-03-06\n\n" + STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    store = root / "store"
    assert main(["-q", "build", str(root / "a.txt"), str(root / "b.txt"), "--store", str(store),
                 "-o", str(root / "out"), "--no-view"]) == 0
    return root, store


def test_a_closed_pipe_ends_kg_quietly(built):
    _, store = built
    kg = subprocess.Popen([*KG, "export", str(store), "--format", "nq"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    head = subprocess.run(["head", "-1"], stdin=kg.stdout, capture_output=True, text=True)
    kg.stdout.close()
    err = kg.stderr.read().decode()
    assert kg.wait(timeout=120) in (0, -13, 141) and "Broken pipe" not in err and "error" not in err
    assert head.stdout.count("\n") == 1


def test_options_between_positionals_and_the_query_from_stdin(built, capsys):
    _, store = built
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }"
    assert main(["query", str(store), "--format", "csv", q]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "2"]
    done = subprocess.run([*KG, "query", str(store), "-", "--format", "tsv"], input=q, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.splitlines() == ["n", "2"]
    assert main(["query", "--store", str(store), q, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "2"]


def test_the_store_is_named_either_way(built, capsys):
    _, store = built
    assert main(["-q", "ls", str(store)]) == 0
    positional = capsys.readouterr().out
    assert main(["-q", "ls", "--store", str(store)]) == 0
    assert capsys.readouterr().out == positional and positional.count("\n") == 2


def test_export_follows_the_file_name(built, tmp_path):
    _, store = built
    assert main(["-q", "export", str(store), "-o", str(tmp_path / "all.ttl")]) == 0
    g = Graph().parse(tmp_path / "all.ttl", format="turtle")  # Turtle, not TriG
    assert len(g) > 50
    assert main(["-q", "export", str(store), "-o", str(tmp_path / "events.csv")]) == 0
    assert (tmp_path / "events.csv").read_text(encoding="utf-8").startswith("event,type,modality,date")
    assert main(["-q", "export", str(store), "-o", str(tmp_path / "dump.csv")]) == 2  # which CSV? say so


def test_extract_json_is_one_document(built, capsys):
    root, _ = built
    assert main(["-q", "extract", str(root / "a.txt"), str(root / "b.txt"), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in doc] == ["a", "b"]


def test_a_typo_gets_the_nearest_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["biuld", "x"])
    assert exc.value.code == 2 and "did you mean 'build'?" in capsys.readouterr().err


def test_when_every_input_fails_build_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(tmp_path / "missing.txt"), "--memory", "-o", str(out)]) == 1
    assert not out.exists() or not any(out.iterdir())


def test_view_open_without_a_browser_says_so(built, tmp_path, capsys, monkeypatch):
    _, store = built
    monkeypatch.setenv("BROWSER", "false")  # a browser command that fails: webbrowser.open is False
    import webbrowser

    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    assert main(["view", str(store), "-o", str(tmp_path / "v"), "--open"]) == 0
    assert "no web browser to open here" in capsys.readouterr().err


def test_the_eta_counts_from_the_first_article(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    rep = Reporter()
    rep.total = 100
    rep.progress(1, 30.0)  # the model took 30 s to load
    rep.progress(11, 40.0)  # then ten articles in ten seconds
    line = err.getvalue().strip().splitlines()[-1]
    assert "1.0 articles/s" in line and "ETA 1 min 29 s" in line


def test_extract_help_points_to_what_users_have():
    done = subprocess.run([*KG, "extract", "--help"], capture_output=True, text=True, env={**os.environ})
    assert "DESIGN.md" not in done.stdout and "docs/output.md" in done.stdout

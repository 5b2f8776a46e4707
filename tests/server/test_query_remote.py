"""`kg query http://...`: the same answers from a real SPARQL server (Oxigraph's, and kg serve's own
endpoint) as from the graph file it holds, for SELECT, ASK, CONSTRUCT and window queries; an endpoint
that cannot be reached is one line of error."""

from __future__ import annotations

import csv
import io
import socket
import urllib.request

import pytest
from conftest import ROOT
from oxigraph_server import oxigraph_server

from kg.cli import main

QUERIES = ROOT / "examples" / "queries"


@pytest.fixture(scope="module")
def loaded(examples_build, tmp_path_factory):
    """An Oxigraph server holding the examples' build: (its URL, the graph file)."""
    _, out = examples_build
    graph = out / "graph.nq"
    with oxigraph_server(tmp_path_factory.mktemp("remote-query")) as url:
        request = urllib.request.Request(
            url.rstrip("/") + "/store",
            data=graph.read_bytes(),
            headers={"Content-Type": "application/n-quads"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=60) as reply:
            assert reply.status in (200, 201, 204)
        yield url, str(graph)


def _sorted_lists(cell: str) -> str:
    for sep in (" | ", ", "):
        cell = sep.join(sorted(cell.split(sep)))
    return cell


def answer(capsys, *argv: str, drop: str | None = None) -> list:
    """The sorted lines of `kg query ARGV` (CSV: the sorted rows, each list a cell joins (GROUP_CONCAT) in a
    sorted order, as the engines concatenate in the order they meet the values, which SPARQL leaves open;
    the column `drop` left out)."""
    assert main(["query", *argv]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    if "csv" not in argv:
        return sorted(out.splitlines())
    rows = list(csv.reader(io.StringIO(out)))
    at = rows[0].index(drop) if drop else -1
    return sorted(tuple(_sorted_lists(c) for i, c in enumerate(row) if i != at) for row in rows)


@pytest.mark.parametrize("name", ["calls.rq", "entities.rq", "statements.rq", "by-month.rq"])
def test_an_endpoint_answers_as_the_graph_file_does(loaded, capsys, name):
    url, graph = loaded
    local = answer(capsys, graph, str(QUERIES / name), "--format", "csv")
    assert len(local) >= 3  # a header and rows
    assert answer(capsys, url, str(QUERIES / name), "--format", "csv") == local


def test_ask_construct_and_windows_on_an_endpoint(loaded, capsys):
    url, graph = loaded
    ask = "ASK { ?e a kg:Attack }"
    assert answer(capsys, url, ask) == answer(capsys, graph, ask)
    construct = "CONSTRUCT { ?e kg:eventType ?t } WHERE { ?e a kg:Call ; kg:eventType ?t }"
    remote = answer(capsys, url, construct, "--format", "tsv")
    assert len(remote) > 2 and remote == answer(capsys, graph, construct, "--format", "tsv")
    timeline = str(QUERIES / "timeline.rq")
    window = ["--from", "2025-03-10", "--format", "csv"]  # to the last event: the span asked of the endpoint
    local = answer(capsys, graph, timeline, *window, drop="sentence")  # SAMPLE() may pick another mention
    assert len(local) > 10 and answer(capsys, url, timeline, *window, drop="sentence") == local
    empty = "SELECT ?e WHERE { ?e a kg:Nothing }"
    assert answer(capsys, url, empty) == ["(0 rows)", "-", "e"]


def test_kg_serve_endpoint_is_an_endpoint_too(examples_build, tmp_path, capsys):
    from serving import start_server

    _, out = examples_build
    store = tmp_path / "store"
    assert main(["-q", "build", str(ROOT / "examples" / "articles"), "--store", str(store), "--no-view"]) == 0
    capsys.readouterr()
    server = start_server(store, timeout=20.0, workers=1)
    try:
        for url in (server.url, server.url + "sparql"):
            rows = answer(capsys, url, str(QUERIES / "calls.rq"), "--format", "csv")
            assert rows == answer(capsys, str(out / "graph.nq"), str(QUERIES / "calls.rq"), "--format", "csv")
    finally:
        server.stop()


def test_an_endpoint_that_cannot_be_reached_is_one_line(capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    assert main(["query", f"http://127.0.0.1:{port}/", "SELECT * WHERE { ?s ?p ?o }"]) == 2
    err = capsys.readouterr().err.strip()
    assert "cannot reach the store" in err and len(err.splitlines()) == 1

"""The SPARQL 1.1 Protocol over real HTTP: GET/POST, content negotiation, limits, errors, the views."""

from __future__ import annotations

import csv
import io
import urllib.parse

from serving import query_url, request, served_fixture, store_fixture  # noqa: F401 - the fixtures served, store_dir

from kg.server import negotiate

Q = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l LIMIT 3"
FORM = "application/x-www-form-urlencoded"


def test_get_json_default(served):
    reply = request(query_url(served.url, Q))
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/sparql-results+json")
    data = reply.json()
    assert data["head"]["vars"] == ["s", "l"] and data["results"]["bindings"][0]["l"]["value"] == "ev, 0"
    assert int(reply.headers["content-length"]) == len(reply.body.encode())


def test_post_form_and_direct_body_with_negotiation(served):
    url = f"{served.url}sparql"
    reply = request(url, urllib.parse.urlencode({"query": Q}).encode(), {"Content-Type": FORM, "Accept": "text/csv"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(reply.body)))
    assert rows[0] == ["s", "l"] and rows[1][1] == "ev, 0"
    headers = {"Content-Type": "application/sparql-query", "Accept": "text/tab-separated-values"}
    reply = request(url, Q.encode(), headers)
    assert reply.status == 200 and reply.body.splitlines()[0] == "?s\t?l" and '"ev, 0"' in reply.body
    headers["Accept"] = "application/sparql-results+xml;q=0.9, text/csv;q=0.1"
    reply = request(url, Q.encode(), headers)
    assert reply.status == 200 and "<sparql" in reply.body and "<literal>ev, 0</literal>" in reply.body


def test_ask_and_construct(served):
    reply = request(query_url(served.url, "ASK { ?s ?p ?o }"))
    assert reply.status == 200 and reply.json()["boolean"] is True
    query = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l } LIMIT 2"
    reply = request(query_url(served.url, query), headers={"Accept": "application/n-triples"})
    assert reply.status == 200 and reply.headers["content-type"].startswith("application/n-triples")
    assert len(reply.body.splitlines()) == 2


def test_result_limit_is_announced(served):
    reply = request(query_url(served.url, "SELECT ?s WHERE { ?s ?p ?o }"))
    assert reply.status == 200 and len(reply.json()["results"]["bindings"]) == 20
    assert reply.headers["x-kg-truncated"].startswith("true")


def test_bad_query_is_400_with_the_parser_message(served):
    reply = request(query_url(served.url, "SELECT ?s WHERE { ?s ?p"))
    assert reply.status == 400 and "malformed query" in reply.body


def test_no_query_wrong_method_and_unknown_path(served):
    assert request(f"{served.url}sparql").status == 400
    assert request(f"{served.url}sparql", b"x", method="PUT").status == 405
    assert request(f"{served.url}nothing-here").status == 404
    reply = request(
        f"{served.url}sparql", urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(), {"Content-Type": FORM}
    )
    assert reply.status == 403 and "/update" in reply.body


def test_updates_refused_on_a_read_only_endpoint(served):
    reply = request(f"{served.url}update", b"CLEAR ALL", {"Content-Type": "application/sparql-update"})
    assert reply.status == 403 and "read-only" in reply.body
    assert request(query_url(served.url, "ASK { ?s ?p ?o }")).json()["boolean"] is True


def test_index_page_and_safety_headers(served):
    reply = request(served.url)
    assert reply.status == 200 and "text/html" in reply.headers["content-type"]
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in reply.headers


def test_negotiate():
    table = {"text/csv": "csv", "application/sparql-results+json": "json"}
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", table, "json") == "json"
    assert negotiate("text/csv;q=0.5, application/sparql-results+json;q=0", table, "json") == "csv"
    assert negotiate("*/*", {}, "json") == "json"


def test_the_readme_serve_lines_use_options_that_exist():
    import re
    import shlex
    from pathlib import Path

    from kg.cli.main import make_parser

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^\s+\.venv/bin/(kg serve[^#\n]*)", readme, re.M)
    assert len(lines) >= 3
    for line in lines:
        args = make_parser().parse_args(shlex.split(line)[1:])
        assert args.command == "serve"

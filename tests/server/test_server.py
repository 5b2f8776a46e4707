"""`kg serve` over real HTTP on loopback: SPARQL Protocol GET/POST, content negotiation, limits, errors."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from kg.server import make_server, negotiate, uses_service

EX = "https://w3id.org/kgnews/id/"


@pytest.fixture(scope="module")
def endpoint():
    dataset = ox.Store()
    for i in range(50):
        g = ox.NamedNode(f"{EX}graph/a{i}")
        s = ox.NamedNode(f"{EX}event/a{i}/e1")
        dataset.add(ox.Quad(s, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(f"ev, {i}"), g))
    server = make_server(dataset, port=0, timeout=2.0, max_results=20)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def get(url: str, accept: str | None = None, data: bytes | None = None, ctype: str | None = None):
    headers = {"Accept": accept} if accept else {}
    if ctype:
        headers["Content-Type"] = ctype
    req = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read().decode()


Q = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l LIMIT 3"


def test_get_json_default(endpoint):
    status, headers, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": Q}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["s", "l"] and data["results"]["bindings"][0]["l"]["value"] == "ev, 0"


def test_post_form_and_direct_body_with_negotiation(endpoint):
    status, headers, body = get(
        f"{endpoint}/sparql",
        "text/csv",
        urllib.parse.urlencode({"query": Q}).encode(),
        "application/x-www-form-urlencoded",
    )
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["s", "l"] and rows[1][1] == "ev, 0"
    status, headers, body = get(
        f"{endpoint}/sparql", "text/tab-separated-values", Q.encode(), "application/sparql-query"
    )
    assert status == 200 and body.splitlines()[0] == "?s\t?l" and '"ev, 0"' in body
    status, headers, body = get(
        f"{endpoint}/sparql",
        "application/sparql-results+xml;q=0.9, text/csv;q=0.1",
        Q.encode(),
        "application/sparql-query",
    )
    assert status == 200 and "<sparql" in body and "<literal>ev, 0</literal>" in body


def test_ask_and_construct(endpoint):
    status, _, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
    assert status == 200 and json.loads(body)["boolean"] is True
    query = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l } LIMIT 2"
    status, headers, body = get(
        f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": query}), "application/n-triples"
    )
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples") and len(body.splitlines()) == 2


def test_result_limit_is_announced(endpoint):
    query = "SELECT ?s WHERE { ?s ?p ?o }"
    status, headers, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 20
    assert headers["X-KG-Truncated"].startswith("true")


def test_bad_query_is_400_with_the_parser_message(endpoint):
    status, _, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s ?p"}))
    assert status == 400 and "malformed query" in body


def test_service_and_updates_refused(endpoint):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 403 and "SERVICE" in body
    status, _, _ = get(f"{endpoint}/update", data=b"CLEAR ALL", ctype="application/sparql-update")
    assert status == 403
    status, _, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
    assert json.loads(body)["boolean"] is True  # still there


def test_timeout_answers_503(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    status, _, body = get(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and "timed out" in body


def test_index_page(endpoint):
    status, headers, body = get(f"{endpoint}/")
    assert status == 200 and "text/html" in headers["Content-Type"]


def test_helpers():
    assert uses_service("select * { SERVICE <x> { ?s ?p ?o } }")
    assert not uses_service('select * { ?s ?p "SERVICE" } # SERVICE')
    assert not uses_service("select * { ?s <http://ex.org/SERVICE> ?o }")
    assert (
        negotiate(
            "text/csv;q=0.5, application/sparql-results+json",
            {"text/csv": "csv", "application/sparql-results+json": "json"},
            "json",
        )
        == "json"
    )
    assert negotiate("*/*", {}, "json") == "json"

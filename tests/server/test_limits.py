"""Issue 15, item 1: a query nested thousands of levels deep crashed the process inside pyoxigraph
(segfault, exit 139), in `kg serve` and in `kg query`. Now queries are measured before the engine sees
them (size, nesting, operators; outside strings, IRIs and comments), the engine runs on a deep stack,
and a worker that crashes anyway is replaced while the server answers 500."""

from __future__ import annotations

import subprocess
import sys
import urllib.parse

import pyoxigraph as ox
import pytest
from serving import COUNT, count, query_url, request, served_fixture, start_server, store_fixture  # noqa: F401 - the fixtures served, store_dir

from kg.query import QueryLimits, QueryTooComplex, check_query, query_shape, sparql_keywords

DEEP_GROUPS = "SELECT * WHERE " + "{" * 4000 + " ?s ?p ?o " + "}" * 4000  # ~8 KB: crashed Oxigraph 0.5
AT_THE_LIMITS = {
    "nested groups": "SELECT * WHERE " + "{" * 99 + " ?s ?p ?o " + "}" * 99,
    "nested calls": "SELECT * WHERE { ?s ?p ?o FILTER(" + "CONCAT(" * 90 + "'a'" + ")" * 90 + ") }",
    "nested sub-selects": "SELECT * WHERE " + "{ SELECT * WHERE " * 45 + "{ ?s ?p ?o }" + "}" * 45,
    "chained plus": "SELECT * WHERE { ?s ?p ?o FILTER(" + "+".join(["1"] * 9000) + " > 0) }",
    "chained not": "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 9900 + "true) }",
    "chained bind": "SELECT * WHERE { ?s ?p ?o " + " ".join(f"BIND(1 AS ?b{i})" for i in range(3000)) + " }",
    "chained minus": "SELECT * WHERE { ?s ?p ?o " + " MINUS { ?s ?p 1 }" * 3000 + " }",
}


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "g.nq"
    store = ox.Store()
    node = ox.NamedNode("https://w3id.org/kgnews/id/x")
    store.add(ox.Quad(node, node, ox.Literal(1), ox.NamedNode("https://w3id.org/kgnews/id/graph/a")))
    store.dump(str(path), ox.RdfFormat.N_QUADS)
    return path


def kg_query(graph, sparql: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", "query", str(graph), sparql, "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_kg_query_refuses_a_deep_query_with_one_line_and_exit_2(graph_file):
    done = kg_query(graph_file, DEEP_GROUPS)
    assert done.returncode == 2, done.stderr[-500:]
    assert done.stderr.strip().splitlines() == [
        "kg: error: query nested too deeply: 4,000 levels of { } ( ) [ ] (limit 100)"
    ]


@pytest.mark.parametrize("shape", sorted(AT_THE_LIMITS))
def test_kg_query_runs_queries_just_inside_the_limits(graph_file, shape):
    done = kg_query(graph_file, AT_THE_LIMITS[shape])
    assert done.returncode in (0, 2) and done.returncode != 139, (shape, done.returncode, done.stderr[-300:])
    assert "nested too deeply" not in done.stderr and "too complex" not in done.stderr


def test_the_server_refuses_deep_queries_by_get_and_post_and_lives_on(served):
    before = count(served)
    reply = request(query_url(served.url, DEEP_GROUPS))  # a 24 KB GET: any web page can send one
    assert reply.status == 400 and "nested too deeply" in reply.body
    reply = request(f"{served.url}sparql", DEEP_GROUPS.encode(), {"Content-Type": "application/sparql-query"})
    assert reply.status == 400 and "nested too deeply" in reply.body
    flat = "SELECT * WHERE { ?s ?p ?o FILTER(" + "||".join(["?o"] * 20_000) + ") }"
    reply = request(f"{served.url}sparql", flat.encode(), {"Content-Type": "application/sparql-query"})
    assert reply.status == 400 and "too complex" in reply.body
    big = "SELECT * WHERE { ?s ?p ?o } VALUES ?o { " + "1 " * 300_000 + "}"
    reply = request(f"{served.url}sparql", big.encode(), {"Content-Type": "application/sparql-query"})
    assert reply.status == 400 and "too large" in reply.body
    assert served.process.poll() is None and count(served) == before


def test_a_worker_the_engine_crashes_is_replaced_and_the_server_answers_500(store_dir):
    # Limits lifted so the query reaches the engine: far deeper than even the deep stack holds.
    lifted = {"max_bytes": 10**7, "max_depth": 10**7, "max_operators": 10**7}
    server = start_server(store_dir, timeout=30.0, workers=1, limits=lifted)
    try:
        deeper = "SELECT * WHERE " + "{" * 400_000 + " ?s ?p ?o " + "}" * 400_000
        reply = request(f"{server.url}sparql", deeper.encode(), {"Content-Type": "application/sparql-query"})
        assert reply.status == 500 and "crashed" in reply.body, reply.body
        assert "killed by SIG" in reply.body or "exit status" in reply.body, reply.body  # how it stopped
        assert server.process.poll() is None
        assert request(query_url(server.url, COUNT)).status == 200  # the replacement worker answers
    finally:
        server.stop()


def test_service_as_a_variable_or_name_is_not_refused(served):
    for sparql in (
        "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o != 'SERVICE') } LIMIT 1",
        "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o } # SERVICE",
        "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:load ?o }",
    ):
        reply = request(query_url(served.url, sparql))
        assert reply.status == 200, (sparql, reply.body)


def test_query_shape_reads_strings_iris_and_comments_as_the_parser_does():
    assert query_shape('SELECT * { ?s ?p "{{{{((((" }').depth == 1
    assert query_shape("SELECT * { ?s ?p '''}}}\n{{{''' }").depth == 1
    assert query_shape("SELECT * { ?s <http://x/a#b> ?o } # ((((((").depth == 1
    assert query_shape("SELECT * { ?s <http://x/(((> ?o }").depth == 4  # counted as a "less than" might be
    assert query_shape("SELECT * { FILTER(((?a))) }").depth == 4
    assert "SERVICE" in sparql_keywords("SELECT * { SERVICE <http://x> { ?s ?p ?o } }")
    assert "SERVICE" in sparql_keywords("select * { service <http://x> { ?s ?p ?o } }")
    assert "LOAD" in sparql_keywords("LOAD <http://x/data.ttl>")
    assert not {"SERVICE", "LOAD"} & sparql_keywords('SELECT ?service ?load { ?service ex:load "LOAD" } # SERVICE')
    # A "less than" read as an IRI's start would hide what follows up to a ">" (here behind a comment):
    hidden = "SELECT * WHERE { FILTER(1<2)SERVICE#>\n<http://127.0.0.1:9/> { ?s ?p ?o } }"
    assert "SERVICE" in sparql_keywords(hidden)
    assert query_shape("SELECT * { FILTER(1<(((((((2)))))))>0) }").depth >= 8


def test_check_query_names_the_limit():
    limits = QueryLimits(max_bytes=100, max_depth=3, max_operators=5)
    with pytest.raises(QueryTooComplex, match="too large: 101 bytes"):
        check_query("#" * 101, limits)
    with pytest.raises(QueryTooComplex, match="4 levels"):
        check_query("{{{{ }}}}", limits)
    with pytest.raises(QueryTooComplex, match="6 operators and keywords"):
        check_query("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER(?l) }", limits)
    assert check_query("ASK { ?s ?p ?o }", limits).depth == 1
    assert urllib.parse.quote(DEEP_GROUPS)  # the GET above is the 24 KB of the issue

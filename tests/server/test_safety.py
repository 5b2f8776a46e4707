"""Issue 15, items 2 and 3: cross-site writes, CORS, DNS rebinding, and outbound fetches.

Before: a form POST `update=DROP ALL` from any origin ran; every answer carried
`Access-Control-Allow-Origin: *`; any Host header was served; `LOAD <http://...>` made the server fetch
any URL. Now: no CORS unless `--cors ORIGIN`; the Host must name this server; updates need
`--allow-update` and the token, and never come from another site; SERVICE and LOAD are refused unless
`--allow-remote` (and the query workers cannot reach the network where Linux lets them unshare it).
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import urllib.parse

import pytest
from serving import (  # noqa: F401 - the fixtures served, store_dir
    count,
    make_store,
    query_url,
    raw_exchange,
    request,
    served_fixture,
    start_cli,
    start_server,
    store_fixture,
)

FORM = "application/x-www-form-urlencoded"
UPDATE = "application/sparql-update"
INSERT = "INSERT DATA { GRAPH <https://w3id.org/kgnews/id/graph/new> { <http://e/a> <http://e/b> 'c' } }"


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    """`kg serve --allow-update --cors http://localhost:9999` (the CLI), over a store of its own."""
    store = make_store(tmp_path_factory.mktemp("writable") / "store")
    server = start_cli(store, "--allow-update", "--cors", "http://localhost:9999", "--timeout", "5")
    yield server
    assert server.stop() == 0, server.output()


def auth(server) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.token}", "Content-Type": UPDATE}


def test_no_cors_header_by_default(served):
    reply = request(query_url(served.url, "ASK {}"), headers={"Origin": "http://evil.example"})
    assert reply.status == 200 and "access-control-allow-origin" not in reply.headers
    preflight = request(f"{served.url}sparql", method="OPTIONS", headers={"Origin": "http://evil.example"})
    assert preflight.status == 403 and "access-control-allow-origin" not in preflight.headers


def test_cors_for_the_one_origin_given(writable):
    reply = request(query_url(writable.url, "ASK {}"), headers={"Origin": "http://localhost:9999"})
    assert reply.headers["access-control-allow-origin"] == "http://localhost:9999"
    reply = request(query_url(writable.url, "ASK {}"), headers={"Origin": "http://localhost:9998"})
    assert "access-control-allow-origin" not in reply.headers
    headers = {"Origin": "http://localhost:9999", "Access-Control-Request-Method": "POST"}
    preflight = request(f"{writable.url}update", method="OPTIONS", headers=headers)
    assert preflight.status == 204 and "Authorization" in preflight.headers["access-control-allow-headers"]


def test_a_foreign_host_header_is_refused(served):
    port = served.port
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.nip.io:{port}", f"localhost:{port + 1}"):
        reply = raw_exchange(port, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        assert reply.startswith(b"HTTP/1.1 403"), (host, reply[:200])
        assert b"DNS rebinding" in reply
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"):
        reply = raw_exchange(port, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        assert reply.startswith(b"HTTP/1.1 200"), (host, reply[:200])


def test_the_issue_s_cross_site_form_post_changes_nothing(writable):
    before = count(writable)
    body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    # What a form on another site sends: no token, its own Origin, Sec-Fetch-Site: cross-site.
    reply = request(
        f"{writable.url}update",
        body,
        {"Content-Type": FORM, "Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert reply.status == 403
    reply = request(f"{writable.url}update", body, {"Content-Type": FORM})  # no token at all
    assert reply.status == 401 and "token" in reply.body
    assert count(writable) == before > 0


def test_updates_need_the_token_and_no_other_site(writable):
    before = count(writable)
    wrong = {"Authorization": "Bearer not-the-token", "Content-Type": UPDATE}
    assert request(f"{writable.url}update", INSERT.encode(), wrong).status == 401
    stolen = {**auth(writable), "Origin": "http://evil.example"}
    assert request(f"{writable.url}update", INSERT.encode(), stolen).status == 403
    sneaky = {**auth(writable), "Sec-Fetch-Site": "same-site"}
    assert request(f"{writable.url}update", INSERT.encode(), sneaky).status == 403
    assert count(writable) == before
    reply = request(f"{writable.url}update", INSERT.encode(), auth(writable))
    assert reply.status == 204, reply.body
    assert count(writable) == before + 1  # and the query workers see it at once
    allowed = {**auth(writable), "Origin": "http://localhost:9999", "Sec-Fetch-Site": "cross-site"}
    delete = INSERT.replace("INSERT DATA", "DELETE DATA")
    assert request(f"{writable.url}update", delete.encode(), allowed).status == 204
    assert count(writable) == before


def test_the_token_is_printed_and_can_be_given(tmp_path):
    store = make_store(tmp_path / "store", articles=2)
    server = start_cli(store, "--allow-update", "--token", "s3cret-token-for-the-test")
    try:
        assert server.token == "s3cret-token-for-the-test"
        headers = {"Authorization": "Bearer s3cret-token-for-the-test", "Content-Type": UPDATE}
        assert request(f"{server.url}update", INSERT.encode(), headers).status == 204
    finally:
        server.stop()


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        body = b"<http://e/fetched> <http://e/b> <http://e/c> ."
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def remote_site():
    """A local HTTP server standing for any URL a query might make the endpoint fetch."""
    _Recorder.hits = []
    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{site.server_address[1]}/data.nt", _Recorder.hits
    site.shutdown()
    site.server_close()


def test_load_and_service_are_refused_and_fetch_nothing(writable, remote_site):
    url, hits = remote_site
    for update in (f"LOAD <{url}>", f"load silent <{url}> INTO GRAPH <http://e/g>", "LOAD <file:///etc/passwd>"):
        reply = request(f"{writable.url}update", update.encode(), auth(writable))
        assert reply.status == 403 and "--allow-remote" in reply.body, update
    for query in (
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ FILTER(1<2)SERVICE#>\n<{url}> {{}} }}",
    ):
        assert request(query_url(writable.url, query)).status == 403
    insert = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"
    assert request(f"{writable.url}update", insert.encode(), auth(writable)).status == 403
    assert hits == []


def test_allow_remote_lets_load_fetch(tmp_path, remote_site):
    url, hits = remote_site
    server = start_server(make_store(tmp_path / "store", articles=1), allow_update=True, allow_remote=True)
    try:
        headers = {"Authorization": f"Bearer {server.token}", "Content-Type": UPDATE}
        reply = request(f"{server.url}update", f"LOAD <{url}> INTO GRAPH <http://e/loaded>".encode(), headers)
        assert reply.status == 204, reply.body
        assert hits == ["/data.nt"]
        asked = request(query_url(server.url, "ASK { <http://e/fetched> ?p ?o }"))
        assert asked.status == 200, (asked.status, asked.body)
        assert asked.json()["boolean"] is True
        failed = request(f"{server.url}update", b"LOAD <http://127.0.0.1:9/nothing.nt>", headers)
        assert failed.status == 502 and "failed" in failed.body  # answered, not a dropped connection
    finally:
        server.stop()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux's")
def test_a_worker_without_remote_access_cannot_reach_the_network():
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    probe = (
        "import socket, sys\n"
        "from kg.server.worker import isolate_network\n"
        "if not isolate_network(): sys.exit(77)\n"
        f"try: socket.create_connection(('127.0.0.1', {port}), timeout=5)\n"
        "except OSError: sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], timeout=60)
    listener.close()
    if done.returncode == 77:
        pytest.skip("this system does not allow unprivileged network namespaces")
    assert done.returncode == 0


def test_serve_refuses_what_is_not_a_store(tmp_path):
    (tmp_path / "plain").mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "kg", "serve", "--store", str(tmp_path / "plain"), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "not a kg store" in done.stderr

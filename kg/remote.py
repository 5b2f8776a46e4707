"""A remote SPARQL 1.1 store as a kg store backend: queries over the SPARQL Protocol, each article's
named graph replaced with a Graph Store HTTP Protocol PUT, links maintained with SPARQL Update.

Endpoint layouts, picked from the URL (docs/store.md):

- Oxigraph server: `http://host:7878` → /query, /update, /store
- Apache Jena Fuseki: `http://host:3030/DATASET` → /DATASET/query, /DATASET/update, /DATASET/data
- GraphDB: `http://host:7200/repositories/REPO` → the repository URL, /statements, /rdf-graphs/service

Standard library HTTP only; a request that fails raises StoreError with the server's answer.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from kg.store import StoreError
from kg.vocab import PREFIXES


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@dataclass
class RemoteBackend:
    """SPARQL query / update endpoints and a Graph Store Protocol endpoint."""

    location: str
    query_url: str
    update_url: str
    store_url: str
    timeout: float = 60.0

    @classmethod
    def from_url(cls, url: str) -> RemoteBackend:
        base = url.rstrip("/")
        path = urllib.parse.urlsplit(base).path
        if "/repositories/" in path:
            return cls(url, base, base + "/statements", base + "/rdf-graphs/service")
        if path:
            return cls(url, base + "/query", base + "/update", base + "/data")
        return cls(url, base + "/query", base + "/update", base + "/store")

    def _request(self, url: str, data: bytes | None, headers: dict[str, str], method: str) -> bytes:
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip()[:500]
            raise StoreError(f"{self.location}: {method} {url} answered {exc.code}: {detail}") from None
        except urllib.error.URLError as exc:
            raise StoreError(f"{self.location}: cannot reach the store: {exc.reason}") from None

    def _query(self, sparql: str) -> dict:
        body = urllib.parse.urlencode({"query": _prologue() + sparql, "union-default-graph": ""}).encode()
        raw = self._request(
            self.query_url,
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
            "POST",
        )
        return json.loads(raw)

    def select(self, sparql: str) -> list[dict[str, str]]:
        answer = self._query(sparql)
        return [{k: v["value"] for k, v in row.items()} for row in answer["results"]["bindings"]]

    def ask(self, sparql: str) -> bool:
        return bool(self._query(sparql)["boolean"])

    def update(self, sparql: str) -> None:
        self._request(
            self.update_url,
            (_prologue() + sparql).encode("utf-8"),
            {"Content-Type": "application/sparql-update"},
            "POST",
        )

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """PUT the article's triples as N-Triples into its named graph: the server replaces it in one request."""
        body = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
        url = self.store_url + "?" + urllib.parse.urlencode({"graph": graph.value})
        self._request(url, body or b"", {"Content-Type": "application/n-triples"}, "PUT")

    def write_graphs(self, items: list[tuple[ox.NamedNode, list[ox.Quad], bool]]) -> None:
        for graph, quads, _ in items:
            self.replace_graph(graph, quads)

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH <{graph.value}>")

    def close(self) -> None:
        return None

"""A remote SPARQL 1.1 store as a kg store backend: queries over the SPARQL Protocol, each article's
named graph replaced with a Graph Store HTTP Protocol PUT, links maintained with SPARQL Update.

Endpoint layouts, picked from the URL (docs/store.md):

- Oxigraph server: `http://host:7878` → /query, /update, /store
- Apache Jena Fuseki: `http://host:3030/DATASET` → /DATASET/query, /DATASET/update, /DATASET/data
- GraphDB: `http://host:7200/repositories/REPO` → the repository URL, /statements, /rdf-graphs/service

Entity descriptions go to the shared entities graph (`kg.rdf.ENTITIES_GRAPH`) with a Graph Store POST
(merged into what is there); replaced labels and the descriptions of entities no article mentions any
more are removed with SPARQL Update. That is a few requests per batch of articles, none per article.

Standard library HTTP only; a request that fails raises StoreError with the server's answer.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from kg.rdf import ENTITIES_GRAPH, RDFS_LABEL, one_label_per_entity, sparql_prologue
from kg.store.base import GraphWrite, StoreError, chunks


def sparql_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """A term as SPARQL text: N-Triples syntax (quotes, backslashes, line breaks and control characters
    escaped), which SPARQL reads as the same term. Article text reaches SPARQL only through this."""
    return str(term)


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

    def _exchange(self, url: str, data: bytes | None, headers: dict[str, str], method: str) -> tuple[str, bytes]:
        """(media type, body) of the answer to one request."""
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get_content_type(), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", errors="replace").strip()[:500]
            raise StoreError(f"{self.location}: {method} {url} answered {exc.code}: {detail}") from None
        except urllib.error.URLError as exc:
            raise StoreError(f"{self.location}: cannot reach the store: {exc.reason}") from None

    def _request(self, url: str, data: bytes | None, headers: dict[str, str], method: str) -> bytes:
        return self._exchange(url, data, headers, method)[1]

    def query_answer(self, sparql: str, accept: str = "application/sparql-results+json") -> tuple[str, bytes]:
        """(media type, body) of the endpoint's answer to a query (kg's prefixes declared, the named graphs as one
        default graph), asked in the `accept` formats."""
        body = urllib.parse.urlencode({"query": sparql_prologue() + sparql, "union-default-graph": ""}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        return self._exchange(self.query_url, body, headers, "POST")

    def _query(self, sparql: str) -> dict:
        return json.loads(self.query_answer(sparql)[1])

    def select(self, sparql: str) -> list[dict[str, str]]:
        answer = self._query(sparql)
        return [{k: v["value"] for k, v in row.items()} for row in answer["results"]["bindings"]]

    def ask(self, sparql: str) -> bool:
        return bool(self._query(sparql)["boolean"])

    def update(self, sparql: str) -> None:
        self._request(
            self.update_url,
            (sparql_prologue() + sparql).encode("utf-8"),
            {"Content-Type": "application/sparql-update"},
            "POST",
        )

    def dataset_copy(self) -> ox.Store:
        """The whole store as an in-memory dataset (for `kg export`): the Graph Store Protocol's GET of the
        dataset as N-Quads (Oxigraph's /store, Fuseki's /data, GraphDB's /statements)."""
        whole = self.update_url if "/repositories/" in self.store_url else self.store_url
        data = self._request(whole, None, {"Accept": "application/n-quads"}, "GET")
        dataset = ox.Store()
        try:
            dataset.load(data, ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise StoreError(f"{self.location}: the store's N-Quads do not parse: {exc}") from None
        return dataset

    def _graph_url(self, graph: ox.NamedNode) -> str:
        return self.store_url + "?" + urllib.parse.urlencode({"graph": graph.value})

    @staticmethod
    def _ntriples(quads: list[ox.Quad]) -> bytes:
        return (
            ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
            or b""
        )

    def replace_graph(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """PUT the article's triples as N-Triples into its named graph: the server replaces it in one request."""
        self._request(
            self._graph_url(graph), self._ntriples(quads) or b"", {"Content-Type": "application/n-triples"}, "PUT"
        )

    def _mentioned(self, graphs: list[ox.NamedNode]) -> set[str]:
        out: set[str] = set()
        for chunk in chunks(graphs, 200):
            values = " ".join(sparql_term(g) for g in chunk)
            rows = self.select(
                f"SELECT DISTINCT ?e WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?e kg:mentionedIn ?a }} }}"
            )
            out.update(r["e"] for r in rows)
        return out

    def _labels(self, nodes: list[ox.NamedNode]) -> dict[ox.NamedNode, list[str]]:
        out: dict[ox.NamedNode, list[str]] = {}
        for chunk in chunks(nodes, 500):
            values = " ".join(sparql_term(n) for n in chunk)
            graph = sparql_term(ENTITIES_GRAPH)
            rows = self.select(
                f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {values} }} GRAPH {graph} {{ ?e rdfs:label ?l }} }}"
            )
            for r in rows:
                out.setdefault(ox.NamedNode(r["e"]), []).append(r["l"])
        return out

    def _drop_unmentioned(self, iris: set[str]) -> None:
        graph = sparql_term(ENTITIES_GRAPH)
        for chunk in chunks(sorted(iris), 200):
            values = " ".join(sparql_term(ox.NamedNode(i)) for i in chunk)
            unmentioned = f"VALUES ?e {{ {values} }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?e kg:mentionedIn ?a }} }}"
            self.update(
                f"DELETE {{ GRAPH {graph} {{ ?e ?p ?o }} }} WHERE {{ {unmentioned} GRAPH {graph} {{ ?e ?p ?o }} }} ;\n"
                f"DELETE {{ GRAPH {graph} {{ ?x ?p ?e }} }} WHERE {{ {unmentioned} GRAPH {graph} {{ ?x ?p ?e }} }}"
            )

    def write_graphs(self, items: list[GraphWrite], entity_quads: list[ox.Quad]) -> None:
        """Entity descriptions first (one label per entity), then each article's graph PUT, then the
        descriptions of entities only the replaced versions mentioned are dropped."""
        unmentioned = self._mentioned([w.graph for w in items if w.replace])
        stored = self._labels(sorted({q.subject for q in entity_quads if q.predicate == RDFS_LABEL}, key=str))  # type: ignore[misc]
        add, remove = one_label_per_entity(entity_quads, stored)
        if remove:
            body = " ".join(
                f"{sparql_term(q.subject)} {sparql_term(q.predicate)} {sparql_term(q.object)} ." for q in remove
            )
            self.update(f"DELETE DATA {{ GRAPH {sparql_term(ENTITIES_GRAPH)} {{ {body} }} }}")
        if add:
            self._request(
                self._graph_url(ENTITIES_GRAPH), self._ntriples(add), {"Content-Type": "application/n-triples"}, "POST"
            )
        for w in items:
            self.replace_graph(w.graph, w.quads())
        if unmentioned:
            self._drop_unmentioned(unmentioned)

    def remove_graph(self, graph: ox.NamedNode) -> None:
        unmentioned = self._mentioned([graph])
        self.update(f"DROP SILENT GRAPH {sparql_term(graph)}")
        if unmentioned:
            self._drop_unmentioned(unmentioned)

    def close(self) -> None:
        return None

"""Measures on the actor graph: centralities, communities, the busiest days, an actor's timeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx

from kg.analysis.projection import EventRecord, Projection


def centralities(actor_graph: nx.Graph, sample_above: int = 500, seed: int = 0) -> dict[str, dict[str, float]]:
    """Degree and betweenness centrality of each actor; betweenness is sampled on large graphs."""
    n = actor_graph.number_of_nodes()
    if n == 0:
        return {}
    degree = nx.degree_centrality(actor_graph) if n > 1 else {v: 0.0 for v in actor_graph}
    k = min(n, 200) if n > sample_above else None
    between = nx.betweenness_centrality(actor_graph, k=k, seed=seed)
    strength = dict(actor_graph.degree(weight="weight"))
    return {v: {"degree": degree[v], "betweenness": between[v], "events": float(strength[v])} for v in actor_graph}


def ordered_subgraph(graph: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy of `graph` on `nodes`, its nodes and edges in sorted order.

    Seeded layouts and Louvain still follow the order they meet nodes in, and networkx's own
    `subgraph` view iterates a set, whose order changes with Python's hash seed: two builds of the
    same articles would lay out and split the graph differently."""
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from((v, graph.nodes[v]) for v in sorted(keep))
    edges = ((*sorted((u, v)), d) for u, v, d in graph.edges(keep, data=True) if u in keep and v in keep)
    sub.add_edges_from(sorted(edges, key=lambda e: (e[0], e[1])))
    return sub


def communities(actor_graph: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Louvain communities of the actors that interact, largest first (isolated actors left out)."""
    g = ordered_subgraph(actor_graph, [v for v in actor_graph if actor_graph.degree(v) > 0])
    if g.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def busiest_days(events: Iterable[EventRecord], top: int = 10) -> list[tuple[str, int]]:
    counts = Counter(ev.day for ev in events if ev.day)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def actor_timeline(projection: Projection, actor_iri: str) -> list[EventRecord]:
    return [ev for ev in projection.events if any(iri == actor_iri for _, iri in ev.roles)]


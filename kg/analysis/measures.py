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


def communities(actor_graph: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Louvain communities of the actors that interact, largest first (isolated actors left out)."""
    g = actor_graph.subgraph([v for v in actor_graph if actor_graph.degree(v) > 0])
    if g.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def busiest_days(events: Iterable[EventRecord], top: int = 10) -> list[tuple[str, int]]:
    counts = Counter(ev.day for ev in events if ev.day)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def actor_timeline(projection: Projection, actor_iri: str) -> list[EventRecord]:
    return [ev for ev in projection.events if any(iri == actor_iri for _, iri in ev.roles)]


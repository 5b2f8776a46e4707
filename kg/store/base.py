"""The store's interface: what every back-end must do, and the errors a store gives.

Like rdflib's `Store`, one small protocol (`Backend`) hides where the triples live; `kg.store.kgstore.KgStore`
writes articles, skips unchanged ones and keeps cross-article links over any back-end, in SPARQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

from kg.rdf.ntriples import parse_nquads
from kg.rdf.vocab import KG

# The terms the store itself reads and writes, as pyoxigraph nodes.
# Not yet in ontologies/kg.ttl (see docs/store.md): the article's MinHash signature, hex of 128 uint32.
MINHASH_SIGNATURE = ox.NamedNode(str(KG.minhashSignature))
SAME_EVENT_AS = ox.NamedNode(str(KG.sameEventAs))
KG_DATE = ox.NamedNode(str(KG.date))
KG_EVENT_TYPE = ox.NamedNode(str(KG.eventType))
KG_HAS_ARGUMENT = ox.NamedNode(str(KG.hasArgument))
KG_HAS_TIME = ox.NamedNode(str(KG.hasTime))
KG_ROLE = ox.NamedNode(str(KG.role))
KG_ENTITY = ox.NamedNode(str(KG.entity))
DUPLICATE_OF = ox.NamedNode(str(KG.duplicateOf))
CONTENT_HASH = ox.NamedNode(str(KG.contentHash))
MENTIONED_IN = ox.NamedNode(str(KG.mentionedIn))
ACTOR_ROLES = ("agent", "participant", "target", "victim", "recipient")


class GraphFileError(ValueError):
    """A graph file or store that cannot be opened, with a one-line reason."""


class StoreError(GraphFileError):
    """A store that cannot be opened or written, with a one-line reason."""


@dataclass
class GraphWrite:
    """One article's named graph as a back-end writes it: N-Quads for a bulk loader, the mark kept apart."""

    graph: ox.NamedNode
    nquads: bytes  # the graph's triples as UTF-8 N-Quads (kg.rdf.ntriples), but its completion mark
    mark: ox.Quad  # its kg:contentHash: written last, the sign of a complete article
    mentioned: list[ox.NamedNode]  # the entities it says are mentioned in it (kg:mentionedIn)
    replace: bool  # an older version may be stored: removed first

    def quads(self) -> list[ox.Quad]:
        """Every quad of the graph as pyoxigraph objects, the mark last (for back-ends that take objects)."""
        return [*parse_nquads(self.nquads), self.mark]


class Backend(Protocol):
    """What a store must do; answers are plain strings (IRI or literal value) keyed by variable."""

    location: str

    def select(self, sparql: str) -> list[dict[str, str]]: ...

    def ask(self, sparql: str) -> bool: ...

    def update(self, sparql: str) -> None: ...

    def write_graphs(self, items: list[GraphWrite], entity_quads: list[ox.Quad]) -> None: ...

    def remove_graph(self, graph: ox.NamedNode) -> None: ...

    def close(self) -> None: ...



def term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """The lexical value of an IRI, blank node or literal (a quoted triple as its N-Triples text)."""
    return str(term) if isinstance(term, ox.Triple) else term.value


def chunks(items: list, n: int) -> Iterator[list]:
    """`items` in consecutive slices of at most `n` (VALUES blocks of bounded size)."""
    for i in range(0, len(items), n):
        yield items[i : i + n]

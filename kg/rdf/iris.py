"""IRIs: how kg names articles, their graphs, events and entities, and the RDF terms every module shares.

The only place that mints IRIs (`article_iri`, `article_graph_iri`, `event_iri`, `entity_iri`, the shared
`ENTITIES_GRAPH`); everything else asks for them here.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from kg.rdf.vocab import DATA_BASE

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_INT = ox.NamedNode(XSD + "integer")
XSD_DEC = ox.NamedNode(XSD + "decimal")
XSD_DATE = ox.NamedNode(XSD + "date")
XSD_DATETIME = ox.NamedNode(XSD + "dateTime")

TERM_NODES: dict[object, ox.NamedNode] = {}


def term_node(term: object) -> ox.NamedNode:
    """The pyoxigraph node of a vocabulary term (rdflib URIRef or str), built once per term."""
    node = TERM_NODES.get(term)
    if node is None:
        node = TERM_NODES[term] = ox.NamedNode(str(term))
    return node


@lru_cache(maxsize=65536)  # an article's id in each of its IRIs, the same event ids in every article
def _slug(text: str) -> str:
    """An IRI path segment for any string: readable where possible, always unambiguous (two strings, two
    segments: nothing is stripped; `kg.ingest` removes the white space around article ids)."""
    return quote(text, safe="-._~")


def article_iri(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{DATA_BASE}article/{_slug(article_id)}")


def article_graph_iri(article_id: str) -> ox.NamedNode:
    """The named graph that holds everything extracted from one article."""
    return ox.NamedNode(f"{DATA_BASE}graph/{_slug(article_id)}")


# The graph of entity descriptions shared by all articles. Not under …/graph/: no article id can name it
# (an article graph's last segment is one slug, "/" escaped).
ENTITIES_GRAPH = ox.NamedNode(f"{DATA_BASE}entities")


def event_iri(article_id: str, event_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{DATA_BASE}event/{_slug(article_id)}/{_slug(event_id)}")


@lru_cache(maxsize=65536)  # the same entities come back in article after article
def entity_iri(key: str) -> ox.NamedNode:
    """The global IRI of an entity from its resolution key: ``person:volodymyr zelensky`` (or
    ``person/volodymyr zelensky``) is ``…/entity/person/volodymyr-zelensky``."""
    path = re.sub(r"\s+", "-", key.strip()).replace(":", "/", 1)
    return ox.NamedNode(f"{DATA_BASE}entity/{'/'.join(_slug(p) for p in path.split('/'))}")


def merge_iri(article_id: str, entity_id: str) -> ox.NamedNode:
    """The note (in the article's graph) saying why the article's entity was merged into a global one."""
    return ox.NamedNode(f"{DATA_BASE}merge/{_slug(article_id)}/{_slug(entity_id)}")


def geonames_iri(geonames_id: int) -> ox.NamedNode:
    return ox.NamedNode(f"https://sws.geonames.org/{int(geonames_id)}/")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


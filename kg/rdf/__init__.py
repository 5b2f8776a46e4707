"""RDF: the only package that knows IRIs and the ontology.

- `vocab`: the ontology's terms (rdflib DefinedNamespaces checked against `ontologies/kg.ttl`), prefixes;
- `iris`: how articles, graphs, events and entities are named;
- `identities`: which global entity each article's entity is (cross-article resolution applied);
- `quads`: an article's facts as quads (its named graph, and its entities' descriptions), written as
  N-Quads lines (`article_graph`) or given as pyoxigraph quads;
- `ntriples`: RDF terms as N-Triples text (IRIs, escaped literals), the lines' syntax;
- `labels`: one `rdfs:label` per entity, every other name an alt label;
- `jsonld`: compacted JSON-LD with kg's `@context` (kg/rdf/context.jsonld).

Takes `kg.facts` records; gives pyoxigraph terms and quads, which `kg.store` writes.
"""

from kg.rdf.identities import Identities, default_entity_key, preferred_names, resolve_identities
from kg.rdf.iris import (
    ENTITIES_GRAPH,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    XSD,
    article_graph_iri,
    article_iri,
    content_hash,
    entity_iri,
    event_iri,
)
from kg.rdf.jsonld import jsonld_context, triples_jsonld, write_jsonld
from kg.rdf.labels import fullest_name, one_label_per_entity
from kg.rdf.quads import ArticleGraph, article_graph, article_quad_parts, article_quads, corpus_quads
from kg.rdf.vocab import (
    DATA_BASE,
    EVENT_TYPE_BASE,
    KG,
    ONTOLOGY_IRI,
    PREFIXES,
    PROV,
    SCHEMA,
    SEM,
    event_type_concept,
    sparql_prologue,
)

__all__ = [
    "DATA_BASE",
    "ENTITIES_GRAPH",
    "EVENT_TYPE_BASE",
    "KG",
    "ONTOLOGY_IRI",
    "PREFIXES",
    "PROV",
    "RDFS_LABEL",
    "RDF_TYPE",
    "SCHEMA",
    "SEM",
    "SKOS_ALT",
    "XSD",
    "ArticleGraph",
    "Identities",
    "article_graph",
    "article_graph_iri",
    "article_iri",
    "article_quad_parts",
    "article_quads",
    "content_hash",
    "corpus_quads",
    "default_entity_key",
    "entity_iri",
    "event_iri",
    "event_type_concept",
    "fullest_name",
    "jsonld_context",
    "one_label_per_entity",
    "preferred_names",
    "resolve_identities",
    "sparql_prologue",
    "triples_jsonld",
    "write_jsonld",
]

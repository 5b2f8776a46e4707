"""Quads: an article's facts as RDF under kg's ontology. One named graph per article, one for entities.

`article_graph(facts, identities)` writes one article's facts as N-Quads lines (`ArticleGraph`), which
the store's bulk loader reads as they are; `article_quads` / `article_quad_parts` give the same quads as
pyoxigraph objects. `identities` says which global entity each of the article's entities is
(cross-article merging, `kg.extract.resolve`). Lines, not objects, because a `Quad` object costs ten
times its line (kg.rdf.ntriples); the terms of an article that repeat (its node, its graph, the text of
a sentence several mentions share) are written once per article.

Where each triple goes, so that the union of the graphs (the default graph of every query) holds each
triple once:

- the article's named graph: everything read in that article: the article node, its events with
  their arguments, mentions, sentences, offsets, dates and casualty counts, `E kg:mentionedIn A`
  for each entity it mentions, and a `kg:NameMerge` note for each entity merged into a global entity by
  a rule (the name it had here, the rule: what `kg explain ENTITY` prints);
- the shared entities graph (`ENTITIES_GRAPH`): what an entity *is*, the same whichever article names
  it: `rdf:type`, one `rdfs:label`, `skos:altLabel`, `kg:title`, `kg:affiliation`, `kg:countryCode`,
  and for places their GeoNames feature (`owl:sameAs <https://sws.geonames.org/ID/>`, `geo:lat`,
  `geo:long`, `kg:inCountry`).
  Written by every article that mentions the entity, stored once; the store keeps one label per
  entity and drops an entity's description when no article mentions it any more (`kg.store`).
"""


from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox

from kg import __version__
from kg.facts import Amount, ArticleFacts, Entity, Event, Mention
from kg.rdf.dates import date_literal, period_keys, published_literal, timestamp_literal
from kg.rdf.identities import Identities
from kg.rdf.iris import (
    ENTITIES_GRAPH,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    XSD,
    XSD_DEC,
    XSD_INT,
    article_graph_iri,
    article_iri,
    content_hash,
    entity_iri,
    event_iri,
    geonames_iri,
    merge_iri,
)
from kg.rdf.ntriples import iri_text, literal_text, node_text, parse_statements, term_text
from kg.rdf.vocab import (
    ENTITY_CLASS,
    EVENT_CLASS,
    GEO,
    KG,
    OWL_SAME_AS,
    PROV,
    ROLE_PROPERTY,
    SCHEMA,
    SEM,
    SUBJECT_CLASS,
    event_type_concept,
)

_lit = literal_text  # a plain string literal
_VERSION = literal_text(__version__)
_XSD_INT, _XSD_DEC, _XSD_ANY_URI = XSD_INT.value, XSD_DEC.value, XSD + "anyURI"
_CONTENT_HASH = ox.NamedNode(str(KG.contentHash))


def _int(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD_INT}>'


def _decimal(value: float) -> str:
    """4200000000.0 -> "4200000000"^^xsd:decimal (exact digits, no exponent)."""
    return literal_text(format(Decimal(repr(float(value))).normalize(), "f"), _XSD_DEC)


class _Terms:
    """A namespace's terms as N-Triples text: `_KG.mention` is made once, then a plain attribute."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        text = iri_text(getattr(self._namespace, name))
        setattr(self, name, text)
        return text


_KG, _SEM, _PROV, _SCHEMA = _Terms(KG), _Terms(SEM), _Terms(PROV), _Terms(SCHEMA)
_A, _LABEL, _ALT = iri_text(RDF_TYPE), iri_text(RDFS_LABEL), iri_text(SKOS_ALT)
_SAME_AS, _GEO_LAT, _GEO_LONG = iri_text(OWL_SAME_AS), iri_text(GEO.lat), iri_text(GEO.long)
_ENTITIES_TAIL = f" {node_text(ENTITIES_GRAPH)} .\n"


@dataclass
class ArticleGraph:
    """One article as N-Quads lines: its named graph, its completion mark, its entities' descriptions."""

    graph: ox.NamedNode
    statements: list[str]  # the article's named graph, one N-Quads line each ("… .\n"), but its mark
    mark: ox.Quad  # its kg:contentHash: written last, the sign of a complete article (kg.store)
    mentioned: list[ox.NamedNode]  # the entities it says are mentioned in it (`kg:mentionedIn`), each once
    entity_statements: list[str]  # its entities' descriptions in ENTITIES_GRAPH, each line once

    def quads(self) -> list[ox.Quad]:
        """The article's named graph as pyoxigraph quads, its mark last."""
        return [*parse_statements(self.statements), self.mark]

    def entity_quads(self) -> list[ox.Quad]:
        return parse_statements(self.entity_statements)


class _Lines:
    """Collects N-Quads lines into the article's named graph (`add`) and the entities graph (`describe`)."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.graph = article_graph_iri(facts.article.id)
        self.article_node = article_iri(facts.article.id)
        self.article = node_text(self.article_node)  # the article's node, written once
        self._tail = f" {node_text(self.graph)} .\n"
        self.items: list[str] = []
        self.entity_items: dict[str, None] = {}  # ordered set: an entity twice in one article
        self.mentioned: dict[ox.NamedNode, None] = {}
        self._sentences: dict[tuple[int, int], str] = {}  # a sentence's text literal, made once

    def add(self, s: str, p: str, o: str) -> None:
        self.items.append(f"{s} {p} {o}{self._tail}")

    def describe(self, s: str, p: str, o: str) -> None:
        self.entity_items[f"{s} {p} {o}{_ENTITIES_TAIL}"] = None

    def sentence(self, start: int, end: int) -> str:
        text = self._sentences.get((start, end))
        if text is None:
            text = self._sentences[start, end] = _lit(self.facts.article.text[start:end].strip())
        return text


def _mention(q: _Lines, subject: str, node: str, m: Mention, sentence: tuple[int, int] | None) -> None:
    q.add(subject, _KG.mention, node)
    q.add(node, _A, _KG.Mention)
    q.add(node, _KG.article, q.article)
    q.add(node, _KG.text, _lit(m.text))
    q.add(node, _KG.start, _int(m.start))
    q.add(node, _KG.end, _int(m.end))
    if sentence:
        s, e = sentence
        q.add(node, _KG.sentence, q.sentence(s, e))
        q.add(node, _KG.sentenceStart, _int(s))
        q.add(node, _KG.sentenceEnd, _int(e))


def _sentence_of(facts: ArticleFacts, start: int) -> tuple[int, int] | None:
    for s, e in facts.sentences:
        if s <= start < e:
            return s, e
    return None


def _article_quads(q: _Lines, facts: ArticleFacts) -> ox.Quad:
    """The article node's statements; its completion mark (`kg:contentHash`) returned, not added."""
    a = facts.article
    node = q.article
    q.add(node, _A, _KG.Article)
    q.add(node, _KG.articleId, _lit(a.id))
    mark = ox.Quad(q.article_node, _CONTENT_HASH, ox.Literal(content_hash(a.text)), q.graph)
    q.add(node, _KG.extractorVersion, _VERSION)
    if a.title:
        q.add(node, _SCHEMA.headline, _lit(a.title))
    published = published_literal(a.published) if a.published else None
    if published is not None:
        q.add(node, _SCHEMA.datePublished, term_text(published))
    if a.url:
        q.add(node, _SCHEMA.url, literal_text(a.url, _XSD_ANY_URI))
    if a.source:
        q.add(node, _KG.source, _lit(a.source))
    return mark


def _entity_quads(q: _Lines, facts: ArticleFacts, ids: Identities) -> dict[str, str]:
    aid = facts.article.id
    nodes: dict[str, ox.NamedNode] = {ent.id: entity_iri(ids.key(aid, ent)) for ent in facts.entities}
    iris = {k: node_text(n) for k, n in nodes.items()}
    by_name = {e.name: iris[e.id] for e in facts.entities}
    art = q.article
    for ent in facts.entities:
        node = iris[ent.id]
        name = ids.name(ids.key(aid, ent), ent.name)
        q.describe(node, _A, iri_text(ENTITY_CLASS.get(ent.type, KG.Other)))
        q.describe(node, _LABEL, _lit(name))
        for alias in sorted({ent.name, *ent.aliases} - {name}):
            q.describe(node, _ALT, _lit(alias))
        for title in ent.titles:
            q.describe(node, _KG.title, _lit(title))
        if ent.affiliation and ent.affiliation in by_name and by_name[ent.affiliation] != node:
            q.describe(node, _KG.affiliation, by_name[ent.affiliation])
        if ent.country:
            q.describe(node, _KG.countryCode, _lit(ent.country))
        if ent.type == "place" and ent.geonames_id:
            _geonames_quads(q, node, ent)
        rule = ids.rule(aid, ent)
        if rule:
            merge = node_text(merge_iri(aid, ent.id))
            q.add(merge, _A, _KG.NameMerge)
            q.add(merge, _KG.entity, node)
            q.add(merge, _KG.article, art)
            q.add(merge, _KG.mergedName, _lit(ent.name))
            q.add(merge, _KG.mergeRule, _lit(rule))
        if nodes[ent.id] not in q.mentioned:  # two of the article's entities resolved to one: one triple
            q.mentioned[nodes[ent.id]] = None
            q.add(node, _KG.mentionedIn, art)
    return iris


def _geonames_quads(q: _Lines, node: str, ent: Entity) -> None:
    """A place's GeoNames identity, WGS84 coordinates and country (for the map view)."""
    q.describe(node, _SAME_AS, node_text(geonames_iri(ent.geonames_id or 0)))
    if ent.latitude is not None and ent.longitude is not None:
        q.describe(node, _GEO_LAT, literal_text(f"{ent.latitude:.5f}", _XSD_DEC))
        q.describe(node, _GEO_LONG, literal_text(f"{ent.longitude:.5f}", _XSD_DEC))
    from kg.extract.gazetteer import country_geonames_id  # here: importing kg.extract loads spaCy, which
    # `kg query`, `kg serve` and `import kg` must not pay for (2-4 s) when they only read a graph

    country = country_geonames_id(ent.country or "")
    if country and country != ent.geonames_id:
        q.describe(node, _KG.inCountry, node_text(geonames_iri(country)))


@lru_cache(maxsize=4096)
def _date_text(value: str) -> str | None:
    day = date_literal(value)
    return None if day is None else term_text(day)


@lru_cache(maxsize=4096)
def _period_key_texts(earliest: str, latest: str) -> tuple[str, ...]:
    return tuple(term_text(key) for key in period_keys(earliest, latest))


@lru_cache(maxsize=4096)
def _timestamp_text(value: str) -> str | None:
    stamp = timestamp_literal(value)
    return None if stamp is None else term_text(stamp)


def _event_quads(q: _Lines, facts: ArticleFacts, ev: Event, iris: dict[str, str]) -> None:
    aid = facts.article.id
    iri = event_iri(aid, ev.id).value  # each sub-node's IRI is this checked IRI and a fixed path
    node = f"<{iri}>"
    q.add(node, _A, _KG.Event)
    if ev.type in EVENT_CLASS:
        q.add(node, _A, iri_text(EVENT_CLASS[ev.type]))
    q.add(node, _KG.eventType, iri_text(event_type_concept(ev.type)))
    q.add(node, _LABEL, _lit(f"{ev.type}: {ev.trigger.text}"))
    q.add(node, _KG.trigger, _lit(ev.trigger.text))
    q.add(node, _KG.modality, _lit(ev.modality))
    q.add(node, _KG.confidence, literal_text(f"{ev.confidence:.3f}", _XSD_DEC))
    q.add(node, _KG.extractorVersion, _VERSION)
    q.add(node, _PROV.wasDerivedFrom, q.article)
    if ev.content:
        q.add(node, _KG.content, _lit(ev.content))
    if ev.caused_by:
        q.add(node, _KG.causedBy, node_text(event_iri(aid, ev.caused_by)))
    for n, m in enumerate([ev.trigger, *ev.mentions]):
        sentence = ev.sentence if n == 0 else _sentence_of(facts, m.start)
        _mention(q, node, f"<{iri}/mention/{n}>", m, sentence)
    for n, arg in enumerate(ev.arguments):
        arg_node = f"<{iri}/arg/{n}>"
        q.add(node, _KG.hasArgument, arg_node)
        q.add(arg_node, _A, _KG.Argument)
        q.add(arg_node, _KG.role, _lit(arg.role))
        q.add(arg_node, _KG.text, _lit(arg.text))
        q.add(arg_node, _KG.start, _int(arg.start))
        q.add(arg_node, _KG.end, _int(arg.end))
        target = iris.get(arg.entity or "")
        if target is not None:
            q.add(arg_node, _KG.entity, target)
            prop = ROLE_PROPERTY.get(arg.role)
            if prop is not None:
                q.add(node, iri_text(prop), target)
            if arg.role == "according_to":
                q.add(node, _KG.accordingTo, target)
    day = _date_text(ev.date) if ev.date else None
    if day is not None:  # typed at its precision (kg.rdf.dates)
        q.add(node, _KG.date, day)
    if ev.date or ev.date_range:
        time_node = f"<{iri}/time>"
        q.add(node, _KG.hasTime, time_node)
        q.add(time_node, _A, _KG.TimeSpec)
        if ev.precision:
            q.add(node, _KG.datePrecision, _lit(ev.precision))
            q.add(time_node, _KG.datePrecision, _lit(ev.precision))
        if ev.timex is not None and 0 <= ev.timex < len(facts.timexes):
            tx = facts.timexes[ev.timex]
            q.add(time_node, _KG.expression, _lit(tx.text))
            q.add(time_node, _KG.timex3Value, _lit(tx.value))
            q.add(time_node, _KG.timex3Type, _lit(tx.type))
        elif ev.date:
            q.add(time_node, _KG.timex3Value, _lit(ev.date))
        if ev.date_range:
            earliest, latest = ev.date_range
            first = _timestamp_text(earliest) if earliest is not None else None  # None: "on or before"
            last = _timestamp_text(latest)
            if first is not None:
                q.add(time_node, _SEM.hasEarliestBeginTimeStamp, first)
            if last is not None:
                q.add(time_node, _SEM.hasLatestEndTimeStamp, last)
            if first is not None and last is not None:  # the summary queries by period start from
                for key in _period_key_texts(earliest, latest):
                    q.add(node, _KG.timeKey, key)
        if ev.date_source:
            q.add(time_node, _KG.dateSource, _lit(ev.date_source))
    if ev.outcome:
        q.add(node, _KG.outcome, _lit(ev.outcome))
    if ev.subject:  # "agreed to a truce": an agreement (kgt:agreement) whose subject is kgt:ceasefire
        q.add(node, _KG.agreementSubject, iri_text(event_type_concept(ev.subject)))
        if ev.subject in SUBJECT_CLASS:
            q.add(node, _A, iri_text(SUBJECT_CLASS[ev.subject]))
    if ev.amount:
        _amount_quads(q, iri, ev.amount)
    if ev.casualties:
        for kind, count in (("killed", ev.casualties.killed), ("injured", ev.casualties.injured)):
            if count is None:
                continue
            c = f"<{iri}/casualties/{kind}>"
            q.add(node, _KG.hasCasualtyCount, c)
            q.add(c, _A, _KG.CasualtyCount)
            q.add(c, _KG.casualtyType, iri_text(KG[kind]))
            q.add(c, _KG.count, _int(count))
            if ev.casualties.qualifier:
                q.add(c, _KG.qualifier, _lit(ev.casualties.qualifier))
            q.add(c, _PROV.wasDerivedFrom, q.article)


def _amount_quads(q: _Lines, event: str, amount: Amount) -> None:
    """The event's sum of money as a typed value: kg:amountValue (xsd:decimal) and kg:currency (ISO 4217)."""
    node = f"<{event}/amount>"
    q.add(f"<{event}>", _KG.amount, node)
    q.add(node, _A, _KG.MonetaryAmount)
    q.add(node, _KG.amountValue, _decimal(amount.value))
    if amount.currency:
        q.add(node, _KG.currency, _lit(amount.currency))
    q.add(node, _KG.text, _lit(amount.text))
    if amount.qualifier:
        q.add(node, _KG.qualifier, _lit(amount.qualifier))
    q.add(node, _PROV.wasDerivedFrom, q.article)


def article_graph(facts: ArticleFacts, identities: Identities | None = None) -> ArticleGraph:
    """One article's quads as N-Quads lines: its named graph, its completion mark, and the descriptions of
    the entities it mentions (in `ENTITIES_GRAPH`, each once)."""
    q = _Lines(facts)
    ids = identities or Identities()
    mark = _article_quads(q, facts)
    iris = _entity_quads(q, facts, ids)
    for ev in facts.events:
        _event_quads(q, facts, ev, iris)
    return ArticleGraph(q.graph, q.items, mark, list(q.mentioned), list(q.entity_items))


def article_quad_parts(
    facts: ArticleFacts, identities: Identities | None = None
) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """One article's quads in two parts: those of its named graph, and the descriptions of the entities
    it mentions (in `ENTITIES_GRAPH`, each once)."""
    graph = article_graph(facts, identities)
    return graph.quads(), graph.entity_quads()


def article_quads(facts: ArticleFacts, identities: Identities | None = None) -> list[ox.Quad]:
    """All quads of one article: its named graph, then its entities' descriptions in `ENTITIES_GRAPH`."""
    own, entities = article_quad_parts(facts, identities)
    return own + entities


def corpus_quads(facts_list: Iterable[ArticleFacts], identities: Identities | None = None) -> Iterator[ox.Quad]:
    """The quads of many articles, each entity-graph quad once."""
    seen: set[ox.Quad] = set()
    for facts in facts_list:
        own, entities = article_quad_parts(facts, identities)
        yield from own
        for q in entities:
            if q not in seen:
                seen.add(q)
                yield q

"""Quads: an article's facts as RDF under kg's ontology. One named graph per article, one for entities.

`article_quads(facts, identities)` turns one article's facts into quads (pyoxigraph terms: fast to
build, to store and to serialise). `identities` says which global entity each of the article's entities
is (cross-article merging, `kg.extract.resolve`).

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
from decimal import Decimal

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
from kg.rdf.iris import (
    TERM_NODES as _NODES,
)
from kg.rdf.iris import (
    term_node as _n,
)
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
    event_type_concept,
)

_lit = ox.Literal  # a plain string literal
_VERSION = ox.Literal(__version__)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=XSD_INT)


def _decimal(value: float) -> ox.Literal:
    """4200000000.0 -> "4200000000"^^xsd:decimal (exact digits, no exponent)."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return ox.Literal(text, datatype=XSD_DEC)


class _Terms:
    """A namespace's terms as pyoxigraph nodes: `_KG.mention` is built once, then a plain attribute."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = _n(getattr(self._namespace, name))
        setattr(self, name, node)
        return node


_KG, _SEM, _PROV, _SCHEMA = _Terms(KG), _Terms(SEM), _Terms(PROV), _Terms(SCHEMA)
_SAME_AS, _GEO_LAT, _GEO_LONG = _n(OWL_SAME_AS), _n(GEO.lat), _n(GEO.long)


class _Quads:
    """Collects quads into the article's named graph (`add`) and the shared entities graph (`describe`)."""

    def __init__(self, graph: ox.NamedNode, article: ox.NamedNode) -> None:
        self.graph = graph
        self.article = article  # the article's node, built once
        self.items: list[ox.Quad] = []
        self.entity_items: dict[ox.Quad, None] = {}  # ordered set: an entity twice in one article

    def add(self, s: ox.NamedNode, p: object, o: ox.NamedNode | ox.Literal) -> None:
        if type(p) is not ox.NamedNode:
            p = _NODES.get(p) or _n(p)
        self.items.append(ox.Quad(s, p, o, self.graph))  # type: ignore[arg-type]

    def describe(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.entity_items[ox.Quad(s, p, o, ENTITIES_GRAPH)] = None


def _mention(
    q: _Quads,
    subject: ox.NamedNode,
    node: ox.NamedNode,
    m: Mention,
    facts: ArticleFacts,
    sentence: tuple[int, int] | None,
) -> None:
    q.add(subject, _KG.mention, node)
    q.add(node, RDF_TYPE, _KG.Mention)
    q.add(node, _KG.article, q.article)
    q.add(node, _KG.text, _lit(m.text))
    q.add(node, _KG.start, _int(m.start))
    q.add(node, _KG.end, _int(m.end))
    if sentence:
        s, e = sentence
        q.add(node, _KG.sentence, _lit(facts.article.text[s:e].strip()))
        q.add(node, _KG.sentenceStart, _int(s))
        q.add(node, _KG.sentenceEnd, _int(e))


def _sentence_of(facts: ArticleFacts, start: int) -> tuple[int, int] | None:
    for s, e in facts.sentences:
        if s <= start < e:
            return s, e
    return None


def _article_quads(q: _Quads, facts: ArticleFacts) -> ox.NamedNode:
    a = facts.article
    node = q.article
    q.add(node, RDF_TYPE, _KG.Article)
    q.add(node, _KG.articleId, _lit(a.id))
    q.add(node, _KG.contentHash, _lit(content_hash(a.text)))
    q.add(node, _KG.extractorVersion, _VERSION)
    if a.title:
        q.add(node, _SCHEMA.headline, _lit(a.title))
    published = published_literal(a.published) if a.published else None
    if published is not None:
        q.add(node, _SCHEMA.datePublished, published)
    if a.url:
        q.add(node, _SCHEMA.url, ox.Literal(a.url, datatype=ox.NamedNode(XSD + "anyURI")))
    if a.source:
        q.add(node, _KG.source, _lit(a.source))
    return node


def _entity_quads(q: _Quads, facts: ArticleFacts, ids: Identities) -> dict[str, ox.NamedNode]:
    aid = facts.article.id
    iris: dict[str, ox.NamedNode] = {}
    for ent in facts.entities:
        key = ids.key(aid, ent)
        iris[ent.id] = entity_iri(key)
    by_name = {e.name: iris[e.id] for e in facts.entities}
    art = q.article
    mentioned: set[ox.NamedNode] = set()
    for ent in facts.entities:
        node = iris[ent.id]
        name = ids.name(ids.key(aid, ent), ent.name)
        q.describe(node, RDF_TYPE, _n(ENTITY_CLASS.get(ent.type, KG.Other)))
        q.describe(node, RDFS_LABEL, _lit(name))
        for alias in sorted({ent.name, *ent.aliases} - {name}):
            q.describe(node, SKOS_ALT, _lit(alias))
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
            merge = merge_iri(aid, ent.id)
            q.add(merge, RDF_TYPE, _KG.NameMerge)
            q.add(merge, _KG.entity, node)
            q.add(merge, _KG.article, art)
            q.add(merge, _KG.mergedName, _lit(ent.name))
            q.add(merge, _KG.mergeRule, _lit(rule))
        if node not in mentioned:  # two of the article's entities resolved to one: one triple
            mentioned.add(node)
            q.add(node, _KG.mentionedIn, art)
    return iris


def _geonames_quads(q: _Quads, node: ox.NamedNode, ent: Entity) -> None:
    """A place's GeoNames identity, WGS84 coordinates and country (for the map view)."""
    q.describe(node, _SAME_AS, geonames_iri(ent.geonames_id or 0))
    if ent.latitude is not None and ent.longitude is not None:
        q.describe(node, _GEO_LAT, ox.Literal(f"{ent.latitude:.5f}", datatype=XSD_DEC))
        q.describe(node, _GEO_LONG, ox.Literal(f"{ent.longitude:.5f}", datatype=XSD_DEC))
    from kg.extract.gazetteer import country_geonames_id  # here: importing kg.extract loads spaCy, which
    # `kg query`, `kg serve` and `import kg` must not pay for (2-4 s) when they only read a graph

    country = country_geonames_id(ent.country or "")
    if country and country != ent.geonames_id:
        q.describe(node, _KG.inCountry, geonames_iri(country))


def _event_quads(q: _Quads, facts: ArticleFacts, ev: Event, iris: dict[str, ox.NamedNode]) -> None:
    aid = facts.article.id
    node = event_iri(aid, ev.id)
    q.add(node, RDF_TYPE, _KG.Event)
    if ev.type in EVENT_CLASS:
        q.add(node, RDF_TYPE, _n(EVENT_CLASS[ev.type]))
    q.add(node, _KG.eventType, _n(event_type_concept(ev.type)))
    q.add(node, RDFS_LABEL, _lit(f"{ev.type}: {ev.trigger.text}"))
    q.add(node, _KG.trigger, _lit(ev.trigger.text))
    q.add(node, _KG.modality, _lit(ev.modality))
    q.add(node, _KG.confidence, ox.Literal(f"{ev.confidence:.3f}", datatype=XSD_DEC))
    q.add(node, _KG.extractorVersion, _VERSION)
    q.add(node, _PROV.wasDerivedFrom, q.article)
    if ev.content:
        q.add(node, _KG.content, _lit(ev.content))
    if ev.caused_by:
        q.add(node, _KG.causedBy, event_iri(aid, ev.caused_by))
    for n, m in enumerate([ev.trigger, *ev.mentions]):
        sentence = ev.sentence if n == 0 else _sentence_of(facts, m.start)
        _mention(q, node, ox.NamedNode(f"{node.value}/mention/{n}"), m, facts, sentence)
    for n, arg in enumerate(ev.arguments):
        arg_node = ox.NamedNode(f"{node.value}/arg/{n}")
        q.add(node, _KG.hasArgument, arg_node)
        q.add(arg_node, RDF_TYPE, _KG.Argument)
        q.add(arg_node, _KG.role, _lit(arg.role))
        q.add(arg_node, _KG.text, _lit(arg.text))
        q.add(arg_node, _KG.start, _int(arg.start))
        q.add(arg_node, _KG.end, _int(arg.end))
        target = iris.get(arg.entity or "")
        if target is not None:
            q.add(arg_node, _KG.entity, target)
            prop = ROLE_PROPERTY.get(arg.role)
            if prop is not None:
                q.add(node, prop, target)
            if arg.role == "according_to":
                q.add(node, _KG.accordingTo, target)
    day = date_literal(ev.date) if ev.date else None
    if day is not None:  # typed at its precision (kg.rdf.dates)
        q.add(node, _KG.date, day)
    if ev.date or ev.date_range:
        time_node = ox.NamedNode(f"{node.value}/time")
        q.add(node, _KG.hasTime, time_node)
        q.add(time_node, RDF_TYPE, _KG.TimeSpec)
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
            first = timestamp_literal(earliest) if earliest is not None else None  # None: "on or before"
            last = timestamp_literal(latest)
            if first is not None:
                q.add(time_node, _SEM.hasEarliestBeginTimeStamp, first)
            if last is not None:
                q.add(time_node, _SEM.hasLatestEndTimeStamp, last)
            if first is not None and last is not None:  # the summary queries by period start from
                for key in period_keys(first.value, last.value):
                    q.add(node, _KG.timeKey, key)
        if ev.date_source:
            q.add(time_node, _KG.dateSource, _lit(ev.date_source))
    if ev.outcome:
        q.add(node, _KG.outcome, _lit(ev.outcome))
    if ev.amount:
        _amount_quads(q, node, ev.amount)
    if ev.casualties:
        for kind, count in (("killed", ev.casualties.killed), ("injured", ev.casualties.injured)):
            if count is None:
                continue
            c = ox.NamedNode(f"{node.value}/casualties/{kind}")
            q.add(node, _KG.hasCasualtyCount, c)
            q.add(c, RDF_TYPE, _KG.CasualtyCount)
            q.add(c, _KG.casualtyType, _n(KG[kind]))
            q.add(c, _KG.count, _int(count))
            if ev.casualties.qualifier:
                q.add(c, _KG.qualifier, _lit(ev.casualties.qualifier))
            q.add(c, _PROV.wasDerivedFrom, q.article)


def _amount_quads(q: _Quads, event: ox.NamedNode, amount: Amount) -> None:
    """The event's sum of money as a typed value: kg:amountValue (xsd:decimal) and kg:currency (ISO 4217)."""
    node = ox.NamedNode(f"{event.value}/amount")
    q.add(event, _KG.amount, node)
    q.add(node, RDF_TYPE, _KG.MonetaryAmount)
    q.add(node, _KG.amountValue, _decimal(amount.value))
    if amount.currency:
        q.add(node, _KG.currency, _lit(amount.currency))
    q.add(node, _KG.text, _lit(amount.text))
    if amount.qualifier:
        q.add(node, _KG.qualifier, _lit(amount.qualifier))
    q.add(node, _PROV.wasDerivedFrom, q.article)


def article_quad_parts(
    facts: ArticleFacts, identities: Identities | None = None
) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """One article's quads in two parts: those of its named graph, and the descriptions of the entities
    it mentions (in `ENTITIES_GRAPH`, each once)."""
    q = _Quads(article_graph_iri(facts.article.id), article_iri(facts.article.id))
    ids = identities or Identities()
    _article_quads(q, facts)
    iris = _entity_quads(q, facts, ids)
    for ev in facts.events:
        _event_quads(q, facts, ev, iris)
    return q.items, list(q.entity_items)


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


"""The ontology's terms as rdflib DefinedNamespaces: a misspelt term fails at import, not in a query.

`tests/test_ontology.py` checks that every term here is declared in `ontologies/kg.ttl` and back.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/kgnews/ontology"
DATA_BASE = "https://w3id.org/kgnews/id/"
EVENT_TYPE_BASE = ONTOLOGY_IRI + "#type/"


class KG(DefinedNamespace):
    """kg's own ontology (ontologies/kg.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True
    _extras = ["type/"]

    # classes
    Article: URIRef
    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Group: URIRef
    Law: URIRef
    Weapon: URIRef
    Other: URIRef
    NameMerge: URIRef
    Event: URIRef
    Call: URIRef
    Attack: URIRef
    Statement: URIRef
    Meeting: URIRef
    Agreement: URIRef
    Death: URIRef
    Injury: URIRef
    Election: URIRef
    Ruling: URIRef
    Acquisition: URIRef
    Arrest: URIRef
    Protest: URIRef
    Sanction: URIRef
    Visit: URIRef
    Negotiation: URIRef
    PressConference: URIRef
    Ceasefire: URIRef
    Aid: URIRef
    AidSuspension: URIRef
    Threat: URIRef
    Argument: URIRef
    TimeSpec: URIRef
    CasualtyCount: URIRef
    CasualtyType: URIRef
    Mention: URIRef
    MonetaryAmount: URIRef
    # datatypes and individuals
    CAMEO: URIRef
    PLOVER: URIRef
    killed: URIRef
    injured: URIRef
    # properties
    articleId: URIRef
    source: URIRef
    contentHash: URIRef
    extractorVersion: URIRef
    duplicateOf: URIRef
    minhashSignature: URIRef
    title: URIRef
    affiliation: URIRef
    countryCode: URIRef
    inCountry: URIRef
    mergedName: URIRef
    mergeRule: URIRef
    mentionedIn: URIRef
    eventType: URIRef
    trigger: URIRef
    modality: URIRef
    confidence: URIRef
    content: URIRef
    accordingTo: URIRef
    causedBy: URIRef
    sameEventAs: URIRef
    agent: URIRef
    participant: URIRef
    target: URIRef
    victim: URIRef
    recipient: URIRef
    place: URIRef
    instrument: URIRef
    medium: URIRef
    hasArgument: URIRef
    role: URIRef
    entity: URIRef
    date: URIRef
    isoWeek: URIRef
    datePrecision: URIRef
    hasTime: URIRef
    expression: URIRef
    timex3Value: URIRef
    timex3Type: URIRef
    dateSource: URIRef
    timeKey: URIRef
    hasCasualtyCount: URIRef
    casualtyType: URIRef
    count: URIRef
    qualifier: URIRef
    amount: URIRef
    amountValue: URIRef
    currency: URIRef
    outcome: URIRef
    agreementSubject: URIRef
    mention: URIRef
    article: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef


class SEM(DefinedNamespace):
    """The Simple Event Model terms kg uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    hasEarliestBeginTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef


SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")  # W3C WGS84: geo:lat, geo:long
OWL_SAME_AS = URIRef("http://www.w3.org/2002/07/owl#sameAs")
GEONAMES_BASE = "https://sws.geonames.org/"
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = Namespace(DATA_BASE)

# Entity types of the facts contract → ontology classes
ENTITY_CLASS = {
    "person": KG.Person,
    "organization": KG.Organization,
    "place": KG.Place,
    "group": KG.Group,
    "law": KG.Law,
    "weapon": KG.Weapon,
    "other": KG.Other,
}
# Entity types that are never actors: they leave actor rankings and timeline lanes (kg.analysis, kg.views)
NON_ACTOR_TYPES = ("law", "weapon", "other")
# Every event type has a class (`?e a kg:Attack`) and a SKOS concept with its CAMEO / PLOVER codes
# (`?e kg:eventType kgt:attack`, ontologies/event-types.ttl); tests/rdf/test_ontology.py checks both.
EVENT_CLASS = {
    "call": KG.Call,
    "attack": KG.Attack,
    "statement": KG.Statement,
    "meeting": KG.Meeting,
    "agreement": KG.Agreement,
    "death": KG.Death,
    "injury": KG.Injury,
    "election": KG.Election,
    "ruling": KG.Ruling,
    "acquisition": KG.Acquisition,
    "arrest": KG.Arrest,
    "protest": KG.Protest,
    "sanction": KG.Sanction,
    "visit": KG.Visit,
    "negotiation": KG.Negotiation,
    "press_conference": KG.PressConference,
    "aid": KG.Aid,
    "aid_suspension": KG.AidSuspension,
    "threat": KG.Threat,
}
# What an agreement is an agreement to (`Event.subject`): a narrower concept of kgt:agreement with its own
# CAMEO / PLOVER codes (kgt:ceasefire: CAMEO 0871, PLOVER RETREAT) and a subclass of kg:Agreement.
SUBJECT_CLASS = {"ceasefire": KG.Ceasefire}
ROLE_PROPERTY = {
    "agent": KG.agent,
    "participant": KG.participant,
    "target": KG.target,
    "victim": KG.victim,
    "recipient": KG.recipient,
    "place": KG.place,
    "instrument": KG.instrument,
    "medium": KG.medium,
}
PREFIXES = {
    "kg": ONTOLOGY_IRI + "#",
    "kgid": DATA_BASE,
    "kgt": EVENT_TYPE_BASE,  # the event types' SKOS concepts: kgt:statement, not kg:type/statement
    "sem": str(SEM._NS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "time": "http://www.w3.org/2006/time#",
}


def event_type_concept(event_type: str) -> URIRef:
    """The SKOS concept of an event type (snake_case name)."""
    return URIRef(EVENT_TYPE_BASE + event_type)


def sparql_prologue() -> str:
    """PREFIX lines for every prefix kg uses, to put in front of user queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

"""`kg explain EVENT|ENTITY`: an event's sources and why it was merged with reports in other articles; an
entity's names and which rule merged each article's name into it."""

from __future__ import annotations

from urllib.parse import unquote

from kg.store.indexes import match_events
from kg.store.kgstore import KgStore


class EventNotFound(LookupError):
    pass


def find_event(store: KgStore, ref: str) -> str:
    """The IRI of an event given as a full IRI or as the end of one (``ARTICLE/e3``)."""
    if ref.startswith(("http://", "https://")):
        rows = store.backend.select(f"SELECT ?e WHERE {{ BIND(<{ref}> AS ?e) ?e a kg:Event }} LIMIT 1")
    else:
        needle = ref.replace("\\", "\\\\").replace('"', '\\"')
        rows = store.backend.select(
            f'SELECT DISTINCT ?e WHERE {{ ?e a kg:Event FILTER(STRENDS(STR(?e), "/{needle}")) }} LIMIT 5'
        )
    if not rows:
        raise EventNotFound(f"{ref}: no such event in {store.location}")
    if len(rows) > 1:
        raise EventNotFound(f"{ref}: ambiguous, matches {', '.join(r['e'] for r in rows)}")
    return rows[0]["e"]


def explain_event(store: KgStore, ref: str) -> list[str]:
    """Lines saying what the event is, where it comes from, and why each same-event link was made."""
    iri = find_event(store, ref)
    linked = [r["o"] for r in store.backend.select(f"SELECT DISTINCT ?o WHERE {{ <{iri}> kg:sameEventAs ?o }}")]
    sketches = store.event_sketches([iri, *linked])
    me = sketches[iri]
    lines = [f"event {iri}", f"  type {me.type}; date {me.date or 'unknown'}"]
    if me.actors:
        lines.append("  actors " + ", ".join(sorted(unquote(a.rsplit("/", 1)[-1]) for a in me.actors)))
    if me.places:
        lines.append("  places " + ", ".join(sorted(unquote(p.rsplit("/", 1)[-1]) for p in me.places)))
    sources = store.backend.select(
        f"""SELECT DISTINCT ?e ?a ?id ?dup ?kind ?n WHERE {{
          VALUES ?e {{ {" ".join(f"<{x}>" for x in [iri, *linked])} }}
          ?e prov:wasDerivedFrom ?a . ?a kg:articleId ?id . OPTIONAL {{ ?a kg:duplicateOf ?dup }}
          OPTIONAL {{ ?e kg:hasCasualtyCount ?c . ?c kg:casualtyType ?kind ; kg:count ?n }} }} ORDER BY ?id"""
    )
    independent = {r["a"] for r in sources if "dup" not in r}
    lines.append(f"sources: {len({r['a'] for r in sources})} article(s), {len(independent)} independent")
    for r in sources:
        extra = f" (duplicate of {r['dup'].rsplit('/', 1)[-1]}: not independent)" if "dup" in r else ""
        toll = f"; {r['kind'].rsplit('#', 1)[-1]} {r['n']}" if "n" in r else ""
        lines.append(f"  {r['id']}: {r['e']}{toll}{extra}")
    if not linked:
        lines.append("not merged with any other report")
    for other in linked:
        if other not in sketches:
            continue
        m = match_events(me, sketches[other])
        lines.append(f"same event as {other} ({'merged' if m.same else 'linked, now below threshold'}):")
        lines.extend(f"  - {reason}" for reason in m.reasons)
    return lines


class EntityNotFound(LookupError):
    pass


def find_entity(store: KgStore, ref: str) -> str:
    """The IRI of an entity given as a full IRI, the end of one (``person/volodymyr-zelensky``) or one of
    its names (label or alias, any case)."""
    needle = ref.replace("\\", "\\\\").replace('"', '\\"')
    if ref.startswith(("http://", "https://")):
        query = f"SELECT ?e WHERE {{ BIND(<{ref}> AS ?e) ?e kg:mentionedIn ?a }} LIMIT 1"
    else:
        query = f"""SELECT DISTINCT ?e WHERE {{
          {{ ?e rdfs:label|skos:altLabel ?n FILTER(LCASE(STR(?n)) = LCASE("{needle}")) }}
          UNION {{ ?e kg:mentionedIn ?a FILTER(STRENDS(STR(?e), "/entity/{needle}")) }}
          ?e kg:mentionedIn ?any }} LIMIT 6"""
    rows = store.backend.select(query)
    if not rows:
        raise EntityNotFound(f"{ref}: no such entity in {store.location}")
    if len(rows) > 1:
        raise EntityNotFound(f"{ref}: ambiguous, matches {', '.join(r['e'] for r in rows)}")
    return rows[0]["e"]


def explain_entity(store: KgStore, ref: str) -> list[str]:
    """Lines saying what the entity is, its names, and for each article that names it otherwise than its
    label, the rule that merged that name into it."""
    iri = find_entity(store, ref)
    about = store.backend.select(
        f"""SELECT ?p ?o WHERE {{ <{iri}> ?p ?o .
          VALUES ?p {{ rdf:type rdfs:label skos:altLabel kg:countryCode owl:sameAs geo:lat geo:long }} }}"""
    )
    values: dict[str, list[str]] = {}
    for r in about:
        values.setdefault(r["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1], []).append(r["o"])
    label = (values.get("label") or [iri.rsplit("/", 1)[-1]])[0]
    kinds = sorted(t.rsplit("#", 1)[-1] for t in values.get("22-rdf-syntax-ns#type", values.get("type", [])))
    lines = [f"entity {iri}", f"  {', '.join(kinds) or 'entity'} {label!r}"]
    if values.get("altLabel"):
        lines.append("  also named " + ", ".join(repr(n) for n in sorted(values["altLabel"])))
    if values.get("sameAs"):
        where = f" at {values['lat'][0]}, {values['long'][0]}" if values.get("lat") and values.get("long") else ""
        lines.append(f"  same as {', '.join(sorted(values['sameAs']))}{where}")
    articles = store.backend.select(
        f"SELECT DISTINCT ?id WHERE {{ <{iri}> kg:mentionedIn ?a . ?a kg:articleId ?id }} ORDER BY ?id"
    )
    merges = store.backend.select(
        f"""SELECT ?id ?name ?rule WHERE {{ ?m a kg:NameMerge ; kg:entity <{iri}> ; kg:article ?a ;
              kg:mergedName ?name ; kg:mergeRule ?rule . ?a kg:articleId ?id }} ORDER BY ?id ?name"""
    )
    lines.append(f"named in {len(articles)} article(s)")
    merged_in = {r["id"] for r in merges}
    for r in merges:
        lines.append(f"  {r['id']}: {r['name']!r} merged: {r['rule']}")
    same = [r["id"] for r in articles if r["id"] not in merged_in]
    if same:
        lines.append(f"  {', '.join(same)}: by its own name")
    return lines

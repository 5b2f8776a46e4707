"""`kg explain EVENT`: an event's sources and why it was merged with reports in other articles."""

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

"""Labels: one `rdfs:label` per entity, every other name a `skos:altLabel`."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.rdf.iris import ENTITIES_GRAPH, RDFS_LABEL, SKOS_ALT

_lit = ox.Literal  # a plain string literal


def fullest_name(names: Iterable[str]) -> str:
    """The name with the most words; the first such one on a tie (an older name is kept)."""
    best = ""
    for name in names:
        if not best or len(name.split()) > len(best.split()):
            best = name
    return best


def one_label_per_entity(
    entity_quads: Iterable[ox.Quad], stored: dict[ox.NamedNode, list[str]]
) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """The entity-graph quads to add and to remove so that every entity keeps one `rdfs:label`.

    `stored` gives the labels the store already holds for these entities. The label is the fullest
    name among the stored ones and the new ones (`fullest_name`, stored first: a stored label is
    replaced only by a name with more words, as `kg build` keeps names across batches); every other
    name becomes a `skos:altLabel`, and an alt label equal to the label goes.
    """
    new_labels: dict[ox.NamedNode, list[str]] = {}
    rest: list[ox.Quad] = []
    for q in entity_quads:
        if q.predicate == RDFS_LABEL:
            new_labels.setdefault(q.subject, []).append(q.object.value)  # type: ignore[arg-type,union-attr]
        else:
            rest.append(q)
    label: dict[ox.NamedNode, str] = {}
    add: dict[ox.Quad, None] = {}
    remove: list[ox.Quad] = []
    for node, names in new_labels.items():
        old = stored.get(node, [])
        best = label[node] = fullest_name([*old, *names])
        if best not in old:
            add[ox.Quad(node, RDFS_LABEL, _lit(best), ENTITIES_GRAPH)] = None
            if old:  # a new label for a known entity: no longer an alt label of it
                remove.append(ox.Quad(node, SKOS_ALT, _lit(best), ENTITIES_GRAPH))
        for other in dict.fromkeys([*old, *names]):
            if other != best:
                add[ox.Quad(node, SKOS_ALT, _lit(other), ENTITIES_GRAPH)] = None
                if other in old:
                    remove.append(ox.Quad(node, RDFS_LABEL, _lit(other), ENTITIES_GRAPH))
    for q in rest:
        if q.predicate == SKOS_ALT and label.get(q.subject) == q.object.value:  # type: ignore[arg-type,union-attr]
            continue
        add[q] = None
    return list(add), remove


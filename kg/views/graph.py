"""The graph view's data: node positions and sizes laid out at build time (kg.views.layout), and the
vis-network options. The page (assets/graph.js) builds the nodes from these and the shared payload, and
draws the labels itself: by importance, each only where it overlaps no label already drawn, so that the
first view has no overlapping labels and more appear as the user zooms in."""

from __future__ import annotations

from typing import Any

from kg.views import layout
from kg.views.model import ViewModel


def graph_options() -> dict[str, Any]:
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 3600000,  # our own tooltip (graph.js), from the event's data
            "hideEdgesOnDrag": True,
            "hideEdgesOnZoom": True,
            "navigationButtons": False,
            "keyboard": False,
        },
        "edges": {"smooth": False, "arrows": {"to": {"enabled": False}}, "color": {"opacity": 0.35}},
        "nodes": {"borderWidth": 1, "font": {"size": 0}},
    }


def graph_data(vm: ViewModel) -> dict[str, Any]:
    """Positions ({id: [x, y]}) of every actor and event, actor sizes, and the vis-network options."""
    pos = layout.graph_layout(vm.p)
    return {
        "pos": {k: [round(x, 1), round(y, 1)] for k, (x, y) in pos.items()},
        "size": {iri: round(vm.actor_size(iri), 1) for iri in vm.p.actors},
        "options": graph_options(),
    }

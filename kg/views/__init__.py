"""Views: interactive HTML (pyvis) of a graph, opened from disk with no network.

STUB: the views issue replaces this with the full graph, timeline and index views.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox


def write_views(dataset: ox.Store, out_dir: Path) -> dict[str, Path]:
    """Write the HTML views of `dataset` into out_dir; returns {view name: path}."""
    return {}

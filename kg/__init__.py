"""kg: event timelines and RDF knowledge graphs from news articles, offline.

The library API, importable from here: `kg.open(location)` opens a store directory, a graph file or an
http(s) store as a `kg.Graph` (SPARQL to DataFrames, events, entities, networkx, Jupyter display;
`kg.graph`); `kg.build(paths, out_dir)` builds the graph and returns it opened, its `.summary` saying
what the build did; `kg.extract_text(text, published=...)` gives one article's facts. The pipeline
behind them is `kg.pipeline` (`kg.pipeline.build` returns the Summary, as the CLI uses it;
`kg.pipeline.extract(paths)` yields each article's facts, not re-exported as `kg.extract`: that name is
the extraction package). Imported on first use, so `import kg` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.3.0"
_API = {"build": "kg.graph", "open": "kg.graph", "Graph": "kg.graph", "extract_text": "kg.pipeline"}


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


# `open` stays out of __all__: `from kg import *` must not shadow the builtin open().
__all__ = ["__version__", "Graph", "build", "extract_text"]

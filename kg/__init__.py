"""kg: event timelines and RDF knowledge graphs from news articles, offline.

The library API (`kg.pipeline`), importable from here: `kg.extract_text(text, published=...)` gives one
article's facts, `kg.build(paths, out_dir)` builds the graph; `kg.pipeline.extract(paths)` yields each
article's facts (not re-exported as `kg.extract`: that name is the extraction package). Imported on
first use, so `import kg` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.3.0"
_API = ("build", "extract_text")


def __getattr__(name: str) -> Any:
    if name in _API:
        from kg import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = ["__version__", *_API]

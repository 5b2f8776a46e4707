"""kg: event timelines and RDF knowledge graphs from news articles, offline."""

__version__ = "0.2.0"

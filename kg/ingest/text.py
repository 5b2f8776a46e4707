"""Plain text (`.txt`): the article, optionally opened by front matter (`key: value` lines for the known
keys, ended by a blank line). The first non-empty line of the article is its headline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.facts import Article
from kg.ingest.records import InputError, ReadOptions, article_from_record

FRONT_MATTER_KEYS = ("id", "title", "published", "url", "source")
_FRONT_LINE = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*?)\s*$")


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Front matter (known keys only, ended by a blank line) and the article text after it.

    Only a block whose every line is `key: value` with a known key counts as front matter;
    anything else means the file has none and the whole of it is the article.
    """
    head, sep, rest = raw.partition("\n\n")
    if not sep:
        return {}, raw
    meta: dict[str, str] = {}
    for line in head.split("\n"):
        m = _FRONT_LINE.match(line.rstrip("\r"))
        if not m or m.group(1).lower() not in FRONT_MATTER_KEYS:
            return {}, raw
        meta[m.group(1).lower()] = m.group(2)
    return meta, rest


def read_text(label: str, raw: str, stem: str, options: ReadOptions) -> Iterator[Article | InputError]:
    """The article of a text file (front matter applied)."""
    try:
        meta, text = split_front_matter(raw)
    except ValueError as exc:
        yield InputError(label, str(exc))
        return
    rec = dict(meta, text=text)
    yield article_from_record(label, rec, stem, options)

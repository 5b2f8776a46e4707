"""Plain text (`.txt`): the article, optionally opened by front matter: `key: value` lines for the known
keys, ended by a blank line, or a block fenced by `---` lines as Jekyll, Hugo and Pandoc write it (its
other keys ignored, `date` read as `published`, quotes around a value dropped). The first non-empty line
of the article is its headline."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.facts import Article
from kg.ingest.records import InputError, ReadOptions, article_from_record

FRONT_MATTER_KEYS = ("id", "title", "published", "url", "source")
FENCED_KEYS = {**{k: k for k in FRONT_MATTER_KEYS}, "date": "published", "author": "author"}  # key -> field
_FRONT_LINE = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_FENCE = re.compile(r"^---[ \t]*\r?$")


def _fenced_front_matter(raw: str) -> tuple[dict[str, str], str] | None:
    """A `---` block at the very start, closed by a `---` line: its known keys, and the text after it (None when
    the file opens with no such block). `date` is the publication date unless `published` is given too."""
    lines = raw.split("\n")
    if not lines or not _FENCE.match(lines[0].lstrip("\ufeff")):
        return None
    close = next((k for k in range(1, len(lines)) if _FENCE.match(lines[k])), None)
    if close is None:
        return None
    meta: dict[str, str] = {}
    for line in lines[1:close]:
        m = _FRONT_LINE.match(line.rstrip("\r"))
        field = FENCED_KEYS.get(m.group(1).lower()) if m else None
        if field is None or (field == "published" and m.group(1).lower() == "date" and "published" in meta):
            continue
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[field] = value
    return meta, "\n".join(lines[close + 1 :]).lstrip("\r\n")


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Front matter (known keys only, ended by a blank line) and the article text after it.

    Only a block whose every line is `key: value` with a known key counts as front matter (or a `---`
    fenced block, whatever its other keys); anything else means the file has none and the whole of it is
    the article.
    """
    fenced = _fenced_front_matter(raw)
    if fenced is not None:
        return fenced
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

"""Ingest: read articles from files, directories, globs or stdin into `kg.facts.Article` records.

One module per input kind: `text` (.txt with front matter), `html` (news pages), `jsonl` (.json and
.jsonl records); `inputs` expands what the user named and picks the reader; `records` holds what they
share (errors, publication dates, the language check). Every input problem is one `InputError` and the
batch goes on.
"""

from kg.ingest.html import parse_html
from kg.ingest.inputs import STDIN, SUFFIXES, expand_inputs, read_articles, read_source, sniff_format
from kg.ingest.records import InputError, InvalidDate, first_line, looks_english, normalize_published
from kg.ingest.text import FRONT_MATTER_KEYS, split_front_matter

__all__ = [
    "FRONT_MATTER_KEYS",
    "STDIN",
    "SUFFIXES",
    "InputError",
    "InvalidDate",
    "expand_inputs",
    "first_line",
    "looks_english",
    "normalize_published",
    "parse_html",
    "read_articles",
    "read_source",
    "sniff_format",
    "split_front_matter",
]

"""Ingest: read articles from files, directories, globs, URLs or stdin into `kg.facts.Article` records.

One module per input kind: `text` (.txt with front matter), `html` (news pages, through trafilatura),
`jsonl` (.json and .jsonl records), `tables` (.csv and .tsv with a header), `feeds` (RSS and Atom, through
feedparser); `fetch` gets URLs (robots.txt, retries, a disk cache); `formats` tells the formats apart and
refuses the ones kg does not read; `dates` reads publication dates in any common form; `inputs` expands
what the user named and picks the reader; `records` holds what the readers share (errors, options, the
record → Article step). Every input problem is one `InputError` and the batch goes on.
"""

from kg.ingest.dates import DATE_ORDERS, InvalidDate, parse_published
from kg.ingest.fetch import Fetcher, FetchError, is_url
from kg.ingest.formats import sniff_format
from kg.ingest.html import parse_html
from kg.ingest.inputs import STDIN, SUFFIXES, expand_inputs, read_articles, read_source
from kg.ingest.records import InputError, ReadOptions, first_line, looks_english, normalize_published
from kg.ingest.text import FRONT_MATTER_KEYS, split_front_matter

__all__ = [
    "DATE_ORDERS",
    "FRONT_MATTER_KEYS",
    "STDIN",
    "SUFFIXES",
    "FetchError",
    "Fetcher",
    "InputError",
    "InvalidDate",
    "ReadOptions",
    "expand_inputs",
    "first_line",
    "is_url",
    "looks_english",
    "normalize_published",
    "parse_html",
    "parse_published",
    "read_articles",
    "read_source",
    "sniff_format",
    "split_front_matter",
]

"""Inputs: files, directories (recursive), globs, URLs, URL lists and `-` (stdin), each read by the reader of
its format.

Every input problem becomes one `InputError` (a file or URL and a one-line reason) and the rest of the
batch goes on: `read_articles` yields Articles and InputErrors in input order.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.facts import Article
from kg.ingest.dates import parse_published
from kg.ingest.feeds import read_feed
from kg.ingest.fetch import Fetcher, FetchError, is_url
from kg.ingest.formats import SUFFIX_FORMATS, is_url_list, refused_format, sniff_format, url_list, xml_kind
from kg.ingest.html import read_html
from kg.ingest.jsonl import decodes_as_text, read_json_records, read_jsonl_file
from kg.ingest.records import InputError, ReadOptions
from kg.ingest.tables import read_table
from kg.ingest.text import read_text

# What a directory walk picks up (an .xml file is read only when named: most XML in a folder is no feed).
SUFFIXES = tuple(s for s in SUFFIX_FORMATS if s != ".xml")
STDIN = "-"


def expand_inputs(inputs: Iterable[str] | str) -> Iterator[str | InputError]:
    """File paths (and URLs) for each input: files as given, directories recursively, globs expanded."""
    if isinstance(inputs, str):
        inputs = [inputs]
    for item in inputs:
        if item == STDIN or is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield InputError(item, "directory has no article files (" + ", ".join(SUFFIXES) + ")")
            yield from (str(p) for p in found)
        elif path.exists():
            yield item
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield InputError(item, "no file matches this pattern")
            for m in matches:
                yield from expand_inputs([m]) if Path(m).is_dir() else [m]
        else:
            yield InputError(item, "no such file or directory")


def _decode(data: bytes, label: str) -> str | InputError:
    if not data.strip():
        return InputError(label, "empty input")
    refused = refused_format(data)
    if refused:
        return InputError(label, refused)
    if b"\x00" in data[:8192]:
        return InputError(label, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(label, f"not UTF-8 text (invalid byte at offset {exc.start})")


def _stem(label: str) -> str:
    if label == "<stdin>":
        return "stdin"
    if is_url(label):
        return label
    return Path(label).stem


def read_source(
    label: str, raw: str, fmt: str, options: ReadOptions, fetcher: Fetcher | None = None, url: str | None = None
) -> Iterator[Article | InputError]:
    """Articles from the decoded content of one input of a known format."""
    stem = _stem(label)
    if fmt in ("json", "jsonl"):
        yield from read_json_records(raw, label, stem, fmt == "jsonl", options)
    elif fmt == "html":
        yield from read_html(label, raw, stem, options, url=url)
    elif fmt in ("csv", "tsv"):
        yield from read_table(label, raw, stem, options, "," if fmt == "csv" else "\t")
    elif fmt == "feed":
        yield from read_feed(label, raw.encode("utf-8"), stem, options, fetcher)
    elif fmt == "xml":
        yield InputError(label, "XML that is not an RSS or Atom feed: kg reads feeds, HTML, text, JSON and CSV")
    elif fmt == "txt" and is_url_list(raw):
        yield from _read_urls(url_list(raw), options, fetcher or Fetcher(**_fetch_settings(options)))
    else:
        yield from read_text(label, raw, stem, options)


def _fetch_settings(options: ReadOptions) -> dict:
    return {
        "cache_dir": options.cache_dir,
        "timeout": options.timeout,
        "max_bytes": options.max_bytes,
        "retries": options.retries,
    }


def _read_urls(urls: list[str], options: ReadOptions, fetcher: Fetcher) -> Iterator[Article | InputError]:
    for url in urls:
        try:
            page = fetcher.get(url)
        except FetchError as exc:
            yield InputError(url, str(exc).removeprefix(f"{url}: "))
            continue
        decoded = _decode(page.body, url)
        if isinstance(decoded, InputError):
            yield decoded
            continue
        kind = page.kind
        if kind == "xml":
            kind = xml_kind(page.body)
        elif kind == "txt":
            kind = sniff_format(decoded)
        if kind == "feed":  # the bytes as served: feedparser reads the encoding the feed declares
            yield from read_feed(url, page.body, url, options, fetcher)
        else:
            yield from read_source(url, decoded, kind, options, fetcher, url=page.final_url)


def read_articles(
    inputs: Iterable[str] | str, published: str | None = None, options: ReadOptions | None = None
) -> Iterator[Article | InputError]:
    """Articles (and per-input errors) from files, directories, globs, URLs and `-` for stdin.

    `published` ("YYYY-MM-DD", an ISO datetime or any date `kg.ingest.dates` reads), when given, overrides
    every article's own date; an unreadable one raises InvalidDate (a usage error, not an input's).
    """
    opts = options or ReadOptions()
    if published:
        opts = replace(opts, published=parse_published(published, opts.date_order))
    elif opts.published:
        opts = replace(opts, published=parse_published(opts.published, opts.date_order))
    state = _Fetching()
    for path in expand_inputs(inputs):
        if isinstance(path, InputError):
            yield path
            continue
        try:
            yield from _read_one(path, opts, state)
        except Exception as exc:  # a reader's failure on one input is that input's error; the others go on
            message = " ".join(str(exc).split())[:200]
            yield InputError(path, f"cannot be read ({type(exc).__name__}{': ' + message if message else ''})")


class _Fetching:
    """The fetcher the inputs of one call share (its cache, its robots.txt answers), made when first needed."""

    fetcher: Fetcher | None = None


def _read_one(path: str, opts: ReadOptions, state: _Fetching) -> Iterator[Article | InputError]:
    """The articles of one expanded input (a file, a URL or stdin)."""
    fetcher = state.fetcher
    if is_url(path):
        fetcher = state.fetcher = fetcher or Fetcher(**_fetch_settings(opts))
        yield from _read_urls([path], opts, fetcher)
        return
    if path != STDIN and SUFFIX_FORMATS.get(Path(path).suffix.lower()) == "jsonl":
        try:
            streamable = decodes_as_text(Path(path))
        except OSError:
            streamable = False  # read whole below: the same error as ever
        if streamable:
            yield from read_jsonl_file(Path(path), path, _stem(path), opts)
            return
    if path == STDIN:
        label, data = "<stdin>", sys.stdin.buffer.read()
    else:
        label = path
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield InputError(path, f"cannot read: {exc.strerror}")
            return
    raw = _decode(data, label)
    if isinstance(raw, InputError):
        yield raw
        return
    fmt = SUFFIX_FORMATS.get(Path(path).suffix.lower()) if path != STDIN else None
    if fmt == "xml":
        fmt = xml_kind(data)
    if fmt == "txt" and is_url_list(raw):
        fetcher = state.fetcher = fetcher or Fetcher(**_fetch_settings(opts))
    yield from read_source(label, raw, fmt or sniff_format(raw), opts, fetcher)

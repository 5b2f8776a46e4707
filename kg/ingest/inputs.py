"""Inputs: files, directories (recursive), globs and `-` (stdin), each read by the reader of its format.

Every input problem becomes one `InputError` (a file and a one-line reason) and the rest of the
batch goes on: `read_articles` yields Articles and InputErrors in input order.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.facts import Article
from kg.ingest.html import read_html
from kg.ingest.jsonl import read_json_records
from kg.ingest.records import InputError, normalize_published
from kg.ingest.text import read_text

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
STDIN = "-"


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """File paths for each input: files as given, directories recursively, globs expanded."""
    for item in inputs:
        if item == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield InputError(item, "directory has no .txt, .html, .json or .jsonl files")
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
    if b"\x00" in data[:8192]:
        return InputError(label, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(label, f"not UTF-8 text (invalid byte at offset {exc.start})")



def sniff_format(raw: str) -> str:
    """For stdin: jsonl, json, html or txt, from the first characters."""
    head = raw.lstrip()[:200].lower()
    if head.startswith("{"):
        first = raw.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if head.startswith("["):
        return "json"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    return "txt"


def read_source(label: str, raw: str, fmt: str, published: str | None) -> Iterator[Article | InputError]:
    """Articles from the decoded content of one input of a known format."""
    stem = Path(label).stem if label != "<stdin>" else "stdin"
    if fmt in ("json", "jsonl"):
        yield from read_json_records(raw, label, stem, fmt == "jsonl", published)
    elif fmt == "html":
        yield from read_html(label, raw, stem, published)
    else:
        yield from read_text(label, raw, stem, published)


def read_articles(inputs: Iterable[str], published: str | None = None) -> Iterator[Article | InputError]:
    """Articles (and per-input errors) from files, directories, globs and `-` for stdin.

    `published` ("YYYY-MM-DD" or ISO datetime), when given, overrides every article's own date.
    """
    override = normalize_published(published) if published else None
    for path in expand_inputs(inputs):
        if isinstance(path, InputError):
            yield path
            continue
        if path == STDIN:
            label, data = "<stdin>", sys.stdin.buffer.read()
        else:
            label = path
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                yield InputError(path, f"cannot read: {exc.strerror}")
                continue
        raw = _decode(data, label)
        if isinstance(raw, InputError):
            yield raw
            continue
        suffix = Path(path).suffix.lower() if path != STDIN else ""
        fmt = {".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html", ".txt": "txt"}.get(suffix)
        yield from read_source(label, raw, fmt or sniff_format(raw), override)

"""JSON (`.json`: one record or a list of them) and JSON Lines (`.jsonl`: one record per line).

A record is `{"id", "text", "title"?, "published"?, "url"?, "source"?}`; a malformed line is one error
naming its line number, and the other lines go on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.facts import Article
from kg.ingest.formats import refused_format
from kg.ingest.records import InputError, ReadOptions, article_from_record


def json_line_record(line: str, n: int, label: str, stem: str, options: ReadOptions) -> Article | InputError:
    """Line `n` of a JSON Lines input: its article, or why it is none."""
    where = f"{label}:{n}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"malformed JSON on line {n}: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return InputError(where, f"JSON on line {n} is nested too deeply to be an article record")
    if not isinstance(rec, dict):
        return InputError(where, f"line {n} is not a JSON object")
    return article_from_record(where, rec, f"{stem}-{n}", options)


def decodes_as_text(path: Path) -> bool:
    """Whether the file, read whole, would decode as text without an error (not empty, not a refused
    format, no NUL in its first 8 KiB, UTF-8 throughout): read in lines, never whole."""
    with path.open("rb") as fh:
        head = fh.read(8192)
        if refused_format(head) or b"\x00" in head:
            return False
        fh.seek(0)
        blank = True
        for piece in fh:  # a b"\n" is never inside a UTF-8 sequence: lines decode as the whole does
            try:
                piece.decode("utf-8")
            except UnicodeDecodeError:
                return False
            blank = blank and not piece.strip()
        return not blank


def read_jsonl_file(path: Path, label: str, stem: str, options: ReadOptions) -> Iterator[Article | InputError]:
    """A JSON Lines file read line by line, so that an input of 100,000 articles is never in memory whole
    (its bytes, its text and its lines were ~3x the file): the articles and errors of
    `read_json_records` on the whole text, lines numbered alike (`str.splitlines` of each piece: the
    same breaks as of the whole). The caller first checks `decodes_as_text` (else the whole file's
    error is the answer)."""
    n = 0
    with path.open("rb") as fh:
        for i, piece in enumerate(fh):
            for line in piece.decode("utf-8-sig" if i == 0 else "utf-8").splitlines():
                n += 1
                if line.strip():
                    yield json_line_record(line, n, label, stem, options)


def read_json_records(
    raw: str, label: str, stem: str, jsonl: bool, options: ReadOptions
) -> Iterator[Article | InputError]:
    """The articles of a JSON or JSON Lines input, and an error for each record that is not one."""
    if jsonl:
        for n, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                yield json_line_record(line, n, label, stem, options)
        return
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield InputError(label, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield InputError(label, "JSON nested too deeply to be article records")
        return
    records = data if isinstance(data, list) else [data]
    for n, rec in enumerate(records, start=1):
        where = label if len(records) == 1 else f"{label}[{n - 1}]"
        if not isinstance(rec, dict):
            yield InputError(where, "record is not a JSON object")
            continue
        yield article_from_record(where, rec, stem if len(records) == 1 else f"{stem}-{n}", options)

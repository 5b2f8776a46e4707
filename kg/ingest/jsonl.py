"""JSON (`.json`: one record or a list of them) and JSON Lines (`.jsonl`: one record per line).

A record is `{"id", "text", "title"?, "published"?, "url"?, "source"?}`; a malformed line is one error
naming its line number, and the other lines go on."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg.facts import Article
from kg.ingest.records import InputError, ReadOptions, article_from_record


def read_json_records(
    raw: str, label: str, stem: str, jsonl: bool, options: ReadOptions
) -> Iterator[Article | InputError]:
    """The articles of a JSON or JSON Lines input, and an error for each record that is not one."""
    if jsonl:
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{label}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"malformed JSON on line {n}: {exc.msg} (column {exc.colno})")
                continue
            except RecursionError:
                yield InputError(where, f"JSON on line {n} is nested too deeply to be an article record")
                continue
            if not isinstance(rec, dict):
                yield InputError(where, f"line {n} is not a JSON object")
                continue
            yield article_from_record(where, rec, f"{stem}-{n}", options)
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

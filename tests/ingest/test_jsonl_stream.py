"""A JSON Lines file is read line by line (`kg.ingest.jsonl.read_jsonl_file`), never whole: the same
articles and errors, numbered alike, as reading the whole text (`read_json_records`)."""

from __future__ import annotations

import json
import tracemalloc
from dataclasses import asdict

import pytest

from kg.ingest import InputError, ReadOptions, read_articles
from kg.ingest import inputs as ingest_inputs
from kg.ingest.jsonl import read_json_records


def as_rows(items) -> list[object]:
    return [("error", str(i)) if isinstance(i, InputError) else ("article", asdict(i)) for i in items]


def whole(path) -> list[object]:
    """What kg read before: the file's bytes decoded whole, then its lines."""
    raw = path.read_bytes().decode("utf-8-sig")
    return as_rows(read_json_records(raw, str(path), path.stem, True, ReadOptions()))


def rec(i: int, text: str = "Kastrenia struck Sarnovo.") -> str:
    return json.dumps({"id": f"a{i}", "text": text, "published": "2025-03-04"}, ensure_ascii=False)


CASES = {
    "plain": "\n".join(rec(i) for i in range(5)) + "\n",
    "crlf, blank lines, no final newline": "\r\n".join([rec(0), "", "  ", rec(1), rec(2)]),
    "bom": "\ufeff" + rec(0) + "\n" + rec(1) + "\n",
    "malformed and non-object lines": "\n".join([rec(0), "{not json", "[1, 2]", rec(3)]),
    "breaks str.splitlines sees inside a line": rec(0, "one\u2028two") + "\n" + rec(1, "x\x85y") + "\n" + rec(2),
    "non-ASCII text": rec(0, "Kastrenia struck Sarnovo, Zürich — 東京.") + "\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_read_line_by_line_as_the_whole_text_reads(tmp_path, name):
    path = tmp_path / "in.jsonl"
    path.write_bytes(CASES[name].encode("utf-8"))
    assert as_rows(read_articles([str(path)])) == whole(path)


@pytest.mark.parametrize(
    "data", [b"", b"  \n\n", b'{"id": "a", "text": "x\xff"}\n', b"PK\x03\x04rest", b'{"id": "a"}\x00\n']
)
def test_a_file_that_does_not_decode_gives_the_whole_file_error(tmp_path, monkeypatch, data):
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    streamed = as_rows(read_articles([str(path)]))
    monkeypatch.setattr(ingest_inputs, "decodes_as_text", lambda p: False)  # the whole-file reader
    assert streamed == as_rows(read_articles([str(path)]))
    assert streamed and streamed[0][0] == "error"


def test_a_large_file_is_not_held_in_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    text = "Kastrenia struck Sarnovo. " * 400  # ~10 KB a line, 2,000 lines: ~20 MB
    path.write_text("\n".join(rec(i, text) for i in range(2000)) + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_articles([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < path.stat().st_size // 4  # whole, it was ~3x the file (bytes, text, lines)

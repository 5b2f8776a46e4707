"""The library API at the top of the package: `kg.extract_text`, `kg.build` (and `kg.pipeline.extract`)."""

from __future__ import annotations

import pytest

import kg
from kg.ingest import InvalidDate
from kg.pipeline import extract

TEXT = "Ministers meet in Lakeport\n\nThe foreign ministers of Rivertown and Hillvale met in Lakeport on Monday."


def test_extract_text_equals_extracting_the_same_article_from_a_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"id: text\npublished: 2025-03-05\n\n{TEXT}", encoding="utf-8")
    (from_file,) = extract([str(path)])
    from_text = kg.extract_text(TEXT, published="2025-03-05")
    a, b = from_file.to_json(), from_text.to_json()
    assert a["events"] == b["events"] and a["entities"] == b["entities"] and a["timexes"] == b["timexes"]
    assert b["title"] == "Ministers meet in Lakeport"
    assert any(e["type"] == "meeting" and e["date"] == "2025-03-03" for e in b["events"])


def test_extract_text_refuses_what_is_not_an_article():
    with pytest.raises(ValueError, match="non-empty string"):
        kg.extract_text("   ")
    with pytest.raises(InvalidDate):
        kg.extract_text(TEXT, published="last Tuesday")


def test_the_api_is_reachable_from_the_package():
    assert {"build", "extract_text", "Graph"} <= set(kg.__all__)
    assert "open" not in kg.__all__  # `from kg import *` keeps the builtin open()
    from kg.graph import Graph, build, open

    assert kg.open is open and kg.build is build and kg.Graph is Graph
    import importlib

    package = importlib.import_module("kg.extract")  # the extraction package keeps its name beside the API
    assert callable(kg.extract_text) and callable(kg.build) and hasattr(package, "extract_facts")
    with pytest.raises(AttributeError):
        kg.no_such_function  # noqa: B018

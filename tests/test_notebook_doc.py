"""docs/notebook.md runs as written: its ```python blocks, in order, in one namespace, from a directory
holding a copy of examples/ (STYLE.md: the docs never drift from the code)."""

from __future__ import annotations

import re
import shutil
import textwrap

import pytest
from conftest import EXAMPLES, ROOT
from test_graph import require_pandas

DOC = ROOT / "docs" / "notebook.md"


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)


def test_the_doc_has_code_for_every_part_it_describes():
    code = "\n".join(python_blocks(DOC.read_text(encoding="utf-8")))
    for call in (
        "kg.build(",
        "kg.open(",
        "g.query(",
        "g.events(",
        "g.entities(",
        "g.to_networkx(",
        "g.view(",
        "g.rows(",
        "g.close(",
    ):
        assert call in code, call


def test_the_notebook_doc_runs(tmp_path, monkeypatch):
    pandas = require_pandas()
    shutil.copytree(EXAMPLES / "articles", tmp_path / "examples" / "articles")
    shutil.copytree(EXAMPLES / "queries", tmp_path / "examples" / "queries")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    for n, block in enumerate(python_blocks(DOC.read_text(encoding="utf-8")), start=1):
        try:
            exec(compile(block, f"docs/notebook.md block {n}", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # noqa: BLE001 - name the block that broke
            pytest.fail(f"block {n} of docs/notebook.md failed: {exc!r}\n{block}")
    g = namespace["g"]
    assert g.summary.articles == g.stats()["articles"] >= 7 and not g.summary.failures
    for name in ("statements", "by_type", "attacks", "people", "mirela"):
        table = namespace[name]
        assert isinstance(table, pandas.DataFrame) and len(table) > 0, name
    assert set(namespace["by_type"]["type"]) >= {"attack", "statement", "call"}
    assert (tmp_path / "timeline.html").stat().st_size > 10_000
    assert namespace["rows"] and namespace["more"].summary.skipped == 1


def test_the_readme_python_example_runs(tmp_path, monkeypatch):
    pandas = require_pandas()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"\n    (import kg\n.*?)\n\n", readme, re.S)
    assert block, "the README's Python example is missing"
    code = textwrap.dedent("    " + block.group(1))
    shutil.copytree(EXAMPLES / "articles", tmp_path / "examples" / "articles")
    monkeypatch.chdir(tmp_path)
    lines = code.splitlines()
    namespace: dict = {}
    exec(compile("\n".join(lines[:2]), "README.md", "exec"), namespace)  # noqa: S102 - import and build
    for line in lines[2:]:  # each later line is an expression whose value the comment describes
        namespace["_"] = eval(compile(line.split("  #")[0], "README.md", "eval"), namespace)  # noqa: S307
    g = namespace["g"]
    assert isinstance(g.query("SELECT ?e ?date WHERE { ?e a kg:Attack ; kg:date ?date }"), pandas.DataFrame)
    assert len(g.events(type="call", actor="Mirela Vascan", since="2025-03")) > 0

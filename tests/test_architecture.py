"""The layout is the data flow (docs/architecture.md): imports run one way, no circles, no monoliths.

Read from the source with `ast`, so an import inside a function counts as much as one at the top.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
# Down the data flow: a module may import kg's top-level `kg` (the version), its own package, and the
# packages before its own in this list, never one after it.
LAYERS = [
    "facts",
    "atomic",
    "ingest",
    "nlp",
    "extract",
    "rdf",
    "store",
    "query",
    "analysis",
    "parallel",
    "views",
    "exports",
    "pipeline",
    "graph",
    "server",
    "cli",
    "__main__",
]
MAX_LINES = 800


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(path: Path, modules: dict[str, Path] | None = None) -> set[str]:
    """The kg modules a file imports, wherever the import statement is (`from P import m` of a
    submodule m is an import of P.m, not of P's other contents)."""
    modules = _modules() if modules is None else modules
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kg":
            for a in node.names:
                sub = f"{node.module}.{a.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "kg")
    return found


def _graph() -> dict[str, set[str]]:
    """Module → the kg modules it imports. The root package `kg` is left out as a target: every module
    imports it implicitly (Python runs a package's `__init__` first) and it is the public facade, which
    re-exports the library API lazily; what modules take from it is the version string."""
    modules = _modules()
    return {m: {i for i in _imports(p, modules) if i in modules and i not in (m, "kg")} for m, p in modules.items()}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_top_level_name_has_a_place_in_the_flow():
    names = {_layer(m) for m in _modules()} - {""}
    assert names <= set(LAYERS), f"not placed in LAYERS (tests/test_architecture.py): {sorted(names - set(LAYERS))}"


def test_imports_run_down_the_data_flow():
    wrong = []
    for module, targets in _graph().items():
        here = _layer(module)
        if not here:
            continue
        for target in targets:
            there = _layer(target)
            if there and there != here and LAYERS.index(there) > LAYERS.index(here):
                wrong.append(f"{module} imports {target}")
    assert not wrong, "imports against the data flow:\n" + "\n".join(sorted(wrong))


def test_the_library_never_imports_the_cli():
    offenders = [m for m, targets in _graph().items() if _layer(m) not in ("cli", "__main__")
                 and any(_layer(t) == "cli" for t in targets)]
    assert not offenders


def test_no_import_circles():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not circles, f"import circles: {circles}"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_a_monolith(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines (at most {MAX_LINES})"


def test_the_checks_see_a_wrong_import(tmp_path):
    """The graph reader finds imports inside functions, which is where a back-import would hide."""
    f = tmp_path / "m.py"
    f.write_text("def f():\n    from kg.cli.main import main\n    return main\n")
    assert "kg.cli.main" in _imports(f)
    graph = defaultdict(set, _graph())
    assert any(_layer(t) == "store" for t in graph["kg.pipeline"])  # the pipeline does use the store


def test_test_modules_have_unique_names():
    """The test folders are not packages, so pytest imports each test module by its file name: two
    `test_dates.py` in different folders stop the whole run at collection ("import file mismatch")."""
    tests = Path(__file__).resolve().parent
    seen: dict[str, list[str]] = defaultdict(list)
    for path in tests.rglob("test_*.py"):
        seen[path.name].append(str(path.relative_to(tests)))
    assert {name: paths for name, paths in seen.items() if len(paths) > 1} == {}


READERS = ["kg", "kg.query", "kg.store", "kg.server", "kg.views", "kg.exports", "kg.analysis", "kg.cli"]


@pytest.mark.parametrize("module", READERS)
def test_reading_a_graph_does_not_load_the_language_model(module):
    """`kg query`, `kg serve`, `kg view` and `import kg` read graphs: importing spaCy (and kg.extract, which
    imports it) would cost them seconds at every start. Only extraction loads it, when it runs."""
    code = f"import sys, {module}; print(sorted(m for m in ('spacy', 'kg.extract', 'kg.nlp') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]", out.stdout

"""The README's examples run as written (STYLE.md: the docs never drift from the code)."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

from kg.query import run_query

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[list[str]]:
    """The `kg` command lines of the README's "Use" section, comments dropped."""
    section = README.split("## Use", 1)[1].split("\n## ", 1)[0]
    commands = []
    for line in section.splitlines():
        line = line.strip()
        if line.startswith(".venv/bin/kg "):
            commands.append(shlex.split(line.split("  #", 1)[0]))
    return commands


def test_readme_starts_with_the_two_setup_commands():
    first = [line.split("#")[0].strip() for line in README.splitlines() if line.startswith("    make")][:2]
    assert first == ["make demo", "make test"]


def test_readme_use_section_runs(tmp_path):
    commands = readme_commands()
    assert len(commands) >= 5
    (tmp_path / "article.txt").write_text(
        "published: 2025-07-04\n\nTalks in Vienna\n\nThe foreign minister of Austria met his Swiss "
        "counterpart in Vienna on Thursday, the ministry said.\n",
        encoding="utf-8",
    )
    outputs = {}
    for argv in commands:
        sub = argv[1]
        if sub == "serve":  # blocks by design; tests/server/ drives it over HTTP
            continue
        args = [a for a in argv[1:] if a != "--open"]
        args = [str(ROOT / a) if a.startswith("examples/") else a for a in args]
        proc = subprocess.run([sys.executable, "-m", "kg", *args], cwd=tmp_path, capture_output=True, text=True,
                              timeout=600)
        assert proc.returncode == 0, (argv, proc.stderr)
        outputs[sub] = proc.stdout
    assert (tmp_path / "kg-store").is_dir()
    assert (tmp_path / "out" / "graph.html").exists() and (tmp_path / "out" / "timeline.html").exists()
    assert "Mirela Vascan" in outputs["analyze"]
    flow = outputs["analyze"].split("time-respecting path", 1)[1]
    assert "no path" not in flow and "→ Ilya Moravec" in flow  # the README promises a path between them
    record = json.loads(outputs["extract"].splitlines()[0])
    assert record["schema"] == "kg-extract/1"


def test_readme_sparql_example_runs(seed_build):
    _, out = seed_build
    block = re.search(r"\n    (SELECT \?date \?speaker.*?ORDER BY \?date)\n", README, re.S)
    assert block, "the README's statement query is missing"
    query = textwrap.dedent("    " + block.group(1))
    result = run_query(out / "graph.trig", query)
    speakers = {row[1].value for row in result.rows}
    assert "Volodymyr Zelensky" in speakers

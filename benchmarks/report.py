"""BENCHMARKS.md is written by several benchmarks, each owning one `## ` section."""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"


def replace_section(heading: str, body: str, path: Path = BENCHMARKS) -> None:
    """Put `body` (which starts with `heading`) in place of that section, or append it; other sections,
    and the blank line before the next one, are kept as they are."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    body = body.rstrip("\n") + "\n"
    start = text.find(heading + "\n")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + body
    else:
        nxt = text.find("\n## ", start + len(heading))
        text = text[:start] + body + ("\n" + text[nxt + 1 :] if nxt != -1 else "")
    path.write_text(text, encoding="utf-8")

"""Shared fixtures: the seed article from ../shared, the spaCy pipeline, CLI runner helpers.

Tests that need ../shared skip with a clear reason when it is absent, except under CI=true, where
they fail (CI always has it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "zelensky-trump-air-defense.txt"
EXAMPLES = ROOT / "examples"
IN_CI = os.environ.get("CI", "").lower() == "true"


def require_shared(path: Path = SEED) -> Path:
    """The path under ../shared, or skip (fail under CI=true) when it is missing."""
    if not path.exists():
        message = f"{path} is missing: ../shared (seed article, development sets) is not checked out next to the repo"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


def require_chromium() -> str:
    """Debian's chromium for browser tests, or skip (fail under CI=true)."""
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if not path:
        message = "chromium is not installed (apt-get install -y chromium; .ci/run installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return require_shared(SEED)


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as kg_nlp

    return kg_nlp.load()


@pytest.fixture(scope="session")
def seed_facts(seed_path):
    """The seed article's extracted facts (parsed once per test session)."""
    from kg.pipeline import extract

    (facts,) = list(extract([str(seed_path)]))
    return facts


@pytest.fixture(scope="session")
def seed_build(seed_path, tmp_path_factory):
    """`kg build` of the seed article (files only, no store), once per session: (summary, out dir)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    summary = build([str(seed_path)], out_dir=out, formats=("trig", "ttl", "nq", "jsonld"))
    return summary, out


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory):
    """`kg build` of examples/articles (TriG and N-Quads, the HTML views, no store), once per session:
    (summary, out dir)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("examples-build")
    summary = build([str(EXAMPLES / "articles")], out_dir=out, formats=("trig", "nq"), views=True)
    return summary, out

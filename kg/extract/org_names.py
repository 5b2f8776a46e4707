"""How names of organisations are compared across articles: the core of a name.

`organization_core(name)` is the normalised name (`kg.extract.resolve.normalise`) with

- its legal form dropped ("Apple Inc.", "Apple, Inc." -> "apple"; "Ford Motors Co." -> "ford motors";
  data/legal_forms.tsv, kind "legal");
- "X Department" written as "department of x" ("Justice Department" and "Department of Justice" are one);
- the United States written one way ("U.S. Air Force", "US Air Force", "United States Air Force" ->
  "united states air force"); "American" is no such prefix ("American Airlines").

`without_legal_form(name)` is the name an organisation is shown by: "Microsoft Corp" is Microsoft, "Helvion AG"
Helvion (as news writes the name after the first mention, and as the annotation conventions name companies);
"company" is kept ("the National Iranian Oil Company").

`without_kind_noun(name)` drops the lower-case noun of the organisation's kind the NER took into the name
("ZANU-PF party" -> ZANU-PF, "Freedom and Direct Democracy party" -> Freedom and Direct Democracy;
data/org_kind_nouns.txt), when what is left names the organisation alone (an acronym, or two words or more).

`corporate_stem(core)` drops one trade word from the end ("ford motor" -> "ford", "apple computer" ->
"apple"; kind "corporate"): `resolve_entities` follows it only to a core another article gives an
organisation by itself, so "General Motors" never becomes "General".
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_US_PREFIX = re.compile(r"^(?:u s a|usa|u s|us|united states of america|united states)\s+(?=\w)")
_DEPARTMENT = re.compile(r"^(?P<prefix>united states\s+)?(?P<field>[\w\s]+?)\s+(?P<head>department|ministry)$")


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    text = resources.files("kg.extract").joinpath("data", "legal_forms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0].strip(): row[1].strip() for row in rows}


@lru_cache(maxsize=8)  # a few kinds, asked for at every organisation name
def _words_of_kind(kind: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, k in _forms().items() if k == kind), key=lambda w: -len(w)))


@lru_cache(maxsize=1)
def _one_word_legal_forms() -> frozenset[str]:
    return frozenset(w for w in _words_of_kind("legal") if " " not in w) - KEPT_LEGAL_WORDS


def _strip_end(core: str, words: tuple[str, ...]) -> str:
    for w in words:
        if core.endswith(" " + w):
            return core[: -len(w) - 1].strip()
    return core


def organization_core(normalised: str) -> str:
    """The core of an already normalised organisation name (see the module docstring)."""
    core = normalised.replace("&", " & ").strip()
    core = re.sub(r"\s+", " ", core)
    legal = _words_of_kind("legal")
    while True:
        shorter = _strip_end(core, legal)
        if shorter == core or not shorter:
            break
        core = shorter
    core = _US_PREFIX.sub("united states ", core)
    m = _DEPARTMENT.match(core)
    if m and m.group("field").strip() not in {"police", "fire", "state"}:
        core = f"{m.group('prefix') or ''}{m.group('head')} of {m.group('field').strip()}"
    return core


# legal forms that are also words of a name's own ("the East India Company")
KEPT_LEGAL_WORDS = {"company", "co", "cos"}


def without_legal_form(name: str) -> str:
    """The name without the legal form at its end ("Nuance Communications Inc." -> "Nuance Communications"); the
    name itself when nothing or only the form would be left."""
    words = name.replace(",", " ").split()
    legal = _one_word_legal_forms()
    while len(words) > 1 and words[-1].lower().strip(".") in legal:
        words.pop()
    return " ".join(words) if len(words) < len(name.replace(",", " ").split()) else name


def corporate_stem(core: str) -> str | None:
    """The core without its last trade word ("ford motor" -> "ford"), or None when it has none or only
    that word would be left."""
    shorter = _strip_end(core, _words_of_kind("corporate"))
    return shorter if shorter != core and shorter else None


@lru_cache(maxsize=1)
def _kind_nouns() -> frozenset[str]:
    text = resources.files("kg.extract").joinpath("data", "org_kind_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _names_alone(words: list[str]) -> bool:
    """Two words or more, or one written as a name no adjective is ("ANO", "ZANU-PF", "G9"), not "Democratic"."""
    if len(words) > 1:
        return True
    word = words[0] if words else ""
    return any(c.isdigit() for c in word) or sum(c.isupper() for c in word) > 1


def without_kind_noun(name: str) -> str:
    """The name without the lower-case kind noun at its end ("ZANU-PF party" -> "ZANU-PF"); the name itself when
    there is none or the rest would not name the organisation alone (see the module docstring)."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _kind_nouns() or not words[-2][:1].isupper():
        return name
    rest = words[1:-1] if words[0].lower() == "the" else words[:-1]
    return " ".join(rest) if _names_alone(rest) else name

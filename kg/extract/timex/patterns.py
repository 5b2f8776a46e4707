"""The rules as data: `data/subpatterns.toml` and `data/rules.toml`, read and compiled once at import.

Takes the two files; gives `RULES` (one `Rule` per kind of expression, in priority order: of two
matches over the same longest stretch, the earlier rule's wins), `COMPILED` ((kind, regex) in that
order), `NEEDS` (kind → words one of which every match of the rule contains), `SUBPATTERNS` (name →
expanded regex) and the compiled helpers the normalisers and filters share (`MONTH_DAY`,
`FOLLOWING_DAY`). A rule's regex is its pattern with every `%NAME` replaced by sub-pattern NAME and every
`%words(LIST)` by an alternation of a lexicon word list; see the head of each data file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.extract.timex.lexicon import WORD_LISTS

DATA = Path(__file__).parent / "data"
DIGITS = "<digit>"  # in a rule's needs and a stretch's words: any number

_REFERENCE = re.compile(r"%(?:words\((?P<list>\w+)\)|(?P<name>[A-Z][A-Z0-9_]*))")
_EXAMPLE = re.compile(
    r"(?P<before>[^\[\]]*)\[(?P<extent>[^\[\]]+)\](?P<after>[^\[\]]*) => (?P<type>[A-Z]+) (?P<value>\S+)"
)
_PLAIN_ALTERNATION = re.compile(r"\(\?:([a-z]+(?:\|[a-z]+)*)\)")


@dataclass(frozen=True)
class Example:
    """A sentence of a rule's `example` list: the expression the rule finds in it, with its type and value."""

    text: str
    start: int  # where the expression starts in `text`
    extent: str
    type: str
    value: str


@dataclass(frozen=True)
class Rule:
    """One [[rule]] of rules.toml, its pattern expanded and its needs resolved to words."""

    kind: str
    pattern: str
    needs: frozenset[str]
    examples: tuple[Example, ...]


def alternation(words: Collection[str]) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def expand(pattern: str, definitions: Mapping[str, str], seen: tuple[str, ...] = ()) -> str:
    """`pattern` with its `%NAME` and `%words(LIST)` references replaced, as text (a `%` before anything else stays)."""

    def replace(m: re.Match[str]) -> str:
        if m["list"]:
            return alternation(WORD_LISTS[m["list"]])
        name = m["name"]
        if name in seen:
            raise ValueError(f"sub-pattern {name} refers to itself")
        return expand(definitions[name], definitions, (*seen, name))

    return _REFERENCE.sub(replace, pattern)


def key_words(phrases: Collection[str]) -> frozenset[str]:
    """One word of each phrase (its longest), as detection splits text: a match of the phrase contains it."""
    return frozenset(max(re.findall(r"[a-z]+|\d+", p.lower()), key=len) for p in phrases)


def _needed_words(entries: list[str], definitions: Mapping[str, str]) -> frozenset[str]:
    """A rule's `needs`: words, `<digit>`, `@LIST` (the key words of a word list), `%NAME` (a sub-pattern's words)."""
    words: set[str] = set()
    for entry in entries:
        if entry.startswith("@"):
            words |= key_words(WORD_LISTS[entry[1:]])
        elif entry.startswith("%"):
            plain = _PLAIN_ALTERNATION.fullmatch(definitions[entry[1:]])
            if plain is None:
                raise ValueError(f"needs {entry}: the sub-pattern is not a plain (?:word|word) alternation")
            words.update(plain[1].split("|"))
        else:
            words.add(entry)
    return frozenset(words)


def _example(line: str, kind: str) -> Example:
    m = _EXAMPLE.fullmatch(line)
    if m is None:
        raise ValueError(f"rule {kind}: example {line!r} is not 'a sentence with [the expression] => TYPE value'")
    return Example(m["before"] + m["extent"] + m["after"], len(m["before"]), m["extent"], m["type"], m["value"])


def _rule(entry: dict[str, Any], definitions: Mapping[str, str]) -> Rule:
    pattern = entry["pattern"] if isinstance(entry["pattern"], str) else "".join(entry["pattern"])
    needs = _needed_words(entry["needs"], definitions)
    if not needs:
        raise ValueError(f"rule {entry['kind']} needs no word: it would run everywhere")
    examples = tuple(_example(line, entry["kind"]) for line in entry.get("example", []))
    return Rule(entry["kind"], expand(pattern, definitions), needs, examples)


def _load() -> tuple[dict[str, str], list[Rule]]:
    with (DATA / "subpatterns.toml").open("rb") as fh:
        definitions: dict[str, str] = tomllib.load(fh)
    with (DATA / "rules.toml").open("rb") as fh:
        rules = [_rule(entry, definitions) for entry in tomllib.load(fh)["rule"]]
    kinds = [r.kind for r in rules]
    if len(set(kinds)) != len(kinds):
        raise ValueError(f"rules.toml: a kind is defined twice: {sorted(k for k in kinds if kinds.count(k) > 1)}")
    return {name: expand(p, definitions) for name, p in definitions.items()}, rules


SUBPATTERNS, RULES = _load()
COMPILED: list[tuple[str, re.Pattern[str]]] = [(r.kind, re.compile(r.pattern, re.IGNORECASE)) for r in RULES]
NEEDS: dict[str, frozenset[str]] = {r.kind: r.needs for r in RULES}
MONTH_DAY = next(rx for kind, rx in COMPILED if kind == "month_day")
FOLLOWING_DAY = re.compile(SUBPATTERNS["FOLLOWING_DAY"], re.IGNORECASE)
APPROX = SUBPATTERNS["APPROX"]

"""Money expressions: "$4.2 billion", "US$5bn", "€300m", "1.5 billion euros", "£20 million", "dlrs 2 million".

`find_amounts(text)` returns each money expression of a text as an `Amount`: its value in units of the currency
(4.2e9), the ISO 4217 code and the characters it spans. The currency signs, codes, names, scales and number words
are data (`kg/extract/data/money.json`); the patterns are built from them once. A bare "$" is the US dollar, as
in most English news. A currency name that is also an English word ("pounds", "won") counts only with a scale or
a country word before it ("20 million pounds", "British pounds"), never before "of" ("20 pounds of flour").
`parse_amount(text)` reads one expression (a spaCy MONEY entity, for instance) the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from kg.facts import Amount

# currency names that are also ordinary English words: money only with a scale or a country word before them
AMBIGUOUS_NAMES = frozenset({"pound", "pounds", "won", "rand", "real", "franc"})
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# lowercase words that may follow a bare "4.2 billion" when it is money ("for 4.2 billion in cash")
_AFTER_BARE = r"in|and|or|to|from|with|on|at|as|including|plus|a|an|the|last|this|next"


@dataclass(frozen=True)
class MoneyTables:
    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str | None]
    word_qualifiers: dict[str, str]
    scales: dict[str, float]
    attached_scales: dict[str, float]
    numbers: dict[str, float]
    qualifiers: dict[str, str]
    pattern: re.Pattern[str]
    event_types: tuple[str, ...]  # the event types that carry the money they name
    paying_verbs: frozenset[str]  # "ordered X to pay $35 million": the ruling's money


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _amount_pattern(prefix: str, numbers: str, scale: str, attached: str, free: bool) -> str:
    """A number with its scale: "4.2 billion", "5bn", "300m", "a billion". Named groups carry `prefix`; a
    `free` number (no currency sign before it) must not continue a word or another number."""
    start = r"(?<![\w.,])" if free else ""
    return (
        rf"(?P<{prefix}num>{start}(?:{_NUMBER})|(?<![A-Za-z])(?i:{numbers})(?=\s+{scale}\b))"
        rf"(?:\s?-?(?P<{prefix}scale>{scale})\b|(?P<{prefix}attached>(?i:{attached}))\b)?"
    )


@lru_cache(maxsize=1)
def tables() -> MoneyTables:
    data = json.loads(resources.files("kg.extract").joinpath("data", "money.json").read_text(encoding="utf-8"))
    aliases = data.get("code_aliases", {})
    codes = {c: aliases.get(c, c) for c in data["codes"]}
    symbols, words, qualifiers = data["symbols"], data["words"], data["word_qualifiers"]
    scales, attached, numbers = data["scales"], data["attached_scales"], data["numbers"]
    parts = (_alternation(numbers), rf"(?i:{_alternation(scales)})", _alternation(attached))
    # a sign or code before the number: "$4.2 billion", "US$ 5bn", "EUR 300 million", "dlrs 2 million"
    signed = rf"(?<![A-Za-z])(?P<sym>{_alternation(list(symbols) + list(codes))})\s?" + _amount_pattern(
        "", *parts, False
    )
    # a currency name after it: "1.5 billion euros", "2 million U.S. dollars" (not "20 pounds of flour")
    named = (
        _amount_pattern("b_", *parts, True)
        + rf"\s+(?:(?P<country>{_alternation(qualifiers)})\s+)?(?P<word>(?i:{_alternation(words)}))\b(?!\s+of\b)"
    )
    # a code after it: "4.2 billion USD"
    coded = _amount_pattern("c_", *parts, True) + rf"\s?(?P<code>{_alternation(codes)})\b"
    # no currency at all, only a large scale: "a 5bn deal", "for 4.2 billion in cash" (not "1.2 billion people")
    bare = (
        rf"(?<![\w.,$€£¥])(?P<d_num>{_NUMBER})(?:(?P<d_scale>(?i:bn|bln|tn|trn))\b|\s?(?P<d_word>(?i:billion|trillion))\b"
        rf"(?!\s+(?!(?:{_AFTER_BARE})\b)[a-z]))"
    )
    pattern = re.compile("|".join((signed, named, coded, bare)))
    return MoneyTables(
        symbols,
        codes,
        words,
        qualifiers,
        scales,
        attached,
        numbers,
        data["qualifiers"],
        pattern,
        tuple(data["event_types"]),
        frozenset(data["paying_verbs"]),
    )


def _value(num: str, scale: str | None, attached: str | None, t: MoneyTables) -> float:
    low = num.lower()
    base = Decimal(str(t.numbers[low])) if low in t.numbers else Decimal(num.replace(",", ""))
    if scale:
        base *= Decimal(str(t.scales[scale.lower()]))
    elif attached:
        base *= Decimal(str(t.attached_scales[attached.lower()]))
    return float(base)


def _qualifier(text: str, start: int, t: MoneyTables) -> str | None:
    """The word(s) right before an amount that say it is not exact: "more than $2 billion"."""
    before = text[max(0, start - 24) : start].lower()
    for words, label in sorted(t.qualifiers.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?:^|\W){re.escape(words)}\s+$", before):
            return label
    return None


def _amount(m: re.Match[str], text: str, t: MoneyTables) -> Amount | None:
    g = m.groupdict()
    if g["sym"]:
        currency = t.symbols.get(g["sym"]) or t.codes.get(g["sym"])
        value = _value(g["num"], g["scale"], g["attached"], t)
    elif g["b_num"]:
        word, country = g["word"].lower(), g["country"]
        if word in AMBIGUOUS_NAMES and not (g["b_scale"] or g["b_attached"] or country):
            return None  # "lost 20 pounds"
        currency = t.word_qualifiers[country] if country else t.words[word]
        value = _value(g["b_num"], g["b_scale"], g["b_attached"], t)
    elif g["c_num"]:
        currency = t.codes[g["code"]]
        value = _value(g["c_num"], g["c_scale"], g["c_attached"], t)
    else:
        currency = None
        value = _value(g["d_num"], g["d_scale"] or g["d_word"], None, t)
    return Amount(value, currency, m.group(0), m.start(), m.end(), _qualifier(text, m.start(), t))


_MAYBE_MONEY = re.compile(r"\d|illion")


def find_amounts(text: str, offset: int = 0) -> list[Amount]:
    """Every money expression in `text`, in order (offsets shifted by `offset`)."""
    if not _MAYBE_MONEY.search(text):
        return []
    t = tables()
    out = []
    for m in t.pattern.finditer(text):
        amount = _amount(m, text, t)
        if amount is not None:
            amount.start += offset
            amount.end += offset
            out.append(amount)
    return out


def parse_amount(text: str) -> Amount | None:
    """The first money expression in `text` (offsets relative to it), or None."""
    found = find_amounts(text)
    return found[0] if found else None

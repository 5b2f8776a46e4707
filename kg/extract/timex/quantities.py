"""Numbers and durations: "twenty four" → 24, (3, "years") → "P3Y".

`number(text)` takes a quantity as written and returns it as a float (None for a vague one: "several");
`duration_value(n, unit)` takes a quantity (None when vague) and a unit word and returns the TIMEX3
duration value.
"""

from __future__ import annotations

import re

from kg.extract.timex.lexicon import NUMBER_WORDS, TIME_UNITS, UNITS


def number(text: str) -> float | None:
    """ "twenty four" → 24, "5 1/2" → 5.5, "a" → 1; None for vague quantities."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if t.endswith(" 1/2"):
        base = number(t[:-4])
        return base + 0.5 if base is not None else None
    try:
        return float(t.replace(",", ""))
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", t)
    if all(p in NUMBER_WORDS for p in parts):
        return float(sum(NUMBER_WORDS[p] for p in parts))
    if t == "half":
        return 0.5
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit_word: str) -> str:
    """TIMEX3 duration: (3, "years") → P3Y; (None, "weeks") → PXW; (24, "hours") → PT24H."""
    u = unit_word.lower()
    code = UNITS.get(u, UNITS.get(u.rstrip("s"), "X"))
    timeish = u in TIME_UNITS
    if code == "WE":
        return "P" + ("X" if n is None else _fmt_num(2 * n)) + "D"
    if code == "F":
        return "P" + ("X" if n is None else _fmt_num(2 * n)) + "W"
    if code == "E" and n is not None:
        return f"P{_fmt_num(10 * n)}Y"
    if code == "C" and n is not None:
        return f"P{_fmt_num(100 * n)}Y"
    if n is not None and not float(n).is_integer():
        # 1.5 hours → PT1H30M; 2.5 years → P2Y6M
        whole, frac = int(n), n - int(n)
        sub = {"H": ("M", 60), "D": ("H", 24), "Y": ("M", 12), "M": ("D", 30) if not timeish else ("S", 60)}
        if code in sub:
            su, k = sub[code]
            sub_timeish = timeish or su == "H"
            head = ("PT" if timeish else "P") + (f"{whole}{code}" if whole else "")
            if sub_timeish and not timeish:
                head += "T"
            return head + f"{_fmt_num(frac * k)}{su}"
    q = "X" if n is None else _fmt_num(n)
    return ("PT" if timeish else "P") + q + code

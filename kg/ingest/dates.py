"""Publication dates in the forms news comes with, wherever they come from (front matter, JSON, page
metadata, feeds): ISO dates and datetimes, "July 4, 2025 4:47 PM", "4 July 2025", RFC 2822
("Fri, 04 Jul 2025 16:47:00 +0200"), compact "20250704", numeric "04/07/2025" (day and month order given by
the user, or unambiguous), Unix timestamps are not guessed at.

The result is "YYYY-MM-DD" when the source gives a day only, an ISO datetime when it gives a time (its UTC
offset kept when it has one). Anything else raises InvalidDate with a one-line reason. Free text goes to
dateparser with the language fixed to English and relative words ("yesterday", "2 hours ago") refused:
a publication date must not depend on when kg runs.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

DATE_ORDERS = ("DMY", "MDY", "YMD")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_NUMERIC = re.compile(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(.*)")
_RFC2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}|\d\s*(?:a\.?m\.?|p\.?m\.?)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:ago|yesterday|today|tomorrow|tonight|now|last|next|this|since|hence|week|weeks|days|hours|minutes)\b",
    re.IGNORECASE,
)
_MONTH_OR_YEAR = re.compile(r"[A-Za-z]{3}|\d{4}")
_ZONE = re.compile(r"(?:\b(?:UTC|GMT|[A-Z]{1,4}[SD]T|Z)\b|[+-]\d{2}:?\d{2}\b)\s*$")
_LABEL = re.compile(
    r"^(?:published|updated|posted|first published|date|last updated)\s*(?:on|at)?\s*:?\s*", re.IGNORECASE
)


class InvalidDate(ValueError):
    """A date kg cannot read, with the reason in one line."""


def _reject(value: str, why: str) -> InvalidDate:
    return InvalidDate(f"published {value!r} {why}")


def _iso(parsed: datetime, with_time: bool) -> str:
    if not with_time:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def _numeric(text: str, order: str | None) -> str | None:
    """ "04/07/2025", "2025/07/04", "4.7.2025 16:47": the day/month order from `order`, else only when
    the numbers leave no doubt."""
    m = _NUMERIC.fullmatch(text)
    if not m:
        return None
    a, b, c, rest = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4).strip()
    if len(m.group(1)) == 4:
        y, mo, d = a, b, c
    elif len(m.group(3)) == 4:
        if order == "DMY" or (order is None and a > 12 >= b):
            d, mo = a, b
        elif order == "MDY" or (order is None and b > 12 >= a):
            mo, d = a, b
        elif a == b:
            d = mo = a
        else:
            raise _reject(text, "is ambiguous (day and month could be swapped): give --date-order DMY or MDY")
        y = c
    else:
        return None
    try:
        day = date(y, mo, d)
    except ValueError:
        raise _reject(text, "is not a real day") from None
    if not rest:
        return day.isoformat()
    clock = _parse_free(f"{day.isoformat()} {rest}")
    return clock if clock else day.isoformat()


@lru_cache(maxsize=1)
def _dateparser():  # imported on first use: dateparser takes a moment to load its data
    import dateparser

    return dateparser


def _parse_free(text: str, order: str | None = None) -> str | None:
    """Free text through dateparser (English only, absolute dates only, a year required)."""
    text = _LABEL.sub("", text)
    if _RELATIVE.search(text) or not _MONTH_OR_YEAR.search(text):
        return None
    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["absolute-time"],
        # the offset the text gives is kept; a text without one stays naive (never the machine's zone)
        "RETURN_AS_TIMEZONE_AWARE": bool(_ZONE.search(text)),
    }
    if order:
        settings["DATE_ORDER"] = order
    try:
        parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    return _iso(parsed, bool(_HAS_TIME.search(text)))


def parse_published(value: object, date_order: str | None = None) -> str | None:
    """A publication date as "YYYY-MM-DD" or an ISO datetime (offset kept); None for no date.

    `date_order` ("DMY" or "MDY") says how to read numeric dates such as "04/07/2025"; without it only
    numeric dates that cannot be misread are accepted. Raises InvalidDate for anything unreadable.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if not isinstance(value, str):
        raise InvalidDate(f"published {value!r} is not a date")
    if date_order is not None and date_order not in DATE_ORDERS:
        raise ValueError(f"date order {date_order!r}: want one of {', '.join(DATE_ORDERS)}")
    text = " ".join(value.split())
    try:
        if _ISO_DAY.fullmatch(text):
            return date.fromisoformat(text).isoformat()
        if text[:4].isdigit() and len(text) > 10 and text[4] == "-" and text[10] in "T ":
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed.isoformat()
    except ValueError:
        raise _reject(text, "is not a real date or time") from None
    if m := _COMPACT.fullmatch(text):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            raise _reject(text, "is not a real day") from None
    if _RFC2822.match(text):
        try:
            return parsedate_to_datetime(text).isoformat()
        except (TypeError, ValueError):
            pass
    numeric = _numeric(text, date_order)
    if numeric:
        return numeric
    free = _parse_free(text, date_order)
    if free:
        return free
    raise _reject(text, "is not a date kg can read (e.g. 2025-07-04, July 4, 2025, Fri, 04 Jul 2025 16:47 +0200)")

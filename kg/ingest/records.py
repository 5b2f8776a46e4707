"""What every reader shares: the error an input gets, publication dates, the language check, and the
record (`id`, `text`, `title`, `published`, `url`, `source`) every format becomes before it is an Article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from kg.facts import Article


@dataclass
class InputError:
    """One input that could not be read: where, and why in one line."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class InvalidDate(ValueError):
    pass


def normalize_published(value: object) -> str | None:
    """A publication date as "YYYY-MM-DD" or an ISO datetime; raises InvalidDate otherwise."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidDate(f"published {value!r} is not a date (want YYYY-MM-DD or an ISO datetime)")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidDate(f"published {value!r} is not a date (want YYYY-MM-DD or an ISO datetime)") from None
    return parsed.isoformat()


_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by it at from be has have he his said are were "
    "its an not this which but had they their will been who or after more than also would".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def looks_english(text: str, min_words: int = 25) -> bool:
    """True unless the text is long enough to judge and has almost no English function words."""
    words = _WORD.findall(text.lower())
    if len(words) < min_words:
        return True
    hits = sum(w in _ENGLISH_FUNCTION_WORDS for w in words)
    return hits / len(words) >= 0.08



def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None



def article_from_record(
    label: str, rec: dict, fallback_id: str, published_override: str | None
) -> Article | InputError:
    """The Article of one record, or the one-line reason it cannot be one."""
    text = rec.get("text")
    if not isinstance(text, str):
        return InputError(label, 'record has no "text" string')
    if not text.strip():
        return InputError(label, "article text is empty")
    if not looks_english(text):
        return InputError(label, "text does not look like English (kg extracts English news only)")
    try:
        published = published_override or normalize_published(rec.get("published"))
    except InvalidDate as exc:
        return InputError(label, str(exc))
    art_id = rec.get("id")
    if art_id is not None and not isinstance(art_id, str | int):
        return InputError(label, '"id" must be a string')
    title = rec.get("title")
    return Article(
        id=str(art_id) if art_id not in (None, "") else fallback_id,
        text=text,
        title=title if isinstance(title, str) and title.strip() else first_line(text),
        published=published,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        source=rec.get("source") if isinstance(rec.get("source"), str) else None,
        path=label,
    )

"""What every reader shares: the error an input gets, publication dates, the language check, and the
record (`id`, `text`, `title`, `published`, `url`, `source`) every format becomes before it is an Article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.facts import Article
from kg.ingest.dates import InvalidDate, parse_published


@dataclass
class InputError:
    """One input that could not be read: where, and why in one line."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the user's publication date (wins over the articles' own), the order of day and
    month in numeric dates, the columns of CSV/TSV files, whether feed entries' pages are fetched, and
    the fetcher's settings for URLs."""

    published: str | None = None
    date_order: str | None = None  # "DMY" | "MDY" | None (numeric dates read only when unambiguous)
    text_column: str | None = None  # CSV/TSV columns; None: the usual names (text/body/content, ...)
    title_column: str | None = None
    date_column: str | None = None
    id_column: str | None = None
    url_column: str | None = None
    follow_links: bool = False  # feeds: fetch each entry's page and read it instead of the feed's summary
    cache_dir: str | None = None  # fetched pages; None: the user cache directory, "" : no cache
    timeout: float = 20.0  # seconds per request
    max_bytes: int = 10_000_000  # a page larger than this is refused
    retries: int = 2  # further tries of a request that failed for a passing reason (5xx, 429, network)


def normalize_published(value: object, date_order: str | None = None) -> str | None:
    """A publication date as "YYYY-MM-DD" or an ISO datetime; raises InvalidDate otherwise
    (`kg.ingest.dates.parse_published`)."""
    return parse_published(value, date_order)


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


def article_from_record(label: str, rec: dict, fallback_id: str, options: ReadOptions) -> Article | InputError:
    """The Article of one record, or the one-line reason it cannot be one. A date that cannot be read is a
    note (a warning): the article goes on with its date unknown."""
    text = rec.get("text")
    if not isinstance(text, str):
        return InputError(label, 'record has no "text" string')
    if not text.strip():
        return InputError(label, "article text is empty")
    if not looks_english(text):
        return InputError(label, "text does not look like English (kg extracts English news only)")
    notes = []
    published = options.published
    if published is None:
        try:
            published = parse_published(rec.get("published"), options.date_order)
        except InvalidDate as exc:
            notes.append(f"{exc}: the article's date is unknown, relative dates are left unresolved")
    art_id = rec.get("id")
    if art_id is not None and not isinstance(art_id, str | int):
        return InputError(label, '"id" must be a string')
    title = rec.get("title")
    return Article(
        id=str(art_id) if art_id not in (None, "") else fallback_id,
        text=text,
        title=" ".join(title.split()) if isinstance(title, str) and title.strip() else first_line(text),
        published=published,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        source=rec.get("source") if isinstance(rec.get("source"), str) else None,
        author=rec.get("author") if isinstance(rec.get("author"), str) and rec["author"].strip() else None,
        path=label,
        notes=notes,
    )

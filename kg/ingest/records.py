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


# Letters of the Latin script (Basic Latin, Latin-1, Latin Extended A/B and Additional); any other letter
# (Han, kana, Cyrillic, Arabic, ...) counts against English.
_OTHER_SCRIPT_LETTER = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_LETTER = re.compile(r"[^\W\d_]")


def looks_english(text: str, min_words: int = 25, min_letters: int = 20) -> bool:
    """True unless the text is long enough to judge and is mostly in another script (Chinese or Japanese,
    which need no spaces or punctuation between words, are judged by their letters) or has almost no
    English function words."""
    sample = text[:20_000]
    letters = len(_LETTER.findall(sample))
    if letters >= min_letters and len(_OTHER_SCRIPT_LETTER.findall(sample)) > letters / 2:
        return False
    words = _WORD.findall(sample.lower())
    if len(words) < min_words:
        return True
    hits = sum(w in _ENGLISH_FUNCTION_WORDS for w in words)
    return hits / len(words) >= 0.08


MAX_TITLE_CHARS = 300  # a first line longer than this is no headline: the title is its start


def short_title(line: str, limit: int = MAX_TITLE_CHARS) -> str:
    """A title of at most `limit` characters: cut at a word boundary, with an ellipsis, when longer."""
    line = line.strip()
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def first_line(text: str) -> str | None:
    """The first non-empty line, as a title (`short_title`)."""
    for line in text.splitlines():
        if line.strip():
            return short_title(line)
    return None


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class BadId(ValueError):
    """An id kg cannot use, with the reason."""


def article_id(value: object, fallback: str) -> str:
    """The id of a record: its own (a string or an integer, surrounding white space removed, so that two
    ids never differ by white space alone: each id is one IRI), else `fallback`. Raises BadId for an id
    that is not a string or has a control character or a lone surrogate."""
    if not _is_unicode(fallback):  # a file name that is not UTF-8
        fallback = fallback.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if value is None:
        return fallback.strip() or "article"
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BadId('"id" must be a string')
    text = str(value).strip()
    if not text:
        return fallback.strip() or "article"
    if _CONTROL.search(text):
        raise BadId('"id" contains a control character')
    if not _is_unicode(text):
        raise BadId('"id" is not valid Unicode (it has a lone surrogate)')
    return text


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def article_from_record(label: str, rec: dict, fallback_id: str, options: ReadOptions) -> Article | InputError:
    """The Article of one record, or the one-line reason it cannot be one. A date that cannot be read is a
    note (a warning): the article goes on with its date unknown."""
    text = rec.get("text")
    if not isinstance(text, str):
        return InputError(label, 'record has no "text" string')
    if not text.strip():
        return InputError(label, "article text is empty")
    if not _is_unicode(text):
        return InputError(label, "text is not valid Unicode (it has a lone surrogate)")
    if not looks_english(text):
        return InputError(label, "text does not look like English (kg extracts English news only)")
    notes = []
    published = options.published
    if published is None:
        try:
            published = parse_published(rec.get("published"), options.date_order)
        except InvalidDate as exc:
            notes.append(f"{exc}: the article's date is unknown, relative dates are left unresolved")
    try:
        art_id = article_id(rec.get("id"), fallback_id)
    except BadId as exc:
        return InputError(label, str(exc))
    title = rec.get("title")
    title = title if isinstance(title, str) and _is_unicode(title) else None
    return Article(
        id=art_id,
        text=text,
        title=short_title(" ".join(title.split())) if title and title.strip() else first_line(text),
        published=published,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        source=rec.get("source") if isinstance(rec.get("source"), str) else None,
        author=rec.get("author") if isinstance(rec.get("author"), str) and rec["author"].strip() else None,
        path=label,
        notes=notes,
    )

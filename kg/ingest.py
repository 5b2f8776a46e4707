"""Ingest: read .txt / .html / .json / .jsonl files, directories, globs or stdin into Articles.

Every input problem becomes one `InputError` (a file and a one-line reason) and the rest of the
batch goes on: `read_articles` yields Articles and InputErrors in input order.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

from kg.facts import Article

FRONT_MATTER_KEYS = ("id", "title", "published", "url", "source")
SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
STDIN = "-"


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


# --- language --------------------------------------------------------------------------------

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


# --- plain text with front matter ------------------------------------------------------------

_FRONT_LINE = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*?)\s*$")


def split_front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Front matter (known keys only, ended by a blank line) and the article text after it.

    Only a block whose every line is `key: value` with a known key counts as front matter;
    anything else means the file has none and the whole of it is the article.
    """
    head, sep, rest = raw.partition("\n\n")
    if not sep:
        return {}, raw
    meta: dict[str, str] = {}
    for line in head.split("\n"):
        m = _FRONT_LINE.match(line.rstrip("\r"))
        if not m or m.group(1).lower() not in FRONT_MATTER_KEYS:
            return {}, raw
        meta[m.group(1).lower()] = m.group(2)
    return meta, rest


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


# --- HTML ------------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "div", "section"}
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "button"}
_BOILERPLATE_CLASS = re.compile(
    r"\b(byline|share|social|related|advert|promo|newsletter|comments?|breadcrumbs?)\b", re.I
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)


class _PageParser(HTMLParser):
    """Collects title, publication date, canonical URL and text blocks of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title: str | None = None
        self.canonical: str | None = None
        self.time_datetime: str | None = None
        self.jsonld: list[str] = []
        self.blocks: list[tuple[bool, str, str]] = []  # (inside <article>/<main>, tag, text)
        self.h1: str | None = None
        self._stack: list[str] = []
        self._skip = 0
        self._skipping: list[int] = []  # stack depths of the elements that opened a skipped region
        self._in_article = 0
        self._buf: list[str] = []
        self._buf_tag = ""
        self._in_title = False
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.canonical = a.get("href")
            return
        if tag == "time" and self.time_datetime is None and a.get("datetime"):
            self.time_datetime = a["datetime"]
        if tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")
            return
        if tag in ("br", "img", "hr", "input", "meta", "link"):
            if tag == "br":
                self._buf.append("\n")
            return
        self._stack.append(tag)
        if tag == "title":
            self._in_title = True
            self.title = ""
        if tag in _SKIP_TAGS or _BOILERPLATE_CLASS.search(a.get("class", "") + " " + a.get("id", "")):
            self._skip += 1
            self._skipping.append(len(self._stack))
        if tag in ("article", "main"):
            self._in_article += 1
        if tag in _BLOCK_TAGS:
            self._flush()
            self._buf_tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_jsonld:
            self._in_jsonld = False
        if tag not in self._stack:
            return
        while self._stack:
            top = self._stack.pop()
            if top == "title":
                self._in_title = False
            if self._skipping and self._skipping[-1] == len(self._stack) + 1:
                self._skipping.pop()
                self._skip -= 1
            if top in _BLOCK_TAGS:
                self._flush()
            if top in ("article", "main"):
                self._in_article -= 1
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld[-1] += data
            return
        if self._in_title and self.title is not None:
            self.title += data
            return
        if self._skip or not self._stack or "body" not in self._stack and "html" in self._stack:
            return
        self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text and not self._skip:
            self.blocks.append((self._in_article > 0, self._buf_tag or "p", text))
            if self._buf_tag == "h1" and self.h1 is None:
                self.h1 = text
        self._buf = []
        self._buf_tag = ""


def _jsonld_published(chunks: list[str]) -> str | None:
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return item["datePublished"]
    return None


def parse_html(raw: str) -> dict[str, str | None]:
    """Title, publication date, URL and main text of a news page (boilerplate dropped)."""
    page = _PageParser()
    page.feed(raw)
    page.close()
    page._flush()
    in_article = [b for b in page.blocks if b[0]]
    blocks = in_article if in_article else page.blocks
    title = page.meta.get("og:title") or page.h1 or (page.title or "").strip() or None
    paragraphs = [text for _, _, text in blocks]
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    published = None
    for key in _DATE_META:
        if page.meta.get(key):
            published = page.meta[key]
            break
    published = published or _jsonld_published(page.jsonld) or page.time_datetime
    return {
        "title": title,
        "published": published,
        "url": page.meta.get("og:url") or page.canonical,
        "source": page.meta.get("og:site_name") or page.meta.get("publisher") or None,
        "text": "\n\n".join(paragraphs),
    }


def _published_of_page(value: str | None) -> str | None:
    """Page dates come in many shapes; keep what parses as an ISO date or datetime."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", value)
    if not m:
        return None
    try:
        return normalize_published(m.group(0).replace(" ", "T"))
    except InvalidDate:
        return normalize_published(m.group(0)[:10])


# --- files -----------------------------------------------------------------------------------


def expand_inputs(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """File paths for each input: files as given, directories recursively, globs expanded."""
    for item in inputs:
        if item == STDIN:
            yield STDIN
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield InputError(item, "directory has no .txt, .html, .json or .jsonl files")
            yield from (str(p) for p in found)
        elif path.exists():
            yield item
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield InputError(item, "no file matches this pattern")
            for m in matches:
                yield from expand_inputs([m]) if Path(m).is_dir() else [m]
        else:
            yield InputError(item, "no such file or directory")


def _decode(data: bytes, label: str) -> str | InputError:
    if not data.strip():
        return InputError(label, "empty input")
    if b"\x00" in data[:8192]:
        return InputError(label, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(label, f"not UTF-8 text (invalid byte at offset {exc.start})")


def _article(label: str, rec: dict, fallback_id: str, published_override: str | None) -> Article | InputError:
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


def _read_json_records(raw: str, label: str, stem: str, jsonl: bool, published: str | None):
    if jsonl:
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{label}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"malformed JSON on line {n}: {exc.msg} (column {exc.colno})")
                continue
            if not isinstance(rec, dict):
                yield InputError(where, f"line {n} is not a JSON object")
                continue
            yield _article(where, rec, f"{stem}-{n}", published)
        return
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        yield InputError(label, f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    records = data if isinstance(data, list) else [data]
    for n, rec in enumerate(records, start=1):
        where = label if len(records) == 1 else f"{label}[{n - 1}]"
        if not isinstance(rec, dict):
            yield InputError(where, "record is not a JSON object")
            continue
        yield _article(where, rec, stem if len(records) == 1 else f"{stem}-{n}", published)


def sniff_format(raw: str) -> str:
    """For stdin: jsonl, json, html or txt, from the first characters."""
    head = raw.lstrip()[:200].lower()
    if head.startswith("{"):
        first = raw.lstrip().split("\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except ValueError:
            return "json"
    if head.startswith("["):
        return "json"
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    return "txt"


def read_source(label: str, raw: str, fmt: str, published: str | None) -> Iterator[Article | InputError]:
    """Articles from the decoded content of one input of a known format."""
    stem = Path(label).stem if label != "<stdin>" else "stdin"
    if fmt in ("json", "jsonl"):
        yield from _read_json_records(raw, label, stem, fmt == "jsonl", published)
    elif fmt == "html":
        page = parse_html(raw)
        if not (page["text"] or "").strip():
            yield InputError(label, "no article text found in the HTML page")
            return
        rec = dict(page, id=stem, published=published or _published_of_page(page["published"]))
        yield _article(label, rec, stem, None)
    else:
        try:
            meta, text = split_front_matter(raw)
        except ValueError as exc:
            yield InputError(label, str(exc))
            return
        rec = dict(meta, text=text)
        yield _article(label, rec, stem, published)


def read_articles(inputs: Iterable[str], published: str | None = None) -> Iterator[Article | InputError]:
    """Articles (and per-input errors) from files, directories, globs and `-` for stdin.

    `published` ("YYYY-MM-DD" or ISO datetime), when given, overrides every article's own date.
    """
    override = normalize_published(published) if published else None
    for path in expand_inputs(inputs):
        if isinstance(path, InputError):
            yield path
            continue
        if path == STDIN:
            label, data = "<stdin>", sys.stdin.buffer.read()
        else:
            label = path
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                yield InputError(path, f"cannot read: {exc.strerror}")
                continue
        raw = _decode(data, label)
        if isinstance(raw, InputError):
            yield raw
            continue
        suffix = Path(path).suffix.lower() if path != STDIN else ""
        fmt = {".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html", ".txt": "txt"}.get(suffix)
        yield from read_source(label, raw, fmt or sniff_format(raw), override)

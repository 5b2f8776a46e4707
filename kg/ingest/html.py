"""HTML pages (`.html`, `.htm`): title, publication date, URL, site name and main text of a news page."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from kg.facts import Article
from kg.ingest.records import InputError, InvalidDate, article_from_record, normalize_published

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


def read_html(label: str, raw: str, stem: str, published: str | None) -> Iterator[Article | InputError]:
    """The article of a news page; `published` (the user's date) wins over the page's own."""
    page = parse_html(raw)
    if not (page["text"] or "").strip():
        yield InputError(label, "no article text found in the HTML page")
        return
    rec = dict(page, id=stem, published=published or _published_of_page(page["published"]))
    yield article_from_record(label, rec, stem, None)

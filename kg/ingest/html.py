"""HTML pages (`.html`, `.htm`, fetched pages): headline, publication date, URL, site name and main text.

The main text is trafilatura's (menus, cookie banners, related-story lists, comments and ads left out),
the headline first, as kg keeps it in the text. The publication date is the page's own metadata when it
gives one with its time and zone (`article:published_time`, JSON-LD `datePublished`, `itemprop`,
`<time datetime>`, ...), else htmldate's reading of the page (through trafilatura), else unknown.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

from kg.facts import Article
from kg.ingest.dates import InvalidDate, parse_published
from kg.ingest.records import InputError, ReadOptions, article_from_record

# Page metadata that names the publication moment, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSONLD = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·»]|::)\s+")
_TIME = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def _meta_tags(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for tag in _META.findall(raw):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            out.setdefault(key, attrs["content"])
    return out


def _jsonld_dates(raw: str) -> list[str]:
    found = []
    for chunk in _JSONLD.findall(raw):
        try:
            data = json.loads(chunk)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        found += [i["datePublished"] for i in items if isinstance(i, dict) and isinstance(i.get("datePublished"), str)]
    return found


def page_date(raw: str, meta: dict[str, str], fallback: str | None) -> str | None:
    """The page's publication moment: the first readable metadata date (time and zone kept), else
    `fallback` (htmldate's day). When the page states its publication date only in forms that are not
    dates ("2025-02-30"), that statement is returned as it is, so the reader reports it and leaves the
    date unknown: htmldate reads the same metadata and salvages a day the page never gave (2025-02-01)."""
    claims = [meta[k] for k in _DATE_META if meta.get(k)] + _jsonld_dates(raw)
    for value in claims + _TIME.findall(raw)[:1]:
        try:
            parsed = parse_published(value.strip())
        except InvalidDate:
            continue
        if parsed:
            return parsed
    return claims[0].strip() if claims else fallback


def headline(raw: str, meta: dict[str, str], found: str | None, site: str | None) -> str | None:
    """The page's headline: og:title, else the extractor's title unless it is only the site's name or
    one part of a "Site - Headline" <title>, in which case the longest part that is not the site's name."""
    title = meta.get("og:title") or meta.get("parsely-title")
    if title:
        return " ".join(html.unescape(title).split())
    tag = _TITLE_TAG.search(raw)
    parts = [" ".join(html.unescape(p).split()) for p in _TITLE_SEPARATORS.split(tag.group(1))] if tag else []
    parts = [p for p in parts if p and p != site]
    found = " ".join(found.split()) if found else None
    if parts and (found is None or found == site or (found in parts and len(max(parts, key=len)) > len(found))):
        return max(parts, key=len)
    return found


def _extract(trafilatura, raw: str, url: str | None, favor_precision: bool) -> dict:  # noqa: ANN001
    doc = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=False,  # True keeps a process-wide cache of seen paragraphs: a story read twice loses them
        favor_precision=favor_precision,
    )
    return (doc.as_dict() if hasattr(doc, "as_dict") else doc) or {}


def parse_html(raw: str, url: str | None = None) -> dict[str, str | None]:
    """Title, publication date, URL, site name and main text of a news page (boilerplate dropped)."""
    import trafilatura

    data = _extract(trafilatura, raw, url, favor_precision=True)
    if not (data.get("text") or "").strip():  # nothing the precise mode trusts: the default mode's reading
        data = _extract(trafilatura, raw, url, favor_precision=False)
    meta = _meta_tags(raw)
    site = meta.get("og:site_name") or data.get("sitename") or None
    title = headline(raw, meta, data.get("title"), site)
    text = (data.get("text") or "").strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and title in lines:
        at = lines.index(title)
        if all(len(line.split()) <= 8 for line in lines[:at]):  # short lines before the headline: page chrome
            lines = lines[at + 1 :]  # (kg puts the headline first itself: never twice)
    body = "\n\n".join(lines)
    return {
        "title": title,
        "published": page_date(raw, meta, data.get("date")),
        "url": meta.get("og:url") or data.get("url") or url,
        "source": site,
        "text": f"{title}\n\n{body}" if title and body else body,
    }


def read_html(
    label: str, raw: str, stem: str, options: ReadOptions, url: str | None = None
) -> Iterator[Article | InputError]:
    """The article of a news page; the user's `--published` wins over the page's own date."""
    page = parse_html(raw, url)
    if not (page["text"] or "").strip():
        yield InputError(label, "no article text found in the HTML page")
        return
    rec = dict(page, id=stem)
    yield article_from_record(label, rec, stem, options)

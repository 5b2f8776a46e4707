"""RSS and Atom feeds (files or URLs): one article per entry, through feedparser.

An entry gives its title, link, publication date (its own text, read by `kg.ingest.dates`, offset kept),
author and its content (or, without content, its summary) as text. With `follow_links` each entry's page
is fetched and read as a page (its main text), the feed's title and date kept where the page has none.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts import Article
from kg.ingest.fetch import Fetcher, FetchError
from kg.ingest.records import InputError, ReadOptions, article_from_record

_BLOCKS = ("p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "figcaption")


def _html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed's content or summary), paragraphs on lines of their own."""
    if "<" not in fragment:
        return "\n\n".join(line.strip() for line in fragment.splitlines() if line.strip())
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in root.iter("script", "style"):
        el.drop_tree()
    for el in root.iter("br", *_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().splitlines()]
    return "\n\n".join(line for line in lines if line)


def _entry_text(entry) -> str:  # noqa: ANN001 (feedparser's FeedParserDict)
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if value.strip():
            return _html_to_text(value)
    return _html_to_text(entry.get("summary") or entry.get("description") or "")


def read_feed(
    label: str, data: bytes, stem: str, options: ReadOptions, fetcher: Fetcher | None = None
) -> Iterator[Article | InputError]:
    """The articles of an RSS or Atom document; a feed feedparser cannot read is one error."""
    import feedparser

    from kg.ingest.html import parse_html

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = feed.get("bozo_exception")
        yield InputError(label, f"no entries in the feed{f' ({reason})' if reason else ''}")
        return
    source = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{label}#{n}"
        title = " ".join((entry.get("title") or "").split()) or None
        link = entry.get("link") or None
        rec: dict = {
            "id": entry.get("id") or link or f"{stem}-{n}",
            "title": title,
            "url": link,
            "published": entry.get("published") or entry.get("updated"),
            "source": source,
        }
        body = _entry_text(entry)
        if options.follow_links and link:
            if fetcher is None:
                yield InputError(where, "cannot follow the entry's link: no fetcher")
                continue
            try:
                page = fetcher.get(link)
            except FetchError as exc:
                yield InputError(where, str(exc))
                continue
            parsed = parse_html(page.body.decode("utf-8", errors="replace"), page.final_url)
            body = parsed["text"] or body
            rec["title"] = title or parsed["title"]
            rec["published"] = rec["published"] or parsed["published"]
            if title and body.startswith(f"{parsed['title']}\n\n") and parsed["title"] != title:
                body = body[len(parsed["title"] or "") + 2 :]
        if not body.strip():
            yield InputError(where, "entry has no content or summary")
            continue
        headline = rec["title"]
        rec["text"] = body if not headline or body.startswith(headline) else f"{headline}\n\n{body}"
        rec["author"] = entry.get("author") or None
        yield article_from_record(where, rec, f"{stem}-{n}", options)

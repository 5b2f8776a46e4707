"""Inputs beyond text files: CSV/TSV, RSS/Atom feeds, URLs and URL lists (from a real local HTTP server),
and formats kg refuses by name."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.ingest import InputError, ReadOptions, read_articles

BODY = (
    "The harbour authority said on Monday that the new crane terminal would open in the spring after two "
    "years of building work, and that the port expected to handle a third more containers next year."
)
PAGE = f"""<!doctype html><html><head><title>Port opens terminal | Coast News</title>
<meta property="og:title" content="Port to open new crane terminal">
<meta property="article:published_time" content="2025-03-03T08:00:00+01:00">
<meta property="og:site_name" content="Coast News"></head><body>
<div id="cookie-consent"><p>We use cookies to give you the best experience on our website.</p></div>
<nav><a href="/">Home</a> <a href="/ports">Ports</a></nav>
<article><h1>Port to open new crane terminal</h1><p>{BODY}</p>
<p>Shipping lines welcomed the plan, which was approved by the regional council last year.</p></article>
<aside class="related"><h2>Read more</h2><ul><li><a href="/a">Ferry fares rise again</a></li></ul></aside>
</body></html>"""
RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Coast News</title>
<item><title>Port to open new crane terminal</title><link>{base}/story</link><guid>story-1</guid>
<pubDate>Mon, 03 Mar 2025 08:00:00 +0100</pubDate><author>desk@coast.example (Port desk)</author>
<description>&lt;p&gt;{body}&lt;/p&gt;</description></item>
<item><title>Ferry fares rise</title><link>{base}/missing</link><guid>story-2</guid>
<pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate>
<description>The ferry operator said on Tuesday that fares would rise by four percent from April, blaming the
price of fuel and the cost of new safety rules, and that season tickets would not change.</description></item>
</channel></rss>"""


def split(items):
    items = list(items)
    return [i for i in items if not isinstance(i, InputError)], [i for i in items if isinstance(i, InputError)]


@pytest.fixture
def site(tmp_path):
    """A local web site: pages, a feed, robots.txt, a page that fails once, a PDF, a page too large."""
    hits: Counter[str] = Counter()
    routes: dict[str, tuple[int, str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits[self.path] += 1
            if self.path == "/flaky" and hits[self.path] == 1:
                status, ctype, body = 503, "text/plain", b"try later"
            else:
                status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    html = ("text/html; charset=utf-8", PAGE.encode())
    routes.update({
        "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
        "/story": (200, *html),
        "/flaky": (200, *html),
        "/private/story": (200, *html),
        "/feed.xml": (200, "application/rss+xml", RSS.format(base=base, body=BODY).encode()),
        "/report.pdf": (200, "application/pdf", b"%PDF-1.7 ..."),
        "/huge": (200, "text/html", b"<p>" + b"x" * 3_000_000 + b"</p>"),
    })
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, hits, tmp_path / "cache"
    server.shutdown()
    server.server_close()


def test_a_page_by_url_is_read_and_cached(site):
    base, hits, cache = site
    options = ReadOptions(cache_dir=str(cache), retries=0)
    (art,), errors = split(read_articles([f"{base}/story"], options=options))
    assert not errors
    assert art.title == "Port to open new crane terminal" and art.published == "2025-03-03T08:00:00+01:00"
    assert art.text.startswith("Port to open new crane terminal\n\n") and BODY in art.text
    assert "cookies" not in art.text and "Ferry fares" not in art.text and "Home" not in art.text
    assert art.path == f"{base}/story" and art.source == "Coast News"
    again, _ = split(read_articles([f"{base}/story"], options=options))
    assert again[0].text == art.text and hits["/story"] == 1  # the rebuild read the cache


def test_robots_retries_content_type_and_size_are_honoured(site):
    base, hits, cache = site
    options = ReadOptions(cache_dir="", retries=1, max_bytes=1_000_000)
    urls = [f"{base}/private/story", f"{base}/flaky", f"{base}/report.pdf", f"{base}/huge", f"{base}/gone"]
    arts, errors = split(read_articles(urls, options=options))
    assert [a.path for a in arts] == [f"{base}/flaky"] and hits["/flaky"] == 2  # retried once after a 503
    reasons = {e.path.rsplit("/", 1)[-1]: e.message for e in errors}
    assert "robots.txt" in reasons["story"]
    assert "application/pdf" in reasons["report.pdf"]
    assert "limit" in reasons["huge"]
    assert "404" in reasons["gone"]
    assert hits["/private/story"] == 0 and hits["/robots.txt"] == 1


def test_a_url_list_file_is_fetched_line_by_line(site, tmp_path):
    base, _, cache = site
    (tmp_path / "urls.txt").write_text(f"# today's stories\n{base}/story\n\n{base}/gone\n", encoding="utf-8")
    arts, errors = split(read_articles([str(tmp_path / "urls.txt")], options=ReadOptions(cache_dir=str(cache))))
    assert [a.title for a in arts] == ["Port to open new crane terminal"]
    assert len(errors) == 1 and errors[0].path == f"{base}/gone"


def test_feed_entries_are_articles_and_links_can_be_followed(site, tmp_path):
    base, hits, cache = site
    arts, errors = split(read_articles([f"{base}/feed.xml"], options=ReadOptions(cache_dir=str(cache))))
    assert not errors and [a.id for a in arts] == ["story-1", "story-2"]
    first = arts[0]
    assert first.published == "2025-03-03T08:00:00+01:00" and first.url == f"{base}/story"
    assert first.text == f"Port to open new crane terminal\n\n{BODY}" and first.source == "Coast News"
    assert first.author == "desk@coast.example (Port desk)"
    following = ReadOptions(cache_dir=str(cache), follow_links=True)
    followed, errors = split(read_articles([f"{base}/feed.xml"], options=following))
    assert "Shipping lines welcomed the plan" in followed[0].text  # the page's text, not the summary
    assert len(errors) == 1 and "404" in errors[0].message and errors[0].path.endswith("#2")
    (tmp_path / "saved.rss").write_bytes(RSS.format(base=base, body=BODY).encode())
    from_file, _ = split(read_articles([str(tmp_path / "saved.rss")]))
    assert [a.title for a in from_file] == ["Port to open new crane terminal", "Ferry fares rise"]


def test_csv_and_tsv_rows_are_articles(tmp_path):
    (tmp_path / "news.csv").write_text(
        'headline,body,date,id\n"Port opens","' + BODY + '",2025-03-03,p1\n"Empty",,2025-03-04,p2\n', encoding="utf-8"
    )
    arts, errors = split(read_articles([str(tmp_path / "news.csv")]))
    assert [(a.id, a.title, a.published) for a in arts] == [("p1", "Port opens", "2025-03-03")]
    assert arts[0].text == BODY and len(errors) == 1 and "empty" in errors[0].message and ":3" in errors[0].path
    (tmp_path / "news.tsv").write_text(f"story\twhen\n{BODY}\t04/03/2025\n", encoding="utf-8")
    options = ReadOptions(text_column="story", date_column="when", date_order="DMY")
    (art,), errors = split(read_articles([str(tmp_path / "news.tsv")], options=options))
    assert not errors and art.published == "2025-03-04" and art.id == "news-1"


def test_csv_without_a_text_column_names_its_columns(tmp_path):
    (tmp_path / "people.csv").write_text("name,age\nAnna,31\n", encoding="utf-8")
    arts, (error,) = split(read_articles([str(tmp_path / "people.csv")]))
    assert not arts and "no text column" in error.message and "name, age" in error.message
    arts, (error,) = split(read_articles([str(tmp_path / "people.csv")], options=ReadOptions(text_column="story")))
    assert "no column 'story'" in error.message


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("report.pdf", b"%PDF-1.4\n%...", "PDF"),
        ("notes.txt", b"%PDF-1.4\n%...", "PDF"),
        ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00", "Office"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        ("sitemap.xml", b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', "not an RSS or Atom feed"),
    ],
)
def test_formats_kg_does_not_read_get_one_line_naming_them(tmp_path, name, content, why):
    (tmp_path / name).write_bytes(content)
    arts, (error,) = split(read_articles([str(tmp_path / name)]))
    assert not arts and why in error.message and name in error.path and "\n" not in str(error)


def test_one_path_as_a_string_is_one_input(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (art,) = list(read_articles(str(tmp_path / "a.txt")))
    assert art.id == "a"

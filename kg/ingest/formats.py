"""Which reader an input needs, from its name or its first bytes; and the formats kg refuses by name.

A PDF, an Office document, an image, an archive or XML that is not a feed gets one clear error naming the
format, never a silent read as text.
"""

from __future__ import annotations

import json
import re

SUFFIX_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
}
# Magic numbers of formats kg does not read, and what to tell the user.
_REFUSED = (
    (b"%PDF", "a PDF document: kg reads text, HTML, JSON, CSV and feeds (convert the PDF to text first)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (.docx, .xlsx, .odt): save it as text or CSV first"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc, .xls): save it as text or CSV first"),
    (b"{\\rtf", "an RTF document: save it as plain text first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"RIFF", "a RIFF file (WebP image, WAV audio), not text"),
    (b"\x1f\x8b", "a gzip archive: decompress it first"),
    (b"BZh", "a bzip2 archive: decompress it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive: extract it first"),
    (b"ID3", "an MP3 file, not text"),
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_URL_LINE = re.compile(r"https?://\S+")


def refused_format(data: bytes) -> str | None:
    """Why kg will not read these bytes (a known non-text format), or None."""
    head = data[:16]
    for magic, why in _REFUSED:
        if head.startswith(magic):
            return why
    return None


def xml_kind(data: bytes) -> str:
    """ "feed" (RSS, Atom, RSS 1.0), "html" (XHTML), or "xml" (any other XML: refused)."""
    head = data[:4096]
    if _FEED_ROOT.search(head):
        return "feed"
    if _HTML_ROOT.search(head):
        return "html"
    return "xml"


def sniff_format(raw: str) -> str:
    """For stdin and names without a known suffix: jsonl, json, html, feed, xml or txt, from the first characters."""
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
    if head.startswith("<?xml") or head.startswith(("<rss", "<feed", "<rdf:rdf")):
        return xml_kind(raw[:4096].encode("utf-8", errors="replace"))
    return "txt"


def is_url_list(raw: str) -> bool:
    """A text whose every non-empty line (comments `#` aside) is a URL: a list of pages to fetch."""
    lines = [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(_URL_LINE.fullmatch(line) for line in lines)


def url_list(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]

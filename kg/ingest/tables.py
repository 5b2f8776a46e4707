"""Spreadsheets (`.csv`, `.tsv`): one article per row, with a header naming the columns.

The columns are the user's (`--text-column`, `--title-column`, `--date-column`, `--id-column`,
`--url-column`) or the usual names: text/body/content/article, title/headline, date/published/pubdate,
id, url/link. A file without a text column is one error naming the columns it has; a row without text is
one error naming its line; the other rows go on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from kg.facts import Article
from kg.ingest.records import InputError, ReadOptions, article_from_record

USUAL_COLUMNS = {
    "text": ("text", "body", "content", "article", "full_text", "story"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "pubdate", "publication_date", "published_at", "datetime", "time"),
    "id": ("id", "article_id", "guid", "uid"),
    "url": ("url", "link", "href", "source_url"),
    "source": ("source", "outlet", "publisher", "site"),
}
csv.field_size_limit(50_000_000)  # an article's text is one cell


def _column(header: list[str], wanted: str | None, usual: tuple[str, ...]) -> str | None:
    folded = {h.strip().casefold(): h for h in header}
    if wanted is not None:
        return folded.get(wanted.strip().casefold())
    return next((folded[u] for u in usual if u in folded), None)


def read_table(label: str, raw: str, stem: str, options: ReadOptions, delimiter: str) -> Iterator[Article | InputError]:
    """The articles of a CSV (delimiter ",") or TSV ("\\t") file with a header row."""
    reader = csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield InputError(label, f"no header row ({exc})" if str(exc) else "no header row")
        return
    given = {
        "text": options.text_column,
        "title": options.title_column,
        "published": options.date_column,
        "id": options.id_column,
        "url": options.url_column,
        "source": None,
    }
    columns = {key: _column(header, given[key], usual) for key, usual in USUAL_COLUMNS.items()}
    for key, wanted in given.items():
        if wanted is not None and columns[key] is None:
            yield InputError(label, f"no column {wanted!r} (columns: {', '.join(header)})")
            return
    if columns["text"] is None:
        yield InputError(
            label, f"no text column (give --text-column; columns: {', '.join(header) or 'none'})"
        )
        return
    index = {h: i for i, h in enumerate(header)}
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{label}:{reader.line_num}", f"malformed row: {exc}")
            return
        line += 1
        if not any(cell.strip() for cell in row):
            continue
        rec = {key: row[index[col]] for key, col in columns.items() if col is not None and index[col] < len(row)}
        rec = {k: v for k, v in rec.items() if v.strip() or k == "text"}
        where = f"{label}:{reader.line_num}"
        yield article_from_record(where, rec, f"{stem}-{line - 1}", options)

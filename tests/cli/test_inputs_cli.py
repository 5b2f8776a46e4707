"""Real-world inputs through the `kg` command: warnings that let the article through, spreadsheets with
their columns, the text as kg read it, formats refused with exit status 1; and the library's errors."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.pipeline import InputFailed, extract

BODY = (
    "Port to open terminal\n\nThe harbour authority said on Monday that the new terminal would open in the "
    "spring after two years of building work, and that the port expected more ships next year."
)


def records(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_an_unreadable_date_is_a_warning_line_and_exit_0(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(f"published: sometime soon\n\n{BODY}", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    captured = capsys.readouterr()
    (rec,) = [json.loads(line) for line in captured.out.splitlines()]
    assert rec["published"] is None and any("'sometime soon' is not a date" in e for e in rec["errors"])
    warnings = [line for line in captured.err.splitlines() if line.startswith("kg: warning:")]
    assert len(warnings) == 1 and "a.txt" in warnings[0]


def test_dates_in_any_common_form_and_the_date_order(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(f"published: July 4, 2025 4:47 PM\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"published: 04/07/2025\n\n{BODY}", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--date-order", "DMY"]) == 0
    assert [r["published"] for r in records(capsys)] == ["2025-07-04T16:47:00", "2025-07-04"]
    assert main(["extract", str(tmp_path / "b.txt"), "--published", "Fri, 04 Jul 2025 16:47:00 +0200"]) == 0
    assert records(capsys)[0]["published"] == "2025-07-04T16:47:00+02:00"


def test_a_bad_published_option_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--published", "next week"]) == 2
    assert "next week" in capsys.readouterr().err


def test_csv_columns_and_the_text_kg_read(tmp_path, capsys):
    (tmp_path / "news.csv").write_text('story,when\n"' + BODY + '",2025-03-03\n', encoding="utf-8")
    args = ["extract", str(tmp_path / "news.csv"), "--text-column", "story", "--date-column", "when", "--include-text"]
    assert main(args) == 0
    (rec,) = records(capsys)
    assert rec["text"] == BODY and rec["published"] == "2025-03-03" and rec["title"] == "Port to open terminal"
    for ev in rec["events"]:
        assert rec["text"][ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]


def test_a_pdf_is_refused_by_name_and_the_batch_goes_on(tmp_path, capsys):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n...")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert main(["extract", str(tmp_path / "report.pdf"), str(tmp_path / "a.txt")]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert "report.pdf: a PDF document" in captured.err


def test_the_library_raises_what_it_cannot_read(tmp_path):
    with pytest.raises(InputFailed, match="some text: no such file"):
        list(extract(["some text"]))
    errors = []
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    got = list(extract([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")], on_error=errors.append))
    assert [f.article.id for f in got] == ["a"] and len(errors) == 1
    assert [f.article.id for f in extract(str(tmp_path / "a.txt"))] == ["a"]  # one path as a string


def test_articles_with_no_date_are_one_warning_line_naming_them(tmp_path, capsys):
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "e.txt").write_text(f"published: 2025-03-03\n\n{BODY}", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("kg: warning:")]
    assert len(warnings) == 1 and "4 articles have no publication date" in warnings[0]
    assert "a.txt" in warnings[0] and "and 1 more" in warnings[0] and "e.txt" not in warnings[0]
    assert main(["extract", str(tmp_path / "a.txt"), "--published", "2025-03-03"]) == 0
    assert "warning" not in capsys.readouterr().err

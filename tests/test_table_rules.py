"""No table of any kind leaves its header row or one lone row at a page end (keep with next)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportgen.check.nd30.docxmodel import load
from reportgen.make.pipeline import prepare
from reportgen.make.render import render_file
from reportgen.make.table_rules import keep_rows_together
from test_hostile_text import TEMPLATES, base_inputs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def kept(row: object) -> bool:
    paragraphs = list(row.iter(f"{W}p"))  # type: ignore[attr-defined]
    return bool(paragraphs) and all(p.find(f"{W}pPr/{W}keepNext") is not None for p in paragraphs)


def tables_judged(path: Path) -> int:
    tables = 0
    for document in prepare(path).documents:
        docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
        body = load(docx).document.element.body
        for table in body.iter(f"{W}tbl"):
            rows = table.findall(f"{W}tr")
            if len(rows) < 3:
                continue
            tables += 1
            assert kept(rows[0]), "header row"
            assert kept(rows[-2]), "row before the last"
            assert not kept(rows[-1])
    return tables


@pytest.mark.parametrize("path", base_inputs(), ids=lambda p: p.name)
def test_every_table_keeps_its_header_with_a_record_and_its_last_row_with_another(path: Path) -> None:
    tables_judged(path)  # a document with no table of three rows or more has nothing to keep together


def test_the_examples_have_tables_to_judge() -> None:
    assert sum(tables_judged(path) for path in base_inputs()) >= 10


def test_a_lead_in_ending_with_a_colon_is_kept_with_its_table() -> None:
    para = b'<w:p><w:pPr><w:pStyle w:val="VB"/></w:pPr><w:r><w:t>Chi tieu chu yeu:</w:t></w:r></w:p>'
    other = b"<w:p><w:r><w:t>Doan van.</w:t></w:r></w:p>"
    row = b"<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>"
    table = b"<w:tbl>" + row * 3 + b"</w:tbl>"
    out = keep_rows_together(para + table + other + table)
    assert out.count(b"<w:keepNext/>") == 1 + 2 + 2  # the lead-in, then two rows of each table
    assert out.startswith(b'<w:p><w:pPr><w:pStyle w:val="VB"/><w:keepNext/></w:pPr>')
    assert (other + b"<w:tbl>") in out  # a paragraph not ending with ":" is left alone


def _row(first: str, rest: str = "x") -> bytes:
    cells = (first, rest)
    return (
        b"<w:tr>"
        + b"".join(b"<w:tc><w:p><w:r><w:t>" + c.encode() + b"</w:t></w:r></w:p></w:tc>" for c in cells)
        + b"</w:tr>"
    )


def _kept_flags(xml: bytes) -> list[bool]:
    rows = xml.split(b"<w:tr>")[1:]
    return [b"<w:keepNext/>" in row for row in rows]


def test_two_total_rows_never_leave_the_last_record() -> None:
    """The aid appendix carried "Tổng cộng (đồng)" and "Tổng cộng (USD)" alone onto a page of their own."""
    records = [_row(str(i), "Dự án") for i in range(1, 8)]
    table = (
        b"<w:tbl>"
        + _row("TT", "Tên")
        + b"".join(records)
        + _row("", "Tổng cộng (đồng)")
        + _row("", "USD")
        + b"</w:tbl>"
    )
    flags = _kept_flags(keep_rows_together(table))
    assert flags[-3:] == [True, True, False]  # record 7 with both totals; the last row ends the group
    assert flags[3:-3] == [False] * 4  # the records between break freely


def test_a_table_starts_with_its_header_and_a_record() -> None:
    """Only the header is kept with the first record: LibreOffice lost records 3-18 of a summary table whose first
    record was kept with the second at a page foot (see test_rows_reach_the_pdf)."""
    table = b"<w:tbl>" + _row("TT", "Nội dung") + b"".join(_row(str(i)) for i in range(1, 7)) + b"</w:tbl>"
    assert _kept_flags(keep_rows_together(table)) == [True, False, False, False, False, True, False]


def test_rows_without_a_number_all_through_are_not_totals() -> None:
    table = b"<w:tbl>" + _row("Giờ", "Nội dung") + b"".join(_row("") for _ in range(6)) + b"</w:tbl>"
    assert _kept_flags(keep_rows_together(table)) == [True, False, False, False, False, True, False]


def _para(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def test_the_last_paragraph_goes_with_the_signature() -> None:
    """A programme's signature stood alone on page 2; the text ending with "./." now travels with it."""
    middle, last = _para("Trang phục lịch sự."), _para("Công an bố trí xe dẫn đoàn./.")
    signature = b"<w:tbl>" + _row("Nơi nhận:", "GIÁM ĐỐC") + b"</w:tbl>"
    out = keep_rows_together(middle + last + signature)
    assert out.startswith(middle)  # an ordinary paragraph is left alone
    assert out.count(b"<w:keepNext/>") == 1
    assert out.index(b"<w:keepNext/>") < out.index(b"./.")


def _heading(text: str) -> bytes:
    return (
        b'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>'
        + text.encode()
        + b"</w:t></w:r></w:p></w:tc></w:tr>"
    )


def test_a_day_heading_is_no_record_and_never_ends_a_page() -> None:
    """A plan's programme began at a page foot with its header, "Thứ Hai, ngày 15/9/2025" and one record: the day
    row was counted as the first record. Now the header, the day and the first record start together, and every
    later day stays with its first record."""
    table = (
        b"<w:tbl>"
        + _row("Thời gian", "Nội dung")
        + _heading("Thứ Hai, ngày 15/9/2025")
        + _row("14h30", "Đón Đoàn")
        + _heading("Thứ Ba, ngày 16/9/2025")
        + _row("08h00", "Hội đàm")
        + _row("18h30", "Tiệc chiêu đãi")
        + _heading("Thứ Tư, ngày 17/9/2025")
        + _row("09h00", "Tiễn Đoàn")
        + b"</w:tbl>"
    )
    assert _kept_flags(keep_rows_together(table)) == [True, True, False, True, False, False, True, False]

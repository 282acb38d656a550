"""Chương trình làm việc: rows grouped into days in time order, weekdays computed, bad rows all reported at once."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from reportgen.author.scaffold import init_input
from reportgen.author.xlsx_import import import_workbook
from reportgen.check.nd30 import check_docx
from reportgen.cli import main
from reportgen.make.pipeline import build_file
from scaffolds import fill_required

CHUONG_TRINH = """\
loai: chuong_trinh
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    TỈNH PHÚ THỌ
  ban_hanh: VĂN PHÒNG
  ten: Văn phòng UBND tỉnh
  viet_tat: VP
  dia_danh: Phú Thọ
van_ban:
  so: 7
  ngay: 10/11/2025
  noi_nhan: [Chủ tịch UBND tỉnh (để báo cáo)]
  luu: VT, NV
trich_yeu: Đón tiếp Đoàn Đại sứ quán Nhật Bản tại tỉnh Phú Thọ
lich:
  - ngay: 13/11/2025
    bat_dau: "8:30"
    noi_dung: Thăm Khu công nghiệp Phú Hà
    dia_diem: Khu công nghiệp Phú Hà
  - ngay: 12/11/2025
    bat_dau: 14h00
    ket_thuc: 15h30
    noi_dung: Lãnh đạo UBND tỉnh tiếp Đoàn
    dia_diem: Trụ sở UBND tỉnh
    thanh_phan: Chủ tịch UBND tỉnh; lãnh đạo Văn phòng UBND tỉnh
    chuan_bi: Văn phòng UBND tỉnh
  - ngay: 12/11/2025
    bat_dau: "09:00"
    noi_dung: Đón Đoàn tại trụ sở UBND tỉnh
nguoi_ky:
  tham_quyen: KT. Chánh Văn phòng
  chuc_vu: Phó Chánh Văn phòng
  ho_ten: Hoàng Văn Nam
"""


def build(tmp_path: Path, text: str = CHUONG_TRINH) -> Path:
    source = tmp_path / "ct.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return result.written[0]


def schedule_rows(path: Path) -> list[list[str]]:
    table = next(t for t in Document(str(path)).tables if t.cell(0, 0).text == "Thời gian")
    rows = []
    for row in table.rows:
        texts = [c.text for c in row.cells]
        rows.append(texts[:1] if len(set(texts)) == 1 else texts)  # a day's heading spans the whole row
    return rows


def test_days_in_order_with_computed_weekdays_and_times_in_order(tmp_path: Path) -> None:
    assert schedule_rows(build(tmp_path)) == [
        ["Thời gian", "Nội dung", "Địa điểm", "Thành phần", "Đơn vị chuẩn bị"],
        ["Thứ Tư, ngày 12/11/2025"],
        ["09h00", "Đón Đoàn tại trụ sở UBND tỉnh", "", "", ""],
        [
            "14h00 - 15h30",
            "Lãnh đạo UBND tỉnh tiếp Đoàn",
            "Trụ sở UBND tỉnh",
            "Chủ tịch UBND tỉnh; lãnh đạo Văn phòng UBND tỉnh",
            "Văn phòng UBND tỉnh",
        ],
        ["Thứ Năm, ngày 13/11/2025"],
        ["08h30", "Thăm Khu công nghiệp Phú Hà", "Khu công nghiệp Phú Hà", "", ""],
    ]


def test_header_title_end_mark_and_no_finding(tmp_path: Path) -> None:
    path = build(tmp_path)
    doc = Document(str(path))
    assert doc.tables[0].cell(1, 0).text == "Số: 07/CTr-VP"
    texts = [p.text for p in doc.paragraphs if p.text]
    assert texts[:2] == ["CHƯƠNG TRÌNH", "Đón tiếp Đoàn Đại sứ quán Nhật Bản tại tỉnh\u00a0Phú\u00a0Thọ"]
    assert texts[-1] == "./."
    assert [f.render() for f in check_docx(path)] == []


def test_notes_close_the_document(tmp_path: Path) -> None:
    text = CHUONG_TRINH.replace(
        "nguoi_ky:", "ghi_chu:\n  - Trang phục com-lê.\n  - Xe đón Đoàn do Văn phòng bố trí.\nnguoi_ky:"
    )
    texts = [p.text for p in Document(str(build(tmp_path, text))).paragraphs if p.text]
    assert texts[-2:] == ["Trang phục com-lê.", "Xe đón Đoàn do Văn phòng bố trí./."]


def test_a_typed_weekday_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ct.yaml"
    source.write_text(CHUONG_TRINH.replace("    bat_dau: 14h00\n", "    thu: Thứ Ba\n    bat_dau: 14h00\n"), "utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"{source}:22:10: lich[1].thu: trường “thu” không có" in err
    assert not (tmp_path / "out").exists()


def test_every_bad_row_reported_at_once_nothing_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = CHUONG_TRINH.replace("ngay: 13/11/2025", "ngay: 31/11/2025").replace("ket_thuc: 15h30", "ket_thuc: 13h00")
    source = tmp_path / "ct.yaml"
    source.write_text(text, encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert f"{source}:17:11: lich[0].ngay: ngày 31/11/2025 không có thật trong lịch" in lines
    assert f"{source}:23:15: lich[1].ket_thuc: giờ kết thúc 13h00 không sau giờ bắt đầu 14h00" in lines
    assert not (tmp_path / "out").exists()


def test_the_programme_from_an_excel_sheet_bad_cells_named_times_kept(tmp_path: Path) -> None:
    target = tmp_path / "ct.yaml"
    init_input("chuong_trinh", target)
    book = target.with_suffix(".xlsx")
    workbook = load_workbook(book)
    sheet = workbook["Lịch làm việc"]
    rows: list[list[date | time | str | None]] = [
        [date(2025, 11, 13), time(8, 30), None, "Thăm Khu công nghiệp Phú Hà", "Phú Hà", None, "Sở Tài chính"],
        ["12/11/2025", "14h00", "15:30", "Lãnh đạo UBND tỉnh tiếp Đoàn", "Trụ sở UBND tỉnh", None, None],
        ["31/11/2025", "25:00", None, "Sai", None, None, None],
    ]
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            sheet.cell(row=r, column=c, value=value)
    workbook.save(book)
    before = target.read_bytes()
    refused = import_workbook(book, target)
    assert refused.problems == [
        "Lịch làm việc!A4: Ngày: ngày 31/11/2025 không có thật trong lịch",
        "Lịch làm việc!B4: Giờ bắt đầu: giờ “25:00” không có thật",
    ]
    assert target.read_bytes() == before
    sheet.delete_rows(4)
    workbook.save(book)
    assert import_workbook(book, target).problems == []
    fill_required("chuong_trinh", target)  # the rest of the scaffold, as a person types it (init leaves it empty)
    built = build_file(target, tmp_path / "out")
    assert built.ok, [p.render() for p in built.problems]
    assert schedule_rows(built.written[0])[1:] == [
        ["Thứ Tư, ngày 12/11/2025"],
        ["14h00 - 15h30", "Lãnh đạo UBND tỉnh tiếp Đoàn", "Trụ sở UBND tỉnh", "", ""],
        ["Thứ Năm, ngày 13/11/2025"],
        ["08h30", "Thăm Khu công nghiệp Phú Hà", "Phú Hà", "", "Sở Tài chính"],
    ]

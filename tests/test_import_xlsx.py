"""``reportgen import-xlsx``: Excel sheets into the YAML lists, every bad cell named, comments kept."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from reportgen.author.scaffold import init_input
from reportgen.author.xlsx_import import import_workbook
from reportgen.cli import main
from reportgen.load import load_file

DOAN_VAO = [
    "Tên đoàn",
    "Trưởng đoàn",
    "Quốc gia",
    "Cấp đoàn",
    "Từ ngày",
    "Đến ngày",
    "Số người",
    "Người tiếp",
    "Nội dung làm việc",
]


@pytest.fixture
def scaffolded(tmp_path: Path) -> Path:
    target = tmp_path / "bc.yaml"
    init_input("bao_cao_nam", target)
    return target


def _fill(book_path: Path, sheet: str, rows: list[list[object]]) -> None:
    book = load_workbook(book_path)
    ws = book[sheet]
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            ws.cell(row=r, column=c, value=value)
    book.save(book_path)


def _outside(text: str, keys: set[str]) -> list[str]:
    """The lines of the YAML that do not belong to the top-level lists ``keys``."""
    kept, inside = [], False
    for line in text.split("\n"):
        if line and not line.startswith((" ", "#")):
            inside = line.split(":", 1)[0] in keys
        if not inside:
            kept.append(line)
    return kept


def test_sheets_replace_exactly_their_lists_and_keep_every_comment(scaffolded: Path) -> None:
    book = scaffolded.with_suffix(".xlsx")
    _fill(
        book,
        "Đoàn vào",
        [
            [
                "Đoàn Đại sứ quán Lào",
                None,
                "Lào",
                "Cấp bộ",
                datetime(2024, 3, 5),
                "07/03/2024",
                12,
                None,
                "Làm việc về giáo dục\nvà y tế",
            ],
            ["Đoàn Hàn Quốc", "Ông Kim", "Hàn Quốc", None, "5/4/2024", None, "2.100", None, None],
        ],
    )
    _fill(book, "Dự án PCPNN", [["Dự án nước sạch", "Tổ chức Plan", "Úc", None, None, 12500.5, "1.000,25", "USD"]])
    _fill(book, "Đoàn ra", [["Ông X", None, "Nhật Bản; Hàn Quốc", "01/05/2024", None, "07"]])
    before = scaffolded.read_text(encoding="utf-8")

    result = import_workbook(book, scaffolded)

    assert result.problems == [] and result.ok, result
    after = scaffolded.read_text(encoding="utf-8")
    lists = {"doan_vao", "doan_ra", "thoa_thuan", "hoi_nghi", "du_an_pcpnn", "dia_phuong_doi_tac", "so_lieu_khac"}
    assert _outside(after, lists) == _outside(before, lists)  # every comment and field outside the lists
    assert "# Đoàn vào: Danh sách đoàn khách quốc tế đến thăm, làm việc trong năm, mỗi đoàn một mục.\n" in after
    assert (scaffolded.parent / "bc.yaml.bak").read_text(encoding="utf-8") == before
    data = load_file(scaffolded).data
    assert data["doan_vao"] == [
        {
            "ten_doan": "Đoàn Đại sứ quán Lào",
            "quoc_gia": "Lào",
            "cap": "Cấp bộ",
            "tu_ngay": "05/03/2024",
            "den_ngay": "07/03/2024",
            "so_nguoi": 12,
            "noi_dung": "Làm việc về giáo dục\nvà y tế",
        },
        {
            "ten_doan": "Đoàn Hàn Quốc",
            "truong_doan": "Ông Kim",
            "quoc_gia": "Hàn Quốc",
            "tu_ngay": "05/04/2024",
            "so_nguoi": 2100,
        },
    ]
    assert data["du_an_pcpnn"] == [
        {
            "ten": "Dự án nước sạch",
            "nha_tai_tro": "Tổ chức Plan",
            "quoc_gia": "Úc",
            "cam_ket": "12.500,50",  # money to the cent, as the cell formatted #.##0,00 shows it
            "giai_ngan": "1.000,25",
            "tien_te": "USD",
        }
    ]
    assert data["doan_ra"] == [
        {"truong_doan": "Ông X", "quoc_gia": ["Nhật Bản", "Hàn Quốc"], "tu_ngay": "01/05/2024", "so_nguoi": 7}
    ]
    assert data["thoa_thuan"] == [] and data["hoi_nghi"] == [] and data["dia_phuong_doi_tac"] == []
    assert result.counts["Đoàn vào"] == 2
    assert "doan_vao:\n  - ten_doan: Đoàn Đại sứ quán Lào\n" in after
    assert "thoa_thuan: []\n" in after


def test_every_bad_cell_is_reported_and_nothing_is_written(scaffolded: Path) -> None:
    book = scaffolded.with_suffix(".xlsx")
    _fill(
        book,
        "Đoàn vào",
        [
            ["Đoàn A", None, "Lào", None, "31/02/2024", None, 5, None, None],
            [None, None, "Lào", None, "01/03/2024", None, "abc", None, None],
            ["Đoàn C", None, "Lào", None, 45000, "01/01/2024", 3.5, None, None],
            ["Đoàn D", None, "Lào", None, "10/03/2024", "01/03/2024", 2, None, None],
        ],
    )
    _fill(book, "Thỏa thuận quốc tế", [["MOU", "Sakai", "Nhật Bản", "12.06.2024", None, None, None, "chắc chắn"]])
    before = scaffolded.read_text(encoding="utf-8")

    result = import_workbook(book, scaffolded)

    assert result.problems == [
        "Đoàn vào!E2: Từ ngày: ngày 31/02/2024 không có thật trong lịch",
        "Đoàn vào!A3: Tên đoàn: ô bắt buộc, không được để trống",
        "Đoàn vào!G3: Số người: “abc” không phải là số; viết số theo cách Việt Nam: dấu chấm ngăn cách hàng "
        "nghìn (2.100), dấu phẩy trước phần thập phân (3,68)",
        "Đoàn vào!E4: Từ ngày: phải là một ngày, viết dạng 15/03/2022",
        "Đoàn vào!G4: Số người: phải là số nguyên (không có phần thập phân)",
        "Đoàn vào!A5: ngày kết thúc (01/03/2024) trước ngày bắt đầu (10/03/2024)",
        "Thỏa thuận quốc tế!H2: Thiết lập quan hệ mới: chỉ nhận true hoặc false (hoặc có/không)",
    ]
    assert scaffolded.read_text(encoding="utf-8") == before
    assert not (scaffolded.parent / "bc.yaml.bak").exists()


def test_headers_are_checked(scaffolded: Path, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "đoàn vào"  # case and spacing of sheet names do not matter
    for c, header in enumerate(["Tên đoàn", "Quốc gia", "Số ngườii", "Tên đoàn"], 1):
        ws.cell(row=1, column=c, value=header)
    book.create_sheet("Ghi chú")
    path = tmp_path / "tu_lam.xlsx"
    book.save(path)

    result = import_workbook(path, scaffolded)

    assert result.problems[0].startswith("đoàn vào!C1: cột “Số ngườii” không có trong danh sách “Đoàn vào”; các cột: ")
    assert result.problems[1:] == [
        "đoàn vào!D1: cột “Tên đoàn” bị lặp lại",
        "đoàn vào!1: thiếu cột bắt buộc “Từ ngày” ở dòng tiêu đề (dòng 1)",
        "đoàn vào!1: thiếu cột bắt buộc “Số người” ở dòng tiêu đề (dòng 1)",
    ]
    assert result.notes[0].startswith("Bỏ qua trang tính “Ghi chú”: không phải danh sách nào")


def test_cli_reports_cells_and_exit_codes(scaffolded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = scaffolded.with_suffix(".xlsx")
    _fill(book, "Đoàn vào", [["Đoàn A", None, "Lào", None, "01/03/2024", None, "mười", None, None]])
    assert main(["import-xlsx", str(book), "--into", str(scaffolded)]) == 1
    err = capsys.readouterr().err
    assert "Đoàn vào!G2: Số người: “mười” không phải là số" in err
    assert "có 1 lỗi trong tệp Excel" in err

    _fill(book, "Đoàn vào", [["Đoàn A", None, "Lào", None, "01/03/2024", None, "10", None, None]])
    assert main(["import-xlsx", str(book), "--into", str(scaffolded)]) == 0
    out = capsys.readouterr().out
    assert "Đoàn vào: 1 mục" in out and "bc.yaml.bak" in out
    assert load_file(scaffolded).data["doan_vao"][0]["so_nguoi"] == 10


def test_dates_outside_the_year_are_reported_after_the_import(
    scaffolded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = scaffolded.with_suffix(".xlsx")
    _fill(book, "Đoàn vào", [["Đoàn A", None, "Lào", None, "01/03/2023", None, 4, None, None]])
    assert main(["import-xlsx", str(book), "--into", str(scaffolded)]) == 0
    assert (
        "cảnh báo: doan_vao[0].tu_ngay: 01 mục có ngày ngoài kỳ báo cáo năm 2024 (01/01/2024–31/12/2024) nên không "
        "được tính: 01 đoàn vào (mục đầu tiên ngày 01/3/2023)" in capsys.readouterr().err
    )


def test_missing_into_and_bad_files(tmp_path: Path, scaffolded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-xlsx", str(scaffolded.with_suffix(".xlsx"))]) == 2
    assert "thiếu tùy chọn --into" in capsys.readouterr().err
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a workbook")
    assert main(["import-xlsx", str(bad), "--into", str(scaffolded)]) == 1
    assert "Không đọc được tệp Excel này" in capsys.readouterr().err
    other = tmp_path / "khac.yaml"
    other.write_text("nam: 2024\n", encoding="utf-8")
    assert main(["import-xlsx", str(scaffolded.with_suffix(".xlsx")), "--into", str(other)]) == 1
    assert "loai: tệp chưa ghi loại văn bản hợp lệ" in capsys.readouterr().err

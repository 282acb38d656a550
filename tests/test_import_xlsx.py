"""``reportgen import-xlsx``: Excel sheets into the YAML lists, every bad cell named, comments kept."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from reportgen.author.scaffold import init_input
from reportgen.author.xlsx_import import import_workbook, replaced
from reportgen.cli import main
from reportgen.load import load_file
from scaffolds import fill_required

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
    fill_required("bao_cao_nam", target)  # a person typed the required fields; the lists come from Excel
    return target


def _fill(book_path: Path, sheet: str, rows: list[list[Any]]) -> None:
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

    assert result.problems == [] and result.ok, [p.render() for p in result.check]
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
            ["Đoàn C", None, "Lào", None, True, "01/01/2024", 3.5, None, None],
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
    assert result.problems[1:4] == [
        "đoàn vào!D1: cột “Tên đoàn” bị lặp lại",
        "đoàn vào!1: thiếu cột bắt buộc “Từ ngày” ở dòng tiêu đề (dòng 1)",
        "đoàn vào!1: thiếu cột bắt buộc “Số người” ở dòng tiêu đề (dòng 1)",
    ]
    assert [p.split(";")[0] for p in result.problems[4:]] == [
        f"{path}: thiếu trang tính “{title}”"
        for title in [
            "Đoàn ra",
            "Thỏa thuận quốc tế",
            "Hội nghị quốc tế",
            "Dự án PCPNN",
            "Địa phương đối tác",
            "Số liệu khác",
            "Số liệu theo năm",
        ]
    ]
    assert result.notes == ["Bỏ qua trang tính trống “Ghi chú”."]


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
    assert "Đoàn vào: 0 → 1 mục" in out and "bc.yaml.bak" in out
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


def test_a_file_saved_with_bom_and_crlf_comes_back_the_same_way(scaffolded: Path) -> None:
    text = scaffolded.read_text(encoding="utf-8")
    scaffolded.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    book = scaffolded.with_suffix(".xlsx")
    _fill(book, "Đoàn vào", [["Đoàn A", None, "Lào", None, "01/03/2024", None, 4, None, "dòng một\ndòng hai"]])
    assert import_workbook(book, scaffolded).problems == []
    raw = scaffolded.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\n") == raw.count(b"\r\n") > 100, "every line ends with CRLF, none with a bare LF"
    assert load_file(scaffolded).data["doan_vao"][0]["noi_dung"] == "dòng một\ndòng hai"


def test_plain_files_stay_plain(scaffolded: Path) -> None:
    book = scaffolded.with_suffix(".xlsx")
    _fill(book, "Đoàn vào", [["Đoàn A", None, "Lào", None, "01/03/2024", None, 4, None, None]])
    assert import_workbook(book, scaffolded).problems == []
    raw = scaffolded.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw


def test_inits_examples_never_survive_an_import(tmp_path: Path) -> None:
    scaffolded = tmp_path / "bc.yaml"
    init_input("bao_cao_nam", scaffolded)
    example = "Đoàn Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh"
    assert example in scaffolded.read_text(encoding="utf-8")  # the marked sample record
    result = import_workbook(scaffolded.with_suffix(".xlsx"), scaffolded)  # the workbook as init wrote it
    assert result.problems == []
    assert result.before["Đoàn vào"] == 1 and result.counts["Đoàn vào"] == 0
    assert "Đoàn vào: 1 → 0 mục" in replaced(result)
    data = load_file(scaffolded).data
    assert all(data[name] == [] for name in ("doan_vao", "doan_ra", "thoa_thuan", "hoi_nghi", "du_an_pcpnn"))
    assert example not in scaffolded.read_text(encoding="utf-8")


def test_a_year_left_at_inits_value_gives_one_line_not_one_per_record(
    scaffolded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = scaffolded.with_suffix(".xlsx")
    rows: list[list[object]] = [
        [f"Đoàn {i}", None, "Lào", None, f"{i % 28 + 1:02d}/03/2025", None, 2] for i in range(40)
    ]
    _fill(book, "Đoàn vào", rows)
    assert main(["import-xlsx", str(book), "--into", str(scaffolded)]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "ngoài kỳ báo cáo" in line]
    assert len(warnings) == 1, warnings
    assert "doan_vao[0].tu_ngay: 40 mục có ngày ngoài kỳ báo cáo năm 2024 (01/01/2024–31/12/2024)" in warnings[0]
    assert main(["validate", str(scaffolded)]) == 0  # and so do validate and build
    warnings = [line for line in capsys.readouterr().err.splitlines() if "ngoài kỳ báo cáo" in line]
    assert len(warnings) == 1 and "40 mục có ngày ngoài kỳ báo cáo" in warnings[0], warnings


def test_many_cells_of_one_column_with_one_problem_give_one_line(scaffolded: Path) -> None:
    book = scaffolded.with_suffix(".xlsx")
    _fill(book, "Đoàn vào", [[f"Đoàn {i}", None, "Lào", None, "01/03/2024", None, "nhiều"] for i in range(10)])
    problems = import_workbook(book, scaffolded).problems
    assert problems == [
        "Đoàn vào!G2: Số người: “nhiều” không phải là số; viết số theo cách Việt Nam: dấu chấm ngăn cách hàng "
        "nghìn (2.100), dấu phẩy trước phần thập phân (3,68) — và 9 ô khác cùng cột cùng lỗi này "
        "(Đoàn vào!G3 … G11; tổng 10 ô)"
    ]


def test_agency_names_keep_their_commas_and_sentences_their_commas(tmp_path: Path) -> None:
    target = tmp_path / "tb.yaml"
    init_input("thong_bao_ket_luan", target)
    book = target.with_suffix(".xlsx")
    _fill(book, "Kết luận", [["Về đón tiếp", "rà soát kế hoạch, bảo đảm an ninh\nbố trí phiên dịch"]])
    _fill(book, "Nhiệm vụ", [["tham mưu", "Sở Ngoại vụ", "Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính", None]])
    result = import_workbook(book, target)
    assert result.problems == [], result.problems
    data = load_file(target).data
    assert data["ket_luan"][0]["y"] == ["rà soát kế hoạch, bảo đảm an ninh", "bố trí phiên dịch"]
    assert data["nhiem_vu"][0]["phoi_hop"] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"]


@pytest.mark.parametrize(
    ("number_format", "expected"),
    [
        ("MM/DD/YYYY", True),
        ("[$-409]m/d/yyyy", True),
        ('m"/"d"/"yy', True),
        ("mm-dd-yy", False),  # Excel's short date: shown in the computer's own order
        ("DD/MM/YYYY", False),
        ("yyyy\\-mm\\-dd\\ h:mm:ss", False),
        ("General", False),
    ],
)
def test_month_first_formats(number_format: str, expected: bool) -> None:
    from reportgen.author.xlsx_cells import month_first

    assert month_first(number_format) is expected


def test_rows_hidden_by_a_filter_are_imported_and_said(scaffolded: Path) -> None:
    book_path = scaffolded.with_suffix(".xlsx")
    _fill(book_path, "Đoàn vào", [[f"Đoàn {i}", None, "Lào", None, "01/03/2024", None, 2] for i in range(3)])
    book = load_workbook(book_path)
    book["Đoàn vào"].row_dimensions[3].hidden = True
    book.save(book_path)
    result = import_workbook(book_path, scaffolded)
    assert result.problems == [] and result.counts["Đoàn vào"] == 3
    assert "Đoàn vào: 1 dòng đang bị ẩn (lọc) cũng được nhập: dòng 3." in result.notes


def test_last_years_workbook_without_a_sheet_added_since_imports(scaffolded: Path) -> None:
    """A workbook made by an older init lacks the sheets added since: they are empty lists, with a note."""
    book_path = scaffolded.with_suffix(".xlsx")
    book = load_workbook(book_path)
    del book["Số liệu khác"], book["Số liệu theo năm"]  # the sheets added last, as a workbook made before them
    book.save(book_path)
    _fill(book_path, "Đoàn vào", [["Đoàn A", None, "Lào", None, "01/03/2024", None, "10", None, None]])
    data = yaml.safe_load(scaffolded.read_text(encoding="utf-8"))
    data["so_lieu_khac"] = []
    scaffolded.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    result = import_workbook(book_path, scaffolded)

    assert result.problems == []
    assert (
        "Tệp không có trang tính “Số liệu khác” (tệp được tạo trước khi có danh sách này): danh sách này được "
        "coi là trống." in result.notes
    )
    assert yaml.safe_load(scaffolded.read_text(encoding="utf-8"))["doan_vao"][0]["ten_doan"] == "Đoàn A"


def test_an_absent_sheet_never_empties_a_list_the_yaml_holds(scaffolded: Path) -> None:
    book_path = scaffolded.with_suffix(".xlsx")
    book = load_workbook(book_path)
    del book["Số liệu khác"], book["Số liệu theo năm"]  # the sheets added last, as a workbook made before them
    book.save(book_path)
    data = yaml.safe_load(scaffolded.read_text(encoding="utf-8"))
    data["so_lieu_khac"] = [{"ten": "Số vụ việc lãnh sự", "don_vi": "vụ", "gia_tri": 12}]  # figures typed by hand
    scaffolded.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = scaffolded.read_text(encoding="utf-8")

    result = import_workbook(book_path, scaffolded)

    assert len(result.problems) == 1 and "đang có" in result.problems[0] and "so_lieu_khac" in result.problems[0]
    assert scaffolded.read_text(encoding="utf-8") == before


def _sheet_rows(book_path: Path, sheet: str, rows: list[list[Any]]) -> None:
    """Write ``rows`` from row 1 (the header row included) of ``sheet``."""
    book = load_workbook(book_path)
    ws = book[sheet]
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            ws.cell(row=r, column=c, value=value)
    book.save(book_path)


DELEGATION: list[Any] = [
    "Đoàn Đại sứ quán Lào",
    "Ông Bounmy",
    "Lào",
    "Cấp bộ",
    "05/03/2024",
    "07/03/2024",
    12,
    None,
    "Giáo dục",
]


def test_a_note_column_and_other_headed_columns_are_named_as_not_imported(scaffolded: Path) -> None:
    """“Ghi chú” (the commonest extra column) has a header: it is not a column "without a header", nor a reason to
    refuse the sheet; the list has no field for it, so the person is told its cells are not imported."""
    book = scaffolded.with_suffix(".xlsx")
    _sheet_rows(
        book,
        "Đoàn vào",
        [[*DOAN_VAO, "Ghi chú", "Người liên hệ"], [*DELEGATION, "Đã ký biên bản ghi nhớ", "Chị Lan"]],
    )
    result = import_workbook(book, scaffolded)
    assert result.problems == []
    assert result.counts["Đoàn vào"] == 1
    notes = "\n".join(result.notes)
    assert "Đoàn vào!J1: cột “Ghi chú” không phải một mục của danh sách “Đoàn vào” nên không được nhập" in notes
    assert "Đoàn vào!K1: cột “Người liên hệ” không phải một mục" in notes
    assert "không có tiêu đề" not in notes


def test_a_misspelt_header_is_still_a_mistake_to_fix(scaffolded: Path) -> None:
    book = scaffolded.with_suffix(".xlsx")
    headers = [h if h != "Số người" else "Số ngườii" for h in DOAN_VAO]
    _sheet_rows(book, "Đoàn vào", [headers, DELEGATION])
    result = import_workbook(book, scaffolded)
    assert any("cột “Số ngườii” không có trong danh sách “Đoàn vào”" in p for p in result.problems)


@pytest.mark.parametrize("style", ["plain", "brackets", "text"])
def test_a_row_of_column_numbers_under_the_header_is_skipped(scaffolded: Path, style: str) -> None:
    """Government tables number their columns (1), (2), (3) … under the header; it is no record."""
    numbers: dict[str, list[Any]] = {
        "plain": list(range(1, 12)),
        "brackets": [f"({n})" for n in range(1, 12)],
        "text": [str(n) for n in range(1, 12)],
    }
    shown = numbers[style]
    book = scaffolded.with_suffix(".xlsx")
    second = ["Đoàn Hàn Quốc", "Ông Kim", "Hàn Quốc", None, "05/04/2024", None, 3, None, None]
    _sheet_rows(book, "Đoàn vào", [[*DOAN_VAO, "Ghi chú", "TT"], shown, [*DELEGATION, "", 1], [*second, "", 2]])
    result = import_workbook(book, scaffolded)
    assert result.problems == []
    assert result.counts["Đoàn vào"] == 2
    assert any("dòng 2 ghi số thứ tự các cột (1, 2, 3…), không phải một mục: bỏ qua" in n for n in result.notes)
    data = load_file(scaffolded).data
    assert [d["ten_doan"] for d in data["doan_vao"]] == ["Đoàn Đại sứ quán Lào", "Đoàn Hàn Quốc"]

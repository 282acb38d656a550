"""Excel lists as LibreOffice Calc saves them: every case imports exactly right or is refused with a cell address.

Each workbook starts from the one ``reportgen init`` writes, is filled the way staff fill it (openpyxl), then
opened and saved again by the real Calc (``soffice --convert-to xlsx``, own profile) so that the file read is
one Calc wrote: its merged ranges, number formats, dates and text cells. Never a silent change: when a case is
refused, the YAML file is byte for byte what it was.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from reportgen.author.scaffold import init_input
from reportgen.author.xlsx_import import ImportResult, import_workbook
from reportgen.load import load_file

pytestmark = pytest.mark.libreoffice

Filler = Callable[[Workbook], None]
CASES: dict[str, Filler] = {}


def case(name: str) -> Callable[[Filler], Filler]:
    def register(fill: Filler) -> Filler:
        CASES[name] = fill
        return fill

    return register


def put(ws: Worksheet, first_row: int, rows: list[list[Any]], number_formats: dict[int, str] | None = None) -> None:
    for r, row in enumerate(rows, first_row):
        for c, value in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=value)
            if number_formats and c in number_formats and value is not None:
                cell.number_format = number_formats[c]


DAY = datetime(2024, 3, 5)


@case("comma_lists")
def _comma_lists(book: Workbook) -> None:
    put(
        book["Đoàn ra"],
        2,
        [
            ["Ông A", None, "Lào, Campuchia", DAY, None, 4],
            ["Ông B", None, "Nhật Bản; Hàn Quốc\nSingapore", DAY, None, 3],
        ],
    )


@case("merged")
def _merged(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    put(
        ws,
        2,
        [["Đoàn A", None, "Lào", None, DAY, None, 5, "Ông Giám đốc"], ["Đoàn B", None, None, None, None, None, 6]],
    )
    ws.merge_cells("C2:C3")  # required Quốc gia, shared by two delegations
    ws.merge_cells("E2:E3")  # required Từ ngày
    ws.merge_cells("H2:H3")  # optional Người tiếp: the second row used to lose it silently


@case("merged_number")
def _merged_number(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    put(ws, 2, [["Đoàn A", None, "Lào", None, DAY, None, 5], ["Đoàn B", None, "Lào", None, DAY]])
    ws.merge_cells("G2:G3")


@case("merged_across")
def _merged_across(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    put(ws, 2, [["Đoàn A", None, "Lào", None, DAY, None, 5], ["Đoàn B Lào"]])
    ws.merge_cells("A3:C3")


@case("renamed_sheet")
def _renamed(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    put(ws, 2, [["Đoàn A", None, "Lào", None, DAY, None, 5]])
    ws.title = "Doan vao"


@case("totals_right")
def _totals_right(book: Workbook) -> None:
    put(
        book["Đoàn vào"],
        2,
        [
            ["Đoàn A", None, "Lào", None, DAY, None, 12],
            ["Đoàn B", None, "Nhật Bản", None, DAY, None, 2100],
            ["Tổng cộng", None, None, None, None, None, 2112],
        ],
    )


@case("totals_wrong")
def _totals_wrong(book: Workbook) -> None:
    put(
        book["Đoàn vào"],
        2,
        [
            ["Đoàn A", None, "Lào", None, DAY, None, 12],
            ["Đoàn B", None, "Nhật Bản", None, DAY, None, 2100],
            ["Cộng:", None, None, None, None, None, 2111],
        ],
    )


@case("tt_column")
def _tt_column(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    headers = [c.value for c in ws[1]]
    ws.insert_cols(1)
    put(ws, 1, [["TT", *headers]])
    put(ws, 2, [[1, "Đoàn A", None, "Lào", None, DAY, None, 5], [2, "Đoàn B", None, "Úc", None, DAY, None, 7], [3]])


@case("vietnamese_formats")
def _formats(book: Workbook) -> None:
    put(
        book["Đoàn vào"],
        2,
        [
            ["Đoàn A", None, "Lào", None, datetime(2024, 3, 15), "17/03/2024", 2100],
            ["Đoàn B", None, "Lào", None, "05/04/2024", None, "2.100"],
        ],
        {5: "DD/MM/YYYY", 7: "#,##0"},
    )
    put(
        book["Dự án PCPNN"],
        2,
        [["Dự án nước", "Plan", "Úc", None, None, 12500.5, 1000.25, "usd"], ["Dự án B", "JICA", None, None, None, 3]],
        {6: "#,##0.00", 7: "#,##0.00"},
    )


@case("text_numbers")
def _text_numbers(book: Workbook) -> None:
    put(
        book["Đoàn vào"],
        2,
        [["Đoàn A", None, "Lào", None, DAY, None, "07"], ["Đoàn B", None, "Lào", None, DAY, None, "12 người"]],
    )
    put(book["Dự án PCPNN"], 2, [["Dự án C", "KOICA", None, None, None, "1.000.000 VNĐ", None, None]])
    put(book["Thỏa thuận quốc tế"], 2, [["MOU", "Sakai", "Nhật Bản", DAY, None, None, None, "x"]])


@case("spellings")
def _spellings(book: Workbook) -> None:
    put(
        book["Dự án PCPNN"],
        2,
        [
            ["Dự án 1", "A", None, None, None, 5, None, "VNĐ"],
            ["Dự án 2", "B", None, None, None, 6, None, "đồng"],
            ["Dự án 3", "C", None, None, None, 7, None, "Usd"],
        ],
    )
    put(book["Thỏa thuận quốc tế"], 2, [["MOU", "Sakai", "Nhật Bản", DAY, None, None, None, "Có"]])


@case("unknown_currency")
def _unknown_currency(book: Workbook) -> None:
    put(book["Dự án PCPNN"], 2, [["Dự án 4", "D", None, None, None, 8, None, "bảng Anh"]])


@case("month_first_dates")
def _month_first(book: Workbook) -> None:
    put(
        book["Đoàn vào"],
        2,
        [["Đoàn A", None, "Lào", None, datetime(2024, 5, 3), None, 5]],
        {5: "MM/DD/YYYY"},  # typed 05/03/2024 on a computer set to the US order: Calc stored 3 May
    )


@case("month_first_unambiguous")
def _month_first_clear(book: Workbook) -> None:
    put(book["Đoàn vào"], 2, [["Đoàn A", None, "Lào", None, datetime(2024, 5, 13), None, 5]], {5: "MM/DD/YYYY"})


@case("formula_totals")
def _formula_totals(book: Workbook) -> None:
    put(
        book["Đoàn vào"],
        2,
        [
            ["Đoàn A", None, "Lào", None, DAY, None, 12],
            ["Đoàn B", None, "Nhật Bản", None, DAY, None, 30],
            ["Tổng cộng", None, None, None, None, None, "=SUM(G2:G3)"],
        ],
    )


@case("formula_error")
def _formula_error(book: Workbook) -> None:
    put(book["Đoàn vào"], 2, [["=1/0", None, "Lào", None, DAY, None, 5]])


@case("title_rows")
def _title_rows(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    ws.insert_rows(1, 2)
    ws["A1"] = "DANH SÁCH ĐOÀN VÀO NĂM 2024"
    ws.merge_cells("A1:I1")
    put(ws, 4, [["Đoàn A", None, "Lào", None, DAY, None, 5], ["Tổng cộng", None, None, None, None, None, 5]])


@case("data_above_header")
def _data_above(book: Workbook) -> None:
    ws = book["Đoàn vào"]
    ws.insert_rows(1, 1)
    put(ws, 1, [["Đoàn Z", None, "Lào", None, DAY, None, 5]])
    put(ws, 3, [["Đoàn A", None, "Lào", None, DAY, None, 5]])


@case("stray_cell")
def _stray(book: Workbook) -> None:
    put(book["Đoàn vào"], 2, [["Đoàn A", None, "Lào", None, DAY, None, 5, None, None, "ghi chú"]])


@case("currency_conflict")
def _currency_conflict(book: Workbook) -> None:
    put(book["Dự án PCPNN"], 2, [["Dự án C", "KOICA", None, None, None, "1.000 USD", None, "VND"]])


@pytest.fixture(scope="module")
def calc_saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case's workbook, after LibreOffice Calc opened and saved it (one soffice run for all)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) chưa được cài"
    root = tmp_path_factory.mktemp("calc")
    template = root / "mau.yaml"
    init_input("bao_cao_nam", template)
    sources = []
    for name, fill in CASES.items():
        book = load_workbook(template.with_suffix(".xlsx"))
        fill(book)
        sources.append(root / "openpyxl" / f"{name}.xlsx")
        sources[-1].parent.mkdir(exist_ok=True)
        book.save(sources[-1])
    out = root / "calc"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = {name: out / f"{name}.xlsx" for name in CASES}
    assert all(p.is_file() for p in saved.values()), list(out.iterdir())
    return saved


def run(calc_saved: dict[str, Path], name: str, tmp_path: Path) -> tuple[ImportResult, Path, bytes]:
    target = tmp_path / "bc.yaml"
    init_input("bao_cao_nam", target)
    before = target.read_bytes()
    return import_workbook(calc_saved[name], target), target, before


def imported(calc_saved: dict[str, Path], name: str, tmp_path: Path) -> dict[str, Any]:
    result, target, _ = run(calc_saved, name, tmp_path)
    assert result.problems == [], result.problems
    data = load_file(target).data
    assert isinstance(data, dict)
    return data


def refused(calc_saved: dict[str, Path], name: str, tmp_path: Path) -> list[str]:
    result, target, before = run(calc_saved, name, tmp_path)
    assert result.problems, f"{name}: expected a refusal"
    assert target.read_bytes() == before, "a refused import must leave the YAML untouched"
    return result.problems


def test_the_workbook_really_was_written_by_calc(calc_saved: dict[str, Path]) -> None:
    for path in calc_saved.values():
        assert "LibreOffice" in load_workbook(path).properties.creator or _app_is_calc(path)


def _app_is_calc(path: Path) -> bool:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return b"LibreOffice" in archive.read("docProps/app.xml")


def test_comma_and_semicolon_separate_countries(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    data = imported(calc_saved, "comma_lists", tmp_path)
    assert [d["quoc_gia"] for d in data["doan_ra"]] == [["Lào", "Campuchia"], ["Nhật Bản", "Hàn Quốc", "Singapore"]]


def test_merged_cells_are_filled_down(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    data = imported(calc_saved, "merged", tmp_path)
    assert [(d["ten_doan"], d["quoc_gia"], d["tu_ngay"], d["so_nguoi"], d["nguoi_tiep"]) for d in data["doan_vao"]] == [
        ("Đoàn A", "Lào", "05/03/2024", 5, "Ông Giám đốc"),
        ("Đoàn B", "Lào", "05/03/2024", 6, "Ông Giám đốc"),
    ]


def test_a_merged_figure_is_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    problems = refused(calc_saved, "merged_number", tmp_path)
    assert problems == [
        "Đoàn vào!G2:G3: Số người: ô số gộp nhiều dòng, không rõ là số của từng dòng hay tổng chung; "
        "hãy bỏ gộp ô và ghi số của từng dòng"
    ]


def test_a_cell_merged_across_columns_is_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    problems = refused(calc_saved, "merged_across", tmp_path)
    assert problems[0].startswith("Đoàn vào!A3:C3: ô gộp qua nhiều cột"), problems


def test_a_renamed_sheet_is_an_error_naming_expected_and_found(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    problems = refused(calc_saved, "renamed_sheet", tmp_path)
    assert problems[0].startswith(
        "Doan vao: trang tính này không phải danh sách nào của loại “bao_cao_nam” (có phải là “Đoàn vào”?"
    ), problems
    assert "thiếu trang tính “Đoàn vào”" in problems[1]
    assert "trong tệp có: “Hướng dẫn”, “Doan vao”, “Đoàn ra”" in problems[1]


def test_a_right_totals_row_is_skipped(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    result, target, _ = run(calc_saved, "totals_right", tmp_path)
    assert result.problems == []
    assert [d["ten_doan"] for d in load_file(target).data["doan_vao"]] == ["Đoàn A", "Đoàn B"]
    assert "Đoàn vào: bỏ qua dòng tổng cộng (dòng 4); số liệu ở đó khớp với các dòng bên trên." in result.notes


def test_a_wrong_totals_row_is_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    assert refused(calc_saved, "totals_wrong", tmp_path) == [
        "Đoàn vào!G4: Số người: dòng tổng cộng ghi 2.111 nhưng cộng các dòng bên trên được 2.112; "
        "hãy sửa số hoặc kiểm tra lại các dòng"
    ]


def test_a_tt_column_is_ignored(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    data = imported(calc_saved, "tt_column", tmp_path)
    assert [(d["ten_doan"], d["quoc_gia"], d["so_nguoi"]) for d in data["doan_vao"]] == [
        ("Đoàn A", "Lào", 5),
        ("Đoàn B", "Úc", 7),
    ]


def test_dates_and_numbers_in_vietnamese_formats(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    data = imported(calc_saved, "vietnamese_formats", tmp_path)
    assert [(d["tu_ngay"], d.get("den_ngay"), d["so_nguoi"]) for d in data["doan_vao"]] == [
        ("15/03/2024", "17/03/2024", 2100),
        ("05/04/2024", None, 2100),
    ]
    assert [(d["cam_ket"], d.get("giai_ngan"), d.get("tien_te")) for d in data["du_an_pcpnn"]] == [
        ("12.500,50", "1.000,25", "USD"),
        (3, None, None),
    ]


def test_numbers_typed_as_text(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    data = imported(calc_saved, "text_numbers", tmp_path)
    assert [d["so_nguoi"] for d in data["doan_vao"]] == [7, 12]
    assert data["du_an_pcpnn"] == [{"ten": "Dự án C", "nha_tai_tro": "KOICA", "cam_ket": 1000000, "tien_te": "VND"}]
    assert data["thoa_thuan"][0]["quan_he_moi"] is True


def test_spellings_of_currencies_and_yes(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    data = imported(calc_saved, "spellings", tmp_path)
    assert [d["tien_te"] for d in data["du_an_pcpnn"]] == ["VND", "VND", "USD"]
    assert data["thoa_thuan"][0]["quan_he_moi"] is True


def test_an_unknown_currency_is_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    problems = refused(calc_saved, "unknown_currency", tmp_path)
    assert len(problems) == 1 and problems[0].startswith("Dự án PCPNN!H2: Loại tiền: "), problems


def test_a_cell_under_no_header_is_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    assert refused(calc_saved, "stray_cell", tmp_path) == [
        "Đoàn vào!J2: ô có dữ liệu nhưng cột J không có tiêu đề ở dòng 1; hãy ghi tiêu đề cột hoặc xóa dữ liệu"
    ]


def test_an_amount_in_another_currency_than_its_row_is_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    assert refused(calc_saved, "currency_conflict", tmp_path) == [
        "Dự án PCPNN!F2: Vốn cam kết: số tiền ghi USD nhưng cột “Loại tiền” ghi VND"
    ]


def test_a_date_shown_month_first_is_refused_when_it_could_be_read_both_ways(
    calc_saved: dict[str, Path], tmp_path: Path
) -> None:
    problems = refused(calc_saved, "month_first_dates", tmp_path)
    assert problems == [
        "Đoàn vào!E2: Từ ngày: ô hiển thị “05/03/2024” theo kiểu tháng/ngày/năm, tức ngày 03/05/2024; không chắc đó "
        "là ý người nhập: hãy định dạng cột là ngày dd/mm/yyyy, kiểm tra lại ngày rồi nhập lại"
    ]
    assert imported(calc_saved, "month_first_unambiguous", tmp_path / "ro")["doan_vao"][0]["tu_ngay"] == "13/05/2024"


def test_a_totals_row_computed_by_a_formula_is_checked(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    assert load_workbook(calc_saved["formula_totals"], data_only=True)["Đoàn vào"]["G4"].value == 42  # Calc computed it
    data = imported(calc_saved, "formula_totals", tmp_path)
    assert [d["so_nguoi"] for d in data["doan_vao"]] == [12, 30]


def test_a_formula_error_is_refused_not_imported_as_text(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    assert refused(calc_saved, "formula_error", tmp_path) == [
        "Đoàn vào!A2: Tên đoàn: công thức trong ô báo lỗi #DIV/0!"
    ]


def test_a_title_above_the_header_is_skipped(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    result, target, _ = run(calc_saved, "title_rows", tmp_path)
    assert result.problems == []
    assert [d["ten_doan"] for d in load_file(target).data["doan_vao"]] == ["Đoàn A"]
    assert "Đoàn vào: dòng tiêu đề cột là dòng 3; dòng 1–2 (tên bảng) được bỏ qua." in result.notes


def test_records_above_the_header_are_refused(calc_saved: dict[str, Path], tmp_path: Path) -> None:
    assert refused(calc_saved, "data_above_header", tmp_path) == [
        "Đoàn vào!A1: dòng 1 nằm trên dòng tiêu đề cột (dòng 2) nhưng có dữ liệu như một mục; "
        "mỗi mục phải ở dưới dòng tiêu đề"
    ]

"""Aid (viện trợ PCPNN) counted the way the Sở and the Bộ Ngoại giao count it (issue 22, item 2): new projects apart
from ongoing ones, disbursement in the period apart from the running total, donor types, the year's estimate, and
no project without an approval date counted in a window it cannot be placed in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from pydantic import ValidationError

from reportgen.author.scaffold import init_input
from reportgen.author.xlsx_import import import_workbook
from reportgen.kinds.bao_cao_nam import quoted_wording, warnings
from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.load import load_file
from scaffolds import fill_required
from test_bao_cao_nam import base, body_text, build, delegation, table_with

HALF = {"ky": "6_thang_dau_nam"}


def project(name: str, approved: str | None, **more: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"ten": name, "nha_tai_tro": f"Tổ chức {name}", "cam_ket": "1.000.000.000", "tien_te": "VND"}
    if approved:
        out["ngay_phe_duyet"] = approved
    return out | more


def half_year(projects: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
    data = base(nam_truoc=None, ky_bao_cao=HALF, doan_vao=[delegation(1)], du_an_pcpnn=projects)
    return data | more


def aid_paragraph(text: str) -> str:
    found = [" ".join(line.split()) for line in text.split("\n") if "viện trợ phi chính phủ nước ngoài" in line]
    return next(line for line in found if line.startswith("Trong "))


def test_ongoing_projects_are_counted_apart_from_new_ones(tmp_path: Path) -> None:
    projects = [
        project("Nước sạch", "10/03/2022", giai_ngan=[{"ngay": "20/04/2022", "so_tien": "300.000.000"}]),
        project("Y tế", "15/06/2021", ngay_ket_thuc="31/12/2023", giai_ngan=[{"ngay": "01/09/2021", "so_tien": "1"}]),
        # approved earlier, no end date, but money paid in the period: it is running
        project("Giáo dục", "01/10/2021", giai_ngan=[{"ngay": "05/05/2022", "so_tien": "200.000.000"}]),
        project("Đã xong", "01/02/2020", ngay_ket_thuc="31/12/2021"),  # ended before the period: not counted
    ]
    model = Input.model_validate(half_year(projects))
    aid = figures_of(model, None)["vien_tro_pcpnn"]
    assert (aid["so_du_an"], aid["so_chuyen_tiep"]) == (1, 2)
    text = aid_paragraph(body_text(build(tmp_path, half_year(projects))))
    assert text.startswith(
        "Trong 6 tháng đầu năm 2022, đã vận động, tiếp nhận 01 chương trình, dự án viện trợ phi chính phủ nước ngoài "
        "mới của 01 nhà tài trợ, với tổng giá trị cam kết 1 tỷ đồng; cùng với 02 chương trình, dự án được phê duyệt "
        "từ trước tiếp tục triển khai, nâng tổng số chương trình, dự án đang thực hiện lên 03."
    ), text
    (outside,) = [w for w in warnings(model) if "ngoài kỳ báo cáo" in w[1]]
    assert outside[0] == ("du_an_pcpnn", 3, "ngay_phe_duyet")


def test_only_ongoing_projects_say_there_is_no_new_one(tmp_path: Path) -> None:
    projects = [project("Y tế", "15/06/2021", ngay_ket_thuc="31/12/2023")]
    text = aid_paragraph(body_text(build(tmp_path, half_year(projects))))
    assert text.startswith(
        "Trong 6 tháng đầu năm 2022, không có chương trình, dự án viện trợ phi chính phủ nước ngoài mới được phê "
        "duyệt; 01 chương trình, dự án được phê duyệt từ trước tiếp tục triển khai. Trong kỳ chưa giải ngân."
    ), text


def test_dated_disbursement_gives_the_period_and_the_running_total(tmp_path: Path) -> None:
    paid = [
        {"ngay": "20/11/2021", "so_tien": "500.000.000"},  # before the period: running total only
        {"ngay": "15/03/2022", "so_tien": "120.000.000"},
        {"ngay": "20/05/2022", "so_tien": "80.000.000"},
        {"ngay": "15/08/2022", "so_tien": "999.000.000"},  # after the period: neither
    ]
    usd = [{"ngay": "01/02/2022", "so_tien": "12.500,5"}]
    projects = [
        project("Y tế", "15/06/2021", ngay_ket_thuc="31/12/2023", giai_ngan=paid),
        project("Nhãn khoa", "10/01/2022", cam_ket="40.000", tien_te="USD", giai_ngan=usd),
    ]
    doc = build(tmp_path, half_year(projects))
    text = aid_paragraph(body_text(doc))
    assert (
        "Giá trị giải ngân trong kỳ đạt 200 triệu đồng và 12.500,50 USD; lũy kế giải ngân từ khi phê duyệt đến ngày "
        "30/6/2022 đạt 700 triệu đồng và 12.500,50 USD."
    ) in text, text
    rows = {(r.cells[1].text, r.cells[2].text): r.cells[3].text for r in table_with(doc, "Nội dung").rows[1:]}
    assert rows[("Vốn viện trợ PCPNN giải ngân", "triệu đồng")] == "200"
    assert rows[("Vốn viện trợ PCPNN giải ngân lũy kế", "triệu đồng")] == "700"
    assert rows[("Chương trình, dự án viện trợ PCPNN mới", "dự án")] == "1"
    assert rows[("Chương trình, dự án viện trợ PCPNN chuyển tiếp", "dự án")] == "1"


def test_disbursement_compared_with_the_same_window_of_last_years_records(tmp_path: Path) -> None:
    before = half_year([project("Cũ", "01/02/2021", giai_ngan=[{"ngay": "01/03/2021", "so_tien": "100.000.000"}])])
    before |= {"nam": 2021, "doan_vao": [delegation(1) | {"tu_ngay": "02/05/2021"}]}
    before["van_ban"] = before["van_ban"] | {"ngay": "05/07/2021"}
    (tmp_path / "truoc.yaml").write_text(yaml.safe_dump(before, allow_unicode=True), encoding="utf-8")
    now = half_year(
        [project("Mới", "01/02/2022", giai_ngan=[{"ngay": "01/03/2022", "so_tien": "130.000.000"}])],
        nam_truoc={"tep": "truoc.yaml"},
    )
    text = aid_paragraph(body_text(build(tmp_path, now)))
    assert "Giá trị giải ngân trong kỳ đạt 130 triệu đồng, tăng 30% so với cùng kỳ năm 2021" in text, text


def test_an_undated_project_is_never_counted_in_a_window_cut_from_another_period(tmp_path: Path) -> None:
    """Last year's whole-year file lists a project with no approval date: the year's, but not placeable in its first
    six months, so no count and no sum of it reaches this year's comparison (it used to be counted in any window)."""
    before = base(nam=2021, nam_truoc=None, doan_vao=[delegation(1) | {"tu_ngay": "02/05/2021"}])
    before["du_an_pcpnn"] = [project("Không ngày", None, giai_ngan="400.000.000")]
    (tmp_path / "nam-2021.yaml").write_text(yaml.safe_dump(before, allow_unicode=True), encoding="utf-8")
    now = half_year([project("Mới", "01/02/2022", giai_ngan="100.000.000")], nam_truoc={"tep": "nam-2021.yaml"})
    doc = build(tmp_path, now)
    text = aid_paragraph(body_text(doc))
    assert "so với cùng kỳ" not in text, text
    rows = {(r.cells[1].text, r.cells[2].text): r.cells[3].text for r in table_with(doc, "Nội dung").rows[1:]}
    assert rows[("Chương trình, dự án viện trợ PCPNN", "dự án")] == ""  # last year's cell: unknown, not 1
    assert rows[("Vốn viện trợ PCPNN giải ngân", "triệu đồng")] == ""


def test_an_undated_project_in_a_period_report_is_named() -> None:
    model = Input.model_validate(half_year([project("Không ngày", None), project("Có ngày", "01/03/2022")]))
    (named,) = [w for w in warnings(model) if "ngay_phe_duyet" in w[1]]
    assert named[0] == ("du_an_pcpnn", 0, "ngay_phe_duyet")
    assert "(“Không ngày”)" in named[1] and "6 tháng đầu năm 2022" in named[1]


def test_the_running_total_of_an_ongoing_project_given_as_one_sum_is_not_guessed(tmp_path: Path) -> None:
    projects = [
        project("Mới", "01/03/2022", giai_ngan=[{"ngay": "01/04/2022", "so_tien": "50.000.000"}]),
        project("Cũ", "01/03/2021", ngay_ket_thuc="31/12/2023", giai_ngan="70.000.000"),
    ]
    model = Input.model_validate(half_year(projects))
    (said,) = [w for w in warnings(model) if "lũy kế" in w[1]]
    assert said[0] == ("du_an_pcpnn", 1, "giai_ngan") and "“Cũ”" in said[1]
    text = aid_paragraph(body_text(build(tmp_path, half_year(projects))))
    assert "Giá trị giải ngân trong kỳ đạt 120 triệu đồng." in text and "lũy kế" not in text, text


def test_donor_types_with_a_count_and_an_amount_each(tmp_path: Path) -> None:
    projects = [
        project("A", "01/02/2022", loai_nha_tai_tro="to_chuc_pcpnn"),
        project("B", "01/03/2022", loai_nha_tai_tro="to_chuc_pcpnn", cam_ket="500.000.000"),
        project("C", "01/04/2022", loai_nha_tai_tro="to_chuc_quoc_te", cam_ket="150.000", tien_te="USD"),
        project("D", "01/05/2022", loai_nha_tai_tro="ca_nhan", cam_ket="300.000.000"),
    ]
    text = aid_paragraph(body_text(build(tmp_path, half_year(projects))))
    assert (
        "Phân theo nhà tài trợ: tổ chức PCPNN 02 dự án (1,5 tỷ đồng), tổ chức quốc tế 01 dự án (150.000 USD), "
        "cá nhân 01 dự án (300 triệu đồng)."
    ) in text, text
    words = quoted_wording(figures_of(Input.model_validate(half_year(projects)), None))["vien_tro_pcpnn"]
    assert words["theo_loai_nha_tai_tro"].startswith("tổ chức PCPNN 02 dự án (1,5 tỷ đồng)")
    half = Input.model_validate(half_year([projects[0], project("E", "01/03/2022")]))
    (said,) = [w for w in warnings(half) if "loai_nha_tai_tro" in w[1]]
    assert said[0] == ("du_an_pcpnn", 1, "loai_nha_tai_tro") and "“E”" in said[1]
    assert quoted_wording(figures_of(half, None))["vien_tro_pcpnn"]["theo_loai_nha_tai_tro"] == ""


def test_the_estimated_disbursement_for_the_year_is_said_and_quotable(tmp_path: Path) -> None:
    projects = [project("A", "01/02/2022", giai_ngan=[{"ngay": "01/03/2022", "so_tien": "400.000.000"}])]
    data = half_year(projects, uoc_ca_nam={"vien_tro_giai_ngan": {"VND": "2.500.000.000"}})
    text = aid_paragraph(body_text(build(tmp_path, data)))
    assert text.endswith("Ước cả năm giải ngân khoảng 2,5 tỷ đồng."), text
    words = quoted_wording(figures_of(Input.model_validate(data), None))["vien_tro_pcpnn"]
    assert words["uoc_giai_ngan"] == "khoảng 2,5 tỷ đồng"


def test_one_sum_as_before_is_still_valid_and_worded_as_before(tmp_path: Path) -> None:
    projects = [project("A", "01/02/2022", giai_ngan="240.000.000"), project("B", "01/03/2022")]
    text = aid_paragraph(body_text(build(tmp_path, half_year(projects))))
    assert text == (
        "Trong 6 tháng đầu năm 2022, đã vận động, tiếp nhận 02 chương trình, dự án viện trợ phi chính phủ nước ngoài "
        "của 02 nhà tài trợ, với tổng giá trị cam kết 2 tỷ đồng; giá trị giải ngân 240 triệu đồng."
    )
    empty = aid_paragraph(body_text(build(tmp_path, half_year([project("B", "01/03/2022")]), "bao_cao_nam-2.yaml")))
    assert empty.endswith("; chưa giải ngân.") and " 0 " not in empty  # never a bare "0"


def test_the_one_line_form_of_an_excel_cell_and_its_mistakes() -> None:
    data = half_year([project("A", "01/02/2022", giai_ngan="15/03/2022: 120.000.000; 20/05/2022: 80.000.000")])
    paid = Input.model_validate(data).du_an_pcpnn[0].giai_ngan
    assert isinstance(paid, list) and [str(d.so_tien) for d in paid] == ["120000000", "80000000"]
    with pytest.raises(ValidationError, match=r"15/03/2022 120\.000"):
        Input.model_validate(half_year([project("A", "01/02/2022", giai_ngan="15/03/2022 120.000; 1/4/2022: 5")]))
    with pytest.raises(ValidationError, match="trước ngày phê duyệt"):
        Input.model_validate(half_year([project("A", "01/02/2022", giai_ngan=[{"ngay": "01/01/2022", "so_tien": 5}])]))


def _sheet_with(book_path: Path, rows: list[dict[str, Any]], drop: tuple[str, ...] = ()) -> None:
    """Fill the aid sheet by header; ``drop`` deletes columns, as a workbook made by an older init lacks them."""
    book = load_workbook(book_path)
    ws = book["Dự án PCPNN"]
    for header in drop:
        ws.delete_cols(next(i for i, c in enumerate(ws[1], 1) if c.value == header))
    headers = {c.value: i for i, c in enumerate(ws[1], 1)}
    for r, row in enumerate(rows, 2):
        for header, value in row.items():
            ws.cell(row=r, column=headers[header], value=value)
    book.save(book_path)


@pytest.mark.parametrize("older", [False, True])
def test_the_aid_sheet_round_trips_dated_disbursements_and_old_workbooks_still_import(
    tmp_path: Path, older: bool
) -> None:
    target = tmp_path / "bc.yaml"
    init_input("bao_cao_nam", target)
    fill_required("bao_cao_nam", target)
    book = target.with_suffix(".xlsx")
    row: dict[str, Any] = {"Tên dự án": "Nước sạch", "Nhà tài trợ": "Tổ chức Plan", "Vốn cam kết": 12500.5}
    if older:
        row["Vốn giải ngân"] = 1000.25
        _sheet_with(book, [row], drop=("Ngày kết thúc", "Loại nhà tài trợ"))
    else:
        row |= {"Vốn giải ngân": "15/03/2024: 120.000; 20/05/2024: 80.000,5", "Loại nhà tài trợ": "to_chuc_quoc_te"}
        _sheet_with(book, [row])
    result = import_workbook(book, target)
    assert result.problems == [] and result.ok, [p.render() for p in result.check]
    (imported,) = load_file(target).data["du_an_pcpnn"]
    if older:
        assert imported["giai_ngan"] == "1.000,25"
    else:
        assert imported["giai_ngan"] == [
            {"ngay": "15/03/2024", "so_tien": 120000},
            {"ngay": "20/05/2024", "so_tien": "80.000,50"},
        ]
        assert imported["loai_nha_tai_tro"] == "to_chuc_quoc_te"
    again = import_workbook(book, target)  # the YAML written reads back: the same list again
    assert again.ok and load_file(target).data["du_an_pcpnn"] == [imported]


def test_the_web_form_shows_dated_disbursements_in_the_form_it_reads_back() -> None:
    from reportgen.web.forms import show

    written = [{"ngay": "15/03/2023", "so_tien": "120.000"}, {"ngay": "20/05/2023", "so_tien": "80.000"}]
    shown = show(written, "text")
    assert shown == "15/03/2023: 120.000; 20/05/2023: 80.000"
    again = Input.model_validate(half_year([project("A", "01/02/2023", giai_ngan=shown)])).du_an_pcpnn[0].giai_ngan
    assert isinstance(again, list) and [d.ngay.day for d in again] == [15, 20]


def test_the_ten_column_aid_list_leaves_the_project_name_room_to_read(tmp_path: Path) -> None:
    """With "Giải ngân trong kỳ" and "Lũy kế giải ngân" the list has ten columns, three of them sums in đồng: at
    12 pt the project's name was 3.5 cm wide on a landscape page (three or four lines a row). The list is set
    in 11 pt and measured at that size, so the name column gets the room the figures no longer take."""
    from docx.shared import Pt

    more = {"linh_vuc": "Phát triển cộng đồng", "dia_ban": "toàn thành phố", "quoc_gia": "Australia"}
    projects = [
        project(f"Hỗ trợ người cao tuổi và người khuyết tật số {i}", "15/01/2022", cam_ket="4.200.000.000", **more)
        | {"giai_ngan": [{"ngay": "15/03/2022", "so_tien": "1.690.500.000"}]}
        for i in range(3)
    ]
    doc = build(tmp_path, half_year(projects))
    table = table_with(doc, "Lũy kế giải ngân")
    widths = [c.w for c in table._tbl.tblGrid.gridCol_lst]
    # 0.158 at 12 pt; the width balancing (make/table_height.py) then gives "toàn thành phố" the room to stand on
    # two lines, not one word a line, from the name column, whose names take three lines either way
    assert widths[1] >= 0.155 * sum(widths), widths
    sizes = {r.font.size for row in table.rows for c in row.cells for p in c.paragraphs for r in p.runs if r.text}
    assert sizes == {Pt(11)}

"""Foreign partner localities counted by the report's window (issue 22): a relation dated by its day is new only
inside the window, the total is the relations set up by the window's end, a relation dated by a year the report
covers only in part is never counted silently, and last year's total is cut by the same window.

Every figure asserted is counted by hand from the partners listed in each test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from pydantic import ValidationError

import test_periods as tp
from reportgen.author.scaffold import init_input
from reportgen.author.xlsx_import import import_workbook
from reportgen.kinds import BuildEnv, Related
from reportgen.kinds.bao_cao_nam import figures, warnings
from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.load import load_file
from reportgen.make.validate import validate
from scaffolds import fill_required

Q3 = {"ky": "quy", "quy": "III"}
Q3_RUNNING = {"ky": "quy", "quy": "III", "luy_ke_dau_nam": "co"}


def partner(name: str, **dated: Any) -> dict[str, Any]:
    return {"ten": name, "quoc_gia": "Lào", **dated}


OLD = partner("Tỉnh Sekong", nam_thiet_lap=2010)
MARCH = partner("Tỉnh Attapeu", ngay_thiet_lap="15/03/2023")
AUGUST = partner("Tỉnh Salavan", ngay_thiet_lap="20/08/2023", nam_thiet_lap=2023)
NOVEMBER = partner("Tỉnh Champasak", ngay_thiet_lap="10/11/2023")
YEAR_ONLY = partner("Tỉnh Luang Prabang", nam_thiet_lap=2023)


def report(ky: dict[str, Any] | None, months: range, **changes: Any) -> dict[str, Any]:
    """A 2023 report of ``ky`` with an inbound delegation on the 10th and 20th of each of its ``months``."""
    inbound = [tp.inbound(f"{d:02d}/{m:02d}/2023") for m in months for d in (10, 20)]
    return tp.report(ky_bao_cao=ky, doan_vao=inbound, doan_ra=[tp.outbound(f"15/{months[-1]:02d}/2023")], **changes)


JUL_SEP, JAN_SEP, JAN_JUN = range(7, 10), range(1, 10), range(1, 7)


def counted(data: dict[str, Any]) -> dict[str, Any]:
    return dict(figures_of(Input.model_validate(data), None)["dia_phuong_doi_tac"])


def test_a_quarter_counts_as_new_only_the_relations_set_up_inside_it() -> None:
    data = report(Q3, JUL_SEP, dia_phuong_doi_tac=[OLD, MARCH, AUGUST, NOVEMBER])
    fig = counted(data)
    # new in July–September: Salavan; standing on 30/09: Sekong, Attapeu, Salavan (Champasak comes later)
    assert (fig["so_moi"], fig["tong_so"]) == (1, 3)
    [(loc, message)] = warnings(Input.model_validate(data))  # Champasak, after the quarter: left out, named
    assert loc == ("dia_phuong_doi_tac", 3, "ngay_thiet_lap") and "“Tỉnh Champasak” (10/11/2023)" in message


def test_a_year_report_counts_a_relation_dated_by_its_year_alone() -> None:
    fig = counted(tp.report(dia_phuong_doi_tac=[OLD, YEAR_ONLY, NOVEMBER]))
    assert (fig["so_moi"], fig["tong_so"]) == (2, 3)


def test_a_year_only_relation_of_a_part_year_is_left_out_and_named() -> None:
    data = report(
        Q3,
        JUL_SEP,
        dia_phuong_doi_tac=[OLD, YEAR_ONLY, AUGUST],
        nam_truoc={"so_lieu": {"doan_vao": 6, "dia_phuong_doi_tac": 1}},
    )
    fig = counted(data)
    assert (fig["so_moi"], fig["tong_so"], fig["khong_ro"]) == (1, 2, 1)
    model = Input.model_validate(data)
    compared = figures_of(model, {"doan_vao": 6, "dia_phuong_doi_tac": 1})["nam_truoc"]
    assert compared == {"doan_vao": 6}  # a total missing one relation is never compared
    [(loc, message)] = warnings(model)
    assert loc == ("dia_phuong_doi_tac", 1, "nam_thiet_lap")
    assert "01 địa phương đối tác chỉ ghi năm thiết lập 2023 (“Tỉnh Luang Prabang”)" in message
    assert "quý III năm 2023" in message and "ngay_thiet_lap" in message


def test_the_running_window_counts_its_own_new_relations(tmp_path: Path) -> None:
    data = report(Q3_RUNNING, JAN_SEP, dia_phuong_doi_tac=[OLD, MARCH, AUGUST, NOVEMBER])
    figs = figures(Input.model_validate(data), _env(tmp_path))
    quarter, year_so_far = figs["dia_phuong_doi_tac"], figs["luy_ke"]["dia_phuong_doi_tac"]
    assert (quarter["so_moi"], quarter["tong_so"]) == (1, 3)
    assert (year_so_far["so_moi"], year_so_far["tong_so"]) == (2, 3)  # Attapeu (March) and Salavan (August)


def test_the_document_says_how_many_relations_are_new_in_the_quarter(tmp_path: Path) -> None:
    data = report(Q3, JUL_SEP, dia_phuong_doi_tac=[OLD, MARCH, AUGUST, NOVEMBER])
    doc, found = tp.build(tmp_path, data)
    body = " ".join(tp.text(doc).split())
    assert (
        "đã thiết lập quan hệ hợp tác với 01 địa phương mới, nâng tổng số địa phương nước ngoài có quan hệ hợp "
        "tác lên 03 địa phương" in body
    )
    assert len(found) == 1 and "“Tỉnh Champasak”" in found[0]  # set up after the quarter: not counted, named


def test_a_year_only_relation_is_never_said_to_be_new_in_the_quarter(tmp_path: Path) -> None:
    doc, found = tp.build(tmp_path, report(Q3, JUL_SEP, dia_phuong_doi_tac=[OLD, YEAR_ONLY]))
    body = " ".join(tp.text(doc).split())
    assert "địa phương mới" not in body
    assert "có quan hệ hợp tác với 01 địa phương của Lào" in body
    assert any("“Tỉnh Luang Prabang”" in w for w in found)


def _last_year(tmp_path: Path, partners: list[dict[str, Any]]) -> None:
    tp.write(tmp_path, "bao_cao_nam-2022.yaml", tp.report(2022, dia_phuong_doi_tac=partners))


def _compared(tmp_path: Path) -> dict[str, Any]:
    data = report(
        {"ky": "6_thang_dau_nam"},
        JAN_JUN,
        nam_truoc={"tep": "bao_cao_nam-2022.yaml"},
        dia_phuong_doi_tac=[OLD, MARCH],
    )
    source = tp.write(tmp_path, "bao_cao_nam-6-thang-2023.yaml", data)
    return dict(figures(Input.model_validate(data), _env(tmp_path, source))["nam_truoc"])


def test_last_years_total_is_cut_by_the_same_window(tmp_path: Path) -> None:
    # on 30/06/2022: Sekong and Pakse (May); Vientiane (October) came after
    _last_year(
        tmp_path,
        [
            OLD,
            partner("Tỉnh Pakse", ngay_thiet_lap="05/05/2022"),
            partner("Thủ đô Viêng Chăn", ngay_thiet_lap="12/10/2022"),
        ],
    )
    assert _compared(tmp_path)["dia_phuong_doi_tac"] == 2


def test_last_years_year_only_relation_leaves_the_total_uncompared(tmp_path: Path) -> None:
    _last_year(tmp_path, [OLD, partner("Tỉnh Pakse", nam_thiet_lap=2022)])
    compared = _compared(tmp_path)
    assert (
        "dia_phuong_doi_tac" not in compared and compared["doan_vao"] == 12
    )  # the same window cut: January to June 2022


@pytest.mark.parametrize(
    ("dated", "expected"),
    [
        ({"nam_thiet_lap": 2022, "ngay_thiet_lap": "15/03/2023"}, "không thuộc năm"),
        ({}, "ngay_thiet_lap"),
    ],
)
def test_a_relation_needs_a_consistent_date(dated: dict[str, Any], expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Input.model_validate(tp.report(dia_phuong_doi_tac=[partner("Tỉnh Sekong", **dated)]))
    [error] = caught.value.errors()
    assert error["loc"][:2] == ("dia_phuong_doi_tac", 0) and expected in error["msg"]


def _env(tmp_path: Path, source: Path | None = None) -> BuildEnv:
    """Last year's file loaded beside ``source``, as the pipeline loads it."""
    here = source or tmp_path / "bao_cao_nam-ky.yaml"

    def load_related(rel: Path, loc: tuple[str | int, ...]) -> Related:
        path = here.parent / rel
        return Related(path, validate(load_file(path)).model, {})

    return BuildEnv(source=here, load_related=load_related)


# ---------------------------------------------------------------- Excel


def _partner_sheet(book_path: Path) -> Any:
    return load_workbook(book_path)["Địa phương đối tác"]


def test_the_workbook_gives_the_day_last_and_an_older_workbook_imports(tmp_path: Path) -> None:
    target = tmp_path / "bc.yaml"
    init_input("bao_cao_nam", target)
    fill_required("bao_cao_nam", target)
    book_path = target.with_suffix(".xlsx")
    headers = [c.value for c in next(_partner_sheet(book_path).iter_rows(max_row=1))]
    assert headers[-1] == "Ngày thiết lập" and headers[:3] == ["Tên địa phương", "Quốc gia", "Năm thiết lập"]

    book = load_workbook(book_path)
    ws = book["Địa phương đối tác"]
    ws.delete_cols(len(headers))  # a workbook made before the column
    for c, value in enumerate(["Tỉnh Sekong", "Lào", "2010", "Hợp tác hữu nghị"], 1):
        ws.cell(row=2, column=c, value=value)
    book.save(book_path)
    result = import_workbook(book_path, target)
    assert result.problems == []
    [imported] = yaml.safe_load(target.read_text(encoding="utf-8"))["dia_phuong_doi_tac"]
    assert imported["ten"] == "Tỉnh Sekong" and imported["nam_thiet_lap"] == 2010 and "ngay_thiet_lap" not in imported


def test_a_day_typed_in_the_workbook_is_imported(tmp_path: Path) -> None:
    target = tmp_path / "bc.yaml"
    init_input("bao_cao_nam", target)
    fill_required("bao_cao_nam", target)
    book_path = target.with_suffix(".xlsx")
    book = load_workbook(book_path)
    ws = book["Địa phương đối tác"]
    for c, value in enumerate(["Tỉnh Attapeu", "Lào", None, None, "09/11/2022"], 1):
        ws.cell(row=2, column=c, value=value)
    book.save(book_path)
    result = import_workbook(book_path, target)
    assert result.problems == []
    [imported] = load_file(target).data["dia_phuong_doi_tac"]
    assert str(imported["ngay_thiet_lap"]) == "09/11/2022" and "nam_thiet_lap" not in imported

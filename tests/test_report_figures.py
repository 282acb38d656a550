"""Figures real reports quote (issue 13, items 1, 5 and 9): every currency, prior-year columns only when there is
a prior year and filled for every figure last year's file has, free-form custom figures, outbound levels,
appendix totals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.table import Table

from reportgen.cli import main
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.make.pipeline import build_file
from test_periods import build, inbound, outbound, report, write


def aid(name: str, amount: str, currency: str, paid: str = "0") -> dict[str, Any]:
    return {"ten": name, "nha_tai_tro": f"Tổ chức {name}", "cam_ket": amount, "giai_ngan": paid, "tien_te": currency}


def summary_tables(doc: DocxDocument) -> list[Table]:
    return [t for t in doc.tables if t.rows[0].cells[1].text == "Nội dung"]


def rows(table: Table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows[1:]]


PROJECTS = [
    aid("Nước sạch", "4.400.000.000", "VND", "1.200.000.000"),
    aid("Y tế", "575.500,5", "USD", "240.000,25"),
    aid("Giáo dục", "150.000", "EUR"),
    aid("Rà phá bom mìn", "80.000", "GBP"),
]


def test_every_currency_appears_in_both_summary_tables(tmp_path: Path) -> None:
    doc, _ = build(tmp_path, report(du_an_pcpnn=PROJECTS))
    for table in summary_tables(doc):
        money = [(r[1], r[2]) for r in rows(table) if "Vốn" in r[1]]
        assert money == [
            ("Vốn viện trợ PCPNN cam kết", "triệu đồng"),  # summary tables count đồng in triệu
            ("Vốn viện trợ PCPNN cam kết", "USD"),
            ("Vốn viện trợ PCPNN cam kết", "euro"),
            ("Vốn viện trợ PCPNN cam kết", "bảng Anh"),
            ("Vốn viện trợ PCPNN giải ngân", "triệu đồng"),
            ("Vốn viện trợ PCPNN giải ngân", "USD"),
        ]
        amounts = [r[3] for r in rows(table) if "Vốn" in r[1]]
        assert amounts == ["4.400", "575.500,50", "150.000", "80.000", "1.200", "240.000,25"]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "tổng giá trị cam kết 4,4 tỷ đồng, 575.500,50 USD, 150.000 euro và 80.000 bảng Anh" in body


def test_aid_appendix_totals_each_currency(tmp_path: Path) -> None:
    projects = [*PROJECTS, aid("Sinh kế", "24.500", "USD", "10.000")]
    doc, _ = build(tmp_path, report(du_an_pcpnn=projects))
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Tên chương trình, dự án")
    totals = [r for r in rows(table) if r[1].startswith("Tổng cộng")]
    assert [(r[1], r[6], r[7], r[8]) for r in totals] == [
        ("Tổng cộng (đồng)", "4.400.000.000", "1.200.000.000", "đồng"),
        ("Tổng cộng (USD)", "600.000,50", "250.000,25", "USD"),
        ("Tổng cộng (euro)", "150.000", "–", "euro"),  # nothing disbursed: a dash, never a bare "0"
        ("Tổng cộng (bảng Anh)", "80.000", "–", "bảng Anh"),
    ]
    assert rows(table)[0][8] == "đồng"


def test_delegation_appendices_have_total_rows(tmp_path: Path) -> None:
    data = report(doan_vao=[inbound("10/02/2023", 7), inbound("11/03/2023", 9)], doan_ra=[outbound("01/04/2023", 4)])
    doc, _ = build(tmp_path, data)
    inbound_table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Tên đoàn")
    assert rows(inbound_table)[-1][1::4] == ["Tổng cộng", "16"]
    outbound_table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Trưởng đoàn")
    assert rows(outbound_table)[-1][1::4] == ["Tổng cộng", "4"]


@pytest.mark.parametrize("code", ["GBP", "CHF", "CAD", "SGD", "thb", "VNĐ"])
def test_any_iso_4217_currency_is_accepted(code: str) -> None:
    Input.model_validate(report(du_an_pcpnn=[aid("A", "1.000", code)]))


def test_a_made_up_currency_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="không phải mã tiền tệ ISO 4217"):
        Input.model_validate(report(du_an_pcpnn=[aid("A", "1.000", "ABC")]))


def test_no_prior_year_means_no_prior_year_column(tmp_path: Path) -> None:
    doc, _ = build(tmp_path, report())
    for table in summary_tables(doc):
        head = [c.text for c in table.rows[0].cells]
        assert "Năm 2022" not in head and "So sánh" not in head
        assert "Năm 2023" in head


def test_prior_year_consular_and_other_figures_come_from_last_years_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        "bao_cao_nam-2022.yaml",
        report(2022, so_lieu_khac={"ho_chieu_ngoai_giao_cong_vu": 80, "luot_kieu_bao_ve_nuoc": 1500}),
    )
    data = report(
        nam_truoc={"tep": "bao_cao_nam-2022.yaml"},
        so_lieu_khac={"ho_chieu_ngoai_giao_cong_vu": 96, "luot_kieu_bao_ve_nuoc": 1850},
    )
    doc, _ = build(tmp_path, data)
    table = summary_tables(doc)[0]
    by_name = {r[1]: r for r in rows(table)}
    assert by_name["Hộ chiếu ngoại giao, công vụ cấp mới"][3:6] == ["80", "96", "+16 (20%)"]
    assert by_name["Kiều bào về thăm quê, làm việc"][3:6] == ["1.500", "1.850", "+350 (23,3%)"]


FREE_FORM = [
    {
        "ten": "Cuộc tiếp khách nước ngoài của lãnh đạo tỉnh",
        "don_vi": "cuộc",
        "gia_tri": 172,
        "cung_ky": 150,
        "ma": "tiep_khach",
        "muc": "tham_muu_chi_dao",
    },
    {"ten": "Lượt tiếp xã giao", "don_vi": "lượt", "gia_tri": 45},
]


def test_free_form_figures_flow_into_table_and_prose(tmp_path: Path) -> None:
    doc, _ = build(tmp_path, report(so_lieu_khac=FREE_FORM, nam_truoc={"so_lieu": {"doan_vao": 20}}))
    by_name = {r[1]: r for r in rows(summary_tables(doc)[0])}
    assert by_name["Cuộc tiếp khách nước ngoài của lãnh đạo tỉnh"][2:6] == ["cuộc", "150", "172", "+22 (14,7%)"]
    assert by_name["Lượt tiếp xã giao"][2:6] == ["lượt", "", "45", ""]
    body = "\n".join(p.text for p in doc.paragraphs)
    assert (
        "Trong năm 2023, cuộc tiếp khách nước ngoài của lãnh đạo tỉnh là 172 cuộc, tăng 22 cuộc (14,7%) so với năm "
        "2022." in body
    )  # a sentence, not "Tên: 172 cuộc."
    assert "1. Công tác tham mưu, chỉ đạo, điều hành" in body


def test_old_fixed_keys_still_validate_and_unknown_keys_say_how_to_write_them() -> None:
    model = Input.model_validate(report(so_lieu_khac={"vu_bao_ho_cong_dan": 14}))
    assert [(f.ten, f.don_vi, f.ma) for f in model.so_lieu_khac] == [
        ("Vụ việc bảo hộ công dân được giải quyết", "vụ", "vu_bao_ho_cong_dan")
    ]
    with pytest.raises(ValueError, match="ghi “so_lieu_khac” thành danh sách"):
        Input.model_validate(report(so_lieu_khac={"cuoc_tiep_khach": 170}))


def test_speech_quotes_a_free_form_figure_by_its_code(tmp_path: Path) -> None:
    write(tmp_path, "bao_cao_nam-2023.yaml", report(so_lieu_khac=FREE_FORM))
    speech = tmp_path / "bai_phat_bieu-tong-ket.yaml"
    speech.write_text(
        "loai: bai_phat_bieu\nsu_kien: Hội nghị tổng kết\ndia_diem: Quảng Trị\nngay: 10/01/2024\n"
        "bao_cao: bao_cao_nam-2023.yaml\nnguoi_phat_bieu: {ho_ten: Võ Văn Hưng, chuc_vu: Chủ tịch UBND tỉnh}\n"
        "dai_bieu: [{nhom: các đồng chí, thu_tu: 1}]\n"
        "noi_dung:\n  phan:\n    - doan_van: Lãnh đạo tỉnh đã tiếp {{ so_lieu.khac.tiep_khach }} cuộc.\n",
        encoding="utf-8",
    )
    assert main(["build", str(speech), "-o", str(tmp_path / "out")]) == 0
    body = [p.text for p in Document(str(next((tmp_path / "out").glob("bai_phat_bieu*.docx")))).paragraphs]
    assert "Lãnh đạo tỉnh đã tiếp 172 cuộc." in body


def test_outbound_levels_are_counted(tmp_path: Path) -> None:
    records = [outbound(f"0{d}/03/2023", cap="Lãnh đạo tỉnh") for d in range(1, 4)]
    records += [outbound("10/04/2023", cap="Cấp sở, ngành"), outbound("11/04/2023")]
    doc, _ = build(tmp_path, report(doan_ra=records))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "đã tổ chức 05 đoàn" in body
    assert "Trong số đó có 03 đoàn lãnh đạo tỉnh và 01 đoàn cấp sở, ngành." in body


def test_two_custom_figures_with_one_code_are_refused(tmp_path: Path) -> None:
    twice = [dict(FREE_FORM[0]), dict(FREE_FORM[0], ten="Khác")]
    result = build_file(write(tmp_path, "bao_cao_nam-x.yaml", report(so_lieu_khac=twice)), tmp_path / "o", force=True)
    assert not result.ok
    assert "mã số liệu “tiep_khach” ghi hai lần" in result.problems[0].message

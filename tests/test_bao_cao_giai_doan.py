"""A span report ("giai đoạn 2021–2025", issue 22): its words, each year counted or typed, the span's totals,
the year-by-year table, and the mistakes a per-year input can hold, each named with its year.

The inputs are built here; every figure asserted is counted by hand from them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from reportgen.kinds.bao_cao_nam import quoted_wording, warnings
from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.span import with_years
from reportgen.kinds.bao_cao_nam.span_period import span_period
from reportgen.kinds.bao_cao_nam.span_table import year_table
from reportgen.make.pipeline import build_file
from test_bao_cao_nam import base, body_text, build

WJ = "\u2060"


def plain(text: str) -> str:
    """Text as read: no-break spaces and word joiners are layout only."""
    return " ".join(text.replace(WJ, "").split())


def visit(i: int, year: int, people: int = 8, country: str = "Nhật Bản", level: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "ten_doan": f"Đoàn số {i:03d}",
        "quoc_gia": country,
        "tu_ngay": f"{i % 27 + 1:02d}/{i % 12 + 1:02d}/{year}",
        "so_nguoi": people,
    }
    if level:
        record["cap"] = level
    return record


def totals(year: int, **figures: Any) -> dict[str, Any]:
    return {"nam": year, "doan_vao": 0, "luot_nguoi_vao": 0} | figures


def span(**changes: Any) -> dict[str, Any]:
    """2021–2025: 2021–2023 typed (10, 20, 30 delegations), 2024 with 4 records, 2025 with 3 (of Lào)."""
    data = base(
        nam=2025,
        ky_bao_cao={"ky": "giai_doan", "tu_nam": 2021},
        nam_truoc=None,
        doan_vao=[visit(i, 2024, level="Cấp tỉnh") for i in range(4)]
        + [visit(i, 2025, people=5, country="Lào") for i in range(3)],
        so_lieu_theo_nam=[
            totals(2021, doan_vao=10, luot_nguoi_vao=70),
            totals(2022, doan_vao=20, luot_nguoi_vao=150),
            totals(2023, doan_vao=30, luot_nguoi_vao=240),
        ],
    )
    data["van_ban"]["ngay"] = "08/01/2026"
    data.update(changes)
    return data


def figures(data: dict[str, Any]) -> dict[str, Any]:
    model = Input.model_validate(data)
    return with_years(figures_of(model, None), model)


def problems(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        Input.model_validate(data)
    return [(tuple(e["loc"]), e["msg"]) for e in caught.value.errors()]


# ---------------------------------------------------------------- words


def test_the_span_is_worded_as_reports_word_it() -> None:
    period = span_period(2021, 2025, None)
    words = {k: plain(v) for k, v in period.words().items()}
    assert words["ten"] == "giai đoạn 2021–2025"
    assert words["trong"] == "Trong giai đoạn 2021–2025"
    assert words["cung_ky"] == "giai đoạn 2016–2020"
    assert words["ky_sau"] == "giai đoạn 2026–2030"
    assert words["ky_sau_hoa"] == "GIAI ĐOẠN 2026–2030"
    assert (words["cot_truoc"], words["cot_nay"]) == ("Giai đoạn 2016–2020", "Giai đoạn 2021–2025")
    assert (words["tu_nam"], words["den_nam"], words["so_nam"]) == ("2021", "2025", "5")
    assert plain(period.title) == (
        "Tổng kết công tác đối ngoại giai đoạn 2021–2025 và phương hướng, nhiệm vụ giai đoạn 2026–2030"
    )
    assert period.month_labels() == ["2021", "2022", "2023", "2024", "2025"]
    assert "2021\u2013\u20602025" in period.name  # never broken after the dash


def test_a_span_cut_short_says_until_when() -> None:
    period = span_period(2023, 2025, span_period(2023, 2025, None).end.replace(month=11, day=30))
    assert plain(period.during) == "Trong giai đoạn 2023–2025 (tính đến ngày 30/11/2025)"
    assert period.column == "Từ năm 2023 đến 30/11/2025"
    assert plain(span_period(2024, 2025, None).next_name) == "giai đoạn 2026–2027"


def test_the_title_heading_and_next_span_in_the_document(tmp_path: Path) -> None:
    text = plain(body_text(build(tmp_path, span())))
    assert "Tổng kết công tác đối ngoại giai đoạn 2021–2025 và phương hướng, nhiệm vụ giai đoạn 2026–2030" in text
    assert "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI GIAI ĐOẠN 2021–2025" in text
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026–2030" in text
    assert "so với" not in text  # no previous span given: nothing compared, nothing invented


def test_an_own_title_is_kept(tmp_path: Path) -> None:
    own = "Sơ kết 5 năm thực hiện Chỉ thị số 25-CT/TW về đẩy mạnh đối ngoại đa phương"
    assert own in plain(body_text(build(tmp_path, span(trich_yeu=own))))


# ---------------------------------------------------------------- counting


def test_each_year_is_counted_or_taken_from_its_totals() -> None:
    fig = figures(span())
    years = fig["theo_nam"]["so_lieu"]
    assert [years[y]["doan_vao"] for y in range(2021, 2026)] == [10, 20, 30, 4, 3]
    assert [years[y]["luot_nguoi_vao"] for y in range(2021, 2026)] == [70, 150, 240, 32, 15]
    assert fig["theo_nam"]["tong_hop"] == [2021, 2022, 2023]
    assert fig["doan_vao"]["so_doan"] == 67 and fig["doan_vao"]["luot_nguoi"] == 507
    assert fig["phang"]["doan_vao"] == 67
    assert fig["doan_vao"]["theo_thang"] == [10, 20, 30, 4, 3]  # the chart's bars: one per year
    assert fig["thang"] == ["2021", "2022", "2023", "2024", "2025"]


def test_a_span_of_records_only_counts_every_year_from_them() -> None:
    data = span(so_lieu_theo_nam=[], doan_vao=[visit(i, 2021 + i % 3) for i in range(7)])
    data["ky_bao_cao"] = {"ky": "giai_doan", "tu_nam": 2021}
    data["nam"] = 2023
    fig = figures(data)
    assert [fig["theo_nam"]["so_lieu"][y]["doan_vao"] for y in (2021, 2022, 2023)] == [3, 2, 2]
    assert fig["doan_vao"]["so_doan"] == 7


def test_aid_of_typed_years_is_added_per_currency() -> None:
    data = span()
    data["so_lieu_theo_nam"][0] |= {"du_an_pcpnn": 2, "vien_tro_cam_ket_usd": "300.000", "vien_tro_cam_ket_vnd": 0}
    data["so_lieu_theo_nam"][1] |= {
        "du_an_pcpnn": 1,
        "vien_tro_cam_ket_usd": 0,
        "vien_tro_cam_ket_vnd": "2.000.000.000",
    }
    data["so_lieu_theo_nam"][2] |= {"du_an_pcpnn": 0, "vien_tro_cam_ket_usd": 0, "vien_tro_cam_ket_vnd": 0}
    data["du_an_pcpnn"] = [
        {"ten": "Nước sạch", "nha_tai_tro": "Tổ chức A", "cam_ket": "120.500", "ngay_phe_duyet": "10/03/2024"}
    ]
    fig = figures(data)
    aid = fig["vien_tro_pcpnn"]
    assert aid["so_du_an"] == 4
    assert (str(aid["cam_ket"]["USD"]), str(aid["cam_ket"]["VND"])) == ("420500", "2000000000")


def test_partners_new_in_the_span_are_those_established_in_its_years() -> None:
    data = span()
    data["dia_phuong_doi_tac"] = [
        {"ten": "Tỉnh Sekong", "quoc_gia": "Lào", "nam_thiet_lap": 2012},
        {"ten": "Tỉnh Attapeu", "quoc_gia": "Lào", "nam_thiet_lap": 2022},
        {"ten": "Thành phố Busan", "quoc_gia": "Hàn Quốc", "nam_thiet_lap": 2025},
    ]
    partners = figures(data)["dia_phuong_doi_tac"]
    assert (partners["tong_so"], partners["so_moi"]) == (3, 2)


# ---------------------------------------------------------------- sentences, table, speeches


def test_the_sentence_gives_the_total_each_year_and_qualifies_record_only_details(tmp_path: Path) -> None:
    data = span(nam_truoc={"so_lieu": {"doan_vao": 50, "luot_nguoi_vao": 400}})
    text = plain(body_text(build(tmp_path, data)))
    assert (
        "Trong giai đoạn 2021–2025, đã đón tiếp 67 đoàn khách quốc tế với 507 lượt người đến thăm và làm việc, "
        "tăng 17 đoàn (34%) so với giai đoạn 2016–2020. Theo từng năm: năm 2021 có 10 đoàn, năm 2022 có 20 đoàn, "
        "năm 2023 có 30 đoàn, năm 2024 có 04 đoàn và năm 2025 có 03 đoàn. Trong các năm 2024–2025, có 04 đoàn cấp "
        "tỉnh; các đoàn đến từ 02 quốc gia, vùng lãnh thổ và tổ chức quốc tế, nhiều nhất là Nhật Bản (04 đoàn) và "
        "Lào (03 đoàn)."
    ) in text
    assert "DANH SÁCH ĐOÀN KHÁCH QUỐC TẾ ĐẾN THĂM, LÀM VIỆC CÁC NĂM 2024–2025" in text  # the list covers those


def test_a_year_without_any_is_said_so() -> None:
    data = span()
    data["so_lieu_theo_nam"][0] |= {"doan_vao": 0, "luot_nguoi_vao": 0}
    words = quoted_wording(figures(data))
    assert plain(words["giai_doan"]["doan_vao_theo_nam"]).startswith("năm 2021 không có đoàn nào, năm 2022 có 20")
    assert words["doan_vao"]["so_doan"] == "57"
    assert (words["giai_doan"]["tu_nam"], words["giai_doan"]["so_nam"]) == ("2021", "5")
    assert plain(words["ky"]["ten"]) == "giai đoạn 2021–2025"


def test_the_year_by_year_table(tmp_path: Path) -> None:
    data = span()
    data["so_lieu_theo_nam"][0] |= {"du_an_pcpnn": 1, "vien_tro_cam_ket_usd": "1.250.400"}
    data["so_lieu_theo_nam"][1] |= {"du_an_pcpnn": 0, "vien_tro_cam_ket_usd": 0}
    data["so_lieu_theo_nam"][2] |= {"du_an_pcpnn": 0, "vien_tro_cam_ket_usd": 0}
    data["du_an_pcpnn"] = [
        {"ten": "Nước sạch", "nha_tai_tro": "Tổ chức A", "cam_ket": "120.600", "ngay_phe_duyet": "10/03/2025"}
    ]
    doc = build(tmp_path, data)
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Tổng giai đoạn")
    rows = [[plain(c.text) for c in row.cells] for row in table.rows]
    assert rows[0] == ["TT", "Nội dung", "Đơn vị tính", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025",
                       "Tổng giai đoạn"]  # fmt: skip
    assert rows[1] == ["1", "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "đoàn", "10", "20", "30", "4", "3",
                       "67"]  # fmt: skip
    assert rows[2][2:] == ["lượt người", "70", "150", "240", "32", "15", "507"]
    assert rows[3][1:] == ["Chương trình, dự án viện trợ PCPNN", "dự án", "1", "0", "0", "0", "1", "2"]
    assert rows[4][1:] == ["Vốn viện trợ PCPNN cam kết", "nghìn USD", "1.250", "–", "–", "–", "121", "1.371"]
    note = (
        "Ghi chú: Số liệu các năm 2021–2023 lấy theo số tổng hợp hằng năm; các năm còn lại đếm từ danh sách chi tiết."
    )
    assert note in plain(body_text(doc))


def test_the_last_year_of_a_span_cut_short_says_until_when() -> None:
    data = span()
    data["ky_bao_cao"]["den_ngay"] = "30/09/2025"
    table = year_table(figures(data))
    assert table is not None
    assert table["cot"] == ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025 (đến 30/9)"]
    assert table["dong"][0]["nam"][-1] == "3"  # the three visits of 2025 are all before 30/9


def test_a_span_longer_than_five_years_has_its_table_as_appendix_ii(tmp_path: Path) -> None:
    data = span()
    data["ky_bao_cao"]["tu_nam"] = 2018
    data["so_lieu_theo_nam"] = [totals(y, doan_vao=y - 2010, luot_nguoi_vao=10) for y in range(2018, 2024)]
    doc = build(tmp_path, data)
    text = plain(body_text(doc))
    assert "Kết quả từng năm trong giai đoạn 2018–2025 tại Phụ lục II kèm theo Báo cáo này." in text
    assert "Phụ lục II SỐ LIỆU TỪNG NĂM GIAI ĐOẠN 2018–2025" in text
    assert "Phụ lục III DANH SÁCH ĐOÀN KHÁCH QUỐC TẾ ĐẾN THĂM, LÀM VIỆC CÁC NĂM 2024–2025" in text
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Tổng giai đoạn")
    assert [c.text for c in table.rows[0].cells][3:-1] == [f"Năm {y}" for y in range(2018, 2026)]
    assert [c.text for c in table.rows[1].cells][3:] == ["8", "9", "10", "11", "12", "13", "4", "3", "70"]


def test_a_report_of_another_period_has_no_year_table(tmp_path: Path) -> None:
    doc = build(tmp_path, base())
    assert not any(t.rows[0].cells[-1].text == "Tổng giai đoạn" for t in doc.tables)
    assert "Kết quả từng năm" not in body_text(doc)


# ---------------------------------------------------------------- mistakes


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ({"ky": "giai_doan"}, "báo cáo giai đoạn phải ghi “tu_nam”"),
        ({"ky": "nam", "tu_nam": 2021}, "chỉ ghi “tu_nam” khi “ky” là giai_doan"),
        ({"ky": "giai_doan", "tu_nam": 2025}, "“tu_nam” (2025) phải trước “nam” (2025)"),
        ({"ky": "giai_doan", "tu_nam": 2010}, "giai đoạn 2010–\u20602025 dài 16 năm"),
        ({"ky": "giai_doan", "tu_nam": 2021, "chot_so_lieu": "tu_15_den_14"}, "không dùng “chot_so_lieu”"),
    ],
)
def test_a_span_that_is_no_span_is_refused(period: dict[str, Any], message: str) -> None:
    found = problems(span(ky_bao_cao=period))
    assert any(message in text for _, text in found), found


def test_per_year_totals_belong_to_a_span() -> None:
    data = base(so_lieu_theo_nam=[totals(2021, doan_vao=3)])
    assert problems(data) == [
        (
            ("so_lieu_theo_nam",),
            "chỉ ghi “so_lieu_theo_nam” trong báo cáo giai đoạn (ky_bao_cao: ky: giai_doan, tu_nam: …)",
        )
    ]


def test_every_mistake_of_the_years_is_reported_at_once_at_its_year() -> None:
    data = span()
    data["so_lieu_theo_nam"] += [totals(2019, doan_vao=1), totals(2022, doan_vao=1), totals(2024, doan_vao=5)]
    data["so_lieu_theo_nam"][0] = {"nam": 2021, "doan_vao": 10}  # lượt người missing
    found = dict(problems(data))
    assert found[("so_lieu_theo_nam", 3, "nam")] == "năm 2019 không thuộc giai đoạn 2021–\u20602025"
    assert found[("so_lieu_theo_nam", 4, "nam")] == "năm 2022 đã ghi ở một mục trước"
    assert found[("so_lieu_theo_nam", 5, "nam")] == (
        "năm 2024 đã có số liệu tổng ở đây nên không ghi thêm các mục có ngày trong năm 2024 (đang có 04 đoàn vào); "
        "hãy bỏ các mục đó hoặc bỏ số liệu tổng của năm 2024"
    )
    assert found[("so_lieu_theo_nam", 0, "luot_nguoi_vao")] == (
        "năm 2021 chưa ghi “luot_nguoi_vao” nên không tính được tổng cả giai đoạn; ghi 0 nếu năm đó không có"
    )


def test_an_aid_project_of_a_span_needs_its_approval_date_and_a_known_currency() -> None:
    data = span()
    data["du_an_pcpnn"] = [
        {"ten": "Y tế", "nha_tai_tro": "Tổ chức B", "cam_ket": "2.000"},
        {
            "ten": "Nhà ở",
            "nha_tai_tro": "Tổ chức C",
            "cam_ket": "5.000",
            "tien_te": "EUR",
            "ngay_phe_duyet": "01/06/2025",
        },
    ]
    found = dict(problems(data))
    assert "dự án “Y tế” không ghi “ngay_phe_duyet”" in found[("du_an_pcpnn", 0, "ngay_phe_duyet")]
    assert "dự án “Nhà ở” tính bằng EUR" in found[("du_an_pcpnn", 1, "tien_te")]
    assert ("so_lieu_theo_nam", 0, "du_an_pcpnn") in found  # the typed years must give the project count too


def test_a_span_has_no_estimate_for_the_year() -> None:
    found = problems(span(uoc_ca_nam={"doan_vao": 80}))
    assert [m for _, m in found] == ["báo cáo giai đoạn không dùng “uoc_ca_nam” (ước cả năm)"]


def test_a_year_with_neither_records_nor_totals_is_warned_about() -> None:
    data = span()
    del data["so_lieu_theo_nam"][1]  # 2022 forgotten
    (warning,) = warnings(Input.model_validate(data))
    assert warning[0] == ("so_lieu_theo_nam",)
    assert plain(warning[1]).startswith("năm 2022 của giai đoạn 2021–2025 không có mục nào trong các danh sách")
    assert warnings(Input.model_validate(span())) == []


def test_the_previous_span_is_compared_only_from_its_typed_totals() -> None:
    found = dict(problems(span(nam_truoc={"tep": "bao_cao_nam-2020.yaml"})))
    assert "so sánh với giai đoạn 2016–\u20602020 bằng “nam_truoc.so_lieu”" in found[("nam_truoc", "tep")]


def test_a_build_names_the_file_line_and_year_and_writes_nothing(tmp_path: Path) -> None:
    data = span()
    data["so_lieu_theo_nam"].append(totals(2025, doan_vao=1))
    source = tmp_path / "bao_cao_nam-giai-doan.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build_file(source, tmp_path / "out", force=True)
    assert not result.ok and not list((tmp_path / "out").glob("*.docx"))
    (problem,) = [p for p in result.problems if "năm 2025" in p.message]
    assert problem.line > 0 and "so_lieu_theo_nam" in problem.field


def test_the_year_tables_lead_in_and_note_stand_apart_from_the_table(tmp_path: Path) -> None:
    """The lead-in "Kết quả từng năm …:" and the "Ghi chú" paragraph sat right against the year table."""
    from docx.shared import Pt

    doc = build(tmp_path, span())
    lead = [p for p in doc.paragraphs if p.text.startswith("Kết quả từng năm")]
    note = [p for p in doc.paragraphs if p.text.startswith("Ghi chú:")]
    assert len(lead) == 1 and len(note) == 1
    assert (lead[0].paragraph_format.space_after or 0) >= Pt(6) and lead[0].paragraph_format.keep_with_next
    assert (lead[0].paragraph_format.space_before or 0) >= Pt(6)
    assert (note[0].paragraph_format.space_before or 0) >= Pt(6)

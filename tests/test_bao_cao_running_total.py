"""A month or a quarter with its running total ("tháng 7 và 7 tháng đầu năm 2023", "quý III và 9 tháng đầu năm"):
the pair's words, both windows' figures each compared with the same window last year in the sentences, the summary
tables and the speeches quoting the report, and the inputs refused.

Every figure is counted from the records of the test's own inputs (helpers of ``test_periods``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocxDocument

import test_periods as tp
from reportgen.kinds.bao_cao_nam.period import KyBaoCao, period_of
from reportgen.kinds.bao_cao_nam.quotable import QUOTABLE, RUNNING_ONLY
from reportgen.kinds.bao_cao_nam.running_total import pair_title, pair_words, running_period
from reportgen.make.pipeline import build_file
from speech_inputs import GUESTS

JULY = {"ky": "thang", "thang": 7, "luy_ke_dau_nam": "co"}
Q3 = {"ky": "quy", "quy": "III", "luy_ke_dau_nam": "co"}


def words_of(ky: dict[str, Any], year: int = 2023) -> tuple[str, dict[str, str]]:
    k = KyBaoCao.model_validate(ky)
    period = period_of(k, year)
    running = running_period(k, period)
    assert running is not None
    return pair_title(period, running), pair_words(period, running)


def test_the_pair_is_named_as_reports_name_it() -> None:
    title, words = words_of(JULY)
    assert title == ("Công tác đối ngoại tháng 7 và 7 tháng đầu năm 2023; phương hướng, nhiệm vụ 5 tháng cuối năm 2023")
    assert words["ten"] == "tháng 7 và 7 tháng đầu năm 2023"
    assert words["ten_hoa"] == "THÁNG 7 VÀ 7 THÁNG ĐẦU NĂM 2023"
    assert (words["trong"], words["luy_ke_trong"]) == ("Trong tháng 7 năm 2023", "Lũy kế 7 tháng đầu năm 2023")
    assert (words["cot_truoc"], words["cot_nay"]) == ("Tháng 7/2022", "Tháng 7/2023")
    assert (words["lk_truoc"], words["lk_nay"]) == ("7 tháng năm 2022", "7 tháng năm 2023")
    assert (words["cung_ky"], words["luy_ke_cung_ky"]) == ("cùng kỳ năm 2022", "cùng kỳ năm 2022")
    assert words["luy_ke_tu_ngay"] == "01/01/2023"

    title, words = words_of(Q3, 2021)
    assert title == "Công tác đối ngoại quý III và 9 tháng đầu năm 2021; phương hướng, nhiệm vụ quý IV năm 2021"
    assert (words["cot_nay"], words["lk_nay"], words["lk_truoc"]) == (
        "Quý III/2021",
        "9 tháng năm 2021",
        "9 tháng năm 2020",
    )

    # twelve months are the year: "quý IV và cả năm", compared with last year as a whole
    title, words = words_of({"ky": "quy", "quy": "IV", "luy_ke_dau_nam": "co"})
    assert title == "Công tác đối ngoại quý IV và cả năm 2023; phương hướng, nhiệm vụ năm 2024"
    assert (words["luy_ke_trong"], words["luy_ke_cung_ky"], words["lk_nay"]) == (
        "Tính chung cả năm 2023",
        "năm 2022",
        "Năm 2023",
    )
    assert words_of({"ky": "thang", "thang": 11, "luy_ke_dau_nam": "co"})[1]["ky_sau"] == "tháng 12 năm 2023"
    assert words_of({"ky": "quy", "quy": "II", "luy_ke_dau_nam": "co"})[1]["ky_sau"] == "6 tháng cuối năm 2023"


def test_the_running_window_follows_the_cut_off_rule() -> None:
    k = KyBaoCao.model_validate(JULY | {"chot_so_lieu": "tu_15_den_14"})
    period = period_of(k, 2023)
    running = running_period(k, period)
    assert running is not None
    assert (running.start, running.end) == (date(2022, 12, 15), date(2023, 7, 14))
    assert (period.start, period.end) == (date(2023, 6, 15), date(2023, 7, 14))


def this_year() -> dict[str, Any]:
    """Two inbound delegations a month from January to July 2023 (two in July), outbound in February and July."""
    inbound = [tp.inbound(f"{d:02d}/{m:02d}/2023") for m in range(1, 8) for d in (10, 20)]
    outbound = [tp.outbound("15/02/2023"), tp.outbound("15/07/2023", people=6)]
    return tp.report(ky_bao_cao=JULY, doan_vao=inbound, doan_ra=outbound)


def last_year() -> dict[str, Any]:
    """2022 as a whole year: three delegations in July, ten from January to July, more after."""
    days = ["10/01", "20/01", "10/02", "20/03", "10/04", "10/05", "10/06", "05/07", "10/07", "20/07", "10/09"]
    return tp.report(2022, doan_vao=[tp.inbound(f"{d}/2022") for d in days], doan_ra=[tp.outbound("15/03/2022")])


def table_rows(doc: DocxDocument, first_header: str) -> list[list[str]]:
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][3:4] == [first_header])
    return [[" ".join(c.text.split()) for c in row.cells] for row in table.rows]


def test_both_windows_compared_with_last_years_file(tmp_path: Path) -> None:
    tp.write(tmp_path, "bao_cao_nam-2022.yaml", last_year())
    doc, warnings = tp.build(tmp_path, this_year() | {"nam_truoc": {"tep": "bao_cao_nam-2022.yaml"}})
    body = tp.text(doc)
    assert warnings == []  # January to June are inside the running window, not "outside the period"
    assert "Công tác đối ngoại tháng 7 và 7 tháng đầu năm 2023; phương hướng, nhiệm vụ 5 tháng cuối năm 2023" in body
    assert "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI THÁNG 7 VÀ 7 THÁNG ĐẦU NĂM 2023" in body
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 5 THÁNG CUỐI NĂM 2023" in body
    # the month: 2 against 3 in July 2022; the year so far: 14 against 10 from January to July 2022
    assert (
        "Trong tháng 7 năm 2023, đã đón tiếp 02 đoàn khách quốc tế của Nhật Bản với 20 lượt người đến thăm và làm "
        "việc, giảm 01 đoàn (33,3%) so với cùng kỳ năm 2022." in body
    )
    assert (
        "Lũy kế 7 tháng đầu năm 2023, đã đón tiếp 14 đoàn của Nhật Bản với 140 lượt người, tăng 04 đoàn (40%) so "
        "với cùng kỳ năm 2022." in body
    )
    assert "Lũy kế 7 tháng đầu năm 2023, đã tổ chức 02 đoàn với 11 lượt người đi công tác tại Lào, tăng 01 đoàn" in body
    # the body's table: the month, and the year so far against last year's; the appendix: both, compared
    assert table_rows(doc, "Tháng 7/2023")[:2] == [
        ["TT", "Nội dung", "Đơn vị tính", "Tháng 7/2023", "7 tháng năm 2022", "7 tháng năm 2023"],
        ["1", "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "đoàn", "2", "10", "14"],
    ]
    appendix = table_rows(doc, "Tháng 7/2022")
    assert appendix[0][3:] == [
        "Tháng 7/2022",
        "Tháng 7/2023",
        "So sánh",
        "7 tháng năm 2022",
        "7 tháng năm 2023",
        "So sánh",
    ]
    assert appendix[1][3:] == ["3", "2", "\u20111 (\u201133,3%)", "10", "14", "+4 (40%)"]
    # the lists cover the year so far
    listed = next(t for t in doc.tables if t.rows[0].cells[1].text == "Tên đoàn")
    assert len(listed.rows) == 1 + 14 + 1  # header, records, total


def test_typed_totals_of_last_year_give_the_running_comparison(tmp_path: Path) -> None:
    inbound = [tp.inbound(f"10/{m:02d}/2023") for m in range(1, 10)] + [tp.inbound("20/08/2023")]
    typed = {"doan_vao": 2, "luot_nguoi_vao": 30, "luy_ke": {"doan_vao": 5}}
    data = tp.report(ky_bao_cao=Q3, doan_vao=inbound, doan_ra=[], nam_truoc={"so_lieu": typed})
    doc, warnings = tp.build(tmp_path, data)
    body = tp.text(doc)
    assert warnings == []
    assert "Trong quý III năm 2023, đã đón tiếp 04 đoàn khách quốc tế của Nhật Bản với 40 lượt người" in body
    assert "tăng 02 đoàn, gấp 2 lần cùng kỳ năm 2022." in body
    assert "Lũy kế 9 tháng đầu năm 2023, đã đón tiếp 10 đoàn của Nhật Bản với 100 lượt người, tăng 05 đoàn," in body
    rows = table_rows(doc, "Quý III/2022")
    assert rows[1][3:] == ["2", "4", "+2 (100%)", "5", "10", "+5 (100%)"]
    # people were typed for the quarter only: the running comparison is not printed, never guessed
    assert rows[2][3:] == ["30", "40", "+10 (33,3%)", "", "100", ""]


def test_no_typed_running_totals_print_no_running_comparison(tmp_path: Path) -> None:
    data = tp.report(ky_bao_cao=Q3, doan_vao=[tp.inbound("10/08/2023")], doan_ra=[])
    data["nam_truoc"] = {"so_lieu": {"doan_vao": 1}}
    body = tp.text(tp.build(tmp_path, data)[0])
    assert "Lũy kế 9 tháng đầu năm 2023, đã đón tiếp 01 đoàn của Nhật Bản với 10 lượt người." in body


def test_a_month_without_records_of_an_item_leaves_the_year_so_far_alone(tmp_path: Path) -> None:
    agreements = [
        {"ten": f"Thỏa thuận {m}", "doi_tac": "Tỉnh Sekong", "quoc_gia": "Lào", "ngay_ky": f"12/{m:02d}/2023"}
        for m in (3, 5)
    ]
    body = tp.text(tp.build(tmp_path, this_year() | {"thoa_thuan": agreements})[0])
    assert "đã ký kết 0 văn bản" not in body
    assert ". Ký kết và thực hiện thỏa thuận quốc tế\nLũy kế 7 tháng đầu năm 2023, đã ký kết 02 văn bản." in body


def test_last_years_undated_aid_is_not_cut_into_a_part_of_its_year(tmp_path: Path) -> None:
    last = last_year()
    last["du_an_pcpnn"] = [{"ten": "Nước sạch", "nha_tai_tro": "Tổ chức A", "cam_ket": "1.000", "tien_te": "USD"}]
    tp.write(tmp_path, "bao_cao_nam-2022.yaml", last)
    data = this_year() | {"nam_truoc": {"tep": "bao_cao_nam-2022.yaml"}}
    data["du_an_pcpnn"] = [
        {
            "ten": "Y tế",
            "nha_tai_tro": "Tổ chức B",
            "cam_ket": "2.000",
            "tien_te": "USD",
            "ngay_phe_duyet": "03/07/2023",
        }
    ]
    body = tp.text(tp.build(tmp_path, data)[0])
    assert (
        "đã vận động, tiếp nhận 01 chương trình, dự án viện trợ phi chính phủ nước ngoài của 01 nhà tài trợ, với"
        in body
    )
    assert "Lũy kế 7 tháng đầu năm 2023, đã vận động, tiếp nhận 01 dự án, tổng giá trị cam kết 2.000 USD." in body


def problems_of(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    result = build_file(tp.write(tmp_path, "bao_cao_nam-sai.yaml", data), tmp_path / "out", force=True)
    assert not result.ok and not result.written
    return [p.render() for p in result.problems]


@pytest.mark.parametrize(
    ("ky", "message"),
    [
        ({"ky": "nam"}, "“luy_ke_dau_nam” chỉ dùng với “ky” là thang hoặc quy (kỳ này đã tính từ đầu năm)"),
        ({"ky": "9_thang"}, "“luy_ke_dau_nam” chỉ dùng với “ky” là thang hoặc quy"),
        ({"ky": "n_thang_dau_nam", "so_thang": 10}, "“luy_ke_dau_nam” chỉ dùng với “ky” là thang hoặc quy"),
        ({"ky": "thang", "thang": 1}, "tháng 01 đã là lũy kế từ đầu năm; bỏ “luy_ke_dau_nam”"),
        ({"ky": "quy", "quy": "I"}, "quý I đã là lũy kế từ đầu năm; bỏ “luy_ke_dau_nam”"),
    ],
)
def test_a_running_total_that_repeats_the_period_is_refused(tmp_path: Path, ky: dict[str, Any], message: str) -> None:
    [problem] = problems_of(tmp_path, tp.report(ky_bao_cao=ky | {"luy_ke_dau_nam": "co"}))
    assert "bao_cao_nam-sai.yaml" in problem and "ky_bao_cao" in problem
    assert message in problem


def test_last_years_running_totals_without_a_running_report_are_refused(tmp_path: Path) -> None:
    data = tp.report(ky_bao_cao={"ky": "thang", "thang": 7}, nam_truoc={"so_lieu": {"luy_ke": {"doan_vao": 3}}})
    [problem] = problems_of(tmp_path, data)
    assert "nam_truoc.so_lieu.luy_ke:" in problem
    assert "“nam_truoc.so_lieu.luy_ke” chỉ dùng khi “ky_bao_cao” có “luy_ke_dau_nam: co”" in problem


def test_a_speech_quotes_every_running_figure_word_for_word(tmp_path: Path) -> None:
    tp.write(tmp_path, "bao_cao_nam-2022.yaml", last_year())
    report = this_year() | {"nam_truoc": {"tep": "bao_cao_nam-2022.yaml"}}
    report["du_an_pcpnn"] = [
        {
            "ten": "Y tế",
            "nha_tai_tro": "Tổ chức B",
            "cam_ket": "2.000",
            "giai_ngan": "500",
            "ngay_phe_duyet": "03/07/2023",
        }
    ]
    tp.write(tmp_path, "bao_cao.yaml", report)
    names = sorted(RUNNING_ONLY)
    speech = (
        "loai: bai_phat_bieu\nnguoi_phat_bieu:\n  ho_ten: Lê Văn An\n  chuc_vu: Giám đốc Sở Ngoại vụ\n"
        "su_kien: Hội nghị sơ kết công tác đối ngoại\ndia_diem: Quảng Trị\nngay: 10/08/2023\nbao_cao: bao_cao.yaml\n"
        + GUESTS
        + "noi_dung:\n  phan:\n    - doan_van: >-\n        Số liệu: "
        + "/".join("{{ so_lieu." + group + "." + name + " }}" for group, name in names)
        + "/.\n  loi_chuc: Chúc Hội nghị thành công!\n"
    )
    (tmp_path / "phat_bieu.yaml").write_text(speech, encoding="utf-8")
    result = build_file(tmp_path / "phat_bieu.yaml", tmp_path / "out", force=True)
    assert result.ok, [p.render() for p in result.problems]  # an unknown or empty name would be refused
    line = next(p.text for p in Document(str(result.written[0])).paragraphs if p.text.startswith("Số liệu: "))
    printed = dict(zip(names, [v.strip() for v in line.removeprefix("Số liệu: ").split("/")[:-1]], strict=True))
    assert printed == {
        ("doan_ra", "luy_ke_cua_nuoc"): "của Lào",
        ("doan_ra", "luy_ke_luot_nguoi"): "11",
        ("doan_ra", "luy_ke_quoc_gia"): "Lào",
        ("doan_ra", "luy_ke_so_doan"): "02",
        ("doan_ra", "luy_ke_so_sanh"): "tăng 01 đoàn, gấp 2 lần cùng kỳ năm 2022",
        ("doan_vao", "luy_ke_cua_nuoc"): "của Nhật Bản",
        ("doan_vao", "luy_ke_luot_nguoi"): "140",
        ("doan_vao", "luy_ke_quoc_gia"): "Nhật Bản",
        ("doan_vao", "luy_ke_so_doan"): "14",
        ("doan_vao", "luy_ke_so_sanh"): "tăng 04 đoàn (40%) so với cùng kỳ năm 2022",
        ("dia_phuong_doi_tac", "luy_ke_so_moi"): "0",
        ("hoi_nghi", "luy_ke_so_sanh"): "bằng cùng kỳ năm 2022",
        ("hoi_nghi", "luy_ke_so_su_kien"): "0",
        ("ky", "luy_ke_cung_ky"): "cùng kỳ năm 2022",
        ("ky", "luy_ke_ten"): "7 tháng đầu năm 2023",
        ("ky", "luy_ke_trong"): "Lũy kế 7 tháng đầu năm 2023",
        ("thoa_thuan", "luy_ke_so_sanh"): "bằng cùng kỳ năm 2022",
        ("thoa_thuan", "luy_ke_so_van_ban"): "0",
        ("vien_tro_pcpnn", "luy_ke_cam_ket"): "2.000 USD",
        ("vien_tro_pcpnn", "luy_ke_giai_ngan"): "500 USD",
        ("vien_tro_pcpnn", "luy_ke_so_du_an"): "01",
        ("vien_tro_pcpnn", "luy_ke_so_sanh"): "tăng 01 dự án so với cùng kỳ năm 2022",
    }
    running = [q for q in QUOTABLE if (q.group, q.name) in RUNNING_ONLY]
    assert len(running) == len(printed) and all(
        q.meaning.endswith("(chỉ khi báo cáo có luy_ke_dau_nam)") for q in running
    )


def test_an_undated_aid_project_is_said_to_count_in_both_windows(tmp_path: Path) -> None:
    data = this_year() | {"du_an_pcpnn": [{"ten": "Y tế", "nha_tai_tro": "Tổ chức B", "cam_ket": "2.000"}]}
    _, warnings = tp.build(tmp_path, data)
    assert len(warnings) == 1
    assert "(“Y tế”) nên được tính vào tháng 7 và 7 tháng đầu năm 2023 dù phê duyệt lúc nào" in warnings[0]


def test_reportgen_fields_lists_every_quotable_figure_with_its_words() -> None:
    from reportgen.author.variables import describe

    listed = describe("bao_cao_nam")
    for q in QUOTABLE:
        assert f"so_lieu.{q.group}.{q.name} " in listed
        assert f"{q.meaning}: “{q.example}”" in listed


def passports(**more: Any) -> dict[str, Any]:
    return {
        "ten": "Hộ chiếu công vụ cấp mới",
        "don_vi": "cuốn",
        "gia_tri": 11,
        "ma": "ho_chieu",
        "muc": "lanh_su",
    } | more


def test_a_free_form_figure_gives_its_running_value_and_last_years(tmp_path: Path) -> None:
    tp.write(tmp_path, "bao_cao_nam-2022.yaml", last_year())
    figures = [
        passports(gia_tri_luy_ke=69, cung_ky=8, cung_ky_luy_ke=57),
        {"ten": "Vụ bảo hộ công dân", "don_vi": "vụ", "gia_tri": 2, "muc": "lanh_su"},
        {"ten": "Thỏa thuận còn hiệu lực", "don_vi": "văn bản", "gia_tri": 103, "luy_ke": "co"},
    ]
    data = this_year() | {"nam_truoc": {"tep": "bao_cao_nam-2022.yaml"}, "so_lieu_khac": figures}
    doc, _ = tp.build(tmp_path, data)
    body = tp.text(doc)
    assert (
        "Trong tháng 7 năm 2023, hộ chiếu công vụ cấp mới là 11 cuốn, tăng 03 cuốn (37,5%) so với cùng kỳ năm 2022; "
        "lũy kế 7 tháng đầu năm 2023 là 69 cuốn, tăng 12 cuốn (21,1%) so với cùng kỳ năm 2022." in body
    )
    assert "Trong tháng 7 năm 2023, vụ bảo hộ công dân là 02 vụ." in body  # no running value: never the month's
    rows = {r[1]: r[3:] for r in table_rows(doc, "Tháng 7/2022")}
    assert rows["Hộ chiếu công vụ cấp mới"] == ["8", "11", "+3 (37,5%)", "57", "69", "+12 (21,1%)"]
    assert rows["Vụ bảo hộ công dân"] == ["", "2", "", "", "", ""]
    assert rows["Thỏa thuận còn hiệu lực (lũy kế)"] == ["", "103", "", "", "103", ""]


def test_a_speech_quotes_a_free_form_running_value(tmp_path: Path) -> None:
    tp.write(tmp_path, "bao_cao.yaml", this_year() | {"so_lieu_khac": [passports(gia_tri_luy_ke=69)]})
    speech = (
        "loai: bai_phat_bieu\nnguoi_phat_bieu:\n  ho_ten: Lê Văn An\n  chuc_vu: Giám đốc Sở Ngoại vụ\n"
        "su_kien: Hội nghị sơ kết công tác đối ngoại\ndia_diem: Quảng Trị\nngay: 10/08/2023\nbao_cao: bao_cao.yaml\n"
        + GUESTS
        + "noi_dung:\n  phan:\n    - doan_van: >-\n        Đã cấp {{ so_lieu.khac.ho_chieu }} cuốn trong tháng và"
        " {{ so_lieu.khac.ho_chieu_luy_ke }} cuốn từ đầu năm.\n  loi_chuc: Chúc Hội nghị thành công!\n"
    )
    (tmp_path / "phat_bieu.yaml").write_text(speech, encoding="utf-8")
    result = build_file(tmp_path / "phat_bieu.yaml", tmp_path / "out", force=True)
    assert result.ok, [p.render() for p in result.problems]
    assert "Đã cấp 11 cuốn trong tháng và 69 cuốn từ đầu năm." in [
        p.text for p in Document(str(result.written[0])).paragraphs
    ]


@pytest.mark.parametrize(
    ("ky", "figure", "message"),
    [
        (
            {"ky": "thang", "thang": 7},
            passports(gia_tri_luy_ke=69),
            "“Hộ chiếu công vụ cấp mới”: “gia_tri_luy_ke”, “cung_ky_luy_ke” chỉ dùng khi “ky_bao_cao” có "
            "“luy_ke_dau_nam: co”",
        ),
        (
            JULY,
            passports(gia_tri_luy_ke=69, luy_ke="co"),
            "“Hộ chiếu công vụ cấp mới” là số lũy kế đến nay (luy_ke: co) nên không ghi “gia_tri_luy_ke”",
        ),
        (
            JULY,
            passports(gia_tri_luy_ke=9),
            "“Hộ chiếu công vụ cấp mới”: số lũy kế từ đầu năm (gia_tri_luy_ke) nhỏ hơn số của kỳ (gia_tri)",
        ),
    ],
)
def test_a_free_form_running_value_out_of_place_is_refused(
    tmp_path: Path, ky: dict[str, Any], figure: dict[str, Any], message: str
) -> None:
    [problem] = problems_of(tmp_path, tp.report(ky_bao_cao=ky, so_lieu_khac=[figure]))
    assert "so_lieu_khac[0]." in problem and message in problem


def test_the_two_window_appendix_table_is_set_dense(tmp_path: Path) -> None:
    """Nine columns at 12 pt ran the last two of fifteen rows of Phụ lục I onto a second landscape page; set in
    11 pt, and measured at that size, the label column holds its text in fewer lines."""
    from docx.shared import Pt

    tp.write(tmp_path, "bao_cao_nam-2022.yaml", last_year())
    doc, _ = tp.build(tmp_path, this_year() | {"nam_truoc": {"tep": "bao_cao_nam-2022.yaml"}})
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][3:4] == ["Tháng 7/2022"])
    sizes = {r.font.size for row in table.rows for c in row.cells for p in c.paragraphs for r in p.runs if r.text}
    assert sizes == {Pt(11)}
    body = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][3:4] == ["Tháng 7/2023"])
    assert {r.font.size for c in body.rows[1].cells for p in c.paragraphs for r in p.runs if r.text} == {None}

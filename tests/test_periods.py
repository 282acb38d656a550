"""Reports over a period: each preset, a free range, the cut-off rule, "cùng kỳ" from last year's records,
"ước thực hiện cả năm", and a speech quoting a 6-month report.

Every input is built here; every figure asserted is counted from its records.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from docx.document import Document as DocxDocument

from reportgen.cli import main
from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.load import load_file
from reportgen.make.pipeline import build_file


def inbound(day: str, people: int = 10, country: str = "Nhật Bản") -> dict[str, Any]:
    return {"ten_doan": f"Đoàn {country} ngày {day}", "quoc_gia": country, "tu_ngay": day, "so_nguoi": people}


def outbound(day: str, people: int = 5, cap: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"truong_doan": f"Ông Lê Văn Nam ({day})", "quoc_gia": ["Lào"], "tu_ngay": day}
    record["so_nguoi"] = people
    if cap:
        record["cap"] = cap
    return record


# One inbound delegation on the 10th of every month and one on the 20th, so every window is countable.
def year_of_delegations(year: int) -> list[dict[str, Any]]:
    return [inbound(f"{d:02d}/{m:02d}/{year}") for m in range(1, 13) for d in (10, 20)]


def report(year: int = 2023, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "loai": "bao_cao_nam",
        "nam": year,
        "co_quan": {
            "chu_quan": "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
            "ban_hanh": "SỞ NGOẠI VỤ",
            "ten": "Sở Ngoại vụ tỉnh Quảng Trị",
            "viet_tat": "SNgV",
            "dia_danh": "Quảng Trị",
        },
        "van_ban": {"so": 12, "ngay": "05/07/2023", "noi_nhan": ["Như trên", "UBND tỉnh"], "luu": "VT, HTQT"},
        "kinh_gui": ["Bộ Ngoại giao"],
        "nguoi_ky": {"tham_quyen": "KT. Giám đốc", "chuc_vu": "Phó Giám đốc", "ho_ten": "Hoàng Thị Lan"},
        "noi_dung": {
            "mo_dau": "Thực hiện Công văn số 215/BNG-ĐP của Bộ Ngoại giao, Sở Ngoại vụ báo cáo như sau:",
            "tinh_hinh_chung": "Tình hình khu vực cơ bản ổn định.",
            "uu_diem": "Công tác đối ngoại được triển khai đúng kế hoạch.",
            "han_che": "Một số thỏa thuận chưa được triển khai.",
            "nhiem_vu": ["Tiếp tục triển khai kế hoạch đối ngoại", "Đẩy mạnh ngoại giao kinh tế"],
        },
        "doan_vao": year_of_delegations(year),
        "doan_ra": [outbound(f"15/{m:02d}/{year}") for m in (2, 5, 8, 11)],
        "bieu_do": False,
    }
    data.update(changes)
    return data


def write(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build(tmp_path: Path, data: dict[str, Any], name: str = "bao_cao_nam-ky.yaml") -> tuple[DocxDocument, list[str]]:
    source = write(tmp_path, name, data)
    result = build_file(source, tmp_path / "out", force=True)
    assert result.ok, (result.problems, result.output_error)
    return Document(str(result.written[0])), [w.message for w in result.warnings]


def text(doc: DocxDocument) -> str:
    """The words of the body; titles hold no-break spaces (``line_rules``), read here as spaces."""
    return "\n".join(p.text for p in doc.paragraphs).replace("\xa0", " ")


def headers(doc: DocxDocument, first: str = "TT") -> list[str]:
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == first and "Đơn vị tính" in t.rows[0].cells[2].text)
    return [c.text for c in table.rows[0].cells]


PRESETS = [
    # (ky_bao_cao, delegations in the window, title, phrase, column, next period, months of the chart)
    (
        {"ky": "thang", "thang": 10},
        2,
        "Công tác đối ngoại tháng 10 năm 2023 và phương hướng, nhiệm vụ tháng 11 năm 2023",
        "Trong tháng 10 năm 2023, đã đón tiếp 02 đoàn",
        "Tháng 10/2023",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11 NĂM 2023",
        ["T10"],
    ),
    (
        {"ky": "quy", "quy": "I"},
        6,
        "Công tác đối ngoại quý I năm 2023 và phương hướng, nhiệm vụ quý II năm 2023",
        "Trong quý I năm 2023, đã đón tiếp 06 đoàn",
        "Quý I/2023",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023",
        ["T1", "T2", "T3"],
    ),
    (
        {"ky": "6_thang_dau_nam"},
        12,
        "Công tác đối ngoại 6 tháng đầu năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
        "Trong 6 tháng đầu năm 2023, đã đón tiếp 12 đoàn",
        "6 tháng đầu năm 2023",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023",
        ["T1", "T2", "T3", "T4", "T5", "T6"],
    ),
    (
        {"ky": "9_thang"},
        18,
        "Công tác đối ngoại 9 tháng đầu năm 2023 và phương hướng, nhiệm vụ quý IV năm 2023",
        "Trong 9 tháng đầu năm 2023, đã đón tiếp 18 đoàn",
        "9 tháng đầu năm 2023",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023",
        [f"T{m}" for m in range(1, 10)],
    ),
    (
        {"ky": "nam"},
        24,
        "Tổng kết công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024",
        "Trong năm 2023, đã đón tiếp 24 đoàn",
        "Năm 2023",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
        [f"T{m}" for m in range(1, 13)],
    ),
]


@pytest.mark.parametrize(("ky", "count", "title", "phrase", "column", "next_heading", "months"), PRESETS)
def test_each_preset_words_counts_and_charts_its_period(
    tmp_path: Path,
    ky: dict[str, Any],
    count: int,
    title: str,
    phrase: str,
    column: str,
    next_heading: str,
    months: list[str],
) -> None:
    previous = {"so_lieu": {"doan_vao": 100, "luot_nguoi_vao": 1500}}
    doc, warnings = build(tmp_path, report(ky_bao_cao=ky, nam_truoc=previous))
    body = text(doc)
    assert title in body
    assert phrase in body
    assert next_heading in body
    whole_year = ky["ky"] == "nam"
    against = "năm 2022" if whole_year else "cùng kỳ năm 2022"
    assert f"so với {against}" in body
    if not whole_year:
        assert "so với năm 2022" not in body
        assert "Trong năm 2023" not in body and "NĂM 2024" not in body
    cols = headers(doc)
    assert cols[4] == column
    assert cols[3] == ("Năm 2022" if whole_year else column.replace("2023", "2022"))
    # the outside records are left out, counted in one warning
    outside = 24 - count
    outside_out = sum(1 for m in (2, 5, 8, 11) if not any(m == int(x[1:]) for x in months))
    if outside or outside_out:
        [warning] = warnings
        assert warning.startswith(f"{outside + outside_out:02d} mục có ngày ngoài kỳ báo cáo")
        assert f"{outside:02d} đoàn vào" in warning
    else:
        assert warnings == []
    fig = figures_of(Input.model_validate(yaml.safe_load((tmp_path / "bao_cao_nam-ky.yaml").read_text())), None)
    assert fig["thang"] == months
    assert fig["doan_vao"]["theo_thang"] == [2] * len(months)
    appendix_titles = [p for p in text(doc).splitlines() if p.startswith("DANH SÁCH ĐOÀN KHÁCH QUỐC TẾ")]
    assert appendix_titles == [f"DANH SÁCH ĐOÀN KHÁCH QUỐC TẾ ĐẾN THĂM, LÀM VIỆC {title_upper(ky)}"]


def title_upper(ky: dict[str, Any]) -> str:
    return {
        "thang": "THÁNG 10 NĂM 2023",
        "quy": "QUÝ I NĂM 2023",
        "6_thang_dau_nam": "6 THÁNG ĐẦU NĂM 2023",
        "9_thang": "9 THÁNG ĐẦU NĂM 2023",
        "nam": "NĂM 2023",
    }[ky["ky"]]


def test_month_chart_shows_only_the_period_months(tmp_path: Path) -> None:
    from reportgen.kinds.bao_cao_nam.pictures import pictures

    data = report(ky_bao_cao={"ky": "quy", "quy": "III"})
    fig = figures_of(Input.model_validate(data), None)
    charts = pictures(fig)
    assert [c["tieu_de"] for c in charts] == [
        "Số đoàn vào, đoàn ra theo tháng trong quý III năm 2023",
        "Các quốc gia, tổ chức quốc tế có nhiều đoàn vào nhất trong quý III năm 2023",
    ]
    assert fig["thang"] == ["T7", "T8", "T9"]
    assert fig["doan_ra"]["theo_thang"] == [0, 1, 0]


def test_december_report_is_followed_by_january_next_year() -> None:
    data = report(ky_bao_cao={"ky": "thang", "thang": 12})
    assert Input.model_validate(data).period.next_name == "tháng 01 năm 2024"
    data = report(ky_bao_cao={"ky": "quy", "quy": "IV"})
    assert Input.model_validate(data).period.next_name == "quý I năm 2024"


def test_free_range_is_titled_and_counted_by_its_dates(tmp_path: Path) -> None:
    ky = {"ky": "khoang_ngay", "tu_ngay": "01/03/2023", "den_ngay": "20/05/2023"}
    doc, warnings = build(tmp_path, report(ky_bao_cao=ky))
    body = text(doc)
    assert "Công tác đối ngoại từ ngày 01/3/2023 đến ngày 20/5/2023 và phương hướng, nhiệm vụ thời gian tới" in body
    assert "Từ ngày 01/3/2023 đến ngày 20/5/2023, đã đón tiếp 06 đoàn" in body  # 10 and 20 of 3, 4, 5
    assert headers(doc)[3] == "01/3–\u206020/5/2023"
    assert len(warnings) == 1


def test_year_counted_until_a_day_says_so(tmp_path: Path) -> None:
    doc, _ = build(tmp_path, report(ky_bao_cao={"ky": "nam", "den_ngay": "20/11/2023"}))
    body = text(doc)
    assert "Tổng kết công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024" in body
    assert "Trong năm 2023 (tính đến ngày 20/11/2023), đã đón tiếp 22 đoàn" in body
    assert "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI NĂM 2023 (TÍNH ĐẾN NGÀY 20/11/2023)" in body


def test_cut_off_rule_counts_from_the_15th_to_the_14th(tmp_path: Path) -> None:
    """Điều 12 Nghị định 09/2019/NĐ-CP: 6 tháng đầu năm = 15/12 năm trước đến 14/6."""
    records = [inbound("15/12/2022"), inbound("14/12/2022"), inbound("14/06/2023"), inbound("15/06/2023")]
    ky = {"ky": "6_thang_dau_nam", "chot_so_lieu": "tu_15_den_14"}
    doc, warnings = build(tmp_path, report(ky_bao_cao=ky, doan_vao=records, doan_ra=[]))
    assert "Trong 6 tháng đầu năm 2023, đã đón tiếp 02 đoàn" in text(doc)
    assert warnings == [
        "02 mục có ngày ngoài kỳ báo cáo 6 tháng đầu năm 2023 (15/12/2022–14/6/2023) nên không được tính: 02 đoàn vào"
        " (mục đầu tiên ngày 14/12/2022)"
    ]
    fig = figures_of(Input.model_validate(report(ky_bao_cao=ky, doan_vao=records, doan_ra=[])), None)
    assert fig["thang"] == ["T1", "T2", "T3", "T4", "T5", "T6"]
    assert fig["doan_vao"]["theo_thang"] == [1, 0, 0, 0, 0, 1]  # 15/12 counts to January


def test_cut_off_rule_is_not_the_default() -> None:
    assert Input.model_validate(report(ky_bao_cao={"ky": "thang", "thang": 3})).period.start.day == 1
    cut = Input.model_validate(report(ky_bao_cao={"ky": "thang", "thang": 3, "chot_so_lieu": "tu_15_den_14"}))
    assert (cut.period.start.isoformat(), cut.period.end.isoformat()) == ("2023-02-15", "2023-03-14")


def test_same_period_is_cut_from_last_years_records(tmp_path: Path) -> None:
    # last year: a whole-year file; 3 delegations in Jan–Jun, 5 in Jul–Dec
    last = report(2022, doan_vao=[inbound(d) for d in ("10/01/2022", "02/03/2022", "30/06/2022")])
    last["doan_vao"] += [inbound(f"10/{m:02d}/2022") for m in range(7, 12)]
    last["doan_ra"] = [outbound("01/07/2022")]
    write(tmp_path, "bao_cao_nam-2022.yaml", last)
    ky = {"ky": "6_thang_dau_nam"}
    doc, _ = build(tmp_path, report(ky_bao_cao=ky, nam_truoc={"tep": "bao_cao_nam-2022.yaml"}))
    body = text(doc)
    # 12 this half-year against 3 in the same half of 2022
    assert (
        "đã đón tiếp 12 đoàn khách quốc tế của Nhật Bản với 120 lượt người đến thăm và làm việc, tăng 09 đoàn, "
        "gấp 4 lần" in body
    )
    assert "gấp 4 lần cùng kỳ năm 2022" in body
    assert headers(doc)[3:5] == ["6 tháng đầu năm 2022", "6 tháng đầu năm 2023"]


def test_last_years_file_must_cover_the_same_window(tmp_path: Path) -> None:
    write(tmp_path, "bao_cao_nam-2022.yaml", report(2022, ky_bao_cao={"ky": "6_thang_dau_nam"}))
    source = write(
        tmp_path, "bao_cao_nam-9.yaml", report(ky_bao_cao={"ky": "9_thang"}, nam_truoc={"tep": "bao_cao_nam-2022.yaml"})
    )
    result = build_file(source, tmp_path / "out", force=True)
    assert not result.ok
    [problem] = result.problems
    assert "chỉ có số liệu 6 tháng đầu năm 2022" in problem.message
    assert "cùng kỳ năm 2022 (01/01/2022–30/9/2022)" in problem.message


def test_title_override(tmp_path: Path) -> None:
    own = "Tổng kết công tác đối ngoại năm 2023 và Chương trình công tác đối ngoại năm 2024"
    doc, _ = build(tmp_path, report(trich_yeu=own))
    body = text(doc)
    assert own in body
    assert (
        "Trên đây là báo cáo tổng kết công tác đối ngoại năm 2023 và Chương trình công tác đối ngoại năm 2024" in body
    )


def test_estimate_for_the_whole_year_has_its_column_and_sentence(tmp_path: Path) -> None:
    data = report(
        ky_bao_cao={"ky": "nam", "den_ngay": "20/11/2023"},
        uoc_ca_nam={"doan_vao": 25, "luot_nguoi_vao": 260},
        nam_truoc={"so_lieu": {"doan_vao": 20}},
    )
    doc, _ = build(tmp_path, data)
    body = text(doc)
    assert "Ước cả năm đón khoảng 25 đoàn với 260 lượt người." in body
    cols = headers(doc)
    assert cols[-1] == "Ước cả năm 2023"
    assert cols[3:5] == ["Thực hiện đến 20/11/2022", "Thực hiện đến 20/11/2023"]  # never "01/01–20/11/2023"
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Ước cả năm 2023")
    first = [c.text for c in table.rows[1].cells]
    assert first[1:] == ["Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "đoàn", "20", "22", "+2 (10%)", "25"]


def test_estimate_needs_a_period_short_of_the_year_end() -> None:
    with pytest.raises(ValueError, match="uoc_ca_nam"):
        Input.model_validate(report(uoc_ca_nam={"doan_vao": 30}))


def test_estimate_below_what_is_done_is_refused(tmp_path: Path) -> None:
    data = report(ky_bao_cao={"ky": "9_thang"}, uoc_ca_nam={"doan_vao": 10})
    result = build_file(write(tmp_path, "bao_cao_nam-u.yaml", data), tmp_path / "out", force=True)
    assert not result.ok
    assert "ước cả năm (10) nhỏ hơn số đã thực hiện trong kỳ (18)" in result.problems[0].message


def test_den_ngay_outside_the_preset_is_refused() -> None:
    with pytest.raises(ValueError, match="phải nằm trong kỳ báo cáo"):
        Input.model_validate(report(ky_bao_cao={"ky": "quy", "quy": "II", "den_ngay": "20/07/2023"}))


SPEECH = """\
loai: bai_phat_bieu
su_kien: Hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2023
dia_diem: Quảng Trị
ngay: 20/07/2023
bao_cao: bao_cao_nam-6-thang.yaml
nguoi_phat_bieu:
  ho_ten: Võ Văn Hưng
  chuc_vu: Chủ tịch UBND tỉnh
dai_bieu:
  - nhom: các vị đại biểu, các đồng chí
    thu_tu: 1
noi_dung:
  phan:
    - doan_van: >-
        {{ so_lieu.ky.trong }}, tỉnh đã đón {{ so_lieu.doan_vao.so_doan }} đoàn khách quốc tế,
        {{ so_lieu.doan_vao.so_sanh }}; nhiệm vụ {{ so_lieu.ky.ky_sau }} còn nặng nề.
"""


def test_speech_quoting_a_six_month_report_gets_its_figures_and_wording(tmp_path: Path) -> None:
    data = report(ky_bao_cao={"ky": "6_thang_dau_nam"}, nam_truoc={"so_lieu": {"doan_vao": 10}})
    write(tmp_path, "bao_cao_nam-6-thang.yaml", data)
    speech = tmp_path / "bai_phat_bieu-so-ket.yaml"
    speech.write_text(SPEECH, encoding="utf-8")
    assert main(["build", str(speech), "-o", str(tmp_path / "out")]) == 0
    body = text(Document(str(next((tmp_path / "out").glob("bai_phat_bieu*.docx")))))
    assert (
        "Trong 6 tháng đầu năm 2023, tỉnh đã đón 12 đoàn khách quốc tế, tăng 02 đoàn (20%) so với cùng kỳ năm 2022; "
        "nhiệm vụ 6 tháng cuối năm 2023 còn nặng nề." in body
    )


def test_existing_annual_input_without_period_is_the_year() -> None:
    model = Input.model_validate(report())
    assert model.period.full_year
    assert model.period.title == "Tổng kết công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"
    assert copy.deepcopy(model).period.previous_name == "năm 2022"


ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("name", "title", "against"),
    [
        (
            "bao_cao_nam-da-nang-6-thang-2023.yaml",
            "Công tác đối ngoại 6 tháng đầu năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm 2023",
            "cùng kỳ năm 2022",
        ),
        (
            "bao_cao_nam-tp-ho-chi-minh-quy-i-2024.yaml",
            "Công tác đối ngoại quý I năm 2024 và phương hướng, nhiệm vụ quý II năm 2024",
            "cùng kỳ năm 2023",
        ),
    ],
)
def test_period_examples_compare_with_last_years_file_and_never_speak_of_the_year(
    tmp_path: Path, name: str, title: str, against: str
) -> None:
    source = ROOT / "inputs" / name
    result = build_file(source, tmp_path / "out", force=True)
    assert result.ok and result.warnings == [], (result.problems, result.warnings)
    body = text(Document(str(result.written[0])))
    assert title in body
    assert f"so với {against}" in body
    assert "Trong năm" not in body and "so với năm" not in body and "NHIỆM VỤ NĂM" not in body
    model = Input.model_validate(load_file(source).data)
    assert model.nam_truoc is not None and model.nam_truoc.tep is not None  # counted from last year's records

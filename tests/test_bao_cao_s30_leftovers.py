"""Leftovers of issue 22 found after it was built: a free-form figure's typed "cùng kỳ" reaches the report when the
input has no ``nam_truoc`` (nothing a user wrote is lost); last year's records a window cut from last year's file
cannot place are named in a warning, never left out of the comparison silently; a speech quoting a span report
whose early years have totals only says which years a record-only figure covers, or is warned.

Every figure asserted is counted by hand from the records of each test (helpers of ``test_periods``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument

import test_periods as tp
from reportgen.kinds import BuildEnv, Related
from reportgen.kinds.bao_cao_nam import figures
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.make.pipeline import build_file, check_text, validate_paths
from test_bao_cao_giai_doan import plain, span, visit
from test_bao_cao_leftovers import body_of, july


def passports(**changes: Any) -> dict[str, Any]:
    """A free-form figure with last year's value typed beside it: 31 cuốn now, 6 cuốn the same period last year."""
    figure = {"ten": "Hộ chiếu công vụ cấp mới", "don_vi": "cuốn", "gia_tri": 31, "cung_ky": 6, "muc": "lanh_su"}
    return figure | {"ma": "ho_chieu"} | changes


def _no_related(path: Path, loc: tuple[str | int, ...]) -> Related:
    raise AssertionError(f"no other input is read: {path} at {loc}")


def _row(doc: DocxDocument, label: str) -> list[str]:
    """The cells of the last table row (the appendix's summary table comes after the body's) labelled ``label``."""
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows if len(r.cells) > 1]
    return [r for r in rows if r[1] == label][-1]


def test_a_free_figures_typed_last_year_value_is_compared_without_nam_truoc(tmp_path: Path) -> None:
    data = tp.report(ky_bao_cao={"ky": "6_thang_dau_nam"}, so_lieu_khac=[passports()])
    assert "nam_truoc" not in data
    body, _ = body_of(tmp_path, data)
    assert "Trong 6 tháng đầu năm 2023, hộ chiếu công vụ cấp mới là 31 cuốn, tăng 25 cuốn, gấp 5,2 lần cùng kỳ " in body
    doc, _ = tp.build(tmp_path, data)
    assert _row(doc, "Hộ chiếu công vụ cấp mới")[2:6] == ["cuốn", "6", "31", "+25 (416,7%)"]
    assert _row(doc, "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)")[2:6] == ["đoàn", "", "12", ""]  # not known
    env = BuildEnv(source=tmp_path / "bao_cao.yaml", load_related=_no_related)
    assert figures(Input.model_validate(data), env)["nam_truoc"] == {"khac:ho_chieu": 6}


def test_a_two_window_report_compares_the_month_too(tmp_path: Path) -> None:
    """The running value was compared already; the month's typed value was dropped beside it."""
    figure = passports(gia_tri_luy_ke=72, cung_ky_luy_ke=29)
    body, _ = body_of(tmp_path, july(so_lieu_khac=[figure]))
    assert (
        "Trong tháng 7 năm 2023, hộ chiếu công vụ cấp mới là 31 cuốn, tăng 25 cuốn, gấp 5,2 lần cùng kỳ năm 2022; "
        "lũy kế 7 tháng đầu năm 2023 là 72 cuốn, tăng 43 cuốn, gấp 2,5 lần cùng kỳ năm 2022." in body
    )
    doc, _ = tp.build(tmp_path, july(so_lieu_khac=[figure]))
    assert _row(doc, "Hộ chiếu công vụ cấp mới")[2:] == ["cuốn", "6", "31", "+25 (416,7%)", "29", "72", "+43 (148,3%)"]


# Last year's whole-year file: one project without an approval date, one partner dated by its year only, both
# placeable in 2022 but in no window cut from it.
def last_year(tmp_path: Path, name: str = "bao_cao_nam-2022.yaml") -> None:
    before = tp.report(2022)
    before["du_an_pcpnn"] = [
        {"ten": "Nước sạch Hướng Hóa", "nha_tai_tro": "Tổ chức A", "cam_ket": "1.000.000.000", "tien_te": "VND"},
        {
            "ten": "Y tế cơ sở",
            "nha_tai_tro": "Tổ chức B",
            "cam_ket": 5000,
            "tien_te": "USD",
            "ngay_phe_duyet": "02/02/2022",
        },
    ]
    before["dia_phuong_doi_tac"] = [
        {"ten": "Tỉnh Sekong", "quoc_gia": "Lào", "nam_thiet_lap": 2010},
        {"ten": "Tỉnh Salavan", "quoc_gia": "Lào", "nam_thiet_lap": 2022},
    ]
    tp.write(tmp_path, name, before)


def _gaps(messages: list[str]) -> list[str]:
    return [m for m in messages if m.startswith("tệp năm trước")]


def test_last_years_records_no_window_can_place_are_named(tmp_path: Path) -> None:
    last_year(tmp_path)
    data = tp.report(ky_bao_cao={"ky": "6_thang_dau_nam"}, nam_truoc={"tep": "bao_cao_nam-2022.yaml"})
    source = tp.write(tmp_path, "bao_cao_nam-6-thang.yaml", data)
    result = build_file(source, tmp_path / "out", force=True)
    assert result.ok, result.problems
    aid, partners = [w for w in result.warnings if w.message.startswith("tệp năm trước")]
    assert aid.message == (
        "tệp năm trước “bao_cao_nam-2022.yaml” có 01 dự án không ghi “ngay_phe_duyet” (“Nước sạch Hướng Hóa”) nên "
        "không biết dự án nào thuộc 6 tháng đầu năm 2022: số liệu viện trợ PCPNN không được so sánh với cùng kỳ năm "
        "2022; hãy ghi ngày phê duyệt của các dự án đó trong tệp năm trước"
    )
    assert partners.message == (
        "tệp năm trước “bao_cao_nam-2022.yaml” có 01 địa phương đối tác chỉ ghi năm thiết lập 2022 (“Tỉnh Salavan”) "
        "nên không biết quan hệ được thiết lập trong hay sau 6 tháng đầu năm 2022: tổng số địa phương đối tác không "
        "được so sánh với cùng kỳ năm 2022; hãy ghi “ngay_thiet_lap” (ngày/tháng/năm thiết lập quan hệ) trong tệp "
        "năm trước"
    )
    assert (aid.field, aid.line) == ("nam_truoc.tep", partners.line) and aid.severity == "warning"
    # an editor's check and ``reportgen validate`` say the same
    assert _gaps([w.message for w in check_text(source.read_bytes(), source).warnings]) == [
        aid.message,
        partners.message,
    ]
    [checked] = validate_paths([source])
    assert _gaps([w.message for w in checked.warnings]) == [aid.message, partners.message]


def test_a_two_window_report_names_both_windows_once(tmp_path: Path) -> None:
    last_year(tmp_path)
    source = tp.write(tmp_path, "bao_cao_nam-7.yaml", july(nam_truoc={"tep": "bao_cao_nam-2022.yaml"}))
    result = build_file(source, tmp_path / "out", force=True)
    aid, partners = _gaps([w.message for w in result.warnings])
    assert "không biết dự án nào thuộc tháng 7 năm 2022 và 7 tháng đầu năm 2022:" in aid
    assert "trong hay sau tháng 7 năm 2022 và 7 tháng đầu năm 2022:" in partners


def test_last_years_file_of_the_same_window_places_everything(tmp_path: Path) -> None:
    """A year report against last year's year report: the undated project and the 2022 partner are 2022's."""
    last_year(tmp_path)
    source = tp.write(tmp_path, "bao_cao_nam-2023.yaml", tp.report(nam_truoc={"tep": "bao_cao_nam-2022.yaml"}))
    result = build_file(source, tmp_path / "out", force=True)
    assert result.ok and _gaps([w.message for w in result.warnings]) == []


# A speech quoting a span report whose 2021–2023 are known by their totals only (test_bao_cao_giai_doan.span):
# 4 delegations of Nhật Bản in 2024, 3 of Lào in 2025.
SPEECH = """\
loai: bai_phat_bieu
nguoi_phat_bieu: {ho_ten: Lê Trung Chinh, chuc_vu: Chủ tịch UBND thành phố}
su_kien: Hội nghị tổng kết công tác đối ngoại giai đoạn 2021–2025
dia_diem: Quảng Trị
ngay: 10/01/2026
bao_cao: bao_cao.yaml
dai_bieu:
  - {nhom: các vị đại biểu, thu_tu: 1}
noi_dung:
  phan:
    - doan_van: >-
        Cả giai đoạn, tỉnh đón {{ so_lieu.doan_vao.so_doan }} đoàn. {{ so_lieu.doan_vao.nguon }}
    - doan_van: >-
        Khách đến từ {{ so_lieu.doan_vao.so_quoc_gia }} quốc gia, nhiều nhất là {{ so_lieu.doan_vao.noi_bat }}.
    - doan_van: >-
        Trong {{ so_lieu.giai_doan.nam_chi_tiet }}, khách đến từ {{ so_lieu.doan_vao.so_quoc_gia }} quốc gia.
  loi_chuc: Chúc Hội nghị thành công!
"""


def _speech(tmp_path: Path, report: dict[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    tp.write(tmp_path, "bao_cao.yaml", report)
    source = tmp_path / "phat_bieu.yaml"
    source.write_text(SPEECH, encoding="utf-8")
    result = build_file(source, tmp_path / "out", force=True)
    assert result.ok, [p.render() for p in result.problems]
    body = plain(tp.text(Document(str(result.written[0]))))
    return body, [(w.field, w.message) for w in result.warnings]


def test_a_speech_says_which_years_a_record_only_figure_of_a_mixed_span_covers(tmp_path: Path) -> None:
    body, said = _speech(tmp_path, span())
    assert "Cả giai đoạn, tỉnh đón 67 đoàn. Trong các năm 2024–2025, các đoàn đến từ 02 quốc gia" in body
    assert "Trong các năm 2024–2025, khách đến từ 02 quốc gia." in body
    message = (
        "chỉ tính các năm 2024–2025 có danh sách chi tiết (các năm 2021–2023 chỉ có số tổng), không phải cả giai "
        "đoạn 2021–2025; hãy nói rõ trong câu, ví dụ “trong các năm 2024–2025, …” (viết "
        "{{ so_lieu.giai_doan.nam_chi_tiet }})"
    )
    assert said == [
        ("noi_dung.phan[1].doan_van", f"“so_lieu.doan_vao.so_quoc_gia” {message}"),
        ("noi_dung.phan[1].doan_van", f"“so_lieu.doan_vao.noi_bat” {message}"),
    ]


def test_a_span_of_records_only_quotes_its_details_as_the_whole_spans(tmp_path: Path) -> None:
    visits = [visit(i, 2021 + i % 5, country=("Lào" if i % 2 else "Nhật Bản")) for i in range(10)]
    body, said = _speech(tmp_path, span(so_lieu_theo_nam=[], doan_vao=visits))
    assert "Cả giai đoạn, tỉnh đón 10 đoàn. Các đoàn đến từ 02 quốc gia" in body
    assert "Trong các năm 2021–2025, khách đến từ 02 quốc gia." in body
    assert said == []

"""What a file is, before any rule (issue 23): each test builds a small document reproducing a file of an
office's folder that was judged as a công văn — a charter issued with a decision, a list or appendix file, a
score sheet, a form, a note that is no administrative document — and a type of Điều 7 judged by its own profile
(issue 20: a THÔNG BÁO re-titled GIẤY MỜI with its Nơi nhận deleted is reported)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from docx import Document
from docx.document import Document as DocxDocument

from docbuilders import Spec, build_report, para, to_bytes, xml
from reportgen.check.nd30 import TYPES, Finding, check_docx, describe_document, detect_profile

HEADER_RULES = ("ND30-PARENT", "ND30-ISSUER")


def rules(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def body_names(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule.startswith(HEADER_RULES)]


def header_table(doc: DocxDocument) -> None:
    """The header of Mẫu 1.3's attached text: parent and issuer left, Quốc hiệu and Tiêu ngữ right."""
    table = doc.add_table(rows=2, cols=2)
    para(table.cell(0, 0), "ỦY BAN NHÂN DÂN", 13, first=True)
    para(table.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, bold=True, first=True)
    para(table.cell(1, 0), "TỈNH LÂM ĐỒNG", 13, bold=True, first=True)
    para(table.cell(1, 1), "Độc lập - Tự do - Hạnh phúc", 14, bold=True, first=True)


def charter(with_header: bool = True) -> bytes:
    doc = Document()
    if with_header:
        header_table(doc)
    para(doc, "ĐIỀU LỆ (SỬA ĐỔI, BỔ SUNG)", 14, bold=True)
    para(doc, "LIÊN ĐOÀN CẦU LÔNG TỈNH LÂM ĐỒNG", 14, bold=True)
    para(doc, "(Kèm theo Quyết định số      /QĐ-UBND ngày    tháng 9 năm 2025", 14, italic=True)
    para(doc, "của Chủ tịch Ủy ban nhân dân tỉnh)", 14, italic=True)
    para(doc, "Chương I. QUY ĐỊNH CHUNG", 14, bold=True)
    para(doc, "Điều 1: Tên gọi, biểu tượng", 14, bold=True)
    para(doc, "Liên đoàn Cầu lông tỉnh Lâm Đồng là tổ chức xã hội nghề nghiệp của những người chơi cầu lông.", 14)
    return to_bytes(doc)


def test_charter_issued_with_a_decision_is_not_a_cong_van() -> None:
    findings = check_docx(charter())
    assert describe_document(charter()) == "attachment"
    assert not body_names(findings[:0] + [f for f in findings if "ĐIỀU LỆ" in f.location or "Kèm" in f.location])
    assert not any(
        f.location.endswith(("«Chương I. QUY ĐỊNH CHUNG»", "«Điều 1: Tên gọi, biểu tượng»")) for f in findings
    )
    assert not rules(findings) & {"ND30-NUMBER-MISSING", "ND30-DATE-MISSING", "ND30-SIGN-MISSING"}
    assert not rules(findings) & {"ND30-NOI-NHAN-MISSING", "ND30-PARENT-SIZE", "ND30-PARENT-CASE"}


def test_charter_header_is_still_judged() -> None:
    """The header of the attached text is checked where it is present: its parent body is bold here."""
    findings = check_docx(charter())
    assert [f.location for f in findings if f.rule == "ND30-PARENT-BOLD"] == []  # parent not bold: fine
    assert "ND30-TIEU-NGU-RULE" in rules(findings)  # no rule under the Tiêu ngữ


def test_charter_without_header_is_an_attachment() -> None:
    findings = check_docx(charter(with_header=False))
    assert describe_document(charter(with_header=False)) == "attachment"
    assert not rules(findings) & {"ND30-QUOC-HIEU-TEXT", "ND30-TIEU-NGU-TEXT", "ND30-HEADER-TABLE"}


def title_and_table(title: str, rows: int = 21, cols: int = 4) -> bytes:
    doc = Document()
    para(doc, title, 14, bold=True)
    table = doc.add_table(rows=rows, cols=cols)
    for r in range(rows):
        for c in range(cols):
            para(table.cell(r, c), "STT" if r == 0 else f"ĐƠN VỊ {r}.{c}", 12, first=True)
    return to_bytes(doc)


def test_title_and_table_is_a_list_without_header_findings() -> None:
    """«A title plus a 21×4 table alone gives 111 findings» (issue 23): now a list, judged on page and fonts."""
    data = title_and_table("DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO")
    findings = check_docx(data)
    assert describe_document(data) == "appendix"
    assert body_names(findings) == []
    assert not rules(findings) & {"ND30-NUMBER-MISSING", "ND30-SIGN-MISSING", "ND30-QUOC-HIEU-TEXT"}


def test_file_starting_with_a_table_is_a_list() -> None:
    doc = Document()
    table = doc.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            para(table.cell(r, c), f"CỘT {c}", 12, first=True)
    para(doc, "(Kèm theo Báo cáo số 05/BC-SNV)", 13, italic=True)
    assert describe_document(to_bytes(doc)) == "appendix"
    assert body_names(check_docx(to_bytes(doc))) == []


def test_score_sheet_is_a_form() -> None:
    data = title_and_table("ĐIỂM TỔNG HỢP – SỞ TÀI CHÍNH", rows=7, cols=6)
    findings = check_docx(data)
    assert describe_document(data) == "form"
    assert body_names(findings) == []
    assert not rules(findings) & {"ND30-NUMBER-MISSING", "ND30-QUOC-HIEU-TEXT", "ND30-KIND-SIZE"}


def test_form_with_a_header_has_its_header_judged() -> None:
    doc = build_report(replace(Spec(), kind="PHIẾU TRÌNH", summary="Giải quyết công việc", number="Số: 12/PT-NC"))
    data = to_bytes(doc)
    assert describe_document(data) == "form"
    assert not rules(check_docx(data)) & {"ND30-NOI-NHAN-MISSING", "ND30-KIND-MISSING", "ND30-END-MARK"}


def test_form_keeps_the_number_of_its_own_register() -> None:
    """vbai_253: a phiếu trình numbered «Số: 130-12/PT-NC» in the office's register of slips (the number a
    văn thư gives the slip, not a text's number under Điều 15); the same number on a báo cáo is reported."""
    slip = build_report(replace(Spec(), kind="PHIẾU TRÌNH", summary="Giải quyết công việc", number="Số: 130-12/PT-NC"))
    report = build_report(replace(Spec(), number="Số: 130-12/BC-SNV"))
    assert "ND30-NUMBER-FORMAT" not in rules(check_docx(to_bytes(slip)))
    assert "ND30-NUMBER-FORMAT" in rules(check_docx(to_bytes(report)))


def test_note_that_is_no_administrative_document_gets_one_informational_finding() -> None:
    doc = Document()
    para(doc, "TÓM TẮT TRỌNG TÂM BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025", 14, bold=True)
    para(doc, "I. BỐI CẢNH VÀ CÔNG TÁC CHỈ ĐẠO", 14, bold=True)
    para(doc, "Năm 2025, tỉnh triển khai công tác cải cách hành chính trong bối cảnh sắp xếp bộ máy.", 14)
    findings = check_docx(to_bytes(doc))
    assert [(f.rule, f.severity) for f in findings] == [("ND30-ROLE-NOT-ADMIN", "info")]


def test_a_main_document_is_not_taken_for_something_else() -> None:
    assert describe_document(to_bytes(build_report())) == "main:BC"
    assert check_docx(to_bytes(build_report())) == []


def test_giay_moi_retitled_from_thong_bao_without_noi_nhan_is_reported() -> None:
    """Issue 20: a THÔNG BÁO re-titled GIẤY MỜI with its Nơi nhận deleted used to get «0 lỗi, 0 cảnh báo»."""
    doc = build_report(replace(Spec(), kind="GIẤY MỜI", number="Số: 05/TB-SNV", summary=""))
    table = doc.tables[-1]
    for paragraph in table.cell(0, 0).paragraphs:
        xml(paragraph).getparent().remove(xml(paragraph))
    table.cell(0, 0).add_paragraph("")
    findings = check_docx(to_bytes(doc))
    assert detect_profile(doc) == "GM"
    assert {"ND30-NOI-NHAN-MISSING", "ND30-NUMBER-KIND"} <= rules(findings)


def test_unknown_type_is_said_unknown_and_not_judged_as_cong_van() -> None:
    doc = build_report(replace(Spec(), kind="DANH SÁCH", number="Số: 05/DS-SNV"))
    findings = check_docx(to_bytes(doc))
    assert detect_profile(doc) == "UNKNOWN"
    assert [f.severity for f in findings if f.rule == "ND30-TYPE-UNKNOWN"] == ["info"]
    assert not rules(findings) & {"ND30-NOI-NHAN-MISSING", "ND30-SIGN-MISSING", "ND30-END-MARK"}


@pytest.mark.parametrize("code", sorted(TYPES))
def test_every_type_of_article_7_has_a_profile_and_is_detected(code: str) -> None:
    """The 29 types of Điều 7: each kind line is read as its type (a Công văn by its symbol)."""
    profile = TYPES[code]
    if code == "CV":
        spec = replace(Spec(), kind="", summary="", number="Số: 12/SNV-HTQT")
    else:
        spec = replace(Spec(), kind=profile.name, number=f"Số: 05/{code}-SNV")
    assert detect_profile(build_report(spec)) == code
    assert len(TYPES) == 29

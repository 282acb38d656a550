"""The rules issue 23 adds, each with a document that breaks it and one that keeps it: «Kính gửi» block,
articles out of order, highlighting, «- Lưu VT» without colon, first Nơi nhận of a công văn, «DỰ THẢO» left
on, a dashed rule under the Tiêu ngữ; each rule cites its NĐ30 clause in --explain."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from docbuilders import BODY, DECISION, DECISION_BODY, Spec, build_report, to_bytes, xml
from reportgen.check.nd30 import Finding, check_docx
from reportgen.check.report import explain

CV = {"kind": "", "summary": "", "number": "Số: 12/SNV-HTQT"}
NEW = (
    "ND30-KINH-GUI",
    "ND30-DIEU-ORDER",
    "ND30-HIGHLIGHT",
    "ND30-RECEIVER-LUU-COLON",
    "ND30-RECEIVER-FIRST",
    "ND30-DRAFT-MARK",
    "ND30-RULE-LENGTH",
    "ND30-URGENCY",
    "ND30-COPY",
    "ND30-CONTACT",
    "ND30-CHUONG-TEXT",
    "ND30-CHUONG-TITLE-CASE",
)


def rules(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def cong_van(recipients: tuple[str, ...], receivers: tuple[str, ...] = ("- Như trên;", "- Lưu: VT, HTQT.")) -> bytes:
    body = (*recipients, *BODY)
    return to_bytes(build_report(replace(Spec(), **CV, body=body, receivers=receivers)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("recipients", "wrong"),
    [
        (("Kính gửi: Ủy ban nhân dân thành phố.",), False),
        (("Kính gửi:", "- Bộ Ngoại giao;", "- Ủy ban nhân dân thành phố."), False),
        (("Kính gửi:", "- Bộ Ngoại giao;", "- Ủy ban nhân dân thành phố;"), True),
        (("Kính gửi:", "- Bộ Ngoại giao", "- Ủy ban nhân dân thành phố."), True),
        (("Kính gửi:", "- Ủy ban nhân dân thành phố."), True),
        (("Kính gửi Ủy ban nhân dân thành phố.",), True),
    ],
    ids=["mot-noi", "nhieu-noi", "cuoi-cham-phay", "thieu-cham-phay", "mot-noi-xuong-dong", "thieu-hai-cham"],
)
def test_kinh_gui_block(recipients: tuple[str, ...], wrong: bool) -> None:
    assert ("ND30-KINH-GUI" in rules(check_docx(cong_van(recipients)))) == wrong


def test_first_receiver_of_a_cong_van_is_nhu_tren() -> None:
    named = ("Kính gửi: Ủy ban nhân dân thành phố.",)
    assert "ND30-RECEIVER-FIRST" not in rules(check_docx(cong_van(named)))
    wrong = cong_van(named, ("- Bộ Ngoại giao;", "- Lưu: VT, HTQT."))
    assert "ND30-RECEIVER-FIRST" in rules(check_docx(wrong))


@pytest.mark.parametrize(
    ("last", "wrong"),
    [
        ("- Lưu: VT, HTQT.", False),
        ("- Lưu VT, HTQT.", True),
        ("- Lưu. VT, HTQT.", True),
        ("- Lưu VP, HTQT.", True),
        ("- Lưu trữ lịch sử tỉnh.", False),
    ],
    ids=["co-hai-cham", "luu-vt", "luu-cham-vt", "luu-vp-dong-cuoi", "luu-tru-la-noi-nhan"],
)
def test_luu_without_colon(last: str, wrong: bool) -> None:
    """«Lưu» then a colon on the storage line; «Lưu trữ lịch sử tỉnh» is a recipient (a state archive)."""
    doc = to_bytes(build_report(replace(Spec(), receivers=("- Bộ Ngoại giao;", last))))
    assert ("ND30-RECEIVER-LUU-COLON" in rules(check_docx(doc))) == wrong


def test_articles_out_of_order() -> None:
    good = to_bytes(build_report(replace(Spec(), **DECISION)))
    body = tuple(t.replace("Điều 2.", "Điều 13.") for t in DECISION_BODY)
    bad = to_bytes(build_report(replace(Spec(), **{**DECISION, "body": body})))
    assert "ND30-DIEU-ORDER" not in rules(check_docx(good))
    found = [f for f in check_docx(bad) if f.rule == "ND30-DIEU-ORDER"]
    assert [(f.expected, f.actual) for f in found] == [("Điều 2", "Điều 13")]


def test_yellow_highlighting_left() -> None:
    doc = build_report()
    assert "ND30-HIGHLIGHT" not in rules(check_docx(to_bytes(doc)))
    run = next(p for p in doc.paragraphs if p.text.startswith("Năm 2023")).runs[0]
    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), "yellow")
    xml(run).get_or_add_rPr().append(mark)
    assert "ND30-HIGHLIGHT" in rules(check_docx(to_bytes(doc)))


def test_draft_mark_left_on() -> None:
    assert "ND30-DRAFT-MARK" not in rules(check_docx(to_bytes(build_report())))
    doc = build_report()
    first = doc.paragraphs[0]
    first.insert_paragraph_before("DỰ THẢO")
    assert "ND30-DRAFT-MARK" in rules(check_docx(to_bytes(doc)))


def test_dashed_rule_under_tieu_ngu() -> None:
    doc = build_report(replace(Spec(), tieu_ngu_rule=False))
    cell = doc.tables[0].cell(0, 1)
    rule = cell.paragraphs[2]
    rule.add_run("-------------------")
    found = [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-TIEU-NGU-RULE"]
    assert [f.message for f in found] == ["Đường kẻ dưới Tiêu ngữ không phải nét liền."]
    assert "ND30-TIEU-NGU-RULE" not in rules(check_docx(to_bytes(build_report())))


@pytest.mark.parametrize("rule", NEW)
def test_new_rule_is_explained_with_its_clause(rule: str) -> None:
    text = explain(rule)
    assert text is not None and "Căn cứ: Nghị định 30/2020/NĐ-CP" in text and "Mức độ:" in text


def tieu_ngu_rule_of(underscores: int) -> list[Finding]:
    """The specimen with its Tiêu ngữ rule typed as ``underscores`` underscores at 13 pt."""
    from docbuilders import add_text

    doc = build_report(replace(Spec(), tieu_ngu_rule=False))
    add_text(doc.tables[0].cell(0, 1).paragraphs[2], "_" * underscores, 13)
    return [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-RULE-LENGTH"]


def test_rule_under_tieu_ngu_as_long_as_its_line() -> None:
    from reportgen.check.nd30.rule_length import text_width

    full = round(text_width("Độc lập - Tự do - Hạnh phúc", 13, bold=True) / (0.5 * 13 * 12700))
    assert tieu_ngu_rule_of(full) == []
    short = tieu_ngu_rule_of(full // 2)
    assert [f.message for f in short] == ["Đường kẻ dưới Tiêu ngữ quá ngắn so với dòng chữ."]


def with_urgency(framed: bool, bold: bool = True) -> list[Finding]:
    """«HỎA TỐC» under the number, in the header's left cell, framed by its four paragraph borders or not."""
    from docbuilders import para

    doc = build_report()
    mark = para(doc.tables[0].cell(0, 0), "HỎA TỐC", 13, bold=bold)
    if framed:
        borders = OxmlElement("w:pBdr")
        for edge in ("top", "left", "bottom", "right"):
            line = OxmlElement(f"w:{edge}")
            line.set(qn("w:val"), "single")
            borders.append(line)
        xml(mark).get_or_add_pPr().append(borders)
    return [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-URGENCY"]


def test_urgency_mark_in_its_frame() -> None:
    assert with_urgency(framed=True) == []
    assert [f.actual for f in with_urgency(framed=False)] == ["không có khung viền"]
    assert "chưa đậm" in with_urgency(framed=True, bold=False)[0].actual


def with_copy(form: str, number: str, bold: bool = True) -> list[Finding]:
    """A bản sao: the copy block typed after the original's signature (Mẫu 3.1)."""
    from docbuilders import para

    doc = build_report()
    para(doc, "SỞ NGOẠI VỤ", 13, bold=True)
    para(doc, form, 14, bold=bold)
    para(doc, number, 13)
    para(doc, "Đà Nẵng, ngày 06 tháng 01 năm 2024", 13, italic=True)
    return [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-COPY"]


def test_copy_block_form_and_symbol() -> None:
    assert with_copy("SAO Y", "Số: 12/SY-SNV") == []
    assert [f.actual for f in with_copy("SAO Y", "Số: 12/SL-SNV")] == ["Số: 12/SL-SNV"]
    assert len(with_copy("Sao y", "Số: 12/SY-SNV", bold=False)) == 1


def with_contact(size: float) -> list[Finding]:
    from docbuilders import para

    doc = build_report()
    para(doc, "Địa chỉ: 03 Lý Tự Trọng, Hải Châu, Đà Nẵng; ĐT: 0236.3822000; Email: sngv@danang.gov.vn", size)
    return [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-CONTACT"]


def test_contact_details_under_the_signature() -> None:
    assert with_contact(11) == []
    assert [f.actual for f in with_contact(13)] == ["13 pt"]


def test_kinh_gui_dashes_aligned_with_each_other() -> None:
    """Phụ lục I, ô 9a: «các gạch đầu dòng được trình bày thẳng hàng với nhau». As the office types them: one
    item pushed right with spaces, the others set in by an indent; aligned when spaces and indents land at the
    same place (the estimate counts a space as a quarter em), reported when they land 1 cm apart."""
    from docx import Document
    from docx.shared import Cm

    recipients = ("Kính gửi:", "- Bộ Ngoại giao;", "- Ủy ban nhân dân thành phố.")

    def laid_out(spaces: int) -> bytes:
        doc = Document(io.BytesIO(cong_van(recipients)))
        first, second = (p for p in doc.paragraphs if p.text.startswith("- "))
        for p in (first, second):
            p.paragraph_format.first_line_indent = Cm(0)
        first.paragraph_format.left_indent = Cm(0)
        first.runs[0].text = " " * spaces + first.runs[0].text
        second.paragraph_format.left_indent = Cm(5)
        return to_bytes(doc)

    aligned = 40  # 40 spaces of 14 pt: 40 × 3,5 pt = 140 pt, about 4,94 cm
    assert "ND30-KINH-GUI" not in rules(check_docx(laid_out(aligned)))
    found = [f for f in check_docx(laid_out(aligned - 16)) if f.rule == "ND30-KINH-GUI"]
    assert [f.expected for f in found] == ["các gạch đầu dòng thẳng hàng"]


def with_chapter(heading: str, *, bold: bool = True, title_size: float = 14) -> bytes:
    """A decision whose articles open with a chapter heading and its title, centred, as Phụ lục I lays them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = build_report(replace(Spec(), **DECISION))
    article = next(p for p in doc.paragraphs if p.text.startswith("Điều 1"))
    for text, size in ((heading, 14.0), ("QUY ĐỊNH CHUNG", title_size)):
        line = article.insert_paragraph_before()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = line.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    return to_bytes(doc)


@pytest.mark.parametrize(
    ("heading", "bold", "title_size", "wrong"),
    [
        ("Chương I", True, 14, set()),
        ("CHƯƠNG I", True, 14, {"ND30-CHUONG-TEXT"}),
        ("Chương 1", True, 14, {"ND30-CHUONG-TEXT"}),
        ("Mục 2", True, 14, set()),
        ("Chương II", False, 14, {"ND30-CHUONG-BOLD", "ND30-CHUONG-TITLE-BOLD"}),
        ("Chương III", True, 12.5, {"ND30-CHUONG-TITLE-SIZE"}),
        ("Chương trình", False, 12, set()),
        ("Mục tiêu:", False, 12, set()),
    ],
    ids=[
        "dung",
        "chuong-in-hoa",
        "chuong-so-a-rap",
        "muc-so-a-rap",
        "khong-dam",
        "tieu-de-12-5",
        "chuong-trinh-khong-phai-chuong",
        "muc-tieu-khong-phai-muc",
    ],
)
def test_chapter_headings(heading: str, bold: bool, title_size: float, wrong: set[str]) -> None:
    """Real files: «CHƯƠNG I» in capitals (vbai_161, 231, 247), a chapter title at 12,5 pt (vbai_207)."""
    found = {f.rule for f in check_docx(with_chapter(heading, bold=bold, title_size=title_size))}
    assert {r for r in found if r.startswith("ND30-CHUONG")} == wrong

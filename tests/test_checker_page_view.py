"""The checker judges what the page shows (issue 23): spacing between two paragraphs, justification of lines
that wrap only, page numbers only for documents of more than one page as Word saved them, tab stops, the signer's
name typed under the signature table, a date line starting «Ngày». Each test builds the small document that
reproduces the false finding, and its true counterpart."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Emu, Pt

from docbuilders import BODY, Spec, build_report, para, to_bytes
from reportgen.check.nd30 import Finding, check_docx

LONG = "Sở Ngoại vụ đã phối hợp với các sở, ngành tổ chức đón tiếp các đoàn khách quốc tế đến thăm thành phố. " * 3


def rules(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def test_one_line_paragraph_need_not_be_justified() -> None:
    doc = build_report(replace(Spec(), body=(*BODY[:-1], "Kết quả cụ thể như sau:", BODY[-1])))
    target = next(p for p in doc.paragraphs if p.text == "Kết quả cụ thể như sau:")
    target.alignment = WD_ALIGN_PARAGRAPH.LEFT
    assert "ND30-BODY-ALIGN" not in rules(check_docx(to_bytes(doc)))


def test_wrapped_paragraph_left_aligned_is_reported() -> None:
    doc = build_report(replace(Spec(), body=(*BODY[:-1], LONG, BODY[-1])))
    target = next(p for p in doc.paragraphs if p.text == LONG)
    target.alignment = WD_ALIGN_PARAGRAPH.LEFT
    assert "ND30-BODY-ALIGN" in rules(check_docx(to_bytes(doc)))


def test_space_before_of_the_next_paragraph_counts() -> None:
    doc = build_report(replace(Spec(), body_after_pt=0))
    for p in doc.paragraphs:
        if p.paragraph_format.first_line_indent:
            p.paragraph_format.space_before = Pt(6)
    assert "ND30-BODY-SPACING" not in rules(check_docx(to_bytes(doc)))


def test_no_space_between_paragraphs_is_reported() -> None:
    doc = build_report(replace(Spec(), body_after_pt=0))
    assert "ND30-BODY-SPACING" in rules(check_docx(to_bytes(doc)))


def test_right_tab_stop_is_not_a_first_line_indent() -> None:
    doc = build_report(replace(Spec(), body=(*BODY[:-1], "\tBiểu số 01", BODY[-1])))
    target = next(p for p in doc.paragraphs if p.text == "\tBiểu số 01")
    target.paragraph_format.first_line_indent = None
    target.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    assert "ND30-BODY-INDENT" not in rules(check_docx(to_bytes(doc)))


def test_left_tab_far_in_is_an_indent() -> None:
    doc = build_report(replace(Spec(), body=(*BODY[:-1], "\t" + LONG, BODY[-1])))
    target = next(p for p in doc.paragraphs if p.text.startswith("\t"))
    target.paragraph_format.first_line_indent = None
    target.paragraph_format.tab_stops.add_tab_stop(Cm(4), WD_TAB_ALIGNMENT.LEFT)
    assert "ND30-BODY-INDENT" in rules(check_docx(to_bytes(doc)))


def saved_pages(data: bytes, pages: int, words: int = 900) -> bytes:
    """The file as Word saves it: docProps/app.xml with its page and word counts."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/app.xml":
                text = body.decode("utf-8")
                text = re.sub(r"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>", text)
                text = re.sub(r"<Words>\d+</Words>", f"<Words>{words}</Words>", text)
                body = text.encode("utf-8")
            copy.writestr(info, body)
    return out.getvalue()


def test_one_page_as_word_saved_it_needs_no_page_number() -> None:
    """A long text Word laid out on one page (and a page break typed in a table cell) is one page."""
    doc = build_report(replace(Spec(), page_number=False, body=(*BODY[:-1], *(LONG,) * 12, BODY[-1])))
    cell = doc.tables[0].cell(0, 0)
    cell.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    data = to_bytes(doc)
    assert "ND30-PAGENUM-MISSING" in rules(check_docx(data))  # no saved layout: the text is long
    assert "ND30-PAGENUM-MISSING" not in rules(check_docx(saved_pages(data, 1)))
    assert "ND30-PAGENUM-MISSING" in rules(check_docx(saved_pages(data, 2)))


def test_signer_name_typed_under_the_signature_table_is_found() -> None:
    doc = build_report(replace(Spec(), name=""))
    assert "ND30-SIGN-NAME-MISSING" in rules(check_docx(to_bytes(doc)))
    para(doc, "", 13)
    name = para(doc, "Nguyễn Văn An", 13, bold=True)
    name.paragraph_format.left_indent = Cm(9)
    assert "ND30-SIGN-NAME-MISSING" not in rules(check_docx(to_bytes(doc)))


def test_date_line_with_capital_ngay_is_found() -> None:
    doc = build_report(replace(Spec(), date="Đà Nẵng, Ngày 05 tháng 01 năm 2024"))
    assert "ND30-DATE-MISSING" not in rules(check_docx(to_bytes(doc)))
    doc = build_report(replace(Spec(), date="Ngày 05 tháng 01 năm 2024"))
    found = rules(check_docx(to_bytes(doc)))
    assert "ND30-DATE-MISSING" not in found
    assert "ND30-DATE-FORMAT" in found  # the place is missing: that is what is said


def test_top_margin_under_the_header_distance_is_set_by_the_header() -> None:
    """Top margin 0 with a header: Word lays the text under the header's content (a real file looked normal
    on the page); without a header the same 0 mm is reported."""
    doc = build_report(replace(Spec(), margins_mm=(0, 20, 30, 15)))
    doc.sections[0].header_distance = Cm(0.8)
    assert "ND30-PAGE-MARGIN-TOP" not in rules(check_docx(to_bytes(doc)))
    bare = build_report(replace(Spec(), margins_mm=(0, 20, 30, 15), page_number=False, title_page=False))
    assert "ND30-PAGE-MARGIN-TOP" in rules(check_docx(to_bytes(bare)))


def test_summary_typed_in_a_one_cell_box_is_found() -> None:
    """«BÁO CÁO» with its trích yếu in a one-cell borderless table, ruled inside the box."""
    doc = build_report(replace(Spec(), summary="", summary_rule=False))
    kind = next(p for p in doc.paragraphs if p.text == "BÁO CÁO")
    box = doc.add_table(rows=1, cols=1)
    para(box.cell(0, 0), "Tổng kết công tác đối ngoại năm 2023", 13, bold=True, first=True)
    rule = para(box.cell(0, 0), "", 13)
    from docbuilders import add_rule

    add_rule(rule)
    kind._p.addnext(box._tbl)
    found = rules(check_docx(to_bytes(doc)))
    assert not found & {"ND30-SUMMARY-MISSING", "ND30-SUMMARY-RULE"}


def test_article_number_bold_with_a_regular_period_is_bold_on_the_page() -> None:
    from docbuilders import DECISION

    doc = build_report(replace(Spec(), **DECISION))
    article = next(p for p in doc.paragraphs if p.text.startswith("Điều 2"))
    head = article.runs[0]
    head.text = "Điều 2"
    article.runs[1].text = ". " + article.runs[1].text
    assert "ND30-QD-DIEU-BOLD" not in rules(check_docx(to_bytes(doc)))
    head.bold = False
    assert "ND30-QD-DIEU-BOLD" in rules(check_docx(to_bytes(doc)))


def test_signer_name_pushed_by_spaces_is_not_judged_on_its_alignment() -> None:
    doc = build_report(replace(Spec(), name=" " * 20 + "Nguyễn Văn Bình Minh"))
    name = doc.tables[-1].cell(0, 1).paragraphs[-1]
    name.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    assert "ND30-SIGN-TITLE-ALIGN" not in rules(check_docx(to_bytes(doc)))


def test_long_centred_summary_is_a_summary() -> None:
    summary = "Về việc cho phép sáp nhập Quỹ hoạt động nhân đạo Chữ thập đỏ tỉnh Đắk Nông (trước sắp xếp), " * 3
    doc = build_report(replace(Spec(), summary=summary.strip()))
    assert len(summary) > 250
    assert "ND30-SUMMARY-MISSING" not in rules(check_docx(to_bytes(doc)))


def test_noi_nhan_bold_with_a_regular_colon_is_bold_on_the_page() -> None:
    doc = build_report(replace(Spec(), noi_nhan="Nơi nhận"))
    head = doc.tables[-1].cell(0, 0).paragraphs[0]
    colon = head.add_run(":")
    colon.italic = True
    colon.font.size = Pt(12)
    assert "ND30-NOI-NHAN-BOLD" not in rules(check_docx(to_bytes(doc)))
    head.runs[0].bold = False
    assert "ND30-NOI-NHAN-BOLD" in rules(check_docx(to_bytes(doc)))


def test_space_after_and_before_collapse_to_the_larger_as_on_the_page() -> None:
    """Measured on a LibreOffice page (and so Word lays it out): 6 pt after over 12 pt before shows 12 pt, not
    18 pt; so 3 pt after over 3 pt before shows 3 pt, under the decree's 6 pt, and 6 pt over 3 pt is enough."""
    doc = build_report(replace(Spec(), body_after_pt=3))
    for p in doc.paragraphs:
        if p.paragraph_format.first_line_indent:
            p.paragraph_format.space_before = Pt(3)
    found = [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-BODY-SPACING"]
    assert found and found[0].actual == "3 pt"
    doc = build_report(replace(Spec(), body_after_pt=6))
    for p in doc.paragraphs:
        if p.paragraph_format.first_line_indent:
            p.paragraph_format.space_before = Pt(3)
    assert "ND30-BODY-SPACING" not in rules(check_docx(to_bytes(doc)))


def test_contextual_spacing_drops_only_the_side_of_the_paragraph_that_asks() -> None:
    """«Don't add space between paragraphs of the same style» on every body paragraph: no space on the page; on
    the following paragraphs only, the first one's 6 pt «after» still shows."""
    from docx.oxml import OxmlElement

    def contextual(doc: object, which: str) -> bytes:
        body = [p for p in doc.paragraphs if p.paragraph_format.first_line_indent]  # type: ignore[attr-defined]
        for index, p in enumerate(body):
            if which == "all" or index % 2:
                p._p.get_or_add_pPr().append(OxmlElement("w:contextualSpacing"))
        return to_bytes(doc)  # type: ignore[arg-type]

    assert "ND30-BODY-SPACING" in rules(check_docx(contextual(build_report(), "all")))
    assert "ND30-BODY-SPACING" not in rules(check_docx(contextual(build_report(), "odd")))


def test_empty_paragraph_between_two_paragraphs_is_space_enough() -> None:
    """vbai_105: the last legal basis, an empty paragraph, then «QUYẾT ĐỊNH:»; the page shows a blank line, not
    the 0 pt of the two paragraphs' own spacing."""
    doc = build_report(replace(Spec(), body_after_pt=0))
    for p in doc.paragraphs:
        if p.paragraph_format.first_line_indent:
            p.insert_paragraph_before("")
    assert "ND30-BODY-SPACING" not in rules(check_docx(to_bytes(doc)))


def test_justified_quoc_hieu_filling_its_cell_sits_where_a_centred_one_would() -> None:
    """vbai_245: the Quốc hiệu justified on one line that takes nearly all of its cell looks centred on the page;
    in a cell half again as wide it stands visibly to the left."""
    from reportgen.check.nd30.rule_length import text_width

    def quoc_in_cell(ratio: float) -> bytes:
        doc = build_report()
        cell = doc.tables[0].cell(0, 1)
        quoc = cell.paragraphs[0]
        quoc.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        width_emu = text_width(quoc.text, 12, bold=True) * ratio + 216 * 635  # text plus Word's cell margins
        cell.width = Emu(int(width_emu))
        return to_bytes(doc)

    assert "ND30-QUOC-HIEU-ALIGN" not in rules(check_docx(quoc_in_cell(1.03)))
    assert "ND30-QUOC-HIEU-ALIGN" in rules(check_docx(quoc_in_cell(1.5)))

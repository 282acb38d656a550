"""The checker on the layouts staff really make (issue 14): each test builds a small document reproducing one
construct seen in real files — header and signature laid out with tabs, rules as connectors or superscript
underscores, a trích yếu over two paragraphs, indents by Tab or numbering, NFD text, theme fonts in the
complex-script slot, roles (appendix file, speech) — and the crash corpus: every file gets a result."""

from __future__ import annotations

import copy
import io
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from docbuilders import BODY, CENTER, JUSTIFY, Spec, add_text, build_report, para, to_bytes, xml
from reportgen.check.nd30 import Finding, check_docx, detect_profile
from reportgen.check.nd30.docxmodel import load, measure
from reportgen.check.report import check_paths, explain
from reportgen.cli import main

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VML_CONNECTOR = (
    f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape type="#_x0000_t32" style="position:absolute;width:80pt;height:0"/></w:pict></w:r>'
)


def rules(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def first_table_to_top(doc: object, paragraphs: list[object]) -> None:
    """Replace the header table by ``paragraphs`` (built at the end of the body, moved to the top)."""
    body = doc.element.body  # type: ignore[attr-defined]
    table = body.find(qn("w:tbl"))
    for p in reversed(paragraphs):
        table.addnext(xml(p))
    body.remove(table)


def tab_header(doc: object, rule_shapes: bool = True) -> None:
    """The header as two tab-separated columns in plain paragraphs, the rules drawn as Word 2007 connectors."""
    lines = []
    p = para(doc, "", 12, align=None)
    add_text(p, "SỞ NGOẠI VỤ", 12, bold=True)
    add_text(p, "\t\t", 12)
    add_text(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=True)
    lines.append(p)
    p = para(doc, "", 13, align=None)
    add_text(p, "\t\t\t", 13)
    add_text(p, "Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    lines.append(p)
    p = para(doc, "", 13, align=None)
    if rule_shapes:
        xml(p).append(parse_xml(VML_CONNECTOR))
        xml(p).append(parse_xml(VML_CONNECTOR))
    lines.append(p)
    p = para(doc, "", 13, align=None)
    add_text(p, "Số:        /BC-SNV", 13)
    add_text(p, "\t\t", 13)
    add_text(p, "Đà Nẵng, ngày      tháng 01 năm 2024", 13, italic=True)
    lines.append(p)
    first_table_to_top(doc, lines)


def check(doc: object) -> list[Finding]:
    return check_docx(to_bytes(doc))  # type: ignore[arg-type]


def test_header_laid_out_with_tabs_and_connector_rules_is_read() -> None:
    doc = build_report()
    tab_header(doc)
    found = rules(check(doc))
    assert not found & {"ND30-HEADER-TABLE", "ND30-QUOC-HIEU-TEXT", "ND30-TIEU-NGU-RULE", "ND30-ISSUER-RULE"}, found
    assert not found & {"ND30-NUMBER-MISSING", "ND30-DATE-MISSING"}, found


def test_tab_header_without_rules_is_told() -> None:
    doc = build_report()
    tab_header(doc, rule_shapes=False)
    assert {"ND30-TIEU-NGU-RULE", "ND30-ISSUER-RULE"} <= rules(check(doc))


def _right_cell(doc: Any) -> Any:
    return doc.tables[0].rows[0].cells[1]


def test_quoc_hieu_and_tieu_ngu_in_one_paragraph_with_underscore_rule() -> None:
    doc = build_report(replace(Spec(), tieu_ngu_rule=False))
    cell = _right_cell(doc)
    quoc = cell.paragraphs[0]
    tieu = cell.paragraphs[1]
    quoc.add_run().add_break()
    for run in list(tieu.runs):
        xml(quoc).append(copy.deepcopy(xml(run)))
    xml(tieu).getparent().remove(xml(tieu))
    quoc.add_run().add_break()
    rule = add_text(quoc, "____________", 13)
    rule.font.superscript = True
    found = rules(check(doc))
    assert not found & {"ND30-QUOC-HIEU-TEXT", "ND30-TIEU-NGU-TEXT", "ND30-TIEU-NGU-RULE"}, found


def test_old_tone_placement_and_nfd_quoc_hieu_are_accepted_but_nfd_is_reported() -> None:
    doc = build_report(replace(Spec(), quoc_hieu=unicodedata.normalize("NFD", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")))
    found = rules(check(doc))
    assert "ND30-QUOC-HIEU-TEXT" not in found
    assert "ND30-NFC" in found


def test_missing_quoc_hieu_still_checks_the_tieu_ngu() -> None:
    doc = build_report(replace(Spec(), quoc_hieu="", tieu_ngu="Độc lâp - Tự do - Hạnh phúc"))
    found = check(doc)
    assert {"ND30-QUOC-HIEU-TEXT", "ND30-TIEU-NGU-TEXT"} <= rules(found)
    tieu = next(f for f in found if f.rule == "ND30-TIEU-NGU-TEXT")
    assert tieu.message == "Tiêu ngữ viết sai chính tả."


def test_trich_yeu_over_two_paragraphs_with_the_rule_after_the_last() -> None:
    doc = build_report(replace(Spec(), summary="Tổng kết công tác đối ngoại năm 2023"))
    body = doc.element.body
    summary = next(p for p in doc.paragraphs if p.text.startswith("Tổng kết"))
    second = copy.deepcopy(xml(summary))
    for t in second.iter(qn("w:t")):
        t.text = "và phương hướng năm 2024"
    xml(summary).addnext(second)
    assert body is not None
    found = rules(check(doc))
    assert not found & {"ND30-SUMMARY-RULE", "ND30-BODY-ALIGN", "ND30-BODY-INDENT"}, found


def test_title_matched_by_kind_prefix() -> None:
    doc = build_report(replace(Spec(), kind="BIÊN BẢN LÀM VIỆC", number="Số: 05/BB-SNV"))
    assert detect_profile(doc) == "BB"


def test_indent_by_leading_tab_or_numbering_is_an_indent() -> None:
    doc = build_report()
    target = next(p for p in doc.paragraphs if p.text.startswith("Năm 2023"))
    target.paragraph_format.first_line_indent = None
    xml(target.runs[0]).addprevious(parse_xml(f'<w:r xmlns:w="{W}"><w:tab/></w:r>'))
    numbered = next(p for p in doc.paragraphs if p.text.startswith("Thực hiện"))
    numbered.paragraph_format.first_line_indent = None
    num = parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    xml(numbered).get_or_add_pPr().append(num)
    assert "ND30-BODY-INDENT" not in rules(check(doc))
    target.paragraph_format.first_line_indent = 0
    xml(target).remove(xml(target).find(qn("w:r")))
    assert "ND30-BODY-INDENT" in rules(check(doc))


def test_theme_font_only_in_the_complex_script_slot_is_no_problem() -> None:
    doc = build_report()
    run = xml(next(p for p in doc.paragraphs if p.text.startswith("Năm 2023")).runs[0])
    run.rPr.rFonts.set(qn("w:cstheme"), "minorBidi")
    assert "ND30-FONT-THEME" not in rules(check(doc))
    run.rPr.rFonts.set(qn("w:hAnsiTheme"), "minorHAnsi")
    assert "ND30-FONT-THEME" in rules(check(doc))


def test_one_page_document_needs_no_page_number_but_a_long_one_does() -> None:
    assert "ND30-PAGENUM-MISSING" not in rules(check(build_report(replace(Spec(), page_number=False))))
    long = build_report(replace(Spec(), page_number=False, body=BODY[:-1] * 12 + BODY[-1:]))
    assert "ND30-PAGENUM-MISSING" in rules(check(long))


def test_page_number_size() -> None:
    doc = build_report()
    for run in doc.sections[0].header.paragraphs[0].runs:
        run.font.size = 11 * 12700
    assert "ND30-PAGENUM-SIZE" in rules(check(doc))
    assert "ND30-PAGENUM-SIZE" not in rules(check(build_report()))


@pytest.mark.parametrize("leftover", ["${ho_ten}", "{{ ten }}", "{% if x %}"])
def test_template_leftovers(leftover: str) -> None:
    body = (BODY[0], f"Năm 2023, {leftover} công tác đối ngoại.", f"Thêm {leftover}.", BODY[-1])
    found = check(build_report(replace(Spec(), body=body)))
    leftovers = [f for f in found if f.rule == "ND30-LEFTOVER"]
    assert len(leftovers) == 1 and "1 chỗ khác" in leftovers[0].location
    assert "ND30-LEFTOVER" not in rules(check(build_report()))


def test_text_in_a_body_level_content_control_is_checked() -> None:
    doc = build_report()
    target = xml(next(p for p in doc.paragraphs if p.text.startswith("Năm 2023")))
    sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent/></w:sdt>')
    target.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(target)
    for t in target.iter(qn("w:t")):
        t.text = "Năm 2023 {{ nam }} là năm bản lề."
    assert "ND30-LEFTOVER" in rules(check(doc))


def signature_with_tabs(doc: object, luu: str = "- Lưu: VT, HTQT.") -> None:
    body = doc.element.body  # type: ignore[attr-defined]
    table = body.findall(qn("w:tbl"))[-1]
    lines = []
    for left, right, bold in (("Nơi nhận:", "KT. GIÁM ĐỐC", True), ("- Bộ Ngoại giao;", "PHÓ GIÁM ĐỐC", True)):
        p = para(doc, "", 12, align=None)
        add_text(p, left, 12 if left.startswith("N") else 11, bold=left.startswith("N"), italic=left.startswith("N"))
        add_text(p, "\t\t\t", 12)
        add_text(p, right, 13, bold=bold)
        lines.append(p)
    p = para(doc, "", 11, align=None)
    add_text(p, luu, 11)
    lines.append(p)
    p = para(doc, "", 13, align=None)
    add_text(p, "\t\t\t\t\t\t", 13)
    add_text(p, "Nguyễn Văn An", 13, bold=True)
    lines.append(p)
    for p in reversed(lines):
        table.addnext(xml(p))
    body.remove(table)


def test_signature_and_recipients_without_a_table() -> None:
    doc = build_report()
    signature_with_tabs(doc)
    found = rules(check(doc))
    assert not found & {"ND30-SIGN-MISSING", "ND30-NOI-NHAN-MISSING", "ND30-RECEIVER-LUU", "ND30-SIGN-NAME-MISSING"}
    doc = build_report()
    signature_with_tabs(doc, luu="- UBND thành phố.")
    assert "ND30-RECEIVER-LUU" in rules(check(doc))


def test_signature_nested_in_the_recipient_cell_is_not_read_as_recipients() -> None:
    doc = build_report()
    table = doc.tables[-1]
    left, right = table.rows[0].cells
    inner = left.add_table(rows=1, cols=1)
    for p in list(right.paragraphs):
        inner.rows[0].cells[0]._tc.append(copy.deepcopy(xml(p)))
        p._p.getparent().remove(p._p) if len(right.paragraphs) > 1 else None
    for t in xml(right.paragraphs[0]).iter(qn("w:t")):
        t.text = ""
    found = rules(check(doc))
    assert not found & {"ND30-RECEIVER-DASH", "ND30-RECEIVER-PUNCT", "ND30-RECEIVER-LUU"}, found


def test_wrapped_recipient_is_one_recipient() -> None:
    receivers = ("- Các bộ, cơ quan ngang bộ,", "   cơ quan thuộc Chính phủ;", "- Lưu: VT, HTQT.")
    assert not rules(check(build_report(replace(Spec(), receivers=receivers)))) & {
        "ND30-RECEIVER-DASH",
        "ND30-RECEIVER-PUNCT",
    }


def test_separate_appendix_file_is_checked_as_an_appendix() -> None:
    doc = build_report()
    body = doc.element.body
    for table in body.findall(qn("w:tbl")):
        body.remove(table)
    for p in list(doc.paragraphs)[:3]:
        body.remove(xml(p))
    heading = para(doc, "Phụ lục", 14, bold=True)
    ref = para(doc, "(Kèm theo Báo cáo số 05/BC-SNV ngày 05 tháng 01 năm 2024)", 14, italic=True)
    first = body[0]
    first.addprevious(xml(heading))
    first.addprevious(xml(ref))
    assert detect_profile(doc) == "APPENDIX"
    found = rules(check(doc))
    assert not found & {"ND30-HEADER-TABLE", "ND30-NUMBER-MISSING", "ND30-SIGN-MISSING", "ND30-QUOC-HIEU-TEXT"}


def test_speech_title_with_occasion_is_a_speech() -> None:
    doc = build_report(replace(Spec(), kind="BÀI PHÁT BIỂU KHAI MẠC"))
    assert detect_profile(doc) == "SPEECH"


def test_margin_wrong_in_many_sections_is_one_finding_with_a_count() -> None:
    doc = build_report(replace(Spec(), margins_mm=(20, 20, 20, 15)))
    from docx.enum.section import WD_SECTION

    for _ in range(4):
        doc.add_section(WD_SECTION.NEW_PAGE)
    left = [f for f in check(doc) if f.rule == "ND30-PAGE-MARGIN-LEFT"]
    assert len(left) == 1 and "4 mục khác" in left[0].location


def test_explain_cites_the_clause() -> None:
    text = explain("nd30-page-margin-left")
    assert text is not None and "Phụ lục I" in text and "Định lề trang" in text
    assert explain("ND30-NOT-A-RULE") is None


def test_explain_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--explain", "ND30-PAGENUM-SIZE"]) == 0
    assert "13–14" in capsys.readouterr().out
    assert main(["check", "--explain", "ND30-KHONG-CO"]) == 2


# The crash corpus: files no generator writes but real offices do; every one must get a clean result.


def _repack(data: bytes, edit: dict[str, bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in edit:
                body = edit[info.filename]
                if body is not None:
                    dst.writestr(info.filename, body)
            else:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


def _content_type(data: bytes, kind: str) -> bytes:
    types = _part(data, "[Content_Types].xml").replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", kind
    )
    return _repack(data, {"[Content_Types].xml": types.encode()})


def _document(data: bytes, old: str, new: str) -> bytes:
    text = _part(data, "word/document.xml")
    assert old in text
    return _repack(data, {"word/document.xml": text.replace(old, new, 1).encode()})


def _sect(data: bytes, attr: str, value: str) -> bytes:
    text = _part(data, "word/document.xml")
    start = text.index("<w:pgMar")
    end = text.index("/>", start)
    tag = text[start:end]
    import re

    tag = re.sub(rf'w:{attr}="[^"]*"', f'w:{attr}="{value}"', tag)
    return _repack(data, {"word/document.xml": (text[:start] + tag + text[end:]).encode()})


def _crash_corpus() -> dict[str, bytes]:
    clean = to_bytes(build_report())
    big = to_bytes(build_report(replace(Spec(), body=BODY[:-1] * 1500 + BODY[-1:])))
    return {
        "template.dotx": _content_type(
            clean, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
        ),
        "macro.docm": _content_type(clean, "application/vnd.ms-word.document.macroEnabled.main+xml"),
        "macro-template.dotm": _content_type(clean, "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
        "decimal-twips.docx": _sect(clean, "left", "1701.0"),
        "universal-measure.docx": _sect(_sect(clean, "left", "3cm"), "top", "57pt"),
        "no-styles.docx": _repack(clean, {"word/styles.xml": None}),
        "header-part-missing.docx": _repack(clean, {"word/header1.xml": None}),
        "no-document-part.docx": _repack(clean, {"word/document.xml": None}),
        "sdt-body.docx": _document(
            clean,
            "<w:body>",
            "<w:body><w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>x</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        ),
        "odd-size.docx": _document(clean, "<w:sz ", '<w:sz w:val="26.5"/><w:szCs '),
        "very-large.docx": big,
    }


@pytest.fixture(scope="module")
def crash_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash")
    for name, data in _crash_corpus().items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("name", sorted(_crash_corpus()))
def test_crash_corpus_file_gets_a_result(crash_corpus: Path, name: str) -> None:
    findings = check_docx(crash_corpus / name)
    assert isinstance(findings, list)
    if name in ("template.dotx", "macro.docm", "macro-template.dotm", "decimal-twips.docx"):
        assert findings == [], [f.render() for f in findings]
    if name == "universal-measure.docx":
        assert "ND30-PAGE-MARGIN-LEFT" not in rules(findings) and "ND30-PAGE-MARGIN-TOP" not in rules(findings)
    if name == "no-document-part.docx":
        assert rules(findings) == {"ND30-FILE-UNREADABLE"}


def test_measures_read_every_notation() -> None:
    assert measure("1701") == 1701 and measure("1701.0") == 1701
    assert measure("3cm") == pytest.approx(1700.8, abs=1) and measure("72pt") == 1440
    assert measure("26.5", unit=10.0) == 26.5 and measure("abc") is None


def test_folder_run_survives_a_crashing_file(
    crash_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reportgen.check.report as checking

    real = check_docx

    def flaky(path: Path, *args: Any, **kwargs: Any) -> list[Finding]:
        if path.name == "decimal-twips.docx":
            raise RuntimeError("boom")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(checking, "check_docx", flaky)
    reports = check_paths([crash_corpus])
    assert len(reports) == len(_crash_corpus())
    broken = next(r for r in reports if r.path.name == "decimal-twips.docx")
    assert broken.unreadable and broken.findings
    assert any(not r.unreadable and not r.findings for r in reports)


def test_exit_code_follows_the_worst_finding(tmp_path: Path) -> None:
    clean = tmp_path / "sach.docx"
    clean.write_bytes(to_bytes(build_report()))
    draft = tmp_path / "du-thao.docx"
    draft.write_bytes(to_bytes(build_report(replace(Spec(), number="Số:    /BC-SNV"))))
    wrong = tmp_path / "sai.docx"
    wrong.write_bytes(to_bytes(build_report(replace(Spec(), margins_mm=(20, 20, 20, 15)))))
    assert main(["check", str(clean)]) == 0
    assert main(["check", str(draft)]) == 0  # warnings only
    assert main(["check", str(wrong)]) == 1
    (tmp_path / "hong.docx").write_bytes(b"PK\x03\x04 not really")
    assert main(["check", str(tmp_path)]) == 3


def test_json_of_load_is_reusable() -> None:
    model = load(to_bytes(build_report()))
    assert model.sections[0].margins["left"] == pytest.approx(1701, abs=1)
    assert CENTER is not None and JUSTIFY is not None and OxmlElement is not None


def test_underlined_issuer_counts_as_its_rule() -> None:
    doc = build_report(replace(Spec(), issuer_rule=False))
    assert "ND30-ISSUER-RULE" in rules(check(doc))
    issuer = next(p for p in doc.tables[0].rows[0].cells[0].paragraphs if p.text == "SỞ NGOẠI VỤ")
    for run in issuer.runs:
        run.font.underline = True
    assert "ND30-ISSUER-RULE" not in rules(check(doc))


def test_clean_text_in_a_content_control_raises_nothing() -> None:
    doc = build_report()
    target = xml(next(p for p in doc.paragraphs if p.text.startswith("Năm 2023")))
    sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr/><w:sdtContent/></w:sdt>')
    target.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(target)
    assert check(doc) == []


def test_text_issued_with_another_needs_no_number_date_or_signature() -> None:
    spec = replace(Spec(), kind="QUY CHẾ", summary="Làm việc của Sở Ngoại vụ")
    doc = build_report(spec)
    body = doc.element.body
    cell = doc.tables[0].rows[0].cells
    for p in list(cell[0].paragraphs) + list(cell[1].paragraphs):
        if p.text.startswith(("Số:", "Đà Nẵng")):
            p._p.getparent().remove(p._p)
    summary = next(p for p in doc.paragraphs if p.text.startswith("Làm việc"))
    ref = para(doc, "(Ban hành kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 01 năm 2024)", 14, italic=True)
    xml(summary).addnext(xml(ref))
    body.remove(body.findall(qn("w:tbl"))[-1])
    assert detect_profile(doc) == "ATTACHMENT"
    found = rules(check(doc))
    assert not found & {"ND30-NUMBER-MISSING", "ND30-DATE-MISSING", "ND30-SIGN-MISSING", "ND30-NOI-NHAN-MISSING"}


def test_a_rule_group_that_breaks_is_a_finding_and_the_others_still_report(monkeypatch: pytest.MonkeyPatch) -> None:
    import reportgen.check.nd30 as nd30

    def broken(*args: object) -> list[Finding]:
        raise ValueError("hỏng")

    monkeypatch.setattr(nd30, "check_body", broken)
    found = check(build_report(replace(Spec(), margins_mm=(20, 20, 20, 15))))
    assert {"ND30-FILE-BROKEN", "ND30-PAGE-MARGIN-LEFT"} <= rules(found)
    broken_finding = next(f for f in found if f.rule == "ND30-FILE-BROKEN")
    assert "nội dung" in broken_finding.message


def _body_para(doc: Any, start: str) -> Any:
    return next(p for p in doc.paragraphs if p.text.startswith(start))


def test_noi_nhan_typed_under_the_signature_table() -> None:
    doc = build_report()
    table = doc.tables[-1]
    left = table.rows[0].cells[0]
    lines = [p.text for p in left.paragraphs]
    for p in left.paragraphs:
        for t in xml(p).iter(qn("w:t")):
            t.text = ""
    moved = []
    for text in lines:
        p = para(doc, "", 11, align=None)
        add_text(
            p, text, 12 if text.startswith("Nơi") else 11, bold=text.startswith("Nơi"), italic=text.startswith("Nơi")
        )
        moved.append(p)
    found = rules(check(doc))
    assert not found & {"ND30-NOI-NHAN-MISSING", "ND30-RECEIVER-LUU"}, found


def test_issuer_in_small_letters_is_a_case_problem_not_a_missing_header() -> None:
    found = rules(check(build_report(replace(Spec(), issuer="Sở Ngoại vụ"))))
    assert "ND30-ISSUER-CASE" in found and "ND30-HEADER-TABLE" not in found


def test_rule_under_the_trich_yeu_in_the_same_paragraph() -> None:
    doc = build_report(replace(Spec(), summary_rule=False))
    assert "ND30-SUMMARY-RULE" in rules(check(doc))
    summary = _body_para(doc, "Tổng kết")
    summary.add_run().add_break()
    add_text(summary, "__________", 13)
    assert "ND30-SUMMARY-RULE" not in rules(check(doc))


def test_all_caps_formatting_reads_as_capitals() -> None:
    doc = build_report(replace(Spec(), kind="Báo cáo"))
    assert "ND30-KIND-CASE" in rules(check(doc))
    for run in _body_para(doc, "Báo cáo").runs:
        run.font.all_caps = True
    assert "ND30-KIND-CASE" not in rules(check(doc))


@pytest.mark.parametrize(
    ("date", "rule"),
    [("Đà Nẵng, ngày … tháng … năm 2024", "ND30-DATE-BLANK"), ("Đà Nẵng, 05/01/2024", "ND30-DATE-FORMAT")],
)
def test_draft_and_numeric_dates_are_read(date: str, rule: str) -> None:
    found = rules(check(build_report(replace(Spec(), date=date))))
    assert rule in found and "ND30-DATE-MISSING" not in found


def test_receiver_group_heading_ends_with_a_colon() -> None:
    receivers = ("- Các bộ:", "+ Bộ Ngoại giao;", "+ Bộ Nội vụ;", "- Lưu: VT, HTQT.")
    assert "ND30-RECEIVER-PUNCT" not in rules(check(build_report(replace(Spec(), receivers=receivers))))


def test_hidden_text_is_not_judged() -> None:
    doc = build_report()
    run = add_text(_body_para(doc, "Năm 2023"), " {{ an }}", 14)
    assert "ND30-LEFTOVER" in rules(check(doc))
    run.font.hidden = True
    assert "ND30-LEFTOVER" not in rules(check(doc))


def test_footnote_mark_in_superscript_is_not_a_body_size() -> None:
    doc = build_report()
    run = add_text(_body_para(doc, "Năm 2023"), "1", 9)
    assert "ND30-BODY-SIZE" in rules(check(doc))
    run.font.superscript = True
    assert "ND30-BODY-SIZE" not in rules(check(doc))


def test_indent_in_characters_as_wps_writes_it() -> None:
    doc = build_report()
    target = _body_para(doc, "Năm 2023")
    target.paragraph_format.first_line_indent = 0
    assert "ND30-BODY-INDENT" in rules(check(doc))
    xml(target).get_or_add_pPr().find(qn("w:ind")).set(qn("w:firstLineChars"), "200")
    assert "ND30-BODY-INDENT" not in rules(check(doc))


def test_signer_titles_beyond_the_usual_words() -> None:
    found = rules(check(build_report(replace(Spec(), signer=("KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA")))))
    assert "ND30-SIGN-MISSING" not in found


def test_cell_bottom_border_is_the_rule_under_the_issuer() -> None:
    doc = build_report(replace(Spec(), issuer_rule=False, number=""))
    assert "ND30-ISSUER-RULE" in rules(check(doc))
    cell = doc.tables[0].rows[0].cells[0]
    borders = parse_xml(f'<w:tcBorders xmlns:w="{W}"><w:bottom w:val="single" w:sz="4"/></w:tcBorders>')
    cell._tc.get_or_add_tcPr().append(borders)
    for p in list(cell.paragraphs):
        if not p.text.strip():
            p._p.getparent().remove(p._p)
    assert "ND30-ISSUER-RULE" not in rules(check(doc))


def test_page_numbers_starting_with_a_later_section() -> None:
    from docx.enum.section import WD_SECTION

    from docbuilders import add_page_field

    doc = build_report(replace(Spec(), page_number=False, body=BODY[:-1] * 12 + BODY[-1:]))
    assert "ND30-PAGENUM-MISSING" in rules(check(doc))
    second = doc.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    header = second.header.paragraphs[0]
    header.alignment = CENTER
    add_page_field(header)
    assert "ND30-PAGENUM-MISSING" not in rules(check(doc))


def test_header_block_placed_in_the_first_page_header() -> None:
    doc = build_report()
    body = doc.element.body
    table = body.find(qn("w:tbl"))
    first = doc.sections[0].first_page_header
    first.is_linked_to_previous = False
    first._element.append(table)  # the whole header table moves into the first page's header
    found = rules(check(doc))
    assert not found & {"ND30-QUOC-HIEU-TEXT", "ND30-HEADER-TABLE", "ND30-NUMBER-MISSING", "ND30-DATE-MISSING"}


def test_list_sent_with_a_document_is_checked_as_an_appendix() -> None:
    doc = build_report()
    body = doc.element.body
    for table in body.findall(qn("w:tbl")):
        body.remove(table)
    for p in list(doc.paragraphs)[:3]:
        body.remove(xml(p))
    title = para(doc, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", 14, bold=True)
    ref = para(doc, "(Kèm theo Quyết định số 05/QĐ-SNV ngày 05 tháng 01 năm 2024)", 14, italic=True)
    body[0].addprevious(xml(title))
    body[0].addprevious(xml(ref))
    assert detect_profile(doc) == "APPENDIX"
    assert not rules(check(doc)) & {"ND30-QUOC-HIEU-TEXT", "ND30-NUMBER-MISSING", "ND30-SIGN-MISSING"}


def _damaged(data: bytes, seed: int) -> bytes:
    """The specimen with one part damaged the way broken tools and interrupted saves damage files: elements
    or attributes dropped at random, text turned to numbers, or the part cut short."""
    import random

    from lxml import etree

    rng = random.Random(seed)
    name = rng.choice(["word/document.xml", "word/styles.xml", "word/header1.xml", "word/settings.xml"])
    text = _part(data, name)
    if seed % 7 == 0:
        return _repack(data, {name: text[: len(text) // 2].encode()})
    root = etree.fromstring(text.encode())
    nodes = list(root.iter())
    for node in rng.sample(nodes, min(len(nodes) - 1, 8)):
        parent = node.getparent()
        if parent is not None and rng.random() < 0.5:
            parent.remove(node)
        else:
            for key in list(node.attrib):
                node.attrib[key] = rng.choice(["", "x", "-1", "9e99", "1.5cm"])
    return _repack(data, {name: etree.tostring(root)})


@pytest.mark.parametrize("seed", range(30))
def test_damaged_files_get_a_result_never_an_exception(seed: int) -> None:
    findings = check_docx(_damaged(to_bytes(build_report()), seed))
    assert all(isinstance(f, Finding) for f in findings)


WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DML = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _text_box(offset: int, paragraphs: list[Any]) -> Any:
    run = parse_xml(
        f'<w:r xmlns:w="{W}" xmlns:wp="{WP}" xmlns:a="{DML}" xmlns:wps="{WPS}"><w:drawing>'
        f'<wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>{offset}</wp:posOffset></wp:positionH>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent/></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></w:r>"
    )
    content = next(run.iter(qn("w:txbxContent")))
    for p in paragraphs:
        content.append(xml(p))
    return run


def test_header_typed_in_text_boxes() -> None:
    doc = build_report()
    cells = doc.tables[0].rows[0].cells
    left, right = list(cells[0].paragraphs), list(cells[1].paragraphs)
    anchor = para(doc, "", 13, align=None)
    xml(anchor).append(_text_box(0, left))
    xml(anchor).append(_text_box(3_300_000, right))
    first_table_to_top(doc, [anchor])
    found = rules(check(doc))
    assert not found & {"ND30-QUOC-HIEU-TEXT", "ND30-HEADER-TABLE", "ND30-NUMBER-MISSING", "ND30-DATE-MISSING"}
    assert not found & {"ND30-ISSUER-RULE", "ND30-TIEU-NGU-RULE"}, found

"""The Nghị định 30 checker: a well-formed specimen passes clean, each broken document raises its own rule, and the
issue's acceptance case gets exactly its four findings."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Mm

from docbuilders import DECISION, Spec, build_report, to_bytes, xml
from reportgen.check.nd30 import RULES, Finding, check_docx, detect_profile, findings_to_json
from reportgen.check.nd30.catalogue import SEVERITY

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_broken_docs", ROOT / "tools" / "make_broken_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def rule_ids(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("broken")
    TOOL.build_corpus(folder)
    return folder


@pytest.mark.parametrize("spec", [Spec(), replace(Spec(), **DECISION)], ids=["BC", "QĐ"])
def test_well_formed_document_has_no_finding(spec: Spec) -> None:
    findings = check_docx(to_bytes(build_report(spec)))
    assert findings == [], [f.render() for f in findings]


@pytest.mark.parametrize("name", sorted(TOOL.DEFECTS))
def test_each_broken_document_raises_its_rule(corpus: Path, name: str) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    expected = manifest[f"{name}.docx"]
    findings = check_docx(corpus / f"{name}.docx")
    assert rule_ids(findings) == {expected}, [f.render() for f in findings]


def test_acceptance_case_gets_exactly_four_findings() -> None:
    spec = replace(
        Spec(),
        margins_mm=(20, 20, 20, 15),
        date="Đà Nẵng, ngày 05 tháng 03 năm 2024",
        number="Số: 5/BC-SNV",
        body=(*Spec().body[:-1], "Trên đây là báo cáo tổng kết công tác đối ngoại năm 2023."),
    )
    findings = check_docx(to_bytes(build_report(spec)))
    assert sorted(f.rule for f in findings) == [
        "ND30-DATE-PAD",
        "ND30-END-MARK",
        "ND30-NUMBER-PAD",
        "ND30-PAGE-MARGIN-LEFT",
    ]
    by_rule = {f.rule: f for f in findings}
    assert by_rule["ND30-DATE-PAD"].expected == "tháng 3"
    assert by_rule["ND30-DATE-PAD"].actual == "tháng 03"
    assert by_rule["ND30-NUMBER-PAD"].expected == "05"
    assert by_rule["ND30-PAGE-MARGIN-LEFT"].actual == "20 mm"
    assert by_rule["ND30-END-MARK"].severity == "warning"
    assert "bảng 1, ô (1,1)" in by_rule["ND30-NUMBER-PAD"].location


def test_findings_serialise_to_json() -> None:
    findings = check_docx(to_bytes(build_report(replace(Spec(), number="Số: 5/BC-SNV"))))
    data = json.loads(json.dumps(findings_to_json(findings), ensure_ascii=False))
    assert data == [
        {
            "rule": "ND30-NUMBER-PAD",
            "severity": "error",
            "message": "Số nhỏ hơn 10 phải có số 0 phía trước.",
            "expected": "05",
            "actual": "5",
            "location": "bảng 1, ô (1,1): «Số: 5/BC-SNV»",
        }
    ]
    assert findings[0].to_dict() == data[0]


def test_catalogue_covers_every_rule_with_a_severity() -> None:
    assert set(RULES) == set(SEVERITY)
    assert set(SEVERITY.values()) <= {"error", "warning"}
    assert set(TOOL.DEFECTS.values()) <= set(RULES)
    assert all(text.strip() for text in RULES.values())


@pytest.mark.parametrize(
    ("changes", "profile"),
    [
        ({}, "BC"),
        (DECISION, "QĐ"),
        ({"kind": "THÔNG BÁO", "number": "Số: 05/TB-SNV"}, "TB"),
        ({"kind": "BIÊN BẢN", "number": "Số: 05/BB-SNV"}, "BB"),
        ({"kind": "TỜ TRÌNH", "number": "Số: 05/TTr-SNV"}, "TTr"),
        ({"kind": "KẾ HOẠCH", "number": "Số: 05/KH-SNV"}, "KH"),
        ({"kind": "", "summary": "", "number": "Số: 12/SNV-HTQT"}, "CV"),
        ({"kind": "BÀI PHÁT BIỂU", "number": ""}, "SPEECH"),
        ({"kind": "HƯỚNG DẪN", "number": "Số: 05/HD-SNV"}, "UNKNOWN"),
    ],
)
def test_profile_is_detected(changes: dict[str, Any], profile: str) -> None:
    assert detect_profile(build_report(replace(Spec(), **changes))) == profile


def test_certificate_is_detected_and_checked_for_page_and_fonts_only() -> None:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    doc.add_paragraph("BẰNG KHEN")
    assert detect_profile(doc) == "CERT"
    assert rule_ids(check_docx(to_bytes(doc))) == {"ND30-FONT-THEME"}


def test_speech_needs_no_header_table_number_or_signature() -> None:
    doc = Document()
    doc.add_paragraph("BÀI PHÁT BIỂU")
    doc.add_paragraph("Xin trân trọng cảm ơn!")
    assert detect_profile(doc) == "SPEECH"
    ids = rule_ids(check_docx(to_bytes(doc)))
    assert not ids & {"ND30-HEADER-TABLE", "ND30-NUMBER-MISSING", "ND30-SIGN-MISSING", "ND30-END-MARK"}
    assert "ND30-SPEECH-CLOSING" not in ids


def test_two_line_issuer_in_bold_is_not_a_parent_body() -> None:
    spec = replace(Spec(), parent="ỦY BAN NHÂN DÂN", **DECISION)
    doc = build_report(spec)
    for run in doc.tables[0].rows[0].cells[0].paragraphs[0].runs:
        run.bold = True
    assert check_docx(to_bytes(doc)) == []


def test_minutes_must_not_carry_a_date_and_need_two_signatures() -> None:
    doc = build_report(replace(Spec(), kind="BIÊN BẢN", number="Số: 05/BB-SNV"))
    assert rule_ids(check_docx(to_bytes(doc))) == {"ND30-DATE-FORBIDDEN", "ND30-BB-SIGNATURES"}


def test_theme_font_is_resolved_from_the_theme_part() -> None:
    doc = Document()
    doc.add_paragraph("Văn bản")
    themed = [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-FONT-THEME"]
    assert len(themed) == 1
    assert "minorHAnsi (Cambria)" in themed[0].actual


def test_repeated_font_findings_are_merged() -> None:
    doc = Document()
    for text in ("Một", "Hai", "Ba"):
        doc.add_paragraph(text)
    themed = [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-FONT-THEME"]
    assert len(themed) == 1
    assert themed[0].location.endswith("(và 2 chỗ khác)")


@pytest.mark.parametrize(
    ("margins", "clean"),
    [((30, 15, 20, 20), True), ((20, 20, 30, 15), True), ((10, 10, 10, 10), False)],
    ids=["xoay", "như-trang-dọc", "sai"],
)
def test_landscape_section_margins(margins: tuple[int, int, int, int], clean: bool) -> None:
    doc = build_report()
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    top, bottom, left, right = (Mm(v) for v in margins)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = top, bottom, left, right
    doc.add_paragraph("Bảng số liệu").runs[0].font.name = "Times New Roman"
    findings = [f for f in check_docx(to_bytes(doc)) if f.rule.startswith("ND30-PAGE")]
    assert (findings == []) is clean, [f.render() for f in findings]


def test_drawn_line_counts_as_the_rule_under_the_tieu_ngu() -> None:
    doc = build_report(replace(Spec(), tieu_ngu_rule=False))
    tieu_ngu = doc.tables[0].rows[0].cells[1].paragraphs[1]
    run = tieu_ngu.add_run()
    xml(run).append(
        parse_xml(
            '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><v:line from="0,0" to="150pt,0"/></w:pict>'
        )
    )
    assert check_docx(to_bytes(doc)) == []


def test_draft_number_and_date_are_warnings() -> None:
    spec = replace(Spec(), number="Số:      /BC-SNV", date="Đà Nẵng, ngày      tháng      năm 2024")
    findings = check_docx(to_bytes(build_report(spec)))
    assert {(f.rule, f.severity) for f in findings} == {
        ("ND30-NUMBER-BLANK", "warning"),
        ("ND30-DATE-BLANK", "warning"),
    }


def test_unreadable_file_is_one_finding(tmp_path: Path) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(b"khong phai docx")
    assert [f.rule for f in check_docx(path)] == ["ND30-FILE-UNREADABLE"]


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="không có"):
        check_docx(to_bytes(build_report()), profile="XYZ")


def test_profile_can_be_forced() -> None:
    findings = check_docx(to_bytes(build_report()), profile="BB")
    assert "ND30-DATE-FORBIDDEN" in rule_ids(findings)


def test_script_writes_the_corpus(tmp_path: Path) -> None:
    assert TOOL.main([str(tmp_path / "ra")]) == 0
    assert len(list((tmp_path / "ra").glob("*.docx"))) == len(TOOL.DEFECTS)


def test_lines_of_a_multi_recipient_kinh_gui_are_not_body_text(tmp_path: Path) -> None:
    from reportgen.make.pipeline import build_file

    sample = Path(__file__).parent / "sample_report.yaml"
    source = tmp_path / "bc.yaml"
    text = sample.read_text(encoding="utf-8").replace(
        "kinh_gui: [Bộ Ngoại giao]", "kinh_gui: [Bộ Ngoại giao, Ủy ban nhân dân thành phố]"
    )
    source.write_text(text.replace("{{ x }}", "x"), encoding="utf-8")
    (written,) = build_file(source, tmp_path / "out").written
    rules = {f.rule for f in check_docx(written)}
    assert not {r for r in rules if r.startswith("ND30-BODY")}, rules

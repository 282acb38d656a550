"""The template contract: every tag of every template resolves against what its document kind provides."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from reportgen.check.nd30 import ERROR, Finding
from reportgen.check.report import FileReport
from reportgen.check.templates.contract import check_template, check_templates
from reportgen.check.templates.shapes import context_shape
from reportgen.check.templates.walk import Walker
from reportgen.make.pipeline import prepare
from reportgen.make.render import ENV, render_file

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
INPUTS = ROOT / "inputs"
SAMPLE = Path(__file__).parent / "sample_report.yaml"


def retag(source: Path, target: Path, old: str, new: str) -> None:
    """A copy of a template with the first ``old`` replaced by ``new``, edited with python-docx like Word would."""
    document = Document(str(source))
    texts = [
        t
        for part in (document.part, *document.part.package.parts)
        if hasattr(part, "element")
        for t in part.element.iter(qn("w:t"))
        if t.text and old in t.text
    ]
    assert texts, f"{old} is not in {source.name}"
    texts[0].text = texts[0].text.replace(old, new, 1)
    document.save(str(target))


def only(reports: list[FileReport], name: str) -> FileReport:
    [report] = [r for r in reports if r.path.name == name]
    return report


def errors(report: FileReport) -> list[Finding]:
    return [f for f in report.findings if f.severity == ERROR]


def misspelt(tmp_path: Path, old: str, new: str) -> FileReport:
    folder = tmp_path / "templates"
    folder.mkdir()
    retag(TEMPLATES / "bao_cao_nam.docx", folder / "bao_cao_nam.docx", old, new)
    return only(check_templates(folder, [SAMPLE], scaffolds=False), "bao_cao_nam.docx")


def test_every_shipped_template_passes() -> None:
    reports = check_templates(TEMPLATES, [INPUTS, SAMPLE])
    shipped = sorted(p.name for p in TEMPLATES.glob("*.docx"))
    assert sorted(r.path.name for r in reports if r.path.suffix == ".docx") == shipped
    assert {r.path.name: errors(r) for r in reports if errors(r)} == {}
    no_data = [r.path.name for r in reports for f in r.findings if f.rule == "TEMPLATE-NO-EXAMPLE"]
    assert no_data == []


def test_misspelt_nested_tag_is_reported_with_place_and_suggestion(tmp_path: Path) -> None:
    report = misspelt(tmp_path, "{{ so_lieu.doan_vao.so_doan }}", "{{ so_lieu.doan_vao.so_doann }}")
    [finding] = errors(report)
    assert report.path == tmp_path / "templates" / "bao_cao_nam.docx"
    assert finding.rule == "TEMPLATE-UNKNOWN-TAG"
    assert finding.message == (
        "thẻ “so_lieu.doan_vao.so_doann” đọc trường “so_doann” không có trong "
        "“so_lieu.doan_vao” trong dữ liệu của loại văn bản bao_cao_nam; "
        "có phải ý là “so_doan”?"
    )
    assert finding.actual == "so_lieu.doan_vao.so_doann"
    assert finding.location.startswith("thân văn bản, đoạn “…")
    assert "đã đón tiếp {{ so_lieu.doan_vao.so_doann }} đoàn khách" in finding.location
    assert finding.expected.startswith("một trong: so_doan, ")  # the closest names first


def test_misspelt_loop_variable_field(tmp_path: Path) -> None:
    report = misspelt(tmp_path, "{{ r.noi_dung }}", "{{ r.noi_dungg }}")
    [finding] = errors(report)
    assert finding.actual == "r.noi_dungg"
    assert "không có trong “bang_tong_hop[]”" in finding.message
    assert finding.message.endswith("có phải ý là “noi_dung”?")
    assert finding.location == "thân văn bản, đoạn “{{ r.noi_dungg }}”"


def test_tag_in_a_branch_the_example_does_not_take_is_checked(tmp_path: Path) -> None:
    [document] = prepare(SAMPLE).documents
    assert document.context["muc"]["hoi_nghi"] is None  # so the hội nghị paragraph is never rendered
    report = misspelt(tmp_path, "{{ so_lieu.hoi_nghi.so_su_kien }}", "{{ so_lieu.hoi_nghi.so_su_kienn }}")
    render_file(tmp_path / "templates" / "bao_cao_nam.docx", document.context)  # building would not notice
    [finding] = errors(report)
    assert finding.actual == "so_lieu.hoi_nghi.so_su_kienn"
    assert finding.message.endswith("có phải ý là “so_su_kien”?")


def test_misspelt_top_level_name(tmp_path: Path) -> None:
    [finding] = errors(misspelt(tmp_path, "{{ dia_phuong }}", "{{ dia_phuongg }}"))
    assert finding.message == (
        "thẻ “dia_phuongg” đọc trường “dia_phuongg” không có trong dữ liệu của loại văn bản "
        "bao_cao_nam; có phải ý là “dia_phuong”?"
    )
    assert "{{ dia_phuongg }} đã thiết lập quan hệ hợp tác" in finding.location


def test_broken_tag_syntax_is_reported_not_raised(tmp_path: Path) -> None:
    [finding] = errors(misspelt(tmp_path, "{{ ky.ky_sau_hoa }}", "{{ ky.ky_sau_hoa }"))
    assert finding.rule == "TEMPLATE-SYNTAX"
    assert "thẻ mẫu viết sai cú pháp" in finding.message


def test_sections_no_example_fills_are_listed_as_unchecked(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copy(TEMPLATES / "bao_cao_nam.docx", folder)
    report = only(check_templates(folder, [SAMPLE], scaffolds=False), "bao_cao_nam.docx")
    [unchecked] = [f for f in report.findings if f.rule == "TEMPLATE-UNCHECKED"]
    assert unchecked.severity == "warning"
    assert "muc.hoi_nghi" in unchecked.actual.split(", ")
    assert "so_lieu.hoi_nghi" not in unchecked.actual  # present in the sample: checked, not listed


def test_template_without_example_or_kind(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    shutil.copy(TEMPLATES / "bao_cao_nam.docx", folder)
    shutil.copy(TEMPLATES / "bao_cao_nam.docx", folder / "mau_la.docx")
    reports = check_templates(folder, [], scaffolds=False)
    [known] = only(reports, "bao_cao_nam.docx").findings
    [stray] = only(reports, "mau_la.docx").findings
    assert (known.rule, known.severity) == ("TEMPLATE-NO-EXAMPLE", "warning")
    assert known.message == "chưa có tệp ví dụ inputs/bao_cao_nam-*.yaml dùng mẫu này nên chưa kiểm tra được các thẻ"
    assert stray.message.startswith("không biết mẫu này dùng cho loại văn bản nào")


def test_template_a_kind_needs_but_the_folder_lacks(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    [report] = check_templates(tmp_path / "templates", [SAMPLE], scaffolds=False)
    assert report.path == tmp_path / "templates" / "bao_cao_nam.docx"
    assert [f.rule for f in report.findings] == ["TEMPLATE-MISSING"]


def test_a_tag_the_original_template_reads_lost_in_an_edited_copy_is_a_warning(tmp_path: Path) -> None:
    report = misspelt(tmp_path, "{{ so_ky_hieu }}", "")
    unused = [f for f in report.findings if f.rule == "TEMPLATE-UNUSED"]
    assert [f.message for f in unused] == [
        "mẫu không dùng dữ liệu “so_ky_hieu” mà loại văn bản bao_cao_nam cung cấp (thiếu thẻ {{ so_ky_hieu }}?)"
    ]
    assert unused[0].severity == "warning"


def test_data_the_original_template_does_not_read_either_is_no_warning() -> None:
    """A kind offers more than its template shows (for offices that edit it); that is not a lost tag."""
    [document] = prepare(SAMPLE).documents
    context = {**document.context, "them_cho_mau_sua": "x"}
    found = check_template(TEMPLATES / "bao_cao_nam.docx", [context], "loại văn bản bao_cao_nam", {"chung"})
    assert [f for f in found if f.rule == "TEMPLATE-UNUSED"] == []


def test_check_templates_finds_nothing_at_all_in_the_shipped_templates() -> None:
    """What `reportgen check --templates` says of the untouched templates: no error and no warning."""
    reports = check_templates(TEMPLATES, [INPUTS])
    assert {r.path.name: [f.rule + ": " + f.message for f in r.findings] for r in reports if r.findings} == {}


def walk(source: str, context: dict[str, Any]) -> list[str]:
    walker = Walker(context_shape([context]))
    walker.walk(ENV.parse(source))
    return [read.written for read in walker.unknown]


@pytest.mark.parametrize(
    ("source", "unknown"),
    [
        ("{% set rows = a.ds %}{% for i in rows %}{{ i.tn }}{% endfor %}", ["i.tn"]),
        ("{% for i in a.ds if i.okk %}{{ loop.index }}{{ i.ten }}{% endfor %}", ["i.okk"]),
        ("{% for i in a.ds|selectattr('okk') %}{% endfor %}", ["okk"]),
        ("{{ a.ds|map(attribute='ten')|join(', ') }}{{ a.ds[0].tenn }}", ["a.ds[0].tenn"]),
        ("{% if a.x is defined %}{{ a.ds|length }}{% endif %}", []),
        ("{{ 'x' if b else a['ds'][0]['ten'] }}{{ c|default('') }}", ["b", "c"]),
        ("{% with t = a %}{{ t.ds }}{{ t.dss }}{% endwith %}", ["t.dss"]),
        ("{% for k in a.ds %}{% set n = k.ten %}{{ n }}{% endfor %}{{ n }}", ["n"]),
        ("{% for v in a.nhom.values() %}{{ v.so }}{{ v.soo }}{% endfor %}", ["v.soo"]),
    ],
)
def test_walker_resolves_jinja_constructs(source: str, unknown: list[str]) -> None:
    context = {"a": {"ds": [{"ten": "A", "ok": True}], "nhom": {"x": {"so": "1"}, "y": {"so": "2"}}}}
    assert walk(source, context) == unknown

"""Templates as Word and LibreOffice save them: what the editors change is undone, or refused in Vietnamese."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reportgen.check.nd30 import ERROR
from reportgen.check.templates.contract import check_templates
from reportgen.make.pipeline import build_file
from reportgen.make.render import load_template
from reportgen.problems import InputError

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
INPUTS = ROOT / "inputs"
REPORT = INPUTS / "bao_cao_nam-da-nang-2022.yaml"
TALK = INPUTS / "tham_luan-thanh-uy-da-nang-hoi-nghi-doi-ngoai-toan-quoc-2021.yaml"


def edited(target_dir: Path, name: str, edit: Callable[[str], str]) -> Path:
    """A copy of a shipped template whose document.xml went through ``edit`` (what an editor's save does)."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / name
    with zipfile.ZipFile(TEMPLATES / name) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                changed = edit(data.decode("utf-8"))
                assert changed != data.decode("utf-8"), "the edit changed nothing"
                data = changed.encode("utf-8")
            out.writestr(info, data)
    return target


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def sections(path: Path) -> int:
    return document_xml(path).count("<w:sectPr")


def build(source: Path, templates: Path, out: Path) -> list[Path]:
    result = build_file(source, out, templates=templates)
    assert result.ok, [p.render() for p in result.problems]
    return result.written


def messages(exc: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [p.message for p in exc.value.problems]


def test_quotes_as_entities_and_curly_quotes_inside_tags_build(tmp_path: Path) -> None:
    def libreoffice_and_word(xml: str) -> str:
        tags = re.findall(r"\{%[^%]*'[^%]*%\}", xml)
        assert tags, "the report template has no quoted tag any more"
        first, *rest = tags
        xml = xml.replace(first, first.replace("'", "&apos;"), 1)  # LibreOffice
        for tag in rest:
            xml = xml.replace(tag, tag.replace("'0'", "\u20180\u2019").replace("'", "&quot;"), 1)  # Word
        return xml.replace("{{ nam }}", "{{\u00a0nam\u00a0}}").replace("{%p if ", "{%p\u00a0if\u00a0")

    templates = tmp_path / "templates"
    edited(templates, "bao_cao_nam.docx", libreoffice_and_word)
    [built] = [p for p in build(REPORT, templates, tmp_path / "a") if p.suffix == ".docx"]
    [expected] = [p for p in build(REPORT, TEMPLATES, tmp_path / "b") if p.suffix == ".docx"]
    assert document_xml(built) == document_xml(expected)


def test_a_section_break_carried_by_a_paragraph_tag_is_kept(tmp_path: Path) -> None:
    """What LibreOffice does on saving: the empty paragraph's section break moves onto the ``{%p if %}``."""

    def move_breaks(xml: str) -> str:
        pattern = r"(<w:p><w:pPr>)(<w:pStyle [^>]*/>)(</w:pPr><w:r><w:t>\{%p if phu_luc\.\w+ %\}</w:t></w:r></w:p>)"
        pattern += r"<w:p><w:pPr>(<w:sectPr>.*?</w:sectPr>)</w:pPr></w:p>"
        moved, count = re.subn(pattern, r"\1\4\2\3", xml, flags=re.DOTALL)
        assert count == 5
        return moved

    templates = tmp_path / "templates"
    edited(templates, "bao_cao_nam.docx", move_breaks)
    [built] = [p for p in build(REPORT, templates, tmp_path / "a") if p.suffix == ".docx"]
    [expected] = [p for p in build(REPORT, TEMPLATES, tmp_path / "b") if p.suffix == ".docx"]
    assert sections(expected) == 7
    assert sections(built) == 7
    assert re.findall(r"<w:pgSz [^>]*>", document_xml(built)) == re.findall(r"<w:pgSz [^>]*>", document_xml(expected))


def test_a_section_break_on_a_closing_tag_stays_inside_the_block(tmp_path: Path) -> None:
    from reportgen.make.template_source import keep_section_breaks

    xml = (
        "<w:body><w:p><w:r><w:t>{%p if a %}</w:t></w:r></w:p><w:p><w:r><w:t>A</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:jc w:val="left"/><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:pPr>'
        "<w:r><w:t>{%p endif %}</w:t></w:r></w:p></w:body>"
    )
    assert keep_section_breaks(xml) == (
        "<w:body><w:p><w:r><w:t>{%p if a %}</w:t></w:r></w:p><w:p><w:r><w:t>A</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:jc w:val="left"/><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:pPr></w:p>'
        '<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>{%p endif %}</w:t></w:r></w:p></w:body>'
    )


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        (
            '<w:ins w:id="1" w:author="Unknown Author"><w:r><w:t>thêm</w:t></w:r></w:ins>',
            "Track Changes",
        ),
        ('<w:del w:id="1" w:author="A"><w:r><w:delText>bớt</w:delText></w:r></w:del>', "Track Changes"),
        ('<w:moveFrom w:id="1" w:author="A"><w:r><w:t>chuyển</w:t></w:r></w:moveFrom>', "Track Changes"),
        ('<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', "chú thích"),
    ],
)
def test_tracked_changes_and_comments_are_refused_naming_the_paragraph(
    tmp_path: Path, mark: str, expected: str
) -> None:
    def add_mark(xml: str) -> str:
        return re.sub(r"(<w:t>)(\{%p for p in uu_diem %\}</w:t></w:r>)", r"\1\2" + mark, xml, count=1)

    template = edited(tmp_path / "templates", "bao_cao_nam.docx", add_mark)
    with pytest.raises(InputError) as exc:
        load_template(template)
    [message] = messages(exc)
    assert expected in message
    assert "{%p for p in uu_diem %}" in message  # the paragraph
    assert "mọi văn bản sinh ra" in message
    [report] = [r for r in check_templates(template.parent, [REPORT], scaffolds=False) if r.path == template]
    assert [f.message for f in report.findings if f.severity == ERROR] == [message]


@pytest.mark.parametrize(
    ("old", "new", "wanted"),
    [
        (
            "{{ ky.ky_sau_hoa }}",
            "{{ ky.ky_sau_hoa }",
            ["thẻ “{{ ky.ky_sau_hoa }” thiếu dấu đóng “}}”", "NHIỆM VỤ {{ ky.ky_sau_hoa }"],
        ),
        (
            "{{ ky.ky_sau_hoa }}",
            "{ ky.ky_sau_hoa }}",
            ["dấu đóng thẻ “}}” không có dấu mở", "NHIỆM VỤ { ky.ky_sau_hoa }}"],
        ),
        ("{%p if kien_nghi %}", "{%p if kien_nghi }", ["thẻ “{%p if kien_nghi }” thiếu dấu đóng “%}”"]),
        ("{%p if kien_nghi %}", "", ["thẻ “{%p endif %}” không có thẻ mở “{%p if … %}”"]),
        ("{%p endif %}", "", ["chưa được đóng bằng thẻ “{%p endif %}”"]),
        (
            "{%p endfor %}",
            "{%p endif %}",
            ["thẻ “{%p for dong in chu_quan %}” chưa được đóng bằng thẻ “{%p endfor %}”"],
        ),
        ("{%p elif kinh_gui %}", "{%p elf kinh_gui %}", ["không có thẻ “elf”"]),
        (
            "{{ ky.ky_sau_hoa }}",
            "{{ ky.ky_sau_hoa|uper }}",
            ["không có bộ lọc “uper”", "NHIỆM VỤ {{ ky.ky_sau_hoa|uper }}"],
        ),
    ],
)
def test_check_templates_finds_each_syntax_error_the_build_would_hit(
    tmp_path: Path, old: str, new: str, wanted: list[str]
) -> None:
    template = edited(tmp_path / "templates", "bao_cao_nam.docx", lambda xml: xml.replace(old, new, 1))
    [report] = [r for r in check_templates(template.parent, [REPORT], scaffolds=False) if r.path == template]
    found = [f for f in report.findings if f.severity == ERROR]
    assert found, "check --templates reported nothing"
    assert all(f.rule == "TEMPLATE-SYNTAX" for f in found)
    text = "\n".join(f.message for f in found)
    for piece in wanted:
        assert piece in text
    assert "đoạn “" in text
    result = build_file(REPORT, tmp_path / "out", templates=template.parent)
    assert not result.ok and not result.written
    build_text = "\n".join(p.message for p in result.problems)
    assert all(piece in build_text for piece in wanted)
    assert "XML hỏng" not in build_text and "Encountered" not in build_text


def test_docxtpl_escapes_are_undone_in_the_template_only(tmp_path: Path) -> None:
    talk = tmp_path / "talk.yaml"
    source = TALK.read_text(encoding="utf-8")
    user_text = "Hệ thống {_{ mã }_} và {_% khác %_}"
    changed = re.sub(r"(?ms)^chu_de: >-\n(  .*?\n)+", f"chu_de: '{user_text}'\n", source, count=1)
    assert changed != source
    talk.write_text(changed, encoding="utf-8")
    templates = tmp_path / "templates"
    edited(templates, "tham_luan.docx", lambda xml: xml.replace("{{ chu_de }}", "{{ chu_de }} {_{ x }_}", 1))
    [built] = build(talk, templates, tmp_path / "out")
    xml = document_xml(built)
    assert user_text.upper() in xml  # the user's text (the topic is printed in capitals), untouched
    assert "{{ x }}" in xml  # the template's escape, undone

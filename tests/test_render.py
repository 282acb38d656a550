"""The renderer: values reach the document literally, templates cannot escape the sandbox, errors name the tag."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from reportgen.make.render import load_template, render, render_file
from reportgen.problems import InputError


def make_template(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.sections[0].header.paragraphs[0].text = "Đầu trang {{ dau_trang }}"
    document.save(str(path))
    return path


def texts(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


@pytest.mark.parametrize(
    "value",
    [
        "Hợp tác & phát triển <đối tác> \"Nhật\" 'Hàn'",
        "{{ 7 * 7 }} và {% if true %}x{% endif %}",
        "<w:p><w:r><w:t>chèn</w:t></w:r></w:p>",
        "Emoji 🎉 và chữ Ả Rập مرحبا và עברית",
        "x" * 1_000_000,
    ],
)
def test_values_reach_the_document_literally(tmp_path: Path, value: str) -> None:
    template = make_template(tmp_path / "t.docx", "Trước {{ gia_tri }} sau")
    data = render_file(template, {"gia_tri": value, "dau_trang": ""})
    assert texts(data) == [f"Trước {value} sau"]


def test_none_prints_as_nothing(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "A{{ trong }}B")
    assert texts(render_file(template, {"trong": None, "dau_trang": None})) == ["AB"]


def test_xml_illegal_characters_are_dropped(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "{{ x }}")
    assert texts(render_file(template, {"x": "a\x01b\x0bc", "dau_trang": ""})) == ["abc"]


def test_paragraph_loops_and_headers_render(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "{%p for d in dong %}", "- {{ d }}", "{%p endfor %}")
    data = render_file(template, {"dong": ["một", "hai"], "dau_trang": "số 2"})
    assert texts(data) == ["- một", "- hai"]
    header = docx.Document(io.BytesIO(data)).sections[0].header.paragraphs[0].text
    assert header == "Đầu trang số 2"


def test_missing_variable_names_the_template_and_the_paragraph(tmp_path: Path) -> None:
    template = make_template(tmp_path / "mau.docx", "Dòng một", "Tổng {{ tong_so }} đoàn")
    with pytest.raises(InputError) as caught:
        render_file(template, {"dau_trang": ""})
    (problem,) = caught.value.problems
    assert problem.file.endswith("mau.docx")
    assert problem.field == "thân văn bản"
    assert "tong_so" in problem.message
    assert "Tổng {{ tong_so }} đoàn" in problem.message


def test_syntax_error_in_an_edited_template_is_reported(tmp_path: Path) -> None:
    template = make_template(tmp_path / "mau.docx", "{{ so_lieu. }}")
    with pytest.raises(InputError) as caught:
        load_template(template)
    assert "thẻ mẫu viết sai cú pháp" in caught.value.problems[0].message


@pytest.mark.parametrize(
    "expression",
    ["{{ ''.__class__.__mro__ }}", "{{ x.__class__.__subclasses__() }}", "{{ x.append(1) }}"],
)
def test_sandbox_blocks_python_internals(tmp_path: Path, expression: str) -> None:
    template = make_template(tmp_path / "mau.docx", expression)
    with pytest.raises(InputError) as caught:
        render_file(template, {"x": [], "dau_trang": ""})
    assert "mau.docx" in caught.value.problems[0].file


def test_unbalanced_block_tags_are_rejected_not_repaired(tmp_path: Path) -> None:
    # A paragraph-level {%p if %} closed by an inline {% endif %} cuts a <w:p> in two: the result is not XML.
    template = make_template(tmp_path / "mau.docx", "{%p if x %}", "C {% endif %} D")
    with pytest.raises(InputError) as caught:
        render_file(template, {"x": False, "dau_trang": ""})
    assert "XML hỏng" in caught.value.problems[0].message


def test_other_parts_are_copied_unchanged(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "{{ dau_trang }}")
    data = render(load_template(template), {"dau_trang": "x"})
    with zipfile.ZipFile(template) as before, zipfile.ZipFile(io.BytesIO(data)) as after:
        assert [*before.namelist(), "docProps/custom.xml"] == after.namelist()  # + the content hash (files.stamp)
        assert before.read("word/styles.xml") == after.read("word/styles.xml")


def test_edited_template_is_recompiled(tmp_path: Path) -> None:
    path = make_template(tmp_path / "t.docx", "Cũ {{ dau_trang }}")
    assert texts(render_file(path, {"dau_trang": "1"})) == ["Cũ 1"]
    make_template(path, "Mới hơn {{ dau_trang }}")
    assert texts(render_file(path, {"dau_trang": "1"})) == ["Mới hơn 1"]

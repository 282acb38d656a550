"""A form feed pasted from Word (its manual page break) is a page break where the paragraph can take one.

In a body paragraph it is ``<w:br w:type="page"/>``; in a table cell (the NĐ30 header is a table), a heading
line list or a header/footer it is a line break; a one-line field refuses it like any other line break.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from reportgen.load import load_text
from reportgen.make.page_breaks import fit_page_breaks
from reportgen.make.pipeline import build_file
from reportgen.problems import InputError

INPUTS = Path(__file__).resolve().parents[1] / "inputs"
NOTICE = INPUTS / "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml"


def _document_xml(docx: Path) -> str:
    with zipfile.ZipFile(io.BytesIO(docx.read_bytes())) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def _pasted(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = NOTICE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    source = tmp_path / "thong_bao.yaml"
    source.write_text(text, encoding="utf-8")
    return source


def test_a_form_feed_in_a_paragraph_is_a_page_break_and_in_a_table_cell_a_line_break(tmp_path: Path) -> None:
    source = _pasted(
        tmp_path,
        ("đã thành công tốt đẹp. Trưởng ban", "đã thành công tốt đẹp.\x0cTrưởng ban"),
        ("  dia_danh: Đà Nẵng", "  dia_danh: Đà\x0cNẵng"),
    )
    result = build_file(source, tmp_path / "out")
    assert result.ok, result.problems or result.output_error
    xml = _document_xml(result.written[0])
    assert "\x0c" not in xml
    assert re.search(r'thành công tốt đẹp\.</w:t><w:br w:type="page"/><w:t xml:space="preserve">Trưởng ban', xml)
    cell = re.search(r"<w:tc>(?:(?!</w:tc>).)*Nẵng, ngày(?:(?!</w:tc>).)*</w:tc>", xml)
    assert cell is not None
    assert '<w:t xml:space="preserve">Đà</w:t><w:br/><w:t xml:space="preserve">Nẵng, ngày' in cell.group()
    assert 'w:type="page"' not in cell.group()


def test_a_form_feed_in_a_one_line_field_is_refused_like_a_line_break(tmp_path: Path) -> None:
    source = _pasted(tmp_path, ("    - Ban Tổ chức Thành ủy\n", "    - Ban Tổ chức\x0cThành ủy\n"))
    result = build_file(source, tmp_path / "out")
    (problem,) = result.problems
    assert problem.field == "van_ban.noi_nhan[3]"
    assert "bị ngắt dòng ở giữa" in problem.message
    assert problem.line == 22


def test_a_form_feed_between_heading_lines_is_one_more_line(tmp_path: Path) -> None:
    two_lines = "    ỦY BAN NHÂN DÂN\n    THÀNH PHỐ ĐÀ NẴNG\n"
    source = _pasted(tmp_path, (two_lines, "    ỦY BAN NHÂN DÂN\x0cTHÀNH PHỐ ĐÀ NẴNG\n"))
    result = build_file(source, tmp_path / "out")
    assert result.ok, result.problems
    reference = build_file(NOTICE, tmp_path / "reference")
    heading = re.compile(r"ỦY BAN NHÂN DÂN.{0,400}?THÀNH PHỐ ĐÀ NẴNG", re.DOTALL)
    found = heading.search(_document_xml(result.written[0]))
    expected = heading.search(_document_xml(reference.written[0]))
    assert found is not None and expected is not None
    assert found.group() == expected.group()


def test_page_breaks_in_headers_footers_and_text_boxes_become_line_breaks() -> None:
    page = b'<w:br w:type="page"/>'
    assert fit_page_breaks("word/header1.xml", b"<w:p>a" + page + b"b</w:p>") == b"<w:p>a<w:br/>b</w:p>"
    body = b"<w:p>" + page + b"</w:p><w:tbl><w:tc><w:tc>" + page + b"</w:tc>" + page + b"</w:tc></w:tbl>"
    body += b"<w:txbxContent>" + page + b"</w:txbxContent><w:p>" + page + b"</w:p>"
    assert fit_page_breaks("word/document.xml", body) == (
        b"<w:p>" + page + b"</w:p><w:tbl><w:tc><w:tc><w:br/></w:tc><w:br/></w:tc></w:tbl>"
        b"<w:txbxContent><w:br/></w:txbxContent><w:p>" + page + b"</w:p>"
    )


def test_what_else_words_text_brings_is_kept_for_what_it_is() -> None:
    """Column break → line break; Word's non-breaking and optional hyphens → U+2011, U+00AD; in either YAML form."""
    plain = "gia_tri: Ủy ban\x0ethành phố Hà\x1eNội, đối\x1fngoại\n"
    quoted = 'gia_tri: "Ủy ban\\x0ethành phố Hà\\x1eNội, đối\\x1fngoại"\n'
    for text in (plain, quoted):
        assert load_text(text.encode()).data == {"gia_tri": "Ủy ban\nthành phố Hà\u2011Nội, đối\u00adngoại"}


def test_other_control_characters_are_still_refused_by_name() -> None:
    with pytest.raises(InputError) as caught:
        load_text("gia_tri: chuông\x07báo\n".encode())
    assert "U+0007" in str(caught.value)

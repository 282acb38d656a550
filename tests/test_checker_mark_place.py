"""Where a typed độ mật or độ khẩn mark stands: ô 10a / 10b of Phụ lục I's diagram, at the left under the number.

Each case is the checker's own sample report with one mark added; what the diagram rules out is reported (above
the number, on the Quốc hiệu's side, set to the right, under the signature), the places it allows are not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from docbuilders import build_report, para, to_bytes
from reportgen.check.nd30 import Finding, check_docx
from reportgen.check.report import explain

LEFT, RIGHT = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT


def placed(add: Callable[[DocxDocument], Any]) -> list[Finding]:
    doc = build_report()
    add(doc)
    return [f for f in check_docx(to_bytes(doc)) if f.rule == "ND30-MARK-PLACE"]


def under_the_number(doc: DocxDocument) -> None:
    para(doc.tables[0].cell(0, 0), "MẬT", 13, bold=True)


def after_the_header(text: str, align: Any) -> Callable[[DocxDocument], None]:
    def add(doc: DocxDocument) -> None:
        mark = para(doc, text, 13, bold=True, align=align)
        doc.tables[0]._tbl.addnext(mark._p)

    return add


def above_the_issuer(doc: DocxDocument) -> None:
    doc.tables[0].cell(0, 0).paragraphs[0].insert_paragraph_before("KHẨN")


def beside_the_quoc_hieu(doc: DocxDocument) -> None:
    para(doc.tables[0].cell(0, 1), "TỐI MẬT", 13, bold=True)


def under_the_signature(doc: DocxDocument) -> None:
    para(doc, "HỎA TỐC", 13, bold=True, align=LEFT)


@pytest.mark.parametrize(
    ("add", "actual"),
    [
        (under_the_number, None),
        (after_the_header("TUYỆT MẬT", LEFT), None),
        (after_the_header("THƯỢNG KHẨN", LEFT), None),
        (after_the_header("MẬT", RIGHT), "căn phải"),
        (above_the_issuer, "ở trên số, ký hiệu"),
        (beside_the_quoc_hieu, "bên phải phần đầu, phía Quốc hiệu"),
        (under_the_signature, "dưới chữ ký"),
    ],
    ids=["duoi-so", "sau-phan-dau", "khan-sau-phan-dau", "can-phai", "tren-so", "phia-quoc-hieu", "duoi-chu-ky"],
)
def test_mark_place(add: Callable[[DocxDocument], Any], actual: str | None) -> None:
    found = placed(add)
    assert [f.actual for f in found] == ([actual] if actual else [])
    for item in found:
        assert item.expected.startswith(("ô 10a", "ô 10b")) and item.severity == "error"


def test_message_names_the_mark_and_its_box() -> None:
    (secret,) = placed(beside_the_quoc_hieu)
    assert secret.message == "Dấu chỉ độ mật «TỐI MẬT» không ở ô 10a: ô này ở bên trái, dưới số, ký hiệu."
    assert "bảng 1" in secret.location
    (urgent,) = placed(under_the_signature)
    assert urgent.message.startswith("Dấu chỉ mức độ khẩn «HỎA TỐC» không ở ô 10b")


def test_the_word_inside_a_sentence_is_no_mark() -> None:
    assert placed(lambda doc: para(doc, "Tài liệu này thuộc độ Mật theo quy định.", 13)) == []


def test_explain_cites_the_decree() -> None:
    text = explain("ND30-MARK-PLACE") or ""
    assert "Mục III, khoản 2, điểm a và b" in text and "ô số 10a" in text and "Mức độ: lỗi" in text
    assert "Mục III, khoản 2, điểm b" in (explain("ND30-URGENCY") or "")

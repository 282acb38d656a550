"""A well-formed Báo cáo built with python-docx, and the knobs to spoil it one way at a time.

The checker's tests and ``tools/make_broken_docs.py`` both start from ``build_report(Spec())``: a document that
must raise no finding at all, so that every finding on a variant is caused by the one change the variant makes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
BODY = (
    "Thực hiện Văn bản số 123/BNG-VP ngày 02 tháng 12 năm 2023 của Bộ Ngoại giao, Sở Ngoại vụ báo cáo như sau:",
    "I. TÌNH HÌNH CHUNG",
    "Năm 2023, công tác đối ngoại của thành phố được triển khai đồng bộ trên cả ba trụ cột.",
    "Trên đây là báo cáo tổng kết công tác đối ngoại năm 2023 của Sở Ngoại vụ./.",
)
DECISION_BODY = (
    "GIÁM ĐỐC SỞ NGOẠI VỤ",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết Luật Thi đua, "
    "khen thưởng;",
    "Theo đề nghị của Trưởng phòng Hợp tác quốc tế.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Giấy khen cho 03 tập thể và 05 cá nhân (có danh sách kèm theo).",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
)
DECISION: dict[str, Any] = {
    "kind": "QUYẾT ĐỊNH",
    "number": "Số: 05/QĐ-SNV",
    "summary": "Về việc tặng Giấy khen",
    "body": DECISION_BODY,
}
RECEIVERS = ("- Bộ Ngoại giao;", "- UBND thành phố;", "- Lưu: VT, HTQT.")


@dataclass(frozen=True)
class Spec:
    """Every knob of the specimen; the defaults follow nd30.md."""

    margins_mm: tuple[float, float, float, float] = (20, 20, 30, 15)  # top, bottom, left, right
    page_mm: tuple[float, float] = (210, 297)
    parent: str = "UBND THÀNH PHỐ ĐÀ NẴNG"
    issuer: str = "SỞ NGOẠI VỤ"
    issuer_rule: bool = True
    quoc_hieu: str = QUOC_HIEU
    tieu_ngu: str = TIEU_NGU
    tieu_ngu_rule: bool = True
    number: str = "Số: 05/BC-SNV"
    date: str = "Đà Nẵng, ngày 05 tháng 01 năm 2024"
    date_italic: bool = True
    kind: str = "BÁO CÁO"
    kind_bold: bool = True
    summary: str = "Tổng kết công tác đối ngoại năm 2023"
    summary_rule: bool = True
    body: tuple[str, ...] = BODY
    body_size: float = 14
    body_indent_cm: float = 1.27
    body_align: Any = JUSTIFY
    body_after_pt: float = 6
    body_line: float = 1.0
    article_bold: bool = True
    basis_italic: bool = True
    noi_nhan: str = "Nơi nhận:"
    noi_nhan_italic: bool = True
    receivers: tuple[str, ...] = RECEIVERS
    receiver_size: float = 11
    signer: tuple[str, ...] = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    name: str = "Nguyễn Văn An"
    page_number: bool = True
    title_page: bool = True
    page_number_align: Any = CENTER


def xml(obj: Any) -> Any:
    """The XML element behind a python-docx paragraph, run, table or section (tests only)."""
    for name in ("_p", "_r", "_tbl", "_sectPr", "_element"):
        if hasattr(obj, name):
            return getattr(obj, name)
    raise TypeError(type(obj).__name__)


def set_fonts(rpr_owner: Any, name: str = FONT) -> None:
    """Name ``name`` in every rFonts slot and drop theme attributes, on a run, a style or docDefaults rPr."""
    rpr = rpr_owner.get_or_add_rPr() if hasattr(rpr_owner, "get_or_add_rPr") else rpr_owner
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def add_text(paragraph: Any, text: str, size: float, *, bold: bool = False, italic: bool = False) -> Any:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    set_fonts(xml(run))
    return run


def para(
    container: Any,
    text: str,
    size: float,
    *,
    align: Any = CENTER,
    bold: bool = False,
    italic: bool = False,
    first: bool = False,
) -> Any:
    """A paragraph in a document or cell; ``first`` reuses the cell's initial empty paragraph."""
    p = container.paragraphs[0] if first else container.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if text:
        add_text(p, text, size, bold=bold, italic=italic)
    return p


def add_rule(paragraph: Any, indent_cm: float = 2.0) -> None:
    """Turn an empty paragraph into a short rule: a bottom border, shortened by indents on both sides."""
    p_pr = xml(paragraph).get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)
    paragraph.paragraph_format.left_indent = Cm(indent_cm)
    paragraph.paragraph_format.right_indent = Cm(indent_cm)
    paragraph.paragraph_format.space_after = Pt(6)


def rule_paragraph(container: Any, wanted: bool) -> None:
    p = para(container, "", 13)
    if wanted:
        add_rule(p)


def _prepare(doc: DocxDocument, spec: Spec) -> None:
    styles = xml(doc.styles)
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(defaults)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(spec.body_size)
    set_fonts(xml(normal).get_or_add_rPr())
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(spec.page_mm[0]), Mm(spec.page_mm[1])
    top, bottom, left, right = (Mm(v) for v in spec.margins_mm)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = top, bottom, left, right


def _header_table(doc: DocxDocument, spec: Spec) -> None:
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    para(left, spec.parent, 12, first=True)
    para(left, spec.issuer, 12, bold=True)
    rule_paragraph(left, spec.issuer_rule)
    para(left, spec.number, 13)
    para(right, spec.quoc_hieu, 12, bold=True, first=True)
    para(right, spec.tieu_ngu, 13, bold=True)
    rule_paragraph(right, spec.tieu_ngu_rule)
    para(right, spec.date, 13, italic=spec.date_italic)


def _body(doc: DocxDocument, spec: Spec) -> None:
    para(doc, spec.kind, 13, bold=spec.kind_bold)
    para(doc, spec.summary, 13, bold=True)
    rule_paragraph(doc, spec.summary_rule)
    for text in spec.body:
        body_paragraph(doc, text, spec)


def body_paragraph(doc: DocxDocument, text: str, spec: Spec) -> Any:
    """Upper-case lines are centred bold (authority, «QUYẾT ĐỊNH:»), except section headings («I. …», bold);
    legal bases are italic; «Điều N.» is bold; the rest is plain justified text."""
    if text.isupper() and not text.startswith("I. "):
        return para(doc, text, spec.body_size, bold=True)
    p = para(doc, "", spec.body_size, align=spec.body_align)
    if text.startswith("Điều "):
        head, _, rest = text.partition(". ")
        add_text(p, head + ". ", spec.body_size, bold=spec.article_bold)
        add_text(p, rest, spec.body_size)
    else:
        basis = text.startswith(("Căn cứ", "Theo đề nghị"))
        add_text(p, text, spec.body_size, bold=text.startswith("I. "), italic=basis and spec.basis_italic)
    p.paragraph_format.first_line_indent = Cm(spec.body_indent_cm)
    p.paragraph_format.space_after = Pt(spec.body_after_pt)
    p.paragraph_format.line_spacing = spec.body_line
    return p


def _signature(doc: DocxDocument, spec: Spec) -> None:
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    para(left, spec.noi_nhan, 12, align=None, bold=True, italic=spec.noi_nhan_italic, first=True)
    for receiver in spec.receivers:
        para(left, receiver, spec.receiver_size, align=None)
    for index, line in enumerate(spec.signer):
        para(right, line, 13, bold=True, first=index == 0)
    for _ in range(3):
        para(right, "", 13)
    para(right, spec.name, 13, bold=True)


def add_page_field(paragraph: Any) -> None:
    """A complex PAGE field: begin, instruction, separate, a cached value, end."""
    for kind, text in (("begin", ""), ("instr", " PAGE "), ("separate", ""), ("text", "2"), ("end", "")):
        run = add_text(paragraph, "", 13)
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.text = text
        elif kind == "text":
            node = OxmlElement("w:t")
            node.text = text
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        xml(run).append(node)


def _page_numbers(doc: DocxDocument, spec: Spec) -> None:
    section = doc.sections[0]
    if spec.page_number:
        header = section.header
        header.is_linked_to_previous = False
        p = header.paragraphs[0]
        p.alignment = spec.page_number_align
        add_page_field(p)
    if spec.title_page:
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False


def build_report(spec: Spec | None = None) -> DocxDocument:
    spec = spec or Spec()
    doc = Document()
    _prepare(doc, spec)
    _header_table(doc, spec)
    _body(doc, spec)
    _signature(doc, spec)
    _page_numbers(doc, spec)
    return doc


def to_bytes(doc: DocxDocument) -> bytes:
    stream = io.BytesIO()
    doc.save(stream)
    return stream.getvalue()

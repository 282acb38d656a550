"""Building blocks for the Word templates in ``templates/``: page, styles, header block, signature, tables.

The templates are ordinary .docx files that staff edit in Word; this kit only gives them a correct start
(Nghị định 30 page, fonts and styles). Every element uses a named paragraph style, so a style changed in
Word changes every paragraph of that kind in the next build.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
A4_W, A4_H = Mm(210), Mm(297)
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
INDENT = Cm(1.27)

# name: (size, bold, italic, alignment, first-line indent, space before, space after, line spacing)
STYLES: dict[str, tuple[float, bool, bool, str, bool, float, float, float]] = {
    "VB Thân bài": (14, False, False, "justify", True, 0, 6, 1.15),
    "VB Đề mục": (14, True, False, "justify", True, 6, 6, 1.15),
    "VB Mục": (14, True, False, "justify", True, 6, 6, 1.15),
    "VB Điểm": (14, False, True, "justify", True, 0, 6, 1.15),
    "VB Cơ quan chủ quản": (13, False, False, "center", False, 0, 0, 1.0),
    "VB Cơ quan ban hành": (13, True, False, "center", False, 0, 0, 1.0),
    "VB Quốc hiệu": (12, True, False, "center", False, 0, 0, 1.0),
    "VB Tiêu ngữ": (13, True, False, "center", False, 0, 0, 1.0),
    "VB Số ký hiệu": (13, False, False, "center", False, 6, 0, 1.0),
    "VB Địa danh ngày": (13, False, True, "center", False, 6, 0, 1.0),
    "VB Tên loại": (14, True, False, "center", False, 18, 0, 1.0),
    "VB Trích yếu": (14, True, False, "center", False, 0, 0, 1.0),
    "VB Kính gửi": (14, False, False, "center", False, 12, 6, 1.0),
    "VB Căn giữa": (14, False, False, "center", False, 0, 6, 1.0),
    "VB Gạch ngang": (2, False, False, "center", False, 0, 0, 1.0),
    "VB Nơi nhận": (12, True, True, "left", False, 6, 0, 1.0),
    "VB Người nhận": (11, False, False, "left", False, 0, 0, 1.0),
    "VB Chức vụ ký": (14, True, False, "center", False, 6, 0, 1.0),
    "VB Họ tên ký": (14, True, False, "center", False, 72, 0, 1.0),
    "VB Phụ lục": (14, True, False, "center", False, 0, 0, 1.0),
    "VB Tên phụ lục": (14, True, False, "center", False, 0, 0, 1.0),
    "VB Kèm theo": (14, False, True, "center", False, 0, 0, 1.0),
    "VB Bảng": (12, False, False, "left", False, 2, 2, 1.0),
    "VB Bảng số": (12, False, False, "right", False, 2, 2, 1.0),
    "VB Bảng giữa": (12, False, False, "center", False, 2, 2, 1.0),
    "VB Bảng tiêu đề": (12, True, False, "center", False, 2, 2, 1.0),
    "VB Số trang": (13, False, False, "center", False, 0, 0, 1.0),
    "VB Lệnh": (14, False, False, "left", False, 0, 0, 1.0),
}

# Only templates that print pictures (the report's charts) carry these, so a user's Styles pane stays short.
PICTURE_STYLES: dict[str, tuple[float, bool, bool, str, bool, float, float, float]] = {
    "VB Hình": (12, False, False, "center", False, 12, 0, 1.0),
    "VB Chú thích hình": (13, False, True, "center", False, 3, 12, 1.0),
}

_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def set_run_fonts(rpr_parent: object) -> None:
    """Name Times New Roman in every slot and drop theme fonts, which would override the name."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if "Theme" in attr or "theme" in attr:
            del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)


def _doc_defaults(doc: DocumentObject) -> None:
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    for style in doc.styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE):
            style.font.name = FONT
            set_run_fonts(style.element)
            style.font.color.rgb = None


def define_style(
    doc: DocumentObject,
    name: str,
    spec: tuple[float, bool, bool, str, bool, float, float, float],
    base: str = "Normal",
) -> object:
    """One named paragraph style: (size, bold, italic, alignment, first-line indent, before, after, spacing)."""
    size, bold, italic, align, indent, before, after, spacing = spec
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True
    style.font.name = FONT
    set_run_fonts(style.element)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    fmt = style.paragraph_format
    fmt.alignment = _ALIGN[align]
    fmt.first_line_indent = INDENT if indent else Cm(0)
    fmt.left_indent = Cm(0)
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE if spacing != 1.0 else WD_LINE_SPACING.SINGLE
    if spacing != 1.0:
        fmt.line_spacing = spacing
    fmt.widow_control = True
    return style


def add_styles(doc: DocumentObject, pictures: bool = False) -> None:
    _doc_defaults(doc)
    doc.styles["Normal"].font.size = Pt(14)
    for name, spec in {**STYLES, **(PICTURE_STYLES if pictures else {})}.items():
        define_style(doc, name, spec)
    for name in (
        "VB Đề mục",
        "VB Mục",
        "VB Điểm",
        "VB Phụ lục",
        "VB Tên phụ lục",
        "VB Tên loại",
        "VB Trích yếu",
        *(["VB Hình"] if pictures else []),
    ):
        doc.styles[name].paragraph_format.keep_with_next = True
    doc.styles["VB Gạch ngang"].paragraph_format.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    doc.styles["VB Gạch ngang"].paragraph_format.line_spacing = Pt(4)


def new_document(font_size: int = 14, pictures: bool = False) -> DocumentObject:
    doc = Document()
    # python-docx's own metadata ("python-docx", "generated by python-docx") would show as the Author of every
    # generated document and PDF: an office's document carries none of ours.
    props = doc.core_properties
    props.author = props.comments = props.last_modified_by = props.title = ""
    add_styles(doc, pictures)
    section = doc.sections[0]
    section.page_width, section.page_height = A4_W, A4_H
    section.orientation = WD_ORIENT.PORTRAIT
    for side, value in MARGINS.items():
        setattr(section, f"{side}_margin", value)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    # python-docx starts with one empty paragraph: reuse it as the first block's anchor later.
    body = doc.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)
    return doc


def page_numbers(doc: DocumentObject) -> None:
    """Number in the top centre from page 2 on: PAGE field in the default header, empty first-page header."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    first = section.first_page_header.paragraphs[0]
    first.style = doc.styles["VB Số trang"]
    par = section.header.paragraphs[0]
    par.style = doc.styles["VB Số trang"]
    run = par.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def para(container: DocumentObject | _Cell, text: str, style: str) -> Paragraph:
    p = container.add_paragraph(text, style=style)
    return p


def tag(container: DocumentObject | _Cell, text: str) -> Paragraph:
    """A paragraph holding only a ``{%p … %}`` tag; docxtpl removes the whole paragraph when rendering."""
    return container.add_paragraph(text, style="VB Lệnh")


def rule(container: DocumentObject | _Cell, width: float, container_width: float) -> Paragraph:
    """A short solid rule: an empty paragraph with a bottom border, shortened with equal side indents."""
    p = container.add_paragraph(style="VB Gạch ngang")
    side = max((container_width - width) / 2, 0)
    p.paragraph_format.left_indent = Cm(side)
    p.paragraph_format.right_indent = Cm(side)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    return p


def no_borders(table: Table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def fixed_widths(table: Table, widths_cm: Sequence[float]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def no_side_padding(table: Table) -> None:
    """Cells without left/right padding, so the 17 cm header holds the longest place names on one line."""
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "0")
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def clear_cell(cell: _Cell) -> _Cell:
    for p in list(cell.paragraphs):
        p._p.getparent().remove(p._p)
    return cell


LEFT_W, RIGHT_W = 6.0, 11.0


def header_block(doc: DocumentObject, with_date: bool = True) -> Table:
    """Top of page 1: bodies and number on the left, Quốc hiệu, Tiêu ngữ and date on the right."""
    table = doc.add_table(rows=2, cols=2)
    no_borders(table)
    fixed_widths(table, [LEFT_W, RIGHT_W])
    no_side_padding(table)
    left, right = clear_cell(table.cell(0, 0)), clear_cell(table.cell(0, 1))
    tag(left, "{%p for dong in chu_quan %}")
    para(left, "{{ dong }}", "VB Cơ quan chủ quản")
    tag(left, "{%p endfor %}")
    tag(left, "{%p for dong in ban_hanh %}")
    para(left, "{{ dong }}", "VB Cơ quan ban hành")
    tag(left, "{%p endfor %}")
    rule(left, 2.2, LEFT_W)
    para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VB Quốc hiệu")
    para(right, "Độc lập - Tự do - Hạnh phúc", "VB Tiêu ngữ")
    rule(right, 6.2, RIGHT_W)
    para(clear_cell(table.cell(1, 0)), "{{ so_ky_hieu }}", "VB Số ký hiệu")
    date_cell = clear_cell(table.cell(1, 1))
    if with_date:
        para(date_cell, "{{ dia_danh_ngay }}", "VB Địa danh ngày")
    else:
        para(date_cell, "", "VB Địa danh ngày")
    return rows_stay_whole(table)


def title_block(doc: DocumentObject, kind: str, summary: str) -> None:
    doc.core_properties.title = summary  # each document's Title property (and its PDF's title): its trích yếu
    para(doc, kind, "VB Tên loại")
    para(doc, summary, "VB Trích yếu")
    rule(doc, 4.0, 16.5)


def signature_block(doc: DocumentObject) -> Table:
    """Nơi nhận on the left, the signer on the right, as in the model forms."""
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    fixed_widths(table, [7.5, 9.0])
    left, right = clear_cell(table.cell(0, 0)), clear_cell(table.cell(0, 1))
    para(left, "Nơi nhận:", "VB Nơi nhận")
    tag(left, "{%p for dong in noi_nhan %}")
    para(left, "{{ dong }}", "VB Người nhận")
    tag(left, "{%p endfor %}")
    tag(right, "{%p if nguoi_ky.tham_quyen %}")
    para(right, "{{ nguoi_ky.tham_quyen }}", "VB Chức vụ ký")
    tag(right, "{%p endif %}")
    para(right, "{{ nguoi_ky.chuc_vu }}", "VB Chức vụ ký")
    para(right, "{{ nguoi_ky.ho_ten }}", "VB Họ tên ký")
    return rows_stay_whole(table)


KINH_GUI_LEFT = 3.5  # cm from the margin to "Kính gửi:" when it heads a list, as in Mẫu 1.5


def kinh_gui_block(doc: DocumentObject) -> None:
    """Ô 9a from ``kinh_gui`` (``blocks.kinh_gui``): one recipient centred on the "Kính gửi:" line; several under
    a "Kính gửi:" line of their own, each dash straight under its colon."""
    tag(doc, "{%p if kinh_gui.cac_dong %}")
    head = para(doc, "{{ kinh_gui.dong_dau }}", "VB Kính gửi")
    head.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    head.paragraph_format.left_indent = Cm(KINH_GUI_LEFT)
    head.paragraph_format.space_after = Pt(0)
    head.paragraph_format.keep_with_next = True
    tag(doc, "{%p for dong in kinh_gui.cac_dong %}")
    line = para(doc, "{{ dong }}", "VB Kính gửi")
    fmt = line.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fmt.left_indent = Cm(KINH_GUI_LEFT + text_width_cm("Kính gửi", 14))
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    tag(doc, "{%p endfor %}")
    gap = para(doc, "", "VB Lệnh")  # the space between the list and the body, as in Mẫu 1.5
    gap.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    gap.paragraph_format.line_spacing = Pt(6)
    tag(doc, "{%p else %}")
    para(doc, "{{ kinh_gui.dong_dau }}", "VB Kính gửi")
    tag(doc, "{%p endif %}")


# Advance widths of Times New Roman (Adobe Times metrics, 1/1000 em), enough to size a column for its figures.
_LOWER = "444 500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444"
_UPPER = "722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 611 722 722 944 722 722 611"
_ADVANCE = {
    **dict.fromkeys("0123456789", 500),
    **dict.fromkeys(" \u00a0.,", 250),
    **{"/": 278, ":": 278, ";": 278, "-": 333, "\u2011": 333, "(": 333, ")": 333, "\u2013": 500},
    **{"+": 564, "\u2212": 564, "%": 833},
    **dict(zip("abcdefghijklmnopqrstuvwxyz", map(int, _LOWER.split()), strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", map(int, _UPPER.split()), strict=True)),
}
# Widest unbreakable contents of the usual columns, for ``data_table(fits=…)``.
FIT_TT = "999"
FIT_COUNT = "99.999"
FIT_DATE = "28/02/2022"
FIT_PERIOD = "28/02\u2013\u206003/3/2022"  # a period across two years may break after its dash: two whole dates
FIT_AMOUNT = "9.999.999.999,99"  # a sum in đồng up to ten billion, or in USD with cents
FIT_TOTAL = "99.999.999,99"  # the summary table's figures: totals in USD, sums in đồng up to ten billion
FIT_UNIT = "lượt\u00a0người"  # the longest unit of a summary table, kept on one line
FIT_CHANGE = "+9.999.999,99 (\u2011100%)"  # the two halves may stand on two lines, each one whole
CELL_PADDING_CM = 2 * 0.19 + 0.12  # Word's default left and right cell margins, plus a little slack for rounding
TABLE_PT = 12


def text_width_cm(text: str, size_pt: float = TABLE_PT, bold: bool = False) -> float:
    """Printed width of ``text`` in Times New Roman; Vietnamese letters are measured by their base letter."""
    units = 0
    for ch in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")):
        if unicodedata.combining(ch) or ch == "\u2060":
            continue
        units += _ADVANCE.get(ch, 500)
    return units / 1000 * size_pt * (1.06 if bold else 1.0) * 2.54 / 72


def column_widths(
    total_cm: float, weights: Sequence[float], headers: Sequence[str], fits: Sequence[str]
) -> list[float]:
    """Widths that add up to ``total_cm``, shared out by ``weights``, but never narrower than a column's content.

    A column must hold, on one line, the longest word of its header and its widest unbreakable content
    (``fits``: a sample such as the widest amount or date range the column prints), so that a figure or a
    date is never broken inside a cell. The width the wide columns need is taken from the text columns,
    in proportion to their weights.
    """
    need = [
        max([text_width_cm(w, bold=True) for w in header.split()] + [text_width_cm(t) for t in fit.split(" ") if t])
        + CELL_PADDING_CM
        for header, fit in zip(headers, fits, strict=True)
    ]
    if sum(need) > total_cm + 1e-6:
        raise ValueError(f"bảng cần {sum(need):.2f} cm, rộng hơn {total_cm} cm: {headers}")
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = total_cm - sum(need[i] for i in fixed)
        share = sum(weights[i] for i in free)
        widths = [need[i] if i in fixed else room * weights[i] / share for i in range(len(weights))]
        short = [i for i in free if widths[i] < need[i] - 1e-9]
        if not short:
            return [round(w, 2) for w in widths]
        fixed.update(short)


def rows_stay_whole(table: Table) -> Table:
    """No row of the table is split across two pages ("do not split"): a split row reads as two records,
    and the empty bordered stub it leaves under a repeated header row looks like a missing record."""
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        if trpr.find(qn("w:cantSplit")) is None:
            trpr.insert(0, OxmlElement("w:cantSplit"))
    return table


def data_table(
    doc: DocumentObject,
    headers: Sequence[str],
    cells: Sequence[str],
    widths_cm: Sequence[float],
    loop: str,
    numeric: Sequence[int] = (),
    total: Sequence[str] | None = None,
    fits: Sequence[str] | None = None,
) -> Table:
    """A bordered table: a repeated header row, one row per record through ``{%tr for %}``, optional total.

    ``widths_cm`` give the table's width and how the text columns share it; ``fits`` name, per column, the
    widest figure or date the column prints (``""`` for free text), and the column widths are computed so
    that it fits (see ``column_widths``). Every row stays whole on its page.
    """
    widths = column_widths(sum(widths_cm), widths_cm, headers, fits or [""] * len(headers))
    rows = 4 + (1 if total else 0)
    table = doc.add_table(rows=rows, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    fixed_widths(table, widths)
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        clear_cell(cell)
        para(cell, text, "VB Bảng tiêu đề")
    hdr = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    hdr.append(repeat)
    clear_cell(table.rows[1].cells[0])
    para(table.rows[1].cells[0], "{%tr for " + loop + " %}", "VB Bảng")
    for i, (cell, text) in enumerate(zip(table.rows[2].cells, cells, strict=True)):
        clear_cell(cell)
        style = "VB Bảng giữa" if i == 0 else ("VB Bảng số" if i in numeric else "VB Bảng")
        para(cell, text, style)
    clear_cell(table.rows[3].cells[0])
    para(table.rows[3].cells[0], "{%tr endfor %}", "VB Bảng")
    if total:
        for i, (cell, text) in enumerate(zip(table.rows[4].cells, total, strict=True)):
            clear_cell(cell)
            para(cell, text, "VB Bảng số" if i in numeric else "VB Bảng tiêu đề")
    return rows_stay_whole(table)


def landscape_section(doc: DocumentObject) -> None:
    """Start an appendix on a new landscape page, as its own section numbered from 1.

    Nghị định 30: "Số trang của Phụ lục được đánh số riêng theo từng Phụ lục". Like the document itself, an
    appendix shows no number on its first page (the headers are the document's: an empty first-page header and
    the PAGE field). The paragraph that closes the previous section is added here.
    """
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = A4_H, A4_W
    section.different_first_page_header_footer = True
    numbering = section._sectPr.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        section._sectPr.find(qn("w:cols")).addprevious(numbering)  # the schema's order: pgNumType before cols
    numbering.set(qn("w:start"), "1")
    for side, value in MARGINS.items():
        setattr(section, f"{side}_margin", value)


def appendix_heading(doc: DocumentObject, number_expr: str, title: str, reference: str) -> None:
    para(doc, "Phụ lục {{ " + number_expr + " }}", "VB Phụ lục")
    para(doc, title, "VB Tên phụ lục")
    para(doc, reference, "VB Kèm theo")
    rule(doc, 4.0, 25.2)


_DROPPED = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg")


_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same bytes on every run, so a regenerated template shows no change


def slim_package(data: bytes) -> bytes:
    """Drop python-docx's leftovers (a 440 KB Word 2010 styles copy, a thumbnail of someone else's page) and
    write every entry with one fixed time, so the same generator gives the same bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist() if info.filename not in _DROPPED]
    targets = "|".join(re.escape(name.split("/", 1)[1]) for name in _DROPPED)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info, part in entries:
            if info.filename.endswith(".rels"):
                part = re.sub(rf'<Relationship [^>]*Target="[^"]*(?:{targets})"[^>]*/>'.encode(), b"", part)
            elif info.filename == "[Content_Types].xml":
                dropped = "|".join(re.escape(name) for name in _DROPPED)
                part = re.sub(rf'<Override PartName="/(?:{dropped})"[^>]*/>'.encode(), b"", part)
                part = part.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            fixed = zipfile.ZipInfo(info.filename, _FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            out.writestr(fixed, part)
    return buffer.getvalue()


def template_bytes(doc: DocumentObject) -> bytes:
    """The finished template file as bytes: saved by python-docx, then slimmed."""
    buffer = io.BytesIO()
    doc.save(buffer)
    return slim_package(buffer.getvalue())


def draft_mark(doc: DocumentObject) -> Paragraph:
    """``DỰ THẢO`` in a box at the top right of page 1, printed only when the context sets ``dau_du_thao``
    (the draft a tờ trình attaches); the paragraph disappears from every other document."""
    tag(doc, "{%p if dau_du_thao %}")
    p = para(doc, "{{ dau_du_thao }}", "VB Số ký hiệu")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(6)
    p.runs[0].bold = True
    borders = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "2"), ("w:color", "000000")):
            line.set(qn(key), value)
        borders.append(line)
    p._p.get_or_add_pPr().append(borders)
    p.paragraph_format.left_indent = Cm(13.0)
    tag(doc, "{%p endif %}")
    return p

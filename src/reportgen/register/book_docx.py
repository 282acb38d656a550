"""The sổ as a Word book to print and bind: A4 landscape, NĐ30 margins and font, page numbers from page 2.

Built with python-docx rather than a template: the book is a table whose header must stay exactly Phụ lục
IV's, repeated at the top of every printed page.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from reportgen.register.sheets import COLUMNS, WIDTHS_MM, Book, row

FONT = "Times New Roman"


def _fonts(element: object) -> None:
    """Name Times New Roman in every slot, so Vietnamese letters (hAnsi) and theme fonts cannot slip through."""
    r_pr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)


def _paragraph(container: object, text: str, size: int, *, bold: bool = False, italic: bool = False) -> None:
    paragraph = container.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)
        _fonts(run._r)


def _cell(cell: object, text: str, *, bold: bool = False, italic: bool = False, center: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        run = paragraph.add_run(line)
        run.bold, run.italic, run.font.size = bold, italic, Pt(12)
        _fonts(run._r)


def _page_numbers(section: object) -> None:
    """PAGE field centred in the top margin; the first page's header stays empty (NĐ30 Phụ lục I)."""
    section.different_first_page_header_footer = True  # type: ignore[attr-defined]
    paragraph = section.header.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(13)
    _fonts(run._r)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "2"), ("end", None)):
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            run._r.append(shown)


def book_docx(book: Book) -> bytes:
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(13)
    _fonts(normal.element)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    _page_numbers(section)
    for line in book.heading:
        _paragraph(document, line, 13, bold=True)
    cover = book.cover()
    _paragraph(document, cover[0], 14, bold=True)
    for line in cover[1:]:
        _paragraph(document, line, 13, italic=True)
    _paragraph(document, "", 13)
    table = document.add_table(rows=2, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS_MM, strict=True):
        column.width = Mm(width)  # the grid LibreOffice lays out by; Word reads the cell widths below
    for i, (name, width) in enumerate(zip(COLUMNS, WIDTHS_MM, strict=True)):
        _cell(table.rows[0].cells[i], name, bold=True, center=True)
        _cell(table.rows[1].cells[i], f"({i + 1})", italic=True, center=True)
        for r in table.rows:
            r.cells[i].width = Mm(width)
    for r in table.rows[:2]:  # the header is printed again at the top of every page
        header = OxmlElement("w:tblHeader")
        r._tr.get_or_add_trPr().append(header)
    for entry in book.entries:
        cells = table.add_row().cells
        for i, text in enumerate(row(entry)):
            cells[i].width = Mm(WIDTHS_MM[i])
            _cell(cells[i], text, center=i in (1, 6))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

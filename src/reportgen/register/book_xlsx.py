"""The sổ as an Excel workbook: the cover lines, Phụ lục IV's header and column numbers, one row per document."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

from reportgen.register.sheets import COLUMNS, WIDTHS_MM, Book, row

_FONT = "Times New Roman"
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def book_xlsx(book: Book) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"Sổ đi {book.year_text}"[:31]
    lines = [*book.heading, *book.cover()]
    for i, text in enumerate(lines, 1):
        sheet.merge_cells(start_row=i, start_column=1, end_row=i, end_column=len(COLUMNS))
        cell = sheet.cell(i, 1, text)
        cell.font = Font(name=_FONT, size=13, bold=i <= len(book.heading) + 1)
        cell.alignment = Alignment(horizontal="center")
    top = len(lines) + 2
    for col, (name, width) in enumerate(zip(COLUMNS, WIDTHS_MM, strict=True), 1):
        head = sheet.cell(top, col, name)
        head.font = Font(name=_FONT, size=12, bold=True)
        number = sheet.cell(top + 1, col, f"({col})")
        number.font = Font(name=_FONT, size=12, italic=True)
        for cell in (head, number):
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = _BOX
        sheet.column_dimensions[head.column_letter].width = round(width / 2.1, 1)  # mm to character widths
    for r, entry in enumerate(book.entries, top + 2):
        for col, text in enumerate(row(entry), 1):
            cell = sheet.cell(r, col, text)
            cell.font = Font(name=_FONT, size=12)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = _BOX
    sheet.freeze_panes = f"A{top + 2}"
    sheet.print_title_rows = f"{top}:{top + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()

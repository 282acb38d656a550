"""First draft of ``templates/chuong_trinh.docx``, and the schedule table the kế hoạch template reuses.

The table has a repeated header row, then per day a heading row spanning every column (``Thứ Hai, ngày
15/9/2025``) and one row per activity: docxtpl loops over days and, inside, over activities.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.shared import Pt
from docx.table import Table
from templatekit import (
    clear_cell,
    column_widths,
    draft_mark,
    fixed_widths,
    header_block,
    new_document,
    page_numbers,
    para,
    rows_stay_whole,
    signature_block,
    tag,
    title_block,
)
from tpl_bien_ban import keep_on_one_page

BODY = "VB Thân bài"
HEADERS = ["Thời gian", "Nội dung", "Địa điểm", "Thành phần", "Đơn vị chuẩn bị"]
CELLS = ["{{ h.thoi_gian }}", "{{ h.noi_dung }}", "{{ h.dia_diem }}", "{{ h.thanh_phan }}", "{{ h.chuan_bi }}"]
WEIGHTS = [2.3, 5.2, 3.0, 3.2, 2.8]  # 16.5 cm: the text width of an A4 portrait page
FITS = ["08h00 - 09h30", "", "", "", ""]


def _tag_row(table: Table, row: int, text: str) -> None:
    cell = clear_cell(table.rows[row].cells[0])
    para(cell, text, "VB Bảng")


def _span_row(table: Table, row: int) -> None:
    """Merge a row into one cell (the day's heading)."""
    cells = table.rows[row].cells
    cells[0].merge(cells[-1])


def schedule_table(doc: DocumentObject, days: str) -> Table:
    """The programme as a table: ``days`` is the context list (``lich``) of ``{tieu_de, hoat_dong}``."""
    widths = column_widths(sum(WEIGHTS), WEIGHTS, HEADERS, FITS)
    table = doc.add_table(rows=7, cols=len(HEADERS))
    table.style = doc.styles["Table Grid"]
    fixed_widths(table, widths)
    for cell, text in zip(table.rows[0].cells, HEADERS, strict=True):
        para(clear_cell(cell), text, "VB Bảng tiêu đề")
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    _tag_row(table, 1, "{%tr for d in " + days + " %}")
    _span_row(table, 2)
    day = clear_cell(table.rows[2].cells[0])
    heading = para(day, "{{ d.tieu_de }}", "VB Bảng tiêu đề")
    heading.paragraph_format.keep_with_next = True
    _tag_row(table, 3, "{%tr for h in d.hoat_dong %}")
    for i, (cell, text) in enumerate(zip(table.rows[4].cells, CELLS, strict=True)):
        para(clear_cell(cell), text, "VB Bảng giữa" if i == 0 else "VB Bảng")
    _tag_row(table, 5, "{%tr endfor %}")
    _tag_row(table, 6, "{%tr endfor %}")
    return rows_stay_whole(table)


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    draft_mark(doc)
    header_block(doc)
    title_block(doc, "CHƯƠNG TRÌNH", "{{ trich_yeu }}")
    tag(doc, "{%p for p in mo_dau %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    schedule_table(doc, "lich")
    tag(doc, "{%p for p in ghi_chu %}")
    para(doc, "{{ p }}", BODY).paragraph_format.space_before = Pt(6)  # off the table's bottom border
    tag(doc, "{%p endfor %}")
    keep_on_one_page(signature_block(doc))
    return doc

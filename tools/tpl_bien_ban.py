"""First draft of ``templates/bien_ban.docx``; after that the .docx is the source staff edit in Word.

No place-and-date line in the header; the secretary signs on the left and the chair on the right, and the
receivers follow under the signatures (Mẫu 1.9).
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.shared import Pt
from docx.table import Table
from templatekit import (
    clear_cell,
    fixed_widths,
    header_block,
    new_document,
    no_borders,
    page_numbers,
    para,
    rows_stay_whole,
    tag,
    title_block,
)

BODY, HEAD, ITEM = "VB Thân bài", "VB Đề mục", "VB Mục"


def lines(doc: DocumentObject, var: str) -> None:
    tag(doc, "{%p for d in " + var + " %}")
    para(doc, "{{ d }}", BODY)
    tag(doc, "{%p endfor %}")


def keep_on_one_page(table: Table) -> None:
    """A signature must not be split from its title by a page break: rows may not break, titles keep with names."""
    rows_stay_whole(table)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs[:-1]:
                paragraph.paragraph_format.keep_with_next = True


def signatures(doc: DocumentObject) -> None:
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    fixed_widths(table, [8.25, 8.25])
    for cell, key in ((table.cell(0, 0), "ky_thu_ky"), (table.cell(0, 1), "ky_chu_toa")):
        clear_cell(cell)
        para(cell, "{{ " + key + ".chuc_vu }}", "VB Chức vụ ký")
        para(cell, "{{ " + key + ".ho_ten }}", "VB Họ tên ký")
    keep_on_one_page(table)


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    header_block(doc, with_date=False)
    title_block(doc, "BIÊN BẢN", "{{ ten_cuoc_hop }}")
    doc.core_properties.title = "{{ trich_yeu }}"  # the tag the register reads too; the page keeps ten_cuoc_hop
    para(doc, "{{ mo_dau }}", BODY)
    para(doc, "I. THÀNH PHẦN THAM DỰ", HEAD)
    para(doc, "1. Chủ trì (chủ tọa): {{ chu_toa }}", BODY)
    para(doc, "2. Thư ký: {{ thu_ky }}", BODY)
    para(doc, "3. Thành phần có mặt:", BODY)
    lines(doc, "co_mat")
    tag(doc, "{%p if vang_mat %}")
    para(doc, "4. Vắng mặt:", BODY)
    lines(doc, "vang_mat")
    tag(doc, "{%p else %}")
    para(doc, "4. Vắng mặt: không.", BODY)
    tag(doc, "{%p endif %}")
    para(doc, "II. NỘI DUNG CUỘC HỌP", HEAD)
    tag(doc, "{%p for muc in dien_bien %}")
    para(doc, "{{ muc.tieu_de }}", BODY)
    lines(doc, "muc.doan_van")
    tag(doc, "{%p endfor %}")
    para(doc, "III. KẾT LUẬN CỦA CHỦ TỌA", HEAD)
    lines(doc, "ket_luan")
    para(doc, "{{ thong_qua }}", BODY)
    para(doc, "{{ ket_thuc }}", BODY).paragraph_format.keep_with_next = True
    signatures(doc)
    # Mẫu 1.9: the receivers under the signatures, at the left ("- Lưu: VT, Hồ sơ.").
    para(doc, "Nơi nhận:", "VB Nơi nhận").paragraph_format.space_before = Pt(12)
    tag(doc, "{%p for dong in noi_nhan %}")
    para(doc, "{{ dong }}", "VB Người nhận")
    tag(doc, "{%p endfor %}")
    return doc

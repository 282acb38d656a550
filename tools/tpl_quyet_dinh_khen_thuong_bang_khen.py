"""First draft of ``templates/quyet_dinh_khen_thuong_bang_khen.docx``: one certificate page per awardee.

Landscape A4 without decoration, because staff print onto pre-printed certificate paper. Every paragraph of a
certificate keeps with the next one and the footer table cannot split, so a certificate never spreads over
two sheets; the length limits in the input model keep the longest texts within one page.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from templatekit import (
    A4_H,
    A4_W,
    clear_cell,
    define_style,
    fixed_widths,
    new_document,
    no_borders,
    para,
    rows_stay_whole,
    rule,
    tag,
)

# name: (size, bold, italic, alignment, space before, space after, page break before)
LOCAL_STYLES = {
    "BK Quốc hiệu": (14, True, False, "center", 0, 0, False),
    "BK Quốc hiệu trang mới": (14, True, False, "center", 0, 0, True),
    "BK Tiêu ngữ": (15, True, False, "center", 0, 0, False),
    "BK Người tặng": (18, True, False, "center", 18, 0, False),
    "BK Tặng": (18, True, False, "center", 14, 0, False),
    "BK Hình thức": (46, True, False, "center", 8, 8, False),
    "BK Tên": (26, True, False, "center", 6, 8, False),
    "BK Dòng": (16, False, False, "center", 0, 4, False),
    "BK Thành tích": (16, False, True, "center", 8, 14, False),
    "BK Chân trái": (13, False, False, "left", 0, 0, False),
    "BK Ngày": (15, False, True, "center", 0, 2, False),
    "BK Chức vụ": (15, True, False, "center", 0, 0, False),
    "BK Họ tên": (15, True, False, "center", 56, 0, False),
    "BK Kết thúc": (1, False, False, "left", 0, 0, False),
}
_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}
PAGE_W = 29.7 - 2 * 2.2


def add_local_styles(doc: DocumentObject) -> None:
    for name, (size, bold, italic, align, before, after, new_page) in LOCAL_STYLES.items():
        style = define_style(doc, name, (size, bold, italic, align, False, before, after, 1.0))
        fmt = style.paragraph_format  # type: ignore[attr-defined]
        fmt.page_break_before = new_page
        fmt.keep_with_next = name != "BK Kết thúc"
        fmt.keep_together = True


def landscape(doc: DocumentObject) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = A4_H, A4_W
    section.orientation = WD_ORIENT.LANDSCAPE
    section.top_margin, section.bottom_margin = Mm(18), Mm(15)
    section.left_margin, section.right_margin = Mm(22), Mm(22)


def footer_table(doc: DocumentObject) -> None:
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    fixed_widths(table, [PAGE_W / 2 - 1, PAGE_W / 2 + 1])
    rows_stay_whole(table)
    left, right = clear_cell(table.cell(0, 0)), clear_cell(table.cell(0, 1))
    left.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    para(left, "{{ so_quyet_dinh }}", "BK Chân trái")
    tag(left, "{%p if bk.so_so_vang %}")
    para(left, "Số sổ vàng: {{ bk.so_so_vang }}", "BK Chân trái")
    tag(left, "{%p endif %}")
    para(right, "{{ dia_danh_ngay }}", "BK Ngày")
    tag(right, "{%p if nguoi_ky.tham_quyen %}")
    para(right, "{{ nguoi_ky.tham_quyen }}", "BK Chức vụ")
    tag(right, "{%p endif %}")
    para(right, "{{ nguoi_ky.chuc_vu }}", "BK Chức vụ")
    para(right, "{{ nguoi_ky.ho_ten }}", "BK Họ tên")


def build() -> DocumentObject:
    doc = new_document()
    add_local_styles(doc)
    landscape(doc)
    tag(doc, "{%p for bk in bang_khen %}")
    tag(doc, "{%p if loop.first %}")
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BK Quốc hiệu")
    tag(doc, "{%p else %}")
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BK Quốc hiệu trang mới")
    tag(doc, "{%p endif %}")
    para(doc, "Độc lập - Tự do - Hạnh phúc", "BK Tiêu ngữ")
    rule(doc, 6.4, PAGE_W).paragraph_format.keep_with_next = True
    para(doc, "{{ tieu_de_nguoi_tang }}", "BK Người tặng")
    para(doc, "TẶNG", "BK Tặng")
    para(doc, "{{ hinh_thuc_hoa }}", "BK Hình thức")
    para(doc, "{{ bk.ten }}", "BK Tên")
    tag(doc, "{%p if bk.quoc_tich %}")  # as decisions write it: "Ông John Smith, quốc tịch Hoa Kỳ, Giám đốc …"
    para(doc, "{{ bk.quoc_tich }}", "BK Dòng")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if bk.chuc_vu_don_vi %}")
    para(doc, "{{ bk.chuc_vu_don_vi }}", "BK Dòng")
    tag(doc, "{%p endif %}")
    para(doc, "{{ bk.thanh_tich }}", "BK Thành tích")
    footer_table(doc)
    tag(doc, "{%p endfor %}")
    para(doc, "", "BK Kết thúc")
    return doc

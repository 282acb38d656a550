"""First draft of ``templates/ke_hoach.docx``: sections I., II. … as the plan has them, with the task table and
the programme table (the chương trình's own) where an item of the nội dung places them."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from templatekit import (
    FIT_DATE,
    FIT_TT,
    data_table,
    draft_mark,
    header_block,
    new_document,
    page_numbers,
    para,
    signature_block,
    tag,
    title_block,
)
from tpl_bien_ban import keep_on_one_page
from tpl_chuong_trinh import schedule_table

BODY, HEAD, ITEM = "VB Thân bài", "VB Đề mục", "VB Mục"


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    draft_mark(doc)
    header_block(doc)
    title_block(doc, "KẾ HOẠCH", "{{ trich_yeu }}")
    tag(doc, "{%p for p in mo_dau %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for s in phan %}")
    para(doc, "{{ s.tieu_de }}", HEAD)
    tag(doc, "{%p for m in s.muc %}")
    tag(doc, "{%p if m.tieu_de %}")
    para(doc, "{{ m.tieu_de }}", ITEM)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for p in m.doan_van %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for p in m.y %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if m.bang == 'lich' %}")
    schedule_table(doc, "lich")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if m.bang == 'nhiem_vu' %}")
    data_table(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["{{ r.tt }}", "{{ r.noi_dung }}", "{{ r.chu_tri }}", "{{ r.phoi_hop }}", "{{ r.thoi_gian }}"],
        [1.0, 6.5, 3.0, 3.5, 2.5],
        "r in nhiem_vu",
        fits=[FIT_TT, "", "", "", FIT_DATE],
    )
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if ket_thuc %}")
    para(doc, "{{ ket_thuc }}", BODY)
    tag(doc, "{%p endif %}")
    keep_on_one_page(signature_block(doc))
    return doc

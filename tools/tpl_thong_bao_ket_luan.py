"""First draft of ``templates/thong_bao_ket_luan.docx``; after that the .docx is the source staff edit in Word."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from templatekit import (
    FIT_DATE,
    FIT_TT,
    data_table,
    header_block,
    new_document,
    page_numbers,
    para,
    signature_block,
    tag,
    title_block,
)
from tpl_bien_ban import keep_on_one_page

BODY = "VB Thân bài"


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    header_block(doc)
    title_block(doc, "THÔNG BÁO", "{{ trich_yeu }}")
    tag(doc, "{%p for p in mo_dau %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for kl in ket_luan %}")
    para(doc, "{{ kl.so }}. {{ kl.noi_dung }}", BODY)
    tag(doc, "{%p for y in kl.y %}")
    para(doc, "{{ y }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if nhiem_vu %}")
    para(doc, "{{ nhiem_vu.so }}. Tổ chức thực hiện:", BODY)
    tag(doc, "{%p if nhiem_vu.bang %}")
    data_table(
        doc,
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
        ["{{ r.tt }}", "{{ r.noi_dung }}", "{{ r.chu_tri }}", "{{ r.phoi_hop }}", "{{ r.thoi_han }}"],
        [1.0, 6.5, 3.0, 3.5, 2.5],
        "r in nhiem_vu.dong",
        fits=[FIT_TT, "", "", "", FIT_DATE],
    )
    tag(doc, "{%p else %}")
    tag(doc, "{%p for r in nhiem_vu.dong %}")
    para(doc, "{{ r.muc }}) {{ r.cau }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")
    para(doc, "{{ ket_thuc }}", BODY).paragraph_format.keep_with_next = True
    keep_on_one_page(signature_block(doc))
    return doc

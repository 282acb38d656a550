"""First draft of ``templates/to_trinh.docx`` (Mẫu 1.4): TỜ TRÌNH, trích yếu, Kính gửi, căn cứ, lý do, đề nghị."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from templatekit import (
    header_block,
    kinh_gui_block,
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
    title_block(doc, "TỜ TRÌNH", "{{ trich_yeu }}")
    kinh_gui_block(doc)
    for part in ("can_cu", "ly_do", "de_nghi"):
        tag(doc, "{%p for p in " + part + " %}")
        para(doc, "{{ p }}", BODY)
        tag(doc, "{%p endfor %}")
    para(doc, "{{ ket_thuc }}", BODY).paragraph_format.keep_with_next = True
    keep_on_one_page(signature_block(doc))
    return doc

"""First draft of ``templates/to_trinh.docx`` (Mẫu 1.4): TỜ TRÌNH, trích yếu, Kính gửi, căn cứ, lý do, đề nghị."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.shared import Cm
from templatekit import header_block, new_document, page_numbers, para, signature_block, tag, title_block
from tpl_bien_ban import keep_on_one_page

BODY = "VB Thân bài"


def recipients(doc: DocumentObject) -> None:
    """``Kính gửi: …`` on one line; several recipients as a dashed list under the line."""
    tag(doc, "{%p if kinh_gui.mot %}")
    para(doc, "Kính gửi: {{ kinh_gui.mot }}", "VB Kính gửi")
    tag(doc, "{%p else %}")
    para(doc, "Kính gửi:", "VB Kính gửi").paragraph_format.space_after = Cm(0)
    tag(doc, "{%p for dong in kinh_gui.nhieu %}")
    line = para(doc, "{{ dong }}", "VB Căn giữa")
    line.alignment = 0  # left
    line.paragraph_format.left_indent = Cm(5.0)
    line.paragraph_format.space_after = Cm(0)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    header_block(doc)
    title_block(doc, "TỜ TRÌNH", "{{ trich_yeu }}")
    recipients(doc)
    for part in ("can_cu", "ly_do", "de_nghi"):
        tag(doc, "{%p for p in " + part + " %}")
        para(doc, "{{ p }}", BODY)
        tag(doc, "{%p endfor %}")
    para(doc, "{{ ket_thuc }}", BODY).paragraph_format.keep_with_next = True
    keep_on_one_page(signature_block(doc))
    return doc

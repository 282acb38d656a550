"""First draft of ``templates/cong_van.docx`` (Mẫu 1.5); after that the .docx is the source staff edit in Word.

No kind line: ``V/v …`` stands under the number in the header's left cell, then "Kính gửi", the body, the
signature with Nơi nhận, and the issuer's contact line under a rule when the input gives one.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.shared import Pt
from templatekit import (
    draft_mark,
    header_block,
    kinh_gui_block,
    new_document,
    page_numbers,
    para,
    rule,
    signature_block,
    tag,
)
from tpl_bien_ban import keep_on_one_page

BODY = "VB Thân bài"


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    draft_mark(doc)  # printed only on the dự thảo a tờ trình attaches
    table = header_block(doc)
    summary = para(table.cell(1, 0), "{{ vv }}", "VB Số ký hiệu")
    summary.paragraph_format.space_before = Pt(6)
    for run in summary.runs:
        run.font.size = Pt(12)
    doc.core_properties.title = "{{ vv }}"  # the document's Title property and its PDF's title: its V/v
    kinh_gui_block(doc)
    tag(doc, "{%p for p in noi_dung %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if kem_theo %}")
    para(doc, "{{ kem_theo }}", BODY)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if ket_thuc %}")
    para(doc, "{{ ket_thuc }}", BODY).paragraph_format.keep_with_next = True
    tag(doc, "{%p endif %}")
    keep_on_one_page(signature_block(doc))
    tag(doc, "{%p if lien_he %}")
    rule(doc, 16.5, 16.5)
    para(doc, "{{ lien_he }}", "VB Người nhận")
    tag(doc, "{%p endif %}")
    return doc

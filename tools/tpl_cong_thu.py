"""First draft of ``templates/cong_thu.docx`` (công thư and thư mời, QĐ 3287/QĐ-BNG); staff edit the .docx after.

No Quốc huy: the body's name and the number (…/CT-…) at the top left, the date on the right; for a thư mời its
title; the person addressed, the salutation, the letter, the event's details, the closing courtesy, and the
signer's position and full name on the right. The same template lays out the translation.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from templatekit import new_document, page_numbers, para, tag
from tpl_cong_ham import letter_head

BODY = "VB Thân bài"


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    letter_head(doc, emblem=False)
    date = para(doc, "{{ dia_danh_ngay }}", "VB Địa danh ngày")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tag(doc, "{%p if ten_loai %}")
    para(doc, "{{ ten_loai }}", "VB Tên loại")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for d in kinh_gui %}")
    addressee = para(doc, "{{ d }}", "VB Thân bài")
    addressee.paragraph_format.first_line_indent = Pt(0)
    addressee.alignment = WD_ALIGN_PARAGRAPH.LEFT
    addressee.paragraph_format.space_after = Pt(0)
    tag(doc, "{%p endfor %}")
    salutation = para(doc, "{{ xung_ho }}", BODY)
    salutation.paragraph_format.space_before = Pt(12)
    tag(doc, "{%p for p in noi_dung %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for d in chi_tiet %}")
    para(doc, "{{ d }}", BODY)
    tag(doc, "{%p endfor %}")
    closing = para(doc, "{{ loi_chao }}", BODY)
    closing.paragraph_format.keep_with_next = True
    title = para(doc, "{{ chuc_vu }}", "VB Chức vụ ký")
    title.paragraph_format.left_indent = Pt(200)
    title.paragraph_format.keep_with_next = True
    name = para(doc, "{{ ho_ten }}", "VB Họ tên ký")
    name.paragraph_format.left_indent = Pt(200)
    return doc

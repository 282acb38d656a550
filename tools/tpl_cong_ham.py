"""First draft of ``templates/cong_ham.docx`` (công hàm, QĐ 3287/QĐ-BNG); after that staff edit the .docx in Word.

Quốc huy (original only) and the body's name centred at the top, the number under it, the body in the third
person, the place and date at the end (initialled and sealed there, no signature block), and the addressee in
the first page's footer so that it stands at the foot of page 1 however long the note runs. The same template
lays out the translation.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from templatekit import new_document, page_numbers, para, tag

BODY = "VB Thân bài"


def letter_head(doc: DocumentObject, emblem: bool) -> None:
    """Emblem (when given), parent body, body, number: the head every letter to a partner shares."""
    if emblem:
        tag(doc, "{%p if quoc_huy %}")
        para(doc, "{{r quoc_huy }}", "VB Căn giữa").paragraph_format.space_after = Pt(4)
        tag(doc, "{%p endif %}")
    tag(doc, "{%p for d in chu_quan %}")
    para(doc, "{{ d }}", "VB Cơ quan chủ quản")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for d in ban_hanh %}")
    para(doc, "{{ d }}", "VB Cơ quan ban hành")
    tag(doc, "{%p endfor %}")
    number = para(doc, "{{ so_ky_hieu }}", "VB Số ký hiệu")
    number.paragraph_format.space_after = Pt(18)


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    letter_head(doc, emblem=True)
    tag(doc, "{%p for p in noi_dung %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    # the closing formula stays on the page of the date, initials and seal (never a date alone on a last page)
    para(doc, "{{ ket }}", BODY).paragraph_format.keep_with_next = True
    date = para(doc, "{{ dia_danh_ngay }}", "VB Địa danh ngày")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date.paragraph_format.space_before = Pt(12)
    footer = doc.sections[0].first_page_footer
    footer.is_linked_to_previous = False
    first = footer.paragraphs[0]
    first.text = "{%p for d in kinh_gui %}"
    first.style = doc.styles["VB Lệnh"]
    line = footer.add_paragraph("{{ d }}", style="VB Người nhận")
    line.runs[0].font.size = Pt(13)
    line.runs[0].bold = True
    footer.add_paragraph("{%p endfor %}", style="VB Lệnh")
    return doc

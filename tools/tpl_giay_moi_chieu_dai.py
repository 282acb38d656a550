"""First draft of ``templates/giay_moi_chieu_dai.docx``: an invitation card, 12 × 17 cm, every line centred.

QĐ 3287/QĐ-BNG: the host's title and full name, the guest in larger type, the reception, the occasion, the time
and place; dress and reply in smaller type at the bottom. One card a page, one page per guest.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from templatekit import new_document, para, tag

CENTRE = "VB Căn giữa"


def line(
    doc: DocumentObject, text: str, size: float, bold: bool = False, italic: bool = False, after: float = 0
) -> Paragraph:
    p = para(doc, text, CENTRE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    for run in p.runs:
        run.font.size = Pt(size)
        run.bold = bold
        run.italic = italic
    return p


def build() -> DocumentObject:
    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(120), Mm(170)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(10))
    valign = OxmlElement("w:vAlign")  # the card's text stands in the middle of the card
    valign.set(qn("w:val"), "center")
    section._sectPr.insert_element_before(
        valign, "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid"
    )
    tag(doc, "{%p for the in cac_the %}")
    tag(doc, "{%p if quoc_huy %}")
    line(doc, "{{r quoc_huy }}", 13, after=4)
    tag(doc, "{%p endif %}")
    line(doc, "{{ chu_tiec }}", 14, bold=True, after=2)
    line(doc, "{{ ten_chu_tiec }}", 16, bold=True, after=8)
    line(doc, "{{ kinh_moi }}", 13, italic=True, after=8)
    line(doc, "{{ the.khach }}", 16, bold=True)
    line(doc, "{{ the.chuc_vu_khach }}", 13, after=8)
    tag(doc, "{%p for d in tiec %}")
    line(doc, "{{ d }}", 13, after=2)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for d in ghi_chu %}")
    note = line(doc, "{{ d }}", 11, italic=True)
    note.paragraph_format.space_before = Pt(6)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if not loop.last %}")
    doc.add_paragraph(style="VB Lệnh").add_run().add_break(WD_BREAK.PAGE)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    return doc

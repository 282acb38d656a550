"""First draft of ``templates/quyet_dinh_khen_thuong.docx`` (decision + danh sách); then staff edit the .docx."""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph
from templatekit import (
    FIT_TT,
    data_table,
    define_style,
    draft_mark,
    header_block,
    new_document,
    page_numbers,
    para,
    rule,
    signature_block,
    tag,
    title_block,
)

BODY = "VB Thân bài"
# name: (size, bold, italic, centred, first-line indent, space before, space after, page break before)
LOCAL_STYLES = {
    "QĐ Thẩm quyền": (14, True, False, True, False, 12, 6, False),
    "QĐ Căn cứ": (14, False, True, False, True, 0, 6, False),
    "QĐ Quyết định": (14, True, False, True, False, 6, 6, False),
    "QĐ Danh sách": (14, True, False, True, False, 0, 0, True),
    "QĐ Nhóm": (14, True, False, False, False, 12, 6, False),
}


def add_local_styles(doc: DocumentObject) -> None:
    for name, (size, bold, italic, centred, indent, before, after, new_page) in LOCAL_STYLES.items():
        align = "center" if centred else "justify"
        style = define_style(doc, name, (size, bold, italic, align, indent, before, after, 1.15), base=BODY)
        style.paragraph_format.page_break_before = new_page  # type: ignore[attr-defined]
        style.paragraph_format.keep_with_next = name != "QĐ Căn cứ"  # type: ignore[attr-defined]


def article(doc: DocumentObject, number: str, text: str) -> Paragraph:
    """``Điều 1.`` in bold, then the article's text in regular type, in one body paragraph."""
    p = doc.add_paragraph(style=BODY)
    p.add_run(f"Điều {number}.").bold = True
    p.add_run(f" {text}")
    return p


def awardee_table(doc: DocumentObject, collective: bool, with_achievement: bool) -> None:
    """One group's table; its column heads come from the group (``Tên tập thể`` / ``Tên tổ chức``…)."""
    if collective:
        headers = ["TT", "{{ g.cot_ten }}"]
        cells = ["{{ r.tt }}", "{{ r.ten }}"]
        widths = [1.3, 8.2, 7.0] if with_achievement else [1.3, 15.2]
    else:
        headers = ["TT", "{{ g.cot_ten }}", "{{ g.cot_don_vi }}"]
        cells = ["{{ r.tt }}", "{{ r.ho_ten }}", "{{ r.chuc_vu_don_vi }}"]
        widths = [1.2, 4.6, 5.5, 5.2] if with_achievement else [1.3, 5.4, 9.8]
    if with_achievement:
        headers, cells = [*headers, "Thành tích"], [*cells, "{{ r.thanh_tich }}"]
    data_table(doc, headers, cells, widths, "r in g.dong", fits=[FIT_TT] + [""] * (len(headers) - 1))


def groups(doc: DocumentObject) -> None:
    """The groups in the order the decision gives them (``nhom``: the input's ``thu_tu_nhom``, else the usual)."""
    tag(doc, "{%p for g in nhom %}")
    para(doc, "{{ g.tieu_de }}", "QĐ Nhóm")
    for collective in (True, False):
        tag(doc, "{%p if " + ("" if collective else "not ") + "g.la_tap_the and g.co_thanh_tich %}")
        awardee_table(doc, collective, True)
        tag(doc, "{%p endif %}")
        tag(doc, "{%p if " + ("" if collective else "not ") + "g.la_tap_the and not g.co_thanh_tich %}")
        awardee_table(doc, collective, False)
        tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")


def build() -> DocumentObject:
    doc = new_document()
    add_local_styles(doc)
    page_numbers(doc)
    draft_mark(doc)
    header_block(doc)
    title_block(doc, "QUYẾT ĐỊNH", "{{ trich_yeu }}")
    para(doc, "{{ tham_quyen }}", "QĐ Thẩm quyền")
    tag(doc, "{%p for cc in can_cu %}")
    para(doc, "{{ cc }}", "QĐ Căn cứ")
    tag(doc, "{%p endfor %}")
    para(doc, "QUYẾT ĐỊNH:", "QĐ Quyết định")
    article(doc, "1", "{{ dieu_1 }}")
    tag(doc, "{%p if dieu_2 %}")
    article(doc, "{{ dieu_2.so }}", "{{ dieu_2.mo_dau }}")
    tag(doc, "{%p for dong in dieu_2.dong %}")
    para(doc, "{{ dong }}", BODY)
    tag(doc, "{%p endfor %}")
    para(doc, "{{ dieu_2.nguon_kinh_phi }}", BODY)
    tag(doc, "{%p endif %}")
    # The last article goes to the next page with the signature rather than leave the signature alone there.
    article(doc, "{{ dieu_thi_hanh.so }}", "{{ dieu_thi_hanh.noi_dung }}").paragraph_format.keep_with_next = True
    signature_block(doc)
    para(doc, "DANH SÁCH", "QĐ Danh sách")
    tag(doc, "{%p for dong in ds_tieu_de %}")
    para(doc, "{{ dong }}", "VB Tên phụ lục")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ ds_kem_theo }}", "VB Kèm theo")
    rule(doc, 4.0, 16.5)
    groups(doc)
    return doc

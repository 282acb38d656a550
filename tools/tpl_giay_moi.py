"""First draft of ``templates/giay_moi.docx`` (Mẫu 1.7); after that the .docx is the source staff edit in Word.

GIẤY MỜI and its summary, "… trân trọng kính mời: …", "Tới dự …", Chủ trì, Thời gian, Địa điểm, the notes, the
signature with Nơi nhận; a long list of invitees follows on a page of its own.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from templatekit import (
    FIT_TT,
    data_table,
    header_block,
    new_document,
    page_numbers,
    para,
    rule,
    signature_block,
    tag,
    title_block,
)
from tpl_bien_ban import keep_on_one_page

BODY = "VB Thân bài"


def line(doc: DocumentObject, name: str) -> None:
    """One optional line of the body: printed only when the input gives it."""
    tag(doc, "{%p if " + name + " %}")
    para(doc, "{{ " + name + " }}", BODY)
    tag(doc, "{%p endif %}")


def build() -> DocumentObject:
    doc = new_document()
    page_numbers(doc)
    header_block(doc)
    title_block(doc, "GIẤY MỜI", "{{ trich_yeu }}")
    para(doc, "{{ kinh_moi.dong_dau }}", BODY)
    tag(doc, "{%p for dong in kinh_moi.cac_dong %}")
    para(doc, "{{ dong }}", BODY)
    tag(doc, "{%p endfor %}")
    para(doc, "{{ toi_du }}", BODY)
    line(doc, "chu_tri")
    para(doc, "{{ thoi_gian }}", BODY)
    para(doc, "{{ dia_diem }}", BODY)
    line(doc, "thanh_phan")
    tag(doc, "{%p for p in chuan_bi %}")
    para(doc, "{{ p }}", BODY)
    tag(doc, "{%p endfor %}")
    line(doc, "lien_he")
    line(doc, "ket_thuc")
    keep_on_one_page(signature_block(doc))
    tag(doc, "{%p if danh_sach %}")
    heading = para(doc, "DANH SÁCH KHÁCH MỜI", "VB Tên phụ lục")
    heading.paragraph_format.page_break_before = True
    para(doc, "{{ ds_kem_theo }}", "VB Kèm theo")
    rule(doc, 4.0, 16.5)
    data_table(
        doc,
        ["TT", "Họ và tên, cơ quan", "Chức vụ, đơn vị"],
        ["{{ k.tt }}", "{{ k.ten }}", "{{ k.chuc_vu }}"],
        [1.0, 7.5, 8.0],
        "k in danh_sach",
        fits=[FIT_TT, "", ""],
    )
    tag(doc, "{%p endif %}")
    return doc

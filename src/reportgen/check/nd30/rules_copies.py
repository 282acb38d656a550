"""Marks that stand apart from the text: the urgency mark (Phụ lục I, Mục III, khoản 2: «HỎA TỐC», «THƯỢNG
KHẨN», «KHẨN» in capitals, 13–14 pt, upright, bold, in a single-line frame) and the copy block of a bản sao
(Phụ lục I, Phần II; Phụ lục III, Mẫu 3.1: «SAO Y», «SAO LỤC» or «TRÍCH SAO» in capitals, bold, 13–14 pt, then the
copy's own number whose symbol starts with SY, SL or TS).
"""

from __future__ import annotations

import itertools
import re

from .catalogue import finding
from .docxmodel import DocModel, Para, w, wattr
from .drawn import NO_BORDER
from .elements import all_flag, any_flag, sizes_of
from .findings import Finding
from .wording import is_upper, parse_symbol

URGENCY = re.compile(r"^(hỏa tốc|hoả tốc|thượng khẩn|khẩn)$", re.IGNORECASE)
COPY_FORMS = {"SAO Y": "SY", "SAO LỤC": "SL", "TRÍCH SAO": "TS"}
COPY_LINE = re.compile(r"^(sao y|sao lục|trích sao)(\s+bản chính)?$", re.IGNORECASE)
LOOK = 25  # the urgency mark sits under the number, in the first paragraphs
EDGES = ("top", "left", "bottom", "right")


CONTACT = re.compile(r"^(Địa chỉ|Điện thoại|ĐT|Đt|Email|E-mail|Fax|Website|Trang thông tin)\b\s*:")


def check_copies(model: DocModel, after: int = -1) -> list[Finding]:
    """``after``: the block index of the signature; the contact lines (ô 13) are looked for below it."""
    tail = [b for b in model.blocks[after + 1 :] if isinstance(b, Para)] if after >= 0 else []
    out = _urgency(model, list(itertools.islice(model.all_paragraphs(), LOOK))) + _contact(model, tail)
    text = str(model.document.element.body.xpath("string()")).lower()
    if "sao" in text:  # most documents are no copy: the paragraphs are read only when the word is there
        out += _copy(model, list(model.all_paragraphs()))
    return out


def _contact(model: DocModel, paras: list[Para]) -> list[Finding]:
    """Ô 13 (Phụ lục I, Mục III, khoản 4): the issuer's address, telephone, e-mail and website at the foot of
    the first page or the end, in 11–12 pt, upright."""
    for para in paras:
        if not CONTACT.match(para.stripped):
            continue
        sizes = sizes_of(model, para)
        if any(not 11 <= size <= 12 for size in sizes) or any_flag(model, para, "i"):
            message = "Địa chỉ, điện thoại, thư điện tử của cơ quan (ô 13) in cỡ 11–12, kiểu chữ đứng."
            actual = ", ".join(f"{size:g} pt" for size in sizes) + (", nghiêng" if any_flag(model, para, "i") else "")
            return [finding("ND30-CONTACT", message, "11–12 pt, đứng", actual, para.location)]
    return []


def _urgency(model: DocModel, paras: list[Para]) -> list[Finding]:
    for para in paras:
        text = para.stripped
        if not URGENCY.match(text):
            continue
        sizes = sizes_of(model, para)
        wrong = []
        if not is_upper(text):
            wrong.append("chưa in hoa")
        if not all_flag(model, para, "b") or any_flag(model, para, "i"):
            wrong.append("chưa đậm, đứng")
        if any(not 13 <= s <= 14 for s in sizes):
            wrong.append("cỡ chữ " + ", ".join(f"{s:g}" for s in sizes))
        if not _framed(model, para):
            wrong.append("không có khung viền")
        if wrong:
            message = "Dấu chỉ mức độ khẩn phải in hoa, cỡ 13–14, đứng, đậm, trong khung viền đơn."
            expected = "HỎA TỐC / THƯỢNG KHẨN / KHẨN trong khung"
            return [finding("ND30-URGENCY", message, expected, "; ".join(wrong), para.location)]
    return []


def _framed(model: DocModel, para: Para) -> bool:
    """A frame: the paragraph's four borders, its table cell's borders, or a text box around it."""
    values = [model.styles.ppr_attr(para.el, f"pBdr/{edge}", "val") for edge in EDGES]
    if all(v and v not in NO_BORDER for v in values):
        return True
    if "khung chữ" in para.place:
        return True
    tc = next(para.el.iterancestors(w("tc")), None)
    borders = tc.find(f"{w('tcPr')}/{w('tcBorders')}") if tc is not None else None
    if borders is not None:
        return all((wattr(borders.find(w(edge)), "val") or "none") not in NO_BORDER for edge in EDGES)
    return False


def _copy(model: DocModel, paras: list[Para]) -> list[Finding]:
    for index, para in enumerate(paras):
        text = " ".join(para.stripped.split())
        if not COPY_LINE.match(text):
            continue
        out: list[Finding] = []
        form = " ".join(text.upper().split()[:2])
        if (
            not is_upper(text)
            or not all_flag(model, para, "b")
            or any(not 13 <= s <= 14 for s in sizes_of(model, para))
        ):
            message = "Hình thức sao («SAO Y», «SAO LỤC», «TRÍCH SAO») in hoa, cỡ 13–14, đứng, đậm."
            out.append(finding("ND30-COPY", message, form, text, para.location))
        number = next((p for p in paras[index + 1 : index + 8] if p.stripped.startswith("Số")), None)
        symbol = parse_symbol(number.stripped) if number is not None else None
        wanted = COPY_FORMS.get(form)
        if number is None or symbol is None:
            message = "Bản sao phải có số, ký hiệu bản sao («Số: 05/SY-UBND»)."
            out.append(finding("ND30-COPY", message, f"Số: …/{wanted}-…", "không có", para.location))
        elif wanted and symbol.kind != wanted:
            message = f"Ký hiệu bản sao «{form}» bắt đầu bằng «{wanted}»."
            out.append(finding("ND30-COPY", message, f"…/{wanted}-…", number.stripped, number.location))
        return out
    return []

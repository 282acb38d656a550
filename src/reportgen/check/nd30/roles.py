"""What a file is, decided before any rule runs, because an office's folder holds more than main documents:
the separate appendix or list sent with one (Mẫu 2.1: «Phụ lục …», «DANH SÁCH … (Kèm theo …)», or a file that
opens with its table), the text issued with a decision (Mẫu 1.3's attached text: an ĐIỀU LỆ, QUY CHẾ, QUY ĐỊNH
with Chương and Điều, under its own title and «(Kèm theo Quyết định …)», without number, date or signature),
a form or score sheet (PHIẾU TRÌNH, PHIẾU GHI Ý KIẾN, ĐIỂM TỔNG HỢP …), a speech, and files that are not
administrative documents at all (a summary note, a petition, a specification): those get one informational
finding and no rule, since NĐ30 does not apply to them.

Roles: «main», «appendix», «attachment», «form», «speech», «not_admin».
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .docxmodel import Block, Para, Span, TableInfo

SPEECH_TITLES = ("BÀI PHÁT BIỂU", "THAM LUẬN", "DIỄN VĂN", "BÀI NÓI")
# Titles of texts issued or approved with a decision (Mẫu 1.3, «văn bản được ban hành kèm theo quyết định»).
ISSUED_TITLES = ("ĐIỀU LỆ", "QUY CHẾ", "QUY ĐỊNH", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "KẾ HOẠCH", "ĐỀ ÁN", "PHƯƠNG ÁN")
# Titles of forms and sheets: not one of Điều 7's types (PHIẾU GỬI, PHIẾU CHUYỂN, PHIẾU BÁO are, and win).
FORM_TITLES = ("PHIẾU", "ĐIỂM", "BẢNG ĐIỂM", "BẢNG CHẤM ĐIỂM", "BIỂU MẪU", "MẪU SỐ", "TỜ KHAI", "ĐƠN")
LIST_TITLES = ("DANH SÁCH", "DANH MỤC", "BẢNG", "BIỂU", "TỔNG HỢP", "PHỤ LỤC")
APPENDIX_TITLE = re.compile(r"^(PHỤ LỤC|Phụ lục)(\s+[IVXLC\d]+[a-z]?)?\b")
ATTACHED = re.compile(r"^\((Ban hành |Phê duyệt |Được ban hành )?[Kk]èm theo\b")
DRAFT_MARK = re.compile(r"^\(?\s*(DỰ THẢO|Dự thảo)(\s+(LẦN|lần)?\s*\d+)?\s*\)?$")
STRUCTURED = re.compile(r"^(Chương|CHƯƠNG)\s+[IVXLC\d]+|^Điều\s+\d+\s*[.:]")
LOOK = 8  # the opening paragraphs that say what the file is


def opening(blocks: Sequence[Block]) -> list[Para]:
    """The first non-empty body paragraphs, draft marks left out."""
    paras = [b for b in blocks[:20] if isinstance(b, Para) and b.stripped and not DRAFT_MARK.match(b.stripped)]
    return paras[:LOOK]


def starts(text: str, titles: Sequence[str]) -> bool:
    upper = " ".join(text.split()).upper()
    return any(upper == t or upper.startswith(t + " ") or upper.startswith(t + " –") for t in titles)


@dataclass(frozen=True)
class Located:
    """What the structure found that says what the file is (the structure module passes it in)."""

    kind: Span | None
    quoc: Span | None
    number: Span | None
    date: Span | None
    sig_index: int


def decide_role(found: Located, blocks: Sequence[Block]) -> str:
    first_index = next((i for i, b in enumerate(blocks) if not (isinstance(b, Para) and not b.stripped)), -1)
    first = blocks[first_index] if first_index >= 0 else None
    paras = opening(blocks)
    title = found.kind.text if found.kind is not None else (paras[0].stripped if paras else "")
    header = found.quoc is not None or found.number is not None or found.date is not None
    attached = any(ATTACHED.match(line.text) for p in paras for line in p.lines)
    if paras and blocks.index(paras[0]) < 4 and APPENDIX_TITLE.match(paras[0].stripped):
        return "appendix"
    if starts(title, SPEECH_TITLES):
        return "speech"
    if starts(title, ISSUED_TITLES) and found.number is None and (attached or title.upper().startswith("ĐIỀU LỆ")):
        return "attachment"
    if starts(title, FORM_TITLES) and not starts(title, ("PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO")):
        return "form"
    if header:
        return "main"
    if isinstance(first, TableInfo) or attached or starts(title, LIST_TITLES):
        return "appendix"
    if any(STRUCTURED.match(p.stripped) for p in paras):
        return "attachment"
    if found.kind is not None and found.sig_index < 0:
        return "appendix"  # a programme or plan without header and signature: sent with another document
    if found.kind is not None:
        return "main"
    return "not_admin"

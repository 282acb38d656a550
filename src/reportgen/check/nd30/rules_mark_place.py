"""Where the độ mật and độ khẩn marks stand: ô 10a and ô 10b of the layout diagram, under the number.

Phụ lục I, Phần I, Mục III, khoản 2 says where, not how a typed mark must look: «Dấu chỉ độ mật được đóng vào ô
số 10a Mục IV Phần I Phụ lục này» and «Dấu chỉ mức độ khẩn được đóng vào ô số 10b». The diagram of Mục IV draws
ô 10a and, under it, ô 10b at the left of the page, below ô 3 (số, ký hiệu) and ô 5b (trích yếu công văn), above
the body (ô 6). The look of the độ mật mark is left to the law on state secrets, which this checker does not
restate, so only its place is judged; the urgency mark's look is ``ND30-URGENCY``'s (``rules_copies.py``).

Only what the diagram rules out is reported: a mark above the number, on the Quốc hiệu's side of the header,
set to the right, or below the signature. Both marks are stamps pressed on the signed paper, so most files hold
neither, and a missing mark is never reported. Where a mark stands relative to «Kính gửi» or the kind line is
not judged: the diagram puts ô 9a level with ô 10a and says nothing of a kind line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .catalogue import finding
from .docxmodel import Block, DocModel, Para, TableInfo
from .findings import Finding
from .parts import Structure

SECRET = re.compile(r"^(tuyệt mật|tối mật|mật)$", re.IGNORECASE)
URGENT = re.compile(r"^(hỏa tốc|hoả tốc|thượng khẩn|khẩn)$", re.IGNORECASE)
RIGHT = ("right", "end")


def _in_order(blocks: list[Block]) -> Iterator[tuple[int, Para]]:
    """Every paragraph with the index of its block, in reading order (a table row by row, left to right)."""
    for index, block in enumerate(blocks):
        if isinstance(block, Para):
            yield index, block
            continue
        for table in block.all_tables():
            for para in _table_paragraphs(table):
                yield index, para


def _table_paragraphs(table: TableInfo) -> Iterator[Para]:
    for row in table.cells:
        for cell in row:
            yield from cell


def _misplaced(model: DocModel, structure: Structure, para: Para, index: int, seen_number: bool) -> str | None:
    if not seen_number:
        return "ở trên số, ký hiệu"
    if para.in_table and para.columns >= 2 and para.column >= 1 and index == structure.header_index:
        return "bên phải phần đầu, phía Quốc hiệu"
    if structure.sig_index >= 0 and index > structure.sig_index:
        return "dưới chữ ký"
    if model.styles.alignment(para.el) in RIGHT:
        return "căn phải"
    return None


def check_mark_place(model: DocModel, structure: Structure) -> list[Finding]:
    """A độ mật or độ khẩn mark outside its box of the diagram (judged only where the number line is found)."""
    number = structure.number
    if number is None:
        return []
    found: list[Finding] = []
    seen_number = False
    for index, para in _in_order(model.blocks):
        if para is number.para:
            seen_number = True
            continue
        text = " ".join(para.stripped.split())
        which = "độ mật" if SECRET.match(text) else "mức độ khẩn" if URGENT.match(text) else None
        if which is None:
            continue
        place = _misplaced(model, structure, para, index, seen_number)
        if place is not None:
            box = "10a" if which == "độ mật" else "10b"
            message = f"Dấu chỉ {which} «{text}» không ở ô {box}: ô này ở bên trái, dưới số, ký hiệu."
            expected = f"ô {box}: dưới số, ký hiệu, bên trái"
            found.append(finding("ND30-MARK-PLACE", message, expected, place, para.location))
    return found

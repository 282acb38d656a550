"""Where the parts of a document are (header table, number, date, kind line, body, signature), found once.

The rules modules only judge parts; finding them is heuristic (a document is free-form OOXML), so the
heuristics live here, in one place, and are described next to each function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .docxmodel import NS, Block, DocModel, Para, TableInfo, w, wattr

NUMBER_START = re.compile(r"^Số\b")
DATE_START = re.compile(r"^[^,\d]{2,60},\s*ngày\b")
DATE_FULL = re.compile(r"^(?P<place>[^,]+),\s*ngày\s*(?P<d>\d*)\s*tháng\s*(?P<m>\d*)\s*năm\s*(?P<y>\d{4})$")
PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s")
SIGN_WORDS = ("GIÁM ĐỐC", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "TRƯỞNG", "THƯ KÝ", "CHỦ TỌA", "BỘ TRƯỞNG")
NO_BORDER = ("none", "nil")
SEARCH_LIMIT = 15
LINE_GEOMETRY = f"{{{NS['a']}}}prstGeom"
CONNECTOR = f"{{{NS['wps']}}}cNvCnPr"
VML_LINE = f"{{{NS['v']}}}line"


@dataclass(frozen=True)
class Symbol:
    """A parsed number line: ``Số: 05/BC-SNV`` → number 05, kind BC."""

    number: str
    kind: str
    symbol: str
    colon: bool
    spaced: bool


def parse_symbol(text: str) -> Symbol | None:
    match = re.match(r"^Số\s*(:?)(.*)$", text.strip())
    if match is None or "/" not in match[2]:
        return None
    head, _, tail = match[2].partition("/")
    number = head.strip()
    spaced = (bool(number) and head != head.rstrip()) or tail != tail.lstrip()
    year = re.match(r"^\s*\d{4}\s*/(.*)$", tail)
    if year:
        tail = year[1]
    symbol = tail.strip()
    spaced = spaced or bool(re.search(r"\s-|-\s|\s/|/\s", symbol))
    compact = re.sub(r"\s+", "", symbol)
    return Symbol(number, compact.split("-")[0], compact, match[1] == ":", spaced)


@dataclass
class Structure:
    """The located parts; any may be missing (None or empty)."""

    header_table: TableInfo | None = None
    header_index: int = -1
    head: list[Para] = field(default_factory=list)  # paragraphs of the title area, in order
    number: Para | None = None
    date: Para | None = None
    vv: Para | None = None
    kind: Para | None = None
    kind_index: int = -1
    summary: Para | None = None
    body_start: int = 0
    sig_table: TableInfo | None = None
    sig_index: int = -1
    body: list[Para] = field(default_factory=list)  # non-empty body-level paragraphs before the signature


def find_structure(model: DocModel, kinds: Mapping[str, str], speech: Sequence[str]) -> Structure:
    found = Structure()
    blocks = model.blocks
    first = next((i for i, b in enumerate(blocks) if not (isinstance(b, Para) and not b.stripped)), -1)
    if first >= 0 and isinstance(blocks[first], TableInfo):
        found.header_table, found.header_index = blocks[first], first  # type: ignore[assignment]
    _find_kind(found, blocks, kinds, speech)
    head_end = found.kind_index if found.kind_index >= 0 else min(len(blocks), found.header_index + 4)
    table_paras = found.header_table.paragraphs() if found.header_table else []
    found.head = table_paras + [b for b in blocks[found.header_index + 1 : head_end] if isinstance(b, Para)]
    found.number = next((p for p in found.head if NUMBER_START.match(p.stripped) and "/" in p.text), None)
    found.date = next((p for p in found.head if DATE_START.match(p.stripped)), None)
    found.vv = next((p for p in found.head if p.stripped.startswith("V/v")), None)
    found.body_start = _body_start(found, blocks, head_end)
    _find_signature(found, blocks)
    end = found.sig_index if found.sig_index >= 0 else _first_section_end(blocks)
    found.body = [b for b in blocks[found.body_start : end] if isinstance(b, Para) and b.stripped]
    return found


def _find_kind(found: Structure, blocks: list[Block], kinds: Mapping[str, str], speech: Sequence[str]) -> None:
    start = found.header_index + 1
    for index in range(start, min(len(blocks), start + SEARCH_LIMIT)):
        block = blocks[index]
        if not isinstance(block, Para):
            continue
        text = block.stripped.upper()
        if text in kinds or any(text.startswith(title) for title in speech):
            found.kind, found.kind_index = block, index
            following = (b for b in blocks[index + 1 :] if isinstance(b, Para) and b.stripped)
            found.summary = next(following, None)
            return


def _body_start(found: Structure, blocks: list[Block], head_end: int) -> int:
    if found.summary is not None:
        return blocks.index(found.summary) + 1
    if found.kind is not None:
        return found.kind_index + 1
    return max(head_end, found.header_index + 1)


def _find_signature(found: Structure, blocks: list[Block]) -> None:
    for index in range(found.body_start, len(blocks)):
        block = blocks[index]
        if isinstance(block, TableInfo) and is_signature_table(block):
            found.sig_table, found.sig_index = block, index
            return


def is_signature_table(table: TableInfo) -> bool:
    """A small table holding «Nơi nhận», an authority prefix (TM., KT. …) or a signer's title."""
    if len(table.cells) > 3 or not 1 <= table.columns <= 3:
        return False
    for para in table.paragraphs():
        text = para.stripped
        if text.startswith("Nơi nhận") or PREFIX.match(text):
            return True
        if text.isupper() and len(text) < 60 and any(word in text for word in SIGN_WORDS):
            return True
    return False


def _first_section_end(blocks: list[Block]) -> int:
    for index, block in enumerate(blocks):
        if isinstance(block, Para) and block.section > 1:
            return index
    return len(blocks)


def has_rule(model: DocModel, paras: Sequence[Para]) -> bool:
    """A rule under ``paras[0]``: a bottom border on it or on a following empty paragraph, the top border of
    the next paragraph with text, or a line shape in any of the empty ones."""
    for position, para in enumerate(paras):
        top = model.styles.ppr_attr(para.el, "pBdr/top", "val")
        if position > 0 and top and top not in NO_BORDER:
            return True
        if position > 0 and para.stripped:
            return False
        bottom = model.styles.ppr_attr(para.el, "pBdr/bottom", "val")
        if (bottom and bottom not in NO_BORDER) or has_line_shape(para):
            return True
    return False


def has_line_shape(para: Para) -> bool:
    """A drawn line: DrawingML preset «line», a connector shape, or a VML ``v:line``."""
    for node in para.el.iter(LINE_GEOMETRY, CONNECTOR, VML_LINE):
        if node.tag != LINE_GEOMETRY or node.get("prst") == "line":
            return True
    return False


def table_has_borders(table: TableInfo) -> bool:
    """Visible direct table or cell borders; without direct ones, only the «Table Grid» style counts as
    bordered (other table styles are not resolved)."""
    holders = [table.el.find(f"{w('tblPr')}/{w('tblBorders')}")]
    holders += [
        tc.find(f"{w('tcPr')}/{w('tcBorders')}") for tr in table.el.findall(w("tr")) for tc in tr.findall(w("tc"))
    ]
    edges = [edge for holder in holders if holder is not None for edge in holder]
    if edges:
        return any((wattr(edge, "val") or "none") not in NO_BORDER for edge in edges)
    return wattr(table.el.find(f"{w('tblPr')}/{w('tblStyle')}"), "val") == "TableGrid"


def paras_after(paras: Sequence[Para], anchor: Para) -> list[Para]:
    """``anchor`` and the empty paragraphs that follow it, up to the next paragraph with text."""
    start = next(i for i, p in enumerate(paras) if p.el is anchor.el)
    result = [paras[start]]
    for para in paras[start + 1 :]:
        if para.stripped:
            result.append(para)  # its top border may be the rule
            break
        result.append(para)
    return result

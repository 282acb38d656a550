"""Where the parts of a document are (header, number, date, kind line, trích yếu, body, signature, Nơi nhận),
found once, from what the document shows rather than from how it was built.

Staff lay the header out in a two-column table, in a table with leading spaces, or with tabs and spaces in plain
paragraphs; the Quốc hiệu and Tiêu ngữ may be one paragraph split by a line break; the signature block may be a
table, a table nested in the Nơi nhận cell, or lines with the title pushed right by tabs. So every part is read
as ``Span`` lines with a side (left, right, or unplaced), and found by its words: the Quốc hiệu by «CỘNG HÒA …
VIỆT NAM», the number by «Số …/…», the kind line by the kind's name at the start of a line in capitals («BIÊN
BẢN LÀM VIỆC» is a Biên bản). Rules under a line are what a reader sees as a rule: a paragraph border, a drawn
line or connector, underlined text, or a line of underscores (often set in superscript, as the decree does).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .docxmodel import Block, DocModel, Para, Span, TableInfo, w, wattr
from .drawn import bottom_border, has_line_shape, is_centred, text_box_paragraphs
from .parts import Structure
from .roles import (
    ATTACHED,
    DRAFT_MARK,
    FORM_TITLES,
    ISSUED_TITLES,
    LIST_TITLES,
    STRUCTURED,
    Located,
    decide_role,
)
from .signature_block import find_signature
from .wording import DATE_START, NUMBER_START, is_rule_text, is_upper, kind_of, quoc_key

SEARCH_LIMIT = 15
BODY_OPENERS = ("Kính gửi", "Kính thưa", "Căn cứ", "Thực hiện", "Hôm nay")
# Lines under or inside a header that never name a body: a reference line, a chapter or article, a draft mark.
NOT_A_NAME = re.compile(r"^(\(|\[|Chương\b|CHƯƠNG\b|Điều\s+\d|ĐIỀU\s+\d|Mục\s+\d|DỰ THẢO\b|Dự thảo\b)")


def find_structure(model: DocModel, kinds: Mapping[str, str], speech: Sequence[str]) -> Structure:
    found = Structure()
    blocks = model.blocks
    first = next((i for i, b in enumerate(blocks) if not (isinstance(b, Para) and not b.stripped)), -1)
    mark = blocks[first] if first >= 0 else None
    if isinstance(mark, Para) and DRAFT_MARK.match(mark.stripped):
        found.draft = mark
        first = next(
            (i for i, b in enumerate(blocks) if i > first and not (isinstance(b, Para) and not b.stripped)), -1
        )
    if first >= 0 and isinstance(blocks[first], TableInfo):
        found.header_table, found.header_index = blocks[first], first  # type: ignore[assignment]
    _find_kind(found, blocks, kinds, speech)
    head_end = found.kind_index if found.kind_index >= 0 else _head_end(blocks)
    _add_head(found, blocks[: max(head_end, 0)])
    _find_head_parts(found)
    if found.quoc is None and model.sections:  # some offices put the whole header block in the page header
        part = model.header_of(0, first_page=model.sections[0].title_page)
        page_head = model.read_part(part, "đầu trang trang 1") if part is not None else []
        if any("VIỆT NAM" in quoc_key(p.text) for b in page_head for p in _paras(b)):
            body_head = (found.head, found.head_paras)
            found.head, found.head_paras = [], []
            _add_head(found, page_head)
            found.head += body_head[0]
            found.head_paras += body_head[1]
            _find_head_parts(found)
    found.body_start = _body_start(found, blocks, head_end)
    find_signature(model, found, blocks)
    found.role = decide_role(Located(found.kind, found.quoc, found.number, found.date, found.sig_index), blocks)
    end = found.sig_index if found.sig_index >= 0 else _first_section_end(blocks)
    found.body = [b for b in blocks[found.body_start : end] if isinstance(b, Para) and b.stripped]
    return found


def _paras(block: Block) -> list[Para]:
    return [block] if isinstance(block, Para) else [p for t in block.all_tables() for p in t.paragraphs()]


def _add_head(found: Structure, blocks: Sequence[Block]) -> None:
    for block in blocks:
        if block is found.draft:
            continue
        if isinstance(block, Para):
            found.head_paras.append(block)
            found.head.extend(block.spans)
            for para in text_box_paragraphs(block):  # a header typed into text boxes
                found.head_paras.append(para)
                found.head.extend(para.spans)
        else:
            for table in block.all_tables():
                for para in table.paragraphs():
                    found.head_paras.append(para)
                    found.head.extend(_cell_spans(para))


def _cell_spans(para: Para) -> list[Span]:
    """A table cell's lines take the cell's side: left column, right column, or unplaced."""
    spans = para.spans
    if para.columns > 1:
        side = "L" if para.column == 0 else "R" if para.column == para.columns - 1 else ""
        for span in spans:
            span.cell_side = side
    return spans


OTHER_TITLES = (*ISSUED_TITLES, *FORM_TITLES, *LIST_TITLES, "ĐIỀU LỆ")
OTHER_TITLE_LIMIT = 6  # a list's or a form's title opens the file; deeper, «BẢNG …» is a heading of the body


def _find_kind(found: Structure, blocks: list[Block], kinds: Mapping[str, str], speech: Sequence[str]) -> None:
    seen = 0
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or not block.stripped or DRAFT_MARK.match(block.stripped):
            continue
        seen += 1
        if seen > SEARCH_LIMIT:
            return
        lines = block.lines
        titles = [*kinds, *speech, *(OTHER_TITLES if seen <= OTHER_TITLE_LIMIT else ())]
        if lines and kind_of(lines[0].text, titles) is not None and len(lines[0].text) < 90:
            found.kind, found.kind_index = lines[0], index
            found.summary = _summary(blocks, index)
            return


def _summary(blocks: list[Block], index: int) -> list[Span]:
    """The trích yếu: the rest of the kind line's paragraph, then the following lines set like its first one
    (centred), up to a blank paragraph, a rule or running text; at most four lines."""
    kind_para = blocks[index]
    assert isinstance(kind_para, Para)
    lines = list(kind_para.lines[1:])
    reference = False  # inside «(Kèm theo Quyết định … của …)», which may take two lines
    boxed = next((b for b in blocks[index + 1 : index + 3] if not (isinstance(b, Para) and not b.stripped)), None)
    if not lines and isinstance(boxed, TableInfo) and len(boxed.cells) == 1 and boxed.columns == 1:
        return [s for p in boxed.paragraphs() for s in p.lines if not is_rule_text(s.text)]  # in a one-cell box
    for block in blocks[index + 1 :]:
        if not isinstance(block, Para) or (len(lines) >= 4 and not reference):
            break
        text = block.stripped
        if not text:
            if lines:
                break
            continue
        long_text = len(text) > 250 and not is_centred(block)  # a centred trích yếu may take four lines
        if is_rule_text(text) or text.startswith(BODY_OPENERS) or long_text or STRUCTURED.match(text):
            break
        if ATTACHED.match(text) or reference:
            lines.extend(block.lines)
            reference = not text.endswith(")") and len(lines) < 8
            if not reference:
                break
            continue
        if lines and _style_break(lines[-1].para, block):
            break
        lines.extend(s for s in block.lines if not is_rule_text(s.text))
        if has_line_shape(block) or bottom_border(block):
            break
    return lines


def _style_break(previous: Para, para: Para) -> bool:
    """The next paragraph does not continue the trích yếu: it is aligned differently (running text)."""
    from_jc = previous.el.find(f"{w('pPr')}/{w('jc')}")
    to_jc = para.el.find(f"{w('pPr')}/{w('jc')}")
    return wattr(from_jc, "val") != wattr(to_jc, "val") and wattr(to_jc, "val") in ("both", "left", "distribute")


def _head_end(blocks: list[Block]) -> int:
    """Without a kind line (a công văn), the header ends at «Kính gửi» or at the first long paragraph."""
    seen = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Para) and block.stripped:
            seen += 1
            text = block.stripped
            if text.startswith(("Kính gửi", "Kính thưa")) or len(text) > 120 or seen > SEARCH_LIMIT:
                return index
    return min(len(blocks), SEARCH_LIMIT)


def _find_head_parts(found: Structure) -> None:
    spans = found.head
    found.quoc = next(
        (s for s in spans if quoc_key(s.text).startswith("CỘNG H") and "VIỆT NAM" in quoc_key(s.text)), None
    )
    if found.quoc is not None:
        after = spans[spans.index(found.quoc) + 1 :]
        same = [s for s in after if s.side in (found.quoc.side, "C") and not is_rule_text(s.text)]
        found.tieu = next((s for s in same[:2] if s.text.lower().startswith(("độc", "đôc", "doc"))), None)
    else:
        found.tieu = next((s for s in spans if s.text.lower().startswith("độc l")), None)
    found.number = next((s for s in spans if NUMBER_START.match(s.text) and "/" in s.text), None)
    found.date = next((s for s in spans if DATE_START.match(s.text)), None)
    vv_start = next((i for i, s in enumerate(spans) if s.text.startswith("V/v")), -1)
    if vv_start >= 0:
        found.vv = [spans[vv_start]]
        for span in spans[vv_start + 1 :]:
            if span.side == "R" or span.text.startswith(("Kính gửi", "Kính thưa")) or is_rule_text(span.text):
                break
            if span.para is not found.vv[-1].para and not _adjacent(found.vv[-1].para, span.para, found.head_paras):
                break
            found.vv.append(span)
    found.issuers = _body_names(found, spans)


def _body_names(found: Structure, spans: list[Span]) -> list[Span]:
    """The lines naming the parent and issuing bodies: the left column of the header table when the header is
    a table; otherwise the left half of the lines laid out with tabs around the Quốc hiệu. A title under the
    header («ĐIỀU LỆ …», «DANH SÁCH»), a «(Kèm theo …)» line, a «Chương I» line, a «DỰ THẢO» mark or the
    cells of any other table never name a body."""
    table = found.quoc.para.in_table if found.quoc is not None else 0
    if not table and found.header_table is not None and _names_a_body(found.header_table):
        table = found.header_table.number
    national = {id(s) for s in (found.quoc, found.tieu, found.number, found.date) if s is not None}
    quoc_para = found.quoc.para if found.quoc is not None else None
    past_quoc = False
    names: list[Span] = []
    for span in spans:
        if span is found.number or (found.number is not None and span.para is found.number.para):
            break
        if quoc_para is not None and span.para is not quoc_para and past_quoc and span.side == "C":
            continue  # under a header laid out in lines: titles and body, not a body's name
        past_quoc = past_quoc or span.para is quoc_para
        if table and span.para.in_table != table:
            continue
        if not table and span.para.in_table:
            continue  # a table that is not the header: its cells are data
        if id(span) in national or span.side == "R" or is_rule_text(span.text) or span.text.startswith("V/v"):
            continue
        if NOT_A_NAME.match(span.text) or any(span.para is v.para for v in found.vv):
            continue
        if span.side == "C" and found.quoc is not None and found.quoc.side == "C":
            continue  # a one-column header: the Quốc hiệu block, not a body's name
        names.append(span)
    return names


def _names_a_body(table: TableInfo) -> bool:
    """A first table that is a header: a small borderless-looking table whose first cell is in capitals."""
    if len(table.cells) > 4 or table.columns > 3:
        return False
    first = next((p.stripped for p in table.paragraphs() if p.stripped), "")
    return is_upper(first) and len(first) < 80


def _adjacent(a: Para, b: Para, order: list[Para]) -> bool:
    try:
        return order.index(b) == order.index(a) + 1
    except ValueError:
        return False


def _body_start(found: Structure, blocks: list[Block], head_end: int) -> int:
    if found.summary:
        last = found.summary[-1].para
        index = next((i for i, b in enumerate(blocks) if b is last), found.kind_index)
        return index + 1
    if found.kind is not None:
        return found.kind_index + 1
    return max(head_end, found.header_index + 1)


def _first_section_end(blocks: list[Block]) -> int:
    for index, block in enumerate(blocks):
        if isinstance(block, Para) and block.section > 1:
            return index
    return len(blocks)

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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .docxmodel import NS, Block, DocModel, Para, Span, TableInfo, nfc, paragraph_text, w, wattr

NUMBER_START = re.compile(r"^Số\b")
DATE_START = re.compile(r"^[^,\d]{2,60},\s*(ngày\b|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})")
BLANK = r"[\s.…_]*"  # a draft leaves the day and month as spaces, dots or underscores
DATE_FULL = re.compile(
    rf"^(?P<place>[^,]+),\s*ngày{BLANK}(?P<d>\d*){BLANK}tháng{BLANK}(?P<m>\d*){BLANK}năm\s*(?P<y>\d{{4}})$"
)
PREFIX = re.compile(r"^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\s*\.?\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]")
SIGN_WORDS = re.compile(
    r"\b(GIÁM ĐỐC|CHỦ TỊCH|CHÁNH|TRƯỞNG|THƯ KÝ|CHỦ TỌA|CHỦ TRÌ|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|ĐẠI DIỆN|NGƯỜI LẬP|PHÓ)\b"
)
NO_BORDER = ("none", "nil")
SEARCH_LIMIT = 15
# The mark a draft carries above its header (the dự thảo a tờ trình attaches): «DỰ THẢO», «DỰ THẢO LẦN 2».
DRAFT_MARK = re.compile(r"^DỰ THẢO(?:\s+(?:LẦN\s+)?\d+)?$")
SIGN_ROWS = 6  # a signature table: titles, blank rows for the signature, names
RULE_TEXT = re.compile(r"^[_\u2500\u2014\u2013\u2015\u2212\-]{3,}$")
SOLID_RULE_TEXT = re.compile(r"^[_\u2500\u2014\u2015]{3,}$")
LINE_GEOMETRY = f"{{{NS['a']}}}prstGeom"
CONNECTOR = f"{{{NS['wps']}}}cNvCnPr"
VML_LINE = f"{{{NS['v']}}}line"
VML_SHAPE = f"{{{NS['v']}}}shape"
LINE_PRESETS = ("line", "straightConnector1")
VML_LINE_TYPES = ("#_x0000_t32", "#_x0000_t20")  # Word 2007 straight (arrow) connector, straight line
BODY_OPENERS = ("Kính gửi", "Kính thưa", "Căn cứ", "Thực hiện", "Hôm nay")
APPENDIX_TITLE = re.compile(r"^(PHỤ LỤC|Phụ lục)(\s+[IVXLC\d]+[a-z]?)?\b")
ATTACHED = re.compile(r"^\((Ban hành )?[Kk]èm theo\b")
SIGN_LEAD = 15  # leading blanks that push a line into the right half
HALF_TEXT_EMU = 2_880_000  # half of a 16 cm text column


def quoc_key(text: str) -> str:
    """The Quốc hiệu compared without the tone-placement and spacing differences a reader does not see."""
    text = nfc(" ".join(text.upper().split()))
    return text.replace("HOÀ", "HÒA")


def is_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def is_rule_text(text: str) -> bool:
    return bool(RULE_TEXT.match(text.replace(" ", "")))


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
    """The located parts; any may be missing (None or empty). ``role`` is what the file is: «main» (a full
    document), «appendix» (a separate Phụ lục file), «speech», or «attachment» (a text issued with another
    one: «(Ban hành kèm theo Quyết định số …)»)."""

    role: str = "main"
    header_table: TableInfo | None = None
    header_index: int = -1
    head: list[Span] = field(default_factory=list)  # lines of the header area, in reading order
    head_paras: list[Para] = field(default_factory=list)
    quoc: Span | None = None
    tieu: Span | None = None
    issuers: list[Span] = field(default_factory=list)
    number: Span | None = None
    date: Span | None = None
    vv: list[Span] = field(default_factory=list)
    kind: Span | None = None
    kind_index: int = -1
    summary: list[Span] = field(default_factory=list)
    body_start: int = 0
    sig_table: TableInfo | None = None
    sig_index: int = -1
    receivers_head: Span | None = None
    receivers: list[Span] = field(default_factory=list)
    signer: list[Span] = field(default_factory=list)
    sig_columns: list[list[Span]] = field(default_factory=list)  # signer columns, left to right (Biên bản)
    body: list[Para] = field(default_factory=list)  # non-empty body-level paragraphs before the signature
    draft: Para | None = None  # the «DỰ THẢO» mark above the header: number and date are left blank on purpose


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
    _find_role(found, blocks)
    found.body_start = _body_start(found, blocks, head_end)
    _find_signature(model, found, blocks)
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


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
VML_LEFT = re.compile(r"(?:margin-left|left)\s*:\s*(-?[\d.]+)(pt|in|cm|mm|px)?")
EMU_PER = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525, None: 12700}


def text_box_paragraphs(para: Para) -> list[Para]:
    """Paragraphs typed in the text boxes anchored in ``para`` (the VML copy Word keeps for old readers is
    skipped), each on the side of the page its box stands on."""
    boxes = [
        box for box in para.el.iter(w("txbxContent")) if not any(a.tag == MC_FALLBACK for a in box.iterancestors())
    ]
    out: list[Para] = []
    for number, box in enumerate(boxes, start=1):
        offset = _box_offset(box)
        side = "" if offset is None else "L" if offset < HALF_TEXT_EMU else "R"
        for inner in box.iter(w("p")):
            if next(inner.iterancestors(w("txbxContent")), None) is not box:
                continue
            child = Para(inner, paragraph_text(inner), para.section, f"{para.place}, khung chữ {number}")
            for span in child.spans:
                span.cell_side = side
            out.append(child)
    return out


def _box_offset(box: object) -> int | None:
    """Horizontal offset of a text box in EMU: DrawingML posOffset, or the VML style's left margin."""
    for ancestor in box.iterancestors():  # type: ignore[attr-defined]
        if ancestor.tag == f"{{{NS['wp']}}}anchor":
            pos = ancestor.find(f"{{{NS['wp']}}}positionH/{{{NS['wp']}}}posOffset")
            try:
                return int(pos.text) if pos is not None and pos.text else None
            except ValueError:
                return None
        style = ancestor.get("style") if ancestor.tag.startswith(f"{{{NS['v']}}}") else None
        if style:
            match = VML_LEFT.search(style)
            if match:
                return int(float(match[1]) * EMU_PER[match[2]])
    return None


def _cell_spans(para: Para) -> list[Span]:
    """A table cell's lines take the cell's side: left column, right column, or unplaced."""
    spans = para.spans
    if para.columns > 1:
        side = "L" if para.column == 0 else "R" if para.column == para.columns - 1 else ""
        for span in spans:
            span.cell_side = side
    return spans


def kind_of(text: str, kinds: Iterable[str]) -> str | None:
    """The kind named at the start of a title line in capitals: «BIÊN BẢN LÀM VIỆC» → «BIÊN BẢN»."""
    title = " ".join(text.split())
    if not title or title.endswith(":"):
        return None
    for name in sorted(kinds, key=len, reverse=True):
        if title.upper() == name or (is_upper(title) and title.startswith(name + " ")):
            return name
    return None


def _find_kind(found: Structure, blocks: list[Block], kinds: Mapping[str, str], speech: Sequence[str]) -> None:
    seen = 0
    for index, block in enumerate(blocks):
        if not isinstance(block, Para) or not block.stripped:
            continue
        seen += 1
        if seen > SEARCH_LIMIT:
            return
        lines = block.lines
        if lines and kind_of(lines[0].text, [*kinds, *speech]) is not None and len(lines[0].text) < 90:
            found.kind, found.kind_index = lines[0], index
            found.summary = _summary(blocks, index)
            return


def _summary(blocks: list[Block], index: int) -> list[Span]:
    """The trích yếu: the rest of the kind line's paragraph, then the following lines set like its first one
    (centred), up to a blank paragraph, a rule or running text; at most four lines."""
    kind_para = blocks[index]
    assert isinstance(kind_para, Para)
    lines = list(kind_para.lines[1:])
    for block in blocks[index + 1 :]:
        if not isinstance(block, Para) or len(lines) >= 4:
            break
        text = block.stripped
        if not text:
            if lines:
                break
            continue
        if is_rule_text(text) or text.startswith(BODY_OPENERS) or len(text) > 250:
            break
        if lines and _style_break(lines[-1].para, block):
            break
        lines.extend(s for s in block.lines if not is_rule_text(s.text))
        if has_line_shape(block) or _bottom_border(block):
            break
    return lines


def _style_break(previous: Para, para: Para) -> bool:
    """The next paragraph does not continue the trích yếu: it is aligned differently (running text)."""
    from_jc = previous.el.find(f"{w('pPr')}/{w('jc')}")
    to_jc = para.el.find(f"{w('pPr')}/{w('jc')}")
    return wattr(from_jc, "val") != wattr(to_jc, "val") and wattr(to_jc, "val") in ("both", "left", "distribute")


def _bottom_border(para: Para) -> bool:
    bottom = para.el.find(f"{w('pPr')}/{w('pBdr')}/{w('bottom')}")
    return bottom is not None and (wattr(bottom, "val") or "none") not in NO_BORDER


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
    national = {id(s) for s in (found.quoc, found.tieu, found.number, found.date) if s is not None}
    names: list[Span] = []
    for span in spans:
        if span is found.number or (found.number is not None and span.para is found.number.para):
            break
        if id(span) in national or span.side == "R" or is_rule_text(span.text) or span.text.startswith("V/v"):
            continue
        if any(span.para is v.para for v in found.vv):
            continue
        if span.side == "C" and found.quoc is not None and found.quoc.side == "C":
            continue  # a one-column header: the Quốc hiệu block, not a body's name
        names.append(span)
    found.issuers = names


def _adjacent(a: Para, b: Para, order: list[Para]) -> bool:
    try:
        return order.index(b) == order.index(a) + 1
    except ValueError:
        return False


def _find_role(found: Structure, blocks: list[Block]) -> None:
    first = next((b for b in blocks if isinstance(b, Para) and b.stripped), None)
    opening = [b for b in blocks[:8] if isinstance(b, Para) and b.stripped][:6]
    if first is not None and blocks.index(first) < 3 and APPENDIX_TITLE.match(first.stripped):
        found.role = "appendix"
    elif found.quoc is None and any(ATTACHED.match(line.text) for p in opening for line in p.lines):
        found.role = "appendix"  # «DANH SÁCH … (Kèm theo Quyết định số …)»: a list sent with a document
    elif found.kind is not None and found.kind.text.startswith(("BÀI PHÁT BIỂU", "THAM LUẬN", "DIỄN VĂN", "BÀI NÓI")):
        found.role = "speech"
    elif (
        found.number is None
        and found.date is None
        and any(ATTACHED.match(s.text) for s in found.summary[-2:] + _following_lines(blocks, found.kind_index))
    ):
        found.role = "attachment"


def _following_lines(blocks: list[Block], index: int) -> list[Span]:
    if index < 0:
        return []
    paras = [b for b in blocks[index + 1 : index + 6] if isinstance(b, Para)]
    return [s for p in paras for s in p.lines]


def _body_start(found: Structure, blocks: list[Block], head_end: int) -> int:
    if found.summary:
        last = found.summary[-1].para
        index = next((i for i, b in enumerate(blocks) if b is last), found.kind_index)
        return index + 1
    if found.kind is not None:
        return found.kind_index + 1
    return max(head_end, found.header_index + 1)


def _find_signature(model: DocModel, found: Structure, blocks: list[Block]) -> None:
    for index in range(found.body_start, len(blocks)):
        block = blocks[index]
        if isinstance(block, TableInfo) and is_signature_table(block):
            found.sig_table, found.sig_index = block, index
            _read_signature_table(found, block)
            if found.receivers_head is None:  # «Nơi nhận» typed under the signature table
                _receivers_below(found, blocks[index + 1 : index + 30])
            return
        if isinstance(block, Para) and _opens_signature(block):
            found.sig_index = index
            _read_signature_text(found, blocks[index:])
            return


def _opens_signature(para: Para) -> bool:
    """A paragraph laid out by hand that starts the signature block: «Nơi nhận:» on the left, or a title with
    an authority prefix or a signer's title pushed to the right."""
    spans = para.spans
    if not spans or len(para.stripped) > 120:
        return False
    if spans[0].text.startswith("Nơi nhận"):
        return True
    right = [s for s in spans if s.side == "R" or s.lead >= SIGN_LEAD]
    return any(_signer_title(s.text) for s in right)


def _signer_title(text: str) -> bool:
    return bool(PREFIX.match(text)) or (is_upper(text) and len(text) < 60 and bool(SIGN_WORDS.search(text)))


def is_signature_table(table: TableInfo) -> bool:
    """A small table holding «Nơi nhận», an authority prefix (TM., KT. …) or a signer's title."""
    if len(table.cells) > SIGN_ROWS or not 1 <= table.columns <= 3:
        return False
    for inner in table.all_tables():
        for para in inner.paragraphs():
            for span in para.lines:
                if span.text.startswith("Nơi nhận") or _signer_title(span.text):
                    return True
    return False


def _read_signature_table(found: Structure, table: TableInfo) -> None:
    """Every cell of the table and of the tables nested in it: the one holding «Nơi nhận» gives the recipients,
    the others the signers, left to right."""
    columns: list[list[Span]] = []
    for inner in table.all_tables():
        for c in range(inner.columns):
            lines = [s for p in inner.column(c) for s in p.lines]
            if not lines:
                continue
            head = next((s for s in lines if s.text.startswith("Nơi nhận")), None)
            if head is not None and found.receivers_head is None:
                found.receivers_head = head
                found.receivers = lines[lines.index(head) + 1 :]
                others = lines[: lines.index(head)]
                if any(_signer_title(s.text) for s in others):
                    columns.append(others)
            else:
                columns.append(lines)
    found.sig_columns = [col for col in columns if any(s.text for s in col)]
    found.signer = found.sig_columns[-1] if found.sig_columns else []


def _read_signature_text(found: Structure, blocks: Sequence[Block]) -> None:
    """Lines of a signature laid out with tabs and spaces: left spans are recipients, right spans (or lines
    pushed right) belong to the signer; a recipient wrapped onto the next line stays a recipient."""
    left: list[Span] = []
    right: list[Span] = []
    blanks = 0
    for block in blocks:
        if not isinstance(block, Para):
            break
        if not block.stripped:
            blanks += 1
            if blanks > 8:
                break
            continue
        blanks = 0
        if APPENDIX_TITLE.match(block.stripped) or (block.section > 1 and block.section != blocks[0].section):
            break
        for span in block.spans:
            if span.side == "L" or (span.side == "C" and span.lead < SIGN_LEAD and not _is_centred(block)):
                left.append(span)
            else:
                right.append(span)
    head = next((s for s in left if s.text.startswith("Nơi nhận")), None)
    if head is not None:
        found.receivers_head = head
        found.receivers = left[left.index(head) + 1 :]
    found.signer = right
    found.sig_columns = [right] if right else []


def _receivers_below(found: Structure, blocks: Sequence[Block]) -> None:
    for offset, block in enumerate(blocks):
        if isinstance(block, Para) and block.spans and block.spans[0].text.startswith("Nơi nhận"):
            lines: list[Span] = []
            for later in blocks[offset:]:
                if not isinstance(later, Para) or APPENDIX_TITLE.match(later.stripped):
                    break
                lines.extend(s for s in later.spans if s.side != "R")
            found.receivers_head, found.receivers = lines[0], lines[1:]
            return


def _is_centred(para: Para) -> bool:
    jc = para.el.find(f"{w('pPr')}/{w('jc')}")
    return wattr(jc, "val") in ("center", "right", "end")


def _first_section_end(blocks: list[Block]) -> int:
    for index, block in enumerate(blocks):
        if isinstance(block, Para) and block.section > 1:
            return index
    return len(blocks)


def has_line_shape(para: Para) -> bool:
    """A drawn line: DrawingML preset line or connector, a connector shape, a VML line, or a VML shape of
    Word 2007's connector types."""
    for node in para.el.iter(LINE_GEOMETRY, CONNECTOR, VML_LINE, VML_SHAPE):
        if node.tag == LINE_GEOMETRY:
            if node.get("prst") in LINE_PRESETS:
                return True
        elif node.tag == VML_SHAPE:
            if node.get("type") in VML_LINE_TYPES:
                return True
        else:
            return True
    return False


def line_shapes(para: Para) -> list[int | None]:
    """Horizontal offsets (EMU from the anchor's reference) of the lines drawn in a paragraph; None when the
    offset is not given."""
    offsets: list[int | None] = []
    anchors = list(para.el.iter(f"{{{NS['wp']}}}anchor"))
    for anchor in anchors:
        probe = Para(anchor, "", para.section, para.place)
        if not has_line_shape(probe):
            continue
        pos = anchor.find(f"{{{NS['wp']}}}positionH/{{{NS['wp']}}}posOffset")
        try:
            offsets.append(int(pos.text) if pos is not None and pos.text else None)
        except ValueError:
            offsets.append(None)
    if not anchors and has_line_shape(para):
        offsets.append(None)
    return offsets


def underlined(model: DocModel, span: Span) -> bool:
    """Every visible run of the line is underlined (a rule drawn as underlined text or spaces)."""
    runs = span.runs
    return bool(runs) and all(_underline(model, r, span.para) for r in runs)


def _underline(model: DocModel, run: object, para: Para) -> bool:
    for level in model.styles.rpr_levels(run, para.el):
        u = level.find(w("u"))
        if u is not None:
            return (wattr(u, "val") or "single") not in ("none", "0", "false")
    return False


def _visible_edge(edge: object, rows: int, columns: int) -> bool:
    """An inside border shows only between rows (insideH) or columns (insideV) that exist."""
    tag = str(getattr(edge, "tag", "")).rsplit("}", 1)[-1]
    return not ((tag == "insideH" and rows < 2) or (tag == "insideV" and columns < 2))


def table_has_borders(table: TableInfo) -> bool:
    """Visible direct table or cell borders; without direct ones, only the «Table Grid» style counts as
    bordered (other table styles are not resolved). Cell borders set to none win over table borders."""
    tbl_edges = table.el.find(f"{w('tblPr')}/{w('tblBorders')}")
    cell_holders = [
        tc.find(f"{w('tcPr')}/{w('tcBorders')}") for tr in table.el.findall(w("tr")) for tc in tr.findall(w("tc"))
    ]
    cells = [h for h in cell_holders if h is not None]
    if cells and len(cells) == len(cell_holders):
        return any((wattr(edge, "val") or "none") not in NO_BORDER for h in cells for edge in h)
    edges = [edge for holder in [tbl_edges, *cells] if holder is not None for edge in holder]
    rows, columns = len(table.cells), table.columns
    edges = [e for e in edges if _visible_edge(e, rows, columns)] if edges else edges
    if edges or tbl_edges is not None or cells:
        return any((wattr(edge, "val") or "none") not in NO_BORDER for edge in edges)
    return wattr(table.el.find(f"{w('tblPr')}/{w('tblStyle')}"), "val") == "TableGrid"

"""Rules on the title area: the header (issuing body on the left, Quốc hiệu and Tiêu ngữ on the right, in a
table or laid out with tabs), the number and date lines (checked in ``rules_numbering``), the kind line and the
trích yếu with its rule.

Each check runs on its own: a Quốc hiệu that is missing or misspelt does not hide the Tiêu ngữ's problems.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from .catalogue import finding
from .docxmodel import Block, DocModel, Para, Span, TableInfo, paragraph_text, w, wattr
from .drawn import NO_BORDER, line_shapes, table_has_borders, underlined
from .elements import check_element, sizes_of
from .findings import Finding, merge_similar
from .parts import Structure
from .profiles import Profile
from .roles import ATTACHED
from .rule_length import LIMITS, rule_ratio
from .rules_numbering import check_date, check_number
from .wording import SOLID_RULE_TEXT, is_rule_text, quoc_key

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
HALF_TEXT_EMU = 2_880_000  # half of a 16 cm text column
HALF_PAGE_EMU = 3_780_000
SOLID_BORDERS = ("single", "thick", "double", "thinThickSmallGap", "thickThinSmallGap")


def check_header(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    if profile.code == "SPEECH":  # not an administrative document: no header, no number
        return check_number(model, found, profile) + check_date(model, found, profile)
    out: list[Finding] = []
    if profile.header:
        if found.header_table is not None:
            out += check_borders(found.header_table, "ND30-HEADER-BORDERS", "Bảng đầu văn bản có kẻ viền.")
        out += _check_national(model, found)
        out += _check_bodies(model, found)
    for line in found.vv:
        out += check_element(model, "VV", line)
    out += check_number(model, found, profile)
    out += check_date(model, found, profile)
    out += _check_kind(model, found, profile)
    return out


def check_borders(table: TableInfo, rule: str, message: str) -> list[Finding]:
    if not table_has_borders(table):
        return []
    return [finding(rule, message, "không viền", "có viền", f"bảng {table.number}")]


def _tieu_key(text: str) -> str:
    return " ".join(text.split())


def _check_national(model: DocModel, found: Structure) -> list[Finding]:
    out: list[Finding] = []
    quoc, tieu = found.quoc, found.tieu
    if quoc is None:
        out.append(finding("ND30-QUOC-HIEU-TEXT", "Thiếu Quốc hiệu.", QUOC_HIEU, "không có", "đầu văn bản, bên phải"))
    else:
        if quoc_key(quoc.text) != quoc_key(QUOC_HIEU):
            out.append(finding("ND30-QUOC-HIEU-TEXT", "Quốc hiệu sai chữ.", QUOC_HIEU, quoc.text, quoc.location))
        out += check_element(model, "QUOC-HIEU", quoc)
    if tieu is None:
        where = quoc.location if quoc else "đầu văn bản, bên phải"
        out.append(finding("ND30-TIEU-NGU-TEXT", "Thiếu Tiêu ngữ dưới Quốc hiệu.", TIEU_NGU, "không có", where))
        return out
    key = _tieu_key(tieu.text)
    undashed = key.replace("–", "-").replace("—", "-")
    if key != TIEU_NGU and undashed == TIEU_NGU:
        message = "Tiêu ngữ dùng gạch ngang dài «–» thay cho gạch nối «-»."
        out.append(finding("ND30-TIEU-NGU-DASH", message, TIEU_NGU, tieu.text, tieu.location))
    elif key != TIEU_NGU:
        close = SequenceMatcher(None, undashed.lower(), TIEU_NGU.lower()).ratio() > 0.6
        message = "Tiêu ngữ viết sai chính tả." if close else "Tiêu ngữ sai chữ."
        out.append(finding("ND30-TIEU-NGU-TEXT", message, TIEU_NGU, tieu.text, tieu.location))
    out += check_element(model, "TIEU-NGU", tieu)
    rule = _rule_under(model, found, tieu)
    if rule is True:
        out += _rule_length(model, found, tieu, "tieu")
    if rule is not True:
        actual = rule or "không có"
        message = "Đường kẻ dưới Tiêu ngữ không phải nét liền." if rule else "Thiếu đường kẻ dưới Tiêu ngữ."
        out.append(finding("ND30-TIEU-NGU-RULE", message, "đường kẻ ngang, nét liền", actual, tieu.location))
    return out


def _check_bodies(model: DocModel, found: Structure) -> list[Finding]:
    """The issuing body is the block of bold lines just above the rule (it may take two lines, as in
    «ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG»); the lines above that block name the parent body."""
    names = found.issuers
    if not names:
        message = "Thiếu tên cơ quan ban hành ở bên trái phần đầu văn bản."
        where = found.quoc.location if found.quoc else "đầu văn bản"
        return [finding("ND30-HEADER-TABLE", message, "tên cơ quan in hoa, bên trái", "không có", where)]
    start = len(names) - 1
    while start > 0 and _bold(model, names[start - 1]):
        start -= 1
    out: list[Finding] = []
    for parent in names[:start]:
        out += check_element(model, "PARENT", parent)
    for issuer in names[start:]:
        out += check_element(model, "ISSUER", issuer)
    rule = _rule_under(model, found, names[-1])
    if rule is True:
        out += _rule_length(model, found, names[-1], "issuer")
    if rule is not True:
        message = (
            "Đường kẻ dưới tên cơ quan ban hành không phải nét liền."
            if rule
            else "Thiếu đường kẻ dưới tên cơ quan ban hành."
        )
        out.append(
            finding("ND30-ISSUER-RULE", message, "đường kẻ ngang, nét liền", rule or "không có", names[-1].location)
        )
    return out


def _rule_length(model: DocModel, found: Structure, anchor: Span, which: str) -> list[Finding]:
    size = max(sizes_of(model, anchor.para, anchor.runs) or [13.0])
    ratio = rule_ratio(found.head_paras, anchor, size, 13.0)
    low, high = LIMITS[which]
    if ratio is None or low <= ratio <= high:
        return []
    wanted = "bằng độ dài dòng chữ" if which == "tieu" else "từ 1/3 đến 1/2 độ dài dòng chữ"
    name = "Tiêu ngữ" if which == "tieu" else "tên cơ quan ban hành"
    message = f"Đường kẻ dưới {name} {'quá ngắn' if ratio < low else 'quá dài'} so với dòng chữ."
    actual = f"khoảng {ratio:.0%} độ dài dòng chữ".replace(".", ",")
    return [finding("ND30-RULE-LENGTH", message, wanted, actual, anchor.location)]


def _bold(model: DocModel, span: Span) -> bool:
    return bool(span.runs) and all(model.styles.run_toggle(r, span.para.el, "b") for r in span.runs)


def _rule_under(model: DocModel, found: Structure, anchor: Span) -> bool | str:
    """True when a solid rule sits under ``anchor`` on its side of the header; the text of a rule that is not
    solid («----- o0o -----»); False when there is none."""
    own = _border(model, anchor.para, "bottom")
    if own is not False:
        return own
    if underlined(model, anchor) or _cell_bottom(found, anchor):
        return True
    spans = found.head
    side = anchor.side
    after = [s for s in spans[spans.index(anchor) + 1 :] if s.side in (side, "C") or side == "C"]
    if after:
        following = after[0]
        if is_rule_text(following.text):
            return True if SOLID_RULE_TEXT.match(following.text.replace(" ", "")) else following.text
        above = _border(model, following.para, "top")
        if following.para is not anchor.para and above is not False:
            return above
        if not following.text.startswith(("Số", "V/v")) and _decorated(following.text):
            return following.text
    return _empty_paragraph_rule(model, found, anchor.para) or _shape_on_side(found, anchor)


def _empty_paragraph_rule(model: DocModel, found: Structure, para: Para) -> bool | str:
    """A border on the empty paragraphs under ``para`` in the same cell, or on top of the next text."""
    paras = found.head_paras
    if para not in paras:
        return False
    for other in paras[paras.index(para) + 1 :]:
        if other.in_table != para.in_table or other.column != para.column:
            continue
        if other.stripped:
            return _border(model, other, "top")
        drawn = _border(model, other, "bottom") or _border(model, other, "top")
        if drawn is not False:
            return drawn
    return False


def _cell_bottom(found: Structure, anchor: Span) -> bool:
    """The anchor is the last text of a table cell whose bottom border is drawn (a header table of three rows:
    the issuing body's own cell, ruled below)."""
    tc = next(anchor.para.el.iterancestors(w("tc")), None)
    if tc is None:
        return False
    bottom = tc.find(f"{w('tcPr')}/{w('tcBorders')}/{w('bottom')}")
    if bottom is None or (wattr(bottom, "val") or "none") in NO_BORDER:
        return False
    texts = [p for p in tc.iter(w("p")) if paragraph_text(p).strip()]
    return bool(texts) and texts[-1] is anchor.para.el


def _decorated(text: str) -> bool:
    """A separator made of dashes and ornaments («----- o0o -----», «***»): meant as the rule, but not one."""
    letters = sum(ch.isalnum() for ch in text)
    marks = sum(ch in "-_*=~.–—" for ch in text)
    return marks >= 3 and letters <= 3


def _border(model: DocModel, para: Para, edge: str) -> bool | str:
    """A border drawn on ``edge``: True when solid, its style («dashed», «dotted» …) when not."""
    value = model.styles.ppr_attr(para.el, f"pBdr/{edge}", "val")
    if not value or value in NO_BORDER:
        return False
    return True if value in SOLID_BORDERS else f"viền {value}"


def _shape_on_side(found: Structure, anchor: Span) -> bool:
    """A drawn line anywhere in the header on the anchor's side: in the same table column, or, for a header
    laid out in paragraphs, on the same half of the page (or anywhere, when the drawing gives no offset)."""
    side = anchor.side
    for para in found.head_paras:
        offsets = line_shapes(para)
        if not offsets:
            continue
        if para.in_table:
            para_side = "L" if para.column == 0 else "R" if para.column == para.columns - 1 else "C"
            if para.columns < 2 or para_side == side or side == "C":
                return True
            continue
        for offset in offsets:
            if offset is None or side == "C":
                return True
            if (offset < HALF_TEXT_EMU) == (side == "L"):
                return True
    return False


def _check_kind(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    if profile.code in ("FORM", "UNKNOWN"):  # a form's title, a kind line of no known type: not judged
        return []
    if found.kind is None:
        if not profile.kind_line:
            return []
        return [
            finding(
                "ND30-KIND-MISSING",
                "Không thấy tên loại văn bản.",
                "ví dụ BÁO CÁO",
                "không có",
                "đầu văn bản",
            )
        ]
    if profile.code == "SPEECH":
        return []
    out = check_element(model, "KIND", found.kind)
    if not found.summary:
        if not profile.summary:
            return out
        return [
            *out,
            finding(
                "ND30-SUMMARY-MISSING",
                "Thiếu trích yếu dưới tên loại.",
                "trích yếu nội dung",
                "không có",
                found.kind.location,
            ),
        ]
    start = next((i for i, line in enumerate(found.summary) if ATTACHED.match(line.text)), len(found.summary))
    lines = found.summary[:start]  # «(Kèm theo …)» under it is italic: judged as the reference line it is
    out += merge_similar(f for line in lines for f in check_element(model, "SUMMARY", line))
    last = found.summary[-1]
    drawn_above = any(line_shapes(p) for p in {id(s.para): s.para for s in [found.kind, *found.summary]}.values())
    if not drawn_above and not summary_rule(model, model.blocks, last.para):
        out.append(
            finding(
                "ND30-SUMMARY-RULE",
                "Thiếu đường kẻ dưới trích yếu.",
                "đường kẻ ngang ngắn, nét liền",
                "không có",
                last.location,
            )
        )
    return out


def summary_rule(model: DocModel, blocks: list[Block], last: Para) -> bool:
    """A rule under the last line of the trích yếu: its bottom border or a line drawn in it, then the empty
    paragraphs after it (a drawn line, a border, a line of underscores), or the top border of the next text."""
    start = next((i for i, b in enumerate(blocks) if b is last), -1)
    if start < 0 and last.in_table:  # a trích yếu typed in a one-cell box: the rule is in the box or under it
        box = next((i for i, b in enumerate(blocks) if isinstance(b, TableInfo) and b.number == last.in_table), -1)
        table = blocks[box] if box >= 0 else None
        if isinstance(table, TableInfo) and any(
            line_shapes(p) or _border(model, p, "bottom") or is_rule_text(p.stripped) for p in table.paragraphs()
        ):
            return True
        start = box
    if start < 0:
        return False
    if _border(model, last, "bottom") or line_shapes(last):
        return True
    if any(is_rule_text(line.text) for line in last.lines):  # «Về việc …⏎______» in one paragraph
        return True
    for block in blocks[start + 1 : start + 6]:
        if not isinstance(block, Para):
            return False
        text = block.stripped
        if is_rule_text(text) or line_shapes(block) or _border(model, block, "top"):
            return True
        if text:
            return False
        if _border(model, block, "bottom"):
            return True
    return False

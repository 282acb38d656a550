"""Rules on the body: layout of running text, the ``./.`` end mark, a decision's legal bases and articles,
appendix headings and a speech's closing line.

Body text is every paragraph between the title block and the signature table, except centred lines (the
``QUYẾT ĐỊNH:`` line, the authority line), ``Kính gửi`` and headings (paragraphs set entirely in bold), which
have their own layout. The 6 pt spacing is a warning: it is judged on one paragraph's own before + after,
while Word's spacing between two paragraphs also depends on the neighbour and on contextual spacing.
"""

from __future__ import annotations

import itertools
import re

from .catalogue import finding
from .docxmodel import DocModel, Para, run_text, w, wattr
from .elements import JUSTIFIED, align_name, all_flag, check_element, is_centred, pt, sizes_of, text_runs
from .findings import Finding, merge_similar
from .parts import Structure
from .profiles import Profile
from .wording import is_upper

INDENT = (567 - 30, 720 + 30)  # 1 cm – 1,27 cm in twips, with half a millimetre nobody sees (2 characters)
MIN_SPACING = 120  # 6 pt
LINE_AUTO = (236, 364)  # single … 1,5 lines in 240ths
LINE_FIXED = (260, 450)  # exact / at-least heights in twips
BASIS = re.compile(r"^(Căn cứ|Theo đề nghị|Xét đề nghị)")
DIEU = re.compile(r"^Điều\s+\d+\.")
APPENDIX = re.compile(r"^Phụ lục(\s+[IVXLC\d]+)?$", re.IGNORECASE)
CLOSING = "Xin trân trọng cảm ơn!"
CHAR_EM = 0.42  # a narrow estimate of a Times New Roman character's average width, in ems
LIST_MARK = re.compile(r"^([-–+•*]|[a-zđ]\)|\d+(\.\d+)*[.)]\s)")  # a list item typed by hand: its own indent


def check_body(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    out: list[Finding] = []
    if profile.layout_only:
        return out
    if not profile.body:
        return _appendix(model)
    running = _running_text(model, found)
    out += merge_similar((f for para in running for f in _layout(model, para)), by_actual=False)
    text = [p for p in running if not all_flag(model, p, "b")]  # headings and salutations keep their own layout
    out += merge_similar(spacing_findings(model, found.body, text), by_actual=False)
    if profile.end_mark and found.body:
        out += _end_mark(found.body[-1])
    if profile.code == "SPEECH" and found.body and found.body[-1].stripped != CLOSING:
        out.append(
            finding(
                "ND30-SPEECH-CLOSING",
                "Bài phát biểu chưa kết thúc bằng lời cảm ơn.",
                CLOSING,
                found.body[-1].stripped[-40:],
                found.body[-1].location,
            )
        )
    if profile.code == "QĐ":
        out += check_decision(model, found)
    elif profile.code == "NĐ":
        out += _bases(model, [p for p in found.body[:12] if BASIS.match(p.stripped)], legal=True)
    out += _appendix(model)
    return out


def _running_text(model: DocModel, found: Structure) -> list[Para]:
    """Body paragraphs judged as running text: not centred lines, not the «Kính gửi» block and its «- …» lines."""
    running: list[Para] = []
    in_recipients = False
    for para in found.body:
        if para.stripped.startswith("Kính gửi"):
            in_recipients = True
            continue
        if in_recipients and para.stripped.startswith("-"):
            continue
        in_recipients = False
        if not is_centred(model, para):
            running.append(para)
    return running


def _layout(model: DocModel, para: Para) -> list[Finding]:
    out: list[Finding] = []
    where = para.location
    sizes = sizes_of(model, para)
    if any(not 13 <= size <= 14 for size in sizes):
        actual = ", ".join(pt(s) for s in sizes)
        out.append(finding("ND30-BODY-SIZE", "Cỡ chữ nội dung không đúng.", "13 – 14 pt", actual, where))
    if all_flag(model, para, "b"):
        return out  # a heading
    alignment = model.styles.alignment(para.el)
    if alignment not in JUSTIFIED and wraps(model, para, sizes):
        message = "Đoạn văn không căn đều hai lề."
        out.append(finding("ND30-BODY-ALIGN", message, "căn đều hai lề", align_name(alignment), where))
    return out + _indent_and_spacing(model, para) + _line_spacing(model, para)


def first_line_indent(model: DocModel, para: Para) -> int | None:
    """How far the first line starts in from the margin, in twips, the way the reader sees it: the paragraph's
    first-line indent, or a leading Tab (which reaches the first tab stop, by default every 1,27 cm); None for
    a list item, whose number and indent come from the numbering."""
    if model.styles.numbered(para.el):
        return None
    value = model.styles.ppr_attr
    left = _int(value(para.el, "ind", "left") or value(para.el, "ind", "start"))
    first = _int(value(para.el, "ind", "firstLine")) - _int(value(para.el, "ind", "hanging"))
    chars = _int(value(para.el, "ind", "firstLineChars")) - _int(value(para.el, "ind", "hangingChars"))
    if chars:  # WPS and East Asian Word: hundredths of a character, which wins over the twips value
        size = next(iter(sizes_of(model, para)), 14.0)
        first = round(chars / 100 * size * 20)
    if left > INDENT[1]:
        return None  # a block set in from the margin (a quotation, a sub-item): laid out on purpose
    if para.raw.lstrip(" ").startswith("\t"):
        stops = sorted(
            (_int(wattr(tab, "pos")), wattr(tab, "val") or "left")
            for tab in para.el.iter(w("tab"))
            if tab.getparent().tag == w("tabs") and wattr(tab, "val") != "clear"
        )
        start = left + first
        after = [(pos, kind) for pos, kind in stops if pos > start]
        if after and after[0][1] not in ("left", "start", "num", "bar"):
            return None  # a right, centre or decimal stop places the text there: not an indent
        step = model.default_tab_stop()
        return (after[0][0] if after else (start // step + 1) * step) - left
    return first + left if left <= INDENT[1] else first


def _indent_and_spacing(model: DocModel, para: Para) -> list[Finding]:
    out: list[Finding] = []
    first = first_line_indent(model, para)
    if first is not None and not INDENT[0] <= first <= INDENT[1] and not LIST_MARK.match(para.stripped):
        actual = f"{first / 567:.2f} cm".replace(".", ",")
        out.append(finding("ND30-BODY-INDENT", "Thụt đầu dòng không đúng.", "1 – 1,27 cm", actual, para.location))
    return out


def spacing_findings(model: DocModel, body: list[Para], running: list[Para]) -> list[Finding]:
    """The space a reader sees between two paragraphs: the larger of the first one's «after» and the next one's
    «before» (Word and LibreOffice lay the two out collapsed, not added: 6 pt after over 12 pt before shows
    12 pt, measured on a LibreOffice page), a side dropped where its paragraph asks for contextual spacing and
    its neighbour has the same style; judged after each running paragraph whose next one follows it directly
    (an empty paragraph or a table between the two leaves at least a line of space)."""
    out: list[Finding] = []
    judged = {id(p) for p in running}
    for para, following in itertools.pairwise(body):
        if id(para) not in judged or not _next_to(para, following):
            continue
        same = _style(para) == _style(following)
        after = 0 if same and _contextual(model, para) else _space(model, para, "after")
        before = 0 if same and _contextual(model, following) else _space(model, following, "before")
        gap = max(after, before)
        if gap < MIN_SPACING:
            message = "Khoảng cách giữa các đoạn dưới 6 pt."
            out.append(finding("ND30-BODY-SPACING", message, "≥ 6 pt", pt(gap / 20), para.location))
    return out


def _next_to(para: Para, following: Para) -> bool:
    """``following`` is the next paragraph or table after ``para`` in the XML (bookmarks and the like between
    them are not on the page)."""
    for sibling in para.el.itersiblings():
        if sibling.tag in (w("p"), w("tbl")):
            return sibling is following.el
    return False


def _space(model: DocModel, para: Para, edge: str) -> int:
    return _int(model.styles.ppr_attr(para.el, "spacing", edge))


def _contextual(model: DocModel, para: Para) -> bool:
    for level in model.styles.ppr_levels(para.el):
        el = level.find(w("contextualSpacing"))
        if el is not None:
            return (wattr(el, "val") or "true") not in ("0", "false", "off")
    return False


def _style(para: Para) -> str | None:
    return wattr(para.el.find(f"{w('pPr')}/{w('pStyle')}"), "val")


def wraps(model: DocModel, para: Para, sizes: list[float]) -> bool:
    """Whether the paragraph takes more than one line on the page: its text, at a narrow estimate of the
    average width of a Times New Roman character, against the text column less its indents. A paragraph
    that fits on one line looks the same justified or not."""
    section = model.sections[min(max(para.section, 1), len(model.sections)) - 1] if model.sections else None
    width = (section.width or 11906) if section else 11906
    margins = section.margins if section else {}
    column = width - (margins.get("left") or 1701) - (margins.get("right") or 850)
    value = model.styles.ppr_attr
    column -= _int(value(para.el, "ind", "left")) + _int(value(para.el, "ind", "right"))
    column -= max(_int(value(para.el, "ind", "firstLine")), 0)
    size = max(sizes) if sizes else 14.0
    return len(para.stripped) * size * 20 * CHAR_EM > column


def _line_spacing(model: DocModel, para: Para) -> list[Finding]:
    rule = model.styles.ppr_attr(para.el, "spacing", "lineRule") or "auto"
    line = _int(model.styles.ppr_attr(para.el, "spacing", "line"), 240)
    low, high = LINE_AUTO if rule == "auto" else LINE_FIXED
    if low <= line <= high or (rule == "atLeast" and line <= high):
        return []
    actual = f"{line / 240:.2f} dòng".replace(".", ",") if rule == "auto" else pt(line / 20)
    return [
        finding(
            "ND30-BODY-LINE",
            "Khoảng cách dòng ngoài khoảng từ dòng đơn đến 1,5 dòng.",
            "1 – 1,5 dòng",
            actual,
            para.location,
        )
    ]


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(float(value)) if value is not None else default
    except ValueError:
        return default


def _end_mark(last: Para) -> list[Finding]:
    if last.stripped.endswith("./."):
        return []
    return [
        finding(
            "ND30-END-MARK",
            "Đoạn cuối của nội dung chưa kết thúc bằng «./.».",
            "… ./.",
            "…" + last.stripped[-20:],
            last.location,
        )
    ]


def check_decision(model: DocModel, found: Structure) -> list[Finding]:
    """The «QUYẾT ĐỊNH:» line, the authority line and legal bases before it, the articles after it."""
    body = found.body
    line = next((p for p in body if p.stripped.rstrip(":").strip().upper() == "QUYẾT ĐỊNH"), None)
    if line is None:
        return [finding("ND30-QD-LINE", "Thiếu dòng «QUYẾT ĐỊNH:».", "QUYẾT ĐỊNH:", "không có", "nội dung")]
    out: list[Finding] = []
    if line.stripped != "QUYẾT ĐỊNH:" or not all_flag(model, line, "b") or not is_centred(model, line):
        message = "Dòng «QUYẾT ĐỊNH:» phải in hoa, đậm, căn giữa, có dấu hai chấm."
        out.append(finding("ND30-QD-LINE", message, "QUYẾT ĐỊNH: (đậm, căn giữa)", line.stripped, line.location))
    before = body[: body.index(line)]
    bases = [p for p in before if BASIS.match(p.stripped)]
    if before and before[0] not in bases and (is_upper(before[0].stripped) or is_centred(model, before[0])):
        out += check_element(model, "AUTHORITY", before[0])
    out += _bases(model, bases)
    for para in body[body.index(line) + 1 :]:
        if DIEU.match(para.stripped) and not _article_bold(model, para):
            out.append(finding("ND30-QD-DIEU-BOLD", "«Điều N.» phải in đậm.", "in đậm", "không đậm", para.location))
    return out


def _bases(model: DocModel, bases: list[Para], legal: bool = False) -> list[Finding]:
    """Legal bases in italics, each ending with «;» and the last with «.» (a decree's own closing line,
    «Chính phủ ban hành Nghị định …», is not a basis: its bases all end with «;»)."""
    italic: list[Finding] = []
    punct: list[Finding] = []
    for index, basis in enumerate(bases):
        if not all_flag(model, basis, "i"):
            message = "Căn cứ ban hành phải in nghiêng."
            italic.append(finding("ND30-QD-BASIS-ITALIC", message, "in nghiêng", "chữ đứng", basis.location))
        mark = ";" if legal or index < len(bases) - 1 else "."
        if not basis.stripped.endswith(mark):
            message = f"Căn cứ này phải kết thúc bằng «{mark}»."
            punct.append(finding("ND30-QD-BASIS-PUNCT", message, mark, basis.stripped[-1:], basis.location))
    return merge_similar(italic, by_actual=False) + merge_similar(punct, by_actual=False)


def _article_bold(model: DocModel, para: Para) -> bool:
    match = DIEU.match(para.stripped)
    assert match is not None
    covered = 0
    for run in text_runs(para):
        text = run_text(run)
        if not model.styles.run_toggle(run, para.el, "b") and text.strip(" .:\u00a0") != "":
            return False  # a regular «.» after a bold «Điều 1» does not show on the page
        covered += len(text.lstrip() if covered == 0 else text)
        if covered >= len(match[0].rstrip(".")):  # «Điều 2» in bold; the weight of its «.» does not show
            return True
    return False


def _appendix(model: DocModel) -> list[Finding]:
    out: list[Finding] = []
    for para in model.body_paragraphs():
        if APPENDIX.match(para.stripped):
            out += check_element(model, "APPENDIX-HEADING", para)
        elif para.stripped.startswith("(Kèm theo"):
            out += check_element(model, "APPENDIX-REF", para)
    return out

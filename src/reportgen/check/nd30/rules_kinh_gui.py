"""The «Kính gửi» block (Phụ lục I, Mục II, khoản 9, ô 9a): «Kính gửi» followed by a colon; one recipient on the
same line; several recipients one per line, each from «-», «;» after each and «.» after the last, «các gạch đầu
dòng được trình bày thẳng hàng với nhau». Where each dash starts is estimated as Word places it: the paragraph's
left and first-line indents, then its leading spaces (a quarter of an em each in Times New Roman) and tabs (to
the next tab stop); centred lines and numbered lists are not measured.
"""

from __future__ import annotations

import re

from .catalogue import finding
from .docxmodel import DocModel, Para, w, wattr
from .elements import sizes_of
from .findings import Finding, merge_similar
from .parts import Structure

KINH_GUI = re.compile(r"^Kính gửi\s*(:?)\s*(.*)$")
ALIGN_SLACK = 170  # twips: 3 mm, about two spaces, which a reader does not see as a step
SPACE_EM = 0.25  # the width of a space in Times New Roman, in ems


def check_kinh_gui(model: DocModel, found: Structure) -> list[Finding]:
    """One recipient follows «Kính gửi:» on its line; several go one per line, each from «-», «;» after
    each, «.» after the last."""
    body = found.body
    index = next((i for i, p in enumerate(body[:12]) if KINH_GUI.match(p.stripped)), -1)
    if index < 0:
        return []
    head = body[index]
    match = KINH_GUI.match(head.stripped)
    assert match is not None
    out: list[Finding] = []
    rest = match[2].strip()
    if not match[1]:
        message = "Sau «Kính gửi» phải có dấu hai chấm."
        out.append(finding("ND30-KINH-GUI", message, "Kính gửi: …", head.stripped[:40], head.location))
    items = _recipient_items(head, body[index + 1 : index + 30], rest)
    out += _aligned(model, head, body[index + 1 : index + 1 + len(items)], rest)
    if len(items) == 1 and not rest:
        message = "Chỉ một nơi nhận: viết liền sau «Kính gửi:» trên cùng dòng."
        out.append(finding("ND30-KINH-GUI", message, "Kính gửi: <tên cơ quan>", items[0][0], items[0][1]))
    if len(items) > 1:
        for position, (text, where) in enumerate(items):
            mark = "." if position == len(items) - 1 else ";"
            if not text.endswith(mark):
                message = f"Mỗi nơi nhận sau «Kính gửi:» kết thúc bằng «;», nơi nhận cuối bằng «.» (cần «{mark}»)."
                out.append(finding("ND30-KINH-GUI", message, f"- …{mark}", text[-30:], where))
    return merge_similar(out, by_actual=False)


def _recipient_items(head: Para, after: list[Para], rest: str) -> list[tuple[str, str]]:
    """The «- …» lines of the block: in the «Kính gửi» paragraph itself (after line breaks) and in the
    paragraphs that follow it."""
    items: list[tuple[str, str]] = []
    lines = [s.text for s in head.lines[1:]]
    if rest.startswith(("-", "–")):
        lines.insert(0, rest)
    items += [(t.lstrip("-– ").strip(), head.location) for t in lines if t.startswith(("-", "–"))]
    for para in after:
        text = para.stripped
        if not text.startswith(("-", "–")) or len(text) > 200:
            break
        items.append((text.lstrip("-– ").strip(), para.location))
    return items


def _aligned(model: DocModel, head: Para, items: list[Para], rest: str) -> list[Finding]:
    """The dashes of a list of recipients typed one per paragraph start at one place on the page."""
    lines = [p for p in items if p.stripped.startswith(("-", "–"))]
    if rest or len(lines) < 2 or any(p.in_table != head.in_table or p.column != head.column for p in lines):
        return []
    starts = [_dash_start(model, p) for p in lines]
    known = [s for s in starts if s is not None]
    if len(known) < 2 or max(known) - min(known) <= ALIGN_SLACK:
        return []
    far = lines[starts.index(max(known))] if starts.index(max(known)) else lines[starts.index(min(known))]
    spread = f"lệch nhau {(max(known) - min(known)) / 567:.1f} cm".replace(".", ",")
    message = "Các gạch đầu dòng của nơi nhận sau «Kính gửi:» phải thẳng hàng với nhau."
    return [finding("ND30-KINH-GUI", message, "các gạch đầu dòng thẳng hàng", spread, far.location)]


def _dash_start(model: DocModel, para: Para) -> int | None:
    """Where the first visible character of ``para`` stands, in twips from the margin; None when a layout
    decides it (a centred or right-aligned line, a numbered list, a line pushed by a right tab stop)."""
    el = para.el
    if model.styles.alignment(el) in ("center", "right", "end") or model.styles.numbered(el):
        return None
    value = model.styles.ppr_attr
    left = _twips(value(el, "ind", "left") or value(el, "ind", "start"))
    position = left + _twips(value(el, "ind", "firstLine")) - _twips(value(el, "ind", "hanging"))
    size = next(iter(sizes_of(model, para)), 14.0)
    stops = sorted(
        (_twips(wattr(tab, "pos")), wattr(tab, "val") or "left")
        for tab in el.iter(w("tab"))
        if tab.getparent().tag == w("tabs") and wattr(tab, "val") != "clear"
    )
    step = model.default_tab_stop()
    for ch in para.raw.split("\n", 1)[0]:
        if ch in " \u00a0":
            position += round(SPACE_EM * size * 20)
        elif ch == "\t":
            later = [(pos, kind) for pos, kind in stops if pos > position]
            if later and later[0][1] not in ("left", "start"):
                return None
            position = later[0][0] if later else (position // step + 1) * step
        else:
            return position
    return None


def _twips(text: str | None) -> int:
    try:
        return int(float(text)) if text else 0
    except ValueError:
        return 0

"""Rules a văn thư marks that the layout rules do not see: the «Kính gửi» block (Phụ lục I, Mục II, khoản 9a),
articles numbered out of order, yellow highlighting left on the page, «- Lưu VT» without its colon, the first
Nơi nhận item of the model forms («- Như trên;» when the recipients are named in «Kính gửi»), and a «DỰ THẢO»
mark left on a document. Each is judged on the text a reader sees.
"""

from __future__ import annotations

import re

from .catalogue import finding
from .docxmodel import DocModel, Para, Span, w, wattr
from .findings import Finding, merge_similar
from .parts import Structure
from .profiles import Profile

ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]")
LUU_NO_COLON = re.compile(r"^[-–]?\s*Lưu\s+(VT|Văn thư)\b")
DRAFT = re.compile(r"^\(?\s*(DỰ THẢO|Dự thảo)\s*(\d+|lần\s*\d+)?\s*\)?$")
KINH_GUI = re.compile(r"^Kính gửi\s*(:?)\s*(.*)$")
NO_HIGHLIGHT = ("none", "")


def check_marks(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    out = _articles(found) + _highlight(model) + _draft(model, found)
    if profile.code not in ("SPEECH", "FORM", "UNKNOWN"):
        out += _kinh_gui(found)
    lines = [s for s in found.receivers if s.text]
    if lines:
        out += _luu_colon(lines) + _first_receiver(found, profile, lines)
    return out


def _articles(found: Structure) -> list[Finding]:
    """«Điều» numbered 1, 2, 3 … in the text (Phụ lục I, Mục II, khoản 6, điểm b): a skipped or repeated
    number is a missing or duplicated article."""
    previous = 0
    for para in found.body:
        match = ARTICLE.match(para.stripped)
        if match is None:
            continue
        number = int(match[1])
        if number != previous + 1:
            expected = f"Điều {previous + 1}"
            message = f"Điều đánh số không liên tục: sau Điều {previous} là Điều {number}."
            return [finding("ND30-DIEU-ORDER", message, expected, f"Điều {number}", para.location)]
        previous = number
    return []


def _highlight(model: DocModel) -> list[Finding]:
    """Text highlighted (tô màu nền) in the body: the colour prints, and shows a draft's notes left in. The
    XML is searched once; the paragraphs are read only when a highlight is there."""
    body = model.document.element.body
    marks = [m for m in body.iter(w("highlight")) if (wattr(m, "val") or "") not in NO_HIGHLIGHT]
    if not marks:
        return []
    found: list[Finding] = []
    for para in model.all_paragraphs():
        for run, _text in para.run_texts:
            mark = run.find(f"{w('rPr')}/{w('highlight')}")
            colour = wattr(mark, "val") if mark is not None else None
            if colour and colour not in NO_HIGHLIGHT:
                message = "Còn tô màu nền (highlight) trên chữ."
                found.append(finding("ND30-HIGHLIGHT", message, "không tô màu nền", colour, para.location))
                break
    return merge_similar(found, by_actual=False)


def _draft(model: DocModel, found: Structure) -> list[Finding]:
    """A «DỰ THẢO» mark left inside the document (under the header, by the title): a draft is marked above its
    header (``found.draft``, the dự thảo a tờ trình attaches), and that mark is the one the registry removes."""
    if found.draft is not None:
        return []
    paras = [p for p in found.head_paras[:20] if p.stripped] + [b for b in model.body_paragraphs()[:12]]
    for para in paras:
        for line in para.lines:
            if DRAFT.match(line.text):
                message = "Văn bản còn dấu «DỰ THẢO» (bỏ khi ban hành)."
                return [finding("ND30-DRAFT-MARK", message, "không có chữ DỰ THẢO", line.text, line.location)]
    return []


def _kinh_gui(found: Structure) -> list[Finding]:
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


def _luu_colon(lines: list[Span]) -> list[Finding]:
    for span in lines:
        if LUU_NO_COLON.match(span.text):
            message = "Dòng lưu viết «- Lưu: VT, …» (có dấu hai chấm sau «Lưu»)."
            return [finding("ND30-RECEIVER-LUU-COLON", message, "- Lưu: VT, …", span.text, span.location)]
    return []


def _first_receiver(found: Structure, profile: Profile, lines: list[Span]) -> list[Finding]:
    """Mẫu 1.5 (công văn): the recipients named in «Kính gửi» are «- Như trên;», the first item of Nơi nhận."""
    first = lines[0].text.lstrip("-–+ ").strip()
    named = any(KINH_GUI.match(p.stripped) for p in found.body[:12])
    if named and profile.code == "CV":
        if first.startswith(("Như trên", "Như Điều")):
            return []
        expected = "- Như trên;"
    else:
        return []
    message = f"Nơi nhận đầu tiên theo mẫu là «{expected}»."
    return [finding("ND30-RECEIVER-FIRST", message, expected, lines[0].text, lines[0].location)]

"""Rules a văn thư marks that the layout rules do not see: articles numbered out of order, yellow highlighting
left on the page, «- Lưu VT» without its colon, the first Nơi nhận item of the model forms («- Như trên;» when the
recipients are named in «Kính gửi», whose block has its own module), and a «DỰ THẢO» mark left on a document.
Each is judged on the text a reader sees.
"""

from __future__ import annotations

import re

from .catalogue import finding
from .docxmodel import DocModel, Span, w, wattr
from .findings import Finding, merge_similar
from .parts import Structure
from .profiles import Profile
from .rules_headings import check_headings
from .rules_kinh_gui import KINH_GUI, check_kinh_gui

ARTICLE = re.compile(r"^Điều\s+(\d+)\s*[.:]")
LUU_NO_COLON = re.compile(r"^[-–+]?\s*Lưu\s*[.,;]?\s*(VT|Văn thư)\b")
# The last line «Lưu» then anything but a colon («- Lưu VP, NC.», «- Lưu. VT»); «Lưu trữ …» names a recipient.
LAST_LUU_NO_COLON = re.compile(r"^[-–+]?\s*Lưu(?!\s*:)(?!\s+trữ\b)(\s|[.,;]|$)")
DRAFT = re.compile(r"^\(?\s*(DỰ THẢO|Dự thảo)\s*(\d+|lần\s*\d+)?\s*\)?$")
NO_HIGHLIGHT = ("none", "")


def check_marks(model: DocModel, found: Structure, profile: Profile) -> list[Finding]:
    out = _articles(found) + _highlight(model) + _draft(model, found)
    if profile.code not in ("SPEECH", "FORM", "UNKNOWN"):
        out += check_kinh_gui(model, found) + check_headings(model, found)
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


def _luu_colon(lines: list[Span]) -> list[Finding]:
    """The storage line «- Lưu: VT, …» without its colon: «Lưu VT» on any line, or the last line starting with
    «Lưu» followed by anything but a colon."""
    for span in lines:
        if LUU_NO_COLON.match(span.text) or (span is lines[-1] and LAST_LUU_NO_COLON.match(span.text)):
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

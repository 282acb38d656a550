"""Page rules: paper, orientation, margins and page numbers, judged section by section.

Landscape sections (allowed after the first, for wide tables) pass their margins either as written (left
30–35 mm and so on, the same numbers as a portrait page) or rotated the way a landscape page is bound into a
portrait document: its top edge lies against the binding, so top takes the left range, bottom the right range,
left and right the top/bottom range. When neither fits, each edge is reported against the ranges as written.
"""

from __future__ import annotations

import re

from docx.section import Section

from .catalogue import finding
from .docxmodel import DocModel, Element, w, wattr
from .elements import align_name
from .findings import Finding

A4 = (11906, 16838)
SIZE_TOLERANCE = 20  # twips; Word writes A4 as 11906 × 16838, other tools round to 11900 × 16840
RANGES = {"top": (1134, 1418), "bottom": (1134, 1418), "left": (1701, 1985), "right": (850, 1134)}
ROTATED = {"top": RANGES["left"], "bottom": RANGES["right"], "left": RANGES["top"], "right": RANGES["bottom"]}
EDGE_NAMES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
PAGE_FIELD = re.compile(r"\bPAGE\b")


def mm(twips: int) -> str:
    return f"{twips / 56.6929:.1f}".replace(".", ",").removesuffix(",0") + " mm"


def check_page(model: DocModel, certificate: bool = False) -> list[Finding]:
    """A certificate (Bằng khen) is judged on paper size only: it is landscape, single-page, and laid out on
    its own pre-printed frame, so orientation, margins and page numbers do not apply."""
    found: list[Finding] = []
    for number, section in enumerate(model.sections, start=1):
        size = _check_size(section, number)
        found += [f for f in size if f.rule == "ND30-PAGE-SIZE"] if certificate else size
        found += [] if certificate else _check_margins(section, number)
    return found if certificate else found + check_page_numbers(model)


def _twips(value: object) -> int | None:
    twips = getattr(value, "twips", None)
    return None if twips is None else int(twips)


def _check_size(section: Section, number: int) -> list[Finding]:
    width, height = _twips(section.page_width), _twips(section.page_height)
    place = f"mục {number}"
    if width is None or height is None:
        return [finding("ND30-PAGE-SIZE", "Không khai báo khổ giấy.", "A4 (210 × 297 mm)", "không có", place)]
    found: list[Finding] = []
    short, long = sorted((width, height))
    if abs(short - A4[0]) > SIZE_TOLERANCE or abs(long - A4[1]) > SIZE_TOLERANCE:
        found.append(
            finding(
                "ND30-PAGE-SIZE",
                "Khổ giấy không phải A4.",
                "A4 (210 × 297 mm)",
                f"{mm(width)} × {mm(height)}",
                place,
            )
        )
    if number == 1 and width > height:
        found.append(
            finding(
                "ND30-PAGE-ORIENTATION",
                "Trang đầu của văn bản phải trình bày theo chiều dọc.",
                "khổ dọc",
                "khổ ngang",
                place,
            )
        )
    return found


def _check_margins(section: Section, number: int) -> list[Finding]:
    margins = {
        "top": _twips(section.top_margin),
        "bottom": _twips(section.bottom_margin),
        "left": _twips(section.left_margin),
        "right": _twips(section.right_margin),
    }
    width, height = _twips(section.page_width) or 0, _twips(section.page_height) or 0
    if width > height and _fits(margins, ROTATED):
        return []
    found: list[Finding] = []
    for edge, (low, high) in RANGES.items():
        value = margins[edge]
        if value is None or not low <= value <= high:
            found.append(
                finding(
                    f"ND30-PAGE-MARGIN-{edge.upper()}",
                    f"Lề {EDGE_NAMES[edge]} không đúng quy định.",
                    f"{mm(low)} – {mm(high)}",
                    "không khai báo" if value is None else mm(value),
                    f"mục {number}",
                )
            )
    return found


def _fits(margins: dict[str, int | None], ranges: dict[str, tuple[int, int]]) -> bool:
    return all(v is not None and ranges[k][0] <= v <= ranges[k][1] for k, v in margins.items())


def _page_paragraphs(part: Element | None) -> list[Element]:
    """Paragraphs of a header part that hold a PAGE field (simple or complex)."""
    if part is None:
        return []
    result = []
    for p in part.iter(w("p")):
        instr = [wattr(f, "instr") or "" for f in p.iter(w("fldSimple"))]
        instr += [t.text or "" for t in p.iter(w("instrText"))]
        if any(PAGE_FIELD.search(text) for text in instr):
            result.append(p)
    return result


def check_page_numbers(model: DocModel) -> list[Finding]:
    if not model.sections:
        return []
    found: list[Finding] = []
    header = model.header_of(0)
    fields = _page_paragraphs(header)
    if not fields:
        footer_has = any(_page_paragraphs(el) for label, el in model.story_parts() if label.startswith("chân"))
        actual = "số trang ở chân trang" if footer_has else "không có trường PAGE ở đầu trang"
        found.append(
            finding(
                "ND30-PAGENUM-MISSING",
                "Thiếu số trang ở đầu trang.",
                "trường PAGE ở đầu trang, căn giữa",
                actual,
                "đầu trang mục 1",
            )
        )
    for p in fields:
        alignment = model.styles.alignment(p)
        if alignment != "center":
            found.append(
                finding(
                    "ND30-PAGENUM-ALIGN",
                    "Số trang phải căn giữa lề trên.",
                    "căn giữa",
                    align_name(alignment),
                    "đầu trang mục 1",
                )
            )
    found += _check_first_page(model, bool(fields))
    found += _check_number_format(model)
    return found


def _check_first_page(model: DocModel, has_numbers: bool) -> list[Finding]:
    first = model.sections[0]
    if not first.different_first_page_header_footer:
        if not has_numbers:
            return []
        return [
            finding(
                "ND30-PAGENUM-FIRST",
                "Số trang sẽ hiện ở trang thứ nhất.",
                "w:titlePg ở mục 1, đầu trang trang đầu không có số",
                "không có w:titlePg",
                "mục 1",
            )
        ]
    if _page_paragraphs(model.header_of(0, first_page=True)):
        return [
            finding(
                "ND30-PAGENUM-FIRST",
                "Đầu trang của trang thứ nhất có số trang.",
                "đầu trang trang đầu không có số",
                "có trường PAGE",
                "đầu trang trang đầu mục 1",
            )
        ]
    return []


def _check_number_format(model: DocModel) -> list[Finding]:
    found: list[Finding] = []
    body = model.document.element.body
    for number, sect in enumerate(body.iter(w("sectPr")), start=1):
        fmt = wattr(sect.find(w("pgNumType")), "fmt")
        if fmt and fmt != "decimal":
            found.append(
                finding(
                    "ND30-PAGENUM-FORMAT",
                    "Số trang không dùng chữ số Ả Rập.",
                    "1, 2, 3 …",
                    fmt,
                    f"mục {number}",
                )
            )
    return found

"""Page rules: paper, orientation, margins and page numbers, judged section by section.

Landscape sections (allowed after the first, for wide tables) pass their margins either as written (left
30–35 mm and so on, the same numbers as a portrait page) or rotated the way a landscape page is bound into a
portrait document: its top edge lies against the binding, so top takes the left range, bottom the right range,
left and right the top/bottom range. When neither fits, each edge is reported against the ranges as written.

A problem shared by several sections (the same Letter paper in the eight sections of a report) is one finding
that names the first section and counts the others. A document of one page needs no page number (NĐ30 numbers
pages «từ trang thứ hai»); the page count comes from what Word saved (docProps/app.xml, its rendered page
breaks), or, for files written by other tools, from the amount of text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .catalogue import finding
from .docxmodel import DocModel, Element, Sect, measure, w, wattr
from .elements import align_name, pt
from .findings import Finding, merge_similar

A4 = (11906, 16838)
SIZE_TOLERANCE = 20  # twips; Word writes A4 as 11906 × 16838, other tools round to 11900 × 16840
RANGES = {"top": (1134, 1418), "bottom": (1134, 1418), "left": (1701, 1985), "right": (850, 1134)}
ROTATED = {"top": RANGES["left"], "bottom": RANGES["right"], "left": RANGES["top"], "right": RANGES["bottom"]}
EDGE_NAMES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}
MARGIN_SLACK = 3  # twips: 20 mm written as 1133
PAGE_FIELD = re.compile(r"\bPAGE\b")
PAGE_SIZES = (13, 14)
CHARS_PER_PAGE = 2600


def mm(twips: float) -> str:
    return f"{twips / 56.6929:.1f}".replace(".", ",").removesuffix(",0") + " mm"


def check_page(model: DocModel, certificate: bool = False, tables: bool = False) -> list[Finding]:
    """A certificate (Bằng khen) is judged on paper size only: it is landscape, single-page, and laid out on
    its own pre-printed frame, so orientation, margins and page numbers do not apply. A separate appendix of
    tables (``tables``) may be landscape from its first page."""
    found: list[Finding] = []
    for section in model.sections:
        size = [f for f in _check_size(section) if not (tables and f.rule == "ND30-PAGE-ORIENTATION")]
        found += [f for f in size if f.rule == "ND30-PAGE-SIZE"] if certificate else size
        found += [] if certificate else _check_margins(section)
    found = [replace(f, location=model.place_of_section(int(f.location.split()[1]))) for f in found]
    found = merge_similar(found, unit="mục", by_actual=False)
    return found if certificate else found + check_page_numbers(model)


def _check_size(section: Sect) -> list[Finding]:
    width, height = section.width, section.height
    place = f"mục {section.number}"
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
                f"{mm(short)} × {mm(long)}",
                place,
            )
        )
    if section.number == 1 and width > height:
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


def _check_margins(section: Sect) -> list[Finding]:
    margins = section.margins
    if section.landscape and _fits(margins, ROTATED):
        return []
    found: list[Finding] = []
    for edge, (low, high) in RANGES.items():
        value = margins[edge]
        if _set_by_header(section, edge, value):
            continue
        if value is None or not low - MARGIN_SLACK <= value <= high + MARGIN_SLACK:
            found.append(
                finding(
                    f"ND30-PAGE-MARGIN-{edge.upper()}",
                    f"Lề {EDGE_NAMES[edge]} không đúng quy định.",
                    f"{mm(low)} – {mm(high)}",
                    "không khai báo" if value is None else mm(value),
                    f"mục {section.number}",
                )
            )
    return found


def _set_by_header(section: Sect, edge: str, value: float | None) -> bool:
    """A top (bottom) margin smaller than the header's (footer's) distance, in a section with a header
    (footer): Word lays the text out under the header's content, so the space on the page is the header's
    height, which only a layout can measure; the margin as written is not what the page shows."""
    if edge not in ("top", "bottom") or value is None:
        return False
    part = "header" if edge == "top" else "footer"
    distance = measure(wattr(section.el.find(w("pgMar")), part))
    has_part = section.el.find(w(f"{part}Reference")) is not None
    return has_part and distance is not None and value < distance


def _fits(margins: dict[str, float | None], ranges: dict[str, tuple[int, int]]) -> bool:
    return all(
        v is not None and ranges[k][0] - MARGIN_SLACK <= v <= ranges[k][1] + MARGIN_SLACK for k, v in margins.items()
    )


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


def page_count(model: DocModel) -> int:
    """Pages as Word last laid the document out (docProps/app.xml), which wins: a page break typed in a table
    cell or a dense page does not make a one-page document longer. Without a saved count (files written by
    other tools), the page breaks of the body outside tables, or an estimate from the amount of text."""
    saved = saved_pages(model)
    if saved > 0:
        return saved
    body = model.document.element.body
    breaks = sum(1 for _ in body.iter(w("lastRenderedPageBreak")))
    breaks += sum(1 for br in body.iter(w("br")) if wattr(br, "type") == "page" and not _in_table(br))
    chars = sum(len(p.text) for p in model.all_paragraphs())
    return max(breaks + 1, 1 + chars // CHARS_PER_PAGE)


def saved_pages(model: DocModel) -> int:
    """The page count Word saved in docProps/app.xml with the words it counted; 0 when there is none."""
    try:
        app = model.document.part.package.part_related_by(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        )
        match = re.search(rb"<(?:\w+:)?Pages>(\d+)<", app.blob)
        words = re.search(rb"<(?:\w+:)?(?:Words|Characters)>([1-9]\d*)<", app.blob)
        # A count copied from a template (python-docx's says 1 page and 0 words) was never laid out.
        return int(match[1]) if match and words else 0
    except (KeyError, AttributeError, ValueError):
        return 0


def _in_table(el: Element) -> bool:
    return next(el.iterancestors(w("tc")), None) is not None


def check_page_numbers(model: DocModel) -> list[Finding]:
    if not model.sections:
        return []
    found: list[Finding] = []
    fields = _page_paragraphs(model.header_of(0))
    if not fields:  # numbering may start with a later section (a one-page cover, then the text)
        fields = next(
            (f for index in range(1, len(model.sections)) if (f := _page_paragraphs(model.header_of(index)))), []
        )
    if not fields:
        if page_count(model) < 2:
            return _check_number_format(model)
        footer_has = any(_page_paragraphs(el) for label, el in model.story_parts() if label.startswith("chân"))
        actual = "số trang ở chân trang" if footer_has else "không có số trang"
        found.append(
            finding(
                "ND30-PAGENUM-MISSING",
                "Thiếu số trang ở đầu trang (văn bản nhiều trang).",
                "số trang ở giữa đầu trang, từ trang 2",
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
        found += _number_size(model, p)
    found += _check_first_page(model, bool(fields))
    found += _check_number_format(model)
    return found


def _number_size(model: DocModel, p: Element) -> list[Finding]:
    """The size of the page number: the runs of the PAGE field's result (or of the paragraph when the field
    result holds no text), as the paragraph mark's size decides the empty case."""
    runs = [r for r in p.iter(w("r")) if r.find(w("t")) is not None] or list(p.iter(w("r")))
    sizes = sorted({model.styles.run_size(r, p) for r in runs})
    if not sizes or all(PAGE_SIZES[0] <= s <= PAGE_SIZES[1] for s in sizes):
        return []
    return [
        finding(
            "ND30-PAGENUM-SIZE",
            "Số trang sai cỡ chữ.",
            "13 – 14 pt",
            ", ".join(pt(s) for s in sizes),
            "đầu trang mục 1",
        )
    ]


def _check_first_page(model: DocModel, has_numbers: bool) -> list[Finding]:
    first = model.sections[0]
    if not first.title_page:
        if not has_numbers:
            return []
        return [
            finding(
                "ND30-PAGENUM-FIRST",
                "Số trang sẽ hiện ở trang thứ nhất.",
                "trang đầu không đánh số («Trang đầu khác» – w:titlePg)",
                "trang đầu có số",
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
    for section in model.sections:
        fmt = section.number_format
        if fmt and fmt != "decimal":
            found.append(
                finding(
                    "ND30-PAGENUM-FORMAT",
                    "Số trang không dùng chữ số Ả Rập.",
                    "1, 2, 3 …",
                    fmt,
                    f"mục {section.number}",
                )
            )
    return merge_similar(found, unit="mục")

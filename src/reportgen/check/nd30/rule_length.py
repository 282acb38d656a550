"""How long a rule under a header line is, against the line it underlines, as a reader sees the two: NĐ30 wants
the rule under the Tiêu ngữ as long as the Tiêu ngữ, and the rules under the issuing body and the trích yếu a
third to a half of their line. Only rules whose length the file states are measured: a drawn line (its extent)
and a line of underscores (their count); a paragraph border spans its cell, whose width a layout decides.

Text widths are estimated from Times New Roman's average advance widths by kind of character, which is within
about a tenth of the real width for Vietnamese lines; the limits leave room for that.
"""

from __future__ import annotations

import re

from .docxmodel import NS, Para, Span, w, wattr
from .drawn import has_line_shape

EMU_PER_PT = 12700
WP = NS["wp"]
VML_WIDTH = re.compile(r"width\s*:\s*([\d.]+)(pt|in|cm|mm|px)?")
VML_EMU = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525, None: 12700}
UNDERSCORES = re.compile(r"^_{3,}$")


def text_width(text: str, size: float, bold: bool) -> float:
    """Estimated width of ``text`` in EMU at ``size`` points."""
    ems = 0.0
    for ch in text:
        if ch.isspace():
            ems += 0.25
        elif ch.isupper():
            ems += 0.70
        elif ch.isalpha():
            ems += 0.47
        elif ch.isdigit():
            ems += 0.5
        else:
            ems += 0.33
    return ems * size * EMU_PER_PT * (1.05 if bold else 1.0)


def drawn_lengths(para: Para) -> list[int]:
    """Lengths (EMU) of the lines drawn in a paragraph: DrawingML extents, VML widths."""
    out: list[int] = []
    for holder in [*para.el.iter(f"{{{WP}}}anchor"), *para.el.iter(f"{{{WP}}}inline")]:
        probe = Para(holder, "", para.section, para.place)
        extent = holder.find(f"{{{WP}}}extent")
        if has_line_shape(probe) and extent is not None:
            try:
                out.append(int(extent.get("cx", "0")))
            except ValueError:
                continue
    if not out:
        for node in para.el.iter(f"{{{NS['v']}}}line", f"{{{NS['v']}}}shape"):
            match = VML_WIDTH.search(node.get("style") or "")
            probe = Para(node, "", para.section, para.place)
            if match and has_line_shape(probe):
                out.append(int(float(match[1]) * VML_EMU[match[2]]))
    return [length for length in out if length > 0]


def underscore_length(span: Span, size: float) -> int | None:
    """Length (EMU) of a rule typed as underscores (an underscore is half an em wide)."""
    text = span.text.replace(" ", "")
    if not UNDERSCORES.match(text):
        return None
    return int(len(text) * 0.5 * size * EMU_PER_PT)


# Rule length over text width: the Tiêu ngữ's rule as long as the line, the issuing body's a third to a half of it,
# each widened by the estimate's error.
LIMITS = {"tieu": (0.85, 1.2), "issuer": (0.25, 0.65)}


def rule_ratio(paras: list[Para], anchor: Span, size: float, underscore_size: float) -> float | None:
    """The length of the first measurable rule under ``anchor`` (in the same table column, within the next two
    paragraphs) over the anchor's estimated width; None when there is none to measure (a header laid out with
    tabs holds both rules in one paragraph: not measured)."""
    if not anchor.para.in_table or anchor.para not in paras:
        return None
    start = paras.index(anchor.para)
    for para in paras[start : start + 3]:
        if para.in_table != anchor.para.in_table or para.column != anchor.para.column:
            continue
        lengths = drawn_lengths(para)
        lengths += [u for s in para.lines if (u := underscore_length(s, underscore_size)) is not None]
        if lengths:
            width = text_width(anchor.text, size, bold=True)
            cell = cell_width(anchor.para)
            if cell is not None and width > cell:
                return None  # the line wraps in its cell: how long its longest line is, only a layout knows
            return lengths[0] / width
    return None


def cell_width(para: Para) -> float | None:
    """The text width of the table cell holding ``para`` in EMU (its declared width less Word's default cell
    margins), None when the cell does not declare it in twips."""
    tc = next(para.el.iterancestors(w("tc")), None)
    width = tc.find(f"{w('tcPr')}/{w('tcW')}") if tc is not None else None
    if width is None or wattr(width, "type") not in (None, "dxa"):
        return None
    try:
        return (int(float(wattr(width, "w") or 0)) - 216) * 635.0
    except ValueError:
        return None

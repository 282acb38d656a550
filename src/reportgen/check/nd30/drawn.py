"""What a reader sees drawn on the page rather than typed: a drawn line or connector (DrawingML or VML), text
underlined into a rule, a paragraph's bottom border, table and cell borders, a paragraph's centring, and the
paragraphs typed into text boxes, each placed on the side of the page its box stands on.
"""

from __future__ import annotations

import re

from .docxmodel import NS, DocModel, Para, Span, TableInfo, paragraph_text, w, wattr

NO_BORDER = ("none", "nil")
LINE_GEOMETRY = f"{{{NS['a']}}}prstGeom"
CONNECTOR = f"{{{NS['wps']}}}cNvCnPr"
VML_LINE = f"{{{NS['v']}}}line"
VML_SHAPE = f"{{{NS['v']}}}shape"
LINE_PRESETS = ("line", "straightConnector1")
VML_LINE_TYPES = ("#_x0000_t32", "#_x0000_t20")  # Word 2007 straight (arrow) connector, straight line
HALF_TEXT_EMU = 2_880_000  # half of a 16 cm text column
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


def bottom_border(para: Para) -> bool:
    bottom = para.el.find(f"{w('pPr')}/{w('pBdr')}/{w('bottom')}")
    return bottom is not None and (wattr(bottom, "val") or "none") not in NO_BORDER


def is_centred(para: Para) -> bool:
    jc = para.el.find(f"{w('pPr')}/{w('jc')}")
    return wattr(jc, "val") in ("center", "right", "end")

"""Tables, sections and header/footer parts of a document: the frame the paragraphs sit in.

A table is kept with its cells as lists of paragraphs (nested tables read as tables of their own), a section
with its page setup read in any length notation a tool writes, and header and footer parts found through the
section's relationships so that a missing part is skipped, never created (python-docx would create it). Apart
from ``docxmodel.py`` so that the document walk there stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document as DocxDocument

from .ooxml import FALSE_VALUES, Element, element_of, measure, w, wattr
from .paragraphs import Para


@dataclass
class TableInfo:
    """A table with its cells as lists of paragraphs; ``cells[row][col]``. Paragraphs of tables nested in a
    cell are not the cell's: they are in ``nested``, read as tables of their own."""

    el: Element
    number: int
    section: int
    cells: list[list[list[Para]]]
    nested: list[TableInfo] = field(default_factory=list)

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.cells), default=0)

    def column(self, index: int) -> list[Para]:
        """All paragraphs of one column, top to bottom (a negative index counts from the right)."""
        paras: list[Para] = []
        for row in self.cells:
            if row and -len(row) <= index < len(row):
                paras.extend(row[index])
        return paras

    def paragraphs(self) -> list[Para]:
        return [p for row in self.cells for cell in row for p in cell]

    def all_tables(self) -> list[TableInfo]:
        return [self, *(t for n in self.nested for t in n.all_tables())]


Block = Para | TableInfo


@dataclass(frozen=True)
class Sect:
    """One section's page setup, read from its w:sectPr with any length notation Word or another tool writes."""

    number: int
    el: Element
    width: float | None
    height: float | None
    margins: dict[str, float | None]
    title_page: bool
    number_format: str | None

    @property
    def landscape(self) -> bool:
        return bool(self.width and self.height and self.width > self.height)


def read_sect(number: int, el: Element) -> Sect:
    size, mar = el.find(w("pgSz")), el.find(w("pgMar"))
    margins = {edge: measure(wattr(mar, edge)) for edge in ("top", "bottom", "left", "right")}
    margins = {edge: None if v is None else abs(v) for edge, v in margins.items()}
    title = el.find(w("titlePg"))
    title_page = title is not None and (wattr(title, "val") or "true").lower() not in FALSE_VALUES
    return Sect(
        number,
        el,
        measure(wattr(size, "w")),
        measure(wattr(size, "h")),
        margins,
        title_page,
        wattr(el.find(w("pgNumType")), "fmt"),
    )


def owner_table(el: Element) -> Element | None:
    for ancestor in el.iterancestors(w("tbl")):
        return ancestor
    return None


def cells_of(tr: Element) -> list[Element]:
    return [tc for tc in tr if tc.tag == w("tc") or tc.tag == w("sdt")]


def header_footer_parts(document: DocxDocument) -> list[tuple[str, Element, int, tuple[str, str]]]:
    """(label, root element, section number, (header|footer, default|first|even)) for every header and footer
    a section names, read from the relationships so that a missing part is skipped, not created."""
    body = element_of(document).body
    part = document.part
    labels = {
        ("header", "default"): "đầu trang",
        ("header", "first"): "đầu trang trang đầu",
        ("header", "even"): "đầu trang trang chẵn",
        ("footer", "default"): "chân trang",
        ("footer", "first"): "chân trang trang đầu",
        ("footer", "even"): "chân trang trang chẵn",
    }
    rel_attr = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    found: list[tuple[str, Element, int, tuple[str, str]]] = []
    for number, sect in enumerate(body.iter(w("sectPr")), start=1):
        for ref in sect:
            kind = str(ref.tag).rsplit("}", 1)[-1].removesuffix("Reference")
            if kind not in ("header", "footer"):
                continue
            key = (kind, wattr(ref, "type") or "default")
            try:
                related = part.related_parts[ref.get(rel_attr)]
                root = related.element
            except (KeyError, AttributeError):
                continue
            found.append((f"{labels.get(key, kind)} mục {number}", root, number, key))
    return found

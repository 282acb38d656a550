"""A document read as a reader meets it: blocks in reading order, each paragraph with a place to find it by.

The rules need more than python-docx's object model gives (text in hyperlinks, fields and content controls,
sections read without python-docx's integer-only measures, header parts without creating missing ones), so they
work on the XML; the single place that reaches past python-docx's public attributes is ``element_of``.

This module walks the body in reading order and numbers what it finds (pages as Word last laid them out,
sections, tables); the pieces live by job: ``runs.py`` (a paragraph's visible text), ``paragraphs.py`` (``Para``
and its ``Span`` lines), ``layout.py`` (tables, sections, header/footer parts), ``package.py`` (opening the
file). The rules import all of them from here, the one stable name for the document model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docx.document import Document as DocxDocument

from .layout import Block, Sect, TableInfo, cells_of, header_footer_parts, owner_table, read_sect
from .ooxml import FALSE_VALUES, NS, Element, element_of, measure, w, wattr
from .package import open_document
from .paragraphs import Para, Span
from .runs import nfc, own_runs, paragraph_text, pieces, run_text
from .styles import StyleResolver

__all__ = [  # the rules read them here
    "FALSE_VALUES",
    "NS",
    "Block",
    "DocModel",
    "Element",
    "Para",
    "Sect",
    "Span",
    "TableInfo",
    "element_of",
    "load",
    "measure",
    "nfc",
    "open_document",
    "own_runs",
    "paragraph_text",
    "pieces",
    "run_text",
    "w",
    "wattr",
]


class DocModel:
    """A document laid out as blocks in reading order, with its sections and their header parts."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.styles = StyleResolver(document)
        body = element_of(document).body
        self.sects: list[Sect] = [read_sect(n, el) for n, el in enumerate(body.iter(w("sectPr")), start=1)]
        self.blocks: list[Block] = []
        self._section, self._index, self._tables = 1, 0, 0
        # Pages as Word last laid them out (it saves a mark where each page began); other tools save none.
        self.paged = body.find(f".//{w('lastRenderedPageBreak')}") is not None
        self._page = 1
        self.section_pages: dict[int, int] = {1: 1}
        self._read(body)
        self._parts = header_footer_parts(document)

    def _read(self, container: Element) -> None:
        for child in container:
            if child.tag == w("p"):
                self._index += 1
                page = self._turn_pages(child)
                place = f"trang {page}, đoạn {self._index}" if self.paged else f"đoạn {self._index}"
                self.blocks.append(Para(child, paragraph_text(child), self._section, place))
                if child.find(f"{w('pPr')}/{w('sectPr')}") is not None:
                    self._section += 1
                    self.section_pages[self._section] = self._page + 1
            elif child.tag == w("tbl"):
                self._tables += 1
                page = self._turn_pages(child)
                label = f"trang {page}, bảng {self._tables}" if self.paged else f"bảng {self._tables}"
                self.blocks.append(self._table(child, self._tables, label))
            elif child.tag in (w("sdt"), w("customXml")):  # a content control: its content is body text
                content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
                if content is not None:
                    self._read(content)

    def _turn_pages(self, el: Element) -> int:
        """The page ``el`` starts on, counting the page marks and page breaks it holds for what follows."""
        if not self.paged:
            return self._page
        marks = [
            m for m in el.iter(w("lastRenderedPageBreak"), w("br")) if m.tag != w("br") or wattr(m, "type") == "page"
        ]
        first_text = next((t for t in el.iter(w("t")) if (t.text or "").strip()), None)
        before = 0
        if marks and first_text is not None:
            order = {id(node): index for index, node in enumerate(el.iter())}
            before = sum(1 for m in marks if order[id(m)] < order[id(first_text)])
        start = self._page + before
        self._page += len(marks)
        return start

    def read_part(self, part: Element, label: str) -> list[Block]:
        """The paragraphs and tables of a header or footer part, as blocks placed in that part."""
        blocks: list[Block] = []
        for index, child in enumerate(part, start=1):
            if child.tag == w("p"):
                blocks.append(Para(child, paragraph_text(child), 1, f"{label}, đoạn {index}"))
            elif child.tag == w("tbl"):
                blocks.append(self._table(child, 0, f"{label}, bảng"))
        return blocks

    def place_of_section(self, number: int) -> str:
        """«mục 2 (từ trang 8)» when Word's layout says where the section starts."""
        page = self.section_pages.get(number)
        return f"mục {number} (từ trang {page})" if self.paged and page else f"mục {number}"

    def _table(self, tbl: Element, number: int, label: str) -> TableInfo:
        cells: list[list[list[Para]]] = []
        nested: list[TableInfo] = []
        rows = [tr for tr in tbl.iter(w("tr")) if owner_table(tr) is tbl]
        columns = max((len(cells_of(tr)) for tr in rows), default=0)
        for r, tr in enumerate(rows, start=1):
            row: list[list[Para]] = []
            for c, tc in enumerate(cells_of(tr), start=1):
                place = f"{label}, ô ({r},{c})"
                paras = []
                for p in tc.iter(w("p")):
                    owner = owner_table(p)
                    if owner is tbl:
                        paras.append(Para(p, paragraph_text(p), self._section, place, c - 1, columns, number))
                for inner in tc.iter(w("tbl")):
                    if owner_table(inner) is tbl:
                        nested.append(self._table(inner, number, f"{place}, bảng lồng"))
                row.append(paras)
            cells.append(row)
        return TableInfo(tbl, number, self._section, cells, nested)

    def default_tab_stop(self) -> int:
        """The document's default tab stop in twips (Word's own default: 720, that is 1,27 cm)."""
        try:
            settings = element_of(self.document.settings)
        except (KeyError, AttributeError, TypeError):
            return 720
        value = measure(wattr(settings.find(w("defaultTabStop")), "val"))
        return int(value) if value and value > 0 else 720

    @property
    def sections(self) -> list[Sect]:
        return self.sects

    def body_paragraphs(self) -> list[Para]:
        return [b for b in self.blocks if isinstance(b, Para)]

    def tables(self) -> list[TableInfo]:
        return [t for b in self.blocks if isinstance(b, TableInfo) for t in b.all_tables()]

    def all_paragraphs(self) -> Iterator[Para]:
        """Every paragraph a reader can see: body, table cells (nested ones too), headers and footers."""
        for block in self.blocks:
            if isinstance(block, Para):
                yield block
            else:
                for table in block.all_tables():
                    yield from table.paragraphs()
        for label, el in self.story_parts():
            for p in el.iter(w("p")):
                yield Para(p, paragraph_text(p), 0, label)

    def story_parts(self) -> list[tuple[str, Element]]:
        """Header and footer parts defined by each section (inherited ones are listed once, where defined)."""
        return [(label, el) for label, el, _, _ in self._parts]

    def header_of(self, index: int, first_page: bool = False) -> Element | None:
        """The header part a section shows (its own or the one it inherits), None when there is none."""
        kind = "first" if first_page else "default"
        for number in range(index + 1, 0, -1):
            for _, el, section, hf_kind in self._parts:
                if section == number and hf_kind == ("header", kind):
                    return el
        return None


def load(source: Path | bytes | DocxDocument | DocModel) -> DocModel:
    if isinstance(source, DocModel):
        return source
    if isinstance(source, Path | bytes):
        return DocModel(open_document(source))
    return DocModel(source)

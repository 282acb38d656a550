"""A document read as a reader meets it: blocks in reading order, each paragraph with a place to find it by.

The rules need more than python-docx's object model gives (text in hyperlinks and fields, sections of a
paragraph, header parts without creating missing ones), so they work on the XML; the single place that reaches
past python-docx's public attributes is ``element_of``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.section import Section

from .ooxml import FALSE_VALUES, NS, Element, element_of, w, wattr

__all__ = ["FALSE_VALUES", "NS", "Element", "element_of", "w", "wattr"]  # re-exported: the rules read them from here
from .styles import StyleResolver

EXCERPT = 40


def paragraph_text(p: Element) -> str:
    """Visible text of a paragraph: tabs and breaks kept, text boxes and deleted text left out."""
    parts: list[str] = []
    for node in p.iter(w("t"), w("tab"), w("br"), w("cr")):
        if _in_text_box(node, p):
            continue
        tag = str(node.tag).rsplit("}", 1)[-1]
        if tag == "t":
            parts.append(node.text or "")
        elif tag == "tab" and node.getparent().tag == w("r"):
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
    return "".join(parts)


def _in_text_box(node: Element, p: Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag == w("txbxContent"):
            return True
    return False


def own_runs(p: Element) -> list[Element]:
    """The runs of this paragraph that carry text (runs in hyperlinks and fields included, text boxes not)."""
    return [r for r in p.iter(w("r")) if not _in_text_box(r, p) and r.find(w("t")) is not None]


def run_text(r: Element) -> str:
    return "".join(t.text or "" for t in r.iter(w("t")))


@dataclass
class Para:
    """A paragraph and where a person would find it."""

    el: Element
    text: str
    section: int
    place: str

    @property
    def location(self) -> str:
        excerpt = " ".join(self.text.split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[: EXCERPT - 1] + "…"
        return f"{self.place}: «{excerpt}»" if excerpt else self.place

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class TableInfo:
    """A table with its cells as lists of paragraphs; ``cells[row][col]``."""

    el: Element
    number: int
    section: int
    cells: list[list[list[Para]]]

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


Block = Para | TableInfo


def open_document(source: Path | bytes) -> DocxDocument:
    stream = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return docx.Document(stream)


class DocModel:
    """A document laid out as blocks in reading order, with its sections and their header parts."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.styles = StyleResolver(document)
        self.sections: list[Section] = list(document.sections)
        self.blocks: list[Block] = []
        self._read_body(element_of(document).body)

    def _read_body(self, body: Element) -> None:
        section, index, tables = 1, 0, 0
        for child in body:
            if child.tag == w("p"):
                index += 1
                place = f"mục {section}, đoạn {index}"
                self.blocks.append(Para(child, paragraph_text(child), section, place))
                if child.find(f"{w('pPr')}/{w('sectPr')}") is not None:
                    section += 1
            elif child.tag == w("tbl"):
                tables += 1
                self.blocks.append(read_table(child, tables, section, f"bảng {tables}"))

    def body_paragraphs(self) -> list[Para]:
        return [b for b in self.blocks if isinstance(b, Para)]

    def tables(self) -> list[TableInfo]:
        return [b for b in self.blocks if isinstance(b, TableInfo)]

    def all_paragraphs(self) -> Iterator[Para]:
        """Every paragraph a reader can see: body, table cells, headers and footers."""
        for block in self.blocks:
            yield from [block] if isinstance(block, Para) else block.paragraphs()
        for label, el in self.story_parts():
            for p in el.iter(w("p")):
                yield Para(p, paragraph_text(p), 0, label)

    def story_parts(self) -> list[tuple[str, Element]]:
        """Header and footer parts defined by each section (inherited ones are listed once, where defined)."""
        parts: list[tuple[str, Element]] = []
        for number, section in enumerate(self.sections, start=1):
            for label, hf in (
                ("đầu trang", section.header),
                ("đầu trang trang đầu", section.first_page_header),
                ("chân trang", section.footer),
                ("chân trang trang đầu", section.first_page_footer),
            ):
                if not hf.is_linked_to_previous:
                    parts.append((f"{label} mục {number}", hf.part.element))
        return parts

    def header_of(self, index: int, first_page: bool = False) -> Element | None:
        """The header part a section shows (its own or the one it inherits), None when there is none."""
        for section in reversed(self.sections[: index + 1]):
            hf = section.first_page_header if first_page else section.header
            if not hf.is_linked_to_previous:
                return hf.part.element
        return None


def read_table(tbl: Element, number: int, section: int, label: str) -> TableInfo:
    cells: list[list[list[Para]]] = []
    for r, tr in enumerate(tbl.findall(w("tr")), start=1):
        row: list[list[Para]] = []
        for c, tc in enumerate(tr.findall(w("tc")), start=1):
            place = f"{label}, ô ({r},{c})"
            row.append([Para(p, paragraph_text(p), section, place) for p in tc.iter(w("p"))])
        cells.append(row)
    return TableInfo(tbl, number, section, cells)


def load(source: Path | bytes | DocxDocument | DocModel) -> DocModel:
    if isinstance(source, DocModel):
        return source
    if isinstance(source, Path | bytes):
        return DocModel(open_document(source))
    return DocModel(source)

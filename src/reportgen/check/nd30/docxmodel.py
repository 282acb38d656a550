"""A document read as a reader meets it: blocks in reading order, each paragraph with a place to find it by.

The rules need more than python-docx's object model gives (text in hyperlinks, fields and content controls,
sections read without python-docx's integer-only measures, header parts without creating missing ones), so they
work on the XML; the single place that reaches past python-docx's public attributes is ``element_of``.

Text is kept twice: ``raw`` as the file holds it (for the NFC rule) and ``text`` NFC-normalised, which every
rule matches against, so that a decomposed «Ộ» reads as the «Ộ» a person sees. A paragraph also splits into
``lines`` (at line breaks) and ``spans`` (lines cut at tabs or long runs of spaces), because staff lay out the
header, the signature and the Nơi nhận with tabs and spaces as often as with tables.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import docx
from docx.document import Document as DocxDocument

from .ooxml import FALSE_VALUES, NS, Element, element_of, measure, w, wattr
from .strict import is_strict, to_transitional
from .styles import StyleResolver

__all__ = ["FALSE_VALUES", "NS", "Element", "element_of", "measure", "w", "wattr"]  # the rules read them here

EXCERPT = 40
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
OTHER_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
T, TAB, BR, CR, R, TXBX, DEL = (w(tag) for tag in ("t", "tab", "br", "cr", "r", "txbxContent", "del"))
RPR, VANISH, VAL = w("rPr"), w("vanish"), w("val")
GAP = re.compile(r"\t+|\s{3,}")  # what separates the left and right halves of a line laid out by hand


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _in_text_box(node: Element, p: Element) -> bool:
    for ancestor in node.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in (w("txbxContent"), w("del")):
            return True
    return False


def pieces(p: Element) -> list[tuple[Element | None, str]]:
    """Visible text of a paragraph as (run, text) pieces: tabs and breaks kept, text boxes and deleted text
    left out."""
    parts: list[tuple[Element | None, str]] = []
    boxed = p.find(f".//{TXBX}") is not None or p.find(f".//{DEL}") is not None
    maybe_hidden = next(p.iter(VANISH), None) is not None  # most paragraphs hide nothing: skip the look-up
    for node in p.iter(T, TAB, BR, CR):
        if boxed and _in_text_box(node, p):
            continue
        tag = node.tag
        parent = node.getparent()
        run = parent if parent is not None and parent.tag == R else None
        if maybe_hidden and run is not None and _hidden(run):
            continue
        if tag == T:
            parts.append((run, node.text or ""))
        elif tag == TAB:
            if run is not None:
                parts.append((run, "\t"))
        elif wattr(node, "type") in (None, "textWrapping"):
            parts.append((run, "\n"))
    return parts


def _hidden(run: Element) -> bool:
    """Hidden text (Ẩn chữ): not on the page, so not judged."""
    rpr = run.find(RPR)
    vanish = None if rpr is None else rpr.find(VANISH)
    return vanish is not None and str(vanish.get(VAL, "true")).lower() not in FALSE_VALUES


def paragraph_text(p: Element) -> str:
    return "".join(text for _, text in pieces(p))


def own_runs(p: Element) -> list[Element]:
    """The runs of this paragraph that carry text (runs in hyperlinks and fields included, text boxes not)."""
    boxed = p.find(f".//{TXBX}") is not None or p.find(f".//{DEL}") is not None
    return [r for r in p.iter(R) if r.find(T) is not None and not (boxed and _in_text_box(r, p))]


def run_text(r: Element) -> str:
    return "".join(t.text or "" for t in r.iter(w("t")))


@dataclass
class Span:
    """A stretch of one paragraph a reader takes as one line of text: a whole paragraph, one line of it, or
    one side of a line laid out with tabs or spaces. ``alone`` when it is the paragraph's only text, so the
    paragraph's alignment is its own."""

    para: Para
    text: str  # NFC, stripped
    runs: list[Element]
    alone: bool
    position: int = 0  # 0 for the first (left) span of its line, counted up
    of: int = 1  # spans on its line
    lead: int = 0  # leading blanks before it on its line (a tab counts as 8)
    cell_side: str = ""  # the side of the table column holding it, when that decides

    @property
    def location(self) -> str:
        return self.para.place_of(self.text)

    @property
    def stripped(self) -> str:
        return self.text

    @property
    def side(self) -> str:
        """«L», «R» or «C»: which half of a laid-out line this span is on («C»: the line has one span)."""
        if self.of == 1:
            return self.cell_side or "C"
        return "L" if self.position == 0 else "R"


@dataclass
class Para:
    """A paragraph and where a person would find it."""

    el: Element
    raw: str
    section: int
    place: str
    column: int = -1  # column of the table cell holding it (-1: body), counted from the left
    columns: int = 1  # columns of that table
    in_table: int = 0  # table number, 0 for a body paragraph
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = nfc(self.raw)

    def place_of(self, text: str) -> str:
        excerpt = " ".join(text.split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[: EXCERPT - 1] + "…"
        return f"{self.place}: «{excerpt}»" if excerpt else self.place

    @property
    def location(self) -> str:
        return self.place_of(self.text)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @cached_property
    def lines(self) -> list[Span]:
        """The paragraph cut at its line breaks (the Quốc hiệu and Tiêu ngữ are often one paragraph)."""
        out: list[Span] = []
        for line in self._cut("\n"):
            span = self._merge(line)
            if span.text:
                text = "".join(t for _, t in line)
                blank = text[: len(text) - len(text.lstrip())]
                span.lead = len(blank) + 7 * blank.count("\t")  # a line pushed into place with spaces or tabs
                out.append(span)
        return out

    @cached_property
    def spans(self) -> list[Span]:
        """Lines cut again at tabs and long runs of spaces: «ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …» is two spans."""
        out: list[Span] = []
        for line in self._cut("\n"):
            text = "".join(t for _, t in line)
            blank = text[: len(text) - len(text.lstrip())]
            texts = _join_blanks([part for part in self._split_gaps(line) if "".join(t for _, t in part).strip()])
            for position, part in enumerate(texts):
                span = self._merge(part)
                span.position, span.of = position, len(texts)
                span.lead = len(blank) + 7 * blank.count("\t") if position == 0 else 0
                out.append(span)
        only = [s for s in out if s.text]
        for span in only:
            span.alone = len(only) == 1
        return only

    @cached_property
    def parts(self) -> list[tuple[Element | None, str]]:
        return pieces(self.el)

    @cached_property
    def run_texts(self) -> list[tuple[Element, str]]:
        """Each run carrying visible text, once, with its text (a run's text may come in several pieces)."""
        texts: dict[int, tuple[Element, list[str]]] = {}
        for run, text in self.parts:
            if run is not None and text not in ("\t", "\n"):
                texts.setdefault(id(run), (run, []))[1].append(text)
        return [(run, "".join(chunks)) for run, chunks in texts.values() if "".join(chunks).strip()]

    def _cut(self, mark: str) -> list[list[tuple[Element | None, str]]]:
        lines: list[list[tuple[Element | None, str]]] = [[]]
        for run, text in self.parts:
            chunks = text.split(mark)
            for index, chunk in enumerate(chunks):
                if index:
                    lines.append([])
                if chunk:
                    lines[-1].append((run, chunk))
        return lines

    @staticmethod
    def _split_gaps(line: list[tuple[Element | None, str]]) -> list[list[tuple[Element | None, str]]]:
        text = "".join(t for _, t in line)
        cuts = [m.span() for m in GAP.finditer(text.strip()) if m.group(0) != " "]
        if not cuts:
            return [line]
        offset = len(text) - len(text.lstrip())
        cuts = [(a + offset, b + offset) for a, b in cuts]
        parts: list[list[tuple[Element | None, str]]] = [[]]
        position = 0
        for run, chunk in line:
            for ch in chunk:
                if any(a <= position < b for a, b in cuts):
                    if parts[-1]:
                        parts.append([])
                else:
                    parts[-1].append((run, ch))
                position += 1
        return [part for part in parts if part]

    def _merge(self, part: list[tuple[Element | None, str]]) -> Span:
        runs: list[Element] = []
        for run, chunk in part:
            if run is not None and chunk.strip() and all(run is not r for r in runs):
                runs.append(run)
        text = nfc("".join(t for _, t in part)).strip()
        return Span(self, text, runs, alone=text == self.stripped)


BLANK_BEFORE = re.compile(r"(Số\s*:?|ngày|tháng|năm)$")
BLANK_AFTER = re.compile(r"^(/|tháng\b|năm\b)")


def _join_blanks(parts: list[list[tuple[Element | None, str]]]) -> list[list[tuple[Element | None, str]]]:
    """Glue back a gap that is a draft's blank, not a column break: «Số:      /UBND», «ngày      tháng»."""
    out: list[list[tuple[Element | None, str]]] = []
    for part in parts:
        text = "".join(t for _, t in part).strip()
        if out:
            before = "".join(t for _, t in out[-1]).strip()
            if BLANK_BEFORE.search(before) or BLANK_AFTER.match(text):
                out[-1] = [*out[-1], (None, " "), *part]
                continue
        out.append(part)
    return out


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


def _read_sect(number: int, el: Element) -> Sect:
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


def _as_document(data: bytes) -> bytes:
    """A template (.dotx), macro document (.docm) or macro template read as the document it holds: only the
    main part's content type differs, and python-docx refuses anything but the plain document type."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        try:
            types = package.read("[Content_Types].xml").decode("utf-8", "replace")
            strict = is_strict(package.read("_rels/.rels"))
        except KeyError:
            return data
        if strict:
            return _renamed(package, to_transitional)
        if not any(kind in types for kind in OTHER_MAIN_TYPES):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in package.infolist():
                body = package.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    for kind in OTHER_MAIN_TYPES:
                        types = types.replace(kind, DOCUMENT_TYPE)
                    body = types.encode("utf-8")
                copy.writestr(info, body)
        return out.getvalue()


def _renamed(package: zipfile.ZipFile, rename: Callable[[bytes], bytes]) -> bytes:
    """The package with every XML part and relationship part passed through ``rename``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            body = package.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                body = rename(body)
            copy.writestr(info, body)
    return out.getvalue()


def open_document(source: Path | bytes) -> DocxDocument:
    data = source if isinstance(source, bytes) else source.read_bytes()
    return docx.Document(io.BytesIO(_as_document(data)))


class DocModel:
    """A document laid out as blocks in reading order, with its sections and their header parts."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.styles = StyleResolver(document)
        body = element_of(document).body
        self.sects: list[Sect] = [_read_sect(n, el) for n, el in enumerate(body.iter(w("sectPr")), start=1)]
        self.blocks: list[Block] = []
        self._section, self._index, self._tables = 1, 0, 0
        # Pages as Word last laid them out (it saves a mark where each page began); other tools save none.
        self.paged = body.find(f".//{w('lastRenderedPageBreak')}") is not None
        self._page = 1
        self.section_pages: dict[int, int] = {1: 1}
        self._read(body)
        self._parts = _story_parts(document)

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
        rows = [tr for tr in tbl.iter(w("tr")) if _owner_table(tr) is tbl]
        columns = max((len(_cells(tr)) for tr in rows), default=0)
        for r, tr in enumerate(rows, start=1):
            row: list[list[Para]] = []
            for c, tc in enumerate(_cells(tr), start=1):
                place = f"{label}, ô ({r},{c})"
                paras = []
                for p in tc.iter(w("p")):
                    owner = _owner_table(p)
                    if owner is tbl:
                        paras.append(Para(p, paragraph_text(p), self._section, place, c - 1, columns, number))
                for inner in tc.iter(w("tbl")):
                    if _owner_table(inner) is tbl:
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


def _owner_table(el: Element) -> Element | None:
    for ancestor in el.iterancestors(w("tbl")):
        return ancestor
    return None


def _cells(tr: Element) -> list[Element]:
    return [tc for tc in tr if tc.tag == w("tc") or tc.tag == w("sdt")]


def _story_parts(document: DocxDocument) -> list[tuple[str, Element, int, tuple[str, str]]]:
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


def load(source: Path | bytes | DocxDocument | DocModel) -> DocModel:
    if isinstance(source, DocModel):
        return source
    if isinstance(source, Path | bytes):
        return DocModel(open_document(source))
    return DocModel(source)

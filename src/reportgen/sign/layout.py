"""Where a signature goes on the rendered page: between the signer's title and name, centred on the signature cell.

The signer's lines are read from the .docx with the checker's own structure finder (the same words `reportgen
check` calls the signature block); their places on the page are read from the PDF with poppler's
``pdftotext -bbox-layout``, so the box follows the real layout, not a guess from the template.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from reportgen.check.nd30.docxmodel import DocModel, load
from reportgen.check.nd30.profiles import KIND_ABBREVIATIONS, SPEECH_TITLES
from reportgen.check.nd30.structure import find_structure
from reportgen.problems import OutputError

MM = 72 / 25.4  # PDF points per millimetre
GAP = 1.5 * MM  # clear space kept above the name and below the title
MIN_WIDTH = 40 * MM
MAX_WIDTH = 70 * MM


@dataclass(frozen=True)
class Line:
    """One text line of a PDF page, top-left origin in points (as pdftotext gives it)."""

    page: int  # 1-based
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]
    words: tuple[Line, ...]


@dataclass(frozen=True)
class SignatureBox:
    """A place for one signer's signature image, in PDF user space (origin bottom-left), on ``page`` (1-based)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    signer: str  # the name under the box

    @property
    def centre_x(self) -> float:
        return (self.x0 + self.x1) / 2


def signers(docx: Path) -> list[tuple[str, str]]:
    """(last title line, name) of each signer column, left to right; empty for a document signed by no one."""
    model = load(docx)
    structure = find_structure(model, KIND_ABBREVIATIONS, SPEECH_TITLES)
    columns = structure.sig_columns or ([structure.signer] if structure.signer else [])
    found: list[tuple[str, str]] = []
    for column in columns:
        texts = [span.text for span in column if span.text.strip()]
        if len(texts) >= 2:
            found.append((texts[-2], texts[-1]))
    return found or _typed_signer(model)


def _typed_signer(model: DocModel) -> list[tuple[str, str]]:
    """A signature typed as the last two paragraphs (a letter to a partner has no signature table): a title in
    capitals, then a name that is not."""
    body = [p.stripped for p in model.body_paragraphs() if p.stripped and not p.in_table]
    if len(body) >= 2 and body[-2].isupper() and len(body[-2]) > 3 and not body[-1].isupper():
        return [(body[-2], body[-1])]
    return []


def read_pages(pdf: Path) -> list[Page]:
    """Every page's lines and words with their boxes, read with ``pdftotext -bbox-layout``."""
    program = shutil.which("pdftotext")
    if program is None:
        raise OutputError("Không tìm thấy pdftotext (gói poppler-utils) để đo vị trí chữ ký trên trang PDF.")
    run = subprocess.run([program, "-bbox-layout", str(pdf), "-"], capture_output=True, timeout=120, check=False)
    if run.returncode != 0:
        raise OutputError(f"pdftotext không đọc được {pdf.name}.")
    return _parse(run.stdout)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _box(element: ElementTree.Element, page: int, text: str) -> Line:
    get = element.attrib.get
    return Line(page, text, float(get("xMin", 0)), float(get("yMin", 0)), float(get("xMax", 0)), float(get("yMax", 0)))


def _parse(html: bytes) -> list[Page]:
    root = ElementTree.fromstring(html)
    pages: list[Page] = []
    for node in root.iter():
        if _local(node.tag) != "page":
            continue
        number = len(pages) + 1
        lines: list[Line] = []
        words: list[Line] = []
        for line in (n for n in node.iter() if _local(n.tag) == "line"):
            parts = [w for w in line if _local(w.tag) == "word"]
            words.extend(_box(w, number, _nfc(w.text or "")) for w in parts)
            lines.append(_box(line, number, _nfc(" ".join(w.text or "" for w in parts))))
        pages.append(
            Page(number, float(node.attrib["width"]), float(node.attrib["height"]), tuple(lines), tuple(words))
        )
    return pages


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _same(a: str, b: str) -> bool:
    return _nfc(a).casefold() == _nfc(b).casefold()


def place(pages: list[Page], title: str, name: str) -> SignatureBox | None:
    """The box between the last line of ``title`` and ``name`` on the last page that has both, or None."""
    for page in reversed(pages):
        names = [line for line in page.lines if _same(line.text, name)]
        for name_line in reversed(names):
            above = [
                line
                for line in page.lines
                if line.y1 <= name_line.y0 and line.x0 < name_line.x1 and line.x1 > name_line.x0 and line.text
            ]
            if not above:
                continue
            title_line = max(above, key=lambda line: line.y1)
            if not _same(title_line.text, title) and not title.casefold().endswith(title_line.text.casefold()):
                continue
            return _between(page, title_line, name_line)
    return None


def _between(page: Page, title: Line, name: Line) -> SignatureBox:
    centre = (title.centre + name.centre) / 2
    width = min(MAX_WIDTH, max(MIN_WIDTH, title.x1 - title.x0, name.x1 - name.x0))
    top = title.y1 + GAP
    bottom = name.y0 - GAP
    return SignatureBox(
        page=page.number,
        x0=centre - width / 2,
        x1=centre + width / 2,
        y0=page.height - bottom,
        y1=page.height - top,
        signer=name.text,
    )


def signature_boxes(docx: Path, pdf: Path) -> list[SignatureBox]:
    """One box per signer of ``docx`` found on its rendered ``pdf`` (a signer not found on the page is skipped)."""
    wanted = signers(docx)
    if not wanted:
        return []
    pages = read_pages(pdf)
    boxes = [place(pages, title, name) for title, name in wanted]
    return [box for box in boxes if box is not None]

"""The sign-ready PDF of every kind: one empty signature field per signer, between the title and the name.

Each kind's first example is built and turned into PDF/A by the real LibreOffice; the field's place is then
measured against the page as poppler reads it (``pdftotext -bbox``) and against the signature cell of the .docx
(its column widths and the page margin), not against the code's own numbers.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from reportgen import kinds
from reportgen.blocks.profile import Block
from reportgen.make.pipeline import build_file, pdf_for
from reportgen.sign.layout import MM, Line, SignatureBox, read_pages, signers
from reportgen.sign.ready import make_sign_ready

pytestmark = pytest.mark.libreoffice

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Built:
    kind: str
    docx: Path
    pdf: Path
    boxes: list[SignatureBox]
    before: bytes  # the PDF/A file as LibreOffice wrote it, before the fields were added


def first_example(kind: str) -> Path:
    examples = sorted((ROOT / "inputs").glob(f"{kind}-*.yaml"))
    assert examples, f"no example for {kind}"
    return examples[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    out = tmp_path_factory.mktemp("sign-ready")
    main_documents: list[tuple[str, Path]] = []
    for kind in kinds.available():
        if not kinds.get(kind).templates:  # a data kind (a partner list) prints nothing to sign
            continue
        result = build_file(first_example(kind), out / kind)
        assert result.ok, (kind, result.problems, result.output_error)
        main_documents.append((kind, result.written[0]))  # the decision itself, not its certificates
    pdfs = pdf_for([path for _, path in main_documents], pdf_a=True)
    by_stem = {pdf.with_suffix("").name: pdf for pdf in pdfs}
    found = []
    for kind, path in main_documents:
        pdf = by_stem[path.with_suffix("").name]
        before = pdf.read_bytes()
        found.append(Built(kind, path, pdf, make_sign_ready(path, pdf).boxes, before))
    return found


def cell_centre(document: DocxDocument, name: str) -> float:
    """Horizontal centre (points from the page's left edge) of the table cell holding ``name``."""
    section = document.sections[-1]
    left = section.left_margin.pt if section.left_margin is not None else 0.0
    for table in document.tables:
        grid = [int(col.get(qn("w:w"))) / 20 for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        indent = table._tbl.tblPr.find(qn("w:tblInd"))
        start = left + (int(indent.get(qn("w:w"))) / 20 if indent is not None else 0.0)
        for row in table.rows:
            position = 0
            for tc in row._tr.tc_lst:
                span = tc.grid_span
                text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
                if name in text:
                    return start + sum(grid[:position]) + sum(grid[position : position + span]) / 2
                position += span
    for paragraph in document.paragraphs:  # a signature typed as paragraphs (a letter): centred between indents
        if paragraph.text.strip() == name:
            width = (section.page_width.pt if section.page_width else 0) - (
                section.right_margin.pt if section.right_margin else 0
            )
            fmt, style = paragraph.paragraph_format, paragraph.style
            indent = fmt.left_indent or (style.paragraph_format.left_indent if style else None)
            start = left + (indent.pt if indent else 0)
            return (start + width) / 2
    raise AssertionError(f"no table cell or paragraph holds {name}")


def overlaps(box: SignatureBox, word: Line, height: float) -> bool:
    top, bottom = height - box.y1, height - box.y0  # the box in pdftotext's top-left coordinates
    return word.x0 < box.x1 and word.x1 > box.x0 and word.y0 < bottom and word.y1 > top


def test_every_signed_kind_gets_a_field_for_each_signer(built: list[Built]) -> None:
    for item in built:
        expected = len(signers(item.docx))
        if not kinds.get(item.kind).profile.requires(Block.CHU_KY):  # speeches, a công hàm (initialled), a card
            assert item.boxes == [], item.kind
            continue
        assert expected >= 1, f"{item.kind}: no signer found in the document"
        assert len(item.boxes) == expected, item.kind
        listing = subprocess.run(["pdfsig", str(item.pdf)], capture_output=True, text=True, check=False).stdout
        assert listing.count("The signature form field is not signed.") == expected, (item.kind, listing)


def test_field_lies_between_title_and_name_on_the_signature_cell(built: list[Built]) -> None:
    for item in built:
        if not item.boxes:
            continue
        pages = read_pages(item.pdf)
        document = docx.Document(str(item.docx))
        for (title, name), box in zip(signers(item.docx), item.boxes, strict=True):
            page = pages[box.page - 1]
            top, bottom = page.height - box.y1, page.height - box.y0
            names = [line for line in page.lines if line.text == name and line.y0 >= bottom - 0.01]
            titles = [line for line in page.lines if title.endswith(line.text) and line.y1 <= top + 0.01]
            assert names and titles, (item.kind, name, title)
            assert bottom - top >= 10 * MM, f"{item.kind}: only {(bottom - top) / MM:.1f} mm for the signature"
            hits = [word.text for word in page.words if overlaps(box, word, page.height)]
            assert hits == [], f"{item.kind}: the field covers {hits}"
            centre = cell_centre(document, name)
            assert abs(box.centre_x - centre) <= 3 * MM, (item.kind, box.centre_x, centre)


def test_fields_are_an_update_of_the_pdf_a_file(built: list[Built]) -> None:
    """The fields are an incremental update: the PDF/A bytes LibreOffice wrote stay the file's first part."""
    for item in built:
        after = item.pdf.read_bytes()
        if not item.boxes:
            assert after == item.before, item.kind
            continue
        assert len(after) > len(item.before) and after.startswith(item.before), item.kind
        meta = subprocess.run(["pdfinfo", "-meta", str(item.pdf)], capture_output=True, text=True, check=True).stdout
        assert "pdfaid:part" in meta, item.kind

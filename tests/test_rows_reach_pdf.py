"""Every table row of a built document reaches the PDF LibreOffice makes of it (the PDF an office signs and issues).

LibreOffice 7.4 silently dropped records 3-18 of a report's summary table that began at a page foot with its header
and first record kept with the next (the table rules' keep-with-next): they were in the .docx, not in the PDF. The
document here is the one that lost them, built by the project's own rendering path (prepare → render_file, table
rules included); its table starts at the foot of page 1 exactly as it did.
"""

from __future__ import annotations

import subprocess
import unicodedata
import zipfile
from collections import Counter
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree

from reportgen.make.pdf import convert_to_pdf
from reportgen.make.pipeline import prepare
from reportgen.make.render import render_file
from test_hostile_text import ROOT, TEMPLATES

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TABLE_AT_PAGE_FOOT = ROOT / "inputs" / "bao_cao_nam-tp-ho-chi-minh-2017.yaml"


def squeeze(text: str) -> str:
    """Text without any white space: a cell's lines wrap differently in the PDF."""
    text = "".join(c for c in "".join(text.split()) if unicodedata.category(c) != "Cf")  # word joiners: unprinted
    return unicodedata.normalize("NFC", text)


def row_keys(docx: bytes) -> Counter[str]:
    """Each table row's longest cell text, counted (an appendix may repeat a row of the body)."""
    body = etree.fromstring(zipfile.ZipFile(BytesIO(docx)).read("word/document.xml"))
    keys: Counter[str] = Counter()
    for row in body.iter(f"{W}tr"):
        cells = ["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in row.findall(f"{W}tc")]
        key = max((squeeze(cell) for cell in cells), key=len, default="")
        if key:
            keys[key] += 1
    return keys


def rows_missing(docx: bytes, pdf: Path) -> dict[str, tuple[int, int]]:
    """Rows printed fewer times in the PDF than in the .docx: text → (in the PDF, in the .docx)."""
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    text = squeeze(raw.stdout.decode("utf-8"))
    return {key: (text.count(key), n) for key, n in row_keys(docx).items() if text.count(key) < n}


@pytest.mark.libreoffice
def test_every_row_of_a_table_starting_at_a_page_foot_reaches_the_pdf(tmp_path: Path) -> None:
    built = []
    for i, document in enumerate(prepare(TABLE_AT_PAGE_FOOT).documents):
        docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
        path = tmp_path / f"van_ban_{i}.docx"
        path.write_bytes(docx)
        built.append((docx, path))
    pdfs = convert_to_pdf([path for _, path in built], tmp_path / "pdf")
    rows = 0
    for (docx, _), pdf in zip(built, pdfs, strict=True):
        rows += sum(row_keys(docx).values())
        assert rows_missing(docx, pdf) == {}
    assert rows > 40  # the summary table (19 rows), its appendix copy, the signature table

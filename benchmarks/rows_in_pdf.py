"""Every table row of every built .docx reaches the PDF LibreOffice makes of it.

LibreOffice 7.4 once dropped records 3-18 of a report's summary table (kept with the next at a page foot): the rows
were in the .docx, the PDF an office signs did not print them, and nothing said so. This one-off check runs over all
the examples, too slow for the test suite (one LibreOffice run over ~50 files).

Run after ``make demo``: ``.venv/bin/python benchmarks/rows_in_pdf.py outputs /tmp/pages``. PDFs already in the
target folder (``benchmarks/page_review.py`` leaves them there) and newer than their .docx are used as they are; the
others are converted with LibreOffice (its own profile). A row counts as printed when its longest cell's text
(white space removed: lines wrap differently) is in ``pdftotext -raw``'s text as many times as the .docx has such
rows (an appendix may repeat the body's rows). Prints the rows missing, per file, and exits 1 if any is.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from io import BytesIO
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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


def main(outputs: Path, target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    docxs = sorted(outputs.glob("*.docx"))
    stale = [d for d in docxs if not (p := target / f"{d.stem}.pdf").exists() or p.stat().st_mtime < d.stat().st_mtime]
    if stale:
        profile = f"-env:UserInstallation=file://{target.resolve()}/lo-profile"
        command = ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(target)]
        subprocess.run([*command, *map(str, stale)], capture_output=True, check=True, timeout=1800)
    rows = lost = 0
    for docx in docxs:
        data = docx.read_bytes()
        rows += sum(row_keys(data).values())
        gone = rows_missing(data, target / f"{docx.stem}.pdf")
        lost += sum(n - printed for printed, n in gone.values())
        for key, (printed, n) in gone.items():
            print(f"{docx.name}: {key[:60]!r} printed {printed} of {n}")
    print(f"{len(docxs)} files, {rows} table rows, {lost} missing from their PDF")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))

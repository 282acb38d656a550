"""Every table row of a built document reaches the PDF LibreOffice makes of it (the PDF an office signs and issues).

LibreOffice 7.4 silently dropped records 3-18 of a report's summary table that began at a page foot with its header
and first record kept with the next (the table rules' keep-with-next): they were in the .docx, not in the PDF. The
document here is the one that lost them, built by the project's own rendering path (prepare → render_file, table
rules included); its table starts at the foot of page 1 exactly as it did.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reportgen.make.pdf import convert_to_pdf
from reportgen.make.pipeline import prepare
from reportgen.make.render import render_file
from test_hostile_text import ROOT, TEMPLATES

TABLE_AT_PAGE_FOOT = ROOT / "inputs" / "bao_cao_nam-tp-ho-chi-minh-2017.yaml"
_SPEC = importlib.util.spec_from_file_location("rows_in_pdf", ROOT / "benchmarks" / "rows_in_pdf.py")
assert _SPEC is not None and _SPEC.loader is not None
rows_in_pdf = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(rows_in_pdf)  # the same row count as the check over every example


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
        rows += sum(rows_in_pdf.row_keys(docx).values())
        assert rows_in_pdf.rows_missing(docx, pdf) == {}
    assert rows > 40  # the summary table (19 rows), its appendix copy, the signature table

"""Every example, as its reader gets it: converted to PDF by LibreOffice, page 1 and page 2 checked as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen.build import build_paths, pdf_for
from reportgen.pdf import pdf_page_count, pdf_text

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = ("bai_phat_bieu", "tham_luan")  # not administrative documents: no header block, no page numbers rule


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pdf")
    results = build_paths([ROOT / "inputs", Path(__file__).parent / "sample_report.yaml"], out, jobs=2)
    assert all(r.ok for r in results), [(r.source, r.problems, r.output_error) for r in results]
    certificates = ("-bang-khen", "-giay-khen")
    main_documents = [p for r in results for p in r.written if not any(c in p.name for c in certificates)]
    return {p.stem: p for p in pdf_for(main_documents)}


@pytest.mark.libreoffice
def test_every_main_document_converts(pdfs: dict[str, Path]) -> None:
    assert "sample_report" in pdfs
    for pdf in pdfs.values():
        assert pdf.read_bytes().startswith(b"%PDF") and pdf_page_count(pdf) >= 1


@pytest.mark.libreoffice
def test_page_one_shows_the_header_block(pdfs: dict[str, Path]) -> None:
    for name, pdf in pdfs.items():
        if name.startswith(SPEECHES):
            continue
        first = pdf_text(pdf, 1)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first, name
        assert "Độc lập - Tự do - Hạnh phúc" in first, name
        assert re.search(r"Số:\s*(\d{2,}|\s+)/", first), name


@pytest.mark.libreoffice
def test_page_numbers_start_on_page_two_at_the_top(pdfs: dict[str, Path]) -> None:
    checked = 0
    for name, pdf in pdfs.items():
        if name.startswith(SPEECHES) or pdf_page_count(pdf) < 2:
            continue
        first_line_p1 = pdf_text(pdf, 1).strip().splitlines()[0].strip()
        first_line_p2 = pdf_text(pdf, 2).strip().splitlines()[0].strip()
        assert not first_line_p1.isdigit(), name
        assert first_line_p2 == "2", (name, first_line_p2)
        checked += 1
    assert checked >= 1

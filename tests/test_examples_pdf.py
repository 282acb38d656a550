"""Every example, as its reader gets it: converted to PDF by LibreOffice, page 1 and page 2 checked as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen.make.pdf import pdf_page_count, pdf_text
from reportgen.make.pipeline import build_paths, pdf_for, prepare

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = ("bai_phat_bieu", "tham_luan")  # not administrative documents: no header block, no page numbers rule


CERTIFICATES = ("-bang-khen", "-giay-khen")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pdf")
    results = build_paths([ROOT / "inputs", Path(__file__).parent / "sample_report.yaml"], out, jobs=2)
    assert all(r.ok for r in results), [(r.source, r.problems, r.output_error) for r in results]
    return {p.stem: p for r in results for p in r.written}


@pytest.fixture(scope="module")
def pdfs(built: dict[str, Path]) -> dict[str, Path]:
    return {p.stem: p for p in pdf_for([p for name, p in built.items() if not name.endswith(CERTIFICATES)])}


@pytest.mark.libreoffice
def test_certificates_print_one_page_per_awardee(built: dict[str, Path]) -> None:
    source = ROOT / "inputs" / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml"
    model = prepare(source).validated.model
    awardees = len(model.tap_the) + len(model.ca_nhan)  # type: ignore[attr-defined]
    certificate = built["quyet_dinh_khen_thuong-doi_ngoai_2025-bang-khen"]
    (pdf,) = pdf_for([certificate])
    assert pdf_page_count(pdf) == awardees


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

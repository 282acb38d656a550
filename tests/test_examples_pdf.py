"""Every example, as its reader gets it: converted to PDF by LibreOffice, page 1 and page 2 checked as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen import kinds
from reportgen.check.nd30.profiles import KIND_ABBREVIATIONS
from reportgen.make.pdf import pdf_page_count, pdf_text
from reportgen.make.pipeline import build_paths, pdf_for, prepare

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = ("bai_phat_bieu", "tham_luan")  # not administrative documents: no header block, no page numbers rule
# letters to foreign partners and invitation cards (QĐ 3287/QĐ-BNG): no Quốc hiệu; a card a page, unnumbered
LETTERS = tuple(k for k in kinds.available() if kinds.get(k).profile.code not in (*KIND_ABBREVIATIONS.values(), "CV"))


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
        if name.startswith(SPEECHES + LETTERS):
            continue
        first = pdf_text(pdf, 1)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first, name
        assert "Độc lập - Tự do - Hạnh phúc" in first, name
        numbered = re.search(r"Số:\s*(\d{2,}|\s+)/", first)
        # a dự thảo's blank number is a wide gap: pdftotext may read «/KH-UBND» after the Tiêu ngữ
        blank = first.startswith("DỰ THẢO") and "Số:" in first and re.search(r"^/[A-ZĐ]", first, re.MULTILINE)
        assert numbered or blank, name


@pytest.mark.libreoffice
def test_page_numbers_start_on_page_two_at_the_top(pdfs: dict[str, Path]) -> None:
    checked = 0
    for name, pdf in pdfs.items():
        if name.startswith(SPEECHES + LETTERS) or pdf_page_count(pdf) < 2:
            continue
        first_line_p1 = pdf_text(pdf, 1).strip().splitlines()[0].strip()
        first_line_p2 = pdf_text(pdf, 2).strip().splitlines()[0].strip()
        assert not first_line_p1.isdigit(), name
        assert first_line_p2 == "2", (name, first_line_p2)
        checked += 1
    assert checked >= 1


# An amount (``11.974.405,56``, ``575.500,50``), a signed change, a percentage or a date (``05/3/2022``) as a
# table cell prints it; periods are checked by their dates, which must each stand whole on one line.
_FIGURE = re.compile(
    r"[+\u2011-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+%?|\d{1,2}/\d{1,2}/\d{4}|\(\u2011?\d+(?:,\d+)?%\)"
)
_TABLE_CELL = re.compile(r"<w:tc>.*?</w:tc>", re.S)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
WHOLE_ON_ONE_LINE = ("bao_cao_nam", "quyet_dinh_khen_thuong", "thong_bao_ket_luan", "sample_report")


def _cell_figures(docx: Path) -> set[str]:
    import html
    import zipfile

    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    found: set[str] = set()
    for cell in _TABLE_CELL.findall(xml):
        text = html.unescape("".join(_TEXT.findall(cell))).replace("\u2060", "")
        found.update(_FIGURE.findall(text))
    return found


def _printed(text: str) -> str:
    """What pdftotext gives back for our non-breaking characters: the word joiner is dropped, the
    non-breaking hyphen is printed as a hyphen."""
    return text.replace("\u2060", "").replace("\u2011", "-").replace("\u00a0", " ")


@pytest.mark.libreoffice
def test_every_amount_and_date_of_a_table_stands_whole_on_one_line(
    built: dict[str, Path], pdfs: dict[str, Path]
) -> None:
    checked = 0
    for name, pdf in pdfs.items():
        if not name.startswith(WHOLE_ON_ONE_LINE):
            continue
        lines = {line.strip() for line in _printed(pdf_text(pdf)).splitlines()}
        text = "\n".join(lines)
        for figure in _cell_figures(built[name]):
            shown = _printed(figure)
            assert any(shown in line for line in lines), (name, shown, text.count(shown[:4]))
            checked += 1
    assert checked > 300

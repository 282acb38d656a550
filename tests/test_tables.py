"""Every table of every example: rows that never split across pages, widths that hold their figures, and
appendices numbered each from 1 (Nghị định 30)."""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import pytest

from reportgen.make.pipeline import build_paths

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import templatekit  # noqa: E402 - tools/ is put on the path just above


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("tables")
    inputs = [p for p in (ROOT / "inputs").glob("*.yaml") if not p.name.endswith("-lon.yaml")]
    results = build_paths(inputs, out, jobs=2)
    assert all(r.ok for r in results)
    return {p.stem: zipfile.ZipFile(p).read("word/document.xml").decode() for r in results for p in r.written}


def test_every_table_row_of_every_example_stays_whole_on_its_page(documents: dict[str, str]) -> None:
    rows = 0
    for name, xml in documents.items():
        for row in re.findall(r"<w:tr[ >].*?</w:tr>", xml, re.S):
            assert "<w:cantSplit/>" in row, (name, re.sub(r"<[^>]+>", "", row)[:80])
            rows += 1
    assert rows > 500


def test_every_template_row_stays_whole() -> None:
    for template in (ROOT / "templates").glob("*.docx"):
        xml = zipfile.ZipFile(template).read("word/document.xml").decode()
        for row in re.findall(r"<w:tr[ >].*?</w:tr>", xml, re.S):
            if "{%tr" in row:  # docxtpl replaces the whole row by its tag
                continue
            assert "<w:cantSplit/>" in row, template.name


def test_each_appendix_is_its_own_section_numbered_from_one(documents: dict[str, str]) -> None:
    xml = documents["bao_cao_nam-tp-ho-chi-minh-2017"]
    sections = re.findall(r"<w:sectPr[ >].*?</w:sectPr>", xml, re.S)
    appendices = xml.count(">Phụ lục ")
    landscape = [s for s in sections if 'w:orient="landscape"' in s]
    assert appendices == 6 and len(landscape) == appendices
    for section in landscape:
        assert '<w:pgNumType w:start="1"/>' in section and "<w:titlePg/>" in section
    assert "pgNumType" not in sections[0]


@pytest.mark.parametrize(
    ("fit", "at_least_cm"),
    [(templatekit.FIT_AMOUNT, 2.95), (templatekit.FIT_PERIOD, 2.85), (templatekit.FIT_DATE, 2.0)],
)
def test_column_widths_make_room_for_the_widest_figure(fit: str, at_least_cm: float) -> None:
    widths = templatekit.column_widths(16.0, [1.0, 8.0, 1.0], ["TT", "Nội dung", "Số"], ["99", "", fit])
    assert round(sum(widths), 1) == 16.0
    assert widths[2] >= templatekit.text_width_cm(fit) + 0.38 >= at_least_cm
    assert widths[1] < 8.0 * 16.0 / 10.0  # the room was taken from the text column


def test_a_table_that_cannot_hold_its_figures_is_refused() -> None:
    with pytest.raises(ValueError, match="bảng cần"):
        templatekit.column_widths(5.0, [1, 1, 1], ["A", "B", "C"], [templatekit.FIT_AMOUNT] * 3)

"""Table columns sized from what they hold: every figure whole on its line, the label column never one word wide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportgen.make.pipeline import prepare
from reportgen.make.render import render_file
from reportgen.make.table_widths import PADDING, fitted, text_twips
from test_hostile_text import TEMPLATES, base_inputs

ROOT = Path(__file__).resolve().parents[1]
TEN_MONTHS = ROOT / "inputs" / "bao_cao_nam-da-nang-10-thang-2022.yaml"


def test_a_column_whose_cells_fit_on_one_line_gives_its_room_to_the_text_column() -> None:
    widths, needs, lines = [600, 1100, 1300, 1500, 1500, 1700, 1500], [500] * 7, [500, 4000] + [900] * 5
    new = fitted(widths, needs, lines)
    assert new is not None and sum(new) == sum(widths)
    assert new[2:] == [900] * 5 and new[1] > 3000


def test_a_figure_too_wide_for_its_column_takes_room_from_the_text_column() -> None:
    new = fitted([600, 4000, 1200], [500, 800, 1800], [500, 6000, 1800])
    assert new is not None and new[2] >= 1800 and sum(new) == 5800


def test_nothing_to_gain_or_no_way_to_fit_keeps_the_template_widths() -> None:
    assert fitted([1000, 1000], [500, 500], [900, 900]) is None  # everything already on one line
    assert fitted([1000, 1000], [1500, 1500], [1500, 1500]) is None  # too wide for the table whatever is done


def grid_tables(docx_xml: str) -> list[tuple[list[int], list[list[str]]]]:
    """(column widths, rows of cell texts) of every bordered table."""
    out = []
    for table in re.findall(r"<w:tbl>.*?</w:tbl>", docx_xml, flags=re.DOTALL):
        if 'w:insideV w:val="nil"' in table or "<w:gridSpan " in table:
            continue
        widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', table)]
        rows = [
            ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", cell)) for cell in re.findall(r"<w:tc>.*?</w:tc>", r)]
            for r in re.findall(r"<w:tr[ >].*?</w:tr>", table, flags=re.DOTALL)
        ]
        out.append((widths, rows))
    return out


@pytest.mark.parametrize("path", [TEN_MONTHS, *base_inputs()], ids=lambda p: p.name)
def test_every_figure_stands_whole_in_its_column(path: Path) -> None:
    import io
    import zipfile

    for document in prepare(path).documents:
        docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
        xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
        for widths, rows in grid_tables(xml):
            for row in rows[1:]:
                for width, text in zip(widths, row, strict=False):
                    figures = re.findall(r"[-+\u2212\u2011]?\d[\d.,]*", text)
                    for figure in figures:
                        assert text_twips(figure) + PADDING <= width + 1, (figure, width, row)


def test_the_summary_table_with_an_estimate_keeps_a_readable_label_column() -> None:
    import io
    import zipfile

    (document,) = prepare(TEN_MONTHS).documents
    docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
    summary = [w for w, rows in grid_tables(xml) if rows and rows[0][:2] == ["TT", "Nội dung"]]
    assert summary
    for widths in summary:
        assert widths[1] >= 0.25 * sum(widths)  # the label column, not a tower of one word per line

"""Issue 13, annual report: what real inputs from provinces the project had never seen exposed."""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from reportgen.vietnamese import format_money
from test_bao_cao_nam import base, body_text, build, table_with


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Decimal("575500.5"), "575.500,50"),
        (Decimal("240000.25"), "240.000,25"),
        (Decimal("4400000000"), "4.400.000.000"),
        (Decimal("150000.00"), "150.000"),
        (Decimal("0.005"), "0,01"),
    ],
)
def test_money_is_written_to_the_cent(value: Decimal, written: str) -> None:
    assert format_money(value) == written


def aid(**changes: object) -> dict[str, object]:
    project = {"ten": "Dự án A", "nha_tai_tro": "Tổ chức X", "cam_ket": "575.500,5", "giai_ngan": "240.000,25"}
    project.update(changes)
    return project


def test_cents_keep_two_decimals_in_prose_and_appendix(tmp_path: Path) -> None:
    doc = build(tmp_path, base(du_an_pcpnn=[aid()]))
    assert "tổng giá trị cam kết 575.500,50 USD; giá trị giải ngân 240.000,25 USD." in body_text(doc)
    table = table_with(doc, "Cam kết")
    assert [c.text for c in table.rows[1].cells][6:8] == ["575.500,50", "240.000,25"]
    summary = table_with(doc, "So sánh")
    assert "575.500,50" in [c.text for row in summary.rows for c in row.cells]


def test_nothing_disbursed_is_said_in_words_not_as_a_bare_zero(tmp_path: Path) -> None:
    text = body_text(build(tmp_path, base(du_an_pcpnn=[aid(giai_ngan="0")])))
    assert "giá trị giải ngân 0" not in text
    assert "tổng giá trị cam kết 575.500,50 USD; chưa giải ngân." in text


def test_counts_in_prose_follow_one_rule_with_comparisons(tmp_path: Path) -> None:
    """ "08 văn bản" beside "giảm 4 văn bản" mixed two ways of writing a count."""
    from reportgen.vietnamese import compare_phrase, pad2

    assert compare_phrase(8, 12, 2021, "văn bản") == "giảm 04 văn bản (33,3%) so với năm 2021"
    assert pad2(2100) == "2.100"


def test_year_on_year_category_labels_do_not_overlap() -> None:
    from reportgen.kinds.bao_cao_nam.charts import year_on_year_figure
    from reportgen.kinds.bao_cao_nam.pictures import YEAR_ON_YEAR

    rows = [(label, 10.0, 12.0) for label, _ in YEAR_ON_YEAR]
    fig = year_on_year_figure(rows, 2022)
    fig.tight_layout()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels()]
    assert len(boxes) == len(rows)
    gap = 0.4 / 2.54 * fig.dpi  # at least 4 mm of white between two labels on the printed page
    for left, right in itertools.pairwise(boxes):
        assert right.x0 - left.x1 >= gap, (left, right)

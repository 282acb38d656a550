"""Leftovers of issue 22 found after it was built: a free-form figure's typed "cùng kỳ" reaches the report when the
input has no ``nam_truoc`` (nothing a user wrote is lost).

Every figure asserted is counted by hand from the records of each test (helpers of ``test_periods``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument

import test_periods as tp
from reportgen.kinds import BuildEnv, Related
from reportgen.kinds.bao_cao_nam import figures
from reportgen.kinds.bao_cao_nam.model import Input
from test_bao_cao_leftovers import body_of, july


def passports(**changes: Any) -> dict[str, Any]:
    """A free-form figure with last year's value typed beside it: 31 cuốn now, 6 cuốn the same period last year."""
    figure = {"ten": "Hộ chiếu công vụ cấp mới", "don_vi": "cuốn", "gia_tri": 31, "cung_ky": 6, "muc": "lanh_su"}
    return figure | {"ma": "ho_chieu"} | changes


def _no_related(path: Path, loc: tuple[str | int, ...]) -> Related:
    raise AssertionError(f"no other input is read: {path} at {loc}")


def _row(doc: DocxDocument, label: str) -> list[str]:
    """The cells of the last table row (the appendix's summary table comes after the body's) labelled ``label``."""
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows if len(r.cells) > 1]
    return [r for r in rows if r[1] == label][-1]


def test_a_free_figures_typed_last_year_value_is_compared_without_nam_truoc(tmp_path: Path) -> None:
    data = tp.report(ky_bao_cao={"ky": "6_thang_dau_nam"}, so_lieu_khac=[passports()])
    assert "nam_truoc" not in data
    body, _ = body_of(tmp_path, data)
    assert "Trong 6 tháng đầu năm 2023, hộ chiếu công vụ cấp mới là 31 cuốn, tăng 25 cuốn, gấp 5,2 lần cùng kỳ " in body
    doc, _ = tp.build(tmp_path, data)
    assert _row(doc, "Hộ chiếu công vụ cấp mới")[2:6] == ["cuốn", "6", "31", "+25 (416,7%)"]
    assert _row(doc, "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)")[2:6] == ["đoàn", "", "12", ""]  # not known
    env = BuildEnv(source=tmp_path / "bao_cao.yaml", load_related=_no_related)
    assert figures(Input.model_validate(data), env)["nam_truoc"] == {"khac:ho_chieu": 6}


def test_a_two_window_report_compares_the_month_too(tmp_path: Path) -> None:
    """The running value was compared already; the month's typed value was dropped beside it."""
    figure = passports(gia_tri_luy_ke=72, cung_ky_luy_ke=29)
    body, _ = body_of(tmp_path, july(so_lieu_khac=[figure]))
    assert (
        "Trong tháng 7 năm 2023, hộ chiếu công vụ cấp mới là 31 cuốn, tăng 25 cuốn, gấp 5,2 lần cùng kỳ năm 2022; "
        "lũy kế 7 tháng đầu năm 2023 là 72 cuốn, tăng 43 cuốn, gấp 2,5 lần cùng kỳ năm 2022." in body
    )
    doc, _ = tp.build(tmp_path, july(so_lieu_khac=[figure]))
    assert _row(doc, "Hộ chiếu công vụ cấp mới")[2:] == ["cuốn", "6", "31", "+25 (416,7%)", "29", "72", "+43 (148,3%)"]

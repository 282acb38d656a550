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
    project: dict[str, object] = {
        "ten": "Dự án A",
        "nha_tai_tro": "Tổ chức X",
        "cam_ket": "575.500,5",
        "giai_ngan": "240.000,25",
    }
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
    from matplotlib import pyplot as plt

    from reportgen.kinds.bao_cao_nam.charts import year_on_year_figure
    from reportgen.kinds.bao_cao_nam.pictures import YEAR_ON_YEAR

    rows = [(label, 10.0, 12.0) for label, _ in YEAR_ON_YEAR]
    fig = year_on_year_figure(rows, 2022)
    fig.tight_layout()
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].get_xticklabels()]
    plt.close(fig)
    assert len(boxes) == len(rows)
    gap = 0.4 / 2.54 * fig.dpi  # at least 4 mm of white between two labels on the printed page
    for left, right in itertools.pairwise(boxes):
        assert right.x0 - left.x1 >= gap, (left, right)


def test_the_place_is_written_with_its_level_as_a_sentence_subject(tmp_path: Path) -> None:
    partners = [{"ten": "Tỉnh Gangwon", "quoc_gia": "Hàn Quốc", "nam_thiet_lap": 2015}]
    data = base(dia_phuong_doi_tac=partners)
    data["co_quan"] = {**data["co_quan"], "ten": "Sở Ngoại vụ tỉnh Quảng Trị", "dia_danh": "Quảng Trị"}
    data["co_quan"]["chu_quan"] = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"
    text = body_text(build(tmp_path, data))
    assert "Đến nay, tỉnh Quảng Trị có quan hệ hợp tác với 01 địa phương" in text
    assert ", Quảng Trị có quan hệ" not in text


def test_most_frequent_countries_never_cut_a_tie() -> None:
    from reportgen.kinds.bao_cao_nam.wording import _top

    four_way = [("Australia", 2), ("Hàn Quốc", 2), ("Lào", 2), ("Nhật Bản", 2), ("Thái Lan", 2), ("Úc", 2)]
    assert _top([("Pháp", 3), *four_way], "đoàn") == "Pháp (03 đoàn)"
    assert _top(four_way, "đoàn") == "06 quốc gia, tổ chức (cùng 02 đoàn)"
    assert _top(four_way[:4], "đoàn") == "Australia, Hàn Quốc, Lào và Nhật Bản (cùng 02 đoàn)"
    assert _top([("Nhật Bản", 5), ("Hàn Quốc", 3), ("Lào", 3)], "đoàn") == (
        "Nhật Bản (05 đoàn); Hàn Quốc và Lào (cùng 03 đoàn)"
    )


def test_no_lone_point_a(tmp_path: Path) -> None:
    data = base()
    data["noi_dung"] = {**data["noi_dung"], "nguyen_nhan_chu_quan": "Nhân lực còn mỏng.", "nhiem_vu": ["Một việc"]}
    text = body_text(build(tmp_path, data))
    assert "3. Nguyên nhân chủ quan" in text
    assert "a) Nguyên nhân" not in text and "a) Một việc" not in text
    assert "\nMột việc." in text


def test_items_with_their_own_và_are_not_joined_with_và() -> None:
    from reportgen.vietnamese import join_vietnamese

    assert join_vietnamese(["Sở Kế hoạch và Đầu tư", "Sở Công Thương"]) == "Sở Kế hoạch và Đầu tư, Sở Công Thương"
    assert join_vietnamese(["Sở Nội vụ", "Thủ trưởng các cơ quan, đơn vị và cá nhân"]) == (
        "Sở Nội vụ; Thủ trưởng các cơ quan, đơn vị và cá nhân"
    )
    assert join_vietnamese(["Sở Nội vụ", "Sở Tài chính", "Sở Ngoại vụ"]) == "Sở Nội vụ, Sở Tài chính và Sở Ngoại vụ"


def test_title_lines_keep_place_names_and_years_whole() -> None:
    from reportgen.vietnamese import keep_names_whole

    nb = "\u00a0"
    assert keep_names_whole("Chủ tịch UBND thành phố Đà Nẵng") == f"Chủ tịch UBND thành{nb}phố{nb}Đà{nb}Nẵng"
    assert keep_names_whole("Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị, năm 2023") == (
        f"Chủ tịch Ủy{nb}ban{nb}nhân{nb}dân tỉnh{nb}Quảng{nb}Trị, năm{nb}2023"
    )
    assert keep_names_whole("các xã biên giới") == "các xã biên giới"

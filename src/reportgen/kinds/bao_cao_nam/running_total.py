"""A month or a quarter reported with its running total from 1 January: "tháng 7 và 7 tháng đầu năm 2023",
"quý III và 9 tháng đầu năm 2021".

Reports of the Sở give both windows side by side: the month's (or quarter's) figures and the year's so far,
each compared with the same window last year, and the tasks are for the rest of the year ("nhiệm vụ 5 tháng
cuối năm 2023"). The report's ``Period`` stays the month or quarter; the running window is a second ``Period``
from 1 January (15/12 of the year before with the 15-to-14 cut-off) to the same last day. This module gives that
window and every phrase of the pair; the figures of the second window are in ``running_figures.py``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reportgen.kinds.bao_cao_nam.period import KyBaoCao, Period, month_word
from reportgen.vietnamese import upper_vi


def running_period(k: KyBaoCao | None, period: Period) -> Period | None:
    """The window from the start of the year to the end of ``period``; None when the input asks for none.

    Twelve months are the year itself ("quý IV và cả năm 2021"), worded as the year is."""
    if k is None or not k.luy_ke_dau_nam:
        return None
    start = date(period.year - 1, 12, 15) if period.cutoff else date(period.year, 1, 1)
    preset = "nam" if period.last_month == 12 else "n_thang_dau_nam"
    return replace(period, preset=preset, first_month=1, start=start)


def _whole_year(running: Period) -> bool:
    return running.preset == "nam"


def _short_name(period: Period) -> str:
    """The month or quarter without its year, the year being said once after both: ``tháng 7``, ``quý III``."""
    return period.name.removesuffix(f" năm {period.year}")


def pair_name(period: Period, running: Period) -> str:
    """``tháng 7 và 7 tháng đầu năm 2023``, ``quý III và 9 tháng đầu năm 2021``, ``quý IV và cả năm 2021``."""
    second = f"cả năm {running.year}" if _whole_year(running) else running.name
    return f"{_short_name(period)} và {second}"


def next_name(period: Period, running: Period) -> str:
    """The tasks are for the rest of the year: ``5 tháng cuối năm 2023``, ``quý IV năm 2021``, ``năm 2022``."""
    left = 12 - period.last_month
    if left == 0:
        return f"năm {period.year + 1}"
    if left == 1:
        return f"{month_word(12)} năm {period.year}"
    if left == 3 and period.preset == "quy":
        return f"quý IV năm {period.year}"
    return f"{left} tháng cuối năm {period.year}"


def opening(running: Period) -> str:
    """Opening words of the running total's sentence: ``Lũy kế 7 tháng đầu năm 2023``, ``Tính chung cả năm 2021``."""
    if _whole_year(running):
        return f"Tính chung cả năm {running.year}{running.until_note}"
    return f"Lũy kế {running.name}{running.until_note}"


def pair_words(period: Period, running: Period) -> dict[str, str]:
    """The period's words for a two-window report: the pair's name and next period replace the month's, the
    month keeps its own sentence opening and columns, and ``luy_ke_*`` give the running window's."""
    name = pair_name(period, running)
    following = next_name(period, running)
    return period.words() | {
        "ten": name,
        "ten_hoa": upper_vi(name),
        "ten_day_du_hoa": upper_vi(name + period.until_note),
        "danh_sach_hoa": upper_vi(name + period.until_note),  # the lists cover the year so far
        "ky_sau": following,
        "ky_sau_hoa": upper_vi(following),
        "luy_ke_ten": f"cả năm {running.year}" if _whole_year(running) else running.name,
        "luy_ke_trong": opening(running),
        "luy_ke_cung_ky": running.previous_name,
        "lk_nay": running.column,  # heads the summary column of r.lk_nay
        "lk_truoc": running.previous_column,
        "luy_ke_tu_ngay": running.words()["tu_ngay"],
    }


def pair_title(period: Period, running: Period) -> str:
    """The trích yếu: ``Công tác đối ngoại tháng 7 và 7 tháng đầu năm 2023; phương hướng, nhiệm vụ 5 tháng cuối
    năm 2023`` (the "và" is the pair's, so the tasks follow a semicolon)."""
    return f"Công tác đối ngoại {pair_name(period, running)}; phương hướng, nhiệm vụ {next_name(period, running)}"

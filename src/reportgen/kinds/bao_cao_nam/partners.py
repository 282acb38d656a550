"""Foreign partner localities counted for a window: the standing total at its end and those new in it.

A relation dated by its day (``ngay_thiet_lap``) is placed in any window. One dated by its year only
(``nam_thiet_lap``) is placed only where the year cannot be wrong: before or after the window's years, or inside a
window covering that whole year (a year report, a span's full years). A year-only relation of a part-year window's
own year ("quý III năm 2022", set up "2022") could be either side of the window's end: it is counted neither as new
nor in the total, the comparison with last year is not made, and the report warns, naming it (``warnings``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

from reportgen.kinds.bao_cao_nam.model import DiaPhuongDoiTac
from reportgen.kinds.bao_cao_nam.period import Period
from reportgen.kinds.bao_cao_nam.span_period import SpanPeriod
from reportgen.vietnamese import join_vietnamese, pad2, short_date

Place = Literal["truoc", "trong", "sau", "khong_ro"]


def _whole_years(period: Period) -> range:
    """The calendar years a window covers whole (as a report counts them: a year report is its year)."""
    if isinstance(period, SpanPeriod):
        return range(period.first_year, period.year + (1 if period.until is None else 0))
    return range(period.year, period.year + 1) if period.full_year else range(0)


def place(partner: DiaPhuongDoiTac, period: Period) -> Place:
    """Where the relation was set up relative to the window: before it, inside, after, or unknown."""
    day = partner.ngay_thiet_lap
    if day is not None:
        return "truoc" if day < period.start else "trong" if day <= period.end else "sau"
    year = partner.nam
    first = period.first_year if isinstance(period, SpanPeriod) else period.year
    if year < first:
        return "truoc"
    if year > period.year:
        return "sau"
    return "trong" if year in _whole_years(period) else "khong_ro"


def partner_figures(partners: list[DiaPhuongDoiTac], period: Period) -> dict[str, Any]:
    """The window's partner figures; ``khong_ro``: the year-only relations it cannot place (left out)."""
    places = [place(p, period) for p in partners]
    standing = [p for p, where in zip(partners, places, strict=True) if where in ("truoc", "trong")]
    countries = Counter(p.quoc_gia for p in standing)
    return {
        "tong_so": len(standing),
        "so_moi": places.count("trong"),
        "so_quoc_gia": len(countries),
        "theo_quoc_gia": sorted(countries.items(), key=lambda kv: (-kv[1], kv[0].casefold())),
        "khong_ro": places.count("khong_ro"),
    }


def partner_warnings(
    partners: list[DiaPhuongDoiTac], windows: list[Period], report_name: str
) -> list[tuple[tuple[str | int, ...], str]]:
    """The relations one of the report's ``windows`` cannot place, left out of its figures: said once, naming
    them, at the first of them."""
    found = [(i, p) for i, p in enumerate(partners) if any(place(p, w) == "khong_ro" for w in windows)]
    if not found:
        return []
    names = join_vietnamese([f"“{p.ten}”" for _, p in found[:3]])
    more = f" và {pad2(len(found) - 3)} địa phương khác" if len(found) > 3 else ""
    years = join_vietnamese(sorted({str(p.nam) for _, p in found}))
    return [
        (
            ("dia_phuong_doi_tac", found[0][0], "nam_thiet_lap"),
            f"{pad2(len(found))} địa phương đối tác chỉ ghi năm thiết lập {years} ({names}{more}) nên không biết "
            f"quan hệ được thiết lập trong hay sau {report_name}: không được tính vào số địa phương mới, tổng số "
            "và so sánh với cùng kỳ; hãy ghi “ngay_thiet_lap” (ngày/tháng/năm thiết lập quan hệ)",
        )
    ]


def later_partner_warnings(
    partners: list[DiaPhuongDoiTac], period: Period, report_name: str
) -> list[tuple[tuple[str | int, ...], str]]:
    """The relations set up after the report's last day (a typo, or next period's): left out of its figures as a
    delegation dated outside the period is (``__init__._outside``), said once, naming them, at the first of them."""
    found = [(i, p) for i, p in enumerate(partners) if place(p, period) == "sau"]
    if not found:
        return []
    names = join_vietnamese([f"“{p.ten}” ({_when(p)})" for _, p in found[:3]])
    more = f" và {pad2(len(found) - 3)} địa phương khác" if len(found) > 3 else ""
    field = "ngay_thiet_lap" if found[0][1].ngay_thiet_lap is not None else "nam_thiet_lap"
    return [
        (
            ("dia_phuong_doi_tac", found[0][0], field),
            f"{pad2(len(found))} địa phương đối tác thiết lập quan hệ sau ngày {short_date(period.end)}, cuối kỳ báo "
            f"cáo {report_name}, nên không được tính vào số địa phương mới và tổng số: {names}{more}; hãy kiểm tra "
            "lại ngày thiết lập",
        )
    ]


def _when(partner: DiaPhuongDoiTac) -> str:
    day = partner.ngay_thiet_lap
    return short_date(day) if day is not None else f"năm {partner.nam}"

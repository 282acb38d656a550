"""Dates and times as Nghị định 30 and real minutes (biên bản) write them.

The decree pads days below 10 and months 1 and 2 (so that ``01`` cannot be altered into ``10``), but
not months 3 to 12; table cells reuse the same rule so that one document never writes a date two ways.
"""

from __future__ import annotations

from datetime import date, time

# A blank the registry fills in by hand: no-break spaces so Word neither collapses nor wraps it.
BLANK = "\u00a0" * 4
# After the en dash of a period within one year: "04–" at a line's end would leave half a period behind.
# Invisible in Word and LibreOffice, dropped by text extraction.
WORD_JOINER = "\u2060"


def _day(d: date) -> str:
    return f"{d.day:02d}"


def _month(d: date) -> str:
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def day_month_year(d: date) -> str:
    """``ngày 05 tháng 01 năm 2024``, ``ngày 09 tháng 3 năm 2020``."""
    return f"ngày {_day(d)} tháng {_month(d)} năm {d.year}"


def place_date_line(place: str, d: date | None, year: int | None = None) -> str:
    """The place and date line, ``Đà Nẵng, ngày 05 tháng 01 năm 2024``.

    Without ``d`` the document is a draft: day and month are left blank for the registry, and so is the year
    when ``year`` is not given either. ``year`` must agree with ``d`` when both are given.
    """
    if d is not None and year is not None and year != d.year:
        raise ValueError(f"năm {year} không khớp với ngày {short_date(d)}")
    return f"{place}, {date_or_blank(d, year)}"


def date_or_blank(d: date | None, year: int | None = None) -> str:
    """``ngày 05 tháng 01 năm 2024``, or a draft's blanks in the same shape (also used in "Kèm theo … ngày …")."""
    if d is not None:
        return day_month_year(d)
    year_text = str(year) if year is not None else BLANK
    return f"ngày {BLANK} tháng {BLANK} năm {year_text}"


def short_date(d: date) -> str:
    """A date in a table cell: ``05/3/2022``, ``15/02/2024`` (same padding rule as the date line)."""
    return f"{_day(d)}/{_month(d)}/{d.year}"


def date_range_phrase(start: date, end: date | None) -> str:
    """A period in a table cell, sharing what both ends have in common, joined by an en dash.

    ``05/3/2022`` (one day), ``05–09/3/2022``, ``28/02–03/3/2022``, ``30/12/2021–02/01/2022``.
    """
    if end is None or end == start:
        return short_date(start)
    if end < start:
        raise ValueError(f"ngày kết thúc {short_date(end)} trước ngày bắt đầu {short_date(start)}")
    if start.year != end.year:
        return f"{short_date(start)}–{short_date(end)}"  # may break after the dash: two whole dates
    if start.month != end.month:
        return f"{_day(start)}/{_month(start)}–{WORD_JOINER}{short_date(end)}"
    return f"{_day(start)}–{WORD_JOINER}{short_date(end)}"


def time_phrase(t: time) -> str:
    """A time of day as minutes write it: ``08 giờ 30 phút``, ``14 giờ 00 phút``."""
    return f"{t.hour:02d} giờ {t.minute:02d} phút"


_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def weekday(d: date) -> str:
    """The day of the week, always computed from the date (never typed): ``thứ Ba``, ``Chủ nhật``."""
    return _WEEKDAYS[d.weekday()]


def clock(t: time) -> str:
    """A time of day as an invitation writes it: ``08 giờ 00``, ``14 giờ 30``."""
    return f"{t.hour:02d} giờ {t.minute:02d}"

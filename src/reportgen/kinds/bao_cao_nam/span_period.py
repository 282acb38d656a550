"""A multi-year span ("giai đoạn 2021–2025"): the period of a sơ kết or tổng kết report and its words.

A span is a Period whose buckets are years, not months: the counting and charting code that walks a period month
by month walks a span year by year without knowing it (``months`` gives one bucket per year), so the chart of
delegations is drawn per year and the per-year counts come from the same code as a year report's.

Years are joined by an en dash with no spaces ("2021–2025"), the typographic form of a range; the span before
and after it have the same length ("giai đoạn 2016–2020", "giai đoạn 2026–2030") and are worded only, never
given figures of their own: a comparison with the previous span needs its totals typed (``nam_truoc.so_lieu``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from reportgen.kinds.bao_cao_nam.period import KyBaoCao, Period, period_of
from reportgen.vietnamese import short_date
from reportgen.vietnamese.dates import WORD_JOINER

PRESET = "giai_doan"
LONGEST = 10  # years: the year-by-year table of a landscape appendix has room for ten years and the span total
DASH = "\u2013"


def span_words(first: int, last: int) -> str:
    """``2021–2025``, never broken after its dash (a word joiner follows it, as in a range of dates)."""
    return f"{first}{DASH}{WORD_JOINER}{last}"


@dataclass(frozen=True)
class SpanPeriod(Period):
    """The years ``first_year`` … ``year`` (the report's ``nam``), each year one bucket."""

    first_year: int = 0

    @property
    def length(self) -> int:
        return self.year - self.first_year + 1

    @property
    def years(self) -> list[int]:
        return list(range(self.first_year, self.year + 1))

    @property
    def full_year(self) -> bool:
        return False

    @property
    def before_year_end(self) -> bool:
        return False  # "ước cả năm" belongs to a year report, never to a span

    def year_before(self) -> Period:
        """The previous span of the same length, for its column and its words."""
        shift = self.length
        return replace(
            self,
            year=self.year - shift,
            first_year=self.first_year - shift,
            start=date(self.first_year - shift, 1, 1),
            end=date(self.year - shift, 12, 31),
            until=None,
        )

    def bucket(self, day: date) -> tuple[int, int]:
        return day.year, 0

    def months(self) -> list[tuple[int, int]]:
        return [(y, 0) for y in self.years]

    def month_labels(self) -> list[str]:
        return [str(y) for y in self.years]

    @property
    def name(self) -> str:
        return f"giai đoạn {span_words(self.first_year, self.year)}"

    @property
    def during(self) -> str:
        return f"Trong {self.name}{self.until_note}"

    @property
    def of(self) -> str:
        return f"trong {self.name}{self.until_note}"

    @property
    def previous_name(self) -> str:
        return f"giai đoạn {span_words(self.first_year - self.length, self.first_year - 1)}"

    @property
    def next_name(self) -> str:
        return f"giai đoạn {span_words(self.year + 1, self.year + self.length)}"

    @property
    def column(self) -> str:
        if self.until is not None:
            return f"Từ năm {self.first_year} đến {short_date(self.until)}"
        return f"Giai đoạn {span_words(self.first_year, self.year)}"

    @property
    def previous_column(self) -> str:
        return self.previous_name[:1].upper() + self.previous_name[1:]

    @property
    def title(self) -> str:
        return f"Tổng kết công tác đối ngoại {self.name} và phương hướng, nhiệm vụ {self.next_name}"

    @property
    def draft_year(self) -> int:
        return self.year + 1 if self.until is None else self.until.year

    def words(self) -> dict[str, str]:
        """The period's words, plus the span's own: its years and how many (``5`` for "Sơ kết 5 năm …")."""
        return super().words() | {
            "tu_nam": str(self.first_year),
            "den_nam": str(self.year),
            "so_nam": str(self.length),
            "theo_buoc": "theo năm",
        }


def span_period(first_year: int | None, year: int, until: date | None) -> SpanPeriod:
    """The span ``first_year``–``year``; raises ValueError (Vietnamese) when the years do not make a span."""
    if first_year is None:
        raise ValueError("báo cáo giai đoạn phải ghi “tu_nam” (năm đầu của giai đoạn)")
    if first_year >= year:
        raise ValueError(f"“tu_nam” ({first_year}) phải trước “nam” ({year}), năm cuối của giai đoạn")
    if year - first_year + 1 > LONGEST:
        raise ValueError(
            f"giai đoạn {span_words(first_year, year)} dài {year - first_year + 1} năm; bảng số liệu theo năm chỉ "
            f"in được tối đa {LONGEST} năm"
        )
    start, end = date(first_year, 1, 1), date(year, 12, 31)
    if until is not None:
        if not date(year, 1, 1) <= until <= end:
            raise ValueError(f"“den_ngay” ({short_date(until)}) phải thuộc năm cuối của giai đoạn ({year})")
        if until == end:
            until = None
        else:
            end = until
    return SpanPeriod(year, PRESET, 1, 12, start, end, False, until, first_year)


def report_period(k: KyBaoCao | None, year: int) -> Period:
    """The period of a report: a span for ``ky: giai_doan``, otherwise period.period_of's."""
    if k is not None and k.ky == PRESET:
        return span_period(k.tu_nam, year, k.den_ngay)
    return period_of(k, year)

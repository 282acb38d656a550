"""The period a report covers: a preset (tháng, quý, 6 tháng, 9 tháng, năm) or a free range, and its words.

A period is a window of dates (which records count) plus the phrases every part of the report uses for
it: the title, "Trong 6 tháng đầu năm 2023", the table columns, the next period's section, "cùng kỳ". One
object gives all of them so that a report never says "năm" in one place and "6 tháng" in another.

The optional cut-off rule (``chot_so_lieu: tu_15_den_14``) is the one of Điều 12 Nghị định 09/2019/NĐ-CP for
the periodic reports serving the Government's general direction: a month counts from the 15th of the
previous month to the 14th, a year from 15/12 of the previous year to 14/12. Khoản 5 Điều 8 of the same
decree leaves the cut-off to each reporting regime, so the rule is never applied unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from reportgen.models import Ngay, Strict
from reportgen.vietnamese import date_range_phrase, roman, short_date, upper_vi

Preset = Literal["thang", "quy", "6_thang_dau_nam", "9_thang", "n_thang_dau_nam", "nam", "khoang_ngay", "giai_doan"]
QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _quarter(value: object) -> object:
    """``I``…``IV`` as reports write them; 1–4 accepted too."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 4:
        return roman(value)
    if isinstance(value, str) and value.strip().upper() in QUARTERS:
        return value.strip().upper()
    return value


class KyBaoCao(Strict):
    """Which period the report covers; absent means the calendar year ``nam``."""

    ky: Preset = "nam"
    thang: Annotated[int, Field(ge=1, le=12)] | None = None  # with ky: thang
    quy: Annotated[Literal["I", "II", "III", "IV"], BeforeValidator(_quarter)] | None = None  # with ky: quy
    so_thang: Annotated[int, Field(ge=1, le=11)] | None = None  # with ky: n_thang_dau_nam ("10 tháng đầu năm")
    tu_ngay: Ngay | None = None  # with ky: khoang_ngay; 01/01 of nam when left out
    den_ngay: Ngay | None = None  # with ky: khoang_ngay, or "số liệu tính đến ngày" for a preset
    chot_so_lieu: Literal["theo_lich", "tu_15_den_14"] = "theo_lich"
    tu_nam: Annotated[int, Field(ge=2000, le=2100)] | None = None  # with ky: giai_doan, the span's first year

    @model_validator(mode="after")
    def _consistent(self) -> KyBaoCao:
        _span_fields(self)
        if self.ky == "thang" and self.thang is None:
            raise PydanticCustomError("ky_bao_cao", "báo cáo tháng phải ghi “thang” (1 đến 12)")
        if self.ky == "quy" and self.quy is None:
            raise PydanticCustomError("ky_bao_cao", "báo cáo quý phải ghi “quy” (I, II, III hoặc IV)")
        if self.ky != "thang" and self.thang is not None:
            raise PydanticCustomError("ky_bao_cao", "chỉ ghi “thang” khi “ky” là thang")
        if self.ky != "quy" and self.quy is not None:
            raise PydanticCustomError("ky_bao_cao", "chỉ ghi “quy” khi “ky” là quy")
        if self.ky == "n_thang_dau_nam" and self.so_thang is None:
            raise PydanticCustomError(
                "ky_bao_cao", "báo cáo n tháng đầu năm phải ghi “so_thang” (1 đến 11), ví dụ so_thang: 10"
            )
        if self.ky != "n_thang_dau_nam" and self.so_thang is not None:
            raise PydanticCustomError("ky_bao_cao", "chỉ ghi “so_thang” khi “ky” là n_thang_dau_nam")
        if self.ky == "khoang_ngay":
            if self.den_ngay is None:
                raise PydanticCustomError("ky_bao_cao", "khoảng ngày phải ghi “den_ngay” (số liệu tính đến ngày)")
            if self.chot_so_lieu != "theo_lich":
                raise PydanticCustomError(
                    "ky_bao_cao", "khoảng ngày đã ghi rõ từ ngày, đến ngày nên không dùng “chot_so_lieu”"
                )
        elif self.tu_ngay is not None:
            raise PydanticCustomError("ky_bao_cao", "chỉ ghi “tu_ngay” khi “ky” là khoang_ngay")
        return self


def _span_fields(k: KyBaoCao) -> None:
    """``tu_nam`` belongs to a span (``ky: giai_doan``) and a span counts whole years."""
    if k.ky != "giai_doan" and k.tu_nam is not None:
        raise PydanticCustomError("ky_bao_cao", "chỉ ghi “tu_nam” khi “ky” là giai_doan")
    if k.ky == "giai_doan" and k.tu_nam is None:
        raise PydanticCustomError(
            "ky_bao_cao", "báo cáo giai đoạn phải ghi “tu_nam” (năm đầu của giai đoạn), ví dụ tu_nam: 2021"
        )
    if k.ky == "giai_doan" and k.chot_so_lieu != "theo_lich":
        raise PydanticCustomError("ky_bao_cao", "báo cáo giai đoạn tính trọn từng năm nên không dùng “chot_so_lieu”")


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def _prev_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def month_word(month: int) -> str:
    """``tháng 01``, ``tháng 02``, ``tháng 10``: months 1 and 2 carry a zero, as in NĐ30 dates."""
    return f"tháng {month:02d}" if month < 3 else f"tháng {month}"


def same_day_year_before(day: date) -> date:
    """The same calendar day one year earlier; 29/02 becomes 28/02."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Period:
    """A report's window and its Vietnamese words. ``year`` is the report's ``nam``."""

    year: int
    preset: str
    first_month: int  # of the calendar part: 1 for năm, 7 for quý III …
    last_month: int
    start: date
    end: date
    cutoff: bool = False
    until: date | None = None  # "tính đến ngày" for a preset cut short

    # ---------------------------------------------------------------- dates

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def full_year(self) -> bool:
        return self.preset == "nam" and self.until is None

    @property
    def before_year_end(self) -> bool:
        """Drafted before the year is over: an "ước thực hiện cả năm" makes sense."""
        return self.end < date(self.year, 12, 14 if self.cutoff else 31)

    def year_before(self) -> Period:
        """The same window one year earlier, for "cùng kỳ"."""
        return Period(
            self.year - 1,
            self.preset,
            self.first_month,
            self.last_month,
            same_day_year_before(self.start),
            same_day_year_before(self.end),
            self.cutoff,
            same_day_year_before(self.until) if self.until else None,
        )

    def bucket(self, day: date) -> tuple[int, int]:
        """The (year, month) a record is charted under: with the cut-off, the 15th onwards counts to next month."""
        if self.cutoff and day.day >= 15:
            return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
        return day.year, day.month

    def months(self) -> list[tuple[int, int]]:
        """Every (year, month) of the window in order, as the charts show them."""
        first = self.bucket(self.start)
        last = self.bucket(self.end)
        out = [first]
        while out[-1] != last:
            y, m = out[-1]
            out.append((y + 1, 1) if m == 12 else (y, m + 1))
        return out

    def month_labels(self) -> list[str]:
        months = self.months()
        one_year = len({y for y, _ in months}) == 1
        return [f"T{m}" if one_year else f"T{m}/{y % 100:02d}" for y, m in months]

    # ---------------------------------------------------------------- words

    @property
    def name(self) -> str:
        """The period as a noun phrase: ``6 tháng đầu năm 2023``, ``quý I năm 2026``, ``tháng 10 năm 2023``."""
        y = self.year
        if self.preset == "thang":
            return f"{month_word(self.first_month)} năm {y}"
        if self.preset == "quy":
            return f"quý {roman((self.first_month + 2) // 3)} năm {y}"
        if self.preset == "6_thang_dau_nam":
            return f"6 tháng đầu năm {y}"
        if self.preset == "9_thang":
            return f"9 tháng đầu năm {y}"
        if self.preset == "n_thang_dau_nam":
            return f"{month_word(1)} năm {y}" if self.last_month == 1 else f"{self.last_month} tháng đầu năm {y}"
        if self.preset == "nam":
            return f"năm {y}"
        return f"từ ngày {short_date(self.start)} đến ngày {short_date(self.end)}"

    @property
    def until_note(self) -> str:
        return f" (tính đến ngày {short_date(self.until)})" if self.until else ""

    @property
    def during(self) -> str:
        """Opening words of a figure sentence: ``Trong 6 tháng đầu năm 2023``, ``Từ ngày … đến ngày …``."""
        if self.preset == "khoang_ngay":
            return self.name[:1].upper() + self.name[1:]
        return f"Trong {self.name}{self.until_note}"

    @property
    def of(self) -> str:
        """The period after a noun: ``năm 2023`` for the year (unchanged wording), ``trong quý I năm 2026``."""
        if self.full_year:
            return self.name
        if self.preset == "khoang_ngay":
            return self.name
        return f"trong {self.name}{self.until_note}"

    @property
    def previous_name(self) -> str:
        """What a figure is compared with: ``năm 2022`` for a whole year, otherwise ``cùng kỳ năm 2022``."""
        return f"năm {self.year - 1}" if self.full_year else f"cùng kỳ năm {self.year - 1}"

    @property
    def next_name(self) -> str:
        """The period the tasks are for: ``6 tháng cuối năm 2023``, ``quý II năm 2026``, ``năm 2024``."""
        y = self.year
        if self.preset == "thang":
            return f"{month_word(self.first_month % 12 + 1)} năm {y + (self.first_month == 12)}"
        if self.preset == "quy":
            q = (self.first_month + 2) // 3
            return f"quý {roman(q % 4 + 1)} năm {y + (q == 4)}"
        if self.preset == "6_thang_dau_nam":
            return f"6 tháng cuối năm {y}"
        if self.preset == "9_thang":
            return f"quý IV năm {y}"
        if self.preset == "n_thang_dau_nam":
            left = 12 - self.last_month
            return f"{month_word(12)} năm {y}" if left == 1 else f"{left} tháng cuối năm {y}"
        if self.preset == "nam":
            return f"năm {y + 1}"
        return "thời gian tới"

    @property
    def column(self) -> str:
        """The table column of this period: ``Năm 2023``, ``6 tháng đầu năm 2023``, ``Quý I/2026``."""
        return self._column(self.year, self.start, self.end)

    @property
    def previous_column(self) -> str:
        before = self.year_before()
        return self._column(self.year - 1, before.start, before.end)

    def _column(self, year: int, start: date, end: date) -> str:
        if self.preset == "thang":
            return (
                f"Tháng {self.first_month:02d}/{year}" if self.first_month < 3 else f"Tháng {self.first_month}/{year}"
            )
        if self.preset == "quy":
            return f"Quý {roman((self.first_month + 2) // 3)}/{year}"
        if self.preset == "6_thang_dau_nam":
            return f"6 tháng đầu năm {year}"
        if self.preset == "9_thang":
            return f"9 tháng đầu năm {year}"
        if self.preset == "n_thang_dau_nam":  # "10 tháng năm 2022", as reports head the column
            return f"Tháng 01/{year}" if self.last_month == 1 else f"{self.last_month} tháng năm {year}"
        if self.preset == "nam" and self.until is None:
            return f"Năm {year}"
        if self.preset == "nam":  # a year counted until a day: "Thực hiện đến 31/10/2022"
            return f"Thực hiện đến {short_date(end)}"
        return date_range_phrase(start, end)

    @property
    def title(self) -> str:
        """The trích yếu: ``Tổng kết công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024`` for a year,
        ``Công tác đối ngoại 6 tháng đầu năm 2023 và phương hướng, nhiệm vụ 6 tháng cuối năm 2023`` otherwise."""
        if self.preset == "nam":
            return f"Tổng kết công tác đối ngoại năm {self.year} và phương hướng, nhiệm vụ năm {self.year + 1}"
        return f"Công tác đối ngoại {self.name} và phương hướng, nhiệm vụ {self.next_name}"

    @property
    def draft_year(self) -> int:
        """The year the document is dated in when it has no date yet: a year report is signed the next January."""
        return self.year + 1 if self.full_year else self.end.year

    def words(self) -> dict[str, str]:
        """Every phrase of the period, for the template and for speeches quoting the report."""
        return {
            "ten": self.name,
            "ten_hoa": upper_vi(self.name),
            "ten_day_du_hoa": upper_vi(self.name + self.until_note),
            "danh_sach_hoa": upper_vi(self.name + self.until_note),  # the lists' titles (a span: their years)
            "trong": self.during,
            "cua": self.of,
            "ky_sau": self.next_name,
            "ky_sau_hoa": upper_vi(self.next_name),
            "cung_ky": self.previous_name,
            "cot_nay": self.column,
            "cot_truoc": self.previous_column,
            "tu_ngay": short_date(self.start),
            "den_ngay": short_date(self.end),
            "ca_nam": f"năm {self.year}",
        }


def _window(k: KyBaoCao, year: int) -> tuple[int, int, date, date]:
    """(first month, last month, start, end) of a preset or range."""
    if k.ky == "khoang_ngay":
        assert k.den_ngay is not None
        start = k.tu_ngay or date(year, 1, 1)
        return start.month, k.den_ngay.month, start, k.den_ngay
    first, last = {
        "nam": (1, 12),
        "6_thang_dau_nam": (1, 6),
        "9_thang": (1, 9),
        "n_thang_dau_nam": (1, k.so_thang or 1),
        "thang": (k.thang or 1, k.thang or 1),
        "quy": ((QUARTERS[k.quy or "I"] - 1) * 3 + 1, QUARTERS[k.quy or "I"] * 3),
    }[k.ky]
    if k.chot_so_lieu == "tu_15_den_14":
        py, pm = _prev_month(year, first)
        return first, last, date(py, pm, 15), date(year, last, 14)
    return first, last, _month_start(year, first), _month_end(year, last)


def period_of(k: KyBaoCao | None, year: int) -> Period:
    """The period of a report; raises ValueError (Vietnamese) when ``den_ngay`` does not fit it."""
    k = k or KyBaoCao()
    first, last, start, end = _window(k, year)
    until = None
    if k.ky == "khoang_ngay":
        if end.year != year:
            raise ValueError(f"“den_ngay” ({short_date(end)}) phải thuộc năm báo cáo {year}")
        if end < start:
            raise ValueError(f"“den_ngay” ({short_date(end)}) trước “tu_ngay” ({short_date(start)})")
    elif k.den_ngay is not None:
        if not start <= k.den_ngay <= end:
            raise ValueError(
                f"“den_ngay” ({short_date(k.den_ngay)}) phải nằm trong kỳ báo cáo "
                f"({short_date(start)} đến {short_date(end)})"
            )
        if k.den_ngay != end:
            until, end = k.den_ngay, k.den_ngay
    return Period(year, k.ky, first, last, start, end, k.chot_so_lieu == "tu_15_den_14", until)

"""A day-by-day schedule (chương trình làm việc, lịch đón tiếp), shared by the chuong_trinh kind and the
programme part of a kế hoạch đón đoàn, so that both print the same table from the same rows.

Staff type one row per activity with its date (as in an Excel sheet); the rows are grouped into days here,
in time order, and each day is headed by its weekday, which the program computes and never takes typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from itertools import groupby
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from reportgen.blocks.context import MoTa
from reportgen.models import Chu, Gio, Ngay, Strict
from reportgen.vietnamese import short_date, trim_end, weekday


class HoatDong(Strict):
    """One activity of the programme: a row of the table."""

    ngay: Ngay
    bat_dau: Gio
    ket_thuc: Gio | None = None
    noi_dung: Chu
    dia_diem: Chu | None = None
    thanh_phan: Chu | None = None
    chuan_bi: Chu | None = None  # the body that prepares it (đơn vị chuẩn bị)

    @field_validator("ket_thuc")
    @classmethod
    def _ends_after_start(cls, value: time | None, info: ValidationInfo) -> time | None:
        start = info.data.get("bat_dau")
        if value is not None and isinstance(start, time) and value <= start:
            raise PydanticCustomError(
                "gio_ket_thuc",
                "giờ kết thúc {end} không sau giờ bắt đầu {start}",
                {"end": clock(value), "start": clock(start)},
            )
        return value


Lich = Annotated[list[HoatDong], Field(min_length=1)]


def clock(t: time) -> str:
    """``08h00``, ``14h30``: how a programme's table writes a time of day."""
    return f"{t.hour:02d}h{t.minute:02d}"


def day_title(d: date) -> str:
    """``Thứ Hai, ngày 15/9/2025``: the heading row of one day, its weekday computed from the calendar."""
    day = weekday(d)
    return f"{day[:1].upper()}{day[1:]}, ngày {short_date(d)}"


def _cell(text: str | None) -> str:
    return trim_end(text) if text else ""


@dataclass(frozen=True, kw_only=True)
class DongLich:
    """One row of the programme table."""

    thoi_gian: Annotated[str, MoTa("Giờ: “08h00” hoặc “08h30 - 10h00”")]
    noi_dung: Annotated[str, MoTa("Nội dung hoạt động")]
    dia_diem: Annotated[str, MoTa("Địa điểm (có thể trống)")]
    thanh_phan: Annotated[str, MoTa("Thành phần (có thể trống)")]
    chuan_bi: Annotated[str, MoTa("Đơn vị chuẩn bị (có thể trống)")]


@dataclass(frozen=True, kw_only=True)
class NgayLich:
    """One day of the programme: its heading row and its activities."""

    tieu_de: Annotated[str, MoTa("Dòng đầu của ngày, thứ do chương trình tính: “Thứ Hai, ngày 15/9/2025”")]
    hoat_dong: Annotated[list[DongLich], MoTa("Các hoạt động trong ngày, theo giờ")]


def schedule(rows: list[HoatDong]) -> list[NgayLich]:
    """Days in order, each with its activities in time order (rows of the same time keep the typed order)."""
    ordered = sorted(rows, key=lambda r: (r.ngay, r.bat_dau))
    return [
        NgayLich(
            tieu_de=day_title(day),
            hoat_dong=[
                DongLich(
                    thoi_gian=clock(r.bat_dau) + (f" - {clock(r.ket_thuc)}" if r.ket_thuc else ""),
                    noi_dung=_cell(r.noi_dung),
                    dia_diem=_cell(r.dia_diem),
                    thanh_phan=_cell(r.thanh_phan),
                    chuan_bi=_cell(r.chuan_bi),
                )
                for r in items
            ],
        )
        for day, items in groupby(ordered, key=lambda r: r.ngay)
    ]


def period(rows: list[HoatDong]) -> tuple[date, date]:
    """First and last day of the programme."""
    days = [r.ngay for r in rows]
    return min(days), max(days)

"""Per-year totals of a span report, and the checks that keep them apart from the records.

A tổng kết of 2021–2025 is often written when the office's detailed lists start in 2024: the years before are
known only by the totals of their year reports. Those totals are typed per year (``so_lieu_theo_nam``); a year
is either counted from its records or taken from its totals, never both, so no delegation is counted twice and
none silently dropped. Every problem is reported at once, at the line of the year concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, Field, ValidationError
from pydantic_core import InitErrorDetails

from reportgen.kinds._cross import error
from reportgen.kinds.bao_cao_nam.span_period import SpanPeriod
from reportgen.models import SoLuong, SoTien, Strict
from reportgen.vietnamese import join_vietnamese, pad2

# The totals a year may be given by, in the order of the year-by-year table.
COUNTS = ("doan_vao", "luot_nguoi_vao", "doan_ra", "luot_nguoi_ra", "thoa_thuan", "hoi_nghi", "du_an_pcpnn")
MONEY = ("vien_tro_cam_ket_usd", "vien_tro_giai_ngan_usd", "vien_tro_cam_ket_vnd", "vien_tro_giai_ngan_vnd")
RECORD_WORDS = {
    "doan_vao": "đoàn vào",
    "doan_ra": "đoàn ra",
    "thoa_thuan": "thỏa thuận",
    "hoi_nghi": "hội nghị, sự kiện",
    "du_an_pcpnn": "dự án PCPNN",
}


class SoLieuNam(Strict):
    """One year of a span known by its totals (its records are not in the file)."""

    nam: Annotated[int, Field(ge=2000, le=2100)]
    doan_vao: SoLuong | None = None
    luot_nguoi_vao: SoLuong | None = None
    doan_ra: SoLuong | None = None
    luot_nguoi_ra: SoLuong | None = None
    thoa_thuan: SoLuong | None = None
    hoi_nghi: SoLuong | None = None
    du_an_pcpnn: SoLuong | None = None
    # aid in the two currencies year reports give it in; one column each, so the list reads as one Excel sheet
    vien_tro_cam_ket_usd: SoTien | None = None
    vien_tro_giai_ngan_usd: SoTien | None = None
    vien_tro_cam_ket_vnd: SoTien | None = None
    vien_tro_giai_ngan_vnd: SoTien | None = None


def record_days(model: Any) -> dict[str, list[date]]:
    """The date that places each record in a year; an aid project without an approval date has none."""
    return {
        "doan_vao": [r.tu_ngay for r in model.doan_vao],
        "doan_ra": [r.tu_ngay for r in model.doan_ra],
        "thoa_thuan": [t.ngay_ky for t in model.thoa_thuan],
        "hoi_nghi": [h.tu_ngay for h in model.hoi_nghi],
        "du_an_pcpnn": [d.ngay_phe_duyet for d in model.du_an_pcpnn if d.ngay_phe_duyet is not None],
    }


def typed_values(entry: SoLieuNam) -> dict[str, Decimal | int | None]:
    """A year's totals under the flat names of the report (``vien_tro_cam_ket_usd`` …); a figure not typed is
    None."""
    return {k: getattr(entry, k) for k in (*COUNTS, *MONEY)}


Problem = tuple[tuple[str | int, ...], str]


def _outside_span(model: Any, period: SpanPeriod) -> list[Problem]:
    if not model.so_lieu_theo_nam:
        return []
    if not isinstance(period, SpanPeriod):
        return [
            (
                ("so_lieu_theo_nam",),
                "chỉ ghi “so_lieu_theo_nam” trong báo cáo giai đoạn (ky_bao_cao: ky: giai_doan, tu_nam: …)",
            )
        ]
    problems: list[Problem] = []
    seen: set[int] = set()
    for i, entry in enumerate(model.so_lieu_theo_nam):
        if entry.nam not in period.years:
            problems.append((("so_lieu_theo_nam", i, "nam"), f"năm {entry.nam} không thuộc {period.name}"))
        elif entry.nam in seen:
            problems.append((("so_lieu_theo_nam", i, "nam"), f"năm {entry.nam} đã ghi ở một mục trước"))
        seen.add(entry.nam)
    return problems


def _both(model: Any, period: SpanPeriod) -> list[Problem]:
    """A year given by totals must have no record dated in it."""
    days = record_days(model)
    problems: list[Problem] = []
    for i, entry in enumerate(model.so_lieu_theo_nam):
        found = {k: sum(1 for d in v if d.year == entry.nam) for k, v in days.items()}
        parts = [f"{pad2(n)} {RECORD_WORDS[k]}" for k, n in found.items() if n]
        if parts:
            problems.append(
                (
                    ("so_lieu_theo_nam", i, "nam"),
                    f"năm {entry.nam} đã có số liệu tổng ở đây nên không ghi thêm các mục có ngày trong năm "
                    f"{entry.nam} (đang có {join_vietnamese(parts)}); hãy bỏ các mục đó hoặc bỏ số liệu tổng của "
                    f"năm {entry.nam}",
                )
            )
    return problems


def _missing(model: Any, counted_keys: set[str]) -> list[Problem]:
    """A figure the table prints must be known for every year given by totals, or its span total is wrong."""
    problems: list[Problem] = []
    typed = [typed_values(e) for e in model.so_lieu_theo_nam]
    shown = counted_keys | {k for values in typed for k, v in values.items() if v}
    for i, (entry, values) in enumerate(zip(model.so_lieu_theo_nam, typed, strict=True)):
        for key in (*COUNTS, *MONEY):
            if key in shown and values[key] is None:
                problems.append(
                    (
                        ("so_lieu_theo_nam", i, key),
                        f"năm {entry.nam} chưa ghi “{key}” nên không tính được tổng cả giai đoạn; ghi 0 nếu năm "
                        "đó không có",
                    )
                )
    return problems


def _undated(model: Any, period: SpanPeriod) -> list[Problem]:
    """An aid project with no approval date cannot be placed in a year of the table."""
    return [
        (
            ("du_an_pcpnn", i, "ngay_phe_duyet"),
            f"dự án “{d.ten}” không ghi “ngay_phe_duyet” nên không xếp được vào năm nào của {period.name}",
        )
        for i, d in enumerate(model.du_an_pcpnn)
        if d.ngay_phe_duyet is None
    ]


def counted_keys(model: Any, period: SpanPeriod) -> set[str]:
    """The figures the span's records give (non-zero), under the flat names."""
    inbound = [r for r in model.doan_vao if period.contains(r.tu_ngay)]
    outbound = [r for r in model.doan_ra if period.contains(r.tu_ngay)]
    projects = [d for d in model.du_an_pcpnn if d.ngay_phe_duyet is not None and period.contains(d.ngay_phe_duyet)]
    given = {
        "doan_vao": len(inbound),
        "luot_nguoi_vao": sum(r.so_nguoi for r in inbound),
        "doan_ra": len(outbound),
        "luot_nguoi_ra": sum(r.so_nguoi for r in outbound),
        "thoa_thuan": sum(1 for t in model.thoa_thuan if period.contains(t.ngay_ky)),
        "hoi_nghi": sum(1 for h in model.hoi_nghi if period.contains(h.tu_ngay)),
        "du_an_pcpnn": len(projects),
    }
    keys = {k for k, n in given.items() if n}
    keys |= {f"vien_tro_cam_ket_{d.tien_te.lower()}" for d in projects if d.cam_ket}
    keys |= {f"vien_tro_giai_ngan_{d.tien_te.lower()}" for d in projects if d.giai_ngan}
    return keys


def _other_currencies(model: Any, period: SpanPeriod) -> list[Problem]:
    """Years given by totals carry aid in USD and VND only: a project in another currency has no column to add to."""
    if not model.so_lieu_theo_nam:
        return []
    return [
        (
            ("du_an_pcpnn", i, "tien_te"),
            f"dự án “{d.ten}” tính bằng {d.tien_te}, nhưng số tổng theo năm chỉ có USD và VND nên không cộng được "
            f"tổng {period.name}; hãy ghi dự án này bằng USD hoặc VND",
        )
        for i, d in enumerate(model.du_an_pcpnn)
        if d.tien_te not in ("USD", "VND") and d.ngay_phe_duyet is not None and period.contains(d.ngay_phe_duyet)
    ]


def span_problems(model: Any) -> list[Problem]:
    """Every problem of a span report's input (none for a report of another period without per-year totals)."""
    period = model.period
    problems = _outside_span(model, period)
    if not isinstance(period, SpanPeriod):
        return problems
    if model.nam_truoc is not None and model.nam_truoc.tep is not None:
        problems.append(
            (
                ("nam_truoc", "tep"),
                f"báo cáo {period.name} so sánh với {period.previous_name} bằng “nam_truoc.so_lieu” (tổng số của "
                f"{period.previous_name}), không đọc tệp",
            )
        )
    problems += _both(model, period) + _missing(model, counted_keys(model, period))
    return problems + _undated(model, period) + _other_currencies(model, period)


def empty_years(model: Any) -> list[Problem]:
    """A warning for each year of a span with neither a dated record nor typed totals: its column prints 0."""
    period = model.period
    if not isinstance(period, SpanPeriod):
        return []
    days = [d for values in record_days(model).values() for d in values if period.contains(d)]
    known = {d.year for d in days} | {e.nam for e in model.so_lieu_theo_nam}
    empty = [y for y in period.years if y not in known]
    if not empty:
        return []
    names = ", ".join(str(y) for y in empty)
    return [
        (
            ("so_lieu_theo_nam",),
            f"năm {names} của {period.name} không có mục nào trong các danh sách và không có số tổng trong "
            "“so_lieu_theo_nam”, nên bảng theo năm ghi 0; nếu chưa có danh sách chi tiết, hãy ghi số tổng của năm đó",
        )
    ]


def check_span(cls: type[BaseModel], data: Any, handler: Callable[[Any], Any]) -> Any:
    """The model, or one ValidationError with every span problem at its line."""
    model = handler(data)
    problems = span_problems(model)
    if problems:
        details: list[InitErrorDetails] = [error(loc, None, "giai_doan", message) for loc, message in problems]
        raise ValidationError.from_exception_data(cls.__name__, details)
    return model

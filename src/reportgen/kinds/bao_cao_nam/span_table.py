"""The year-by-year table of a span report: one row per figure, one column per year, then the span's total.

Sums of money are printed in whole thousands of their currency (in millions for đồng, as summary tables write
them), so that six figure columns fit a portrait page; the total column adds the exact amounts and
is rounded once, the way a statistics table is. A year known by its totals only is named under the table.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportgen.kinds.bao_cao_nam.currency import label, ordered
from reportgen.kinds.bao_cao_nam.span_wording import years_phrase
from reportgen.vietnamese import format_number, roman

ROWS: list[tuple[str, str, str]] = [
    ("doan_vao", "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "đoàn"),
    ("luot_nguoi_vao", "Thành viên các đoàn vào", "lượt người"),
    ("doan_ra", "Đoàn đi công tác nước ngoài (đoàn ra)", "đoàn"),
    ("luot_nguoi_ra", "Thành viên các đoàn ra", "lượt người"),
    ("thoa_thuan", "Thỏa thuận quốc tế được ký kết", "văn bản"),
    ("hoi_nghi", "Hội nghị, hội thảo, sự kiện quốc tế", "sự kiện"),
    ("du_an_pcpnn", "Chương trình, dự án viện trợ PCPNN", "dự án"),
]
AID = [("vien_tro_cam_ket", "Vốn viện trợ PCPNN cam kết"), ("vien_tro_giai_ngan", "Vốn viện trợ PCPNN giải ngân")]
WHOLE = Decimal(1)
IN_BODY = 5  # years section II has room for; a longer span's table is an appendix after the summary (Phụ lục II)
LISTS = ("doan_vao", "doan_ra", "thoa_thuan", "hoi_nghi", "du_an_pcpnn")  # the appendices after it, in order


def _scaled(value: Decimal, code: str) -> str:
    """``79.389`` (triệu đồng), ``3.161`` (nghìn USD): rounded to a whole unit, a zero sum as ``–``."""
    if not value:
        return "–"
    unit = Decimal(1_000_000) if code == "VND" else Decimal(1_000)
    return format_number((value / unit).quantize(WHOLE, rounding=ROUND_HALF_UP))


NBSP = "\u00a0"  # a unit stays on one line of its narrow column


def _unit(code: str) -> str:
    return f"triệu{NBSP}đồng" if code == "VND" else f"nghìn{NBSP}{label(code)}"


def year_rows(fig: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure some year has, with its value in each year and over the span."""
    years = fig["theo_nam"]["nam"]
    values = fig["theo_nam"]["so_lieu"]
    rows: list[dict[str, Any]] = []
    for key, text, unit in ROWS:
        per_year = [int(values[y].get(key, 0)) for y in years]
        if any(per_year):
            cells = [format_number(v) for v in per_year]
            rows.append(
                {
                    "noi_dung": text,
                    "don_vi": unit.replace(" ", NBSP),
                    "nam": cells,
                    "tong": format_number(sum(per_year)),
                }
            )
    for prefix, text in AID:
        codes = ordered({k.rsplit("_", 1)[1].upper() for y in years for k in values[y] if k.startswith(prefix + "_")})
        for code in codes:
            key = f"{prefix}_{code.lower()}"
            amounts = [Decimal(values[y].get(key, 0)) for y in years]
            if any(amounts):
                rows.append(
                    {
                        "noi_dung": text,
                        "don_vi": _unit(code),
                        "nam": [_scaled(a, code) for a in amounts],
                        "tong": _scaled(sum(amounts, Decimal(0)), code),
                    }
                )
    for i, row in enumerate(rows, 1):
        row["tt"] = str(i)
    return rows


def _last_column(year: int, until: str) -> str:
    """``Năm 2025``, or ``Năm 2025 (đến 30/9)`` when the span is counted until a day of its last year."""
    day_month = until.rsplit("/", 1)[0]
    return f"Năm {year}" if day_month == "31/12" else f"Năm {year} (đến {day_month})"


def year_table(fig: dict[str, Any]) -> dict[str, Any] | None:
    """The table's context: ``None`` for a report that is not a span (the template prints no table; the
    template checker then reads the table's tags as unchecked, not as fields missing from an empty group)."""
    if "theo_nam" not in fig:
        return None
    span = fig["theo_nam"]
    years = span["nam"]
    typed = span["tong_hop"]
    note = (
        f"Số liệu {years_phrase(typed)} lấy theo số tổng hợp hằng năm; các năm còn lại đếm từ danh sách chi tiết."
        if typed and len(typed) < len(years)
        else ""
    )
    if typed and len(typed) == len(years):
        note = "Số liệu các năm lấy theo số tổng hợp hằng năm."
    return {
        "so_nam": len(years),
        "cot": [f"Năm {y}" for y in years[:-1]] + [_last_column(years[-1], fig["ky"]["den_ngay"])],
        "dong": year_rows(fig),
        "ghi_chu": note,
    }


def with_year_appendix(context: dict[str, Any]) -> dict[str, Any]:
    """A span longer than ``IN_BODY`` years: its table is Phụ lục II and the lists after it are renumbered."""
    table = context["theo_nam"]
    appendices = context["phu_luc"]
    appendices["theo_nam"] = {"so": ""}  # no appendix; the same shape for every report (check --templates)
    if not table or table["so_nam"] <= IN_BODY or not table["dong"]:
        return context
    appendices["theo_nam"] = {"so": roman(2)}
    number = 2
    for key in LISTS:
        if appendices[key]:
            number += 1
            appendices[key]["so"] = roman(number)
    return context

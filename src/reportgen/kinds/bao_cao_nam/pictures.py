"""The annual report's charts, drawn from the same figures as its sentences and tables."""

from __future__ import annotations

from typing import Any

YEAR_ON_YEAR = [
    ("Đoàn vào", "doan_vao"),
    ("Đoàn ra", "doan_ra"),
    ("Thỏa thuận", "thoa_thuan"),
    ("Hội nghị, sự kiện", "hoi_nghi"),
    ("Dự án PCPNN", "du_an_pcpnn"),
]


def pictures(fig: dict[str, Any]) -> list[dict[str, Any]]:
    """Numbered pictures with captions; a chart with nothing to show is left out, the others renumbered."""
    # matplotlib is loaded only for reports that draw charts
    from reportgen.kinds.bao_cao_nam.charts import by_country, by_month, year_on_year

    year = fig["nam"]
    previous = fig["nam_truoc"] or {}
    rows = [(label, float(previous[key]), float(fig["phang"][key])) for label, key in YEAR_ON_YEAR if key in previous]
    pictures = [
        (year_on_year(rows, year), f"So sánh một số chỉ tiêu năm {year} với năm {year - 1}"),
        (
            by_month(fig["doan_vao"]["theo_thang"], fig["doan_ra"]["theo_thang"], year),
            f"Số đoàn vào, đoàn ra theo tháng năm {year}",
        ),
        (
            by_country(fig["doan_vao"]["theo_quoc_gia"], year),
            f"Các quốc gia, tổ chức quốc tế có nhiều đoàn vào nhất năm {year}",
        ),
    ]
    present = [(picture, caption) for picture, caption in pictures if picture is not None]
    return [{"so": str(n), "hinh": picture, "tieu_de": caption} for n, (picture, caption) in enumerate(present, 1)]

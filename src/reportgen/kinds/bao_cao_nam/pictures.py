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


def captions(fig: dict[str, Any]) -> tuple[str, str, str]:
    """Captions of the three charts; a whole year keeps the wording it always had."""
    ky = fig["ky"]
    if fig["ca_nam"]:
        year = fig["nam"]
        return (
            f"So sánh một số chỉ tiêu năm {year} với năm {year - 1}",
            f"Số đoàn vào, đoàn ra theo tháng năm {year}",
            f"Các quốc gia, tổ chức quốc tế có nhiều đoàn vào nhất năm {year}",
        )
    return (
        f"So sánh một số chỉ tiêu {ky['ten']} với {ky['cung_ky']}",
        f"Số đoàn vào, đoàn ra {ky.get('theo_buoc', 'theo tháng')} {ky['cua']}",  # a span: "theo năm"
        f"Các quốc gia, tổ chức quốc tế có nhiều đoàn vào nhất {ky.get('cua_chi_tiet', ky['cua'])}",
    )


def pictures(fig: dict[str, Any]) -> list[dict[str, Any]]:
    """Numbered pictures with captions; a chart with nothing to show is left out, the others renumbered.

    A one-month period has no month chart: one pair of bars says nothing the sentence does not.
    """
    # matplotlib is loaded only for reports that draw charts
    from reportgen.kinds.bao_cao_nam.charts import by_country, by_month, year_on_year

    ky = fig["ky"]
    previous = fig["nam_truoc"] or {}
    rows = [
        (label, float(previous[key]), float(fig["phang"][key]))
        for label, key in YEAR_ON_YEAR
        if previous.get(key) is not None
    ]
    compare, monthly, countries = captions(fig)
    months = fig["thang"]
    month_chart = (
        by_month(fig["doan_vao"]["theo_thang"], fig["doan_ra"]["theo_thang"], months, monthly)
        if len(months) > 1
        else None
    )
    before, now = (
        (ky["cot_truoc"], ky["cot_nay"]) if not fig["ca_nam"] else (f"Năm {fig['nam'] - 1}", f"Năm {fig['nam']}")
    )
    pictures = [
        (year_on_year(rows, fig["nam"], before, now, compare), compare),
        (month_chart, monthly),
        (by_country(fig["doan_vao"]["theo_quoc_gia"], countries), countries),
    ]
    present = [(picture, caption) for picture, caption in pictures if picture is not None]
    return [{"so": str(n), "hinh": picture, "tieu_de": caption} for n, (picture, caption) in enumerate(present, 1)]

"""Figures of a span report ("giai đoạn 2021–2025"): each year's figures, and the span's totals.

A year is counted from its records (the same counting as a year report's) or taken from its typed totals
(``so_lieu_theo_nam``); the span's totals add the typed years into the figures counted from the records, so every
sentence, table and speech that reads ``so_doan`` reads the span's total. What only records can tell (countries,
levels, donors) stays the records' and is worded with the years it covers (see span_wording).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportgen.kinds.bao_cao_nam.figures import figures_of, flat
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.period import KyBaoCao, period_of
from reportgen.kinds.bao_cao_nam.span_input import COUNTS, typed_values
from reportgen.kinds.bao_cao_nam.span_period import SpanPeriod
from reportgen.kinds.bao_cao_nam.span_wording import years_phrase
from reportgen.vietnamese import upper_vi

# (flat name, group, field) of the counts the typed years add to the record counts
MERGED = [
    ("doan_vao", "doan_vao", "so_doan"),
    ("luot_nguoi_vao", "doan_vao", "luot_nguoi"),
    ("doan_ra", "doan_ra", "so_doan"),
    ("luot_nguoi_ra", "doan_ra", "luot_nguoi"),
    ("thoa_thuan", "thoa_thuan", "so_van_ban"),
    ("hoi_nghi", "hoi_nghi", "so_su_kien"),
    ("du_an_pcpnn", "vien_tro_pcpnn", "so_du_an"),
]
PER_YEAR_CHART = {"doan_vao": "doan_vao", "doan_ra": "doan_ra"}  # group -> flat name, drawn per year


def _year_window(model: Input, period: SpanPeriod, year: int) -> Any:
    """One calendar year of the span (the last one cut at ``den_ngay`` when the span is)."""
    start = max(period.start, period.start.replace(year=year))
    end = min(period.end, period.end.replace(year=year, month=12, day=31))
    return period_of(KyBaoCao(ky="khoang_ngay", tu_ngay=start, den_ngay=end), year)


def _money_keys(values: dict[str, Any]) -> list[str]:
    return [k for k in values if k.startswith(("vien_tro_cam_ket_", "vien_tro_giai_ngan_"))]


def per_year(model: Input, period: SpanPeriod) -> dict[int, dict[str, Any]]:
    """Each year's figures under the flat names: counted from records, or as typed (validated: never both)."""
    typed = {entry.nam: typed_values(entry) for entry in model.so_lieu_theo_nam}
    out: dict[int, dict[str, Any]] = {}
    for year in period.years:
        if year in typed:
            out[year] = {k: v for k, v in typed[year].items() if v is not None}
            continue
        counted = figures_of(model, None, _year_window(model, period, year))["phang"]
        out[year] = {k: counted[k] for k in (*COUNTS, *_money_keys(counted))}
    return out


def with_years(figs: dict[str, Any], model: Input) -> dict[str, Any]:
    """A span's figures: typed years added to the records' counts, per-year charts (the span's partners are
    counted over its window: partners.py).

    Other periods' figures are returned unchanged.
    """
    period = model.period
    if not isinstance(period, SpanPeriod):
        return figs
    years = per_year(model, period)
    typed_years = [e.nam for e in sorted(model.so_lieu_theo_nam, key=lambda e: e.nam)]
    for name, group, field in MERGED:
        figs[group][field] += sum(years[y].get(name, 0) for y in typed_years)
    aid = figs["vien_tro_pcpnn"]
    for year in typed_years:
        for key in _money_keys(years[year]):
            prefix, code = key.rsplit("_", 1)
            sums = aid["cam_ket" if prefix == "vien_tro_cam_ket" else "giai_ngan"]
            sums[code.upper()] = sums.get(code.upper(), Decimal(0)) + years[year][key]
    for group, name in PER_YEAR_CHART.items():
        figs[group]["theo_thang"] = [years[y].get(name, 0) for y in period.years]
    figs["phang"] = flat(figs)
    figs["theo_nam"] = {"nam": period.years, "tong_hop": typed_years, "so_lieu": years}
    detail = [y for y in period.years if y not in typed_years]
    if typed_years and detail:  # what only the lists tell is said of the years they cover
        figs["ky"]["cua_chi_tiet"] = f"trong {years_phrase(detail)}"
        figs["ky"]["danh_sach_hoa"] = upper_vi(years_phrase(detail) + period.until_note)
    return figs

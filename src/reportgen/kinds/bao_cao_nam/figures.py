"""Figures of the annual report, counted from the records: numbers only, no wording.

Kept apart from the wording so that a speech quoting the report and the report itself read the same
numbers from one computation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from reportgen.kinds.bao_cao_nam.aid import aid_figures, counted, flat_aid
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.partners import partner_figures
from reportgen.kinds.bao_cao_nam.period import Period
from reportgen.kinds.bao_cao_nam.running_total import running_period


def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first; ties in Vietnamese-insensitive alphabetical order so the output is stable."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def per_month(period: Period, days: Iterable[Any]) -> list[int]:
    """Records per month of the period, in the period's month order (the cut-off moves the 15th onwards)."""
    months = period.months()
    counts = [0] * len(months)
    for day in days:
        key = period.bucket(day)
        if key in months:
            counts[months.index(key)] += 1
    return counts


def in_period(model: Input, period: Period) -> Input:
    """The model with only the records dated inside the period (records without a date are kept)."""
    return model.model_copy(
        update={
            "doan_vao": [r for r in model.doan_vao if period.contains(r.tu_ngay)],
            "doan_ra": [r for r in model.doan_ra if period.contains(r.tu_ngay)],
            "hoi_nghi": [r for r in model.hoi_nghi if period.contains(r.tu_ngay)],
            "thoa_thuan": [t for t in model.thoa_thuan if period.contains(t.ngay_ky)],
            "du_an_pcpnn": [d for d in model.du_an_pcpnn if counted(d, period, own_period(model, period))],
        }
    )


def left_out(model: Input, period: Period) -> dict[str, int]:
    """How many records of each list fall outside the period."""
    kept = in_period(model, period)
    names = ("doan_vao", "doan_ra", "thoa_thuan", "hoi_nghi", "du_an_pcpnn")
    counts = {n: len(getattr(model, n)) - len(getattr(kept, n)) for n in names}
    return {n: c for n, c in counts.items() if c}


def _inbound(model: Input, period: Period) -> dict[str, Any]:
    records = model.doan_vao
    countries = Counter(r.quoc_gia for r in records)
    return {
        "so_doan": len(records),
        "luot_nguoi": sum(r.so_nguoi for r in records),
        "so_quoc_gia": len(countries),
        "theo_quoc_gia": ranked(countries),
        "theo_cap": ranked(Counter(r.cap for r in records if r.cap)),
        "theo_thang": per_month(period, (r.tu_ngay for r in records)),
    }


def _outbound(model: Input, period: Period) -> dict[str, Any]:
    records = model.doan_ra
    countries = Counter(c for r in records for c in dict.fromkeys(r.quoc_gia))
    return {
        "so_doan": len(records),
        "luot_nguoi": sum(r.so_nguoi for r in records),
        "so_quoc_gia": len(countries),
        "theo_quoc_gia": ranked(countries),
        "theo_cap": ranked(Counter(r.cap for r in records if r.cap)),
        "theo_thang": per_month(period, (r.tu_ngay for r in records)),
    }


def _agreements(model: Input) -> dict[str, Any]:
    records = model.thoa_thuan
    return {
        "so_van_ban": len(records),
        "so_ban_ghi_nho": sum(1 for t in records if "ghi nhớ" in t.loai.casefold()),
        "so_quan_he_moi": sum(1 for t in records if t.quan_he_moi),
        "so_quoc_gia": len({t.quoc_gia for t in records}),
    }


def _events(model: Input) -> dict[str, Any]:
    records = model.hoi_nghi
    return {
        "so_su_kien": len(records),
        "dai_bieu_viet_nam": sum(r.dai_bieu_viet_nam for r in records),
        "dai_bieu_nuoc_ngoai": sum(r.dai_bieu_nuoc_ngoai for r in records),
    }


def own_period(model: Input, period: Period) -> bool:
    """Whether ``period`` is the file's own period (not a window cut from it for a comparison); a two-window
    report's running window ("7 tháng đầu năm") is its own too."""
    own = [model.period, running_period(model.ky_bao_cao, model.period)]
    return any(w is not None and (period.start, period.end) == (w.start, w.end) for w in own)


def flat(fig: dict[str, Any]) -> dict[str, Any]:
    """The totals compared with the same period last year, under the names of ``nam_truoc.so_lieu``.

    Aid sums get one key per currency (``vien_tro_cam_ket_usd``, ``vien_tro_cam_ket_vnd`` …) so that no
    currency is dropped from a table.
    """
    out: dict[str, Any] = {
        "doan_vao": fig["doan_vao"]["so_doan"],
        "luot_nguoi_vao": fig["doan_vao"]["luot_nguoi"],
        "doan_ra": fig["doan_ra"]["so_doan"],
        "luot_nguoi_ra": fig["doan_ra"]["luot_nguoi"],
        "thoa_thuan": fig["thoa_thuan"]["so_van_ban"],
        "dia_phuong_doi_tac": fig["dia_phuong_doi_tac"]["tong_so"],
        "hoi_nghi": fig["hoi_nghi"]["so_su_kien"],
        **flat_aid(fig["vien_tro_pcpnn"]),
    }
    for item in fig["khac"]:
        out[other_key(item)] = item["gia_tri"]
    return out


def other_key(item: dict[str, Any]) -> str:
    """A custom figure's key for year-on-year matching: its ``ma``, else its name."""
    return "khac:" + (item["ma"] or " ".join(item["ten"].casefold().split()))


def _others(model: Input) -> list[dict[str, Any]]:
    """The free-form figures, an empty ``cach_ghi`` and ``luy_ke`` read as exact and of this period."""
    return [
        f.model_dump() | {"cach_ghi": f.cach_ghi or "chinh_xac", "luy_ke": bool(f.luy_ke)} for f in model.so_lieu_khac
    ]


def estimates(model: Input) -> dict[str, Any]:
    """The "ước thực hiện cả năm" figures under the flat names; custom figures under their keys."""
    out: dict[str, Any] = {}
    if model.uoc_ca_nam is not None:
        u = model.uoc_ca_nam
        out = {
            k: v for k, v in u.model_dump(exclude={"vien_tro_cam_ket", "vien_tro_giai_ngan"}).items() if v is not None
        }
        out |= {f"vien_tro_cam_ket_{c.lower()}": v for c, v in (u.vien_tro_cam_ket or {}).items()}
        out |= {f"vien_tro_giai_ngan_{c.lower()}": v for c, v in (u.vien_tro_giai_ngan or {}).items()}
    for item in _others(model):
        if item["uoc_ca_nam"] is not None:
            out[other_key(item)] = item["uoc_ca_nam"]
    return out


def figures_of(model: Input, previous: dict[str, Any] | None, period: Period | None = None) -> dict[str, Any]:
    """Figures of the records inside the period; ``previous`` holds the same period's totals last year."""
    period = period or model.period
    aid = aid_figures(model.du_an_pcpnn, period, own_period(model, period))
    model = in_period(model, period)
    fig: dict[str, Any] = {
        "nam": model.nam,
        "ky": period.words(),
        "ca_nam": period.full_year,
        "thang": period.month_labels(),
        "doan_vao": _inbound(model, period),
        "doan_ra": _outbound(model, period),
        "thoa_thuan": _agreements(model),
        "dia_phuong_doi_tac": partner_figures(model.dia_phuong_doi_tac, period),
        "hoi_nghi": _events(model),
        "vien_tro_pcpnn": aid,
        "khac": _others(model),
    }
    fig["phang"] = flat(fig)
    fig["uoc"] = estimates(model)
    if previous is not None and fig["dia_phuong_doi_tac"]["khong_ro"]:  # a total missing some: never compared
        previous = {k: v for k, v in previous.items() if k != "dia_phuong_doi_tac"}
    fig["nam_truoc"] = previous
    return fig

"""Figures of the annual report, counted from the records: numbers only, no wording.

Kept apart from the wording so that a speech quoting the report and the report itself read the same
numbers from one computation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from reportgen.kinds.bao_cao_nam.model import Input


def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first; ties in Vietnamese-insensitive alphabetical order so the output is stable."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


def per_month(months: Iterable[int]) -> list[int]:
    counts = [0] * 12
    for m in months:
        counts[m - 1] += 1
    return counts


def sums_by_currency(pairs: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for currency, amount in pairs:
        totals[currency] = totals.get(currency, Decimal(0)) + amount
    return totals


def _inbound(model: Input) -> dict[str, Any]:
    records = model.doan_vao
    countries = Counter(r.quoc_gia for r in records)
    return {
        "so_doan": len(records),
        "luot_nguoi": sum(r.so_nguoi for r in records),
        "so_quoc_gia": len(countries),
        "theo_quoc_gia": ranked(countries),
        "theo_cap": ranked(Counter(r.cap for r in records if r.cap)),
        "theo_thang": per_month(r.tu_ngay.month for r in records if r.tu_ngay.year == model.nam),
    }


def _outbound(model: Input) -> dict[str, Any]:
    records = model.doan_ra
    countries = Counter(c for r in records for c in dict.fromkeys(r.quoc_gia))
    return {
        "so_doan": len(records),
        "luot_nguoi": sum(r.so_nguoi for r in records),
        "so_quoc_gia": len(countries),
        "theo_quoc_gia": ranked(countries),
        "theo_thang": per_month(r.tu_ngay.month for r in records if r.tu_ngay.year == model.nam),
    }


def _agreements(model: Input) -> dict[str, Any]:
    records = model.thoa_thuan
    return {
        "so_van_ban": len(records),
        "so_ban_ghi_nho": sum(1 for t in records if "ghi nhớ" in t.loai.casefold()),
        "so_quan_he_moi": sum(1 for t in records if t.quan_he_moi),
        "so_quoc_gia": len({t.quoc_gia for t in records}),
    }


def _partners(model: Input) -> dict[str, Any]:
    standing = [p for p in model.dia_phuong_doi_tac if p.nam_thiet_lap <= model.nam]
    return {
        "tong_so": len(standing),
        "so_moi": sum(1 for p in standing if p.nam_thiet_lap == model.nam),
        "so_quoc_gia": len({p.quoc_gia for p in standing}),
    }


def _events(model: Input) -> dict[str, Any]:
    records = model.hoi_nghi
    return {
        "so_su_kien": len(records),
        "dai_bieu_viet_nam": sum(r.dai_bieu_viet_nam for r in records),
        "dai_bieu_nuoc_ngoai": sum(r.dai_bieu_nuoc_ngoai for r in records),
    }


def _aid(model: Input) -> dict[str, Any]:
    records = model.du_an_pcpnn
    committed = sums_by_currency((r.tien_te, r.cam_ket) for r in records)
    disbursed = sums_by_currency((r.tien_te, r.giai_ngan) for r in records)
    return {
        "so_du_an": len(records),
        "so_nha_tai_tro": len({r.nha_tai_tro for r in records}),
        "cam_ket": committed,
        "giai_ngan": disbursed,
    }


def flat(fig: dict[str, Any]) -> dict[str, Any]:
    """The totals compared year on year, under the names of ``nam_truoc.so_lieu``."""
    aid = fig["vien_tro_pcpnn"]
    return {
        "doan_vao": fig["doan_vao"]["so_doan"],
        "luot_nguoi_vao": fig["doan_vao"]["luot_nguoi"],
        "doan_ra": fig["doan_ra"]["so_doan"],
        "luot_nguoi_ra": fig["doan_ra"]["luot_nguoi"],
        "thoa_thuan": fig["thoa_thuan"]["so_van_ban"],
        "dia_phuong_doi_tac": fig["dia_phuong_doi_tac"]["tong_so"],
        "hoi_nghi": fig["hoi_nghi"]["so_su_kien"],
        "du_an_pcpnn": aid["so_du_an"],
        "vien_tro_cam_ket_usd": aid["cam_ket"].get("USD", Decimal(0)),
        "vien_tro_giai_ngan_usd": aid["giai_ngan"].get("USD", Decimal(0)),
    }


def figures_of(model: Input, previous: dict[str, Any] | None) -> dict[str, Any]:
    fig: dict[str, Any] = {
        "nam": model.nam,
        "doan_vao": _inbound(model),
        "doan_ra": _outbound(model),
        "thoa_thuan": _agreements(model),
        "dia_phuong_doi_tac": _partners(model),
        "hoi_nghi": _events(model),
        "vien_tro_pcpnn": _aid(model),
        "khac": {k: v for k, v in model.so_lieu_khac.model_dump().items() if v is not None},
    }
    fig["phang"] = flat(fig)
    fig["nam_truoc"] = previous
    return fig

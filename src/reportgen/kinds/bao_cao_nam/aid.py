"""Foreign NGO aid (viện trợ PCPNN) counted the way the Sở and the Bộ Ngoại giao count it: numbers only.

A period's projects are of two sorts: those approved in the period (mới: what was mobilised, with their
commitments) and those approved earlier that are still running (chuyển tiếp). A project approved earlier is
running while its ``ngay_ket_thuc`` is not before the period; without an end date, a disbursement dated in
the period shows that it runs. Anything else approved earlier is left out (and named in a warning).

Disbursement is either one sum or a list of dated disbursements:

- dated: "giải ngân trong kỳ" sums those dated in the period, "lũy kế" those dated up to its end;
- one sum (the shape of every input written before dates were possible): what was disbursed in the period of the
  file it is written in, as the field always said. In a window cut from that period (the same months last year
  taken from a whole year's records, a year of a span) it is read as the disbursement of the window the project
  was approved in, as a breakdown by approval reads it; a project approved before the window has no known sum
  there, and no sum gives the running total of a project approved before the period.

A project without ``ngay_phe_duyet`` is likewise the project of its own file's period (every file written before
this rule lists its own period's projects); it is never placed in a window cut from another period.

Unknown is never zero: a figure that cannot be placed is ``None`` and is neither printed nor compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from reportgen.kinds.bao_cao_nam.currency import ordered
from reportgen.kinds.bao_cao_nam.model import DuAnPCPNN
from reportgen.kinds.bao_cao_nam.period import Period

Status = Literal["moi", "chuyen_tiep", "ngoai_ky", "khong_ro"]
DONOR_TYPES = ("to_chuc_pcpnn", "to_chuc_quoc_te", "ca_nhan")


def status(project: DuAnPCPNN, period: Period, own: bool) -> Status:
    """Where ``project`` stands in ``period``; ``own``: the period is the one of the file the project is in."""
    approved = project.ngay_phe_duyet
    if approved is None:
        return "moi" if own else "khong_ro"
    if period.contains(approved):
        return "moi"
    if approved > period.end:
        return "ngoai_ky"
    if project.ngay_ket_thuc is not None:
        return "chuyen_tiep" if project.ngay_ket_thuc >= period.start else "ngoai_ky"
    if isinstance(project.giai_ngan, list) and any(period.contains(d.ngay) for d in project.giai_ngan):
        return "chuyen_tiep"
    return "ngoai_ky"


def counted(project: DuAnPCPNN, period: Period, own: bool) -> bool:
    return status(project, period, own) in ("moi", "chuyen_tiep")


def disbursed_in(project: DuAnPCPNN, period: Period, own: bool) -> Decimal | None:
    """What was disbursed inside the period; ``None`` when a single sum cannot be placed in it."""
    if isinstance(project.giai_ngan, list):
        return sum((d.so_tien for d in project.giai_ngan if period.contains(d.ngay)), Decimal(0))
    return project.giai_ngan if own or status(project, period, own) == "moi" else None


def disbursed_until(project: DuAnPCPNN, period: Period, own: bool) -> Decimal | None:
    """The running total since approval up to the period's end ("lũy kế"); ``None`` when unknown."""
    if isinstance(project.giai_ngan, list):
        return sum((d.so_tien for d in project.giai_ngan if d.ngay <= period.end), Decimal(0))
    if status(project, period, own) == "moi":  # approved in the period: all it got, it got in it
        return project.giai_ngan
    return None


@dataclass
class _Sums:
    """Sums per currency; a currency with one unknown part is unknown as a whole."""

    known: dict[str, Decimal] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)

    def add(self, currency: str, value: Decimal | None) -> None:
        self.known.setdefault(currency, Decimal(0))
        if value is None:
            self.unknown.add(currency)
        else:
            self.known[currency] += value

    def result(self) -> dict[str, Decimal | None]:
        return {c: (None if c in self.unknown else v) for c, v in self.known.items()}


def _by_donor_type(projects: list[DuAnPCPNN]) -> list[dict[str, Any]]:
    """Count and commitment per donor type, in the order reports list them; only when every project has a type."""
    if not projects or any(p.loai_nha_tai_tro is None for p in projects):
        return []
    out = []
    for kind in DONOR_TYPES:
        mine = [p for p in projects if p.loai_nha_tai_tro == kind]
        if mine:
            sums = _Sums()
            for p in mine:
                sums.add(p.tien_te, p.cam_ket)
            out.append({"loai": kind, "so_du_an": len(mine), "cam_ket": sums.result()})
    return out


def aid_figures(projects: list[DuAnPCPNN], period: Period, own: bool) -> dict[str, Any]:
    """The period's aid figures. ``projects`` is the file's whole list (``own`` as in ``status``)."""
    states = [status(p, period, own) for p in projects]
    new = [p for p, s in zip(projects, states, strict=True) if s == "moi"]
    ongoing = [p for p, s in zip(projects, states, strict=True) if s == "chuyen_tiep"]
    currencies = ordered([p.tien_te for p in new + ongoing])  # đồng first, as reports write sums
    committed, paid, total = _Sums(), _Sums(), _Sums()
    for code in currencies:
        committed.add(code, Decimal(0))
        paid.add(code, Decimal(0))
        total.add(code, Decimal(0))
    for p in new:
        committed.add(p.tien_te, p.cam_ket)
    for p in new + ongoing:
        paid.add(p.tien_te, disbursed_in(p, period, own))
        total.add(p.tien_te, disbursed_until(p, period, own))
    dated = any(isinstance(p.giai_ngan, list) for p in new + ongoing)
    return {
        "so_du_an": len(new),
        "so_chuyen_tiep": len(ongoing),
        "so_nha_tai_tro": len({p.nha_tai_tro for p in new}),
        "cam_ket": committed.result(),
        "giai_ngan": paid.result(),
        "luy_ke": total.result() if dated or ongoing else {},
        "theo_loai": _by_donor_type(new),
        "theo_dot": dated,
        "khong_ro": [p.ten for p, s in zip(projects, states, strict=True) if s == "khong_ro"],
        "tien_te": sorted({p.tien_te.lower() for p in projects}),
    }


def flat_aid(aid: dict[str, Any]) -> dict[str, Any]:
    """Aid figures under the flat names compared year on year; ``None`` where a figure cannot be known."""
    out: dict[str, Any] = {
        "du_an_pcpnn": aid["so_du_an"],
        "du_an_pcpnn_chuyen_tiep": aid["so_chuyen_tiep"],
        "vien_tro_cam_ket_usd": aid["cam_ket"].get("USD", Decimal(0)),
        "vien_tro_giai_ngan_usd": aid["giai_ngan"].get("USD", Decimal(0)),
    }
    for currency, value in aid["cam_ket"].items():
        out[f"vien_tro_cam_ket_{currency.lower()}"] = value
    for currency, value in aid["giai_ngan"].items():
        out[f"vien_tro_giai_ngan_{currency.lower()}"] = value
    for currency, value in aid["luy_ke"].items():
        out[f"vien_tro_luy_ke_{currency.lower()}"] = value
    if aid["khong_ro"]:  # projects no date places in the window: none of its aid figures is known
        out = dict.fromkeys(out) | {f"vien_tro_{s}_{c}": None for s in ("cam_ket", "giai_ngan") for c in aid["tien_te"]}
    return out

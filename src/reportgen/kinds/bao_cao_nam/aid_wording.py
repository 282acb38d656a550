"""Aid (viện trợ PCPNN) figures in the words of a report: the item's paragraph, the quotable phrases, the list.

Kept apart from ``wording.py`` so the aid rules (``aid.py``) and their wording read together. A report whose
projects are all of its period and whose disbursements are single sums is worded exactly as before; ongoing
projects, dated disbursements and donor types add what they make known: "chuyển tiếp", "giải ngân trong kỳ",
"lũy kế", "phân theo nhà tài trợ".
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from reportgen.kinds.bao_cao_nam.aid import counted, disbursed_in, disbursed_until, status
from reportgen.kinds.bao_cao_nam.currency import label, ordered
from reportgen.kinds.bao_cao_nam.model import DuAnPCPNN, Input
from reportgen.vietnamese import format_money, join_vietnamese, pad2, percent, short_date, times

DONOR_WORDS = {"to_chuc_pcpnn": "tổ chức PCPNN", "to_chuc_quoc_te": "tổ chức quốc tế", "ca_nhan": "cá nhân"}

Amounts = Callable[[dict[str, Decimal]], str]


def _known(sums: dict[str, Decimal | None]) -> dict[str, Decimal] | None:
    """The sums when every currency is known, else None (nothing partial is ever printed)."""
    if any(v is None for v in sums.values()):
        return None
    return {c: v for c, v in sums.items() if v is not None}


def money_change(fig: dict[str, Any], prefix: str) -> str:
    """``tăng 18,5% so với cùng kỳ năm 2023``; several currencies each named: ``tăng 18,5% (đồng) và giảm 4% (USD)
    …``. A currency with no base last year (zero or unknown) is not compared."""
    previous = fig["nam_truoc"] or {}
    parts = []
    now = {k.rsplit("_", 1)[1].upper(): v for k, v in fig["phang"].items() if k.startswith(prefix + "_")}
    for code in ordered(list(now)):
        current, before = now[code], previous.get(f"{prefix}_{code.lower()}")
        if current is None or before is None or before <= 0:
            continue
        diff = Decimal(current) - Decimal(before)
        if ratio := times(current, before):  # "gấp 2,8 lần", never "tăng 180,4%"
            change = f"gấp {ratio} lần"
        else:
            change = "bằng" if diff == 0 else f"{'tăng' if diff > 0 else 'giảm'} {percent(abs(diff) * 100 / before)}"
        parts.append((label(code), change))
    if not parts:
        return ""
    against = fig["ky"]["cung_ky"]
    if len(parts) == 1:
        change = parts[0][1]
        return (
            f"bằng {against}"
            if change == "bằng"
            else f"{change} {'' if change.startswith('gấp') else 'so với '}{against}"
        )
    return join_vietnamese([f"{change} ({name})" for name, change in parts]) + f" so với {against}"


def _by_donor(groups: list[dict[str, Any]], amounts: Amounts) -> str:
    """``tổ chức PCPNN 03 dự án (2,1 tỷ đồng), tổ chức quốc tế 01 dự án (150.000 USD)``."""
    parts = []
    for group in groups:
        money = _known(group["cam_ket"])
        shown = amounts(money) if money else ""
        parts.append(f"{DONOR_WORDS[group['loai']]} {pad2(group['so_du_an'])} dự án" + (f" ({shown})" if shown else ""))
    return ", ".join(parts)


def aid_words(fig: dict[str, Any], so_sanh: str, amounts: Amounts, estimate: str) -> dict[str, str]:
    """``so_lieu.vien_tro_pcpnn``: the quotable phrases and ``doan``, the item's paragraph."""
    aid = fig["vien_tro_pcpnn"]
    paid, total = _known(aid["giai_ngan"]), _known(aid["luy_ke"])
    words = {
        "so_du_an": pad2(aid["so_du_an"]),
        "so_nha_tai_tro": pad2(aid["so_nha_tai_tro"]),
        "cam_ket": amounts(_known(aid["cam_ket"]) or {}),
        "giai_ngan": amounts(paid or {}),
        "so_sanh": so_sanh,
        "so_chuyen_tiep": pad2(aid["so_chuyen_tiep"]),
        "tong_dang_thuc_hien": pad2(aid["so_du_an"] + aid["so_chuyen_tiep"]),
        "so_sanh_giai_ngan": money_change(fig, "vien_tro_giai_ngan"),
        "luy_ke": amounts(total or {}),
        "theo_loai_nha_tai_tro": _by_donor(aid["theo_loai"], amounts),
        "uoc_giai_ngan": _estimated_disbursement(fig, amounts),
    }
    words["doan"] = _paragraph(fig, words, estimate)
    return words


def _estimated_disbursement(fig: dict[str, Any], amounts: Amounts) -> str:
    """``khoảng 9,5 tỷ đồng``: the typed "ước giải ngân cả năm", or ``""``."""
    money = {k.rsplit("_", 1)[1].upper(): v for k, v in fig["uoc"].items() if k.startswith("vien_tro_giai_ngan_")}
    shown = amounts(money)
    return f"khoảng {shown}" if shown else ""


def _paragraph(fig: dict[str, Any], w: dict[str, str], estimate: str) -> str:
    aid = fig["vien_tro_pcpnn"]
    during = fig["ky"]["trong"]
    tail = f" {estimate}" if estimate else ""
    if not (aid["so_chuyen_tiep"] or aid["theo_dot"] or aid["theo_loai"]):  # worded as reports always were
        text = (
            f"{during}, đã vận động, tiếp nhận {w['so_du_an']} chương trình, dự án viện trợ phi chính phủ nước ngoài "
            f"của {w['so_nha_tai_tro']} nhà tài trợ"
        )
        text += f", {w['so_sanh']}" if w["so_sanh"] else ""
        text += f", với tổng giá trị cam kết {w['cam_ket']}" if w["cam_ket"] else ""
        text += f"; giá trị giải ngân {w['giai_ngan']}" if w["giai_ngan"] else "; chưa giải ngân"
        return text + "." + tail
    sentences = [_projects(during, w, aid)]
    if w["theo_loai_nha_tai_tro"]:
        sentences.append(f"Phân theo nhà tài trợ: {w['theo_loai_nha_tai_tro']}.")
    sentences.append(_disbursement(fig, w))
    return " ".join(sentences) + tail


def _projects(during: str, w: dict[str, str], aid: dict[str, Any]) -> str:
    ongoing = f"{w['so_chuyen_tiep']} chương trình, dự án được phê duyệt từ trước tiếp tục triển khai"
    if not aid["so_du_an"]:
        return (
            f"{during}, không có chương trình, dự án viện trợ phi chính phủ nước ngoài mới được phê duyệt; {ongoing}."
        )
    text = (
        f"{during}, đã vận động, tiếp nhận {w['so_du_an']} chương trình, dự án viện trợ phi chính phủ nước ngoài mới "
        f"của {w['so_nha_tai_tro']} nhà tài trợ"
    )
    text += f", {w['so_sanh']}" if w["so_sanh"] else ""
    text += f", với tổng giá trị cam kết {w['cam_ket']}" if w["cam_ket"] else ""
    if aid["so_chuyen_tiep"]:
        text += f"; cùng với {ongoing}, nâng tổng số chương trình, dự án đang thực hiện lên {w['tong_dang_thuc_hien']}"
    return text + "."


def _disbursement(fig: dict[str, Any], w: dict[str, str]) -> str:
    """``Giá trị giải ngân trong kỳ đạt …, tăng …; lũy kế giải ngân từ khi phê duyệt đến ngày 30/6/2024 đạt ….``"""
    if w["giai_ngan"]:
        text = f"Giá trị giải ngân trong kỳ đạt {w['giai_ngan']}"
        text += f", {w['so_sanh_giai_ngan']}" if w["so_sanh_giai_ngan"] else ""
    else:
        text = "Trong kỳ chưa giải ngân"
    if w["luy_ke"]:
        text += f"; lũy kế giải ngân từ khi phê duyệt đến ngày {fig['ky']['den_ngay']} đạt {w['luy_ke']}"
    return text + "."


def _money_or_dash(value: Decimal | None) -> str:
    """A list cell of money: ``–`` for nothing disbursed or not known, never a bare "0"."""
    return format_money(value) if value else "–"


def project_rows(model: Input) -> tuple[list[dict[str, str]], list[dict[str, str]], bool]:
    """The appendix's rows of the period's projects (new and ongoing), the totals per currency, and whether the
    "lũy kế" column is printed (only when some project has dated disbursements)."""
    period = model.period
    projects = [p for p in model.du_an_pcpnn if counted(p, period, own=True)]
    rows = []
    for p in projects:
        rows.append(
            {
                "ten": p.ten,
                "nha_tai_tro": p.nha_tai_tro,
                "quoc_gia": p.quoc_gia or "",
                "linh_vuc": p.linh_vuc or "",
                "dia_ban": p.dia_ban or "",
                "phe_duyet": short_date(p.ngay_phe_duyet) if p.ngay_phe_duyet else "",
                "cam_ket": format_money(p.cam_ket),
                "giai_ngan": _money_or_dash(disbursed_in(p, period, True)),
                "luy_ke": _money_or_dash(disbursed_until(p, period, True)),
                "tien_te": label(p.tien_te),
            }
        )
    codes = list(dict.fromkeys(p.tien_te for p in projects))
    totals = []
    for code in codes:
        mine = [p for p in projects if p.tien_te == code]
        until = [disbursed_until(p, period, True) for p in mine]
        totals.append(
            {
                "noi_dung": "Tổng cộng" if len(codes) == 1 else f"Tổng cộng ({label(code)})",
                "cam_ket": format_money(sum((p.cam_ket for p in mine), Decimal(0))),
                "giai_ngan": _money_or_dash(
                    sum((disbursed_in(p, period, True) or Decimal(0) for p in mine), Decimal(0))
                ),
                "luy_ke": "–" if None in until else _money_or_dash(sum((u or Decimal(0) for u in until), Decimal(0))),
                "tien_te": label(code),
            }
        )
    dated = any(isinstance(p.giai_ngan, list) for p in projects)
    return rows, totals, dated


def _names(found: list[tuple[int, DuAnPCPNN]]) -> str:
    names = join_vietnamese([f"“{p.ten}”" for _, p in found[:3]])
    return names + (f" và {pad2(len(found) - 3)} dự án khác" if len(found) > 3 else "")


def aid_warnings(model: Input) -> list[tuple[tuple[str | int, ...], str]]:
    """What the aid figures cannot say, named: the running total of an ongoing project given as one sum, and
    donor types given for some new projects only (the report then leaves both out rather than print half)."""
    period = model.period
    found = list(enumerate(model.du_an_pcpnn))
    one_sum = [
        (i, p) for i, p in found if status(p, period, True) == "chuyen_tiep" and not isinstance(p.giai_ngan, list)
    ]
    out: list[tuple[tuple[str | int, ...], str]] = []
    if one_sum:
        out.append(
            (
                ("du_an_pcpnn", one_sum[0][0], "giai_ngan"),
                f"{pad2(len(one_sum))} dự án chuyển tiếp ({_names(one_sum)}) ghi “giai_ngan” là một số tiền nên "
                "báo cáo không tính được lũy kế giải ngân; hãy ghi từng đợt giải ngân có ngày (ngay, so_tien)",
            )
        )
    new = [(i, p) for i, p in found if status(p, period, True) == "moi"]
    untyped = [(i, p) for i, p in new if p.loai_nha_tai_tro is None]
    if untyped and len(untyped) < len(new):
        out.append(
            (
                ("du_an_pcpnn", untyped[0][0], "loai_nha_tai_tro"),
                f"{pad2(len(untyped))} dự án mới ({_names(untyped)}) chưa ghi “loai_nha_tai_tro” nên báo cáo "
                "không chia dự án mới theo loại nhà tài trợ",
            )
        )
    return out

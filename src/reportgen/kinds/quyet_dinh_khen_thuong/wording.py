"""Wording of the award decision, its danh sách and the certificates, as display-ready Vietnamese strings.

Every count, amount and number printed anywhere is computed here from the list of awardees, once, so that
Điều 1, Điều 2, the danh sách and the certificates cannot disagree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from reportgen.blocks import header, receivers, signature
from reportgen.kinds.quyet_dinh_khen_thuong.model import CaNhan, Input, TapThe
from reportgen.kinds.quyet_dinh_khen_thuong.rules import award_amount, defaults, fold, form_defaults
from reportgen.vietnamese import (
    amount_in_words,
    format_number,
    honorific,
    join_vietnamese,
    number_symbol,
    pad2,
    person_sort_key,
    punctuate_all,
    roman,
    trim_end,
    upper_vi,
)

_BLANK = "\u00a0" * 8
_ROUNDING = {1000: "hàng nghìn đồng", 10000: "hàng chục nghìn đồng", 100000: "hàng trăm nghìn đồng"}


def sentence_start(text: str) -> str:
    """``đã có thành tích …`` → ``Đã có thành tích …``; trailing full stops dropped."""
    text = trim_end(text)
    return text[:1].upper() + text[1:]


def mid_sentence(text: str) -> str:
    """``Đã có thành tích …`` → ``đã có thành tích …`` (an acronym such as ``UBND`` keeps its case)."""
    text = trim_end(text)
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def form_name(model: Input) -> str:
    found = form_defaults(model.hinh_thuc)
    return found[0] if found else model.hinh_thuc


def legal_bases(model: Input) -> list[str]:
    """``Căn cứ …;`` one per line, the last (usually ``Theo đề nghị của …``) ending with ``.``."""
    found = form_defaults(model.hinh_thuc)
    bases = list(model.can_cu) if model.can_cu is not None else list(found[1].can_cu if found else [])
    bases += model.can_cu_them
    if model.de_nghi:
        proposal = model.de_nghi.strip()
        starts = fold(proposal).startswith(("theo đề nghị", "xét đề nghị"))
        bases.append(proposal if starts else f"Theo đề nghị của {proposal}")
    return punctuate_all(bases)


def counts_phrase(collectives: int, individuals: int) -> str:
    """``03 tập thể và 19 cá nhân``; a group with nobody is left out (``19 cá nhân``)."""
    parts = []
    if collectives:
        parts.append(f"{pad2(collectives)} tập thể")
    if individuals:
        parts.append(f"{pad2(individuals)} cá nhân")
    return " và ".join(parts)


def _who(collectives: int, individuals: int) -> str:
    many = "các " if collectives + individuals > 1 else ""
    if collectives and individuals:
        return f"{many}tập thể, cá nhân"
    return many + ("tập thể" if collectives else "cá nhân")


def ordered_people(model: Input) -> list[CaNhan]:
    """As given, or by given name, middle names, family name in Vietnamese order when ``sap_xep: theo_ten``."""
    if model.sap_xep == "theo_ten":
        return sorted(model.ca_nhan, key=lambda p: person_sort_key(p.ho_ten))
    return list(model.ca_nhan)


def is_foreign(person: CaNhan) -> bool:
    return person.quoc_tich is not None and fold(person.quoc_tich) not in {"việt nam", "viet nam"}


def position_unit(person: CaNhan) -> str:
    return ", ".join(part for part in (person.chuc_vu, person.don_vi) if part)


def _coefficient(value: Decimal) -> str:
    """``2,0``, ``0,3``, ``0,15``: at least one decimal, as the decree writes coefficients."""
    exponent = value.normalize().as_tuple().exponent
    places = max(1, -exponent) if isinstance(exponent, int) else 1
    return format_number(value, places)


def _money_line(label: str, coefficient: Decimal, base: Decimal) -> tuple[str, int]:
    """``- Mỗi cá nhân: 0,3 × 2.340.000 đồng = 710.000 đồng (làm tròn lên …) (Bằng chữ: …);``"""
    amount = award_amount(coefficient, base)
    step = _ROUNDING.get(int(defaults().lam_tron_len), "bội số gần nhất")
    rounded = "" if coefficient * base == amount else f" (làm tròn lên {step})"
    line = (
        f"- Mỗi {label}: {_coefficient(coefficient)} × {format_number(base)} đồng = {format_number(amount)} đồng"
        f"{rounded} (Bằng chữ: {amount_in_words(amount)});"
    )
    return line, amount


def money_article(model: Input, number: int, form: str) -> dict[str, Any] | None:
    """Điều 2: the amount per collective and per individual, the total, in figures and words, and the funds."""
    money = model.tien_thuong
    if money is None:
        return None
    found = form_defaults(model.hinh_thuc)
    n_coll, n_ind = len(model.tap_the), len(model.ca_nhan)
    lines, total = [], 0
    for label, count, given, key in (
        ("tập thể", n_coll, money.he_so_tap_the, "he_so_tap_the"),
        ("cá nhân", n_ind, money.he_so_ca_nhan, "he_so_ca_nhan"),
    ):
        if not count:
            continue
        coefficient = given if given is not None else getattr(found[1], key) if found else Decimal(0)
        line, amount = _money_line(label, coefficient, money.muc_luong_co_so)
        lines.append(line)
        total += amount * count
    lines.append(
        f"- Tổng số tiền thưởng cho {counts_phrase(n_coll, n_ind)}: {format_number(total)} đồng "
        f"(Bằng chữ: {amount_in_words(total)})."
    )
    return {
        "so": str(number),
        "mo_dau": f"Tiền thưởng kèm theo {form} tính theo mức lương cơ sở "
        f"{format_number(money.muc_luong_co_so)} đồng, cụ thể:",
        "dong": lines,
        "nguon_kinh_phi": f"Nguồn kinh phí: {money.nguon_kinh_phi.strip().rstrip(' .;')}.",
        "tong": format_number(total),
    }


def _collective_rows(model: Input, default: str) -> list[dict[str, str]]:
    return [
        {
            "tt": str(i),
            "ten": t.ten,
            "thanh_tich": sentence_start(t.thanh_tich) if t.thanh_tich and fold(t.thanh_tich) != default else "",
        }
        for i, t in enumerate(model.tap_the, 1)
    ]


def _person_rows(people: list[CaNhan], default: str) -> list[dict[str, str]]:
    rows = []
    for i, p in enumerate(people, 1):
        unit = position_unit(p) + (f" (quốc tịch {p.quoc_tich})" if is_foreign(p) else "")
        own = sentence_start(p.thanh_tich) if p.thanh_tich and fold(p.thanh_tich) != default else ""
        rows.append(
            {"tt": str(i), "ho_ten": f"{honorific(p.gioi_tinh)} {p.ho_ten}", "chuc_vu_don_vi": unit, "thanh_tich": own}
        )
    return rows


def award_list(model: Input) -> dict[str, Any]:
    """The two tables of the danh sách; Roman numerals only when both groups are present."""
    default = fold(model.thanh_tich.rstrip(" .;"))
    groups = [("TẬP THỂ", _collective_rows(model, default)), ("CÁ NHÂN", _person_rows(ordered_people(model), default))]
    present = [(title, rows) for title, rows in groups if rows]
    result: dict[str, Any] = {"tap_the": None, "ca_nhan": None}
    for i, (title, rows) in enumerate(present, 1):
        heading = f"{roman(i)}. {title}" if len(present) > 1 else title
        key = "tap_the" if title == "TẬP THỂ" else "ca_nhan"
        result[key] = {"tieu_de": heading, "dong": rows, "co_thanh_tich": any(r["thanh_tich"] for r in rows)}
    return result


def decision_context(model: Input) -> dict[str, Any]:
    form = form_name(model)
    n_coll, n_ind = len(model.tap_the), len(model.ca_nhan)
    head = header(model.co_quan, model.van_ban, "QĐ", date.today().year)
    summary = model.trich_yeu or f"tặng {form} cho {_who(n_coll, n_ind)}"
    if not fold(summary).startswith("về việc"):
        summary = "Về việc " + summary[:1].lower() + summary[1:]
    money = money_article(model, 2, form)
    executors = join_vietnamese([t.strip().rstrip(" .;,") for t in model.thi_hanh])
    execution = f"{model.hieu_luc.strip().rstrip(' .;')}. {executors} chịu trách nhiệm thi hành Quyết định này./."
    authority = model.tham_quyen.strip()
    return {
        **head,
        "trich_yeu": summary.rstrip(" ."),
        "tham_quyen": upper_vi(authority),
        "can_cu": legal_bases(model),
        "dieu_1": f"Tặng {form} của {authority} cho {counts_phrase(n_coll, n_ind)} (có danh sách kèm theo) "
        f"{mid_sentence(model.thanh_tich)}.",
        "dieu_2": money,
        "dieu_thi_hanh": {"so": "3" if money else "2", "noi_dung": execution},
        "ds_tieu_de": upper_vi(f"{_who(n_coll, n_ind).removeprefix('các ')} được tặng {form} của {authority}"),
        "ds_kem_theo": f"(Kèm theo Quyết định số {head['so']} {head['ngay_chu']} của {authority})",
        **award_list(model),
        "nguoi_ky": signature(model.nguoi_ky),
        "noi_nhan": receivers(model.van_ban),
    }


def _golden_numbers(model: Input, total: int) -> list[str]:
    start = model.so_vang_bat_dau
    return [_BLANK if start is None else str(start + i) for i in range(total)]


def _collective_certificate(t: TapThe, default: str) -> dict[str, str]:
    return {
        "ten": t.ten,
        "chuc_vu_don_vi": "",
        "quoc_tich": "",
        "thanh_tich": sentence_start(t.thanh_tich or default),
        "so_so_vang": t.so_so_vang or "",
    }


def _person_certificate(p: CaNhan, default: str) -> dict[str, str]:
    return {
        "ten": f"{honorific(p.gioi_tinh)} {p.ho_ten}",
        "chuc_vu_don_vi": position_unit(p),
        "quoc_tich": f"Quốc tịch: {p.quoc_tich}" if is_foreign(p) else "",
        "thanh_tich": sentence_start(p.thanh_tich or default),
        "so_so_vang": p.so_so_vang or "",
    }


def certificate_context(model: Input, decision: dict[str, Any]) -> dict[str, Any]:
    """One entry per awardee, collectives first, in the order of the danh sách; sổ vàng numbers follow it."""
    form = form_name(model)
    pages = [_collective_certificate(t, model.thanh_tich) for t in model.tap_the]
    pages += [_person_certificate(p, model.thanh_tich) for p in ordered_people(model)]
    for page, number in zip(pages, _golden_numbers(model, len(pages)), strict=True):
        page["so_so_vang"] = page["so_so_vang"] or number
    return {
        "tieu_de_nguoi_tang": upper_vi(model.tham_quyen.strip()),
        "hinh_thuc_hoa": upper_vi(form),
        "ten_hinh_thuc_tep": form,
        "so_quyet_dinh": number_symbol(model.van_ban.so, "QĐ", model.co_quan.viet_tat),
        "dia_danh_ngay": decision["dia_danh_ngay"],
        "nguoi_ky": decision["nguoi_ky"],
        "bang_khen": pages,
    }

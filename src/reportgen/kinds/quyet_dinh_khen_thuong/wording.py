"""Wording of the award decision, its danh sách and the certificates, as display-ready Vietnamese strings.

Every count, amount and number printed anywhere is computed here from the list of awardees, once, so that
Điều 1, Điều 2, the danh sách and the certificates cannot disagree.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from reportgen.blocks import header, receivers, signature
from reportgen.kinds.quyet_dinh_khen_thuong.groups import (
    COLLECTIVE_GROUPS,
    TITLES,
    awardees,
    groups,
    origin,
    with_origin,
)
from reportgen.kinds.quyet_dinh_khen_thuong.model import CaNhan, Input, TapThe
from reportgen.kinds.quyet_dinh_khen_thuong.rules import award_amount, fold, form_defaults
from reportgen.vietnamese import (
    amount_in_words,
    format_number,
    honorific,
    join_vietnamese,
    number_symbol,
    pad2,
    punctuate_all,
    roman,
    short_date,
    trim_end,
    upper_vi,
)


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


def decided(model: Input) -> date:
    """The day a decision's default bases are chosen for: its date, or today for a draft not yet dated."""
    return model.van_ban.ngay or date.today()


def legal_bases(model: Input) -> list[str]:
    """``Căn cứ …;`` one per line, the last (usually ``Theo đề nghị của …``) ending with ``.``."""
    found = form_defaults(model.hinh_thuc)
    bases = list(model.can_cu) if model.can_cu is not None else (found[1].bases_on(decided(model)) if found else [])
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


# "Trưởng phòng Hợp tác quốc tế", "Chuyên viên Phòng Lãnh sự": a position that already names a unit is
# followed by a comma ("…, Sở Ngoại vụ"); a bare title is not ("Chủ tịch Ủy ban nhân dân xã Cát Hải").
_UNIT_WORD = re.compile(
    r"(?i:\b(?:phòng|ban|văn phòng|trung tâm|chi cục|cục|vụ|sở|hội|viện|khoa|đội|tổ|chi nhánh|công ty))\s+(\w)"
)


def _names_a_unit(position: str) -> bool:
    return any(m[1].isupper() for m in _UNIT_WORD.finditer(position))


def in_sentence(name: str) -> str:
    """``Ông``/``Bà`` inside a sentence is written in lower case (``và bà Trần Thị B``)."""
    head, _, rest = name.partition(" ")
    return f"{head.lower()} {rest}" if head in ("Ông", "Bà") else name


def position_unit(person: CaNhan) -> str:
    """``Chủ tịch Ủy ban nhân dân xã Cát Hải``: the position and the unit, a word they share said once
    (``Chủ tịch UBND xã`` + ``xã Cát Hải`` never gives "xã xã")."""
    if person.chuc_vu and person.don_vi:
        position, unit = person.chuc_vu.strip().rstrip(","), person.don_vi.strip()
        said, units = position.split(), unit.split()
        for size in range(min(3, len(said) - 1, len(units)), 0, -1):
            if [w.casefold() for w in said[-size:]] == [w.casefold() for w in units[:size]]:
                position = " ".join(said[:-size])
                break
        joint = ", " if _names_a_unit(position) else " "
        return f"{position}{joint}{unit}"
    return (person.chuc_vu or person.don_vi or "").strip()


def no_widow(text: str) -> str:
    """The last two words kept together, so a line never ends the paragraph with a lone "2025"."""
    head, space, last = text.rpartition(" ")
    return f"{head}\u00a0{last}" if space and len(last) <= 12 else text


def _amount_phrase(amount: int) -> str:
    return f"{format_number(amount)} đồng ({amount_in_words(amount)})"


def money_article(model: Input, number: int, form: str) -> dict[str, Any] | None:
    """Điều 2 as decisions write it: "… kèm theo tiền thưởng: mỗi tập thể 4.680.000 đồng (Bốn triệu …), mỗi
    cá nhân …", the total, who receives no money, and the funds. The amount is the coefficient times the base
    salary rounded up (see ``award_amount``); the decision prints the amount, not the sum that led to it."""
    money = model.tien_thuong
    if money is None:
        return None
    found = form_defaults(model.hinh_thuc)
    paid_coll = [t for t in model.tap_the if t.kem_tien_thuong]
    paid_ind = [p for p in model.ca_nhan if p.kem_tien_thuong]
    if not paid_coll and not paid_ind:
        return None
    each, total = [], 0
    for label, paid, given, key in (
        ("tập thể", paid_coll, money.he_so_tap_the, "he_so_tap_the"),
        ("cá nhân", paid_ind, money.he_so_ca_nhan, "he_so_ca_nhan"),
    ):
        if not paid:
            continue
        coefficient = given if given is not None else getattr(found[1], key) if found else Decimal(0)
        amount = award_amount(coefficient, money.muc_luong_co_so)
        each.append(f"mỗi {label} {_amount_phrase(amount)}")
        total += amount * len(paid)
    lines = []
    unpaid = [_shown_name(a) for a in awardees(model) if not a.kem_tien_thuong]
    unpaid = unpaid[:1] + [in_sentence(name) for name in unpaid[1:]]  # "Ông A và bà B được tặng …"
    if unpaid:
        lines.append(f"{join_vietnamese(unpaid)} được tặng {form} không kèm theo tiền thưởng.")
    lines.append(f"Tổng số tiền thưởng cho {counts_phrase(len(paid_coll), len(paid_ind))} là {_amount_phrase(total)}.")
    who = _who(len(model.tap_the), len(model.ca_nhan))
    amounts = ", ".join(each)
    opening = (
        f"{who[:1].upper() + who[1:]} có tên tại Điều 1 được tặng {form} kèm theo tiền thưởng: {amounts}."
        if not unpaid
        else f"Tiền thưởng kèm theo {form}: {amounts}."
    )
    return {
        "so": str(number),
        "mo_dau": opening,
        "dong": lines,
        "nguon_kinh_phi": f"Nguồn kinh phí: {money.nguon_kinh_phi.strip().rstrip(' .;')}.",
        "tong": format_number(total),
        "moi": amounts,
    }


def _achievement(own: str | None, default: str, every_line: bool) -> str:
    """A line's own achievement; with ``every_line`` (Điều 1 refers to the list) the decision's one too."""
    if own and fold(own.rstrip(" .;")) != fold(default.rstrip(" .;")):
        return sentence_start(own)
    return sentence_start(default) if every_line else ""


def has_own_achievements(model: Input) -> bool:
    default = fold(model.thanh_tich.rstrip(" .;"))
    awardees: list[CaNhan | TapThe] = [*model.tap_the, *model.ca_nhan]
    return any(a.thanh_tich and fold(a.thanh_tich.rstrip(" .;")) != default for a in awardees)


def _shown_name(awardee: CaNhan | TapThe) -> str:
    return f"{honorific(awardee.gioi_tinh)} {awardee.ho_ten}" if isinstance(awardee, CaNhan) else awardee.ten


def _collective_rows(collectives: list[TapThe], default: str, every_line: bool) -> list[dict[str, str]]:
    return [
        {
            "tt": str(i),
            "ten": ", ".join(part for part in (t.ten, origin(t)) if part),
            "thanh_tich": _achievement(t.thanh_tich, default, every_line),
        }
        for i, t in enumerate(collectives, 1)
    ]


def _person_rows(people: list[CaNhan], default: str, every_line: bool) -> list[dict[str, str]]:
    return [
        {
            "tt": str(i),
            "ho_ten": f"{honorific(p.gioi_tinh)} {p.ho_ten}",
            "chuc_vu_don_vi": with_origin(origin(p), position_unit(p)),
            "thanh_tich": _achievement(p.thanh_tich, default, every_line),
        }
        for i, p in enumerate(people, 1)
    ]


# Column heads of each group's table: the name, and (individuals) what follows it.
HEADINGS = {
    "tap_the": {"cot_ten": "Tên tập thể", "cot_don_vi": ""},
    "ca_nhan": {"cot_ten": "Họ và tên", "cot_don_vi": "Chức vụ, đơn vị"},
    "to_chuc_nuoc_ngoai": {"cot_ten": "Tên tổ chức", "cot_don_vi": ""},
    "ca_nhan_nuoc_ngoai": {"cot_ten": "Họ và tên", "cot_don_vi": "Quốc tịch, chức vụ, đơn vị"},
}


def award_list(model: Input) -> dict[str, Any]:
    """The tables of the danh sách in the groups' order (see ``groups``), as ``nhom`` (the template loops over it)
    and under each group's own key; Roman numerals only when there are two groups or more."""
    every_line = has_own_achievements(model)
    present = groups(model)
    result: dict[str, Any] = {key: None for key in TITLES}
    result["nhom"] = []
    for i, (key, items) in enumerate(present, 1):
        collective = key in COLLECTIVE_GROUPS
        rows = (_collective_rows if collective else _person_rows)(items, model.thanh_tich, every_line)
        group = {
            "tieu_de": f"{roman(i)}. {TITLES[key]}" if len(present) > 1 else TITLES[key],
            "dong": rows,
            "co_thanh_tich": any(r["thanh_tich"] for r in rows),
            "la_tap_the": collective,
            **HEADINGS[key],
        }
        result[key] = group
        result["nhom"].append(group)
    return result


# Where the name of the body begins inside an authority ("Chủ tịch | Ủy ban nhân dân thành phố Đà Nẵng").
_BODY_START = re.compile(r"\b(?:Ủy ban|Hội đồng|Sở|Bộ|Ban|Văn phòng|Tổng cục|Cục|Đại học|Trường)\b")


def list_title(who: str, form: str, authority: str) -> list[str]:
    """The danh sách's title on lines that break between the giver's title and the body's name, never inside
    the name ("… CỦA CHỦ TỊCH" / "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG")."""
    match = _BODY_START.search(authority, 1)
    if match is None:
        return [upper_vi(f"{who} được tặng {form} của {authority}")]
    title, body = authority[: match.start()].strip(), authority[match.start() :].strip()
    return [upper_vi(f"{who} được tặng {form} của {title}"), upper_vi(body)]


def article_one(model: Input, form: str, authority: str) -> str:
    """Điều 1; when lines of the list carry their own achievement, it points to the list instead of giving
    every awardee the decision's achievement."""
    counts = counts_phrase(len(model.tap_the), len(model.ca_nhan))
    if has_own_achievements(model):
        return (
            f"Tặng {form} của {authority} cho {counts} có tên trong danh sách kèm theo, "
            "vì đã có thành tích ghi tại danh sách."
        )
    return f"Tặng {form} của {authority} cho {counts} (có danh sách kèm theo) {mid_sentence(model.thanh_tich)}."


def decision_context(model: Input, year: int | None = None) -> dict[str, Any]:
    """``year``: the year an undated decision is printed with (a draft takes its tờ trình's year)."""
    form = form_name(model)
    n_coll, n_ind = len(model.tap_the), len(model.ca_nhan)
    head = header(model.co_quan, model.van_ban, "QĐ", year or date.today().year)
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
        "dieu_1": article_one(model, form, authority),
        "dieu_2": money,
        "dieu_thi_hanh": {"so": "3" if money else "2", "noi_dung": execution},
        "ds_tieu_de": list_title(_who(n_coll, n_ind).removeprefix("các "), form, authority),
        "ds_kem_theo": f"(Kèm theo Quyết định số {head['so']} {head['ngay_chu']} của {authority})",
        **award_list(model),
        "nguoi_ky": signature(model.nguoi_ky),
        "noi_nhan": receivers(model.van_ban),
    }


def _golden_numbers(model: Input, total: int) -> list[str]:
    start = model.so_vang_bat_dau
    return ["" if start is None else str(start + i) for i in range(total)]


def _collective_certificate(t: TapThe, default: str) -> dict[str, str]:
    return {
        "ten": t.ten,
        "chuc_vu_don_vi": "",
        "quoc_tich": with_origin(origin(t), ""),
        "thanh_tich": no_widow(sentence_start(t.thanh_tich or default)),
        "so_so_vang": t.so_so_vang or "",
    }


def _person_certificate(p: CaNhan, default: str) -> dict[str, str]:
    return {
        "ten": f"{honorific(p.gioi_tinh)} {p.ho_ten}",
        "chuc_vu_don_vi": no_widow(position_unit(p)),
        "quoc_tich": with_origin(origin(p), ""),
        "thanh_tich": no_widow(sentence_start(p.thanh_tich or default)),
        "so_so_vang": p.so_so_vang or "",
    }


def decision_reference(model: Input) -> str:
    """``Quyết định số 245/QĐ-UBND ngày 20/01/2026``: a number means little on a certificate without its date."""
    number = number_symbol(model.van_ban.so, "QĐ", model.co_quan.viet_tat)
    day = model.van_ban.ngay
    return f"Quyết định số {number}" + (f" ngày {short_date(day)}" if day else "")


def certificate_context(model: Input, decision: dict[str, Any]) -> dict[str, Any]:
    """One entry per awardee in the order of the danh sách; sổ vàng numbers follow it. No sổ vàng number
    given means no "Số sổ vàng:" line (the registry writes the line by hand when it has one)."""
    form = form_name(model)
    pages = [
        _person_certificate(a, model.thanh_tich)
        if isinstance(a, CaNhan)
        else _collective_certificate(a, model.thanh_tich)
        for a in awardees(model)
    ]
    for page, number in zip(pages, _golden_numbers(model, len(pages)), strict=True):
        page["so_so_vang"] = page["so_so_vang"] or number
    return {
        "tieu_de_nguoi_tang": upper_vi(model.tham_quyen.strip()),
        "hinh_thuc_hoa": upper_vi(form),
        "ten_hinh_thuc_tep": form,
        "so_quyet_dinh": decision_reference(model),
        "dia_danh_ngay": decision["dia_danh_ngay"],
        "nguoi_ky": decision["nguoi_ky"],
        "bang_khen": pages,
    }


def proposal(model: Input) -> list[str]:
    """What a tờ trình proposing this decision asks, in the decision's own words and figures: Điều 1 as a
    request, then the money of Điều 2 (amounts, total, funds), so that the tờ trình and the decision built from
    the same records cannot disagree."""
    form = form_name(model)
    first = article_one(model, form, model.tham_quyen.strip())
    lines = [f"Đề nghị {first[:1].lower()}{first[1:]}"]
    money = money_article(model, 2, form)
    if money:
        lines += [f"Tiền thưởng kèm theo {form}: {money['moi']}.", *money["dong"], money["nguon_kinh_phi"]]
    return lines

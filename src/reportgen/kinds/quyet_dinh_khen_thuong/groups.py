"""The groups of an award list and their order, and how a foreign awardee's origin is written.

A danh sách has up to four groups: Vietnamese collectives, Vietnamese individuals, foreign organisations, foreign
individuals. Their order is the input's when it gives one (``thu_tu_nhom``: at an aid conference the honoured
NGOs come first), else the usual one; the certificates and the sổ vàng numbers follow the same order, so one
function decides it for every part of the decision.

A foreign awardee's origin is written as decisions write it, after a comma and never inside parentheses of ours
(a name or a territory may carry its own: "… (JETRO) tại Đà Nẵng", "Đài Loan (Trung Quốc)"): "Ông John Smith |
Quốc tịch Hoa Kỳ, Giám đốc …", "Quỹ Hòa bình, Đài Loan (Trung Quốc)"; staff of an international organisation
are written by their organisation alone.
"""

from __future__ import annotations

from typing import Any

from reportgen.kinds.quyet_dinh_khen_thuong.model import NHOM_MAC_DINH, CaNhan, Input, TapThe
from reportgen.kinds.quyet_dinh_khen_thuong.rules import fold
from reportgen.vietnamese import person_sort_key, vietnamese_sort_key

TITLES = {
    "tap_the": "TẬP THỂ",
    "ca_nhan": "CÁ NHÂN",
    "to_chuc_nuoc_ngoai": "TỔ CHỨC NƯỚC NGOÀI",
    "ca_nhan_nuoc_ngoai": "CÁ NHÂN NGƯỜI NƯỚC NGOÀI",
}
COLLECTIVE_GROUPS = ("tap_the", "to_chuc_nuoc_ngoai")


def is_foreign(awardee: CaNhan | TapThe) -> bool:
    if awardee.vung_lanh_tho is not None or awardee.to_chuc_quoc_te:
        return True
    return awardee.quoc_tich is not None and fold(awardee.quoc_tich) not in {"việt nam", "viet nam"}


def origin(awardee: CaNhan | TapThe) -> str:
    """``quốc tịch Hoa Kỳ`` (a person), ``Hoa Kỳ`` (a body), ``Đài Loan (Trung Quốc)``, or "" (Vietnamese, or an
    international organisation: its name says where it is from)."""
    if not is_foreign(awardee):
        return ""
    if awardee.vung_lanh_tho is not None:
        return awardee.vung_lanh_tho.strip()
    if awardee.quoc_tich is not None:
        country = awardee.quoc_tich.strip()
        return f"quốc tịch {country}" if isinstance(awardee, CaNhan) else country
    return ""


def with_origin(origin_text: str, rest: str) -> str:
    """``Quốc tịch Hoa Kỳ, Giám đốc …``: the origin first, as in "Ông John Smith, quốc tịch Hoa Kỳ, Giám đốc …"."""
    parts = [p for p in (origin_text, rest) if p]
    joined = ", ".join(parts)
    return joined[:1].upper() + joined[1:]


def _in_order(items: list[Any], key: Any, by_name: bool) -> list[Any]:
    return sorted(items, key=key) if by_name else list(items)


def _members(model: Input) -> dict[str, list[Any]]:
    """Each group's awardees in its own order: as proposed, or with ``sap_xep: theo_ten`` Vietnamese names by given
    name, middle names, family name, and foreign names (which have no such order) by the name as written."""
    by_name = model.sap_xep == "theo_ten"
    name_key = lambda t: vietnamese_sort_key(t.ten)  # noqa: E731
    return {
        "tap_the": [t for t in model.tap_the if not is_foreign(t)],
        "ca_nhan": _in_order(
            [p for p in model.ca_nhan if not is_foreign(p)], lambda p: person_sort_key(p.ho_ten), by_name
        ),
        "to_chuc_nuoc_ngoai": _in_order([t for t in model.tap_the if is_foreign(t)], name_key, by_name),
        "ca_nhan_nuoc_ngoai": _in_order(
            [p for p in model.ca_nhan if is_foreign(p)], lambda p: vietnamese_sort_key(p.ho_ten), by_name
        ),
    }


def group_order(model: Input) -> list[str]:
    """The input's ``thu_tu_nhom`` first, then the groups it leaves out in the usual order."""
    named = list(model.thu_tu_nhom)
    return named + [key for key in NHOM_MAC_DINH if key not in named]


def groups(model: Input) -> list[tuple[str, list[Any]]]:
    """The non-empty groups in the order of the danh sách, each with its awardees in order."""
    members = _members(model)
    return [(key, members[key]) for key in group_order(model) if members[key]]


def awardees(model: Input) -> list[CaNhan | TapThe]:
    """Every awardee in the order of the danh sách (the certificates' and the sổ vàng's order)."""
    return [one for _, items in groups(model) for one in items]

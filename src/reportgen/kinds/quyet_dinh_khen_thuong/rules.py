"""Award rules kept as data (legal bases, money coefficients, rounding) and the checks across awardees.

The legal bases and the coefficients change with the law, so they live in ``data/quyet_dinh_khen_thuong.yaml``
and are read through the same safe loader as user inputs. The checks here compare awardees with each other
(duplicates, an empty list, an award form without defaults), which a per-item pydantic validator cannot do;
they are reported together with the ordinary field errors, each at the line of the item concerned.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, Field
from pydantic_core import InitErrorDetails, PydanticCustomError

from reportgen.kinds._cross import with_cross_checks
from reportgen.load import load_file
from reportgen.models import Chu, SoTien, Strict

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "quyet_dinh_khen_thuong.yaml"


class MacDinhHinhThuc(Strict):
    """Defaults of one award form: its legal bases and its money coefficients."""

    can_cu: list[Chu] = Field(min_length=1)
    he_so_ca_nhan: SoTien
    he_so_tap_the: SoTien


class MacDinh(Strict):
    lam_tron_len: Annotated[SoTien, Field(gt=0)]
    hinh_thuc: dict[str, MacDinhHinhThuc]


@cache
def defaults(path: Path = DATA_FILE) -> MacDinh:
    """The data file, validated once per process; a broken data file is a developer error, raised loudly."""
    return MacDinh.model_validate(load_file(path).data)


def fold(text: str) -> str:
    """Comparison form of a name: NFC, case-folded, single spaces (``Nguyễn  văn A`` = ``nguyễn văn a``)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def form_defaults(name: str) -> tuple[str, MacDinhHinhThuc] | None:
    """The defaults of an award form matched case-insensitively, with the form's name as the data file spells it."""
    for known, value in defaults().hinh_thuc.items():
        if fold(known) == fold(name):
            return known, value
    return None


def award_amount(coefficient: Decimal, base_salary: Decimal) -> int:
    """Coefficient × base salary, rounded up to the step of the data file (10.000 đồng)."""
    step = defaults().lam_tron_len
    units = (coefficient * base_salary / step).to_integral_value(rounding=ROUND_CEILING)
    return int(units * step)


def _error(loc: tuple[str | int, ...], value: Any, kind: str, message: str, **ctx: Any) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(kind, message, ctx or None), loc=loc, input=value)


def _text(item: Any, key: str) -> str:
    value = item.get(key) if isinstance(item, dict) else None
    return fold(value) if isinstance(value, str) else ""


def _duplicates(
    data: dict[str, Any], key: str, identity: Callable[[dict[str, Any]], str], shown: Callable[[dict[str, Any]], str]
) -> list[InitErrorDetails]:
    items = data.get(key)
    if not isinstance(items, list):
        return []
    seen: dict[str, int] = {}
    found = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not (ident := identity(item)):
            continue
        if ident in seen:
            found.append(
                _error(
                    (key, i),
                    item,
                    "trung_lap",
                    "{ten} trùng với {truoc}; mỗi {ai} chỉ ghi một lần",
                    ten=shown(item),
                    truoc=f"{key}[{seen[ident]}]",
                    ai="tập thể" if key == "tap_the" else "người",
                )
            )
        else:
            seen[ident] = i
    return found


def _person_identity(item: dict[str, Any]) -> str:
    name = _text(item, "ho_ten")
    return f"{name}|{_text(item, 'don_vi')}" if name else ""


def _person_shown(item: dict[str, Any]) -> str:
    unit = item.get("don_vi")
    return f"“{item.get('ho_ten')}”" + (f" ({unit})" if isinstance(unit, str) and unit.strip() else "")


def _empty_list(data: dict[str, Any]) -> list[InitErrorDetails]:
    groups = [data.get("tap_the"), data.get("ca_nhan")]
    if any(isinstance(g, list) and g for g in groups) or any(g is not None and not isinstance(g, list) for g in groups):
        return []
    loc: tuple[str | int, ...] = ("ca_nhan",) if "ca_nhan" in data else ("tap_the",) if "tap_the" in data else ()
    return [
        _error(
            loc,
            None,
            "danh_sach_trong",
            "danh sách khen thưởng trống: cần ít nhất một tập thể (“tap_the”) hoặc một cá nhân (“ca_nhan”)",
        )
    ]


def _unknown_form(data: dict[str, Any]) -> list[InitErrorDetails]:
    form = data.get("hinh_thuc", "Bằng khen")
    if not isinstance(form, str) or not form.strip() or form_defaults(form) is not None:
        return []
    money = data.get("tien_thuong")
    has_bases = isinstance(data.get("can_cu"), list)
    has_coefficients = money is None or (
        isinstance(money, dict) and "he_so_ca_nhan" in money and "he_so_tap_the" in money
    )
    if has_bases and has_coefficients:
        return []
    known = ", ".join(defaults().hinh_thuc)
    return [
        _error(
            ("hinh_thuc",),
            form,
            "hinh_thuc",
            "chưa có căn cứ và hệ số tiền thưởng mặc định cho hình thức “{ten}” (có sẵn: {co_san}); "
            "hãy ghi đúng tên hình thức, hoặc tự ghi “can_cu” và “tien_thuong.he_so_tap_the”, "
            "“tien_thuong.he_so_ca_nhan”",
            ten=form,
            co_san=known,
        )
    ]


def _collective_gender(data: dict[str, Any]) -> list[InitErrorDetails]:
    items = data.get("tap_the")
    return [
        _error(
            ("tap_the", i, "gioi_tinh"),
            item["gioi_tinh"],
            "gioi_tinh_tap_the",
            "tập thể không có giới tính; hãy xóa dòng này, hoặc chuyển mục sang “ca_nhan” nếu đây là một người",
        )
        for i, item in enumerate(items if isinstance(items, list) else [])
        if isinstance(item, dict) and "gioi_tinh" in item
    ]


def cross_problems(data: Any) -> list[InitErrorDetails]:
    """Problems across the whole input, found on the raw data so they show even when other fields are wrong."""
    if not isinstance(data, dict):
        return []
    return [
        *_empty_list(data),
        *_collective_gender(data),
        *_unknown_form(data),
        *_duplicates(data, "tap_the", lambda t: _text(t, "ten"), lambda t: f"“{t.get('ten')}”"),
        *_duplicates(data, "ca_nhan", _person_identity, _person_shown),
    ]


def validate_with_cross_checks(cls: type[BaseModel], data: Any, handler: Callable[[Any], Any]) -> Any:
    """Field errors and cross-item errors in one ValidationError, so the user sees all of them at once."""
    return with_cross_checks(cls, data, handler, cross_problems)

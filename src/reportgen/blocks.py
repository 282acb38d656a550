"""Display-ready Vietnamese strings for the parts every administrative document shares.

Templates receive only strings and lists of strings, already worded and punctuated, so that a template
never has to know a formatting rule of Nghị định 30 and a user editing it cannot break one by accident.
"""

from __future__ import annotations

from typing import Any

from reportgen.models import CoQuan, NguoiKy, VanBan
from reportgen.vietnamese import (
    date_or_blank,
    number_line,
    number_symbol,
    place_date_line,
    punctuate_all,
    trim_end,
    upper_vi,
)


def header(co_quan: CoQuan, van_ban: VanBan, kind_abbr: str | None, default_year: int) -> dict[str, Any]:
    year = van_ban.ngay.year if van_ban.ngay else default_year
    return {
        "chu_quan": [upper_vi(line) for line in co_quan.chu_quan or []],
        "ban_hanh": [upper_vi(line) for line in co_quan.ban_hanh],
        "ten": co_quan.ten,
        "so_ky_hieu": number_line(van_ban.so, kind_abbr, co_quan.viet_tat),
        "so": number_symbol(van_ban.so, kind_abbr, co_quan.viet_tat),
        "dia_danh_ngay": place_date_line(co_quan.dia_danh, van_ban.ngay, year),
        "ngay_chu": date_or_blank(van_ban.ngay, year),
        "du_thao": van_ban.so is None or van_ban.ngay is None,
    }


def signature(nguoi_ky: NguoiKy) -> dict[str, str]:
    return {
        "tham_quyen": upper_vi(nguoi_ky.tham_quyen) if nguoi_ky.tham_quyen else "",
        "chuc_vu": upper_vi(nguoi_ky.chuc_vu),
        "ho_ten": nguoi_ky.ho_ten,
    }


def receivers(van_ban: VanBan) -> list[str]:
    """``- Như trên;`` … ``- Lưu: VT, HTQT.``: each line ends with ``;``, the storage line with ``.``."""
    return punctuate_all([f"- {trim_end(name)}" for name in van_ban.noi_nhan] + [f"- Lưu: {van_ban.luu}"])


def ending(text: str) -> str:
    """The last sentence of a body ends with ``./.``, whatever punctuation the user typed."""
    return text.rstrip().rstrip("./").rstrip() + "./."


_LEVELS = ("thành phố", "tỉnh")
# Where the level is part of the proper name and keeps its capital (NĐ30 Phụ lục II writes "Thành phố Hồ Chí
# Minh", as for "Thủ đô Hà Nội"); every other city is "thành phố Đà Nẵng" inside a sentence.
CAPITALISED_LEVEL = {"hồ chí minh": "Thành phố"}


def locality(co_quan: CoQuan) -> str:
    """The province or city as the subject of a sentence, with its level: ``thành phố Đà Nẵng``, ``tỉnh Quảng Trị``.

    A report never writes "Quảng Trị đã thiết lập …". The level is read from the issuer's own name and heading
    (``Sở Ngoại vụ tỉnh Quảng Trị``, ``ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG``); when neither gives it, the place
    name is used as written rather than a level guessed.
    """
    place = co_quan.dia_danh.strip()
    for level in _LEVELS:
        if place.casefold().startswith(level + " "):
            return _with_level(level, place[len(level) + 1 :])
    texts = [co_quan.ten, " ".join(co_quan.ban_hanh), " ".join(co_quan.chu_quan or [])]
    for text in texts:
        folded = " ".join(text.split()).casefold()
        for level in _LEVELS:
            if f"{level} {place.casefold()}" in folded:
                return _with_level(level, place)
    return place


def _with_level(level: str, name: str) -> str:
    """``thành phố Đà Nẵng``; ``Thành phố Hồ Chí Minh`` where the level belongs to the name."""
    name = name.strip()
    return f"{CAPITALISED_LEVEL.get(' '.join(name.casefold().split()), level)} {name}"

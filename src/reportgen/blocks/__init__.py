"""Display-ready Vietnamese strings for the parts every administrative document shares.

Templates receive only strings and lists of strings, already worded and punctuated, so that a template
never has to know a formatting rule of Nghị định 30 and a user editing it cannot break one by accident.
"""

from __future__ import annotations

from typing import Any

from reportgen.blocks.context import ChuKy, KinhGui
from reportgen.models import CoQuan, NguoiKy, VanBan, VanBanCongVan
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
    """The fields of ``context.Dau``. Without a type code (``kind_abbr`` None) the document is a công văn and
    its symbol is the issuer's then the drafting unit's abbreviation: ``Số: 12/SNgV-HTQT``."""
    year = van_ban.ngay.year if van_ban.ngay else default_year
    issuer = co_quan.viet_tat
    if kind_abbr is None:
        if not isinstance(van_ban, VanBanCongVan):
            raise TypeError("a number without a type code needs the drafting unit (VanBanCongVan)")
        issuer = f"{issuer}-{van_ban.don_vi_soan_thao}"
    return {
        "chu_quan": [upper_vi(line) for line in co_quan.chu_quan or []],
        "ban_hanh": [upper_vi(line) for line in co_quan.ban_hanh],
        "ten": co_quan.ten,
        "so_ky_hieu": number_line(van_ban.so, kind_abbr, issuer),
        "so": number_symbol(van_ban.so, kind_abbr, issuer),
        "dia_danh_ngay": place_date_line(co_quan.dia_danh, van_ban.ngay, year),
        "ngay_chu": date_or_blank(van_ban.ngay, year),
        "du_thao": van_ban.so is None or van_ban.ngay is None,
        "dau_du_thao": "",  # "DỰ THẢO" at the top of page 1: set only on the draft a tờ trình attaches
    }


def signature(nguoi_ky: NguoiKy) -> ChuKy:
    return ChuKy(
        tham_quyen=upper_vi(nguoi_ky.tham_quyen) if nguoi_ky.tham_quyen else "",
        chuc_vu=upper_vi(nguoi_ky.chuc_vu),
        ho_ten=nguoi_ky.ho_ten,
    )


def receivers(van_ban: VanBan, *, as_above: bool = False) -> list[str]:
    """``- Như trên;`` … ``- Lưu: VT, HTQT.``: each line ends with ``;``, the storage line with ``.``.

    ``as_above``: the document has a "Kính gửi" whose recipients the first line stands for (``- Như trên;``).
    A công văn stores one copy with its drafting unit unless ``luu`` says otherwise (``Lưu: VT, HTQT.``).
    """
    names = [trim_end(name) for name in van_ban.noi_nhan]
    if as_above and (not names or names[0].casefold() != "như trên"):
        names.insert(0, "Như trên")
    storage = van_ban.luu
    if isinstance(van_ban, VanBanCongVan) and "luu" not in van_ban.model_fields_set:
        storage = f"VT, {van_ban.don_vi_soan_thao}"
    return punctuate_all([f"- {name}" for name in names] + [f"- Lưu: {storage}"])


def kinh_gui(recipients: list[str]) -> KinhGui:
    """Ô 9a: one recipient on the "Kính gửi:" line; several as dashed lines aligned under the colon, ``;`` after
    each and ``.`` after the last."""
    names = [trim_end(name) for name in recipients]
    if len(names) == 1:
        return KinhGui(dong_dau=f"Kính gửi: {names[0]}.", cac_dong=[])
    return KinhGui(dong_dau="Kính gửi:", cac_dong=punctuate_all([f"- {name}" for name in names]))


def vv(summary: str) -> str:
    """Ô 5b: a công văn's summary under its number, ``V/v …`` (whether or not the person typed the ``V/v``)."""
    text = trim_end(summary)
    for prefix in ("V/v ", "v/v ", "Về việc ", "về việc "):
        text = text.removeprefix(prefix)
    return f"V/v {text}"


def attachments(items: list[str]) -> str:
    """``Kèm theo: …`` after the body (empty when nothing is attached), the items joined by ``;``."""
    names = [trim_end(item) for item in items]
    return f"Kèm theo: {'; '.join(names)}." if names else ""


def ending(text: str) -> str:
    """The last sentence of a body ends with ``./.``, whatever punctuation the user typed."""
    return text.rstrip().rstrip("./").rstrip() + "./."


_LEVELS = ("thành phố", "tỉnh")


def locality(co_quan: CoQuan) -> str:
    """The province or city as the subject of a sentence, with its level: ``thành phố Đà Nẵng``, ``tỉnh Quảng Trị``.

    A report never writes "Quảng Trị đã thiết lập …". The level is read from the issuer's own name and heading
    (``Sở Ngoại vụ tỉnh Quảng Trị``, ``ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG``); when neither gives it, the place
    name is used as written rather than a level guessed.
    """
    place = co_quan.dia_danh.strip()
    for level in _LEVELS:
        if place.casefold().startswith(level + " "):
            return level + place[len(level) :]
    texts = [co_quan.ten, " ".join(co_quan.ban_hanh), " ".join(co_quan.chu_quan or [])]
    for text in texts:
        folded = " ".join(text.split()).casefold()
        for level in _LEVELS:
            if f"{level} {place.casefold()}" in folded:
                return f"{level} {place}"
    return place

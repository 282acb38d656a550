"""What a speech quoting a span report must say of the figures only the detailed lists give.

In a span whose early years are known by their totals only (``so_lieu_theo_nam``), the countries, levels,
donors or delegates come from the lists of the other years: the report says "Trong các năm 2024–2025, …"
(span_wording.py), and a speech must too. A sentence the report quotes whole (``nguon``) is qualified here; a
number or a name a speech puts in its own sentence cannot be, so the speech is warned (``partial_note``), unless
its text already names those years (``{{ so_lieu.giai_doan.nam_chi_tiet }}``).
"""

from __future__ import annotations

from typing import Any

from reportgen.kinds.bao_cao_nam.quotable import quotable_names
from reportgen.kinds.bao_cao_nam.span_period import span_words
from reportgen.kinds.bao_cao_nam.span_wording import COUNTED, _detail_years, _qualified, years_phrase
from reportgen.vietnamese.dates import WORD_JOINER

# What the year totals give as well (so_lieu_theo_nam): said of the whole span.
WHOLE_SPAN = {
    "doan_vao": {"so_doan", "luot_nguoi", "so_sanh"},
    "doan_ra": {"so_doan", "luot_nguoi", "so_sanh"},
    "thoa_thuan": {"so_van_ban", "so_sanh"},
    "hoi_nghi": {"so_su_kien", "so_sanh"},
    "vien_tro_pcpnn": {"so_du_an", "cam_ket", "giai_ngan", "so_sanh", "so_sanh_giai_ngan"},
}
QUALIFIED = {"nguon"}  # sentences given already qualified (``quoted_span_words``)


def record_only(group: str, name: str) -> bool:
    """Whether ``so_lieu.<group>.<name>`` is counted from the lists only (the running total has no span)."""
    names = quotable_names()
    return group in COUNTED and name in names.get(group, []) and name not in WHOLE_SPAN[group] | QUALIFIED


def span_years(fig: dict[str, Any]) -> dict[str, str]:
    """``nam_chi_tiet`` (the years the lists cover: "các năm 2024–2025") and ``nam_so_tong`` (the years known by
    their totals only, ``""`` when none)."""
    years = fig["theo_nam"]
    typed = sorted(years["tong_hop"])
    return {
        "nam_chi_tiet": years_phrase(_detail_years(fig) or list(years["nam"])),
        "nam_so_tong": years_phrase(typed) if typed else "",
    }


def quoted_span_words(words: dict[str, Any], fig: dict[str, Any]) -> dict[str, Any]:
    """The quoted words with each whole record-only sentence said of the years the lists cover."""
    for group in ("doan_vao", "doan_ra"):
        if words[group].get("nguon"):
            words[group]["nguon"] = _qualified(fig, words[group]["nguon"])
    return words


def partial_note(words: dict[str, Any], group: str, name: str, text: str) -> str | None:
    """The warning for a speech quoting ``so_lieu.<group>.<name>`` of a span whose early years have totals only,
    in ``text`` that does not name the years the figure covers; ``None`` when nothing needs saying."""
    span = words.get("giai_doan", {})
    if not span.get("nam_so_tong") or not record_only(group, name):
        return None
    detail, typed = _read(span["nam_chi_tiet"]), _read(span["nam_so_tong"])
    whole = _read(span_words(int(span["tu_nam"]), int(span["den_nam"])))
    if "giai_doan.nam_chi_tiet" in text or detail in _read(text):
        return None
    return (
        f"“so_lieu.{group}.{name}” chỉ tính {detail} có danh sách chi tiết ({typed} chỉ có số tổng), "
        f"không phải cả giai đoạn {whole}; hãy nói rõ trong câu, ví dụ “trong {detail}, "
        "…” (viết {{ so_lieu.giai_doan.nam_chi_tiet }})"
    )


def _read(text: str) -> str:
    """Text as a reader compares it: the word joiners that keep "2024–2025" on one line dropped, spaces single."""
    return " ".join(text.replace(WORD_JOINER, "").split())

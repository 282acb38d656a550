"""The figures of a report's running window ("7 tháng đầu năm 2023") beside its month's or quarter's.

The running window is counted from the same records, by the same code, as the report's own window
(``figures.figures_of`` over the window of ``running_total.running_period``), and compared with the same window
last year: cut from last year's records, or typed in ``nam_truoc.so_lieu.luy_ke``. Nothing is carried over
when last year's window is unknown: its comparison is simply not printed. Here the second window's figures are
merged into the report's words (``luy_ke_*`` names, which speeches quote too) and summary rows (``lk_*`` cells).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportgen.kinds.bao_cao_nam.figures import figures_of
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.period import Period

# The words of each group a two-window report also gives for the running window, as ``luy_ke_<name>``.
RUNNING_WORDS: dict[str, tuple[str, ...]] = {
    "doan_vao": ("so_doan", "luot_nguoi", "quoc_gia", "cua_nuoc", "so_sanh"),
    "doan_ra": ("so_doan", "luot_nguoi", "quoc_gia", "cua_nuoc", "so_sanh"),
    "thoa_thuan": ("so_van_ban", "so_sanh"),
    "hoi_nghi": ("so_su_kien", "so_sanh"),
    "vien_tro_pcpnn": ("so_du_an", "cam_ket", "giai_ngan", "so_sanh"),
}
# The period's words a speech may quote for the running window.
RUNNING_PERIOD_WORDS = ("luy_ke_ten", "luy_ke_trong", "luy_ke_cung_ky")


def running_figures(
    model: Input, previous: dict[str, Any] | None, running: Period, from_records: bool
) -> dict[str, Any]:
    """The running window's figures; ``from_records``: last year's came from last year's records, where a
    currency without a project that year was 0, not unknown (as for the report's own window)."""
    fig = figures_of(model, previous, running)
    fig["uoc"] = {}  # the estimate is for the whole year, printed once, in the report's own rows
    if previous is not None and from_records and "du_an_pcpnn" in previous:
        for key in fig["phang"]:
            if key.startswith("vien_tro_"):
                previous.setdefault(key, Decimal(0))
    return fig


def add_running_words(words: dict[str, Any], running_words: dict[str, Any]) -> dict[str, Any]:
    """``words`` with the running window's figures as ``luy_ke_<name>`` in each group."""
    for group, names in RUNNING_WORDS.items():
        for name in names:
            words[group]["luy_ke_" + name] = running_words[group][name]
    return words


def quoted_period_words(ky: dict[str, str]) -> dict[str, str]:
    """The running window's period words a speech quotes, when the report has them."""
    return {k: ky[k] for k in RUNNING_PERIOD_WORDS if k in ky}


def merge_rows(rows: list[dict[str, str]], running_rows: list[dict[str, str]], custom: int) -> list[dict[str, str]]:
    """The summary rows with the running window's cells ``lk_nay``, ``lk_truoc``, ``lk_so_sanh``.

    Rows match by label and unit. A row with nothing in the month but something in the year so far is kept,
    its month cell ``–``. The last ``custom`` rows of each list are the free-form figures (``so_lieu_khac``),
    given for the report's window only: their running cells stay empty rather than repeat the month's value."""
    counted, extra = rows[: len(rows) - custom], rows[len(rows) - custom :]
    by_label = {(r["noi_dung"], r["don_vi"]): r for r in counted}
    merged: list[dict[str, str]] = []
    for lk in running_rows[: len(running_rows) - custom]:
        row = by_label.pop((lk["noi_dung"], lk["don_vi"]), None)
        row = row or {
            "noi_dung": lk["noi_dung"],
            "don_vi": lk["don_vi"],
            "nam_nay": "–",  # nothing this month, as tables mark it (never a bare "0" sum)
            "nam_truoc": "",
            "so_sanh": "",
            "uoc": "",
        }
        merged.append(row | {"lk_nay": lk["nam_nay"], "lk_truoc": lk["nam_truoc"], "lk_so_sanh": lk["so_sanh"]})
    blank = {"lk_nay": "", "lk_truoc": "", "lk_so_sanh": ""}
    merged.extend(row | blank for row in by_label.values())  # none in practice: the year holds the month
    merged.extend(row | blank for row in extra)
    return merged

"""The figures of a report's running window ("7 tháng đầu năm 2023") beside its month's or quarter's.

The running window is counted from the same records, by the same code, as the report's own window
(``figures.figures_of`` over the window of ``running_total.running_period``), and compared with the same window
last year: cut from last year's records, or typed in ``nam_truoc.so_lieu.luy_ke``. Nothing is carried over
when last year's window is unknown: its comparison is simply not printed. Here the second window's figures are
merged into the report's words (``luy_ke_*`` names, which speeches quote too) and summary rows (``lk_*`` cells).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from reportgen.kinds import KindError
from reportgen.kinds.bao_cao_nam.figures import figures_of, flat, other_key
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.kinds.bao_cao_nam.period import Period
from reportgen.kinds.bao_cao_nam.running_total import opening

# The words of each group a two-window report also gives for the running window, as ``luy_ke_<name>``.
RUNNING_WORDS: dict[str, tuple[str, ...]] = {
    "doan_vao": ("so_doan", "luot_nguoi", "quoc_gia", "cua_nuoc", "so_sanh"),
    "doan_ra": ("so_doan", "luot_nguoi", "quoc_gia", "cua_nuoc", "so_sanh"),
    "thoa_thuan": ("so_van_ban", "so_sanh"),
    "hoi_nghi": ("so_su_kien", "so_sanh"),
    "vien_tro_pcpnn": ("so_du_an", "cam_ket", "giai_ngan", "so_sanh"),
    "dia_phuong_doi_tac": ("so_moi",),  # the total is a stock, the same at the end of both windows
}
# The period's words a speech may quote for the running window.
RUNNING_PERIOD_WORDS = ("luy_ke_ten", "luy_ke_trong", "luy_ke_cung_ky")


def running_figures(
    model: Input, previous: dict[str, Any] | None, running: Period, from_records: bool
) -> dict[str, Any]:
    """The running window's figures; ``from_records``: last year's came from last year's records, where a
    currency without a project that year was 0, not unknown (as for the report's own window).

    A free-form figure (``so_lieu_khac``) counts in this window with its ``gia_tri_luy_ke`` (and last year's
    ``cung_ky_luy_ke``); one without is left out of it, never given the month's value. A stock is the same at the
    end of both windows."""
    fig = figures_of(model, previous, running)
    fig["ky"]["trong"] = opening(running)
    fig["uoc"] = {}  # the estimate is for the whole year, printed once, in the report's own rows
    fig["khac"] = [_running_item(i) for i in fig["khac"] if i["luy_ke"] or i["gia_tri_luy_ke"] is not None]
    fig["phang"] = flat(fig)
    typed = {other_key(i): i["cung_ky"] for i in fig["khac"] if i["cung_ky"] is not None}
    if typed:
        fig["nam_truoc"] = typed | (previous or {})
    if fig["nam_truoc"] is not None and from_records and fig["nam_truoc"].get("du_an_pcpnn", 0) is not None:
        for key in fig["phang"]:  # as for the report's own window (__init__.figures)
            if key.startswith(("vien_tro_cam_ket_", "vien_tro_giai_ngan_")):
                fig["nam_truoc"].setdefault(key, Decimal(0))
    return fig


def _running_item(item: dict[str, Any]) -> dict[str, Any]:
    if item["luy_ke"]:
        return item
    return item | {"gia_tri": item["gia_tri_luy_ke"], "cung_ky": item["cung_ky_luy_ke"], "uoc_ca_nam": None}


def running_clause(
    item: dict[str, Any],
    running_fig: dict[str, Any],
    value: Callable[[dict[str, Any]], str],
    change: Callable[[Any, Any, str, str], str],
) -> str:
    """``; lũy kế 7 tháng đầu năm 2023 là 69 cuốn, tăng 12 cuốn (21,1%) so với cùng kỳ năm 2022``: a free-form
    figure's running value, after its month's sentence; ``""`` for a stock or a figure given for the month only.
    ``value`` and ``change`` are the wording's own (``other_value``, ``change_phrase``), so both windows read alike."""
    key = other_key(item)
    mine = [i for i in running_fig["khac"] if other_key(i) == key and not i["luy_ke"]]
    if not mine:
        return ""
    opening_ = running_fig["ky"]["trong"]
    text = f"; {opening_[:1].lower()}{opening_[1:]} là {value(mine[0])}"
    previous = (running_fig["nam_truoc"] or {}).get(key)
    if previous is not None and item["cach_ghi"] == "chinh_xac":
        text += ", " + change(
            _count(mine[0]["gia_tri"]), _count(previous), running_fig["ky"]["cung_ky"], item["don_vi"]
        )
    return text


def _count(value: Any) -> Any:
    """A value without decimals is a count, written like one ("tăng 04 vụ")."""
    return int(value) if isinstance(value, Decimal) and value == value.to_integral_value() else value


def add_running_words(words: dict[str, Any], running_words: dict[str, Any]) -> dict[str, Any]:
    """``words`` with the running window's figures as ``luy_ke_<name>`` in each group, and a free-form figure's
    running value as ``khac.<ma>_luy_ke``."""
    for group, names in RUNNING_WORDS.items():
        for name in names:
            words[group]["luy_ke_" + name] = running_words[group][name]
    for ma, value in running_words["khac"].items():
        words["khac"].setdefault(ma + "_luy_ke", value)
    return words


def quoted_period_words(ky: dict[str, str]) -> dict[str, str]:
    """The running window's period words a speech quotes, when the report has them."""
    return {k: ky[k] for k in RUNNING_PERIOD_WORDS if k in ky}


def merge_rows(rows: list[dict[str, str]], running_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The summary rows with the running window's cells ``lk_nay``, ``lk_truoc``, ``lk_so_sanh``.

    Rows match by label and unit, both orders kept. A row with nothing in the month but something in the year so
    far is kept, its month cell ``–``; a free-form figure given for the month only has empty running cells."""
    key = _label
    in_month = {key(r) for r in rows}
    later = list(running_rows)
    merged: list[dict[str, str]] = []

    def year_only_until(stop: tuple[str, str] | None) -> None:
        while later and key(later[0]) != stop:
            lk = later.pop(0)
            if key(lk) not in in_month:  # "–": nothing this month, as tables mark it (never a bare "0" sum)
                month = {"nam_nay": "–", "nam_truoc": "", "so_sanh": "", "uoc": ""}
                merged.append({"noi_dung": lk["noi_dung"], "don_vi": lk["don_vi"], **month, **_cells(lk)})

    running_keys = {key(r) for r in running_rows}
    for row in rows:
        if key(row) in running_keys:
            year_only_until(key(row))
            merged.append(row | _cells(later.pop(0)))
        else:
            merged.append(row | {"lk_nay": "", "lk_truoc": "", "lk_so_sanh": ""})
    year_only_until(None)
    return merged


def _label(row: dict[str, str]) -> tuple[str, str]:
    return row["noi_dung"], row["don_vi"]


def _cells(lk: dict[str, str]) -> dict[str, str]:
    return {"lk_nay": lk["nam_nay"], "lk_truoc": lk["nam_truoc"], "lk_so_sanh": lk["so_sanh"]}


def check_running_inputs(model: Input) -> None:
    """Running values typed where they mean nothing, each named at its line: last year's running totals or a
    free-form figure's running value without ``luy_ke_dau_nam``, a stock's running value (a stock is the same at
    the end of both windows), a running value below the period's own (a typo)."""
    two = model.ky_bao_cao is not None and model.ky_bao_cao.luy_ke_dau_nam
    only = "chỉ dùng khi “ky_bao_cao” có “luy_ke_dau_nam: co”"
    found: list[tuple[tuple[str | int, ...], str]] = []
    typed = model.nam_truoc.so_lieu if model.nam_truoc else None
    if typed is not None and typed.luy_ke is not None and not two:
        found.append((("nam_truoc", "so_lieu", "luy_ke"), f"“nam_truoc.so_lieu.luy_ke” {only}"))
    for i, f in enumerate(model.so_lieu_khac):
        field = "gia_tri_luy_ke" if f.gia_tri_luy_ke is not None else "cung_ky_luy_ke"
        if f.gia_tri_luy_ke is None and f.cung_ky_luy_ke is None:
            continue
        if not two:
            found.append((("so_lieu_khac", i, field), f"“{f.ten}”: “gia_tri_luy_ke”, “cung_ky_luy_ke” {only}"))
        elif f.luy_ke:
            found.append(
                (
                    ("so_lieu_khac", i, field),
                    f"“{f.ten}” là số lũy kế đến nay (luy_ke: co) nên không ghi “gia_tri_luy_ke”, “cung_ky_luy_ke”",
                )
            )
        elif f.gia_tri_luy_ke is not None and f.gia_tri_luy_ke < f.gia_tri:
            found.append(
                (
                    ("so_lieu_khac", i, "gia_tri_luy_ke"),
                    f"“{f.ten}”: số lũy kế từ đầu năm (gia_tri_luy_ke) nhỏ hơn số của kỳ (gia_tri)",
                )
            )
    if found:
        raise KindError(found[0][0], found[0][1], found[1:])


# Period words only a report with a running total has (running_total.pair_words).
RUNNING_ONLY_PERIOD_WORDS = (*RUNNING_PERIOD_WORDS, "lk_nay", "lk_truoc", "luy_ke_tu_ngay")


def with_running_blanks(context: dict[str, Any]) -> dict[str, Any]:
    """A report without a running total has the running fields too, empty: the template prints them only under
    ``co_luy_ke``, and a context whose shape does not depend on the period lets ``reportgen check --templates``
    check those tags from any office's own examples (a missing field would read as a misspelt tag)."""
    for word in RUNNING_ONLY_PERIOD_WORDS:
        context["ky"].setdefault(word, "")
    for group, names in RUNNING_WORDS.items():
        for name in names:
            context["so_lieu"][group].setdefault("luy_ke_" + name, "")
    for row in context["bang_tong_hop"]:
        for cell in ("lk_nay", "lk_truoc", "lk_so_sanh"):
            row.setdefault(cell, "")
    return context

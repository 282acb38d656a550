"""Wording of the annual report: figures turned into Vietnamese phrases, prose split into paragraphs.

Section items are numbered here, not in the template, because an item with neither records nor prose
is left out and the numbers after it must close the gap.
"""

from __future__ import annotations

import typing
from decimal import Decimal
from typing import Any

from reportgen.blocks import ending, header, locality, receivers, signature
from reportgen.kinds.bao_cao_nam.aid_wording import aid_words, project_rows
from reportgen.kinds.bao_cao_nam.currency import label, ordered
from reportgen.kinds.bao_cao_nam.figures import other_key
from reportgen.kinds.bao_cao_nam.model import Input, Muc
from reportgen.kinds.bao_cao_nam.running_figures import add_running_words, merge_rows, running_clause
from reportgen.kinds.bao_cao_nam.running_total import pair_title, running_period
from reportgen.models import paragraphs
from reportgen.vietnamese import (
    change_cell,
    date_range_phrase,
    format_money,
    format_number,
    join_vietnamese,
    letter_item,
    pad2,
    percent,
    punctuate,
    roman,
    short_date,
    times,
)

# (key in figures["phang"], label in the summary table, unit); aid sums follow, one row per currency
SUMMARY_ROWS: list[tuple[str, str, str]] = [
    ("doan_vao", "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "đoàn"),
    ("luot_nguoi_vao", "Thành viên các đoàn vào", "lượt người"),
    ("doan_ra", "Đoàn đi công tác nước ngoài (đoàn ra)", "đoàn"),
    ("luot_nguoi_ra", "Thành viên các đoàn ra", "lượt người"),
    ("thoa_thuan", "Thỏa thuận quốc tế được ký kết", "văn bản"),
    ("dia_phuong_doi_tac", "Địa phương nước ngoài có quan hệ hợp tác (lũy kế)", "địa phương"),
    ("hoi_nghi", "Hội nghị, hội thảo, sự kiện quốc tế", "sự kiện"),
    ("du_an_pcpnn", "Chương trình, dự án viện trợ PCPNN", "dự án"),
    ("du_an_pcpnn_chuyen_tiep", "Chương trình, dự án viện trợ PCPNN chuyển tiếp", "dự án"),
]
AID_ROWS = [
    ("vien_tro_cam_ket", "Vốn viện trợ PCPNN cam kết"),
    ("vien_tro_giai_ngan", "Vốn viện trợ PCPNN giải ngân"),
    ("vien_tro_luy_ke", "Vốn viện trợ PCPNN giải ngân lũy kế"),  # a stock: never compared
]

# Items of section II in order: the same list a custom figure names its item from (model.Muc).
ITEMS: list[str] = list(typing.get_args(Muc))


def count(n: int) -> str:
    return pad2(n)


BILLION = Decimal(1_000_000_000)
MILLION = Decimal(1_000_000)


def amount(value: Decimal, currency: str) -> str:
    """Prose writes sums of đồng in tỷ or triệu ("79,39 tỷ đồng", "980 triệu đồng"), as real reports do, so that
    two sums of one sentence read alike ("1,73 tỷ đồng và 980 triệu đồng"); tables keep every digit."""
    if currency == "VND":
        if value >= BILLION:
            return f"{format_number(value / BILLION)} tỷ đồng"
        if value >= MILLION:
            return f"{format_number(value / MILLION)} triệu đồng"
        return f"{format_money(value)} đồng"
    return f"{format_money(value)} {label(currency)}"


def amounts(by_currency: dict[str, Decimal]) -> str:
    """Sums per currency; ``""`` when nothing was committed or disbursed (a report never prints a bare "0")."""
    parts = [amount(v, c) for c, v in by_currency.items() if v]
    return join_vietnamese(parts) if parts else ""


def change_phrase(current: int | Decimal, previous: int | Decimal, against: str, unit: str) -> str:
    """``tăng 15 đoàn (19,2%) so với cùng kỳ năm 2021``, ``giảm 3 đoàn (10%) so với năm 2021``,
    ``bằng cùng kỳ năm 2021``; no percentage from a zero base. One rule for every comparison of the report
    (delegations, agreements, events, aid projects, free-form figures, both windows): from twofold on, ``tăng 10
    đoàn, gấp 11 lần năm 2021``, because "tăng 416,7%" is how no report writes a figure grown several-fold."""
    cur, prev = Decimal(current), Decimal(previous)
    diff = cur - prev
    if diff == 0:
        return f"bằng {against}"
    verb = "tăng" if diff > 0 else "giảm"
    whole = isinstance(current, int) and diff == diff.to_integral_value()
    amount = pad2(int(abs(diff))) if whole else format_number(abs(diff))
    if ratio := times(cur, prev):
        return f"tăng {amount} {unit}, gấp {ratio} lần {against}"
    pct = f" ({percent(abs(diff) * 100 / prev)})" if prev > 0 else ""
    return f"{verb} {amount} {unit}{pct} so với {against}"


def _compare(fig: dict[str, Any], key: str, unit: str) -> str:
    """The window's figure ``key`` compared with the same window last year (``change_phrase``); ``""`` when last
    year's is unknown."""
    previous = (fig["nam_truoc"] or {}).get(key)
    if previous is None:
        return ""
    return change_phrase(fig["phang"][key], previous, fig["ky"]["cung_ky"], unit)


LEVEL_ORDER = [
    "Cấp cao",
    "Lãnh đạo tỉnh",
    "Lãnh đạo thành phố",
    "Lãnh đạo Thành phố",
    "Cấp bộ",
    "Cấp tỉnh",
    "Cấp sở, ngành",
    "Cấp đại sứ",
    "Cấp tổng lãnh sự",
]


def _by_level(ranked: list[tuple[str, int]]) -> str:
    """Levels in protocol order (highest first), as reports list them; unknown levels follow by frequency."""

    def rank(item: tuple[str, int]) -> int:
        return LEVEL_ORDER.index(item[0]) if item[0] in LEVEL_ORDER else len(LEVEL_ORDER)

    ordered = sorted(ranked, key=rank)
    return join_vietnamese([f"{count(n)} đoàn {cap[:1].lower() + cap[1:]}" for cap, n in ordered])


def agreements_detail(model: Input) -> str:
    """What the agreements include: ``04 bản ghi nhớ thiết lập quan hệ hợp tác mới`` when those coincide."""
    mous = [t for t in model.thoa_thuan if "ghi nhớ" in t.loai.casefold()]
    new = [t for t in model.thoa_thuan if t.quan_he_moi]
    if mous and all(t.quan_he_moi for t in mous) and len(mous) == len(new):
        return f"{count(len(mous))} bản ghi nhớ thiết lập quan hệ hợp tác mới"
    parts = [f"{count(len(mous))} bản ghi nhớ"] if mous else []
    if new:
        parts.append(f"{count(len(new))} văn bản thiết lập quan hệ hợp tác mới")
    return join_vietnamese(parts)


def _top(ranked: list[tuple[str, int]], unit: str, limit: int = 5) -> str:
    """``Nhật Bản (05 đoàn), Hàn Quốc và Lào (cùng 03 đoàn)``: the most frequent, ties kept whole.

    A tie is never cut by the alphabet: a tied group either comes in whole or not at all. When more than
    ``limit`` share the first place, their number is given instead ("06 quốc gia, tổ chức (cùng 02 đoàn)").
    """
    groups: list[tuple[int, list[str]]] = []
    for name, n in ranked:
        if groups and groups[-1][0] == n:
            groups[-1][1].append(name)
        else:
            groups.append((n, [name]))
    if groups and len(groups[0][1]) > limit:  # too many share the first place to name them all
        n, names = groups[0]
        return f"{count(len(names))} quốc gia, tổ chức (cùng {count(n)} {unit})"
    parts: list[str] = []
    shown = 0
    for n, names in groups:
        if parts and shown + len(names) > limit:
            break
        together = "cùng " if len(names) > 1 else ""
        parts.append(f"{join_vietnamese(names)} ({together}{count(n)} {unit})")
        shown += len(names)
    tied = any(len(names) > 1 for _, names in groups[: len(parts)])
    return "; ".join(parts) if tied else join_vietnamese(parts)


def countries(ranked: list[tuple[str, int]]) -> str:
    """Where records come from, as a report names it: ``09 quốc gia, vùng lãnh thổ``, or the one country
    itself (``Lào``): "09 địa phương của Lào", never "của 01 quốc gia, vùng lãnh thổ"."""
    if len(ranked) == 1:
        return ranked[0][0]
    return f"{count(len(ranked))} quốc gia, vùng lãnh thổ"


def _origin(group: dict[str, Any]) -> str:
    """The sentence on where inbound delegations came from; nothing when one country says it all (``cua_nuoc``)."""
    if len(group["theo_quoc_gia"]) < 2:
        return ""
    return (
        f"Các đoàn đến từ {count(group['so_quoc_gia'])} quốc gia, vùng lãnh thổ và tổ chức quốc tế, nhiều nhất là "
        f"{_top(group['theo_quoc_gia'], 'đoàn')}."
    )


def _delegations(fig: dict[str, Any], key: str) -> dict[str, str]:
    """Inbound and outbound delegations are worded alike: counts, the leading countries, the comparison, levels."""
    group = fig[key]
    one = [name for name, _ in group["theo_quoc_gia"]] if len(group["theo_quoc_gia"]) == 1 else []
    return {
        "so_doan": count(group["so_doan"]),
        "luot_nguoi": count(group["luot_nguoi"]),
        "so_quoc_gia": count(group["so_quoc_gia"]),
        "quoc_gia": countries(group["theo_quoc_gia"]),
        "cua_nuoc": f" của {one[0]}" if one else "",
        "nguon": _origin(group),
        "noi_bat": _top(group["theo_quoc_gia"], "đoàn"),
        "so_sanh": _compare(fig, key, "đoàn"),
        "theo_cap": _by_level(group["theo_cap"]),
    }


def wording(fig: dict[str, Any]) -> dict[str, Any]:
    tt = fig["thoa_thuan"]
    dp, hn = fig["dia_phuong_doi_tac"], fig["hoi_nghi"]
    words: dict[str, Any] = {
        "doan_vao": _delegations(fig, "doan_vao"),
        "doan_ra": _delegations(fig, "doan_ra"),
        "thoa_thuan": {
            "so_van_ban": count(tt["so_van_ban"]),
            "so_ban_ghi_nho": count(tt["so_ban_ghi_nho"]),
            "so_quan_he_moi": count(tt["so_quan_he_moi"]),
            "so_sanh": _compare(fig, "thoa_thuan", "văn bản"),
        },
        "dia_phuong_doi_tac": {
            "tong_so": count(dp["tong_so"]),
            "so_moi": count(dp["so_moi"]),
            "so_quoc_gia": count(dp["so_quoc_gia"]),
            "quoc_gia": countries(dp["theo_quoc_gia"]),
        },
        "hoi_nghi": {
            "so_su_kien": count(hn["so_su_kien"]),
            "dai_bieu_nuoc_ngoai": count(hn["dai_bieu_nuoc_ngoai"]),
            "dai_bieu_viet_nam": count(hn["dai_bieu_viet_nam"]),
            "so_sanh": _compare(fig, "hoi_nghi", "sự kiện"),
        },
        "khac": {f["ma"]: APPROXIMATE[f["cach_ghi"]] + format_number(f["gia_tri"]) for f in fig["khac"] if f["ma"]},
        "ky": dict(fig["ky"]),
    }
    sentences = estimate_sentences(fig)
    compared = _compare(fig, "du_an_pcpnn", "dự án")
    words["vien_tro_pcpnn"] = aid_words(fig, compared, amounts, sentences.get("vien_tro_pcpnn", ""))
    for group in ("doan_vao", "doan_ra", "thoa_thuan", "hoi_nghi", "vien_tro_pcpnn"):
        words[group]["uoc_ca_nam"] = sentences.get(group, "")
    if fig.get("luy_ke"):  # "tháng 7 và 7 tháng đầu năm": the year so far, worded alike (running_figures.py)
        add_running_words(words, wording(fig["luy_ke"]))
    return words


def _about(value: Any) -> str:
    return format_number(value) if not isinstance(value, int) else count(value)


def estimate_sentences(fig: dict[str, Any]) -> dict[str, str]:
    """ "Ước cả năm đón khoảng 155 đoàn, 1.200 lượt người." for each group that has an estimate."""
    u = fig["uoc"]
    out: dict[str, str] = {}

    def people(key: str, joiner: str) -> str:
        return f"{joiner}{format_number(u[key])} lượt người" if key in u else ""

    if "doan_vao" in u:
        out["doan_vao"] = f"Ước cả năm đón khoảng {_about(u['doan_vao'])} đoàn" + people("luot_nguoi_vao", " với ")
    if "doan_ra" in u:
        out["doan_ra"] = f"Ước cả năm tổ chức khoảng {_about(u['doan_ra'])} đoàn" + people("luot_nguoi_ra", " với ")
    if "thoa_thuan" in u:
        out["thoa_thuan"] = f"Ước cả năm ký kết khoảng {_about(u['thoa_thuan'])} văn bản"
    if "hoi_nghi" in u:
        out["hoi_nghi"] = f"Ước cả năm tổ chức khoảng {_about(u['hoi_nghi'])} hội nghị, hội thảo, sự kiện quốc tế"
    money = {k.rsplit("_", 1)[1].upper(): v for k, v in u.items() if k.startswith("vien_tro_cam_ket_")}
    paid = {k.rsplit("_", 1)[1].upper(): v for k, v in u.items() if k.startswith("vien_tro_giai_ngan_")}
    if "du_an_pcpnn" in u or money:
        parts = [f"khoảng {_about(u['du_an_pcpnn'])} dự án"] if "du_an_pcpnn" in u else []
        if money:
            parts.append(f"tổng giá trị cam kết khoảng {amounts(money)}")
        out["vien_tro_pcpnn"] = "Ước cả năm vận động, tiếp nhận " + ", ".join(parts)
        out["vien_tro_pcpnn"] += f"; giải ngân khoảng {amounts(paid)}" if amounts(paid) else ""
    elif amounts(paid):
        out["vien_tro_pcpnn"] = f"Ước cả năm giải ngân khoảng {amounts(paid)}"
    return {k: v + "." for k, v in out.items()}


def _row(label_: str, unit: str, now: Any, before: Any, estimate: Any, money: bool = False) -> dict[str, str]:
    """One summary row; money is written to the cent (``575.500,50``)."""
    shown = format_money if money else format_number
    return {
        "noi_dung": label_,
        "don_vi": unit,
        "nam_nay": shown(now),
        "nam_truoc": "" if before is None else shown(before),
        "so_sanh": change_cell(now, before, money=money),
        "uoc": "" if estimate is None else shown(estimate),
    }


def _millions(value: Decimal | None) -> Decimal | None:
    """A sum of đồng in triệu, to two decimals at most (``61.241`` for 61.241.000.000 đồng)."""
    return None if value is None else value / MILLION


def summary_rows(fig: dict[str, Any]) -> list[dict[str, str]]:
    """Every figure of the period: the counts, each currency's aid sums, then the custom figures."""
    previous = fig["nam_truoc"] or {}
    now, est = fig["phang"], fig["uoc"]
    rows = []
    for key, text, unit in SUMMARY_ROWS:
        if not now[key] and not previous.get(key) and key not in est:
            continue
        if key == "du_an_pcpnn" and now["du_an_pcpnn_chuyen_tiep"]:  # beside the ongoing ones: the new
            text += " mới"
        rows.append(_row(text, unit, now[key], previous.get(key), est.get(key)))
    for prefix, text in AID_ROWS:
        keys = [k for k in (*now, *previous, *est) if k.startswith(prefix + "_")]
        codes = ordered({k.rsplit("_", 1)[1].upper() for k in keys})
        for code in codes:
            key = f"{prefix}_{code.lower()}"
            current = now.get(key, Decimal(0))
            if current is None:  # not known (aid.py): never printed
                continue
            if prefix == "vien_tro_luy_ke":
                previous = {**previous, key: None}
            if not current and not previous.get(key) and key not in est:
                continue
            if code == "VND":  # "triệu đồng", as summary tables write them: a sum fits its column whole
                before, estimate = _millions(previous.get(key)), _millions(est.get(key))
                rows.append(_row(text, "triệu đồng", current / MILLION, before, estimate))
                continue
            rows.append(_row(text, label(code), current, previous.get(key), est.get(key), money=True))
    for item in fig["khac"]:
        key = other_key(item)
        row = _row(item["ten"], item["don_vi"], item["gia_tri"], previous.get(key), est.get(key))
        if item["cach_ghi"] != "chinh_xac":  # "hơn 800": the table says so, and compares nothing
            row["nam_nay"] = APPROXIMATE[item["cach_ghi"]].capitalize() + row["nam_nay"]
            row["so_sanh"] = ""
        if item["luy_ke"]:
            row["noi_dung"] += " (lũy kế)"
        rows.append(row)
    if fig.get("luy_ke"):  # the year so far in its own columns (running_figures.py)
        rows = merge_rows(rows, summary_rows(fig["luy_ke"]))
    for i, row in enumerate(rows, 1):
        row["tt"] = str(i)
    return rows


def _has_figures(fig: dict[str, Any], key: str) -> bool:
    sizes = {
        "dia_phuong_doi_tac": fig["dia_phuong_doi_tac"]["tong_so"],
        "doan_ra": fig["doan_ra"]["so_doan"],
        "doan_vao": fig["doan_vao"]["so_doan"],
        "thoa_thuan": fig["thoa_thuan"]["so_van_ban"],
        "hoi_nghi": fig["hoi_nghi"]["so_su_kien"],
        "vien_tro_pcpnn": fig["vien_tro_pcpnn"]["so_du_an"] + fig["vien_tro_pcpnn"]["so_chuyen_tiep"],
    }
    return bool(sizes.get(key, 0))


def items(model: Input, fig: dict[str, Any]) -> dict[str, Any]:
    numbered: dict[str, Any] = {}
    number = 0
    others = other_sentences(fig)
    for key in ITEMS:
        prose = paragraphs(getattr(model.noi_dung, key))
        in_window = _has_figures(fig, key)  # a two-window report: the month; its running total may have more
        has_figures = in_window or bool(fig.get("luy_ke") and _has_figures(fig["luy_ke"], key))
        if not prose and not has_figures and not others.get(key):
            numbered[key] = None
            continue
        number += 1
        numbered[key] = {
            "so": str(number),
            "doan_van": prose,
            "co_so_lieu": has_figures,
            "co_so_lieu_ky": in_window,
            "so_lieu_khac": others.get(key, []),
        }
    return numbered


def _whole(value: Any) -> Any:
    """A custom figure without decimals is a count, written like one ("09 vụ", "tăng 04 vụ")."""
    return int(value) if isinstance(value, Decimal) and value == value.to_integral_value() else value


def other_sentences(fig: dict[str, Any]) -> dict[str, list[str]]:
    """Custom figures stated in their item as sentences: "Trong năm 2022, tiếp khách nước ngoài là 172 cuộc, tăng
    22 cuộc (14,7%) so với năm 2021." (a label followed by a colon is a table's way, not a report's)."""
    previous = fig["nam_truoc"] or {}
    out: dict[str, list[str]] = {}
    for item in fig["khac"]:
        if not item["muc"]:
            continue
        key = other_key(item)
        value = _whole(item["gia_tri"])
        shown = other_value(item)
        opening = "Lũy kế đến nay" if item["luy_ke"] else fig["ky"]["trong"]
        text = f"{opening}, {inside_sentence(item['ten'])} là {shown}"
        if key in previous and item["cach_ghi"] == "chinh_xac":
            text += ", " + change_phrase(value, _whole(previous[key]), fig["ky"]["cung_ky"], item["don_vi"])
        if fig.get("luy_ke"):  # "; lũy kế 7 tháng đầu năm 2023 là 69 cuốn, …" (running_figures.py)
            text += running_clause(item, fig["luy_ke"], other_value, change_phrase)
        if key in fig["uoc"]:
            text += f"; ước cả năm khoảng {format_number(fig['uoc'][key])} {item['don_vi']}"
        out.setdefault(item["muc"], []).append(text + ".")
    return out


APPROXIMATE = {"chinh_xac": "", "hon": "hơn ", "khoang": "khoảng "}


def other_value(item: dict[str, Any]) -> str:
    """A free-form figure with its unit as a report writes it: ``172 cuộc``, ``hơn 800 lượt``, ``khoảng 45%``."""
    value = _whole(item["gia_tri"])
    shown = count(value) if isinstance(value, int) else format_number(value)
    unit = item["don_vi"]
    return APPROXIMATE[item["cach_ghi"]] + (f"{shown}{unit}" if unit == "%" else f"{shown} {unit}")


def inside_sentence(label_: str) -> str:
    """A table label inside a sentence: ``Tiếp khách …`` → ``tiếp khách …``; an abbreviation (``UBND``) stays."""
    first = label_.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():
        return label_
    return label_[:1].lower() + label_[1:]


def period(start: Any, end: Any) -> str:
    return date_range_phrase(start, end)


def appendices(model: Input) -> dict[str, Any]:
    by_date = sorted
    lists: dict[str, list[dict[str, str]]] = {
        "doan_vao": [
            {
                "ten": r.ten_doan + (f" do {r.truong_doan} dẫn đầu" if r.truong_doan else ""),
                "quoc_gia": r.quoc_gia,
                "cap": r.cap or "",
                "thoi_gian": period(r.tu_ngay, r.den_ngay),
                "so_nguoi": format_number(r.so_nguoi),
                "nguoi_tiep": r.nguoi_tiep or "",
                "noi_dung": r.noi_dung or "",
            }
            for r in by_date(model.doan_vao, key=lambda r: r.tu_ngay)
        ],
        "doan_ra": [
            {
                "truong_doan": r.truong_doan,
                "thanh_phan": r.thanh_phan or "",
                "quoc_gia": ", ".join(r.quoc_gia),
                "thoi_gian": period(r.tu_ngay, r.den_ngay),
                "so_nguoi": format_number(r.so_nguoi),
                "muc_dich": r.muc_dich or "",
                "ket_qua": r.ket_qua or "",
            }
            for r in by_date(model.doan_ra, key=lambda r: r.tu_ngay)
        ],
        "thoa_thuan": [
            {
                "ten": t.ten,
                "loai": t.loai,
                "doi_tac": t.doi_tac,
                "quoc_gia": t.quoc_gia,
                "ngay_ky": short_date(t.ngay_ky),
                "co_quan_ky": t.co_quan_ky or "",
                "linh_vuc": t.linh_vuc or "",
            }
            for t in by_date(model.thoa_thuan, key=lambda t: t.ngay_ky)
        ],
        "hoi_nghi": [
            {
                "ten": h.ten,
                "don_vi_to_chuc": h.don_vi_to_chuc or "",
                "thoi_gian": period(h.tu_ngay, h.den_ngay),
                "dia_diem": h.dia_diem or "",
                "dai_bieu_viet_nam": format_number(h.dai_bieu_viet_nam),
                "dai_bieu_nuoc_ngoai": format_number(h.dai_bieu_nuoc_ngoai),
            }
            for h in by_date(model.hoi_nghi, key=lambda h: h.tu_ngay)
        ],
        "du_an_pcpnn": project_rows(model)[0],
    }
    result: dict[str, Any] = {}
    number = 1  # Phụ lục I is the summary table, always present
    for key, rows in lists.items():
        for i, row in enumerate(rows, 1):
            row["tt"] = str(i)
        if rows:
            number += 1
            result[key] = {"so": roman(number), "dong": rows}
        else:
            result[key] = None
    result["tong_hop"] = {"so": roman(1)}
    _totals(model, result)
    return result


def _totals(model: Input, result: dict[str, Any]) -> None:
    """The "Tổng cộng" rows: people and delegates summed, aid summed per currency (never across currencies)."""
    if result["doan_vao"]:
        result["doan_vao"]["tong_nguoi"] = format_number(sum(r.so_nguoi for r in model.doan_vao))
    if result["doan_ra"]:
        result["doan_ra"]["tong_nguoi"] = format_number(sum(r.so_nguoi for r in model.doan_ra))
    if result["hoi_nghi"]:
        result["hoi_nghi"]["tong_viet_nam"] = format_number(sum(h.dai_bieu_viet_nam for h in model.hoi_nghi))
        result["hoi_nghi"]["tong_nuoc_ngoai"] = format_number(sum(h.dai_bieu_nuoc_ngoai for h in model.hoi_nghi))
    if result["du_an_pcpnn"]:
        _, result["du_an_pcpnn"]["tong"], result["du_an_pcpnn"]["luy_ke"] = project_rows(model)


def title(model: Input) -> str:
    """The trích yếu: the user's own, or the period's."""
    if model.trich_yeu:
        return " ".join(model.trich_yeu.split())
    running = running_period(model.ky_bao_cao, model.period)
    return pair_title(model.period, running) if running else model.period.title


def build_context(model: Input, fig: dict[str, Any]) -> dict[str, Any]:
    """Display-ready context; ``model`` holds only the period's records (see figures.in_period)."""
    nd = model.noi_dung
    period = model.period
    head = header(model.co_quan, model.van_ban, "BC", period.draft_year)
    trich_yeu = title(model)
    closing = nd.ket_thuc or f"Trên đây là báo cáo {trich_yeu[:1].lower() + trich_yeu[1:]} của {model.co_quan.ten}"
    return {
        **head,
        "nam": str(model.nam),
        "nam_sau": str(model.nam + 1),
        "nam_truoc": str(model.nam - 1),
        "ky": fig["ky"],
        "trich_yeu": trich_yeu,
        "kinh_gui": list(model.kinh_gui),
        "pham_vi": model.pham_vi or "",
        "mo_dau": paragraphs(nd.mo_dau),
        "tinh_hinh_chung": paragraphs(nd.tinh_hinh_chung),
        "muc": items(model, fig),
        "so_lieu": _with_details(wording(fig), model),
        "dia_danh": model.co_quan.dia_danh,
        "dia_phuong": locality(model.co_quan),  # "thành phố Đà Nẵng", as the subject of a sentence
        "bang_tong_hop": summary_rows(fig),
        "co_so_sanh": fig["nam_truoc"] is not None,
        "co_uoc": bool(fig["uoc"]),
        "co_luy_ke": bool(fig.get("luy_ke")),
        "uu_diem": paragraphs(nd.uu_diem),
        "han_che": paragraphs(nd.han_che),
        "nguyen_nhan_khach_quan": paragraphs(nd.nguyen_nhan_khach_quan),
        "nguyen_nhan_chu_quan": paragraphs(nd.nguyen_nhan_chu_quan),
        "bai_hoc": paragraphs(nd.bai_hoc),
        "du_bao": paragraphs(nd.du_bao),
        "muc_tieu": paragraphs(nd.muc_tieu),
        "nhiem_vu": [
            {"so": letter_item(i) if len(nd.nhiem_vu) > 1 else "", "noi_dung": punctuate(t, i == len(nd.nhiem_vu))}
            for i, t in enumerate(nd.nhiem_vu, 1)
        ],
        "kien_nghi": [
            {"so": str(i), "doi_tuong": k.doi_tuong.rstrip(" :"), "noi_dung": k.noi_dung}
            for i, k in enumerate(nd.kien_nghi, 1)
        ],
        "ket_thuc": ending(closing),
        "phu_luc": appendices(model),
        "nguoi_ky": signature(model.nguoi_ky),
        "noi_nhan": receivers(model.van_ban),
    }


def _with_details(words: dict[str, Any], model: Input) -> dict[str, Any]:
    words["thoa_thuan"]["trong_do"] = agreements_detail(model)
    return words

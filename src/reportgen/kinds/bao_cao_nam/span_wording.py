"""Words of a span report: the figure sentences of section II, year by year, and the words speeches quote.

A span's sentence gives the span's total, its comparison with the previous span when that was typed, and the
figure of each year ("Theo từng năm: năm 2021 có 12 đoàn, …"). What only the detailed lists tell (countries,
levels, donors, delegates) is said of the years those lists cover ("Trong các năm 2024–2025, …") whenever some
years are known by their totals only, so that no record-only figure reads as the whole span's.

The sentences reach the template through each item's ``so_lieu_khac`` paragraphs (the item's own figure sentence
is switched off with ``co_so_lieu``), so the template's year sentences stay as they are.
"""

from __future__ import annotations

from typing import Any

from reportgen.kinds.bao_cao_nam.span_period import span_words
from reportgen.kinds.bao_cao_nam.wording import _compare, count
from reportgen.vietnamese import join_vietnamese

# group of section II -> (flat name of its count, unit)
COUNTED = {
    "doan_vao": ("doan_vao", "đoàn"),
    "doan_ra": ("doan_ra", "đoàn"),
    "thoa_thuan": ("thoa_thuan", "văn bản"),
    "hoi_nghi": ("hoi_nghi", "sự kiện"),
    "vien_tro_pcpnn": ("du_an_pcpnn", "dự án"),
}


def years_phrase(years: list[int]) -> str:
    """``năm 2024``, ``các năm 2023–2025``, ``các năm 2021, 2023 và 2025``."""
    if len(years) == 1:
        return f"năm {years[0]}"
    if years == list(range(years[0], years[-1] + 1)):
        return f"các năm {span_words(years[0], years[-1])}"
    return "các năm " + join_vietnamese([str(y) for y in years])


def each_year(fig: dict[str, Any], name: str, unit: str) -> str:
    """``năm 2021 có 12 đoàn, năm 2022 có 93 đoàn và năm 2023 có 110 đoàn``."""
    years = fig["theo_nam"]
    parts = []
    for year in years["nam"]:
        n = years["so_lieu"][year].get(name, 0)
        parts.append(f"năm {year} có {count(n)} {unit}" if n else f"năm {year} không có {unit} nào")
    return join_vietnamese(parts)


def _with(text: str, comparison: str) -> str:
    return f"{text}, {comparison}" if comparison else text


def _detail_years(fig: dict[str, Any]) -> list[int]:
    """The years counted from records, when some other year is known by its totals only; else ``[]``."""
    years = fig["theo_nam"]
    if not years["tong_hop"]:
        return []
    return [y for y in years["nam"] if y not in years["tong_hop"]]


def _qualified(fig: dict[str, Any], sentence: str, part: str | None = None) -> str:
    """A record-only sentence; when some years are totals only, said of the years the records cover (``part``,
    or the sentence itself): "Trong các năm 2024–2025, các đoàn đến từ …"."""
    detail = _detail_years(fig)
    if not sentence or not detail:
        return sentence
    said = part if part is not None else sentence
    return f"Trong {years_phrase(detail)}, {said[:1].lower() + said[1:]}"


def _delegation(fig: dict[str, Any], words: dict[str, Any], key: str, verb: str, tail: str) -> list[str]:
    group = words[key]
    whole = not _detail_years(fig)
    guests = " khách quốc tế" + (group["cua_nuoc"] if whole else "") if key == "doan_vao" else ""
    main = _with(
        f"{fig['ky']['trong']}, {verb} {group['so_doan']} đoàn{guests} với {group['luot_nguoi']} lượt người {tail}",
        _compare(fig, key, "đoàn"),
    )
    sentences = [main + ".", f"Theo từng năm: {each_year(fig, key, 'đoàn')}."]
    levels = f"có {group['theo_cap']}" if group["theo_cap"] else ""
    if key == "doan_vao":
        origin = group["nguon"][:1].lower() + group["nguon"][1:].rstrip(".") if group["nguon"] else ""
    else:
        origin = f"các đoàn đã đến {group['quoc_gia']}" if fig["doan_ra"]["so_quoc_gia"] else ""
    detail = _detail_years(fig)
    if detail and (levels or origin):
        sentences.append(f"Trong {years_phrase(detail)}, {'; '.join(p for p in (levels, origin) if p)}.")
    elif not detail:
        sentences += [
            f"Trong số đó {levels}." if levels else "",
            origin[:1].upper() + origin[1:] + "." if origin else "",
        ]
    return [" ".join(s for s in sentences if s)]


def span_sentences(fig: dict[str, Any], words: dict[str, Any]) -> dict[str, list[str]]:
    """The figure paragraph of each item of section II in a span report."""
    during = fig["ky"]["trong"]
    tt, hn, pc = words["thoa_thuan"], words["hoi_nghi"], words["vien_tro_pcpnn"]
    agreements = [
        _with(f"{during}, đã ký kết {tt['so_van_ban']} văn bản hợp tác quốc tế", _compare(fig, "thoa_thuan", "văn bản"))
        + ".",
        f"Theo từng năm: {each_year(fig, 'thoa_thuan', 'văn bản')}.",
        _qualified(
            fig,
            f"Trong đó có {tt['trong_do']}." if tt.get("trong_do") else "",
            f"các văn bản ký kết có {tt.get('trong_do')}.",
        ),
    ]
    events = [
        _with(
            f"{during}, đã tổ chức và phối hợp tổ chức {hn['so_su_kien']} hội nghị, hội thảo, sự kiện quốc tế",
            _compare(fig, "hoi_nghi", "sự kiện"),
        )
        + ".",
        f"Theo từng năm: {each_year(fig, 'hoi_nghi', 'sự kiện')}.",
    ]
    if fig["hoi_nghi"]["dai_bieu_nuoc_ngoai"] or fig["hoi_nghi"]["dai_bieu_viet_nam"]:
        events.append(
            _qualified(
                fig,
                f"Các sự kiện có sự tham dự của {hn['dai_bieu_nuoc_ngoai']} đại biểu nước ngoài và "
                f"{hn['dai_bieu_viet_nam']} đại biểu trong nước.",
            )
        )
    donors = f" của {pc['so_nha_tai_tro']} nhà tài trợ" if not _detail_years(fig) else ""
    money = f", với tổng giá trị cam kết {pc['cam_ket']}" if pc["cam_ket"] else ""
    paid = f"; giá trị giải ngân {pc['giai_ngan']}" if pc["giai_ngan"] else ""
    aid = [
        _with(
            f"{during}, đã vận động, tiếp nhận {pc['so_du_an']} chương trình, dự án viện trợ phi chính phủ nước ngoài"
            f"{donors}",
            _compare(fig, "du_an_pcpnn", "dự án"),
        )
        + f"{money}{paid}.",
        f"Theo từng năm: {each_year(fig, 'du_an_pcpnn', 'dự án')}.",
    ]
    return {
        "doan_vao": _delegation(fig, words, "doan_vao", "đã đón tiếp", "đến thăm và làm việc"),
        "doan_ra": _delegation(fig, words, "doan_ra", "đã tổ chức", "đi công tác nước ngoài"),
        "thoa_thuan": [" ".join(s for s in agreements if s)],
        "hoi_nghi": [" ".join(s for s in events if s)],
        "vien_tro_pcpnn": [" ".join(s for s in aid if s)],
    }


def with_span_sentences(context: dict[str, Any], fig: dict[str, Any]) -> dict[str, Any]:
    """The context with each item's figure sentence replaced by the span's (other periods: unchanged)."""
    if "theo_nam" not in fig:
        return context
    sentences = span_sentences(fig, context["so_lieu"])
    for key, paragraphs in sentences.items():
        item = context["muc"].get(key)
        if item and item["co_so_lieu"]:
            item["co_so_lieu"] = False
            item["so_lieu_khac"] = paragraphs + item["so_lieu_khac"]
    return context


def quoted_span(fig: dict[str, Any]) -> dict[str, str]:
    """What a speech may quote of a span: its years and each figure year by year (``so_lieu.giai_doan.…``)."""
    years = fig["theo_nam"]["nam"]
    return {
        "tu_nam": str(years[0]),
        "den_nam": str(years[-1]),
        "so_nam": str(len(years)),
        **{f"{key}_theo_nam": each_year(fig, name, unit) for key, (name, unit) in COUNTED.items()},
    }

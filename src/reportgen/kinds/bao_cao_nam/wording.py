"""Wording of the annual report: figures turned into Vietnamese phrases, prose split into paragraphs.

Section items are numbered here, not in the template, because an item with neither records nor prose
is left out and the numbers after it must close the gap.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportgen.blocks import ending, header, locality, receivers, signature
from reportgen.kinds.bao_cao_nam.model import Input
from reportgen.models import paragraphs
from reportgen.vietnamese import (
    change_cell,
    compare_phrase,
    date_range_phrase,
    format_money,
    format_number,
    join_vietnamese,
    letter_item,
    pad2,
    punctuate,
    roman,
    short_date,
)

# (key in figures["phang"], label in the summary table, unit)
SUMMARY_ROWS: list[tuple[str, str, str]] = [
    ("doan_vao", "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "đoàn"),
    ("luot_nguoi_vao", "Thành viên các đoàn vào", "lượt người"),
    ("doan_ra", "Đoàn đi công tác nước ngoài (đoàn ra)", "đoàn"),
    ("luot_nguoi_ra", "Thành viên các đoàn ra", "lượt người"),
    ("thoa_thuan", "Thỏa thuận quốc tế được ký kết", "văn bản"),
    ("dia_phuong_doi_tac", "Địa phương nước ngoài có quan hệ hợp tác (lũy kế)", "địa phương"),
    ("hoi_nghi", "Hội nghị, hội thảo, sự kiện quốc tế", "sự kiện"),
    ("du_an_pcpnn", "Chương trình, dự án viện trợ PCPNN", "dự án"),
    ("vien_tro_cam_ket_usd", "Vốn viện trợ PCPNN cam kết", "USD"),
    ("vien_tro_giai_ngan_usd", "Vốn viện trợ PCPNN giải ngân", "USD"),
]

OTHER_FIGURES: dict[str, tuple[str, str]] = {
    "ho_chieu_ngoai_giao_cong_vu": ("Hộ chiếu ngoại giao, công vụ cấp mới", "cuốn"),
    "thi_thuc_nhap_canh": ("Thị thực, miễn thị thực cho khách nước ngoài", "trường hợp"),
    "vu_bao_ho_cong_dan": ("Vụ việc bảo hộ công dân được giải quyết", "vụ"),
    "luot_kieu_bao_ve_nuoc": ("Kiều bào về thăm quê, làm việc", "lượt người"),
    "to_chuc_nuoc_ngoai_su_dung_lao_dong": ("Tổ chức nước ngoài sử dụng lao động Việt Nam", "tổ chức"),
    "lao_dong_viet_nam_lam_viec": ("Lao động Việt Nam làm việc cho tổ chức nước ngoài", "người"),
    "phong_vien_nuoc_ngoai": ("Phóng viên nước ngoài đến tác nghiệp", "lượt người"),
    "tin_bai_thong_tin_doi_ngoai": ("Tin, bài thông tin đối ngoại", "tin, bài"),
    "cuoc_hoi_dam_bien_gioi": ("Cuộc hội đàm, gặp gỡ về biên giới", "cuộc"),
}

# Items of section II in order: (key, has figures of its own)
ITEMS = [
    "tham_muu_chi_dao",
    "doi_ngoai_dang",
    "dia_phuong_doi_tac",
    "doan_ra",
    "doan_vao",
    "thoa_thuan",
    "hoi_nghi",
    "ngoai_giao_kinh_te",
    "ngoai_giao_van_hoa",
    "vien_tro_pcpnn",
    "lanh_su",
    "nguoi_viet_nam_o_nuoc_ngoai",
    "quan_ly_to_chuc_nuoc_ngoai",
    "bien_gioi",
    "doi_ngoai_nhan_dan",
    "thi_dua_khen_thuong",
]


def count(n: int) -> str:
    return pad2(n)


BILLION = Decimal(1_000_000_000)


def amount(value: Decimal, currency: str) -> str:
    """Prose writes large sums of đồng in tỷ ("79,39 tỷ đồng"), as real reports do; tables keep every digit."""
    if currency == "VND":
        return f"{format_number(value / BILLION)} tỷ đồng" if value >= BILLION else f"{format_money(value)} đồng"
    return f"{format_money(value)} {currency}"


def amounts(by_currency: dict[str, Decimal]) -> str:
    """Sums per currency; ``""`` when nothing was committed or disbursed (a report never prints a bare "0")."""
    parts = [amount(v, c) for c, v in by_currency.items() if v]
    return join_vietnamese(parts) if parts else ""


def _compare(fig: dict[str, Any], key: str, unit: str) -> str:
    """``tăng 15 đoàn (19,2%) so với năm 2021``; from twofold on, ``tăng 10 đoàn, gấp 11 lần năm 2021``,
    because "tăng 1.000%" is how no report writes a recovery."""
    previous = (fig["nam_truoc"] or {}).get(key)
    if previous is None:
        return ""
    current = fig["phang"][key]
    if previous > 0 and current >= 2 * previous:
        ratio = format_number(Decimal(current) / Decimal(previous), 1)
        ratio = ratio[:-2] if ratio.endswith(",0") else ratio
        diff = count(current - previous) if isinstance(current, int) else format_money(current - previous)
        return f"tăng {diff} {unit}, gấp {ratio} lần năm {fig['nam'] - 1}"
    return compare_phrase(current, previous, fig["nam"] - 1, unit)


LEVEL_ORDER = ["Cấp cao", "Cấp bộ", "Cấp tỉnh", "Cấp đại sứ", "Cấp tổng lãnh sự"]


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


def wording(fig: dict[str, Any]) -> dict[str, Any]:
    dv, dr, tt = fig["doan_vao"], fig["doan_ra"], fig["thoa_thuan"]
    dp, hn, pc = fig["dia_phuong_doi_tac"], fig["hoi_nghi"], fig["vien_tro_pcpnn"]
    return {
        "doan_vao": {
            "so_doan": count(dv["so_doan"]),
            "luot_nguoi": count(dv["luot_nguoi"]),
            "so_quoc_gia": count(dv["so_quoc_gia"]),
            "noi_bat": _top(dv["theo_quoc_gia"], "đoàn"),
            "so_sanh": _compare(fig, "doan_vao", "đoàn"),
            "theo_cap": _by_level(dv["theo_cap"]),
        },
        "doan_ra": {
            "so_doan": count(dr["so_doan"]),
            "luot_nguoi": count(dr["luot_nguoi"]),
            "so_quoc_gia": count(dr["so_quoc_gia"]),
            "noi_bat": _top(dr["theo_quoc_gia"], "đoàn"),
            "so_sanh": _compare(fig, "doan_ra", "đoàn"),
        },
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
        },
        "hoi_nghi": {
            "so_su_kien": count(hn["so_su_kien"]),
            "dai_bieu_nuoc_ngoai": count(hn["dai_bieu_nuoc_ngoai"]),
            "dai_bieu_viet_nam": count(hn["dai_bieu_viet_nam"]),
            "so_sanh": _compare(fig, "hoi_nghi", "sự kiện"),
        },
        "vien_tro_pcpnn": {
            "so_du_an": count(pc["so_du_an"]),
            "so_nha_tai_tro": count(pc["so_nha_tai_tro"]),
            "cam_ket": amounts(pc["cam_ket"]),
            "giai_ngan": amounts(pc["giai_ngan"]),
            "so_sanh": _compare(fig, "du_an_pcpnn", "dự án"),
        },
        "khac": {k: format_number(v) for k, v in fig["khac"].items()},
    }


def summary_rows(fig: dict[str, Any]) -> list[dict[str, str]]:
    previous = fig["nam_truoc"] or {}
    rows = []
    for key, label, unit in SUMMARY_ROWS:
        now, before = fig["phang"][key], previous.get(key)
        if not now and not before:
            continue
        shown = format_money if isinstance(now, Decimal) else format_number
        rows.append(
            {
                "noi_dung": label,
                "don_vi": unit,
                "nam_nay": shown(now),
                "nam_truoc": "" if before is None else shown(before),
                "so_sanh": change_cell(now, before, money=isinstance(now, Decimal)),
            }
        )
    for key, value in fig["khac"].items():
        label, unit = OTHER_FIGURES[key]
        rows.append(
            {"noi_dung": label, "don_vi": unit, "nam_nay": format_number(value), "nam_truoc": "", "so_sanh": ""}
        )
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
        "vien_tro_pcpnn": fig["vien_tro_pcpnn"]["so_du_an"],
    }
    return bool(sizes.get(key, 0))


def items(model: Input, fig: dict[str, Any]) -> dict[str, Any]:
    numbered: dict[str, Any] = {}
    number = 0
    for key in ITEMS:
        prose = paragraphs(getattr(model.noi_dung, key))
        has_figures = _has_figures(fig, key)
        if not prose and not has_figures:
            numbered[key] = None
            continue
        number += 1
        numbered[key] = {"so": str(number), "doan_van": prose, "co_so_lieu": has_figures}
    return numbered


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
        "du_an_pcpnn": [
            {
                "ten": d.ten,
                "nha_tai_tro": d.nha_tai_tro,
                "quoc_gia": d.quoc_gia or "",
                "linh_vuc": d.linh_vuc or "",
                "dia_ban": d.dia_ban or "",
                "cam_ket": format_money(d.cam_ket),
                "giai_ngan": format_money(d.giai_ngan),
                "tien_te": d.tien_te,
            }
            for d in model.du_an_pcpnn
        ],
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
    return result


def build_context(model: Input, fig: dict[str, Any]) -> dict[str, Any]:
    nd = model.noi_dung
    head = header(model.co_quan, model.van_ban, "BC", model.nam + 1)
    closing = nd.ket_thuc or (
        f"Trên đây là báo cáo tổng kết công tác đối ngoại năm {model.nam} và phương hướng, nhiệm vụ năm "
        f"{model.nam + 1} của {model.co_quan.ten}"
    )
    return {
        **head,
        "nam": str(model.nam),
        "nam_sau": str(model.nam + 1),
        "nam_truoc": str(model.nam - 1),
        "trich_yeu": f"Tổng kết công tác đối ngoại năm {model.nam} và phương hướng, nhiệm vụ năm {model.nam + 1}",
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

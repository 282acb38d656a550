"""The giấy mời's lines as Mẫu 1.7 writes them, the weekday computed, and ``./.`` after whichever line is last."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Annotated

from reportgen.blocks import ending, header, receivers, signature
from reportgen.blocks.context import Cuoi, Dau, MoTa
from reportgen.kinds.giay_moi.model import Input, KhachMoi, LienHe, ThoiGian
from reportgen.vietnamese import clock, day_month_year, join_vietnamese, punctuate_all, trim_end, weekday

KIND_ABBR = "GM"


@dataclass(frozen=True, kw_only=True)
class KinhMoi:
    dong_dau: Annotated[str, MoTa("“Sở Ngoại vụ trân trọng kính mời: Đồng chí …” (một người) hoặc “… kính mời:”")]
    cac_dong: Annotated[list[str], MoTa("Khi mời nhiều người ngay trong giấy mời: các dòng “- …;”, dòng cuối “- ….”")]


@dataclass(frozen=True, kw_only=True)
class Khach:
    tt: Annotated[str, MoTa("Số thứ tự")]
    ten: Annotated[str, MoTa("Danh xưng và họ tên (“Đồng chí Nguyễn Văn A”), hoặc tên cơ quan được mời")]
    chuc_vu: Annotated[str, MoTa("Chức vụ, đơn vị (trống khi mời một cơ quan)")]


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    trich_yeu: Annotated[str, MoTa("Trích yếu dưới chữ GIẤY MỜI")]
    kinh_moi: Annotated[KinhMoi, MoTa("Ai mời ai")]
    toi_du: Annotated[str, MoTa("“Tới dự …” (sự kiện), đã có dấu")]
    chu_tri: Annotated[str, MoTa("“Chủ trì: …” (trống khi không ghi)")]
    thoi_gian: Annotated[
        str, MoTa("“Thời gian: 08 giờ 00, thứ Ba, ngày 19 tháng 5 năm 2026.” (thứ do chương trình tính)")
    ]
    dia_diem: Annotated[str, MoTa("“Địa điểm: …”")]
    thanh_phan: Annotated[str, MoTa("“Thành phần tham dự: …” (trống khi không ghi)")]
    chuan_bi: Annotated[list[str], MoTa("Các đề nghị chuẩn bị, mang theo (có thể trống)")]
    lien_he: Annotated[str, MoTa("Thông tin liên hệ (trống khi không ghi)")]
    ket_thuc: Annotated[str, MoTa("Câu kết (trống khi không ghi)")]
    danh_sach: Annotated[list[Khach], MoTa("Danh sách khách mời kèm theo (trống khi mời ngay trong giấy mời)")]
    ds_kem_theo: Annotated[str, MoTa("“(Kèm theo Giấy mời số … ngày … của …)” dưới tiêu đề danh sách")]


def invitee(k: KhachMoi) -> str:
    """``Đồng chí Nguyễn Văn A, Giám đốc Sở Công Thương``, or the body as typed (``Lãnh đạo Sở Công Thương``)."""
    if k.co_quan is not None:
        return trim_end(k.co_quan)
    title = (k.danh_xung or "đồng chí").capitalize() if k.danh_xung != "Ngài" else "Ngài"
    return f"{title} {k.ho_ten}, {trim_end(k.chuc_vu or '')}"


def inviter(model: Input) -> str:
    who = trim_end(model.nguoi_moi) if model.nguoi_moi else model.co_quan.ten
    return who[:1].upper() + who[1:]


def invitation(model: Input, guests: list[KhachMoi]) -> KinhMoi:
    lead = f"{inviter(model)} trân trọng kính mời"
    if model.danh_sach_kem_theo and len(guests) > 1:
        return KinhMoi(dong_dau=f"{lead} các đại biểu có tên trong danh sách kèm theo.", cac_dong=[])
    if len(guests) == 1:
        return KinhMoi(dong_dau=f"{lead}: {invitee(guests[0])}.", cac_dong=[])
    return KinhMoi(dong_dau=f"{lead}:", cac_dong=punctuate_all([f"- {invitee(k)}" for k in guests]))


def moment(d: date, t: time) -> str:
    return f"{clock(t)}, {weekday(d)}, {day_month_year(d)}"


def when(t: ThoiGian) -> str:
    """``08 giờ 00, thứ Ba, ngày 19 tháng 5 năm 2026``; a span ``từ … đến …``; the weekday always computed."""
    if t.den_ngay is None or t.den_ngay == t.ngay:
        start = f"từ {clock(t.gio_bat_dau)} đến {clock(t.gio_ket_thuc)}" if t.gio_ket_thuc else clock(t.gio_bat_dau)
        return f"{start}, {weekday(t.ngay)}, {day_month_year(t.ngay)}"
    end = f"{clock(t.gio_ket_thuc)}, " if t.gio_ket_thuc else "hết "
    return f"từ {moment(t.ngay, t.gio_bat_dau)} đến {end}{weekday(t.den_ngay)}, {day_month_year(t.den_ngay)}"


def contact(c: LienHe | None) -> str:
    if c is None:
        return ""
    who = f"{c.ho_ten} ({trim_end(c.chuc_vu)})" if c.chuc_vu else c.ho_ten
    parts = [who] + [f"{label} {v}" for label, v in (("điện thoại", c.dien_thoai), ("thư điện tử", c.thu_dien_tu)) if v]
    return "Thông tin chi tiết xin liên hệ: " + ", ".join(parts)


def body_lines(model: Input) -> dict[str, str | list[str]]:
    """Every line after "trân trọng kính mời", punctuated; ``./.`` on the last one present."""
    lines: dict[str, str | list[str]] = {
        "toi_du": f"Tới dự {trim_end(model.su_kien)}",
        "chu_tri": f"Chủ trì: {trim_end(model.chu_tri)}" if model.chu_tri else "",
        "thoi_gian": f"Thời gian: {when(model.thoi_gian)}",
        "dia_diem": f"Địa điểm: {trim_end(model.dia_diem)}",
        "thanh_phan": f"Thành phần tham dự: {join_vietnamese([trim_end(t) for t in model.thanh_phan])}"
        if model.thanh_phan
        else "",
        "chuan_bi": [trim_end(p) for p in model.chuan_bi],
        "lien_he": contact(model.lien_he),
        "ket_thuc": trim_end(model.ket_thuc) if model.ket_thuc else "",
    }
    last = [k for k, v in lines.items() if v][-1]
    for key, value in lines.items():
        if isinstance(value, list):
            lines[key] = [ending(v) if key == last and i == len(value) - 1 else v + "." for i, v in enumerate(value)]
        elif value:
            lines[key] = ending(value) if key == last else value + "."
    return lines


def _text(value: str | list[str]) -> str:
    assert isinstance(value, str)
    return value


def guest_list(guests: list[KhachMoi]) -> list[Khach]:
    return [
        Khach(
            tt=str(i),
            ten=trim_end(k.co_quan) if k.co_quan else invitee(k).split(", ", 1)[0],
            chuc_vu="" if k.co_quan else trim_end(k.chuc_vu or ""),
        )
        for i, k in enumerate(guests, 1)
    ]


def context(model: Input, year: int, guests: list[KhachMoi], with_list: bool) -> Context:
    head = header(model.co_quan, model.van_ban, KIND_ABBR, year)
    lines = body_lines(model)
    listed = with_list and model.danh_sach_kem_theo and len(guests) > 1
    return Context(
        **head,
        toi_du=_text(lines["toi_du"]),
        chu_tri=_text(lines["chu_tri"]),
        thoi_gian=_text(lines["thoi_gian"]),
        dia_diem=_text(lines["dia_diem"]),
        thanh_phan=_text(lines["thanh_phan"]),
        chuan_bi=list(lines["chuan_bi"]),
        lien_he=_text(lines["lien_he"]),
        ket_thuc=_text(lines["ket_thuc"]),
        trich_yeu=trim_end(model.trich_yeu),
        kinh_moi=invitation(model, guests),
        danh_sach=guest_list(guests) if listed else [],
        ds_kem_theo=f"(Kèm theo Giấy mời số {head['so']} {head['ngay_chu']} của {model.co_quan.ten})",
        nguoi_ky=signature(model.nguoi_ky),
        noi_nhan=receivers(model.van_ban, as_above=True),
    )

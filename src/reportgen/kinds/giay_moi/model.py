"""What a giấy mời says, as staff type it: who invites whom, to what, when, where, with whom, what to prepare.

The weekday is never typed: there is no field for it, and the program writes it from the date, so a giấy mời
cannot announce "thứ Ba, ngày 20" when the 20th is a Wednesday.
"""

from __future__ import annotations

from datetime import time
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from reportgen.models import Chu, CoKhong, CoQuan, DoanVan, Gio, MotDong, Ngay, NguoiKy, Strict, VanBan
from reportgen.vietnamese import short_date


class KhachMoi(Strict):
    """One invitee: a person (``ho_ten`` and ``chuc_vu``), or a body (``co_quan``: "Lãnh đạo Sở Công Thương")."""

    danh_xung: Literal["đồng chí", "ông", "bà", "Ngài"] | None = None
    ho_ten: MotDong | None = None
    chuc_vu: Chu | None = None  # the position with its body: "Giám đốc Sở Công Thương"
    co_quan: MotDong | None = None

    @model_validator(mode="after")
    def _person_or_body(self) -> KhachMoi:
        if self.co_quan is not None and (self.ho_ten or self.chuc_vu or self.danh_xung):
            raise PydanticCustomError(
                "khach_moi", "một khách mời là một người (ho_ten, chuc_vu) hoặc một cơ quan (co_quan), không cả hai"
            )
        if self.co_quan is None and not (self.ho_ten and self.chuc_vu):
            raise PydanticCustomError(
                "khach_moi", "ghi “ho_ten” và “chuc_vu” của người được mời, hoặc “co_quan” khi mời một cơ quan"
            )
        return self


class ThoiGian(Strict):
    """When: a date and a time, optionally an end time and, for an event over several days, an end date."""

    ngay: Ngay
    gio_bat_dau: Gio
    gio_ket_thuc: Gio | None = None
    den_ngay: Ngay | None = None

    @model_validator(mode="after")
    def _ends_after_start(self) -> ThoiGian:
        if self.den_ngay is not None and self.den_ngay < self.ngay:
            raise PydanticCustomError(
                "thoi_gian",
                "“den_ngay” ({end}) trước ngày bắt đầu ({start})",
                {"end": short_date(self.den_ngay), "start": short_date(self.ngay)},
            )
        one_day = self.den_ngay is None or self.den_ngay == self.ngay
        if one_day and self.gio_ket_thuc is not None and self.gio_ket_thuc <= self.gio_bat_dau:
            raise PydanticCustomError(
                "thoi_gian",
                "giờ kết thúc ({end}) không sau giờ bắt đầu ({start}) trong cùng ngày",
                {"end": _hm(self.gio_ket_thuc), "start": _hm(self.gio_bat_dau)},
            )
        return self


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


class LienHe(Strict):
    """Whom to call about the invitation."""

    ho_ten: MotDong
    chuc_vu: Chu | None = None
    dien_thoai: MotDong | None = None
    thu_dien_tu: MotDong | None = None


class Input(Strict):
    loai: Literal["giay_moi"]
    co_quan: CoQuan
    van_ban: VanBan
    trich_yeu: MotDong  # under GIẤY MỜI: "Dự buổi làm việc với Đoàn đại biểu tỉnh Savannakhet (Lào)"
    nguoi_moi: MotDong | None = None  # who invites, when not the issuing body itself: "Giám đốc Sở Ngoại vụ"
    khach_moi: list[KhachMoi] = Field(min_length=1)
    danh_sach_kem_theo: CoKhong = False  # invitees in a list after the signature instead of in the text
    tach_tep: CoKhong = False  # also one file per invitee, each naming only that invitee
    su_kien: DoanVan  # what follows "Tới dự": "buổi làm việc với Đoàn đại biểu tỉnh Savannakhet (Lào)"
    chu_tri: MotDong | None = None
    thoi_gian: ThoiGian
    dia_diem: DoanVan
    thanh_phan: list[MotDong] = Field(default_factory=list)
    chuan_bi: list[DoanVan] = Field(default_factory=list)
    lien_he: LienHe | None = None
    ket_thuc: DoanVan | None = None
    nguoi_ky: NguoiKy

    @field_validator("thoi_gian")
    @classmethod
    def _after_the_invitation(cls, value: ThoiGian, info: ValidationInfo) -> ThoiGian:
        van_ban: Any = info.data.get("van_ban")
        issued = getattr(van_ban, "ngay", None)
        if issued is not None and value.ngay < issued:
            raise PydanticCustomError(
                "thoi_gian",
                "ngày diễn ra ({when}) trước ngày ký giấy mời ({issued})",
                {"when": short_date(value.ngay), "issued": short_date(issued)},
            )
        return value

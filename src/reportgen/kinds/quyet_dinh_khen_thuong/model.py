"""The award decision's input: who is awarded, for what, and the money rules that apply."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from reportgen.kinds.quyet_dinh_khen_thuong.rules import validate_with_cross_checks
from reportgen.models import Chu, CoKhong, CoQuan, NguoiKy, SoLuong, SoTien, Strict, VanBan, one_line

# Longest texts that still fit one certificate page at the certificate's type sizes.
MAX_NAME, MAX_COLLECTIVE, MAX_POSITION, MAX_UNIT, MAX_ACHIEVEMENT = 50, 110, 100, 200, 200


def _at_most(limit: int, what: str) -> Any:
    def check(value: str | None) -> str | None:
        if value is not None and len(value) > limit:
            raise PydanticCustomError(
                "qua_dai",
                "{what} dài {n} ký tự, quá {limit} ký tự nên không vừa một trang bằng khen; hãy viết gọn lại",
                {"what": what, "n": len(value), "limit": limit},
            )
        return value

    return AfterValidator(check)


def _gender(value: Any) -> Any:
    if isinstance(value, str) and value.strip().casefold() in {"nam", "nữ"}:
        return value.strip().casefold()
    raise PydanticCustomError("gioi_tinh", "chỉ nhận “nam” hoặc “nữ” (để viết Ông/Bà)")


ThanhTich = Annotated[str, Field(min_length=1), _at_most(MAX_ACHIEVEMENT, "thành tích")]
# Where a foreign awardee comes from, written as decisions write it, never in parentheses of ours.
NguonGoc = Annotated[str, Field(min_length=1), AfterValidator(one_line)]

# The groups of the danh sách, in the order real lists give them when the input says nothing.
NHOM_MAC_DINH = ("tap_the", "ca_nhan", "to_chuc_nuoc_ngoai", "ca_nhan_nuoc_ngoai")
TenNhom = Literal["tap_the", "ca_nhan", "to_chuc_nuoc_ngoai", "ca_nhan_nuoc_ngoai"]


class _Foreign(Strict):
    """Where a foreign awardee comes from: a country, a territory, or an international organisation; one of them."""

    quoc_tich: NguonGoc | None = None  # a country: "quốc tịch Hoa Kỳ" for a person, "Hoa Kỳ" for a body
    vung_lanh_tho: NguonGoc | None = None  # a territory, written as given: "Đài Loan (Trung Quốc)"
    to_chuc_quoc_te: CoKhong = False  # an international organisation (or its staff): no country is written

    @model_validator(mode="after")
    def _one_origin(self) -> Any:
        given = [self.quoc_tich is not None, self.vung_lanh_tho is not None, self.to_chuc_quoc_te]
        if sum(given) > 1:
            raise PydanticCustomError(
                "nguon_goc",
                "chỉ ghi một trong “quoc_tich”, “vung_lanh_tho”, “to_chuc_quoc_te”: một tập thể, cá nhân nước "
                "ngoài được ghi theo quốc tịch, hoặc theo vùng lãnh thổ, hoặc là tổ chức quốc tế",
            )
        return self


class TapThe(_Foreign):
    """A collective awardee: a body, a unit, a foreign organisation (its own group of the danh sách)."""

    ten: Annotated[str, Field(min_length=1), _at_most(MAX_COLLECTIVE, "tên tập thể")]
    thanh_tich: ThanhTich | None = None  # only when it differs from the decision's achievement
    so_so_vang: Chu | None = None  # a “gioi_tinh” here is explained by the cross checks of the rules module
    kem_tien_thuong: CoKhong = True  # “không”: the award without money (often so for foreign awardees)


class CaNhan(_Foreign):
    """An individual awardee; an origin (``quoc_tich``…) only for foreigners."""

    ho_ten: Annotated[str, Field(min_length=1), AfterValidator(one_line), _at_most(MAX_NAME, "họ tên")]
    gioi_tinh: Annotated[Literal["nam", "nữ"], BeforeValidator(_gender)]
    chuc_vu: Annotated[str, _at_most(MAX_POSITION, "chức vụ")] | None = None
    don_vi: Annotated[str, _at_most(MAX_UNIT, "đơn vị")] | None = None
    thanh_tich: ThanhTich | None = None
    so_so_vang: Chu | None = None
    kem_tien_thuong: CoKhong = True  # “không”: the award without money (often so for foreign awardees)

    @model_validator(mode="after")
    def _fits_certificate(self) -> CaNhan:
        size = len(self.chuc_vu or "") + len(self.don_vi or "")
        if size > MAX_UNIT:
            raise PydanticCustomError(
                "qua_dai",
                "chức vụ và đơn vị cộng lại dài {n} ký tự, quá {limit} ký tự nên không vừa một trang "
                "bằng khen; hãy viết gọn lại",
                {"n": size, "limit": MAX_UNIT},
            )
        if self.to_chuc_quoc_te and not self.don_vi:
            raise PydanticCustomError(
                "to_chuc_quoc_te",
                "người của tổ chức quốc tế được ghi theo tổ chức của mình: hãy ghi tên tổ chức ở “don_vi”",
            )
        return self


class TienThuong(Strict):
    """Money award: coefficients × base salary; coefficients default per award form from the data file."""

    muc_luong_co_so: Annotated[SoTien, Field(gt=0)]
    he_so_tap_the: SoTien | None = None
    he_so_ca_nhan: SoTien | None = None
    nguon_kinh_phi: Chu


class Input(Strict):
    loai: Literal["quyet_dinh_khen_thuong"]
    co_quan: CoQuan
    van_ban: VanBan
    tham_quyen: Chu  # who decides, as in a sentence: "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"
    hinh_thuc: Chu = "Bằng khen"
    trich_yeu: Chu | None = None  # default: "Về việc tặng Bằng khen cho các tập thể, cá nhân …"
    can_cu: list[Chu] | None = Field(default=None, min_length=1)  # replaces the defaults of the data file
    can_cu_them: list[Chu] = Field(default_factory=list)  # added after the defaults (province's regulation)
    de_nghi: Chu | None = None  # "Giám đốc Sở Ngoại vụ tại Tờ trình số …"
    thanh_tich: ThanhTich
    sap_xep: Literal["giu_nguyen", "theo_ten"] = "giu_nguyen"
    # The groups' order in the danh sách and the certificates; groups not named follow in the usual order.
    thu_tu_nhom: list[TenNhom] = Field(default_factory=list)
    tap_the: list[TapThe] = Field(default_factory=list)
    ca_nhan: list[CaNhan] = Field(default_factory=list)
    tien_thuong: TienThuong | None = None
    hieu_luc: Chu = "Quyết định này có hiệu lực kể từ ngày ký"
    thi_hanh: list[Chu] = Field(min_length=1)
    nguoi_ky: NguoiKy
    so_vang_bat_dau: Annotated[SoLuong, Field(ge=1)] | None = None
    tach_tep: CoKhong = False

    @field_validator("thu_tu_nhom")
    @classmethod
    def _each_group_once(cls, value: list[str]) -> list[str]:
        twice = sorted({name for name in value if value.count(name) > 1})
        if twice:
            raise PydanticCustomError(
                "nhom_trung", "nhóm {ten} ghi hai lần; mỗi nhóm chỉ ghi một lần", {"ten": ", ".join(twice)}
            )
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _cross_checks(cls, data: Any, handler: Any) -> Any:
        return validate_with_cross_checks(cls, data, handler)

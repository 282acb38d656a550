"""The award decision's input: who is awarded, for what, and the money rules that apply."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, model_validator
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


class TapThe(Strict):
    """A collective awardee: a body, a unit, a foreign organisation."""

    ten: Annotated[str, Field(min_length=1), _at_most(MAX_COLLECTIVE, "tên tập thể")]
    quoc_tich: Chu | None = None  # a foreign organisation: listed in its own group after the Vietnamese ones
    thanh_tich: ThanhTich | None = None  # only when it differs from the decision's achievement
    so_so_vang: Chu | None = None  # a “gioi_tinh” here is explained by the cross checks of the rules module
    kem_tien_thuong: CoKhong = True  # “không”: the award without money (often so for foreign awardees)


class CaNhan(Strict):
    """An individual awardee; ``quoc_tich`` only for foreigners."""

    ho_ten: Annotated[str, Field(min_length=1), AfterValidator(one_line), _at_most(MAX_NAME, "họ tên")]
    gioi_tinh: Annotated[Literal["nam", "nữ"], BeforeValidator(_gender)]
    chuc_vu: Annotated[str, _at_most(MAX_POSITION, "chức vụ")] | None = None
    don_vi: Annotated[str, _at_most(MAX_UNIT, "đơn vị")] | None = None
    quoc_tich: Chu | None = None
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
    tap_the: list[TapThe] = Field(default_factory=list)
    ca_nhan: list[CaNhan] = Field(default_factory=list)
    tien_thuong: TienThuong | None = None
    hieu_luc: Chu = "Quyết định này có hiệu lực kể từ ngày ký"
    thi_hanh: list[Chu] = Field(min_length=1)
    nguoi_ky: NguoiKy
    so_vang_bat_dau: Annotated[SoLuong, Field(ge=1)] | None = None
    tach_tep: CoKhong = False

    @model_validator(mode="wrap")
    @classmethod
    def _cross_checks(cls, data: Any, handler: Any) -> Any:
        return validate_with_cross_checks(cls, data, handler)

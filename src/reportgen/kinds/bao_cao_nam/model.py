"""The annual report's input: records, never totals (every figure is counted from them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from reportgen.models import Chu, CoKhong, CoQuan, DoanVan, Ngay, NguoiKy, SoLuong, SoTien, Strict, VanBan


def _check_period(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise PydanticCustomError(
            "khoang_ngay",
            "ngày kết thúc ({end}) trước ngày bắt đầu ({start})",
            {"end": end.strftime("%d/%m/%Y"), "start": start.strftime("%d/%m/%Y")},
        )


class DoanVao(Strict):
    """An inbound delegation received in the province."""

    ten_doan: Chu
    truong_doan: str | None = None
    quoc_gia: Chu  # country or international organisation
    cap: str | None = None  # e.g. "Cấp cao", "Cấp bộ", "Cấp tỉnh"
    tu_ngay: Ngay
    den_ngay: Ngay | None = None
    so_nguoi: SoLuong
    nguoi_tiep: str | None = None
    noi_dung: str | None = None

    @model_validator(mode="after")
    def _period(self) -> DoanVao:
        _check_period(self.tu_ngay, self.den_ngay)
        return self


class DoanRa(Strict):
    """An outbound delegation of the province's officials."""

    truong_doan: Chu
    thanh_phan: str | None = None
    quoc_gia: list[Chu] = Field(min_length=1)
    tu_ngay: Ngay
    den_ngay: Ngay | None = None
    so_nguoi: SoLuong
    muc_dich: str | None = None
    ket_qua: str | None = None

    @model_validator(mode="after")
    def _period(self) -> DoanRa:
        _check_period(self.tu_ngay, self.den_ngay)
        return self


class ThoaThuan(Strict):
    """An international agreement signed by the province or one of its bodies."""

    ten: Chu
    doi_tac: Chu
    quoc_gia: Chu
    ngay_ky: Ngay
    loai: Chu = "Thỏa thuận hợp tác"  # "Thỏa thuận hợp tác", "Bản ghi nhớ", …
    co_quan_ky: str | None = None
    linh_vuc: str | None = None
    quan_he_moi: CoKhong = False


class HoiNghi(Strict):
    """An international conference or event hosted in the province."""

    ten: Chu
    don_vi_to_chuc: str | None = None
    tu_ngay: Ngay
    den_ngay: Ngay | None = None
    dia_diem: str | None = None
    dai_bieu_viet_nam: SoLuong = 0
    dai_bieu_nuoc_ngoai: SoLuong = 0

    @model_validator(mode="after")
    def _period(self) -> HoiNghi:
        _check_period(self.tu_ngay, self.den_ngay)
        return self


class DuAnPCPNN(Strict):
    """A foreign NGO aid project (viện trợ phi chính phủ nước ngoài)."""

    ten: Chu
    nha_tai_tro: Chu
    quoc_gia: str | None = None
    linh_vuc: str | None = None
    dia_ban: str | None = None
    cam_ket: SoTien
    giai_ngan: SoTien = Decimal(0)
    tien_te: Literal["USD", "VND", "EUR", "JPY", "KRW", "AUD"] = "USD"


class DiaPhuongDoiTac(Strict):
    """A foreign locality the province has relations with; ``nam_thiet_lap`` dates the relation."""

    ten: Chu
    quoc_gia: Chu
    nam_thiet_lap: Annotated[int, Field(ge=1945, le=2100)]
    hinh_thuc: Chu = "Hợp tác hữu nghị"


class SoLieuKhac(Strict):
    """Figures of the fields that are not lists of records: consular work, overseas Vietnamese, etc."""

    ho_chieu_ngoai_giao_cong_vu: SoLuong | None = None
    thi_thuc_nhap_canh: SoLuong | None = None
    vu_bao_ho_cong_dan: SoLuong | None = None
    luot_kieu_bao_ve_nuoc: SoLuong | None = None
    to_chuc_nuoc_ngoai_su_dung_lao_dong: SoLuong | None = None
    lao_dong_viet_nam_lam_viec: SoLuong | None = None
    phong_vien_nuoc_ngoai: SoLuong | None = None
    tin_bai_thong_tin_doi_ngoai: SoLuong | None = None
    cuoc_hoi_dam_bien_gioi: SoLuong | None = None


class SoLieuNamTruoc(Strict):
    """Last year's totals when last year's input file is not at hand."""

    doan_vao: SoLuong | None = None
    luot_nguoi_vao: SoLuong | None = None
    doan_ra: SoLuong | None = None
    luot_nguoi_ra: SoLuong | None = None
    thoa_thuan: SoLuong | None = None
    dia_phuong_doi_tac: SoLuong | None = None
    hoi_nghi: SoLuong | None = None
    du_an_pcpnn: SoLuong | None = None
    vien_tro_cam_ket_usd: SoTien | None = None
    vien_tro_giai_ngan_usd: SoTien | None = None


class NamTruoc(Strict):
    """Either ``tep`` (path to last year's input, relative to this file) or ``so_lieu``."""

    tep: Chu | None = None
    so_lieu: SoLieuNamTruoc | None = None

    @model_validator(mode="after")
    def _one_source(self) -> NamTruoc:
        if (self.tep is None) == (self.so_lieu is None):
            raise PydanticCustomError("nam_truoc", "ghi đúng một trong hai: “tep” (tệp năm trước) hoặc “so_lieu”")
        return self


class KienNghi(Strict):
    doi_tuong: Chu  # "Đối với Bộ Ngoại giao"
    noi_dung: DoanVan  # one paragraph, often a hard-wrapped ``|`` block


class NoiDung(Strict):
    """Prose written by staff, section by section; paragraphs are separated by a blank line."""

    mo_dau: Chu
    tinh_hinh_chung: Chu
    tham_muu_chi_dao: str | None = None
    doi_ngoai_dang: str | None = None
    dia_phuong_doi_tac: str | None = None
    doan_ra: str | None = None
    doan_vao: str | None = None
    thoa_thuan: str | None = None
    hoi_nghi: str | None = None
    ngoai_giao_kinh_te: str | None = None
    ngoai_giao_van_hoa: str | None = None
    vien_tro_pcpnn: str | None = None
    lanh_su: str | None = None
    nguoi_viet_nam_o_nuoc_ngoai: str | None = None
    quan_ly_to_chuc_nuoc_ngoai: str | None = None
    bien_gioi: str | None = None
    doi_ngoai_nhan_dan: str | None = None
    thi_dua_khen_thuong: str | None = None
    uu_diem: Chu
    han_che: Chu
    nguyen_nhan_khach_quan: str | None = None
    nguyen_nhan_chu_quan: str | None = None
    bai_hoc: str | None = None
    du_bao: str | None = None
    muc_tieu: str | None = None
    nhiem_vu: list[Chu] = Field(min_length=1)
    kien_nghi: list[KienNghi] = Field(default_factory=list)
    ket_thuc: str | None = None


class Input(Strict):
    loai: Literal["bao_cao_nam"]
    nam: Annotated[int, Field(ge=2000, le=2100)]
    co_quan: CoQuan
    van_ban: VanBan
    kinh_gui: list[Chu] = Field(default_factory=list)
    nguoi_ky: NguoiKy
    pham_vi: str | None = None  # what is counted: "do Sở Ngoại vụ tham mưu, phục vụ"
    nam_truoc: NamTruoc | None = None
    noi_dung: NoiDung
    doan_vao: list[DoanVao] = Field(default_factory=list)
    doan_ra: list[DoanRa] = Field(default_factory=list)
    thoa_thuan: list[ThoaThuan] = Field(default_factory=list)
    hoi_nghi: list[HoiNghi] = Field(default_factory=list)
    du_an_pcpnn: list[DuAnPCPNN] = Field(default_factory=list)
    dia_phuong_doi_tac: list[DiaPhuongDoiTac] = Field(default_factory=list)
    so_lieu_khac: SoLieuKhac = Field(default_factory=SoLieuKhac)
    bieu_do: CoKhong = True  # draw the charts of section II

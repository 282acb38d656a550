"""The annual report's input: records, never totals (every figure is counted from them)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from reportgen.kinds.bao_cao_nam.aid_input import GiaiNgan, LoaiNhaTaiTro
from reportgen.kinds.bao_cao_nam.currency import currency_code
from reportgen.kinds.bao_cao_nam.period import KyBaoCao, Period
from reportgen.kinds.bao_cao_nam.span_input import SoLieuNam, check_span
from reportgen.kinds.bao_cao_nam.span_period import report_period
from reportgen.models import Chu, CoKhong, CoQuan, DoanVan, Ngay, NguoiKy, SoLuong, SoTien, Strict, VanBan

TienTe = Annotated[str, BeforeValidator(currency_code)]


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
    # last, so that Excel sheets made before it keep their columns
    cap: str | None = None  # e.g. "Lãnh đạo tỉnh", "Cấp sở, ngành": "59 đoàn, trong đó 15 đoàn lãnh đạo tỉnh"

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
    """A foreign NGO aid project (viện trợ phi chính phủ nước ngoài); how it is counted: ``aid.py``."""

    ten: Chu
    nha_tai_tro: Chu
    quoc_gia: str | None = None
    linh_vuc: str | None = None
    dia_ban: str | None = None
    cam_ket: SoTien
    # one sum (what was disbursed in the file's period, as before) or the dated disbursements (aid.py)
    giai_ngan: GiaiNgan = Decimal(0)
    tien_te: TienTe = "USD"  # any ISO 4217 code
    ngay_phe_duyet: Ngay | None = None  # decides new (in the period) or earlier (ongoing while not ended)
    # last, so that Excel sheets made before them keep their columns
    ngay_ket_thuc: Ngay | None = None  # a project approved earlier is ongoing while it has not ended
    loai_nha_tai_tro: LoaiNhaTaiTro | None = None

    @model_validator(mode="after")
    def _dates(self) -> DuAnPCPNN:
        if self.ngay_phe_duyet is not None:
            _check_period(self.ngay_phe_duyet, self.ngay_ket_thuc)
            early = (
                [d for d in self.giai_ngan if d.ngay < self.ngay_phe_duyet] if isinstance(self.giai_ngan, list) else []
            )
            if early:
                raise PydanticCustomError(
                    "giai_ngan",
                    "đợt giải ngân ngày {day} trước ngày phê duyệt dự án ({approved})",
                    {"day": early[0].ngay.strftime("%d/%m/%Y"), "approved": self.ngay_phe_duyet.strftime("%d/%m/%Y")},
                )
        return self


class DiaPhuongDoiTac(Strict):
    """A foreign locality the province has relations with, dated by the day the relation was set up or by its
    year only (enough for a year report; a part-year report needs the day: partners.py)."""

    ten: Chu
    quoc_gia: Chu
    nam_thiet_lap: Annotated[int, Field(ge=1945, le=2100)] | None = None
    hinh_thuc: Chu = "Hợp tác hữu nghị"
    # last, so that Excel sheets made before it keep their columns
    ngay_thiet_lap: Ngay | None = None

    @model_validator(mode="after")
    def _dated(self) -> DiaPhuongDoiTac:
        if self.ngay_thiet_lap is None and self.nam_thiet_lap is None:
            raise PydanticCustomError(
                "thiet_lap", "cần ghi “ngay_thiet_lap” (ngày/tháng/năm) hoặc ít nhất “nam_thiet_lap” (năm thiết lập)"
            )
        day = self.ngay_thiet_lap
        if day is not None and self.nam_thiet_lap is not None and day.year != self.nam_thiet_lap:
            raise PydanticCustomError(
                "thiet_lap",
                "“ngay_thiet_lap” ({day}) không thuộc năm “nam_thiet_lap” ({year})",
                {"day": day.strftime("%d/%m/%Y"), "year": self.nam_thiet_lap},
            )
        if day is not None and not 1945 <= day.year <= 2100:
            raise PydanticCustomError("thiet_lap", "“ngay_thiet_lap” phải trong các năm 1945–2100")
        return self

    @property
    def nam(self) -> int:
        """The year the relation was set up, from whichever of the two fields is given."""
        if self.ngay_thiet_lap is not None:
            return self.ngay_thiet_lap.year
        assert self.nam_thiet_lap is not None  # _dated
        return self.nam_thiet_lap


# The nine fixed figures of earlier versions: (label, unit); an input written with them stays valid.
LEGACY_OTHER: dict[str, tuple[str, str]] = {
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

MaSoLieu = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]

# Items of section II a custom figure may be printed in (the keys of noi_dung).
Muc = Literal[
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


class SoLieu(Strict):
    """A figure that has no list of records: "hơn 170 cuộc tiếp khách", "1.850 lượt kiều bào về nước"."""

    ten: Chu  # as the table's "Nội dung" column prints it
    don_vi: Chu  # "cuộc", "lượt người", "USD"
    gia_tri: SoTien
    cung_ky: SoTien | None = None  # the same period last year, when last year's file does not have it
    uoc_ca_nam: SoTien | None = None  # "ước thực hiện cả năm", for a year report drafted before year end
    ma: MaSoLieu | None = None  # the name a speech quotes it by: {{ so_lieu.khac.<ma> }}
    muc: Muc | None = None  # the item of section II whose text states it; left out: only the tables show it
    # how exact it is: "hơn 800 lượt", "khoảng 45%"; an approximate figure is never compared in figures
    cach_ghi: Literal["chinh_xac", "hon", "khoang"] | None = None  # left out: chinh_xac
    luy_ke: CoKhong | None = None  # a stock counted since the start ("103 thỏa thuận đã ký"), not this period's flow
    # with ky_bao_cao.luy_ke_dau_nam: the value from 1 January ("7 tháng"), and last year's (running_figures.py)
    gia_tri_luy_ke: SoTien | None = None
    cung_ky_luy_ke: SoTien | None = None


class _OtherFigures:
    """Reads ``so_lieu_khac``: the list form, or the old mapping of nine fixed keys turned into it.

    ``json_schema_also`` tells the schema writer that the old mapping is valid too, so an editor does not
    underline files written for earlier versions.
    """

    json_schema_also: ClassVar[dict[str, Any]] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            k: {"anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^\s*\d[\d.\s]*\s*$"}]}
            for k in LEGACY_OTHER
        },
    }

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        unknown = [k for k in value if k not in LEGACY_OTHER]
        if unknown:
            raise PydanticCustomError(
                "so_lieu_khac",
                "“{key}” không phải số liệu có sẵn; ghi “so_lieu_khac” thành danh sách, mỗi mục có ten, don_vi, "
                "gia_tri",
                {"key": unknown[0]},
            )
        return [
            {"ten": LEGACY_OTHER[k][0], "don_vi": LEGACY_OTHER[k][1], "gia_tri": v, "ma": k}
            for k, v in value.items()
            if v is not None
        ]


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
    vien_tro_cam_ket: dict[TienTe, SoTien] | None = None  # other currencies: {VND: 4.400.000.000}
    vien_tro_giai_ngan: dict[TienTe, SoTien] | None = None


class SoLieuNamTruocLuyKe(SoLieuNamTruoc):
    """Last year's totals, and with ``ky_bao_cao.luy_ke_dau_nam`` those of its running window ("7 tháng năm 2022")."""

    luy_ke: SoLieuNamTruoc | None = None


class UocCaNam(Strict):
    """ "Ước thực hiện cả năm": the whole year's expected totals, for a report drafted before year end."""

    doan_vao: SoLuong | None = None
    luot_nguoi_vao: SoLuong | None = None
    doan_ra: SoLuong | None = None
    luot_nguoi_ra: SoLuong | None = None
    thoa_thuan: SoLuong | None = None
    hoi_nghi: SoLuong | None = None
    du_an_pcpnn: SoLuong | None = None
    vien_tro_cam_ket: dict[TienTe, SoTien] | None = None
    vien_tro_giai_ngan: dict[TienTe, SoTien] | None = None


class NamTruoc(Strict):
    """Either ``tep`` (path to last year's input, relative to this file) or ``so_lieu``."""

    tep: Chu | None = None
    so_lieu: SoLieuNamTruocLuyKe | None = None

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
    ky_bao_cao: KyBaoCao | None = None  # left out: the calendar year
    trich_yeu: str | None = None  # a title of one's own: "… và Chương trình công tác đối ngoại năm 2024"
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
    so_lieu_khac: Annotated[list[SoLieu], BeforeValidator(_OtherFigures())] = Field(default_factory=list)
    uoc_ca_nam: UocCaNam | None = None
    bieu_do: CoKhong = True  # draw the charts of section II
    # a span report (ky: giai_doan): totals of the years whose records are not in the file
    so_lieu_theo_nam: list[SoLieuNam] = Field(default_factory=list)

    @model_validator(mode="wrap")
    @classmethod
    def _span(cls, data: Any, handler: Any) -> Any:
        return check_span(cls, data, handler)

    @model_validator(mode="after")
    def _period_fits(self) -> Input:
        try:
            period = self.period
        except ValueError as exc:
            raise PydanticCustomError("ky_bao_cao", str(exc)) from None
        typed = self.uoc_ca_nam.model_dump().values() if self.uoc_ca_nam is not None else []
        has_estimate = any(v not in (None, {}) for v in typed) or any(
            f.uoc_ca_nam is not None for f in self.so_lieu_khac
        )
        if has_estimate and period.preset == "giai_doan":
            raise PydanticCustomError("uoc_ca_nam", "báo cáo giai đoạn không dùng “uoc_ca_nam” (ước cả năm)")
        if has_estimate and not period.before_year_end:
            raise PydanticCustomError(
                "uoc_ca_nam", "“uoc_ca_nam” chỉ dùng khi số liệu chưa hết năm (ghi “ky_bao_cao” với “den_ngay”)"
            )
        names = [f.ma for f in self.so_lieu_khac if f.ma]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise PydanticCustomError("so_lieu_khac", "mã số liệu “{ma}” ghi hai lần", {"ma": twice[0]})
        return self

    @property
    def period(self) -> Period:
        return report_period(self.ky_bao_cao, self.nam)

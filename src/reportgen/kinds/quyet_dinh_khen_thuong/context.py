"""The variables the decision and the certificate templates may read (``reportgen fields quyet_dinh_khen_thuong``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from reportgen.blocks.context import ChuKy, Cuoi, Dau, MoTa

Nhom = dict[str, Any]
_DANH_SACH = (
    "tieu_de, dong (các dòng: tt, ten hoặc ho_ten, chuc_vu_don_vi, thanh_tich), co_thanh_tich, la_tap_the, "
    "cot_ten, cot_don_vi (tiêu đề cột)"
)


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    """The decision, with its danh sách as an appendix."""

    trich_yeu: Annotated[str, MoTa("Trích yếu: “Về việc tặng Bằng khen …”")]
    tham_quyen: Annotated[str, MoTa("Dòng thẩm quyền, in hoa: “CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG”")]
    can_cu: Annotated[list[str], MoTa("Các căn cứ, mỗi dòng một căn cứ, đã có dấu “;” và “.”")]
    dieu_1: Annotated[str, MoTa("Nội dung Điều 1")]
    dieu_2: Annotated[
        Nhom | None,
        MoTa("Điều về tiền thưởng: so, mo_dau, dong, tong, nguon_kinh_phi; trống khi không có tiền thưởng"),
    ]
    dieu_thi_hanh: Annotated[Nhom, MoTa("Điều thi hành: so, noi_dung")]
    ds_tieu_de: Annotated[list[str], MoTa("Các dòng tiêu đề danh sách kèm theo")]
    ds_kem_theo: Annotated[str, MoTa("“(Kèm theo Quyết định số … ngày … của …)”")]
    nhom: Annotated[
        list[Nhom],
        MoTa("Các nhóm của danh sách theo thứ tự in (thu_tu_nhom của tệp nhập liệu), mỗi nhóm: " + _DANH_SACH),
    ]
    tap_the: Annotated[Nhom | None, MoTa("Danh sách tập thể: " + _DANH_SACH)]
    ca_nhan: Annotated[Nhom | None, MoTa("Danh sách cá nhân: " + _DANH_SACH)]
    to_chuc_nuoc_ngoai: Annotated[Nhom | None, MoTa("Danh sách tổ chức nước ngoài: " + _DANH_SACH)]
    ca_nhan_nuoc_ngoai: Annotated[Nhom | None, MoTa("Danh sách cá nhân nước ngoài: " + _DANH_SACH)]


@dataclass(frozen=True, kw_only=True)
class CertificateContext:
    """The certificate pages printed onto pre-printed paper, one per awardee."""

    tieu_de_nguoi_tang: Annotated[str, MoTa("Người tặng, in hoa: “CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG”")]
    hinh_thuc_hoa: Annotated[str, MoTa("Hình thức khen thưởng, in hoa: “BẰNG KHEN”")]
    ten_hinh_thuc_tep: Annotated[str, MoTa("Hình thức khen thưởng dùng trong tên tệp")]
    so_quyet_dinh: Annotated[str, MoTa("“Quyết định số … ngày …”")]
    dia_danh_ngay: Annotated[str, MoTa("Dòng địa danh và ngày của quyết định")]
    nguoi_ky: Annotated[ChuKy, MoTa("Người ký")]
    bang_khen: Annotated[
        list[Nhom],
        MoTa(
            "Mỗi trang một người hay tập thể, theo thứ tự danh sách: ten, quoc_tich (nơi đến của người, tổ chức "
            "nước ngoài: “Quốc tịch Hoa Kỳ”, “Đài Loan (Trung Quốc)”), chuc_vu_don_vi, thanh_tich, so_so_vang"
        ),
    ]

"""The variables the report's template may read, each described in Vietnamese (``reportgen fields bao_cao_nam``).

The report's figures and items are deep groups built in ``wording.py``; they are documented here by their
sub-fields rather than typed one by one, so the description stays next to the names a template writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from reportgen.blocks.context import Cuoi, Dau, MoTa
from reportgen.kinds.bao_cao_nam.quotable import QUOTABLE

Nhom = dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class Context(Dau, Cuoi):
    nam: Annotated[str, MoTa("Năm của kỳ báo cáo (“2023”)")]
    nam_sau: Annotated[str, MoTa("Năm sau năm báo cáo")]
    nam_truoc: Annotated[str, MoTa("Năm trước năm báo cáo")]
    ky: Annotated[
        Nhom,
        MoTa(
            "Kỳ báo cáo: ky.ten (“6 tháng đầu năm 2023”), ky.ten_hoa, ky.ten_day_du_hoa, ky.danh_sach_hoa"
            " (tên kỳ ở tiêu đề các danh sách), ky.trong (“trong 6 tháng đầu năm 2023”), ky.cua, ky.cung_ky,"
            " ky.ky_sau, ky.ky_sau_hoa, ky.ca_nam, ky.cot_nay, ky.cot_truoc,"
            " ky.tu_ngay, ky.den_ngay; báo cáo giai đoạn thêm ky.tu_nam, ky.den_nam, ky.so_nam"
        ),
    ]
    trich_yeu: Annotated[str, MoTa("Trích yếu dưới chữ BÁO CÁO")]
    kinh_gui: Annotated[list[str], MoTa("Các nơi “Kính gửi”, mỗi mục một cơ quan (có thể trống)")]
    pham_vi: Annotated[str, MoTa("Câu nói rõ phạm vi báo cáo (có thể trống)")]
    mo_dau: Annotated[list[str], MoTa("Các đoạn mở đầu")]
    tinh_hinh_chung: Annotated[list[str], MoTa("Các đoạn tình hình chung")]
    muc: Annotated[
        Nhom,
        MoTa(
            "Các mục kết quả theo lĩnh vực: muc.<lĩnh vực>.so (số mục), muc.<lĩnh vực>.co_so_lieu, … với lĩnh vực"
            " là doan_vao, doan_ra, thoa_thuan, hoi_nghi, vien_tro_pcpnn, dia_phuong_doi_tac, …; mục trống khi"
            " không có nội dung"
        ),
    ]
    so_lieu: Annotated[
        Nhom,
        MoTa(
            "Số liệu đã viết thành chữ, đúng những chữ bài phát biểu trích được: "
            + "; ".join(f"so_lieu.{q.group}.{q.name} ({q.meaning}: “{q.example}”)" for q in QUOTABLE)
            + "; so_lieu.khac.<ma> cho số liệu tự ghi có mã; so_lieu.vien_tro_pcpnn.doan là cả đoạn viện trợ"
        ),
    ]
    dia_danh: Annotated[str, MoTa("Địa danh nơi cơ quan đóng trụ sở (“Đà Nẵng”)")]
    dia_phuong: Annotated[str, MoTa("Địa phương làm chủ ngữ trong câu: “thành phố Đà Nẵng”")]
    bang_tong_hop: Annotated[
        list[Nhom], MoTa("Các dòng bảng tổng hợp: tt, noi_dung, don_vi, nam_nay, nam_truoc, so_sanh, uoc")
    ]
    co_so_sanh: Annotated[bool, MoTa("Đúng khi có số liệu cùng kỳ năm trước để so sánh")]
    co_uoc: Annotated[bool, MoTa("Đúng khi có số ước cả năm")]
    uu_diem: Annotated[list[str], MoTa("Các đoạn ưu điểm")]
    han_che: Annotated[list[str], MoTa("Các đoạn hạn chế")]
    nguyen_nhan_khach_quan: Annotated[list[str], MoTa("Các đoạn nguyên nhân khách quan")]
    nguyen_nhan_chu_quan: Annotated[list[str], MoTa("Các đoạn nguyên nhân chủ quan")]
    bai_hoc: Annotated[list[str], MoTa("Các đoạn bài học kinh nghiệm")]
    du_bao: Annotated[list[str], MoTa("Các đoạn dự báo tình hình kỳ sau")]
    muc_tieu: Annotated[list[str], MoTa("Các đoạn mục tiêu kỳ sau")]
    nhiem_vu: Annotated[list[Nhom], MoTa("Nhiệm vụ kỳ sau: so (a, b, … hoặc trống), noi_dung")]
    kien_nghi: Annotated[list[Nhom], MoTa("Kiến nghị: so, doi_tuong, noi_dung")]
    ket_thuc: Annotated[str, MoTa("Câu kết, đã có “./.”")]
    phu_luc: Annotated[
        Nhom,
        MoTa(
            "Các phụ lục: phu_luc.tong_hop, phu_luc.doan_vao, phu_luc.doan_ra, phu_luc.thoa_thuan, phu_luc.hoi_nghi,"
            " phu_luc.du_an_pcpnn (mỗi phụ lục có dòng và tổng); phu_luc.theo_nam (số phụ lục của bảng theo năm khi"
            " giai đoạn dài hơn 5 năm)"
        ),
    ]
    bieu_do: Annotated[list[Nhom], MoTa("Các biểu đồ: so, tieu_de, hinh (chèn bằng {{r h.hinh }})")]
    theo_nam: Annotated[
        Nhom | None,
        MoTa(
            "Bảng số liệu theo từng năm của báo cáo giai đoạn (không có với kỳ khác): theo_nam.so_nam, theo_nam.cot"
            " (“Năm 2021”, …), theo_nam.dong (tt, noi_dung, don_vi, nam: giá trị từng năm, tong),"
            " theo_nam.ghi_chu"
        ),
    ]

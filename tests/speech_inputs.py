"""Small inputs shared by the speech and tham luận tests: an annual report to quote, a speech that quotes it."""

from __future__ import annotations

from pathlib import Path

from docx import Document

REPORT = """\
loai: bao_cao_nam
nam: 2022
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ thành phố Đà Nẵng
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban: {so: 5, ngay: 05/01/2023, noi_nhan: [Bộ Ngoại giao]}
nguoi_ky: {chuc_vu: Giám đốc, ho_ten: Trần Văn Bình}
nam_truoc:
  so_lieu: {doan_vao: 2, luot_nguoi_vao: 15, doan_ra: 1}
noi_dung:
  mo_dau: "Sở Ngoại vụ báo cáo như sau:"
  tinh_hinh_chung: Năm 2022 là năm phục hồi.
  uu_diem: Tốt.
  han_che: Còn hạn chế.
  nhiem_vu: [Làm A]
doan_vao:
  - {ten_doan: Đoàn Tổng Lãnh sự Nhật Bản, quoc_gia: Nhật Bản, tu_ngay: 15/03/2022, so_nguoi: 12}
  - {ten_doan: Đoàn tỉnh Gyeonggi, quoc_gia: Hàn Quốc, tu_ngay: 02/04/2022, so_nguoi: 8}
  - {ten_doan: Đoàn Đại sứ quán Lào, quoc_gia: Lào, tu_ngay: 20/06/2022, so_nguoi: 1200}
doan_ra:
  - {truong_doan: Ông Lê Văn A, quoc_gia: [Lào], tu_ngay: 10/05/2022, so_nguoi: 7}
du_an_pcpnn:
  - {ten: Dự án A, nha_tai_tro: Tổ chức X, cam_ket: "150.000,5", giai_ngan: 100000}
"""

GUESTS = """\
dai_bieu:
  - nhom: các vị đại biểu, các đồng chí
    thu_tu: 9
  - ho_ten: Lê Thị Thu Hằng
    chuc_vu: Thứ trưởng Bộ Ngoại giao
    thu_tu: 1
  - nhom: các đồng chí lãnh đạo Thành ủy, HĐND, UBND thành phố
    thu_tu: 2
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def texts(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]

"""Every figure a speech can quote from a report, with what it means and the exact words it prints.

One list, read by the README's table (a test keeps them equal), by ``reportgen fields`` and by the test that
checks it against what ``quoted_wording`` really gives, so a figure is never quotable without being listed.
"""

from __future__ import annotations

from typing import NamedTuple


class Quotable(NamedTuple):
    group: str
    name: str
    meaning: str  # Vietnamese, for the user
    example: str  # the exact words printed, as in the examples of inputs/


ONLY_RUNNING = " (chỉ khi báo cáo có luy_ke_dau_nam)"

_DELEGATION = [
    ("so_doan", "số đoàn", "93"),
    ("luot_nguoi", "số lượt người", "1.220"),
    ("so_quoc_gia", "số quốc gia, vùng lãnh thổ", "09"),
    ("quoc_gia", "nơi đến hoặc nơi đi: số quốc gia, hoặc tên nước khi chỉ có một", "09 quốc gia, vùng lãnh thổ"),
    ("cua_nuoc", "“ của <nước>” khi mọi đoàn cùng một nước, không thì trống", " của Lào"),
    ("nguon", "câu về các nước có nhiều đoàn nhất (trống khi chỉ một nước)", "Các đoàn đến từ 09 quốc gia, …"),
    ("noi_bat", "các nước có nhiều đoàn nhất", "Nhật Bản (05 đoàn), Hàn Quốc (03 đoàn)"),
    ("so_sanh", "so với cùng kỳ", "tăng 15 đoàn (19,2%) so với năm 2021"),
    ("theo_cap", "các đoàn theo cấp", "05 đoàn cấp cao và 12 đoàn cấp bộ"),
    ("uoc_ca_nam", "câu ước cả năm (chỉ khi báo cáo có uoc_ca_nam)", "Ước cả năm đón khoảng 155 đoàn."),
]

QUOTABLE: list[Quotable] = [
    *(Quotable("doan_vao", *item) for item in _DELEGATION),
    *(Quotable("doan_ra", *item) for item in _DELEGATION),
    Quotable("thoa_thuan", "so_van_ban", "số văn bản ký kết", "12"),
    Quotable("thoa_thuan", "so_ban_ghi_nho", "số bản ghi nhớ", "04"),
    Quotable("thoa_thuan", "so_quan_he_moi", "số văn bản thiết lập quan hệ mới", "02"),
    Quotable("thoa_thuan", "so_sanh", "so với cùng kỳ", "tăng 03 văn bản (33,3%) so với năm 2021"),
    Quotable("thoa_thuan", "uoc_ca_nam", "câu ước cả năm", "Ước cả năm ký kết khoảng 15 văn bản."),
    Quotable("dia_phuong_doi_tac", "tong_so", "số địa phương đối tác (lũy kế)", "48"),
    Quotable("dia_phuong_doi_tac", "so_moi", "số địa phương mới thiết lập quan hệ", "02"),
    Quotable("dia_phuong_doi_tac", "so_quoc_gia", "số quốc gia, vùng lãnh thổ của các địa phương", "21"),
    Quotable("dia_phuong_doi_tac", "quoc_gia", "số quốc gia, hoặc tên nước khi chỉ có một", "Lào"),
    Quotable("hoi_nghi", "so_su_kien", "số hội nghị, hội thảo, sự kiện", "17"),
    Quotable("hoi_nghi", "dai_bieu_nuoc_ngoai", "số đại biểu nước ngoài", "1.050"),
    Quotable("hoi_nghi", "dai_bieu_viet_nam", "số đại biểu trong nước", "2.300"),
    Quotable("hoi_nghi", "so_sanh", "so với cùng kỳ", "giảm 02 sự kiện (10,5%) so với năm 2021"),
    Quotable("hoi_nghi", "uoc_ca_nam", "câu ước cả năm", "Ước cả năm tổ chức khoảng 20 hội nghị, …"),
    Quotable("vien_tro_pcpnn", "so_du_an", "số chương trình, dự án", "35"),
    Quotable("vien_tro_pcpnn", "so_nha_tai_tro", "số nhà tài trợ", "21"),
    Quotable("vien_tro_pcpnn", "cam_ket", "giá trị cam kết, theo từng loại tiền", "3,16 triệu USD"),
    Quotable("vien_tro_pcpnn", "giai_ngan", "giá trị giải ngân trong kỳ (trống khi chưa giải ngân)", "1,73 tỷ đồng"),
    Quotable("vien_tro_pcpnn", "so_sanh", "so với cùng kỳ", "tăng 05 dự án (16,7%) so với năm 2021"),
    Quotable(
        "vien_tro_pcpnn", "so_chuyen_tiep", "số chương trình, dự án phê duyệt từ trước đang tiếp tục triển khai", "02"
    ),
    Quotable(
        "vien_tro_pcpnn", "tong_dang_thuc_hien", "tổng số chương trình, dự án đang thực hiện (mới và chuyển tiếp)", "15"
    ),
    Quotable(
        "vien_tro_pcpnn",
        "so_sanh_giai_ngan",
        "giải ngân trong kỳ so với cùng kỳ, theo từng loại tiền",
        "gấp 2,8 lần (đồng) và gấp 5,8 lần (USD) so với cùng kỳ năm 2022",
    ),
    Quotable(
        "vien_tro_pcpnn",
        "luy_ke",
        "lũy kế giải ngân từ khi phê duyệt đến cuối kỳ (trống khi không tính được)",
        "9,78 tỷ đồng và 214.230 USD",
    ),
    Quotable(
        "vien_tro_pcpnn",
        "theo_loai_nha_tai_tro",
        "số dự án mới và vốn cam kết theo loại nhà tài trợ",
        "tổ chức PCPNN 11 dự án (17,13 tỷ đồng và 327.000 USD), …",
    ),
    Quotable(
        "vien_tro_pcpnn",
        "uoc_giai_ngan",
        "ước giải ngân cả năm (trống khi không ghi)",
        "khoảng 21,5 tỷ đồng và 320.000 USD",
    ),
    Quotable("vien_tro_pcpnn", "uoc_ca_nam", "câu ước cả năm", "Ước cả năm vận động, tiếp nhận khoảng 40 dự án."),
    Quotable("ky", "ten", "tên kỳ báo cáo", "6 tháng đầu năm 2023"),
    Quotable("ky", "trong", "mở đầu câu", "Trong 6 tháng đầu năm 2023"),
    Quotable("ky", "cung_ky", "kỳ được so sánh", "cùng kỳ năm 2022"),
    Quotable("ky", "ky_sau", "kỳ của phương hướng, nhiệm vụ", "6 tháng cuối năm 2023"),
    # a span report only ("giai đoạn 2021–2025"): its years, and each figure year by year
    Quotable("giai_doan", "tu_nam", "năm đầu của giai đoạn", "2021"),
    Quotable("giai_doan", "den_nam", "năm cuối của giai đoạn", "2025"),
    Quotable("giai_doan", "so_nam", "số năm của giai đoạn", "5"),
    Quotable("giai_doan", "doan_vao_theo_nam", "số đoàn vào từng năm", "năm 2021 có 04 đoàn, …và năm 2025 có 19 đoàn"),
    Quotable("giai_doan", "doan_ra_theo_nam", "số đoàn ra từng năm", "năm 2021 không có đoàn nào, …"),
    Quotable("giai_doan", "thoa_thuan_theo_nam", "số thỏa thuận từng năm", "năm 2021 có 02 văn bản, …"),
    Quotable("giai_doan", "hoi_nghi_theo_nam", "số hội nghị, sự kiện từng năm", "năm 2021 có 01 sự kiện, …"),
    Quotable("giai_doan", "vien_tro_pcpnn_theo_nam", "số dự án PCPNN từng năm", "năm 2021 có 04 dự án, …"),
    Quotable(
        "giai_doan",
        "nam_chi_tiet",
        "các năm có danh sách chi tiết: số nước, cấp đoàn, nhà tài trợ, đại biểu chỉ tính các năm này",
        "các năm 2024–2025",
    ),
    Quotable(
        "giai_doan", "nam_so_tong", "các năm chỉ có số tổng (trống khi năm nào cũng có danh sách)", "các năm 2021–2023"
    ),
    # a report with its running total ("tháng 7 và 7 tháng đầu năm 2023"): the year so far (running_figures.py)
    Quotable("doan_vao", "luy_ke_so_doan", "số đoàn lũy kế từ đầu năm" + ONLY_RUNNING, "69"),
    Quotable("doan_vao", "luy_ke_luot_nguoi", "số lượt người lũy kế từ đầu năm" + ONLY_RUNNING, "683"),
    Quotable(
        "doan_vao",
        "luy_ke_quoc_gia",
        "nơi đến hoặc nơi đi lũy kế: số quốc gia, hoặc tên nước khi chỉ có một" + ONLY_RUNNING,
        "33 quốc gia, vùng lãnh thổ",
    ),
    Quotable(
        "doan_vao",
        "luy_ke_cua_nuoc",
        "“ của <nước>” khi mọi đoàn lũy kế cùng một nước, không thì trống" + ONLY_RUNNING,
        " của Lào",
    ),
    Quotable(
        "doan_vao",
        "luy_ke_so_sanh",
        "lũy kế so với cùng kỳ" + ONLY_RUNNING,
        "tăng 33 đoàn (91,7%) so với cùng kỳ năm 2022",
    ),
    Quotable("doan_ra", "luy_ke_so_doan", "số đoàn lũy kế từ đầu năm" + ONLY_RUNNING, "14"),
    Quotable("doan_ra", "luy_ke_luot_nguoi", "số lượt người lũy kế từ đầu năm" + ONLY_RUNNING, "116"),
    Quotable(
        "doan_ra",
        "luy_ke_quoc_gia",
        "nơi đến lũy kế: số quốc gia, hoặc tên nước khi chỉ có một" + ONLY_RUNNING,
        "12 quốc gia, vùng lãnh thổ",
    ),
    Quotable(
        "doan_ra",
        "luy_ke_cua_nuoc",
        "“ của <nước>” khi mọi đoàn lũy kế cùng một nước, không thì trống" + ONLY_RUNNING,
        " của Lào",
    ),
    Quotable(
        "doan_ra",
        "luy_ke_so_sanh",
        "lũy kế so với cùng kỳ" + ONLY_RUNNING,
        "tăng 10 đoàn, gấp 3,5 lần cùng kỳ năm 2022",
    ),
    Quotable("thoa_thuan", "luy_ke_so_van_ban", "số văn bản ký kết lũy kế từ đầu năm" + ONLY_RUNNING, "06"),
    Quotable(
        "thoa_thuan",
        "luy_ke_so_sanh",
        "lũy kế so với cùng kỳ" + ONLY_RUNNING,
        "tăng 01 văn bản (20%) so với cùng kỳ năm 2022",
    ),
    Quotable("hoi_nghi", "luy_ke_so_su_kien", "số hội nghị, hội thảo, sự kiện lũy kế từ đầu năm" + ONLY_RUNNING, "05"),
    Quotable(
        "hoi_nghi",
        "luy_ke_so_sanh",
        "lũy kế so với cùng kỳ" + ONLY_RUNNING,
        "tăng 01 sự kiện (25%) so với cùng kỳ năm 2022",
    ),
    Quotable("vien_tro_pcpnn", "luy_ke_so_du_an", "số chương trình, dự án lũy kế từ đầu năm" + ONLY_RUNNING, "12"),
    Quotable(
        "vien_tro_pcpnn",
        "luy_ke_cam_ket",
        "giá trị cam kết lũy kế, theo từng loại tiền" + ONLY_RUNNING,
        "18,28 tỷ đồng và 327.000 USD",
    ),
    Quotable(
        "vien_tro_pcpnn",
        "luy_ke_giai_ngan",
        "giá trị giải ngân lũy kế (trống khi chưa giải ngân)" + ONLY_RUNNING,
        "8,07 tỷ đồng và 139.230 USD",
    ),
    Quotable(
        "vien_tro_pcpnn",
        "luy_ke_so_sanh",
        "lũy kế so với cùng kỳ (trống khi không có số cùng kỳ)" + ONLY_RUNNING,
        "tăng 01 dự án so với cùng kỳ năm 2022",
    ),
    Quotable(
        "dia_phuong_doi_tac",
        "luy_ke_so_moi",
        "số địa phương mới thiết lập quan hệ lũy kế từ đầu năm" + ONLY_RUNNING,
        "01",
    ),
    Quotable("ky", "luy_ke_ten", "tên kỳ lũy kế" + ONLY_RUNNING, "7 tháng đầu năm 2023"),
    Quotable("ky", "luy_ke_trong", "mở đầu câu lũy kế" + ONLY_RUNNING, "Lũy kế 7 tháng đầu năm 2023"),
    Quotable("ky", "luy_ke_cung_ky", "kỳ lũy kế được so sánh" + ONLY_RUNNING, "cùng kỳ năm 2022"),
]

# The names a report has only when it gives its running total from 1 January (``luy_ke_dau_nam``).
RUNNING_ONLY = {(q.group, q.name) for q in QUOTABLE if q.name.startswith("luy_ke_")}


def quotable_names() -> dict[str, list[str]]:
    """``{group: [name, …]}`` in the listed order; ``khac`` (the report's own ``ma``) is not in it."""
    out: dict[str, list[str]] = {}
    for q in QUOTABLE:
        out.setdefault(q.group, []).append(q.name)
    return out

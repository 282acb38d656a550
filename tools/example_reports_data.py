"""The three example annual reports: header data and every list, sized to the public figures.

- Đà Nẵng 2022 (seed 002): 93 đoàn vào with more than 800 people, 29 PCPNN projects committing more than
  79 tỷ đồng, 2.100+ Vietnamese employees of 69 foreign organisations, 47 partner localities of 22 countries.
- Đà Nẵng 2021: the COVID year before, for comparison (its own previous year is given as totals).
- TP Hồ Chí Minh 2017 (seed 003): 155 đoàn vào, 21 đoàn ra, 12 agreements of which 4 memoranda establishing
  new relations, 48 partner localities in total.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import example_reports_pools as pools
import example_reports_prose as prose
from make_example_reports import d, inbound, partners, reach_total, span

DN_HEAD = """co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ thành phố Đà Nẵng
  viet_tat: SNgV
  dia_danh: Đà Nẵng"""

HCM_HEAD = """co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ HỒ CHÍ MINH
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ Thành phố Hồ Chí Minh
  viet_tat: SNgV
  dia_danh: Thành phố Hồ Chí Minh"""


def van_ban(number: int, day: str, receivers: list[str], keep: str) -> str:
    lines = ["van_ban:", f"  so: {number}", f"  ngay: {day}", "  noi_nhan:"]
    lines += [f"    - {r}" for r in receivers]
    lines.append(f"  luu: {keep}")
    return "\n".join(lines)


def signer(authority: str | None, title: str, name: str) -> str:
    lines = ["nguoi_ky:"]
    if authority:
        lines.append(f"  tham_quyen: {authority}")
    return "\n".join([*lines, f"  chuc_vu: {title}", f"  ho_ten: {name}"])


def addressees(*names: str) -> str:
    return "kinh_gui:\n" + "\n".join(f"  - {n}" for n in names)


def previous_totals(**totals: str) -> str:
    return "nam_truoc:\n  so_lieu:\n" + "\n".join(f"    {k}: {v}" for k, v in totals.items())


def outbound(rows: list[tuple[str, str, list[str], str, str, int, str, str]]) -> list[dict[str, Any]]:
    """(head, members, countries, from, to, people, purpose, result) → records."""
    return [
        {
            "truong_doan": head,
            "thanh_phan": members,
            "quoc_gia": countries,
            "tu_ngay": d(start),
            "den_ngay": d(end),
            "so_nguoi": people,
            "muc_dich": purpose,
            "ket_qua": result,
        }
        for head, members, countries, start, end, people, purpose, result in rows
    ]


def agreements(rows: list[tuple[str, str, str, str, str, str, str, bool]]) -> list[dict[str, Any]]:
    return [
        {
            "ten": name,
            "loai": kind,
            "doi_tac": partner,
            "quoc_gia": country,
            "ngay_ky": d(day),
            "co_quan_ky": signer_,
            "linh_vuc": field,
            "quan_he_moi": True if new else None,
        }
        for name, kind, partner, country, day, signer_, field, new in rows
    ]


def events(rows: list[tuple[str, str, str, str | None, str, int, int]]) -> list[dict[str, Any]]:
    return [
        {
            "ten": name,
            "don_vi_to_chuc": org,
            "tu_ngay": d(start),
            "den_ngay": d(end) if end else None,
            "dia_diem": place,
            "dai_bieu_viet_nam": vn,
            "dai_bieu_nuoc_ngoai": foreign,
        }
        for name, org, start, end, place, vn, foreign in rows
    ]


DONORS = [
    ("Tổ chức Plan International", "Phần Lan", "Trẻ em, giáo dục"),
    ("Tổ chức Tầm nhìn Thế giới (World Vision)", "Hoa Kỳ", "Phát triển cộng đồng"),
    ("Tổ chức Thrive Networks (East Meets West)", "Hoa Kỳ", "Nước sạch, vệ sinh môi trường"),
    ("Tổ chức Good Neighbors International", "Hàn Quốc", "Giáo dục, y tế"),
    ("Tổ chức Operation Smile", "Hoa Kỳ", "Y tế"),
    ("Tổ chức Orbis International", "Hoa Kỳ", "Y tế"),
    ("Quỹ Châu Á (The Asia Foundation)", "Hoa Kỳ", "Quản trị, phát triển kinh tế"),
    ("Tổ chức Cứu trợ trẻ em (Save the Children)", "Anh", "Trẻ em"),
    ("Tổ chức Child's Dream", "Thụy Sĩ", "Giáo dục"),
    ("Tổ chức Heart to Heart International", "Hàn Quốc", "Y tế"),
    ("Tổ chức Habitat for Humanity", "Hoa Kỳ", "Nhà ở cho người nghèo"),
    ("Tổ chức Caritas Thụy Sĩ", "Thụy Sĩ", "An sinh xã hội"),
    ("Tổ chức Room to Read", "Hoa Kỳ", "Giáo dục"),
    ("Tổ chức Y tế Thế giới Hàn Quốc (KOFIH)", "Hàn Quốc", "Y tế"),
    ("Tổ chức AIDS Healthcare Foundation", "Hoa Kỳ", "Phòng, chống HIV/AIDS"),
    ("Tổ chức Pathfinder International", "Hoa Kỳ", "Sức khỏe sinh sản"),
    ("Tổ chức FHI 360", "Hoa Kỳ", "Y tế"),
    ("Tổ chức Blue Dragon Children's Foundation", "Australia", "Trẻ em"),
]

PROJECTS = {
    "Trẻ em, giáo dục": ["Hỗ trợ giáo dục mầm non hòa nhập", "Nâng cao chất lượng giáo dục tiểu học vùng khó khăn"],
    "Phát triển cộng đồng": ["Phát triển cộng đồng bền vững", "Sinh kế cho hộ nghèo ven biển"],
    "Nước sạch, vệ sinh môi trường": ["Cải thiện nước sạch và vệ sinh trường học", "Vệ sinh môi trường khu dân cư"],
    "Giáo dục, y tế": ["Xây dựng phòng học và trạm y tế", "Chăm sóc sức khỏe học đường"],
    "Y tế": ["Phẫu thuật nụ cười cho trẻ em", "Nâng cao năng lực nhãn khoa", "Tăng cường y tế cơ sở"],
    "Quản trị, phát triển kinh tế": ["Nâng cao năng lực cạnh tranh cấp tỉnh", "Hỗ trợ doanh nghiệp nhỏ và vừa"],
    "Trẻ em": ["Bảo vệ trẻ em dựa vào cộng đồng", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt khó khăn"],
    "Giáo dục": ["Học bổng cho học sinh nghèo vượt khó", "Xây dựng thư viện thân thiện"],
    "Nhà ở cho người nghèo": ["Xây nhà an toàn cho hộ nghèo vùng thiên tai"],
    "An sinh xã hội": ["Hỗ trợ người cao tuổi và người khuyết tật"],
    "Phòng, chống HIV/AIDS": ["Chăm sóc, điều trị HIV/AIDS dựa vào cộng đồng"],
    "Sức khỏe sinh sản": ["Chăm sóc sức khỏe sinh sản vị thành niên"],
}


def aid(rng: random.Random, count: int, total: Decimal, currency: str, areas: list[str]) -> list[dict[str, Any]]:
    """``count`` projects whose commitments add up to about ``total``; disbursement 60–100%."""
    weights = [rng.uniform(0.3, 1.6) for _ in range(count)]
    unit = Decimal(1_000_000) if currency == "VND" else Decimal(1_000)
    out = []
    for i, weight in enumerate(weights):
        donor, country, field = DONORS[(i * 7 + rng.randrange(3)) % len(DONORS)]
        committed = (total * Decimal(weight) / Decimal(sum(weights)) / unit).quantize(Decimal(1)) * unit
        disbursed = (committed * Decimal(rng.uniform(0.6, 1.0)) / unit).quantize(Decimal(1)) * unit
        name = rng.choice(PROJECTS[field])
        area = rng.choice(areas)
        out.append(
            {
                "ten": f"{name} tại {area}",
                "nha_tai_tro": donor,
                "quoc_gia": country,
                "linh_vuc": field,
                "dia_ban": area,
                "cam_ket": committed,
                "giai_ngan": disbursed,
                "tien_te": currency,
            }
        )
    return out


DN_AREAS = [
    "quận Hải Châu",
    "quận Thanh Khê",
    "quận Sơn Trà",
    "quận Ngũ Hành Sơn",
    "quận Liên Chiểu",
    "quận Cẩm Lệ",
    "huyện Hòa Vang",
    "toàn thành phố",
]
HCM_AREAS = [
    "Quận 1",
    "Quận 8",
    "Quận 12",
    "quận Bình Tân",
    "quận Gò Vấp",
    "huyện Củ Chi",
    "huyện Bình Chánh",
    "huyện Cần Giờ",
    "huyện Nhà Bè",
    "toàn Thành phố",
]
DN_RECEIVERS = [
    "Như trên",
    "Ban Đối ngoại Trung ương",
    "Thường trực Thành ủy",
    "Chủ tịch, các PCT UBND thành phố",
    "Văn phòng Thành ủy, Văn phòng UBND thành phố",
    "Các sở, ban, ngành thành phố",
    "Giám đốc, các PGĐ Sở",
]


def da_nang_2022(rng: random.Random) -> dict[str, Any]:
    assert len(partners(pools.PARTNERS_DN, 2022)) == 47, "seed 002: 47 địa phương"
    months = [3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12]
    vao = inbound(rng, "dn", 2022, 90, months, levels={"Cấp bộ", "Cấp tỉnh", "Cấp đại sứ", "Cấp tổng lãnh sự", ""})
    high = [
        (
            "Đoàn đại biểu cấp cao Cộng hòa Dân chủ Nhân dân Lào",
            "Phó Chủ tịch nước CHDCND Lào",
            "Lào",
            "14/07/2022",
            "16/07/2022",
            26,
            "Dự Lễ kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào tại thành phố",
        ),
        (
            "Đoàn đại biểu Quốc hội Vương quốc Campuchia",
            "Phó Chủ tịch Quốc hội Vương quốc Campuchia",
            "Campuchia",
            "22/08/2022",
            "24/08/2022",
            21,
            "Hội kiến lãnh đạo Thành ủy, HĐND thành phố",
        ),
        (
            "Đoàn đại biểu cấp cao Ấn Độ",
            "Phó Tổng thống Cộng hòa Ấn Độ",
            "Ấn Độ",
            "10/10/2022",
            None,
            31,
            "Làm việc với lãnh đạo thành phố về hợp tác du lịch, công nghệ thông tin",
        ),
    ]
    vao += [
        {
            "ten_doan": n,
            "truong_doan": h,
            "quoc_gia": c,
            "cap": "Cấp cao",
            "tu_ngay": d(s),
            "den_ngay": d(e) if e else None,
            "so_nguoi": p,
            "nguoi_tiep": "Bí thư Thành ủy",
            "noi_dung": t,
        }
        for n, h, c, s, e, p, t in high
    ]
    vao.sort(key=lambda r: r["tu_ngay"])
    reach_total(rng, vao, 805, 835)
    ra = outbound(
        [
            (
                "Ông Lê Minh Khoa, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Ngoại vụ, Sở Y tế, Sở Giáo dục và Đào tạo",
                ["Lào"],
                "19/04/2022",
                "22/04/2022",
                12,
                "Thăm, làm việc với tỉnh Sekong và tỉnh Salavan",
                "Ký Thỏa thuận hợp tác giai đoạn 2022 - 2025 với tỉnh Sekong; bàn giao trang thiết bị y tế",
            ),
            (
                "Ông Lê Minh Khoa, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Kế hoạch và Đầu tư, Trung tâm Xúc tiến Đầu tư",
                ["Nhật Bản"],
                "23/05/2022",
                "28/05/2022",
                9,
                "Xúc tiến đầu tư tại Tokyo, Yokohama và Sakai",
                "Ký Thỏa thuận hợp tác phát triển đô thị thông minh với thành phố Yokohama; gặp gỡ 40 doanh nghiệp",
            ),
            (
                "Bà Phạm Thu Hà, Giám đốc Sở Du lịch",
                "Đại diện Hiệp hội Du lịch, các hãng lữ hành",
                ["Hàn Quốc"],
                "13/06/2022",
                "17/06/2022",
                7,
                "Xúc tiến du lịch tại Seoul và Busan",
                "Ký Thỏa thuận hợp tác xúc tiến du lịch với Tổ chức Du lịch Hàn Quốc",
            ),
            (
                "Ông Trương Quang Nam, Chủ tịch UBND thành phố",
                "Lãnh đạo Văn phòng UBND thành phố, Sở Ngoại vụ",
                ["Lào"],
                "06/07/2022",
                "09/07/2022",
                15,
                "Dự kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào",
                "Ký Chương trình hợp tác giai đoạn 2022 - 2026 với Thủ đô Viêng Chăn",
            ),
            (
                "Ông Hồ Văn Sáng, Giám đốc Sở Ngoại vụ",
                "Chuyên viên Sở Ngoại vụ, Sở Du lịch",
                ["Campuchia"],
                "10/08/2022",
                "13/08/2022",
                6,
                "Làm việc với Thủ đô Phnôm Pênh và tỉnh Siem Reap",
                "Thống nhất kế hoạch trao đổi đoàn và hợp tác du lịch năm 2023",
            ),
            (
                "Ông Lê Minh Khoa, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Ngoại vụ, Sở Công Thương",
                ["Hàn Quốc"],
                "20/09/2022",
                "25/09/2022",
                10,
                "Thăm, làm việc với thành phố Daegu và thành phố Ulsan",
                "Ký Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác với thành phố Ulsan",
            ),
            (
                "Ông Trần Phước Lợi, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Du lịch, Sở Văn hóa và Thể thao",
                ["Ấn Độ"],
                "03/10/2022",
                "08/10/2022",
                8,
                "Xúc tiến du lịch tại New Delhi và Mumbai",
                "Thúc đẩy mở đường bay thẳng Ấn Độ - Đà Nẵng; giới thiệu sản phẩm du lịch MICE",
            ),
            (
                "Ông Trương Quang Nam, Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Khoa học và Công nghệ, Khu Công nghệ cao",
                ["Hoa Kỳ"],
                "14/10/2022",
                "21/10/2022",
                9,
                "Làm việc với thành phố Oakland và thành phố Pittsburgh",
                "Ký Thỏa thuận hợp tác về đổi mới sáng tạo; kết nối các quỹ đầu tư công nghệ",
            ),
            (
                "Ông Hồ Văn Sáng, Giám đốc Sở Ngoại vụ",
                "Lãnh đạo Sở Nông nghiệp và Phát triển nông thôn",
                ["Lào"],
                "08/11/2022",
                "11/11/2022",
                8,
                "Thăm, làm việc với tỉnh Attapeu",
                "Ký Bản ghi nhớ thiết lập quan hệ hợp tác hữu nghị với tỉnh Attapeu",
            ),
            (
                "Ông Trần Phước Lợi, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Kế hoạch và Đầu tư, Ban Quản lý các KCN",
                ["Singapore", "Malaysia"],
                "21/11/2022",
                "26/11/2022",
                8,
                "Xúc tiến đầu tư logistics, trung tâm tài chính",
                "Làm việc với 25 nhà đầu tư; 03 doanh nghiệp đăng ký khảo sát dự án",
            ),
            (
                "Bà Phạm Thu Hà, Giám đốc Sở Du lịch",
                "Đại diện các doanh nghiệp lữ hành, lưu trú",
                ["Thái Lan"],
                "05/12/2022",
                "08/12/2022",
                6,
                "Tham gia Hội chợ Du lịch quốc tế tại Băng Cốc",
                "Quảng bá điểm đến Đà Nẵng; ký kết hợp tác giữa các doanh nghiệp lữ hành",
            ),
        ]
    )
    tt = agreements(
        [
            (
                "Thỏa thuận hợp tác giữa thành phố Đà Nẵng và tỉnh Sekong giai đoạn 2022 - 2025",
                "Thỏa thuận hợp tác",
                "Tỉnh Sekong",
                "Lào",
                "20/04/2022",
                "UBND thành phố",
                "Toàn diện",
                False,
            ),
            (
                "Thỏa thuận hợp tác phát triển đô thị thông minh",
                "Thỏa thuận hợp tác",
                "Thành phố Yokohama",
                "Nhật Bản",
                "25/05/2022",
                "UBND thành phố",
                "Đô thị thông minh",
                False,
            ),
            (
                "Kế hoạch hợp tác giáo dục, môi trường năm 2022 - 2023",
                "Kế hoạch hợp tác",
                "Thành phố Sakai",
                "Nhật Bản",
                "27/05/2022",
                "Sở Ngoại vụ",
                "Giáo dục, môi trường",
                False,
            ),
            (
                "Thỏa thuận hợp tác xúc tiến du lịch",
                "Thỏa thuận hợp tác",
                "Tổ chức Du lịch Hàn Quốc (KTO)",
                "Hàn Quốc",
                "15/06/2022",
                "Sở Du lịch",
                "Du lịch",
                False,
            ),
            (
                "Chương trình hợp tác giữa thành phố Đà Nẵng và Thủ đô Viêng Chăn giai đoạn 2022 - 2026",
                "Chương trình hợp tác",
                "Thủ đô Viêng Chăn",
                "Lào",
                "08/07/2022",
                "UBND thành phố",
                "Toàn diện",
                False,
            ),
            (
                "Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác giữa thành phố Đà Nẵng và thành phố Ulsan",
                "Bản ghi nhớ",
                "Thành phố Ulsan",
                "Hàn Quốc",
                "22/09/2022",
                "UBND thành phố",
                "Toàn diện",
                True,
            ),
            (
                "Thỏa thuận hợp tác đào tạo nguồn nhân lực y tế",
                "Thỏa thuận hợp tác",
                "Đại học Khon Kaen",
                "Thái Lan",
                "30/09/2022",
                "Sở Y tế",
                "Y tế",
                False,
            ),
            (
                "Thỏa thuận hợp tác về đổi mới sáng tạo và khởi nghiệp",
                "Thỏa thuận hợp tác",
                "Thành phố Pittsburgh",
                "Hoa Kỳ",
                "18/10/2022",
                "Sở Khoa học và Công nghệ",
                "Khoa học, công nghệ",
                False,
            ),
            (
                "Bản ghi nhớ thiết lập quan hệ hợp tác hữu nghị giữa thành phố Đà Nẵng và tỉnh Attapeu",
                "Bản ghi nhớ",
                "Tỉnh Attapeu",
                "Lào",
                "09/11/2022",
                "UBND thành phố",
                "Toàn diện",
                True,
            ),
        ]
    )
    hn = events(
        [
            (
                "Giải Ba môn phối hợp Ironman 70.3 Việt Nam 2022",
                "UBND thành phố, Công ty Sunrise Events",
                "08/05/2022",
                None,
                "Bãi biển Phạm Văn Đồng",
                850,
                420,
            ),
            (
                "Lễ hội Pháo hoa quốc tế Đà Nẵng 2022",
                "UBND thành phố",
                "04/06/2022",
                "09/07/2022",
                "Công viên bờ Đông sông Hàn",
                1200,
                260,
            ),
            (
                "Hội nghị đối thoại doanh nghiệp có vốn đầu tư nước ngoài năm 2022",
                "UBND thành phố",
                "29/06/2022",
                None,
                "Trung tâm Hành chính thành phố",
                180,
                95,
            ),
            (
                "Lễ kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào, 45 năm Hiệp ước hữu nghị và hợp tác",
                "Thành ủy, HĐND, UBND thành phố",
                "15/07/2022",
                None,
                "Cung Hội nghị Quốc tế Ariyana",
                320,
                65,
            ),
            (
                "Cuộc thi Marathon quốc tế Đà Nẵng 2022",
                "Sở Văn hóa và Thể thao",
                "07/08/2022",
                None,
                "Đường Bạch Đằng - Trần Hưng Đạo",
                900,
                350,
            ),
            (
                "Hội thảo quốc tế về phát triển đô thị thông minh",
                "Sở Thông tin và Truyền thông",
                "24/08/2022",
                "25/08/2022",
                "Khách sạn Furama",
                160,
                45,
            ),
            (
                "Chương trình giao lưu văn hóa kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Hàn Quốc",
                "Sở Ngoại vụ",
                "18/09/2022",
                None,
                "Nhà hát Trưng Vương",
                400,
                90,
            ),
            (
                "Hội chợ Thương mại quốc tế EWEC Đà Nẵng 2022",
                "Sở Công Thương",
                "07/09/2022",
                "11/09/2022",
                "Cung Thể thao Tiên Sơn",
                300,
                80,
            ),
            (
                "Hội nghị xúc tiến đầu tư Nhật Bản - Đà Nẵng",
                "Trung tâm Xúc tiến Đầu tư, JETRO",
                "14/10/2022",
                None,
                "Khách sạn Novotel",
                120,
                75,
            ),
            (
                "Lễ hội Văn hóa Việt - Nhật tại Đà Nẵng lần thứ 9",
                "Sở Ngoại vụ, Tổng Lãnh sự quán Nhật Bản",
                "12/11/2022",
                "13/11/2022",
                "Công viên APEC",
                500,
                140,
            ),
            (
                "Hội nghị thường niên Mạng lưới chính quyền địa phương về phát triển bền vững vùng bờ Đông Á",
                "UBND thành phố, PEMSEA",
                "22/11/2022",
                "24/11/2022",
                "Khách sạn Pullman",
                110,
                70,
            ),
            (
                "Diễn đàn Đầu tư Đà Nẵng 2022",
                "UBND thành phố",
                "10/12/2022",
                None,
                "Cung Hội nghị Quốc tế Ariyana",
                550,
                160,
            ),
            (
                "Gặp mặt các tổ chức phi chính phủ nước ngoài năm 2022",
                "Sở Ngoại vụ",
                "16/12/2022",
                None,
                "Trung tâm Hành chính thành phố",
                60,
                45,
            ),
            (
                "Hội thảo quốc tế về quản lý rủi ro thiên tai vùng ven biển",
                "Sở Tài nguyên và Môi trường, GIZ",
                "20/12/2022",
                "21/12/2022",
                "Khách sạn Mường Thanh",
                90,
                25,
            ),
        ]
    )
    return {
        "title": "Báo cáo tổng kết công tác đối ngoại năm 2022 — Sở Ngoại vụ thành phố Đà Nẵng.",
        "source": "báo cáo của Sở Ngoại vụ Đà Nẵng năm 2022 đăng trên TTXVN (93 đoàn vào, hơn 800 lượt người, "
        "29 dự án PCPNN cam kết hơn 79 tỷ đồng, hơn 2.100 lao động cho 69 tổ chức nước ngoài)",
        "nam": 2022,
        "co_quan": DN_HEAD,
        "van_ban": van_ban(7, "06/01/2023", ["Như trên", *DN_RECEIVERS[1:]], "VT, VP, HTQT"),
        "kinh_gui": addressees("Bộ Ngoại giao", "Ủy ban nhân dân thành phố Đà Nẵng"),
        "nguoi_ky": signer(None, "Giám đốc", "Hồ Văn Sáng"),
        "pham_vi": "các đoàn, sự kiện do Sở Ngoại vụ tham mưu, phục vụ",
        "nam_truoc": "nam_truoc:\n  tep: bao_cao_nam-da-nang-2021.yaml",
        "noi_dung": prose.DA_NANG_2022,
        "doan_vao": vao,
        "doan_ra": ra,
        "thoa_thuan": tt,
        "hoi_nghi": hn,
        "du_an_pcpnn": aid(rng, 29, Decimal("79386000000"), "VND", DN_AREAS),
        "dia_phuong_doi_tac": partners(pools.PARTNERS_DN, 2022),
        "so_lieu_khac": {
            "ho_chieu_ngoai_giao_cong_vu": 96,
            "vu_bao_ho_cong_dan": 14,
            "luot_kieu_bao_ve_nuoc": 1850,
            "to_chuc_nuoc_ngoai_su_dung_lao_dong": 69,
            "lao_dong_viet_nam_lam_viec": 2126,
            "phong_vien_nuoc_ngoai": 38,
            "tin_bai_thong_tin_doi_ngoai": 420,
        },
    }


def da_nang_2021(rng: random.Random) -> dict[str, Any]:
    months = [1, 1, 2, 3, 3, 4, 4, 6, 10, 11, 11, 12, 12]
    vao = inbound(rng, "dn", 2021, 31, months, levels={"Cấp đại sứ", "Cấp tổng lãnh sự", ""})
    for r in vao:
        r["so_nguoi"] = min(r["so_nguoi"], 12)
    ra = outbound(
        [
            (
                "Ông Lê Minh Khoa, Phó Chủ tịch UBND thành phố",
                "Lãnh đạo Sở Ngoại vụ, Sở Y tế",
                ["Lào"],
                "14/12/2021",
                "17/12/2021",
                7,
                "Trao tặng vật tư y tế cho các tỉnh Nam Lào",
                "Bàn giao vật tư y tế cho tỉnh Sekong, Salavan, Attapeu; thống nhất kế hoạch hợp tác năm 2022",
            ),
        ]
    )
    tt = agreements(
        [
            (
                "Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác giữa thành phố Đà Nẵng và thành phố Gwangju",
                "Bản ghi nhớ",
                "Thành phố Gwangju",
                "Hàn Quốc",
                "26/03/2021",
                "UBND thành phố",
                "Toàn diện",
                True,
            ),
            (
                "Thỏa thuận hợp tác hỗ trợ phòng, chống dịch COVID-19",
                "Thỏa thuận hợp tác",
                "Tổ chức KOFIH",
                "Hàn Quốc",
                "12/04/2021",
                "Sở Y tế",
                "Y tế",
                False,
            ),
            (
                "Kế hoạch hợp tác năm 2021 - 2022",
                "Kế hoạch hợp tác",
                "Thành phố Sakai",
                "Nhật Bản",
                "19/11/2021",
                "Sở Ngoại vụ",
                "Giáo dục, môi trường",
                False,
            ),
            (
                "Thỏa thuận hợp tác đào tạo nguồn nhân lực công nghệ thông tin",
                "Thỏa thuận hợp tác",
                "Đại học RMIT",
                "Australia",
                "07/12/2021",
                "Sở Thông tin và Truyền thông",
                "Giáo dục",
                False,
            ),
        ]
    )
    hn = events(
        [
            (
                "Hội thảo trực tuyến xúc tiến đầu tư Hoa Kỳ - Đà Nẵng",
                "Trung tâm Xúc tiến Đầu tư",
                "25/01/2021",
                None,
                "Trực tuyến",
                60,
                45,
            ),
            (
                "Diễn đàn trực tuyến hợp tác đầu tư Ấn Độ - Đà Nẵng",
                "Sở Ngoại vụ",
                "18/03/2021",
                None,
                "Trực tuyến",
                50,
                40,
            ),
            (
                "Hội thảo kết nối doanh nghiệp Thụy Điển - Đà Nẵng về đô thị bền vững",
                "Sở Ngoại vụ",
                "22/04/2021",
                None,
                "Trung tâm Hành chính thành phố",
                45,
                20,
            ),
            (
                "Hội nghị trực tuyến xúc tiến đầu tư Đức - Đà Nẵng",
                "UBND thành phố",
                "15/10/2021",
                None,
                "Trực tuyến",
                70,
                55,
            ),
            (
                "Hội nghị thường niên Mạng lưới chính quyền địa phương về phát triển bền vững vùng bờ Đông Á",
                "UBND thành phố, PEMSEA",
                "24/11/2021",
                "25/11/2021",
                "Trực tuyến kết hợp trực tiếp",
                80,
                60,
            ),
            (
                "Gặp mặt các tổ chức phi chính phủ nước ngoài năm 2021",
                "Sở Ngoại vụ",
                "17/12/2021",
                None,
                "Trung tâm Hành chính thành phố",
                50,
                30,
            ),
        ]
    )
    return {
        "title": "Báo cáo tổng kết công tác đối ngoại năm 2021 — Sở Ngoại vụ thành phố Đà Nẵng.",
        "source": "tham luận của thành phố Đà Nẵng tại Hội nghị Đối ngoại toàn quốc (năm 2020, 2021 chịu ảnh hưởng "
        "của COVID-19); các số liệu năm 2021 là giả định, hợp lý với bối cảnh",
        "nam": 2021,
        "co_quan": DN_HEAD,
        "van_ban": van_ban(4, "07/01/2022", ["Như trên", *DN_RECEIVERS[1:]], "VT, VP, HTQT"),
        "kinh_gui": addressees("Bộ Ngoại giao", "Ủy ban nhân dân thành phố Đà Nẵng"),
        "nguoi_ky": signer(None, "Giám đốc", "Hồ Văn Sáng"),
        "pham_vi": "các đoàn, sự kiện do Sở Ngoại vụ tham mưu, phục vụ",
        "nam_truoc": previous_totals(
            doan_vao="58",
            luot_nguoi_vao="512",
            doan_ra="2",
            luot_nguoi_ra="11",
            thoa_thuan="5",
            dia_phuong_doi_tac="44",
            hoi_nghi="9",
            du_an_pcpnn="27",
        ),
        "noi_dung": prose.DA_NANG_2021,
        "doan_vao": vao,
        "doan_ra": ra,
        "thoa_thuan": tt,
        "hoi_nghi": hn,
        "du_an_pcpnn": aid(rng, 24, Decimal("61240000000"), "VND", DN_AREAS),
        "dia_phuong_doi_tac": partners(pools.PARTNERS_DN, 2021),
        "so_lieu_khac": {
            "ho_chieu_ngoai_giao_cong_vu": 31,
            "vu_bao_ho_cong_dan": 9,
            "to_chuc_nuoc_ngoai_su_dung_lao_dong": 64,
            "lao_dong_viet_nam_lam_viec": 1948,
            "phong_vien_nuoc_ngoai": 7,
            "tin_bai_thong_tin_doi_ngoai": 365,
        },
    }


def hcm_inbound(rng: random.Random) -> list[dict[str, Any]]:
    high = {
        "Israel": ("22/03/2017", "23/03/2017"),
        "Ba Lan": ("23/11/2017", "24/11/2017"),
        "Nga": ("12/06/2017", "14/06/2017"),
        "Canada": ("09/11/2017", None),
        "Singapore": ("12/11/2017", None),
        "Myanmar": ("18/09/2017", "20/09/2017"),
        "Campuchia": ("27/06/2017", "28/06/2017"),
        "Lào": ("03/08/2017", "04/08/2017"),
    }
    out = []
    for name, head, country, level, sizes in pools.HIGH_LEVEL_HCM:
        start, end = high[country]
        out.append(
            {
                "ten_doan": name,
                "truong_doan": head,
                "quoc_gia": country,
                "cap": level,
                "tu_ngay": d(start),
                "den_ngay": d(end) if end else None,
                "so_nguoi": rng.randint(*sizes),
                "nguoi_tiep": "Bí thư Thành ủy",
                "noi_dung": "Hội kiến lãnh đạo Thành ủy, UBND Thành phố; dự "
                "diễn đàn doanh nghiệp và thăm một số cơ sở kinh tế, văn hóa",
            }
        )
    levels = {"Cấp bộ", "Cấp tỉnh", "Cấp đại sứ", "Cấp tổng lãnh sự", ""}
    out += inbound(rng, "hcm", 2017, 155 - len(out), list(range(1, 13)), levels=levels)
    return sorted(out, key=lambda r: r["tu_ngay"])


HCM_LEADERS = [
    "Ông Nguyễn Thanh Tùng, Phó Chủ tịch Thường trực UBND Thành phố",
    "Ông Võ Minh Đức, Phó Chủ tịch UBND Thành phố",
    "Bà Lê Thị Ngọc Trâm, Phó Chủ tịch UBND Thành phố",
    "Ông Phan Văn Hiếu, Chủ tịch UBND Thành phố",
    "Ông Đỗ Quang Huy, Giám đốc Sở Ngoại vụ",
]
HCM_TRIPS = [
    (["Nhật Bản"], "02", "Xúc tiến đầu tư tại tỉnh Osaka, thành phố Yokohama", "Ký Kế hoạch hành động với tỉnh Osaka"),
    (
        ["Lào"],
        "03",
        "Thăm, làm việc với Thủ đô Viêng Chăn và tỉnh Champasak",
        "Bàn giao công trình trường học hữu nghị",
    ),
    (["Hàn Quốc"], "03", "Làm việc với thành phố Busan, Thủ đô Seoul", "Thống nhất chương trình kỷ niệm quan hệ"),
    (
        ["Israel"],
        "04",
        "Học tập kinh nghiệm đổi mới sáng tạo tại Tel Aviv",
        "Ký Bản ghi nhớ với thành phố Tel Aviv-Yafo",
    ),
    (["Hoa Kỳ"], "04", "Xúc tiến thương mại tại San Francisco, bang California", "Kết nối 60 doanh nghiệp"),
    (["Nga"], "05", "Tổ chức Tuần Văn hóa tại Saint Petersburg", "Quảng bá văn hóa, du lịch Thành phố"),
    (["Trung Quốc"], "05", "Làm việc với thành phố Thượng Hải, Quảng Châu", "Trao đổi kinh nghiệm quản lý đô thị"),
    (["Australia"], "06", "Thăm, làm việc với bang Queensland, bang Victoria", "Ký Bản ghi nhớ với bang Queensland"),
    (["Campuchia"], "06", "Làm việc với Thủ đô Phnôm Pênh", "Thống nhất kế hoạch hợp tác y tế, giáo dục"),
    (["Pháp", "Bỉ"], "06", "Xúc tiến đầu tư tại vùng Île-de-France và vùng Flanders", "Kết nối đầu tư cảng biển"),
    (["Singapore"], "07", "Học tập mô hình đô thị thông minh", "Ký Thỏa thuận hợp tác đào tạo cán bộ"),
    (
        ["Ba Lan", "Hungary"],
        "07",
        "Thăm, làm việc với vùng Mazowieckie, Thủ đô Budapest",
        "Ký Bản ghi nhớ với vùng Mazowieckie",
    ),
    (["Cuba"], "08", "Thăm, làm việc với thành phố La Habana", "Trao tặng gạo, thiết bị y tế"),
    (["Nhật Bản"], "08", "Tổ chức Lễ hội Việt Nam tại Nhật Bản", "Quảng bá du lịch, ẩm thực Thành phố"),
    (["Hà Lan"], "09", "Làm việc với thành phố Rotterdam về chống ngập", "Ký Thỏa thuận hợp tác chống ngập"),
    (["Ấn Độ"], "09", "Xúc tiến đầu tư tại bang Maharashtra", "Kết nối doanh nghiệp dược phẩm, công nghệ"),
    (["Đức"], "10", "Làm việc với thành phố Leipzig, bang Hessen", "Trao đổi hợp tác đào tạo nghề"),
    (["Nga"], "10", "Làm việc với Cộng hòa Tatarstan", "Triển khai Bản ghi nhớ đã ký"),
    (["Myanmar", "Thái Lan"], "11", "Xúc tiến thương mại tại vùng Yangon và Băng Cốc", "Kết nối hàng Việt"),
    (["Hàn Quốc"], "11", "Dự Diễn đàn hợp tác địa phương Việt Nam - Hàn Quốc", "Ký Thỏa thuận với tỉnh Gyeonggi"),
    (["Italy", "Tây Ban Nha"], "12", "Làm việc với thành phố Milano, Barcelona", "Hợp tác thời trang, du lịch"),
]


def hcm_outbound(rng: random.Random) -> list[dict[str, Any]]:
    members = [
        "Lãnh đạo Sở Ngoại vụ, Sở Kế hoạch và Đầu tư",
        "Lãnh đạo Sở Công Thương, ITPC",
        "Lãnh đạo Sở Du lịch, Sở Văn hóa và Thể thao",
        "Lãnh đạo Sở Y tế, Sở Giáo dục và Đào tạo",
        "Lãnh đạo Sở Xây dựng, Sở Giao thông vận tải",
        "Đại diện doanh nghiệp Thành phố",
    ]
    rows = []
    for i, (countries, month, purpose, result) in enumerate(HCM_TRIPS):
        start = d(f"{rng.randint(3, 20):02d}/{month}/2017")
        end = span(rng, start, (3, 7), 2017)
        rows.append(
            {
                "truong_doan": HCM_LEADERS[i % len(HCM_LEADERS)],
                "thanh_phan": rng.choice(members),
                "quoc_gia": countries,
                "tu_ngay": start,
                "den_ngay": end,
                "so_nguoi": rng.randint(6, 16),
                "muc_dich": purpose,
                "ket_qua": result,
            }
        )
    return rows


def ho_chi_minh_2017(rng: random.Random) -> dict[str, Any]:
    standing = partners(pools.PARTNERS_HCM, 2017)
    assert len(standing) == 48 and sum(p["nam_thiet_lap"] == 2017 for p in standing) == 4, "seed 003"
    tt = agreements(
        [
            (
                "Kế hoạch hành động hợp tác giai đoạn 2017 - 2019",
                "Kế hoạch hợp tác",
                "Tỉnh Osaka",
                "Nhật Bản",
                "14/02/2017",
                "UBND Thành phố",
                "Kinh tế, đô thị",
                False,
            ),
            (
                "Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác với thành phố Tel Aviv-Yafo",
                "Bản ghi nhớ",
                "Thành phố Tel Aviv-Yafo",
                "Israel",
                "11/04/2017",
                "UBND Thành phố",
                "Toàn diện",
                True,
            ),
            (
                "Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác với Cộng hòa Tatarstan",
                "Bản ghi nhớ",
                "Cộng hòa Tatarstan",
                "Nga",
                "13/06/2017",
                "UBND Thành phố",
                "Toàn diện",
                True,
            ),
            (
                "Bản ghi nhớ thiết lập quan hệ hợp tác với bang Queensland",
                "Bản ghi nhớ",
                "Bang Queensland",
                "Australia",
                "13/06/2017",
                "UBND Thành phố",
                "Toàn diện",
                True,
            ),
            (
                "Thỏa thuận hợp tác đào tạo cán bộ quản lý đô thị",
                "Thỏa thuận hợp tác",
                "Trường Chính sách công Lý Quang Diệu",
                "Singapore",
                "12/07/2017",
                "Sở Nội vụ",
                "Đào tạo",
                False,
            ),
            (
                "Bản ghi nhớ thiết lập quan hệ hữu nghị và hợp tác với vùng Mazowieckie",
                "Bản ghi nhớ",
                "Vùng Mazowieckie",
                "Ba Lan",
                "17/07/2017",
                "UBND Thành phố",
                "Toàn diện",
                True,
            ),
            (
                "Thỏa thuận hợp tác về quản lý nước và chống ngập",
                "Thỏa thuận hợp tác",
                "Thành phố Rotterdam",
                "Hà Lan",
                "15/09/2017",
                "Sở Xây dựng",
                "Chống ngập, quản lý nước",
                False,
            ),
            (
                "Chương trình hợp tác giai đoạn 2017 - 2020",
                "Chương trình hợp tác",
                "Thành phố Thượng Hải",
                "Trung Quốc",
                "22/05/2017",
                "UBND Thành phố",
                "Toàn diện",
                False,
            ),
            (
                "Thỏa thuận hợp tác y tế",
                "Thỏa thuận hợp tác",
                "Thủ đô Phnôm Pênh",
                "Campuchia",
                "16/06/2017",
                "Sở Y tế",
                "Y tế",
                False,
            ),
            (
                "Thỏa thuận hợp tác xúc tiến thương mại",
                "Thỏa thuận hợp tác",
                "Tổ chức Xúc tiến Thương mại Nhật Bản",
                "Nhật Bản",
                "08/08/2017",
                "Sở Công Thương",
                "Thương mại",
                False,
            ),
            (
                "Thỏa thuận hợp tác giai đoạn 2018 - 2020",
                "Thỏa thuận hợp tác",
                "Tỉnh Gyeonggi",
                "Hàn Quốc",
                "16/11/2017",
                "UBND Thành phố",
                "Toàn diện",
                False,
            ),
            (
                "Thỏa thuận hợp tác phát triển du lịch",
                "Thỏa thuận hợp tác",
                "Thành phố Barcelona",
                "Tây Ban Nha",
                "12/12/2017",
                "Sở Du lịch",
                "Du lịch",
                False,
            ),
        ]
    )
    hn = events(
        [
            (
                "Hội nghị Liên minh Nghị viện Thế giới (IPU) khu vực châu Á - Thái Bình Dương",
                "Quốc hội, UBND Thành phố",
                "13/03/2017",
                "15/03/2017",
                "Khách sạn Majestic",
                160,
                220,
            ),
            (
                "Diễn đàn Doanh nghiệp Việt Nam - Israel",
                "ITPC, Đại sứ quán Israel",
                "22/03/2017",
                None,
                "Khách sạn Sheraton",
                250,
                80,
            ),
            (
                "Hội thảo quốc tế về thành phố thông minh",
                "Sở Thông tin và Truyền thông",
                "18/04/2017",
                "19/04/2017",
                "Trung tâm Hội nghị White Palace",
                400,
                120,
            ),
            (
                "Lễ hội Áo dài Thành phố Hồ Chí Minh lần thứ 4",
                "Sở Văn hóa và Thể thao",
                "04/03/2017",
                "12/03/2017",
                "Đường sách Nguyễn Văn Bình",
                600,
                150,
            ),
            (
                "Hội nghị Bộ trưởng Thương mại ASEAN - Nhật Bản (trù bị)",
                "Bộ Công Thương",
                "10/05/2017",
                "11/05/2017",
                "Khách sạn InterContinental",
                80,
                90,
            ),
            ("Diễn đàn Kinh tế Việt Nam - Tatarstan", "UBND Thành phố", "13/06/2017", None, "Khách sạn Rex", 180, 60),
            (
                "Hội nghị các Quan chức cao cấp APEC lần thứ ba (SOM 3) và các hội nghị liên quan",
                "Ủy ban Quốc gia APEC 2017",
                "18/08/2017",
                "01/09/2017",
                "Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC)",
                900,
                2100,
            ),
            (
                "Đối thoại chính sách cấp cao APEC về y tế và kinh tế",
                "Bộ Y tế",
                "28/08/2017",
                "29/08/2017",
                "Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC)",
                150,
                300,
            ),
            (
                "Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh (ITE HCMC 2017)",
                "Sở Du lịch",
                "07/09/2017",
                "09/09/2017",
                "Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC)",
                2500,
                650,
            ),
            (
                "Hội nghị xúc tiến đầu tư vào Thành phố Hồ Chí Minh năm 2017",
                "ITPC",
                "25/09/2017",
                None,
                "Khách sạn New World",
                500,
                180,
            ),
            (
                "Diễn đàn Doanh nghiệp Việt Nam - Canada",
                "ITPC, Tổng Lãnh sự quán Canada",
                "09/11/2017",
                None,
                "Khách sạn Park Hyatt",
                220,
                70,
            ),
            (
                "Diễn đàn Doanh nghiệp Việt Nam - Ba Lan",
                "ITPC, Đại sứ quán Ba Lan",
                "23/11/2017",
                None,
                "Khách sạn Sheraton",
                200,
                75,
            ),
            (
                "Liên hoan Phim quốc tế Thành phố Hồ Chí Minh",
                "Sở Văn hóa và Thể thao",
                "01/12/2017",
                "05/12/2017",
                "Nhà hát Thành phố",
                350,
                110,
            ),
            (
                "Hội nghị gặp gỡ các tổ chức phi chính phủ nước ngoài năm 2017",
                "Sở Ngoại vụ",
                "15/12/2017",
                None,
                "Trung tâm Hội nghị 272",
                90,
                120,
            ),
            (
                "Hội nghị tổng kết công tác đối ngoại năm 2017",
                "UBND Thành phố",
                "28/12/2017",
                None,
                "Hội trường UBND Thành phố",
                300,
                20,
            ),
        ]
    )
    return {
        "title": "Báo cáo tổng kết công tác đối ngoại năm 2017 — Sở Ngoại vụ Thành phố Hồ Chí Minh.",
        "source": "Hội nghị tổng kết công tác đối ngoại năm 2017 của Thành phố (155 đoàn khách quốc tế, 21 đoàn ra, "
        "12 văn bản hợp tác trong đó 4 bản ghi nhớ thiết lập quan hệ mới, 48 địa phương đối tác)",
        "nam": 2017,
        "co_quan": HCM_HEAD,
        "van_ban": van_ban(
            52,
            "26/12/2017",
            [
                "Như trên",
                "Ban Đối ngoại Trung ương",
                "Thường trực Thành ủy",
                "Thường trực UBND Thành phố",
                "Ban Đối ngoại Thành ủy",
                "Văn phòng UBND Thành phố",
                "Ban Giám đốc Sở",
            ],
            "VT, VP",
        ),
        "kinh_gui": addressees("Bộ Ngoại giao", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
        "nguoi_ky": signer("KT. Giám đốc", "Phó Giám đốc", "Trần Thị Bích Vân"),
        "pham_vi": "các đoàn do lãnh đạo Thành phố tiếp và Sở Ngoại vụ phục vụ",
        "nam_truoc": previous_totals(
            doan_vao="121",
            luot_nguoi_vao="1.512",
            doan_ra="17",
            luot_nguoi_ra="148",
            thoa_thuan="9",
            dia_phuong_doi_tac="44",
            hoi_nghi="14",
            du_an_pcpnn="15",
            vien_tro_cam_ket_usd="5.480.000",
            vien_tro_giai_ngan_usd="4.120.000",
        ),
        "noi_dung": prose.HO_CHI_MINH_2017,
        "doan_vao": hcm_inbound(rng),
        "doan_ra": hcm_outbound(rng),
        "thoa_thuan": tt,
        "hoi_nghi": hn,
        "du_an_pcpnn": aid(rng, 18, Decimal("7240000"), "USD", HCM_AREAS),
        "dia_phuong_doi_tac": standing,
        "so_lieu_khac": {
            "ho_chieu_ngoai_giao_cong_vu": 612,
            "thi_thuc_nhap_canh": 1480,
            "vu_bao_ho_cong_dan": 57,
            "luot_kieu_bao_ve_nuoc": 452000,
            "to_chuc_nuoc_ngoai_su_dung_lao_dong": 1356,
            "lao_dong_viet_nam_lam_viec": 12840,
            "phong_vien_nuoc_ngoai": 310,
            "tin_bai_thong_tin_doi_ngoai": 1250,
        },
    }


REPORTS: dict[str, Callable[[random.Random], dict[str, Any]]] = {
    "bao_cao_nam-da-nang-2021.yaml": da_nang_2021,
    "bao_cao_nam-da-nang-2022.yaml": da_nang_2022,
    "bao_cao_nam-tp-ho-chi-minh-2017.yaml": ho_chi_minh_2017,
}

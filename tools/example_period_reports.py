"""The example period reports: Đà Nẵng 6 tháng đầu năm 2022 and 2023, TP Hồ Chí Minh quý I năm 2023 and 2024.

Each report of a pair names the other as ``nam_truoc.tep``, so "cùng kỳ" is counted from last year's records in
the same window. The quarterly pair uses the cut-off of Điều 12 Nghị định 09/2019/NĐ-CP (15/12 of the previous
year to 14/3), so its records run from mid-December. Figures are invented to a plausible size for the period;
the header comment of each file says so.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import example_reports_pools as pools
from example_reports_data import DN_HEAD, DN_RECEIVERS, HCM_HEAD, addressees, signer, van_ban
from make_example_reports import inbound, partners

SOURCE = "số liệu minh họa có quy mô như báo cáo kỳ của các Sở Ngoại vụ; không phải số liệu công bố"


def between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def inbound_in(
    rng: random.Random, city: str, start: date, end: date, count: int, levels: set[str] | None = None
) -> list[dict[str, Any]]:
    """``count`` inbound delegations dated inside [start, end]."""
    records = inbound(rng, city, start.year, count, [1], levels)
    for r in records:
        r["tu_ngay"] = between(rng, start, end)
        r["den_ngay"] = r["tu_ngay"] + timedelta(days=rng.randint(1, 2)) if rng.random() < 0.3 else None
        if r["den_ngay"] and r["den_ngay"] > end:
            r["den_ngay"] = None
    return sorted(records, key=lambda r: r["tu_ngay"])


def outbound_in(
    rng: random.Random, rows: list[tuple[str, str, list[str], str, str, str]], start: date, end: date
) -> list[dict[str, Any]]:
    """(head, members, countries, level, purpose, result) → records dated inside [start, end]."""
    out = []
    for head, members, countries, level, purpose, result in rows:
        first = between(rng, start, end - timedelta(days=5))
        out.append(
            {
                "truong_doan": head,
                "thanh_phan": members,
                "cap": level,
                "quoc_gia": countries,
                "tu_ngay": first,
                "den_ngay": first + timedelta(days=rng.randint(2, 5)),
                "so_nguoi": rng.randint(5, 14),
                "muc_dich": purpose,
                "ket_qua": result,
            }
        )
    return sorted(out, key=lambda r: r["tu_ngay"])


def projects(
    rng: random.Random, rows: list[tuple[str, str, str, str, str]], start: date, end: date, areas: list[str]
) -> list[dict[str, Any]]:
    """(name, donor, country, field, amount currency) → projects approved inside [start, end]."""
    out = []
    for name, donor, country, field, money in rows:
        amount, currency = money.split()
        committed = Decimal(amount)
        out.append(
            {
                "ten": name,
                "nha_tai_tro": donor,
                "quoc_gia": country,
                "linh_vuc": field,
                "dia_ban": rng.choice(areas),
                "cam_ket": committed,
                "giai_ngan": (committed * Decimal(rng.randint(20, 60)) / 100).quantize(Decimal(1)),
                "tien_te": currency,
                "ngay_phe_duyet": between(rng, start, end),
            }
        )
    return out


def dated(rows: list[dict[str, Any]], key: str, rng: random.Random, start: date, end: date) -> list[dict[str, Any]]:
    for r in rows:
        r[key] = between(rng, start, end)
    return sorted(rows, key=lambda r: r[key])


DN_OUTBOUND = [
    (
        "Ông Trương Quang Nam, Chủ tịch UBND thành phố",
        "Lãnh đạo Văn phòng UBND thành phố, Sở Ngoại vụ, Sở Kế hoạch và Đầu tư",
        ["Nhật Bản"],
        "Lãnh đạo thành phố",
        "Xúc tiến đầu tư, làm việc với thành phố Sakai và thành phố Yokohama",
        "Thống nhất kế hoạch hợp tác đô thị thông minh; gặp gỡ 35 doanh nghiệp Nhật Bản",
    ),
    (
        "Ông Lê Minh Khoa, Phó Chủ tịch UBND thành phố",
        "Lãnh đạo Sở Du lịch, Sở Ngoại vụ",
        ["Hàn Quốc"],
        "Lãnh đạo thành phố",
        "Xúc tiến du lịch tại Seoul và Daegu",
        "Ký Biên bản hợp tác quảng bá du lịch với Tổ chức Du lịch Hàn Quốc",
    ),
    (
        "Ông Trần Phước Lợi, Phó Chủ tịch UBND thành phố",
        "Lãnh đạo Sở Công Thương, Trung tâm Xúc tiến Đầu tư",
        ["Singapore"],
        "Lãnh đạo thành phố",
        "Xúc tiến đầu tư vào Khu thương mại tự do Đà Nẵng",
        "Làm việc với 18 nhà đầu tư; trao đổi kinh nghiệm phát triển trung tâm tài chính",
    ),
    (
        "Ông Hồ Văn Sáng, Giám đốc Sở Ngoại vụ",
        "Chuyên viên Sở Ngoại vụ, Sở Giáo dục và Đào tạo",
        ["Lào"],
        "Cấp sở, ngành",
        "Làm việc với tỉnh Sekong và tỉnh Salavan về chương trình hỗ trợ đào tạo",
        "Thống nhất tiếp nhận 40 lưu học sinh Lào năm học 2023 - 2024",
    ),
    (
        "Bà Phạm Thu Hà, Giám đốc Sở Du lịch",
        "Đại diện Hiệp hội Du lịch, các doanh nghiệp lữ hành",
        ["Ấn Độ"],
        "Cấp sở, ngành",
        "Quảng bá điểm đến tại New Delhi và Mumbai",
        "Kết nối mở đường bay thẳng Ấn Độ - Đà Nẵng",
    ),
    (
        "Ông Nguyễn Hữu Phước, Giám đốc Sở Thông tin và Truyền thông",
        "Lãnh đạo Khu Công viên phần mềm, doanh nghiệp công nghệ",
        ["Hoa Kỳ"],
        "Cấp sở, ngành",
        "Kết nối hợp tác bán dẫn, đổi mới sáng tạo",
        "Làm việc với 12 doanh nghiệp và quỹ đầu tư công nghệ",
    ),
    (
        "Ông Phạm Văn Hùng, Phó Giám đốc Sở Y tế",
        "Bác sĩ Bệnh viện Đà Nẵng, Bệnh viện Ung bướu",
        ["Thái Lan"],
        "Cấp sở, ngành",
        "Học tập kinh nghiệm quản lý bệnh viện tại Khon Kaen",
        "Thống nhất trao đổi chuyên gia giữa hai bệnh viện",
    ),
    (
        "Bà Đoàn Thị Hương, Phó Chủ tịch UBND thành phố",
        "Lãnh đạo Sở Văn hóa và Thể thao, Sở Ngoại vụ",
        ["Pháp", "Bỉ"],
        "Lãnh đạo thành phố",
        "Quảng bá Lễ hội Pháo hoa quốc tế Đà Nẵng, làm việc với vùng Normandie",
        "Mời các đội pháo hoa châu Âu tham gia; thống nhất chương trình giao lưu văn hóa",
    ),
    (
        "Ông Trần Xuân Vinh, Phó Giám đốc Sở Kế hoạch và Đầu tư",
        "Chuyên viên Sở Kế hoạch và Đầu tư, Ban Quản lý Khu công nghệ cao",
        ["Đài Loan (Trung Quốc)"],
        "Cấp sở, ngành",
        "Xúc tiến đầu tư ngành điện tử, bán dẫn",
        "Gặp gỡ 20 doanh nghiệp; 02 doanh nghiệp đăng ký khảo sát",
    ),
    (
        "Ông Lê Hữu Tâm, Phó Giám đốc Sở Ngoại vụ",
        "Chuyên viên Sở Ngoại vụ",
        ["Campuchia"],
        "Cấp sở, ngành",
        "Làm việc với Thủ đô Phnôm Pênh về kế hoạch trao đổi đoàn",
        "Thống nhất kế hoạch hợp tác năm 2023",
    ),
    (
        "Ông Lương Văn Tùng, Phó Chủ tịch Thường trực HĐND thành phố",
        "Lãnh đạo các Ban HĐND thành phố",
        ["Lào"],
        "Lãnh đạo thành phố",
        "Thăm, làm việc với Hội đồng nhân dân tỉnh Champasak",
        "Trao đổi kinh nghiệm hoạt động của cơ quan dân cử",
    ),
    (
        "Bà Nguyễn Thị Mai Lan, Giám đốc Sở Lao động - Thương binh và Xã hội",
        "Chuyên viên Sở Lao động - Thương binh và Xã hội",
        ["Australia"],
        "Cấp sở, ngành",
        "Tìm hiểu chương trình lao động thời vụ nông nghiệp",
        "Thống nhất đầu mối trao đổi thông tin tuyển chọn lao động",
    ),
]

DN_AGREEMENTS_2023 = [
    {
        "ten": "Biên bản ghi nhớ hợp tác giữa thành phố Đà Nẵng và thành phố Gwangju",
        "loai": "Bản ghi nhớ",
        "doi_tac": "Thành phố Gwangju",
        "quoc_gia": "Hàn Quốc",
        "co_quan_ky": "UBND thành phố",
        "linh_vuc": "Văn hóa, giáo dục",
    },
    {
        "ten": "Thỏa thuận hợp tác về đào tạo nguồn nhân lực ngành bán dẫn",
        "loai": "Thỏa thuận hợp tác",
        "doi_tac": "Đại học Arizona",
        "quoc_gia": "Hoa Kỳ",
        "co_quan_ky": "Sở Thông tin và Truyền thông",
        "linh_vuc": "Đào tạo",
    },
    {
        "ten": "Kế hoạch hợp tác giữa thành phố Đà Nẵng và tỉnh Sekong năm 2023",
        "loai": "Kế hoạch hợp tác",
        "doi_tac": "Tỉnh Sekong",
        "quoc_gia": "Lào",
        "co_quan_ky": "UBND thành phố",
        "linh_vuc": "Toàn diện",
    },
    {
        "ten": "Biên bản hợp tác quảng bá du lịch",
        "loai": "Biên bản hợp tác",
        "doi_tac": "Tổ chức Du lịch Hàn Quốc (KTO)",
        "quoc_gia": "Hàn Quốc",
        "co_quan_ky": "Sở Du lịch",
        "linh_vuc": "Du lịch",
    },
    {
        "ten": "Thỏa thuận hợp tác y tế giai đoạn 2023 - 2025",
        "loai": "Thỏa thuận hợp tác",
        "doi_tac": "Bệnh viện Srinagarind, Đại học Khon Kaen",
        "quoc_gia": "Thái Lan",
        "co_quan_ky": "Sở Y tế",
        "linh_vuc": "Y tế",
    },
]

DN_AGREEMENTS_2022 = [
    {
        "ten": "Thỏa thuận hợp tác giữa thành phố Đà Nẵng và tỉnh Sekong giai đoạn 2022 - 2025",
        "loai": "Thỏa thuận hợp tác",
        "doi_tac": "Tỉnh Sekong",
        "quoc_gia": "Lào",
        "co_quan_ky": "UBND thành phố",
        "linh_vuc": "Toàn diện",
    },
    {
        "ten": "Thỏa thuận hợp tác phát triển đô thị thông minh",
        "loai": "Thỏa thuận hợp tác",
        "doi_tac": "Thành phố Yokohama",
        "quoc_gia": "Nhật Bản",
        "co_quan_ky": "UBND thành phố",
        "linh_vuc": "Đô thị thông minh",
    },
    {
        "ten": "Thỏa thuận hợp tác xúc tiến du lịch",
        "loai": "Thỏa thuận hợp tác",
        "doi_tac": "Tổ chức Du lịch Hàn Quốc (KTO)",
        "quoc_gia": "Hàn Quốc",
        "co_quan_ky": "Sở Du lịch",
        "linh_vuc": "Du lịch",
    },
]

DN_EVENTS_2023 = [
    ("Lễ hội Pháo hoa quốc tế Đà Nẵng năm 2023 (khai mạc)", "UBND thành phố", "Sông Hàn", 1200, 150),
    ("Diễn đàn Đầu tư Đà Nẵng năm 2023", "UBND thành phố", "Trung tâm Hội nghị Ariyana", 450, 180),
    ("Hội thảo quốc tế về phát triển vi mạch bán dẫn", "Sở Thông tin và Truyền thông", "Khách sạn Furama", 220, 60),
    ("Hội nghị gặp gỡ các tổ chức phi chính phủ nước ngoài", "Sở Ngoại vụ", "Hội trường Sở Ngoại vụ", 70, 65),
]

DN_EVENTS_2022 = [
    ("Hội nghị xúc tiến du lịch sau đại dịch", "Sở Du lịch", "Khách sạn Furama", 260, 45),
    ("Lễ hội Pháo hoa quốc tế Đà Nẵng năm 2022 (khai mạc)", "UBND thành phố", "Sông Hàn", 1000, 90),
]

DN_AID_2023 = [
    ("Cải thiện nước sạch và vệ sinh trường học", "Tổ chức East Meets West", "Hoa Kỳ", "Nước sạch", "3450000000 VND"),
    ("Hỗ trợ giáo dục mầm non hòa nhập", "Tổ chức Plan International", "Anh", "Giáo dục", "2800000000 VND"),
    ("Phẫu thuật nụ cười cho trẻ em", "Tổ chức Operation Smile", "Hoa Kỳ", "Y tế", "1950000000 VND"),
    ("Sinh kế cho hộ nghèo ven biển", "Tổ chức ChildFund", "Australia", "Phát triển cộng đồng", "4200000000 VND"),
    ("Nâng cao năng lực nhãn khoa", "Tổ chức Fred Hollows", "Australia", "Y tế", "95000 USD"),
    ("Bảo vệ trẻ em dựa vào cộng đồng", "Tổ chức World Vision", "Hoa Kỳ", "Trẻ em", "120000 USD"),
    ("Hỗ trợ người cao tuổi và người khuyết tật", "Tổ chức HelpAge", "Anh", "An sinh xã hội", "1650000000 VND"),
    ("Học bổng cho học sinh nghèo vượt khó", "Quỹ Hy vọng", "Nhật Bản", "Giáo dục", "780000000 VND"),
    ("Xây nhà an toàn cho hộ nghèo vùng thiên tai", "Tổ chức Habitat", "Hoa Kỳ", "Nhà ở", "64000 USD"),
    ("Tăng cường y tế cơ sở", "Tổ chức PATH", "Hoa Kỳ", "Y tế", "2300000000 VND"),
    ("Chăm sóc sức khỏe học đường", "Tổ chức Samaritan's Purse", "Hoa Kỳ", "Y tế", "48000 USD"),
]

DN_AID_2022 = [
    ("Cải thiện nước sạch và vệ sinh trường học", "Tổ chức East Meets West", "Hoa Kỳ", "Nước sạch", "2900000000 VND"),
    ("Phẫu thuật nụ cười cho trẻ em", "Tổ chức Operation Smile", "Hoa Kỳ", "Y tế", "1500000000 VND"),
    ("Hỗ trợ trẻ em có hoàn cảnh đặc biệt khó khăn", "Tổ chức ChildFund", "Australia", "Trẻ em", "2100000000 VND"),
    ("Nâng cao năng lực nhãn khoa", "Tổ chức Fred Hollows", "Australia", "Y tế", "70000 USD"),
    ("Học bổng cho học sinh nghèo vượt khó", "Quỹ Hy vọng", "Nhật Bản", "Giáo dục", "650000000 VND"),
    ("Hỗ trợ người cao tuổi và người khuyết tật", "Tổ chức HelpAge", "Anh", "An sinh xã hội", "1200000000 VND"),
    ("Xây nhà an toàn cho hộ nghèo vùng thiên tai", "Tổ chức Habitat", "Hoa Kỳ", "Nhà ở", "40000 USD"),
]

DN_AREAS = ["quận Hải Châu", "quận Thanh Khê", "quận Sơn Trà", "quận Liên Chiểu", "huyện Hòa Vang", "toàn thành phố"]


def dn_prose(year: int) -> dict[str, object]:
    """Sections of the Đà Nẵng half-year report; figures come from the records, never from here."""
    before = year - 1
    return {
        "mo_dau": (
            f"Thực hiện Công văn số {1530 + year % 10}/BNG-ĐP ngày 05 tháng 6 năm {year} của Bộ Ngoại giao về việc "
            f"báo cáo sơ kết công tác đối ngoại địa phương 6 tháng đầu năm {year}, Sở Ngoại vụ thành phố Đà Nẵng "
            f"báo cáo kết quả công tác đối ngoại 6 tháng đầu năm {year} và phương hướng, nhiệm vụ 6 tháng cuối năm "
            f"{year} như sau:"
        ),
        "tinh_hinh_chung": [
            (
                f"Sáu tháng đầu năm {year}, tình hình thế giới và khu vực tiếp tục diễn biến phức tạp; kinh tế toàn "
                "cầu phục hồi chậm, lạm phát ở mức cao tác động đến thương mại, đầu tư và du lịch quốc tế. Trong "
                "nước, các hoạt động giao lưu, hợp tác quốc tế được đẩy mạnh theo hình thức trực tiếp."
                if year == 2023
                else f"Sáu tháng đầu năm {year}, cả nước bước vào giai đoạn phục hồi sau đại dịch COVID-19; từ ngày "
                "15 tháng 3 năm 2022, hoạt động du lịch quốc tế được mở cửa trở lại, các hoạt động đối ngoại dần "
                "được khôi phục theo hình thức trực tiếp."
            ),
            "Dưới sự lãnh đạo của Ban Thường vụ Thành ủy, sự chỉ đạo của Ủy ban nhân dân thành phố và sự hướng dẫn "
            "của Bộ Ngoại giao, công tác đối ngoại của thành phố được triển khai chủ động, đồng bộ trên cả ba trụ "
            "cột đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân, phục vụ thiết thực nhiệm vụ phát triển "
            "kinh tế - xã hội của thành phố.",
        ],
        "tham_muu_chi_dao": (
            f"Sở Ngoại vụ đã tham mưu Ủy ban nhân dân thành phố ban hành Kế hoạch hoạt động đối ngoại năm {year} và "
            "triển khai Quy chế quản lý thống nhất hoạt động đối ngoại của thành phố; các hồ sơ đoàn ra, đoàn vào, "
            "hội nghị, hội thảo quốc tế được thẩm định đúng quy trình, thời hạn."
        ),
        "doan_vao": (
            "Các đoàn khách quốc tế được đón tiếp chu đáo, an toàn, đúng nghi lễ; nội dung làm việc tập trung vào "
            "hợp tác đầu tư, du lịch, giáo dục và khoa học công nghệ."
        ),
        "vien_tro_pcpnn": (
            "Công tác vận động, quản lý viện trợ phi chính phủ nước ngoài được thực hiện đúng quy định; các dự án "
            "tập trung vào y tế, giáo dục, nước sạch và hỗ trợ người yếu thế."
        ),
        "lanh_su": (
            "Sở đã phối hợp giải quyết kịp thời các vụ việc lãnh sự liên quan đến công dân thành phố ở nước ngoài "
            "và người nước ngoài trên địa bàn."
        ),
        "uu_diem": (
            "Công tác đối ngoại bám sát chủ trương của Trung ương và thành phố, được triển khai chủ động, linh hoạt; "
            "các hoạt động đối ngoại góp phần quảng bá hình ảnh, thu hút đầu tư và du lịch cho thành phố."
        ),
        "han_che": (
            "Một số thỏa thuận hợp tác đã ký chưa có kế hoạch triển khai cụ thể; việc phối hợp giữa các sở, ngành "
            "trong chuẩn bị nội dung tiếp khách có lúc chưa kịp thời."
        ),
        "du_bao": (
            f"Sáu tháng cuối năm {year}, tình hình thế giới được dự báo tiếp tục diễn biến phức tạp, khó lường; nhu "
            "cầu hợp tác, giao lưu với các đối tác truyền thống của thành phố tiếp tục tăng."
        ),
        "nhiem_vu": [
            f"Tiếp tục triển khai Kế hoạch hoạt động đối ngoại năm {year} của thành phố",
            f"Chuẩn bị chu đáo các đoàn lãnh đạo thành phố đi công tác nước ngoài trong 6 tháng cuối năm {year}",
            "Đẩy mạnh ngoại giao kinh tế, xúc tiến đầu tư vào Khu thương mại tự do Đà Nẵng",
            "Tăng cường vận động, quản lý viện trợ phi chính phủ nước ngoài",
        ],
        "kien_nghi": [
            (
                "Đối với Bộ Ngoại giao",
                f"Tiếp tục hỗ trợ thành phố kết nối với các địa phương nước ngoài; so với cùng kỳ năm {before}, nhu "
                "cầu trao đổi đoàn tăng, đề nghị Bộ hướng dẫn sớm thủ tục đoàn ra cấp cao.",
            ),
        ],
    }


HCM_OUTBOUND = [
    (
        "Ông Nguyễn Thanh Hải, Chủ tịch UBND Thành phố",
        "Lãnh đạo Văn phòng UBND Thành phố, Sở Ngoại vụ, Sở Kế hoạch và Đầu tư",
        ["Singapore"],
        "Lãnh đạo Thành phố",
        "Xúc tiến đầu tư, làm việc với Bộ Thương mại và Công nghiệp Singapore",
        "Thống nhất thúc đẩy hợp tác phát triển trung tâm tài chính quốc tế",
    ),
    (
        "Ông Đỗ Quang Vinh, Phó Chủ tịch UBND Thành phố",
        "Lãnh đạo Sở Ngoại vụ, Sở Công Thương",
        ["Hàn Quốc"],
        "Lãnh đạo Thành phố",
        "Làm việc với Thủ đô Seoul và thành phố Busan",
        "Ký Kế hoạch hợp tác với thành phố Busan",
    ),
    (
        "Ông Phạm Quốc Bảo, Giám đốc Sở Ngoại vụ",
        "Chuyên viên Sở Ngoại vụ",
        ["Lào", "Campuchia"],
        "Cấp sở, ngành",
        "Làm việc về công tác người Việt Nam ở nước ngoài",
        "Thăm hỏi cộng đồng người Việt Nam tại Viêng Chăn và Phnôm Pênh",
    ),
    (
        "Bà Võ Thị Thanh Tâm, Giám đốc Sở Du lịch",
        "Đại diện các doanh nghiệp lữ hành, lưu trú",
        ["Ấn Độ"],
        "Cấp sở, ngành",
        "Tham gia Hội chợ du lịch quốc tế tại New Delhi",
        "Quảng bá điểm đến Thành phố; kết nối 30 doanh nghiệp lữ hành",
    ),
    (
        "Bà Trần Thị Ngọc Mai, Phó Chủ tịch UBND Thành phố",
        "Lãnh đạo Sở Văn hóa và Thể thao",
        ["Nhật Bản"],
        "Lãnh đạo Thành phố",
        "Dự Lễ hội Việt Nam tại Osaka",
        "Thống nhất kế hoạch tổ chức Lễ hội Nhật Bản tại Thành phố",
    ),
    (
        "Ông Huỳnh Minh Đức, Phó Giám đốc Sở Khoa học và Công nghệ",
        "Đại diện các trường đại học, doanh nghiệp công nghệ",
        ["Israel"],
        "Cấp sở, ngành",
        "Học tập mô hình đổi mới sáng tạo",
        "Kết nối hợp tác giữa các vườn ươm doanh nghiệp",
    ),
    (
        "Ông Lâm Văn Khải, Phó Chủ tịch UBND Thành phố",
        "Lãnh đạo Sở Tài nguyên và Môi trường",
        ["Hà Lan"],
        "Lãnh đạo Thành phố",
        "Làm việc về chống ngập, thích ứng biến đổi khí hậu",
        "Thống nhất hợp tác kỹ thuật với thành phố Rotterdam",
    ),
]


def hcm_agreements(year: int) -> list[dict[str, Any]]:
    rows = [
        {
            "ten": f"Kế hoạch hợp tác giữa Thành phố Hồ Chí Minh và thành phố Busan giai đoạn {year} - {year + 2}",
            "loai": "Kế hoạch hợp tác",
            "doi_tac": "Thành phố Busan",
            "quoc_gia": "Hàn Quốc",
            "co_quan_ky": "UBND Thành phố",
            "linh_vuc": "Toàn diện",
        },
        {
            "ten": "Bản ghi nhớ hợp tác về phát triển nguồn nhân lực ngành y tế",
            "loai": "Bản ghi nhớ",
            "doi_tac": "Cơ quan Phát triển quốc tế Pháp (AFD)",
            "quoc_gia": "Pháp",
            "co_quan_ky": "Sở Y tế",
            "linh_vuc": "Y tế",
        },
        {
            "ten": "Thỏa thuận hợp tác xúc tiến thương mại",
            "loai": "Thỏa thuận hợp tác",
            "doi_tac": "Phòng Thương mại và Công nghiệp Singapore",
            "quoc_gia": "Singapore",
            "co_quan_ky": "Sở Công Thương",
            "linh_vuc": "Thương mại",
        },
    ]
    return rows if year == 2024 else rows[:2]


HCM_AID = [
    ("Chăm sóc, điều trị HIV/AIDS dựa vào cộng đồng", "Tổ chức FHI 360", "Hoa Kỳ", "Y tế", "185000 USD"),
    ("Hỗ trợ trẻ em có hoàn cảnh đặc biệt khó khăn", "Tổ chức Plan International", "Anh", "Trẻ em", "96000 USD"),
    ("Nâng cao năng lực chống ngập đô thị", "Tổ chức Caritas Đức", "Đức", "Môi trường", "120000 EUR"),
    ("Sinh kế cho phụ nữ yếu thế ở ngoại thành", "Tổ chức Oxfam", "Anh", "Phát triển cộng đồng", "1850000000 VND"),
    ("Hỗ trợ giáo dục hòa nhập cho trẻ khuyết tật", "Tổ chức Humanity & Inclusion", "Pháp", "Giáo dục", "64000 EUR"),
]

HCM_AREAS = ["Quận 8", "Quận 12", "quận Bình Tân", "huyện Củ Chi", "huyện Bình Chánh", "huyện Cần Giờ"]


def hcm_prose(year: int) -> dict[str, object]:
    return {
        "mo_dau": (
            f"Thực hiện Công văn số {610 + year % 10}/UBND-VX ngày 05 tháng 3 năm {year} của Ủy ban nhân dân Thành phố "
            f"về việc báo cáo định kỳ quý I năm {year}, Sở Ngoại vụ Thành phố Hồ Chí Minh báo cáo kết quả công tác "
            f"đối ngoại quý I năm {year} và phương hướng, nhiệm vụ quý II năm {year} như sau:"
        ),
        "tinh_hinh_chung": [
            f"Quý I năm {year}, tình hình thế giới tiếp tục biến động nhanh, phức tạp; kinh tế toàn cầu tăng trưởng "
            "chậm. Thành phố tập trung thực hiện các nhiệm vụ phát triển kinh tế - xã hội ngay từ đầu năm, trong đó "
            "công tác đối ngoại được triển khai chủ động, hiệu quả.",
            "Số liệu báo cáo được tính theo thời gian chốt số liệu của chế độ báo cáo định kỳ quý (từ ngày 15 tháng "
            "12 năm trước đến ngày 14 tháng cuối quý).",
        ],
        "ngoai_giao_kinh_te": (
            "Sở đã phối hợp tổ chức các hoạt động xúc tiến đầu tư, thương mại với các đối tác Singapore, Hàn Quốc, "
            "Nhật Bản; kết nối doanh nghiệp Thành phố với các cơ quan đại diện Việt Nam ở nước ngoài."
        ),
        "nguoi_viet_nam_o_nuoc_ngoai": (
            f"Sở đã phối hợp tổ chức Chương trình Xuân Quê hương năm {year} đón kiều bào về quê ăn Tết; thăm hỏi, hỗ "
            "trợ cộng đồng người Việt Nam tại Lào và Campuchia."
        ),
        "uu_diem": (
            "Công tác đối ngoại được triển khai đúng kế hoạch ngay từ đầu năm; các đoàn khách quốc tế được đón "
            "tiếp chu đáo, an toàn; hoạt động ngoại giao kinh tế được chú trọng."
        ),
        "han_che": (
            "Một số hoạt động đối ngoại dịp Tết Nguyên đán tập trung dày đặc; việc triển khai một số thỏa thuận hợp "
            "tác còn chậm."
        ),
        "muc_tieu": (
            f"Bám sát Kế hoạch hoạt động đối ngoại năm {year} của Thành phố, phục vụ hiệu quả các mục tiêu phát "
            f"triển kinh tế - xã hội trong quý II năm {year}."
        ),
        "nhiem_vu": [
            f"Chuẩn bị chu đáo các hoạt động đối ngoại của lãnh đạo Thành phố trong quý II năm {year}",
            "Tổ chức tốt các hội nghị, hội thảo quốc tế theo kế hoạch",
            "Tiếp tục triển khai các thỏa thuận hợp tác đã ký với các địa phương nước ngoài",
        ],
        "kien_nghi": [
            (
                "Đối với Bộ Ngoại giao",
                "Hỗ trợ Thành phố trong việc tổ chức các đoàn cấp cao và kết nối với các đối tác mới.",
            ),
        ],
    }


def da_nang_half(year: int) -> Any:
    def build(rng: random.Random) -> dict[str, Any]:
        start, end = date(year, 1, 1), date(year, 6, 30)
        opened = date(2022, 3, 15) if year == 2022 else start  # international travel reopened mid-March 2022
        vao = inbound_in(rng, "dn", opened, end, 36 if year == 2022 else 62)
        ra = outbound_in(rng, DN_OUTBOUND[: 4 if year == 2022 else 12], max(opened, date(year, 3, 1)), end)
        tt = dated(
            [dict(a) for a in (DN_AGREEMENTS_2022 if year == 2022 else DN_AGREEMENTS_2023)], "ngay_ky", rng, opened, end
        )
        events = DN_EVENTS_2022 if year == 2022 else DN_EVENTS_2023
        hn = dated(
            [
                {
                    "ten": n,
                    "don_vi_to_chuc": o,
                    "dia_diem": p,
                    "dai_bieu_viet_nam": v,
                    "dai_bieu_nuoc_ngoai": f,
                }
                for n, o, p, v, f in events
            ],
            "tu_ngay",
            rng,
            opened,
            end,
        )
        aid = projects(rng, DN_AID_2022 if year == 2022 else DN_AID_2023, start, end, DN_AREAS)
        previous = (
            "nam_truoc:\n  tep: bao_cao_nam-da-nang-6-thang-2022.yaml"
            if year == 2023
            else "nam_truoc:\n  so_lieu:\n    doan_vao: 6\n    luot_nguoi_vao: 41\n    doan_ra: 0\n    thoa_thuan: 1"
        )
        return {
            "title": f"Báo cáo công tác đối ngoại 6 tháng đầu năm {year} — Sở Ngoại vụ thành phố Đà Nẵng.",
            "source": SOURCE,
            "nam": year,
            "ky_bao_cao": "ky_bao_cao:\n  ky: 6_thang_dau_nam",
            "co_quan": DN_HEAD,
            "van_ban": van_ban(95 + year % 10, f"10/07/{year}", DN_RECEIVERS, "VT, HTQT"),
            "kinh_gui": addressees("Bộ Ngoại giao", "Ủy ban nhân dân thành phố Đà Nẵng"),
            "nguoi_ky": signer("KT. Giám đốc", "Phó Giám đốc", "Lê Hữu Tâm"),
            "pham_vi": "các đoàn do lãnh đạo thành phố tiếp và Sở Ngoại vụ phục vụ",
            "nam_truoc": previous,
            "noi_dung": dn_prose(year),
            "doan_vao": vao,
            "doan_ra": ra,
            "thoa_thuan": tt,
            "hoi_nghi": hn,
            "du_an_pcpnn": aid,
            "dia_phuong_doi_tac": partners(pools.PARTNERS_DN, year - 1),
            "so_lieu_khac": [
                {
                    "ten": "Hộ chiếu ngoại giao, công vụ cấp mới",
                    "don_vi": "cuốn",
                    "gia_tri": 31 if year == 2022 else 58,
                    "ma": "ho_chieu_ngoai_giao_cong_vu",
                    "muc": "lanh_su",
                },
                {
                    "ten": "Vụ việc bảo hộ công dân được giải quyết",
                    "don_vi": "vụ",
                    "gia_tri": 5 if year == 2022 else 9,
                    "ma": "vu_bao_ho_cong_dan",
                    "muc": "lanh_su",
                },
                {
                    "ten": "Lượt tiếp xã giao của lãnh đạo thành phố",
                    "don_vi": "lượt",
                    "gia_tri": 28 if year == 2022 else 54,
                    "ma": "tiep_xa_giao",
                },
            ],
        }

    return build


def hcm_first_quarter(year: int) -> Any:
    def build(rng: random.Random) -> dict[str, Any]:
        start, end = date(year - 1, 12, 15), date(year, 3, 14)
        vao = inbound_in(rng, "hcm", start, end, 44 if year == 2023 else 57)
        ra = outbound_in(rng, HCM_OUTBOUND[: 4 if year == 2023 else 7], date(year, 1, 3), end)
        tt = dated(hcm_agreements(year), "ngay_ky", rng, date(year, 1, 3), end)
        hn = dated(
            [
                {
                    "ten": f"Chương trình Xuân Quê hương năm {year}",
                    "don_vi_to_chuc": "UBND Thành phố",
                    "dia_diem": "Nhà hát Thành phố",
                    "dai_bieu_viet_nam": 600,
                    "dai_bieu_nuoc_ngoai": 850,
                },
                {
                    "ten": f"Hội nghị gặp gỡ Đoàn Ngoại giao nhân dịp Tết Nguyên đán năm {year}",
                    "don_vi_to_chuc": "Sở Ngoại vụ",
                    "dia_diem": "Hội trường UBND Thành phố",
                    "dai_bieu_viet_nam": 120,
                    "dai_bieu_nuoc_ngoai": 95,
                },
                {
                    "ten": "Diễn đàn Kinh tế Thành phố Hồ Chí Minh (phiên trù bị)",
                    "don_vi_to_chuc": "UBND Thành phố",
                    "dia_diem": "Trung tâm Hội nghị White Palace",
                    "dai_bieu_viet_nam": 300,
                    "dai_bieu_nuoc_ngoai": 140,
                },
            ][: 2 if year == 2023 else 3],
            "tu_ngay",
            rng,
            date(year, 1, 5),
            end,
        )
        aid = projects(rng, HCM_AID[: 3 if year == 2023 else 5], start, end, HCM_AREAS)
        if year == 2023:  # the same donors, smaller commitments the year before
            for project in aid:
                project["cam_ket"] = (project["cam_ket"] * Decimal("0.8")).quantize(Decimal(1))
                project["giai_ngan"] = (project["giai_ngan"] * Decimal("0.8")).quantize(Decimal(1))
        cut = "ky_bao_cao:\n  ky: quy\n  quy: I\n  chot_so_lieu: tu_15_den_14"
        previous = (
            "nam_truoc:\n  tep: bao_cao_nam-tp-ho-chi-minh-quy-i-2023.yaml"
            if year == 2024
            else "nam_truoc:\n  so_lieu:\n    doan_vao: 31\n    luot_nguoi_vao: 236\n    doan_ra: 2\n    hoi_nghi: 1"
        )
        return {
            "title": f"Báo cáo công tác đối ngoại quý I năm {year} — Sở Ngoại vụ Thành phố Hồ Chí Minh.",
            "source": SOURCE,
            "nam": year,
            "ky_bao_cao": cut,
            "co_quan": HCM_HEAD,
            "van_ban": van_ban(31 + year % 10, f"18/03/{year}", ["Như trên", "Thường trực UBND Thành phố"], "VT, VP"),
            "kinh_gui": addressees("Ủy ban nhân dân Thành phố Hồ Chí Minh"),
            "nguoi_ky": signer(None, "Giám đốc", "Phạm Quốc Bảo"),
            "pham_vi": "các đoàn do lãnh đạo Thành phố tiếp và Sở Ngoại vụ phục vụ",
            "nam_truoc": previous,
            "noi_dung": hcm_prose(year),
            "doan_vao": vao,
            "doan_ra": ra,
            "thoa_thuan": tt,
            "hoi_nghi": hn,
            "du_an_pcpnn": aid,
            "dia_phuong_doi_tac": partners(pools.PARTNERS_HCM, year - 1),
            "so_lieu_khac": [
                {
                    "ten": "Lượt kiều bào về thăm quê dịp Tết Nguyên đán",
                    "don_vi": "lượt người",
                    "gia_tri": 68000 if year == 2023 else 81500,
                    "ma": "kieu_bao_ve_tet",
                    "muc": "nguoi_viet_nam_o_nuoc_ngoai",
                },
            ],
        }

    return build


TEN_MONTHS = {
    "6 tháng đầu năm": "10 tháng đầu năm",
    "6 tháng cuối năm": "2 tháng cuối năm",
    "Sáu tháng đầu năm": "Mười tháng đầu năm",
    "Sáu tháng cuối năm": "Hai tháng cuối năm",
    "ngày 05 tháng 6 năm": "ngày 05 tháng 10 năm",
}


def _ten_months(value: Any) -> Any:
    """The half-year prose, said of ten months."""
    if isinstance(value, str):
        for half, ten in TEN_MONTHS.items():
            value = value.replace(half, ten)
        return value
    if isinstance(value, list):
        return [_ten_months(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_ten_months(v) for v in value)
    if isinstance(value, dict):
        return {k: _ten_months(v) for k, v in value.items()}
    return value


def da_nang_ten_months(rng: random.Random) -> dict[str, Any]:
    """10 tháng năm 2022 with the whole year's estimate, compared with the same ten months of the 2021 file."""
    spec: dict[str, Any] = da_nang_half(2022)(rng)
    end = date(2022, 10, 31)
    opened = date(2022, 3, 15)
    spec["doan_vao"] = inbound_in(rng, "dn", opened, end, 71)
    spec["doan_ra"] = outbound_in(rng, DN_OUTBOUND[:9], date(2022, 3, 1), end)
    spec["thoa_thuan"] = dated([dict(a) for a in DN_AGREEMENTS_2022], "ngay_ky", rng, opened, end)
    spec["du_an_pcpnn"] = projects(rng, DN_AID_2022, date(2022, 1, 1), end, DN_AREAS)
    for project in spec["hoi_nghi"]:
        project["tu_ngay"] = min(project["tu_ngay"], end)
    spec |= {
        "title": "Báo cáo công tác đối ngoại 10 tháng đầu năm 2022 và ước thực hiện cả năm — Sở Ngoại vụ thành "
        "phố Đà Nẵng.",
        "ky_bao_cao": "ky_bao_cao:\n  ky: n_thang_dau_nam\n  so_thang: 10",
        "van_ban": van_ban(186, "04/11/2022", DN_RECEIVERS, "VT, HTQT"),
        "nam_truoc": "nam_truoc:\n  tep: bao_cao_nam-da-nang-2021.yaml",
        "uoc_ca_nam": "uoc_ca_nam:\n  doan_vao: 88\n  luot_nguoi_vao: 860\n  doan_ra: 11\n  luot_nguoi_ra: 95\n"
        "  thoa_thuan: 5\n  hoi_nghi: 4\n  du_an_pcpnn: 9",
        "noi_dung": _ten_months(dn_prose(2022)),
    }
    return spec


PERIOD_REPORTS = {
    "bao_cao_nam-da-nang-6-thang-2022.yaml": da_nang_half(2022),
    "bao_cao_nam-da-nang-6-thang-2023.yaml": da_nang_half(2023),
    "bao_cao_nam-tp-ho-chi-minh-quy-i-2023.yaml": hcm_first_quarter(2023),
    "bao_cao_nam-tp-ho-chi-minh-quy-i-2024.yaml": hcm_first_quarter(2024),
    "bao_cao_nam-da-nang-10-thang-2022.yaml": da_nang_ten_months,
}

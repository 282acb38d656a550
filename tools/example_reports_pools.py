"""Pools of realistic records for ``make_example_reports.py``: delegations, partners, agreements, events, aid.

Countries, localities and organisations are real; people are never named (foreign guests appear by title,
the city's officials by fictional names), so an example can be shown to anyone without quoting a person.
"""

from __future__ import annotations

# (country, typical visiting level for an ambassador's call)
EMBASSIES = [
    "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Hoa Kỳ", "Nga", "Pháp", "Đức", "Anh", "Australia",
    "Canada", "Ấn Độ", "Thái Lan", "Singapore", "Malaysia", "Indonesia", "Philippines", "Lào", "Campuchia",
    "Myanmar", "Cuba", "Hà Lan", "Bỉ", "Italy", "Tây Ban Nha", "Thụy Sĩ", "Thụy Điển", "Đan Mạch", "Na Uy",
    "Phần Lan", "Ba Lan", "Hungary", "Séc", "Belarus", "Kazakhstan", "Israel", "Thổ Nhĩ Kỳ",
    "UAE", "Qatar", "New Zealand", "Mông Cổ", "Brazil", "Argentina", "Chile",
    "Nam Phi", "Ai Cập", "Áo", "Ireland", "Bulgaria", "Romania", "Slovakia",
]  # fmt: skip

CONSULATES_HCM = [
    "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Hoa Kỳ", "Nga", "Pháp", "Đức", "Anh", "Australia",
    "Canada", "Ấn Độ", "Thái Lan", "Singapore", "Malaysia", "Indonesia", "Philippines", "Lào", "Campuchia",
    "Cuba", "Hà Lan", "Thụy Sĩ", "New Zealand", "Italy", "Hungary",
]  # fmt: skip

CONSULATES_DN = ["Lào", "Campuchia", "Trung Quốc", "Nga", "Nhật Bản", "Hàn Quốc"]

# Partner localities: (name, country, year established, form)
PARTNERS_DN = [
    ("Thủ đô Viêng Chăn", "Lào", 2009), ("tỉnh Savannakhet", "Lào", 1999), ("tỉnh Salavan", "Lào", 2002),
    ("tỉnh Sekong", "Lào", 2002), ("tỉnh Champasak", "Lào", 2006), ("tỉnh Attapeu", "Lào", 2022),
    ("tỉnh Luang Prabang", "Lào", 2016), ("tỉnh Xiengkhouang", "Lào", 2015),
    ("Thủ đô Phnôm Pênh", "Campuchia", 2011), ("tỉnh Siem Reap", "Campuchia", 2013),
    ("tỉnh Khon Kaen", "Thái Lan", 2008), ("tỉnh Mukdahan", "Thái Lan", 2010), ("tỉnh Phuket", "Thái Lan", 2014),
    ("tỉnh Udon Thani", "Thái Lan", 2018),
    ("thành phố Quảng Châu", "Trung Quốc", 2012), ("thành phố Côn Minh", "Trung Quốc", 2010),
    ("thành phố Nam Ninh", "Trung Quốc", 2014),
    ("thành phố Daegu", "Hàn Quốc", 2005), ("thành phố Busan", "Hàn Quốc", 2007),
    ("tỉnh Gyeongsangbuk", "Hàn Quốc", 2011), ("thành phố Hwaseong", "Hàn Quốc", 2016),
    ("thành phố Gwangju", "Hàn Quốc", 2021), ("thành phố Ulsan", "Hàn Quốc", 2022),
    ("thành phố Sakai", "Nhật Bản", 2006), ("thành phố Yokohama", "Nhật Bản", 2013),
    ("thành phố Kitakyushu", "Nhật Bản", 2015), ("tỉnh Okayama", "Nhật Bản", 2017), ("tỉnh Wakayama", "Nhật Bản", 2019),
    ("thành phố Oakland", "Hoa Kỳ", 1995), ("thành phố Pittsburgh", "Hoa Kỳ", 2014), ("bang Hawaii", "Hoa Kỳ", 2018),
    ("thành phố Vladivostok", "Nga", 2012), ("thành phố Ekaterinburg", "Nga", 2017),
    ("thành phố Newcastle", "Australia", 2013), ("bang Bremen", "Đức", 2016),
    ("vùng Normandie", "Pháp", 2008), ("thành phố Venezia", "Italy", 2018),
    ("thành phố Davao", "Philippines", 2015), ("thành phố Surabaya", "Indonesia", 2016),
    ("bang Penang", "Malaysia", 2014), ("bang Gujarat", "Ấn Độ", 2019),
    ("tỉnh Podkarpackie", "Ba Lan", 2017), ("tỉnh Camagüey", "Cuba", 2011), ("vùng Mandalay", "Myanmar", 2016),
    ("thành phố Ulaanbaatar", "Mông Cổ", 2018), ("thành phố Wellington", "New Zealand", 2019),
    ("vùng Flanders", "Bỉ", 2012),
]  # fmt: skip

PARTNERS_HCM = [
    ("tỉnh Osaka", "Nhật Bản", 2007), ("thành phố Osaka", "Nhật Bản", 2007), ("thành phố Yokohama", "Nhật Bản", 2009),
    ("tỉnh Fukuoka", "Nhật Bản", 2008),
    ("thành phố Busan", "Hàn Quốc", 1995), ("Thủ đô Seoul", "Hàn Quốc", 2005), ("tỉnh Gyeonggi", "Hàn Quốc", 2006),
    ("thành phố Incheon", "Hàn Quốc", 2010),
    ("thành phố Thượng Hải", "Trung Quốc", 1994), ("thành phố Quảng Châu", "Trung Quốc", 1996),
    ("thành phố Thiên Tân", "Trung Quốc", 2005), ("thành phố Trùng Khánh", "Trung Quốc", 2007),
    ("thành phố Saint Petersburg", "Nga", 1998), ("thành phố Moskva", "Nga", 2001),
    ("thành phố Ekaterinburg", "Nga", 2009), ("Cộng hòa Tatarstan", "Nga", 2017),
    ("thành phố San Francisco", "Hoa Kỳ", 1995), ("bang California", "Hoa Kỳ", 2012), ("bang Hawaii", "Hoa Kỳ", 2014),
    ("bang New South Wales", "Australia", 2000), ("bang Victoria", "Australia", 2003),
    ("bang Queensland", "Australia", 2017), ("tỉnh Ontario", "Canada", 2013),
    ("vùng Île-de-France", "Pháp", 1996), ("thành phố Lyon", "Pháp", 1997),
    ("thành phố Leipzig", "Đức", 2004), ("bang Hessen", "Đức", 2014),
    ("thành phố Milano", "Italy", 2009), ("thành phố Barcelona", "Tây Ban Nha", 2010),
    ("thành phố Rotterdam", "Hà Lan", 2011), ("vùng Flanders", "Bỉ", 2012),
    ("vùng Mazowieckie", "Ba Lan", 2017), ("thành phố Tel Aviv-Yafo", "Israel", 2017),
    ("Thủ đô Viêng Chăn", "Lào", 2001), ("tỉnh Champasak", "Lào", 2002), ("tỉnh Savannakhet", "Lào", 2011),
    ("Thủ đô Phnôm Pênh", "Campuchia", 1999), ("tỉnh Siem Reap", "Campuchia", 2013),
    ("Thủ đô Băng Cốc", "Thái Lan", 2003), ("Lãnh thổ liên bang Kuala Lumpur", "Malaysia", 2005),
    ("Thủ đô Jakarta", "Indonesia", 2008), ("thành phố Manila", "Philippines", 1994),
    ("vùng Yangon", "Myanmar", 2014), ("bang Maharashtra", "Ấn Độ", 2015), ("thành phố La Habana", "Cuba", 1999),
    ("thành phố Ulaanbaatar", "Mông Cổ", 2006), ("thành phố Minsk", "Belarus", 2002),
    ("Thủ đô Budapest", "Hungary", 2016),
]  # fmt: skip

# Official visitors by level: (ten_doan, truong_doan, quoc_gia, cap, size range)
HIGH_LEVEL_HCM = [
    ("Đoàn đại biểu cấp cao Nhà nước Israel", "Tổng thống Nhà nước Israel", "Israel", "Cấp cao", (28, 40)),
    ("Đoàn đại biểu cấp cao Cộng hòa Ba Lan", "Tổng thống Cộng hòa Ba Lan", "Ba Lan", "Cấp cao", (30, 45)),
    ("Đoàn đại biểu Cộng hòa Tatarstan (Nga)", "Tổng thống Cộng hòa Tatarstan", "Nga",
     "Cấp cao", (25, 35)),
    ("Đoàn đại biểu cấp cao Canada", "Thủ tướng Canada", "Canada", "Cấp cao", (35, 50)),
    ("Đoàn đại biểu cấp cao Cộng hòa Singapore", "Thủ tướng Cộng hòa Singapore", "Singapore", "Cấp cao", (25, 40)),
    ("Đoàn đại biểu Quốc hội Cộng hòa Liên bang Myanmar", "Chủ tịch Quốc hội Liên bang Myanmar", "Myanmar",
     "Cấp cao", (20, 30)),
    ("Đoàn đại biểu Quốc hội Vương quốc Campuchia", "Chủ tịch Quốc hội Vương quốc Campuchia", "Campuchia",
     "Cấp cao", (25, 35)),
    ("Đoàn đại biểu cấp cao Cộng hòa Dân chủ Nhân dân Lào", "Phó Thủ tướng nước CHDCND Lào", "Lào", "Cấp cao",
     (18, 26)),
]  # fmt: skip

HIGH_LEVEL_DN = [
    ("Đoàn đại biểu cấp cao Cộng hòa Dân chủ Nhân dân Lào", "Phó Chủ tịch nước CHDCND Lào", "Lào", "Cấp cao",
     (22, 30)),
    ("Đoàn đại biểu Quốc hội Vương quốc Campuchia", "Phó Chủ tịch Quốc hội Vương quốc Campuchia", "Campuchia",
     "Cấp cao", (18, 25)),
    ("Đoàn đại biểu cấp cao Ấn Độ", "Phó Tổng thống Cộng hòa Ấn Độ", "Ấn Độ", "Cấp cao", (25, 35)),
]  # fmt: skip

MINISTRIES = [
    ("Đoàn Bộ Ngoại giao Nhật Bản", "Thứ trưởng Bộ Ngoại giao", "Nhật Bản"),
    ("Đoàn Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản", "Thứ trưởng", "Nhật Bản"),
    ("Đoàn Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc", "Thứ trưởng", "Hàn Quốc"),
    ("Đoàn Bộ Ngoại giao Hoa Kỳ", "Trợ lý Ngoại trưởng", "Hoa Kỳ"),
    ("Đoàn Bộ Giáo dục và Thể thao Lào", "Thứ trưởng", "Lào"),
    ("Đoàn Bộ Nội vụ Lào", "Thứ trưởng", "Lào"),
    ("Đoàn Bộ Du lịch Campuchia", "Quốc vụ khanh", "Campuchia"),
    ("Đoàn Bộ Thương mại Australia", "Thứ trưởng", "Australia"),
    ("Đoàn Bộ Kinh tế và Bảo vệ khí hậu Đức", "Quốc vụ khanh", "Đức"),
    ("Đoàn Bộ Ngoại giao và Thương mại Hungary", "Quốc vụ khanh", "Hungary"),
    ("Đoàn Bộ Thương mại Ấn Độ", "Thứ trưởng", "Ấn Độ"),
    ("Đoàn Bộ Ngoại giao Singapore", "Quốc vụ khanh cao cấp", "Singapore"),
    ("Đoàn Bộ Phát triển kinh tế Nga", "Thứ trưởng", "Nga"),
    ("Đoàn Bộ Ngoại giao Phần Lan", "Quốc vụ khanh", "Phần Lan"),
    ("Đoàn Bộ Thương mại Thái Lan", "Thứ trưởng", "Thái Lan"),
]

ORGANISATIONS = [
    ("Đoàn Ngân hàng Thế giới (WB)", "Ngân hàng Thế giới"),
    ("Đoàn Ngân hàng Phát triển châu Á (ADB)", "Ngân hàng Phát triển châu Á"),
    ("Đoàn Chương trình Phát triển Liên hợp quốc (UNDP)", "Liên hợp quốc"),
    ("Đoàn Quỹ Nhi đồng Liên hợp quốc (UNICEF)", "Liên hợp quốc"),
    ("Đoàn Tổ chức Y tế Thế giới (WHO)", "Liên hợp quốc"),
    ("Đoàn Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", "Nhật Bản"),
    ("Đoàn Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)", "Hàn Quốc"),
    ("Đoàn Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)", "Nhật Bản"),
    ("Đoàn Cơ quan Phát triển Pháp (AFD)", "Pháp"),
    ("Đoàn Tổ chức Hợp tác Quốc tế Đức (GIZ)", "Đức"),
    ("Đoàn Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)", "Hoa Kỳ"),
    ("Đoàn Ban Thư ký ASEAN", "ASEAN"),
]

BUSINESSES_HCM = [
    ("Đoàn Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam (JCCI)", "Nhật Bản"),
    ("Đoàn Phòng Thương mại Hoa Kỳ tại Việt Nam (AmCham)", "Hoa Kỳ"),
    ("Đoàn Phòng Thương mại châu Âu tại Việt Nam (EuroCham)", "Liên minh châu Âu"),
    ("Đoàn Phòng Thương mại và Công nghiệp Hàn Quốc (KORCHAM)", "Hàn Quốc"),
    ("Đoàn Hiệp hội Doanh nghiệp Singapore", "Singapore"),
    ("Đoàn Hội đồng Kinh doanh Hoa Kỳ - ASEAN", "Hoa Kỳ"),
    ("Đoàn doanh nghiệp tỉnh Osaka (Nhật Bản)", "Nhật Bản"),
    ("Đoàn doanh nghiệp bang Victoria (Australia)", "Australia"),
    ("Đoàn doanh nghiệp Đài Loan (Trung Quốc)", "Đài Loan (Trung Quốc)"),
    ("Đoàn doanh nghiệp Ấn Độ do Liên đoàn Công nghiệp Ấn Độ (CII) tổ chức", "Ấn Độ"),
    ("Đoàn Tập đoàn Mitsubishi Corporation", "Nhật Bản"),
    ("Đoàn Tập đoàn Samsung", "Hàn Quốc"),
    ("Đoàn Tập đoàn Intel", "Hoa Kỳ"),
    ("Đoàn Tập đoàn Siemens", "Đức"),
    ("Đoàn Tập đoàn Lotte", "Hàn Quốc"),
    ("Đoàn Tập đoàn AEON", "Nhật Bản"),
    ("Đoàn Tập đoàn CapitaLand", "Singapore"),
    ("Đoàn Tập đoàn SCG", "Thái Lan"),
    ("Đoàn Hiệp hội Doanh nghiệp Pháp tại Việt Nam", "Pháp"),
    ("Đoàn Hội đồng Doanh nghiệp Australia tại Việt Nam", "Australia"),
]

BUSINESSES_DN = [
    ("Đoàn Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tại Đà Nẵng", "Nhật Bản"),
    ("Đoàn Hiệp hội Doanh nghiệp Nhật Bản tại Đà Nẵng", "Nhật Bản"),
    ("Đoàn Phòng Thương mại Hoa Kỳ tại Việt Nam (AmCham)", "Hoa Kỳ"),
    ("Đoàn Phòng Thương mại châu Âu tại Việt Nam (EuroCham)", "Liên minh châu Âu"),
    ("Đoàn Hiệp hội Thương mại Hàn Quốc (KITA)", "Hàn Quốc"),
    ("Đoàn doanh nghiệp thành phố Sakai (Nhật Bản)", "Nhật Bản"),
    ("Đoàn doanh nghiệp tỉnh Gyeongsangbuk (Hàn Quốc)", "Hàn Quốc"),
    ("Đoàn Tập đoàn Mabuchi Motor", "Nhật Bản"),
    ("Đoàn Tập đoàn Universal Alloy Corporation", "Hoa Kỳ"),
    ("Đoàn Tập đoàn Foster Electric", "Nhật Bản"),
    ("Đoàn Công ty Sun Asterisk", "Nhật Bản"),
    ("Đoàn Tập đoàn Hyosung", "Hàn Quốc"),
    ("Đoàn Hiệp hội Doanh nghiệp Ấn Độ tại Việt Nam (INCHAM)", "Ấn Độ"),
    ("Đoàn Hội đồng Doanh nghiệp Australia tại Việt Nam", "Australia"),
    ("Đoàn Hiệp hội Du lịch Hàn Quốc", "Hàn Quốc"),
    ("Đoàn Hiệp hội Lữ hành Ấn Độ", "Ấn Độ"),
]

UNIVERSITIES = [
    ("Đoàn Đại học Quốc gia Singapore (NUS)", "Singapore"),
    ("Đoàn Đại học Tokyo", "Nhật Bản"),
    ("Đoàn Đại học Quốc gia Seoul", "Hàn Quốc"),
    ("Đoàn Đại học RMIT", "Australia"),
    ("Đoàn Đại học Harvard", "Hoa Kỳ"),
    ("Đoàn Đại học Kỹ thuật Munich", "Đức"),
    ("Đoàn Đại học Quốc gia Lào", "Lào"),
    ("Đoàn Đại học Khon Kaen", "Thái Lan"),
    ("Đoàn Đại học Western Sydney", "Australia"),
    ("Đoàn Đại học Arizona State", "Hoa Kỳ"),
]

INBOUND_CONTENT = {
    "Cấp cao": [
        "Hội kiến lãnh đạo Thành ủy, UBND {tp}; thăm một số cơ sở kinh tế, văn hóa",
        "Làm việc với lãnh đạo {tp} về thúc đẩy hợp tác kinh tế, thương mại, đầu tư",
        "Thăm, làm việc và dự diễn đàn doanh nghiệp song phương tại {tp}",
    ],
    "Cấp bộ": [
        "Làm việc với lãnh đạo UBND {tp} về hợp tác phát triển nguồn nhân lực",
        "Trao đổi về triển khai các dự án hợp tác trên địa bàn",
        "Khảo sát, tìm hiểu môi trường đầu tư, kinh doanh",
        "Làm việc về hợp tác thương mại, logistics và chuỗi cung ứng",
    ],
    "Cấp tỉnh": [
        "Trao đổi kế hoạch triển khai thỏa thuận hợp tác giữa hai địa phương",
        "Thăm, làm việc, thúc đẩy hợp tác giáo dục, y tế và giao lưu nhân dân",
        "Dự lễ kỷ niệm ngày thiết lập quan hệ hợp tác giữa hai địa phương",
        "Trao đổi hợp tác xúc tiến du lịch, mở đường bay trực tiếp",
    ],
    "Cấp đại sứ": [
        "Chào xã giao nhân dịp nhận nhiệm kỳ công tác tại Việt Nam",
        "Trao đổi về hợp tác kinh tế, thương mại, văn hóa với {tp}",
        "Chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác",
        "Làm việc về chuẩn bị các hoạt động kỷ niệm quan hệ ngoại giao",
    ],
    "Cấp tổng lãnh sự": [
        "Chào xã giao nhân dịp nhận nhiệm kỳ công tác",
        "Trao đổi về công tác lãnh sự, bảo hộ công dân và hỗ trợ doanh nghiệp",
        "Chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác",
    ],
    "": [
        "Tìm hiểu cơ hội đầu tư, kinh doanh tại {tp}",
        "Làm việc về hợp tác phát triển nguồn nhân lực, công nghệ thông tin",
        "Trao đổi hợp tác trong lĩnh vực y tế, giáo dục",
        "Khảo sát thị trường, kết nối doanh nghiệp",
        "Giới thiệu chương trình hỗ trợ kỹ thuật, đề xuất dự án hợp tác",
    ],
}

"""The staff-written sections (``noi_dung``) of the example annual reports, in administrative Vietnamese.

The prose never repeats a figure the report counts from its records (delegations, agreements, projects):
those sentences come from the template, so the prose only adds what records cannot say.
"""

from __future__ import annotations

DA_NANG_2022: dict[str, object] = {
    "mo_dau": (
        "Thực hiện Công văn số 4127/BNG-ĐP ngày 21 tháng 11 năm 2022 của Bộ Ngoại giao về việc báo cáo tổng kết "
        "công tác đối ngoại địa phương năm 2022 và Công văn số 8350/UBND-NgV ngày 30 tháng 11 năm 2022 của Ủy ban "
        "nhân dân thành phố Đà Nẵng, Sở Ngoại vụ thành phố Đà Nẵng báo cáo kết quả công tác đối ngoại năm 2022 và "
        "phương hướng, nhiệm vụ năm 2023 như sau:"
    ),
    "tinh_hinh_chung": [
        "Năm 2022, tình hình thế giới và khu vực diễn biến phức tạp, khó lường; xung đột quân sự giữa Nga và "
        "Ukraine, cạnh tranh chiến lược giữa các nước lớn, lạm phát và đứt gãy chuỗi cung ứng tác động tiêu cực "
        "đến kinh tế toàn cầu. Trong nước, với việc mở cửa trở lại hoạt động du lịch quốc tế từ ngày 15 tháng 3 "
        "năm 2022, các hoạt động đối ngoại, giao lưu quốc tế dần được khôi phục theo hình thức trực tiếp.",
        "Trong bối cảnh đó, dưới sự lãnh đạo của Ban Thường vụ Thành ủy, sự chỉ đạo sát sao của Ủy ban nhân dân "
        "thành phố và sự hướng dẫn của Bộ Ngoại giao, công tác đối ngoại của thành phố được triển khai chủ động, "
        "linh hoạt, đồng bộ trên cả ba trụ cột đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân dân; gắn kết "
        "chặt chẽ giữa ngoại giao chính trị, ngoại giao kinh tế và ngoại giao văn hóa, phục vụ thiết thực mục tiêu "
        "phục hồi và phát triển kinh tế - xã hội của thành phố sau đại dịch COVID-19.",
        "Quan hệ với các đối tác truyền thống, nhất là các địa phương của Lào, Campuchia, Nhật Bản, Hàn Quốc tiếp "
        "tục được củng cố; nhiều hoạt động trao đổi đoàn, xúc tiến đầu tư, du lịch được tổ chức trở lại. Vị thế, "
        "hình ảnh của thành phố Đà Nẵng trên trường quốc tế tiếp tục được nâng lên, góp phần tích cực vào thành "
        "công chung của công tác đối ngoại cả nước.",
    ],
    "tham_muu_chi_dao": [
        "Sở Ngoại vụ đã tham mưu Ủy ban nhân dân thành phố ban hành Kế hoạch hoạt động đối ngoại năm 2022, Kế "
        "hoạch triển khai Chỉ thị số 15-CT/TW ngày 10 tháng 8 năm 2022 của Ban Bí thư về công tác ngoại giao kinh "
        "tế phục vụ phát triển đất nước đến năm 2030 và Kế hoạch thực hiện Chiến lược ngoại giao văn hóa đến năm "
        "2030 trên địa bàn thành phố. Công tác quản lý thống nhất các hoạt động đối ngoại theo Quy chế quản lý "
        "thống nhất hoạt động đối ngoại của thành phố được thực hiện nghiêm túc; 100% hồ sơ đoàn ra, đoàn vào, "
        "hội nghị, hội thảo quốc tế được thẩm định đúng quy trình, thời hạn.",
        "Sở đã phối hợp với các sở, ngành, địa phương chuẩn bị chu đáo nội dung, chương trình cho lãnh đạo thành "
        "phố tiếp các đoàn khách quốc tế; kịp thời tham mưu các biện pháp mở cửa trở lại các hoạt động đối ngoại "
        "an toàn, hiệu quả sau đại dịch.",
    ],
    "doi_ngoai_dang": [
        "Sở đã phối hợp với Ban Tuyên giáo Thành ủy, Văn phòng Thành ủy phục vụ lãnh đạo Thành ủy tiếp các đoàn "
        "của Đảng Nhân dân Cách mạng Lào, Đảng Nhân dân Campuchia, Đảng Cộng sản Trung Quốc và Đảng Dân chủ Tự do "
        "Nhật Bản; tham mưu Ban Thường vụ Thành ủy triển khai Kết luận số 12-KL/TW của Bộ Chính trị về công tác "
        "người Việt Nam ở nước ngoài và các văn bản chỉ đạo của Ban Đối ngoại Trung ương.",
    ],
    "dia_phuong_doi_tac": [
        "Thành phố tiếp tục duy trì quan hệ hữu nghị đặc biệt với các địa phương của Lào; triển khai Đề án tăng "
        "cường quan hệ hợp tác, hữu nghị giữa thành phố Đà Nẵng với các địa phương của Lào, tập trung vào hỗ trợ "
        "đào tạo nguồn nhân lực, y tế và xây dựng công trình hữu nghị. Quan hệ với các địa phương của Nhật Bản, "
        "Hàn Quốc được khôi phục mạnh mẽ với nhiều đoàn trao đổi trực tiếp; thành phố đã thiết lập quan hệ hợp tác "
        "với tỉnh Attapeu (Lào) và thành phố Ulsan (Hàn Quốc).",
    ],
    "doan_ra": [
        "Các đoàn ra tập trung vào xúc tiến đầu tư, thương mại, du lịch tại các thị trường trọng điểm và thăm, "
        "làm việc với các địa phương của Lào; nhiều đoàn kết hợp tham dự hội chợ, diễn đàn quốc tế để quảng bá "
        "hình ảnh thành phố. Công tác thẩm định, quản lý đoàn ra được thực hiện chặt chẽ, đúng mục đích, tiết "
        "kiệm; các đoàn đều báo cáo kết quả theo quy định.",
    ],
    "doan_vao": [
        "Tiêu biểu là các đoàn cấp cao của Lào, Campuchia, Ấn Độ; nhiều đoàn Đại sứ, Tổng Lãnh sự các nước và "
        "lãnh đạo các địa phương đối tác đã đến thăm, làm việc ngay khi các hoạt động đối ngoại được khôi phục. Công "
        "tác lễ tân, hậu cần, an ninh được chuẩn bị chu đáo, bảo đảm an toàn tuyệt đối, để lại ấn tượng tốt đẹp "
        "với khách quốc tế.",
    ],
    "thoa_thuan": [
        "Các thỏa thuận quốc tế được ký kết đúng thẩm quyền, trình tự theo Luật Thỏa thuận quốc tế năm 2020; Sở "
        "đã lấy ý kiến Bộ Ngoại giao và các bộ, ngành liên quan đối với các văn bản thuộc diện phải lấy ý kiến. "
        "Việc rà soát, đánh giá hiệu quả các thỏa thuận đã ký được thực hiện định kỳ, kịp thời đề xuất chấm dứt "
        "các văn bản không còn hiệu lực thực tế.",
    ],
    "hoi_nghi": [
        "Các hội nghị, sự kiện quốc tế được tổ chức an toàn, thành công, trong đó nổi bật là Lễ hội Pháo hoa quốc "
        "tế Đà Nẵng năm 2022 sau hai năm gián đoạn và Diễn đàn Đầu tư Đà Nẵng năm 2022, góp phần quảng bá mạnh mẽ "
        "hình ảnh thành phố an toàn, thân thiện, mến khách.",
    ],
    "ngoai_giao_kinh_te": [
        "Sở đã phối hợp với Trung tâm Xúc tiến Đầu tư, Sở Kế hoạch và Đầu tư tổ chức nhiều buổi làm việc với các "
        "nhà đầu tư Nhật Bản, Hàn Quốc, Hoa Kỳ, Singapore; giới thiệu các dự án kêu gọi đầu tư vào Khu Công nghệ "
        "cao, các khu công nghiệp và lĩnh vực logistics. Trong năm, thành phố thu hút 41 dự án FDI mới với tổng "
        "vốn đăng ký hơn 250 triệu USD; kim ngạch xuất khẩu hàng hóa ước đạt 1,8 tỷ USD.",
        "Công tác hỗ trợ doanh nghiệp được chú trọng: Sở đã cung cấp thông tin thị trường, kết nối doanh nghiệp "
        "thành phố với các cơ quan đại diện Việt Nam ở nước ngoài và tổ chức chương trình đối thoại giữa lãnh đạo "
        "thành phố với cộng đồng doanh nghiệp nước ngoài.",
    ],
    "ngoai_giao_van_hoa": [
        "Sở đã tham mưu tổ chức các hoạt động ngoại giao văn hóa gắn với kỷ niệm 60 năm thiết lập quan hệ ngoại "
        "giao Việt Nam - Lào, 45 năm ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào và 30 năm thiết lập quan hệ "
        "ngoại giao Việt Nam - Hàn Quốc. Công tác thông tin đối ngoại được đẩy mạnh trên Cổng thông tin điện tử "
        "thành phố và các trang mạng xã hội; Sở đã hỗ trợ các phóng viên nước ngoài tác nghiệp tại thành phố.",
    ],
    "vien_tro_pcpnn": [
        "Các chương trình, dự án tập trung vào lĩnh vực y tế, giáo dục, hỗ trợ người khuyết tật, trẻ em có hoàn "
        "cảnh khó khăn và ứng phó biến đổi khí hậu. Công tác thẩm định, phê duyệt và giám sát viện trợ được thực "
        "hiện chặt chẽ theo Nghị định số 80/2020/NĐ-CP của Chính phủ; Sở đã tổ chức gặp mặt các tổ chức phi chính "
        "phủ nước ngoài nhân dịp cuối năm để tri ân và định hướng hợp tác.",
    ],
    "lanh_su": [
        "Công tác lãnh sự được thực hiện kịp thời, đúng quy định; Sở đã phối hợp với các cơ quan đại diện Việt "
        "Nam ở nước ngoài giải quyết các vụ việc bảo hộ công dân, chủ yếu liên quan đến ngư dân bị nước ngoài bắt "
        "giữ và công dân gặp nạn ở nước ngoài. Việc hợp pháp hóa, chứng nhận lãnh sự được thực hiện trực tuyến ở "
        "mức độ 4, rút ngắn thời gian giải quyết hồ sơ.",
    ],
    "nguoi_viet_nam_o_nuoc_ngoai": [
        "Sở đã tổ chức chương trình Xuân Quê hương năm 2022 theo hình thức kết hợp trực tiếp và trực tuyến, kết "
        "nối kiều bào trí thức, doanh nhân đóng góp ý kiến xây dựng thành phố; phối hợp triển khai công tác phòng "
        "ngừa người Việt Nam xuất cảnh, di cư trái phép và lao động bất hợp pháp ở nước ngoài.",
    ],
    "quan_ly_to_chuc_nuoc_ngoai": [
        "Sở đã thực hiện tốt việc quản lý, hỗ trợ 05 cơ quan lãnh sự nước ngoài đóng trên địa bàn; tuyển chọn, "
        "giới thiệu và quản lý người lao động Việt Nam làm việc cho các tổ chức, cá nhân nước ngoài, bảo đảm "
        "quyền, lợi ích hợp pháp của người lao động.",
    ],
    "bien_gioi": [
        "Sở đã phối hợp tuyên truyền về chủ quyền biển, đảo, Công ước của Liên hợp quốc về Luật Biển năm 1982 "
        "cho cán bộ, ngư dân; tham gia phối hợp xử lý các vụ việc liên quan đến tàu cá và ngư dân của thành phố "
        "hoạt động trên các vùng biển.",
    ],
    "doi_ngoai_nhan_dan": [
        "Liên hiệp các tổ chức hữu nghị thành phố và các hội hữu nghị song phương đã tổ chức nhiều hoạt động giao "
        "lưu nhân dân với Lào, Campuchia, Nhật Bản, Hàn Quốc; vận động các nguồn lực hỗ trợ người dân bị ảnh hưởng "
        "bởi bão số 4 và số 5 năm 2022.",
    ],
    "thi_dua_khen_thuong": [
        "Sở đã đề nghị Bộ Ngoại giao tặng Kỷ niệm chương “Vì sự nghiệp Ngoại giao Việt Nam” cho 06 cá nhân; đề "
        "nghị Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen cho 02 tập thể và 05 cá nhân có thành tích xuất "
        "sắc trong công tác đối ngoại năm 2022.",
    ],
    "uu_diem": [
        "Công tác đối ngoại năm 2022 được triển khai toàn diện, đúng định hướng, bám sát nhiệm vụ chính trị của "
        "thành phố; các hoạt động đối ngoại được khôi phục nhanh sau đại dịch, nhiều hoạt động có quy mô lớn được "
        "tổ chức thành công. Công tác tham mưu của Sở Ngoại vụ kịp thời, chất lượng; sự phối hợp giữa các cơ quan, "
        "đơn vị trong quản lý hoạt động đối ngoại ngày càng chặt chẽ.",
        "Ngoại giao kinh tế tiếp tục là trọng tâm, góp phần thu hút đầu tư, phục hồi du lịch; ngoại giao văn hóa "
        "và thông tin đối ngoại được đẩy mạnh, hình ảnh thành phố được quảng bá rộng rãi.",
    ],
    "han_che": [
        "Một số thỏa thuận hợp tác với địa phương nước ngoài chưa được triển khai hiệu quả, còn mang tính hình "
        "thức. Việc theo dõi, đánh giá kết quả sau các đoàn ra, đoàn vào ở một số cơ quan, đơn vị chưa thường "
        "xuyên. Công tác thu hút các dự án đầu tư quy mô lớn, công nghệ cao còn hạn chế; nguồn viện trợ phi chính "
        "phủ nước ngoài có xu hướng giảm.",
    ],
    "nguyen_nhan_khach_quan": [
        "Tình hình kinh tế thế giới suy giảm, xung đột và cạnh tranh chiến lược tác động đến dòng vốn đầu tư và "
        "viện trợ; hậu quả của đại dịch COVID-19 khiến nhiều đối tác chưa khôi phục hoàn toàn hoạt động hợp tác.",
    ],
    "nguyen_nhan_chu_quan": [
        "Một số cơ quan, đơn vị chưa chủ động xây dựng kế hoạch triển khai sau ký kết; đội ngũ cán bộ làm công tác "
        "đối ngoại ở cấp quận, huyện còn mỏng, chưa được đào tạo chuyên sâu về nghiệp vụ và ngoại ngữ.",
    ],
    "bai_hoc": [
        "Thứ nhất, công tác đối ngoại phải bám sát sự lãnh đạo của Thành ủy, sự chỉ đạo của Ủy ban nhân dân thành "
        "phố và hướng dẫn của Bộ Ngoại giao. Thứ hai, phải gắn kết chặt chẽ ba trụ cột đối ngoại và các mặt ngoại "
        "giao chính trị, kinh tế, văn hóa. Thứ ba, chủ động, linh hoạt trong lựa chọn hình thức và đối tác hợp "
        "tác, lấy hiệu quả thực chất làm thước đo.",
    ],
    "du_bao": [
        "Năm 2023, tình hình thế giới được dự báo tiếp tục diễn biến phức tạp; kinh tế toàn cầu tăng trưởng chậm, "
        "lạm phát ở mức cao. Tuy nhiên, việc các nước mở cửa hoàn toàn, nhu cầu dịch chuyển đầu tư và chuỗi cung "
        "ứng sang khu vực Đông Nam Á mở ra nhiều cơ hội cho thành phố trong thu hút đầu tư, phát triển du lịch và "
        "mở rộng hợp tác quốc tế.",
    ],
    "muc_tieu": [
        "Triển khai hiệu quả đường lối đối ngoại của Đại hội XIII của Đảng và Nghị quyết số 43-NQ/TW của Bộ Chính "
        "trị về xây dựng và phát triển thành phố Đà Nẵng; giữ vững môi trường hòa bình, ổn định; huy động tối đa "
        "nguồn lực bên ngoài phục vụ phát triển kinh tế - xã hội; nâng cao vị thế, hình ảnh thành phố.",
    ],
    "nhiem_vu": [
        "Tham mưu Ủy ban nhân dân thành phố ban hành và tổ chức thực hiện Kế hoạch hoạt động đối ngoại năm 2023, "
        "bảo đảm quản lý thống nhất các hoạt động đối ngoại trên địa bàn",
        "Triển khai Chỉ thị số 15-CT/TW của Ban Bí thư về ngoại giao kinh tế; tổ chức các chương trình xúc tiến "
        "đầu tư tại Nhật Bản, Hàn Quốc, Hoa Kỳ và thị trường mới ở Trung Đông",
        "Củng cố quan hệ với các địa phương của Lào, Campuchia; kỷ niệm các ngày lễ lớn trong quan hệ Việt Nam - "
        "Lào, Việt Nam - Campuchia",
        "Rà soát, nâng cao hiệu quả các thỏa thuận hợp tác đã ký; nghiên cứu thiết lập quan hệ với các địa phương "
        "có thế mạnh về công nghệ cao, kinh tế biển",
        "Đăng cai tổ chức thành công các sự kiện quốc tế lớn, gắn ngoại giao văn hóa với quảng bá du lịch",
        "Tăng cường vận động viện trợ phi chính phủ nước ngoài cho các lĩnh vực y tế, giáo dục, an sinh xã hội",
        "Làm tốt công tác lãnh sự, bảo hộ công dân và công tác người Việt Nam ở nước ngoài",
        "Nâng cao năng lực đội ngũ cán bộ làm công tác đối ngoại, nhất là ngoại ngữ và kỹ năng đàm phán",
    ],
    "kien_nghi": [
        (
            "Đối với Bộ Ngoại giao",
            "Đề nghị Bộ Ngoại giao tiếp tục hỗ trợ thành phố kết nối với các đối tác lớn, các địa phương nước ngoài "
            "có tiềm năng; sớm thành lập Văn phòng đại diện của Cục Lãnh sự tại Đà Nẵng để hỗ trợ xử lý các vụ việc "
            "bảo hộ công dân, nhất là đối với ngư dân; tổ chức các khóa bồi dưỡng nghiệp vụ đối ngoại cho cán bộ "
            "địa phương.",
        ),
        (
            "Đối với Ban Đối ngoại Trung ương",
            "Đề nghị Ban Đối ngoại Trung ương tiếp tục hướng dẫn địa phương triển khai công tác đối ngoại Đảng và "
            "đối ngoại nhân dân; chia sẻ thông tin tình hình các đảng, tổ chức chính trị nước ngoài có quan hệ với "
            "thành phố.",
        ),
        (
            "Đối với Bộ Kế hoạch và Đầu tư",
            "Đề nghị Bộ Kế hoạch và Đầu tư hỗ trợ thành phố xúc tiến các dự án đầu tư nước ngoài quy mô lớn vào Khu "
            "Công nghệ cao và các khu công nghiệp; hướng dẫn thống nhất quy trình quản lý nguồn viện trợ phi chính "
            "phủ nước ngoài.",
        ),
    ],
}

DA_NANG_2021: dict[str, object] = {
    "mo_dau": (
        "Thực hiện Công văn số 3985/BNG-ĐP ngày 15 tháng 11 năm 2021 của Bộ Ngoại giao về việc báo cáo tổng kết "
        "công tác đối ngoại địa phương năm 2021, Sở Ngoại vụ thành phố Đà Nẵng báo cáo như sau:"
    ),
    "tinh_hinh_chung": [
        "Năm 2021, đại dịch COVID-19 tiếp tục diễn biến phức tạp với sự xuất hiện của các biến chủng mới; nhiều "
        "quốc gia áp dụng biện pháp hạn chế đi lại, giao thương quốc tế bị gián đoạn. Thành phố Đà Nẵng trải qua "
        "nhiều đợt bùng phát dịch, phải thực hiện giãn cách xã hội trong các tháng 5, 7 và 8, ảnh hưởng nặng nề "
        "đến hoạt động kinh tế - xã hội, nhất là du lịch, dịch vụ.",
        "Trong bối cảnh đó, Sở Ngoại vụ đã chủ động tham mưu chuyển đổi phương thức hoạt động đối ngoại, đẩy mạnh "
        "các hình thức trực tuyến; tập trung ngoại giao vắc xin, vận động các đối tác quốc tế hỗ trợ trang thiết "
        "bị y tế, vật tư phòng, chống dịch; đồng thời duy trì quan hệ với các đối tác truyền thống và chuẩn bị "
        "các điều kiện để mở cửa trở lại khi tình hình cho phép.",
    ],
    "tham_muu_chi_dao": [
        "Sở đã tham mưu Ủy ban nhân dân thành phố ban hành Kế hoạch hoạt động đối ngoại năm 2021 và điều chỉnh kế "
        "hoạch phù hợp với tình hình dịch bệnh; xây dựng Đề án tổng thể công tác ngoại giao kinh tế thành phố giai "
        "đoạn 2021 - 2025 và Kế hoạch công tác ngoại giao văn hóa thành phố giai đoạn 2021 - 2025.",
    ],
    "dia_phuong_doi_tac": [
        "Thành phố duy trì liên lạc thường xuyên với các địa phương đối tác qua hình thức trực tuyến, thư chúc "
        "mừng, thư thăm hỏi; trao tặng vật tư y tế cho các tỉnh Sekong, Salavan, Attapeu của Lào. Trong năm, "
        "thành phố đã thiết lập quan hệ hợp tác hữu nghị với thành phố Gwangju (Hàn Quốc).",
    ],
    "doan_ra": [
        "Do tác động của dịch bệnh, hoạt động đoàn ra bị hạn chế; thành phố chỉ tổ chức đoàn đi Lào vào cuối năm "
        "để trao tặng vật tư y tế và làm việc với các tỉnh Nam Lào.",
    ],
    "doan_vao": [
        "Các đoàn vào chủ yếu là Đại sứ, Tổng Lãnh sự các nước tại Việt Nam đến chào xã giao và trao đổi hợp tác "
        "trong các thời điểm dịch bệnh được kiểm soát; nhiều cuộc tiếp xúc khác được chuyển sang hình thức trực "
        "tuyến.",
    ],
    "hoi_nghi": [
        "Các hội nghị, hội thảo quốc tế chủ yếu được tổ chức theo hình thức trực tuyến hoặc kết hợp, bảo đảm đúng "
        "quy định về phòng, chống dịch và quản lý hội nghị quốc tế.",
    ],
    "ngoai_giao_kinh_te": [
        "Sở đã phối hợp tổ chức các hội thảo trực tuyến về xúc tiến đầu tư, thương mại với các đối tác của Hoa Kỳ, "
        "Ấn Độ, Thụy Điển, Đức, Nhật Bản, Hàn Quốc; hỗ trợ các doanh nghiệp có vốn đầu tư nước ngoài duy trì sản "
        "xuất trong điều kiện dịch bệnh và đề xuất cơ chế đón chuyên gia nước ngoài vào làm việc.",
    ],
    "ngoai_giao_van_hoa": [
        "Công tác thông tin đối ngoại tập trung tuyên truyền về công tác phòng, chống dịch và hình ảnh thành phố "
        "an toàn; Sở đã phối hợp thực hiện các ấn phẩm giới thiệu môi trường đầu tư bằng tiếng Anh, tiếng Nhật và "
        "tiếng Hàn.",
    ],
    "vien_tro_pcpnn": [
        "Nhiều tổ chức phi chính phủ nước ngoài đã kịp thời hỗ trợ thành phố trang thiết bị y tế, vật tư phòng, "
        "chống dịch và nhu yếu phẩm cho người dân bị ảnh hưởng bởi dịch bệnh; các dự án dài hạn về giáo dục, y tế "
        "tiếp tục được duy trì.",
    ],
    "lanh_su": [
        "Sở đã phối hợp hỗ trợ đưa công dân Việt Nam từ nước ngoài về nước trên các chuyến bay đặc biệt, bố trí "
        "cách ly an toàn; giải quyết các vụ việc bảo hộ ngư dân và công dân gặp khó khăn ở nước ngoài.",
    ],
    "nguoi_viet_nam_o_nuoc_ngoai": [
        "Chương trình Xuân Quê hương năm 2021 được tổ chức theo hình thức trực tuyến; kiều bào đã đóng góp kinh "
        "phí, vật tư ủng hộ Quỹ phòng, chống dịch COVID-19 của thành phố.",
    ],
    "quan_ly_to_chuc_nuoc_ngoai": [
        "Sở đã thực hiện quản lý, hỗ trợ các cơ quan lãnh sự và tổ chức nước ngoài trên địa bàn trong thời gian "
        "giãn cách, bảo đảm hoạt động bình thường và an toàn cho người lao động.",
    ],
    "uu_diem": [
        "Công tác đối ngoại được triển khai linh hoạt, thích ứng với tình hình dịch bệnh; ngoại giao vắc xin và "
        "vận động viện trợ đạt kết quả thiết thực, góp phần vào công tác phòng, chống dịch của thành phố. Quan hệ "
        "với các đối tác truyền thống được duy trì, tạo tiền đề cho việc khôi phục hợp tác sau đại dịch.",
    ],
    "han_che": [
        "Nhiều hoạt động đối ngoại theo kế hoạch không thể thực hiện; hiệu quả của các hoạt động trực tuyến trong "
        "xúc tiến đầu tư, thương mại chưa cao. Việc triển khai các thỏa thuận hợp tác đã ký bị chậm lại.",
    ],
    "nguyen_nhan_khach_quan": [
        "Đại dịch COVID-19 diễn biến phức tạp, các nước áp dụng biện pháp hạn chế nhập cảnh kéo dài.",
    ],
    "nguyen_nhan_chu_quan": [
        "Hạ tầng, kỹ năng tổ chức hoạt động đối ngoại trực tuyến của một số cơ quan, đơn vị chưa đáp ứng yêu cầu.",
    ],
    "bai_hoc": [
        "Chủ động nắm bắt tình hình, linh hoạt chuyển đổi phương thức hoạt động; giữ liên lạc thường xuyên với đối "
        "tác trong mọi hoàn cảnh để sẵn sàng khôi phục hợp tác khi điều kiện cho phép.",
    ],
    "du_bao": [
        "Năm 2022, việc bao phủ vắc xin và chuyển sang thích ứng an toàn, linh hoạt với dịch bệnh sẽ tạo điều kiện "
        "mở cửa trở lại các hoạt động giao lưu quốc tế, du lịch; tuy nhiên cạnh tranh thu hút đầu tư giữa các địa "
        "phương sẽ ngày càng gay gắt.",
    ],
    "muc_tieu": [
        "Khôi phục và mở rộng các hoạt động đối ngoại trực tiếp, phục vụ phục hồi kinh tế - xã hội; thu hút đầu tư, "
        "khách du lịch quốc tế trở lại thành phố.",
    ],
    "nhiem_vu": [
        "Tham mưu Kế hoạch hoạt động đối ngoại năm 2022 gắn với lộ trình mở cửa trở lại du lịch quốc tế",
        "Khôi phục trao đổi đoàn với các địa phương đối tác, ưu tiên Lào, Campuchia, Nhật Bản, Hàn Quốc",
        "Triển khai Đề án tổng thể công tác ngoại giao kinh tế thành phố giai đoạn 2021 - 2025",
        "Triển khai Kế hoạch công tác ngoại giao văn hóa thành phố giai đoạn 2021 - 2025",
        "Vận động viện trợ phi chính phủ nước ngoài cho y tế cơ sở và an sinh xã hội sau đại dịch",
        "Làm tốt công tác bảo hộ công dân, công tác người Việt Nam ở nước ngoài",
    ],
    "kien_nghi": [
        (
            "Đối với Bộ Ngoại giao",
            "Đề nghị Bộ Ngoại giao hướng dẫn thống nhất quy trình đón các đoàn khách quốc tế và chuyên gia nước ngoài "
            "trong điều kiện thích ứng an toàn với dịch bệnh; hỗ trợ thành phố tiếp cận nguồn vắc xin và thiết bị y "
            "tế từ các đối tác quốc tế.",
        ),
        (
            "Đối với Bộ Y tế",
            "Đề nghị Bộ Y tế hướng dẫn cụ thể về cách ly, xét nghiệm đối với khách quốc tế khi mở cửa trở lại du lịch.",
        ),
    ],
}

HO_CHI_MINH_2017: dict[str, object] = {
    "mo_dau": (
        "Thực hiện Công văn số 4312/BNG-ĐP ngày 20 tháng 11 năm 2017 của Bộ Ngoại giao về việc báo cáo tổng kết "
        "công tác đối ngoại năm 2017 và Công văn số 7186/UBND-VX ngày 28 tháng 11 năm 2017 của Ủy ban nhân dân "
        "Thành phố, Sở Ngoại vụ Thành phố Hồ Chí Minh báo cáo kết quả công tác đối ngoại năm 2017 và phương "
        "hướng, nhiệm vụ năm 2018 như sau:"
    ),
    "tinh_hinh_chung": [
        "Năm 2017, tình hình thế giới và khu vực tiếp tục diễn biến nhanh chóng, phức tạp; xu hướng bảo hộ thương "
        "mại gia tăng, cạnh tranh chiến lược giữa các nước lớn tác động đến khu vực châu Á - Thái Bình Dương. Việt "
        "Nam đảm nhận thành công vai trò chủ nhà Năm APEC 2017, vị thế và uy tín của đất nước được nâng lên rõ rệt.",
        "Trong bối cảnh đó, hoạt động đối ngoại của Thành phố tiếp tục được triển khai theo hướng chủ động, tích "
        "cực, đúng kế hoạch, bảo đảm tính hiệu quả và đồng bộ trên các kênh đối ngoại Đảng, chính quyền và nhân "
        "dân; toàn diện trên tất cả các trụ cột ngoại giao chính trị, ngoại giao kinh tế, ngoại giao văn hóa và "
        "công tác người Việt Nam ở nước ngoài.",
        "Thành phố đã tổ chức hơn 260 cuộc tiếp khách quốc tế và sự kiện đối ngoại, đón nhiều đoàn cấp cao vào dự "
        "các sự kiện quốc tế quan trọng, trong đó có các sự kiện của Năm APEC 2017; quan hệ với các địa phương, "
        "tổ chức quốc tế tiếp tục được mở rộng, đi vào chiều sâu, phục vụ thiết thực yêu cầu phát triển kinh tế - "
        "xã hội của Thành phố.",
    ],
    "tham_muu_chi_dao": [
        "Sở Ngoại vụ đã tham mưu Ủy ban nhân dân Thành phố ban hành Chương trình hoạt động đối ngoại năm 2017, Kế "
        "hoạch phục vụ các sự kiện Năm APEC 2017 tại Thành phố và Kế hoạch thực hiện Chương trình hành động của "
        "Thành ủy về hội nhập quốc tế. Công tác quản lý thống nhất hoạt động đối ngoại được thực hiện chặt chẽ "
        "theo Quyết định số 272-QĐ/TW của Bộ Chính trị và Quy chế quản lý thống nhất hoạt động đối ngoại của Thành "
        "phố.",
    ],
    "doi_ngoai_dang": [
        "Sở đã phối hợp với Ban Đối ngoại Thành ủy phục vụ lãnh đạo Thành ủy tiếp các đoàn của Đảng Cộng sản Trung "
        "Quốc, Đảng Nhân dân Cách mạng Lào, Đảng Nhân dân Campuchia, Đảng Nước Nga thống nhất và Đảng Cộng sản "
        "Cuba; tham mưu nội dung làm việc, bảo đảm đúng định hướng chính trị và nghi lễ đối ngoại Đảng.",
    ],
    "dia_phuong_doi_tac": [
        "Thành phố đã ký bản ghi nhớ thiết lập quan hệ hữu nghị, hợp tác với Cộng hòa Tatarstan (Nga), vùng "
        "Mazowieckie (Ba Lan), thành phố Tel Aviv-Yafo (Israel) và bang Queensland (Australia); đồng thời tổ "
        "chức các hoạt động kỷ niệm ngày thiết lập quan hệ với thành phố Busan, thành phố San Francisco, thành phố "
        "Manila.",
    ],
    "doan_ra": [
        "Các đoàn lãnh đạo Thành phố đi nước ngoài tập trung vào thúc đẩy quan hệ với các địa phương đối tác, xúc "
        "tiến đầu tư, thương mại, du lịch và học tập kinh nghiệm quản lý đô thị thông minh, phát triển trung tâm "
        "tài chính; nhiều đoàn đã ký kết được các văn bản hợp tác và thu hút được dự án đầu tư cụ thể.",
    ],
    "doan_vao": [
        "Tiêu biểu là các đoàn do Tổng thống Israel, Tổng thống Ba Lan, Tổng thống Tatarstan, Thủ tướng Canada, "
        "Thủ tướng Singapore, Chủ tịch Quốc hội Myanmar và Chủ tịch Quốc hội Campuchia dẫn đầu; Thành phố cũng "
        "đón nhiều đoàn cấp cao vào dự các sự kiện quốc tế như Hội nghị Liên minh Nghị viện Thế giới khu vực châu "
        "Á - Thái Bình Dương, Hội chợ Du lịch quốc tế (ITE) và các sự kiện Năm APEC 2017.",
    ],
    "thoa_thuan": [
        "Các văn bản hợp tác được ký kết đúng thẩm quyền theo Pháp lệnh ký kết và thực hiện thỏa thuận quốc tế; "
        "nội dung tập trung vào các lĩnh vực thế mạnh của Thành phố như thương mại, đầu tư, giáo dục, y tế, quản "
        "lý đô thị và đổi mới sáng tạo.",
    ],
    "hoi_nghi": [
        "Thành phố đã phục vụ chu đáo, an toàn Hội nghị các Quan chức cao cấp APEC lần thứ ba (SOM 3) và chuỗi "
        "hội nghị liên quan, được Ủy ban Quốc gia APEC 2017 và các nền kinh tế thành viên đánh giá cao.",
    ],
    "ngoai_giao_kinh_te": [
        "Ngoại giao kinh tế tiếp tục được xác định là nhiệm vụ trọng tâm. Thành phố đã tổ chức nhiều hội nghị xúc "
        "tiến đầu tư tại Nhật Bản, Hàn Quốc, Hoa Kỳ, châu Âu; năm 2017 thu hút hơn 6,4 tỷ USD vốn đầu tư trực tiếp "
        "nước ngoài, bao gồm vốn đăng ký mới, vốn tăng thêm và góp vốn, mua cổ phần.",
        "Sở đã phối hợp với Trung tâm Xúc tiến Thương mại và Đầu tư Thành phố tổ chức các diễn đàn doanh nghiệp "
        "nhân dịp các đoàn cấp cao đến thăm, kết nối hàng trăm doanh nghiệp trong và ngoài nước.",
    ],
    "ngoai_giao_van_hoa": [
        "Thành phố đã tổ chức thành công Lễ hội Việt Nam tại Nhật Bản, Tuần Văn hóa Thành phố Hồ Chí Minh tại "
        "Saint Petersburg, các hoạt động giao lưu văn hóa nhân kỷ niệm quan hệ ngoại giao với các nước. Công tác "
        "thông tin đối ngoại được đẩy mạnh, hướng dẫn và hỗ trợ phóng viên nước ngoài tác nghiệp tại các sự kiện "
        "APEC và các chuyến thăm cấp cao.",
    ],
    "vien_tro_pcpnn": [
        "Các dự án tập trung vào lĩnh vực y tế, giáo dục, hỗ trợ trẻ em có hoàn cảnh đặc biệt khó khăn, phòng, "
        "chống HIV/AIDS và phát triển cộng đồng. Sở đã tổ chức Hội nghị gặp gỡ các tổ chức phi chính phủ nước "
        "ngoài nhằm trao đổi, định hướng ưu tiên hợp tác của Thành phố.",
    ],
    "lanh_su": [
        "Công tác lãnh sự được thực hiện kịp thời, hiệu quả; Sở đã phối hợp với Cục Lãnh sự, các cơ quan đại diện "
        "Việt Nam ở nước ngoài giải quyết các vụ việc bảo hộ công dân, hỗ trợ thân nhân đưa thi hài, tro cốt công "
        "dân về nước; phục vụ thủ tục nhập cảnh cho khách mời dự các sự kiện APEC.",
    ],
    "nguoi_viet_nam_o_nuoc_ngoai": [
        "Ủy ban về người Việt Nam ở nước ngoài Thành phố đã tổ chức chương trình Xuân Quê hương, Hội nghị kiều bào "
        "trí thức, doanh nhân đóng góp ý kiến xây dựng Thành phố; vận động kiều bào tham gia các chương trình đầu "
        "tư, chuyển giao công nghệ và hỗ trợ người nghèo.",
    ],
    "quan_ly_to_chuc_nuoc_ngoai": [
        "Sở đã phối hợp quản lý tốt hoạt động của các cơ quan lãnh sự, văn phòng đại diện tổ chức quốc tế trên "
        "địa bàn; hỗ trợ mở Văn phòng Lãnh sự danh dự của El Salvador tại Thành phố.",
    ],
    "doi_ngoai_nhan_dan": [
        "Liên hiệp các tổ chức hữu nghị Thành phố đã tổ chức nhiều hoạt động giao lưu nhân dân, vận động sự ủng "
        "hộ của bạn bè quốc tế đối với lập trường của Việt Nam về vấn đề Biển Đông; các tổ chức hữu nghị song "
        "phương hoạt động sôi nổi, góp phần tăng cường hiểu biết, tình hữu nghị giữa nhân dân Thành phố với nhân "
        "dân các nước.",
    ],
    "thi_dua_khen_thuong": [
        "Nhân dịp Hội nghị tổng kết, Bộ Ngoại giao đã trao tặng Kỷ niệm chương “Vì sự nghiệp Ngoại giao Việt Nam” "
        "cho lãnh đạo Thành phố; nhiều tập thể, cá nhân được khen thưởng vì thành tích phục vụ các sự kiện Năm "
        "APEC 2017.",
    ],
    "uu_diem": [
        "Công tác đối ngoại năm 2017 đạt nhiều kết quả nổi bật, đóng góp vào thành công chung của ngành ngoại giao, "
        "đặc biệt trong các sự kiện Năm APEC 2017. Hoạt động đối ngoại được triển khai đồng bộ, toàn diện, đúng "
        "định hướng; công tác tham mưu của các cơ quan kịp thời, chất lượng.",
        "Quan hệ với các địa phương, tổ chức quốc tế được mở rộng; ngoại giao kinh tế góp phần thu hút vốn đầu tư, "
        "mở rộng thị trường; hình ảnh năng động, thân thiện của Thành phố được quảng bá rộng rãi.",
    ],
    "han_che": [
        "Công tác dự báo tình hình, tham mưu chiến lược về đối ngoại có lúc chưa theo kịp yêu cầu. Một số thỏa "
        "thuận hợp tác chưa được triển khai cụ thể; việc phối hợp giữa các sở, ngành trong tổ chức các đoàn ra, "
        "đoàn vào có lúc còn chưa chặt chẽ. Đội ngũ cán bộ làm công tác đối ngoại ở một số đơn vị còn thiếu và "
        "chưa đồng đều về năng lực.",
    ],
    "nguyen_nhan_khach_quan": [
        "Số lượng đoàn khách quốc tế và sự kiện đối ngoại tăng nhanh, tập trung vào một số thời điểm trong năm, "
        "nhất là dịp APEC, trong khi nguồn lực phục vụ có hạn.",
    ],
    "nguyen_nhan_chu_quan": [
        "Một số cơ quan, đơn vị chưa quan tâm đúng mức đến việc xây dựng kế hoạch triển khai sau ký kết và báo cáo "
        "kết quả hoạt động đối ngoại; công tác đào tạo, bồi dưỡng cán bộ chưa được thực hiện thường xuyên.",
    ],
    "bai_hoc": [
        "Bám sát chủ trương, đường lối đối ngoại của Đảng và sự chỉ đạo của Bộ Ngoại giao; phối hợp chặt chẽ giữa "
        "các kênh đối ngoại; chủ động chuẩn bị từ sớm, phân công rõ trách nhiệm đối với các sự kiện lớn; lấy hiệu "
        "quả kinh tế - xã hội làm thước đo của hoạt động đối ngoại.",
    ],
    "du_bao": [
        "Năm 2018, tình hình thế giới tiếp tục diễn biến phức tạp, khó lường; tuy nhiên hòa bình, hợp tác và phát "
        "triển vẫn là xu thế lớn. Việc thực thi các hiệp định thương mại tự do thế hệ mới mở ra nhiều cơ hội, "
        "đồng thời đặt ra yêu cầu cao hơn đối với Thành phố trong hội nhập quốc tế.",
    ],
    "muc_tieu": [
        "Tích cực, chủ động nâng cao chất lượng hội nhập quốc tế; bảo đảm ổn định an ninh chính trị; củng cố và mở "
        "rộng quan hệ hợp tác với các địa phương, tổ chức quốc tế, phục vụ yêu cầu phát triển kinh tế - xã hội và "
        "giữ vững vai trò đầu tàu kinh tế của Thành phố.",
    ],
    "nhiem_vu": [
        "Tăng cường công tác ngoại giao kinh tế, tập trung thu hút đầu tư, công nghệ, tri thức và kinh nghiệm quản "
        "lý phục vụ công nghiệp hóa, hiện đại hóa Thành phố",
        "Nâng cao chất lượng công tác dự báo tình hình, tham mưu cho lãnh đạo Thành phố về đối ngoại",
        "Củng cố, đưa vào chiều sâu quan hệ với các địa phương đối tác; triển khai cụ thể các bản ghi nhớ đã ký",
        "Đẩy mạnh thông tin đối ngoại, triển khai các hoạt động ngoại giao văn hóa thiết thực, hiệu quả",
        "Phát huy vai trò của đối ngoại nhân dân; tăng cường giao lưu, đối thoại",
        "Đẩy mạnh công tác người Việt Nam ở nước ngoài, thu hút kiều bào đóng góp xây dựng Thành phố",
        "Đào tạo, bồi dưỡng cán bộ đối ngoại vững về chính trị, tinh thông ngoại ngữ, giỏi nghiệp vụ",
    ],
    "kien_nghi": [
        (
            "Đối với Bộ Ngoại giao",
            "Đề nghị Bộ Ngoại giao tiếp tục hỗ trợ Thành phố trong việc đón tiếp các đoàn cấp cao, tổ chức các sự kiện "
            "quốc tế lớn; cung cấp thông tin, dự báo tình hình các đối tác để Thành phố chủ động xây dựng kế hoạch; "
            "tăng cường đào tạo nghiệp vụ cho cán bộ đối ngoại địa phương.",
        ),
        (
            "Đối với Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
            "Đề nghị tiếp tục phối hợp với Thành phố tổ chức các chương trình thu hút kiều bào trí thức, doanh nhân về "
            "đầu tư, làm việc; chia sẻ thông tin về cộng đồng người Việt Nam ở các địa bàn trọng điểm.",
        ),
        (
            "Đối với Bộ Kế hoạch và Đầu tư",
            "Đề nghị hỗ trợ Thành phố xúc tiến các dự án lớn về hạ tầng, đổi mới sáng tạo và hướng dẫn cơ chế quản lý "
            "nguồn viện trợ phi chính phủ nước ngoài phù hợp với đặc thù của Thành phố.",
        ),
    ],
}

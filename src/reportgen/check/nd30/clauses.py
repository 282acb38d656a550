"""The clause of Nghị định 30/2020/NĐ-CP each rule restates, by rule-id prefix: what ``--explain`` cites.

Kept apart from the rule texts because it is the law's wording, checked against nd30.md, and changes for other
reasons than the rules' messages; modules adding rules of other texts (the foreign-letter rules) add their
prefix here.
"""

from __future__ import annotations

_PL1 = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I"
# The longest matching prefix wins.
CLAUSES: dict[str, str] = {
    "ND30-ROLE": "Nghị định 30/2020/NĐ-CP, Điều 1 và Điều 7 (phạm vi: văn bản hành chính và các loại của nó).",
    "ND30-TYPE": "Nghị định 30/2020/NĐ-CP, Điều 7 (29 loại văn bản hành chính) và Phụ lục III (các mẫu).",
    "ND30-FILE": "Điều 8 (thể thức văn bản): văn bản phải đọc được để kiểm tra thể thức.",
    "ND30-PAGE-SIZE": f"{_PL1}, Mục I, khoản 1 (Khổ giấy: A4, 210 mm × 297 mm).",
    "ND30-PAGE-ORIENTATION": (
        f"{_PL1}, Mục I, khoản 2 (Kiểu trình bày: theo chiều dài khổ A4; bảng biểu có thể theo chiều rộng)."
    ),
    "ND30-PAGE-MARGIN": f"{_PL1}, Mục I, khoản 3 (Định lề trang: trên, dưới 20–25 mm; trái 30–35 mm; phải 15–20 mm).",
    "ND30-PAGENUM": (
        f"{_PL1}, Mục I, khoản 7 (Số trang: chữ số Ả Rập, cỡ 13–14, chữ đứng, canh giữa lề trên, không "
        "hiển thị số trang thứ nhất)."
    ),
    "ND30-FONT": f"{_PL1}, Mục I, khoản 4 (Phông chữ Times New Roman, Unicode TCVN 6909:2001, màu đen).",
    "ND30-NFC": f"{_PL1}, Mục I, khoản 4 (bộ mã Unicode theo TCVN 6909:2001: chữ dựng sẵn).",
    "ND30-CONTROL-CHAR": f"{_PL1}, Mục I, khoản 4 (bộ mã ký tự Unicode).",
    "ND30-LEFTOVER": "Điều 8 (văn bản ban hành phải đủ thành phần thể thức, không còn chỗ trống của mẫu).",
    "ND30-HEADER": (
        f"{_PL1}, Mục IV (Sơ đồ bố trí: ô 1 Quốc hiệu, Tiêu ngữ bên phải; ô 2 tên cơ quan bên trái); Mục II, khoản 2."
    ),
    "ND30-QUOC-HIEU": f"{_PL1}, Mục II, khoản 1 (Quốc hiệu: in hoa, cỡ 12–13, đứng, đậm, canh giữa).",
    "ND30-TIEU-NGU": (
        f"{_PL1}, Mục II, khoản 1 (Tiêu ngữ: in thường, cỡ 13–14, đứng, đậm, gạch nối có cách chữ, dưới "
        "có đường kẻ ngang nét liền)."
    ),
    "ND30-PARENT": f"{_PL1}, Mục II, khoản 2 (tên cơ quan chủ quản: in hoa, cỡ 12–13, đứng).",
    "ND30-ISSUER": (
        f"{_PL1}, Mục II, khoản 2 (tên cơ quan ban hành: in hoa, cỡ 12–13, đứng, đậm, canh giữa; dưới có "
        "đường kẻ ngang nét liền)."
    ),
    "ND30-NUMBER": (
        f"{_PL1}, Mục II, khoản 3 (Số, ký hiệu: «Số:» rồi số Ả Rập, số dưới 10 thêm 0; ký hiệu viết tắt "
        "tên loại theo Phụ lục III; cỡ 13, đứng)."
    ),
    "ND30-DATE": (
        f"{_PL1}, Mục II, khoản 4 (Địa danh và thời gian: in thường, cỡ 13–14, nghiêng, canh giữa dưới "
        "Quốc hiệu; ngày dưới 10 và tháng 1, 2 thêm 0)."
    ),
    "ND30-KIND": f"{_PL1}, Mục II, khoản 5 (Tên loại: in hoa, cỡ 13–14, đứng, đậm, canh giữa).",
    "ND30-SUMMARY": (
        f"{_PL1}, Mục II, khoản 5 (Trích yếu: in thường, cỡ 13–14, đứng, đậm, canh giữa, bên dưới có "
        "đường kẻ ngang nét liền)."
    ),
    "ND30-VV": (
        f"{_PL1}, Mục II, khoản 5 (Trích yếu công văn: sau «V/v», in thường, cỡ 12–13, đứng, canh giữa "
        "dưới số, ký hiệu)."
    ),
    "ND30-BODY": (
        f"{_PL1}, Mục II, khoản 6, điểm e (Nội dung: canh đều hai lề, cỡ 13–14, đầu dòng lùi 1–1,27 cm, "
        "cách đoạn tối thiểu 6 pt, cách dòng từ dòng đơn đến 1,5 dòng)."
    ),
    "ND30-END-MARK": "Nghị định 30/2020/NĐ-CP, Phụ lục III (các mẫu văn bản kết thúc nội dung bằng «./.»).",
    "ND30-QD": (
        f"{_PL1}, Mục II, khoản 6, điểm a và đ (căn cứ ban hành in nghiêng, mỗi căn cứ một dòng, kết thúc"
        " bằng «;», căn cứ cuối bằng «.»; «Điều» in đậm); Phụ lục III, Mẫu 1.2."
    ),
    "ND30-AUTHORITY": (
        "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2 (thẩm quyền ban hành quyết định: in hoa, đậm, canh giữa)."
    ),
    "ND30-SIGN": (
        f"{_PL1}, Mục II, khoản 7 (quyền hạn TM., KT., TL., TUQ., Q.; chức vụ in hoa, cỡ 13–14, đậm; họ "
        "tên in thường, đậm, không kèm học hàm, học vị)."
    ),
    "ND30-NOI-NHAN": f"{_PL1}, Mục II, khoản 9 (từ «Nơi nhận» in thường, cỡ 12, nghiêng, đậm, sau có dấu hai chấm).",
    "ND30-RECEIVER-FIRST": (
        "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.5 (công văn: nơi nhận đầu tiên «- Như trên;»)."
    ),
    "ND30-RECEIVER-LUU-COLON": f"{_PL1}, Mục II, khoản 9, điểm b (dòng cuối «Lưu:» sau có dấu hai chấm, «VT»).",
    "ND30-KINH-GUI": (
        f"{_PL1}, Mục II, khoản 9, điểm a (sau «Kính gửi» có dấu hai chấm; một nơi nhận trên cùng dòng; hai nơi "
        "trở lên: mỗi nơi một dòng, đầu dòng gạch ngang thẳng hàng dưới dấu hai chấm, cuối dòng «;», dòng cuối «.»)."
    ),
    "ND30-RULE-LENGTH": (
        f"{_PL1}, Mục II, khoản 1 (dưới Tiêu ngữ có đường kẻ ngang, nét liền, độ dài bằng độ dài dòng chữ) và "
        "khoản 2 (dưới tên cơ quan ban hành: độ dài từ 1/3 đến 1/2 độ dài dòng chữ, đặt cân đối)."
    ),
    "ND30-URGENCY": (
        f"{_PL1}, Mục III, khoản 2, điểm b (dấu chỉ mức độ khẩn: in hoa, cỡ 13–14, kiểu chữ đứng, đậm, trong khung "
        "hình chữ nhật viền đơn)."
    ),
    "ND30-MARK-PLACE": (
        f"{_PL1}, Mục III, khoản 2, điểm a và b (dấu chỉ độ mật đóng vào ô số 10a, dấu chỉ mức độ khẩn vào ô số 10b) "
        "và Mục IV, sơ đồ (ô 10a, dưới nó ô 10b: bên trái, dưới số, ký hiệu và trích yếu công văn, trên nội dung)."
    ),
    "ND30-COPY": (
        "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II (thể thức bản sao: hình thức sao in hoa, cỡ 13–14, đứng, đậm; "
        "ký hiệu bản sao SY, SL, TS) và Phụ lục III, Mẫu 3.1, 3.2."
    ),
    "ND30-CONTACT": (
        f"{_PL1}, Mục III, khoản 4 và Mục IV, ô 13 (địa chỉ cơ quan, thư điện tử, trang thông tin, số điện "
        "thoại, số Fax: cỡ 11–12, kiểu chữ đứng, dưới một đường kẻ nét liền hết chiều ngang vùng trình bày)."
    ),
    "ND30-DIEU-ORDER": f"{_PL1}, Mục II, khoản 6, điểm đ (số thứ tự của điều dùng chữ số Ả Rập, liên tục).",
    "ND30-CHUONG": (
        f"{_PL1}, Mục II, khoản 6, điểm đ (từ «Phần», «Chương», «Mục» và số thứ tự trên một dòng riêng, canh giữa, "
        "chữ in thường, cỡ 13–14, đứng, đậm; số phần, chương La Mã, số mục Ả Rập; tiêu đề ngay dưới, canh giữa, "
        "in hoa, cỡ 13–14, đứng, đậm)."
    ),
    "ND30-HIGHLIGHT": f"{_PL1}, Mục I, khoản 4 (chữ màu đen; không để màu nền trên văn bản ban hành).",
    "ND30-DRAFT-MARK": (
        "Nghị định 30/2020/NĐ-CP, Điều 10 và Phụ lục I, Mục IV (ô 12–13: dấu dự thảo chỉ trên bản dự thảo)."
    ),
    "ND30-RECEIVER": (
        f"{_PL1}, Mục II, khoản 9 (mỗi nơi nhận một dòng, đầu dòng gạch ngang, cuối dòng «;»; dòng cuối "
        "«Lưu: VT, …» kết thúc bằng «.»; cỡ 11, đứng)."
    ),
    "ND30-BB": (
        "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.8 (Biên bản: chữ ký THƯ KÝ bên trái, CHỦ TỌA bên "
        "phải); Phụ lục I, Mục II, khoản 4 (biên bản không ghi địa danh, thời gian ở đầu)."
    ),
    "ND30-APPENDIX": (
        f"{_PL1}, Mục III, khoản 1 (Phụ lục: từ «Phụ lục» và số thứ tự in thường, cỡ 14, đứng, đậm, canh "
        "giữa; dòng «(Kèm theo …)» nghiêng)."
    ),
    "ND30-SPEECH": (
        "Bài phát biểu không phải văn bản hành chính (Điều 7 Nghị định 30/2020/NĐ-CP): trình bày theo "
        "thông lệ, không có số, ký hiệu, nơi nhận."
    ),
}


def clause_of(rule: str) -> str:
    """The NĐ30 clause behind a rule id (longest matching prefix)."""
    prefixes = [p for p in CLAUSES if rule == p or rule.startswith(p + "-")]
    return CLAUSES[max(prefixes, key=len)] if prefixes else "Nghị định 30/2020/NĐ-CP, Phụ lục I."

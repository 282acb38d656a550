"""The list of rules, in one place, so that ids stay stable and the README and ``--help`` can list them.

Elements of the title and signature blocks share the same kinds of checks (size, bold, italic, case,
centring); their rule ids are generated from ``ELEMENTS`` as ``ND30-<ELEMENT>-<ASPECT>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import ERROR, INFO, WARNING, Finding


@dataclass(frozen=True)
class ElementSpec:
    """How one element of nd30.md's table must look; ``None`` means the aspect is not checked."""

    key: str
    name: str
    sizes: tuple[float, float] | None = None
    bold: bool | None = None
    italic: bool | None = None
    upper: bool = False
    centred: bool = False


ELEMENTS = {
    spec.key: spec
    for spec in (
        ElementSpec("QUOC-HIEU", "Quốc hiệu", (12, 13), bold=True, upper=True, centred=True),
        ElementSpec("TIEU-NGU", "Tiêu ngữ", (13, 14), bold=True, centred=True),
        ElementSpec("PARENT", "Tên cơ quan chủ quản", (12, 13), upper=True),
        ElementSpec("ISSUER", "Tên cơ quan ban hành", (12, 13), bold=True, upper=True, centred=True),
        ElementSpec("NUMBER", "Số, ký hiệu", (13, 13), bold=False, centred=True),
        ElementSpec("DATE", "Địa danh và thời gian", (13, 14), italic=True, centred=True),
        ElementSpec("KIND", "Tên loại văn bản", (13, 14), bold=True, upper=True, centred=True),
        ElementSpec("SUMMARY", "Trích yếu nội dung", (13, 14), bold=True, centred=True),
        ElementSpec("VV", "Trích yếu công văn (V/v)", (12, 13), bold=False, centred=True),
        ElementSpec("AUTHORITY", "Thẩm quyền ban hành quyết định", (13, 14), bold=True, upper=True, centred=True),
        ElementSpec("SIGN-TITLE", "Quyền hạn, chức vụ người ký", (13, 14), bold=True, upper=True, centred=True),
        ElementSpec("SIGN-NAME", "Họ tên người ký", (13, 14), bold=True, centred=True),
        ElementSpec("NOI-NHAN", "Dòng «Nơi nhận:»", (12, 12), bold=True, italic=True),
        ElementSpec("RECEIVER", "Danh sách nơi nhận", (11, 11), bold=False),
        ElementSpec("APPENDIX-HEADING", "Tiêu đề phụ lục", (14, 14), bold=True, centred=True),
        ElementSpec("APPENDIX-REF", "Dòng «(Kèm theo …)» của phụ lục", (13, 14), italic=True, centred=True),
        ElementSpec("CHUONG", "Dòng «Phần», «Chương», «Mục» và số", (13, 14), bold=True, italic=False, centred=True),
        ElementSpec(
            "CHUONG-TITLE", "Tiêu đề phần, chương, mục", (13, 14), bold=True, italic=False, upper=True, centred=True
        ),
    )
}


def _element_rules() -> dict[str, tuple[str, str]]:
    rules: dict[str, tuple[str, str]] = {}
    for spec in ELEMENTS.values():
        key = f"ND30-{spec.key}"
        if spec.sizes:
            low, high = (f"{v:g}" for v in spec.sizes)
            span = low if low == high else f"{low}–{high}"
            rules[f"{key}-SIZE"] = (ERROR, f"{spec.name}: cỡ chữ {span} pt.")
        if spec.bold is not None:
            rules[f"{key}-BOLD"] = (ERROR, f"{spec.name}: {'in đậm' if spec.bold else 'không in đậm'}.")
        if spec.italic is not None:
            rules[f"{key}-ITALIC"] = (
                ERROR,
                f"{spec.name}: {'in nghiêng' if spec.italic else 'không nghiêng'}.",
            )
        if spec.upper:
            rules[f"{key}-CASE"] = (ERROR, f"{spec.name}: chữ in hoa.")
        if spec.centred:
            rules[f"{key}-ALIGN"] = (ERROR, f"{spec.name}: căn giữa.")
    return rules


_RULES: dict[str, tuple[str, str]] = {
    "ND30-FILE-UNREADABLE": (ERROR, "Tệp phải là văn bản Word (.docx) đọc được."),
    "ND30-FILE-BROKEN": (ERROR, "Tệp Word phải đọc được trọn vẹn (không hỏng phần nào)."),
    "ND30-ROLE-NOT-ADMIN": (
        INFO,
        "Tệp không phải văn bản hành chính (không có phần đầu, số, tên loại, chữ ký): không kiểm tra thể thức.",
    ),
    "ND30-TYPE-UNKNOWN": (
        INFO,
        "Tên loại không thuộc các loại văn bản hành chính của Điều 7: chỉ kiểm tra phần đầu, khổ giấy, phông chữ.",
    ),
    "ND30-PAGE-SIZE": (ERROR, "Khổ giấy A4 (210 × 297 mm)."),
    "ND30-PAGE-ORIENTATION": (
        ERROR,
        "Mục đầu tiên trình bày theo chiều dọc; chỉ mục chứa bảng rộng được xoay ngang.",
    ),
    "ND30-PAGE-MARGIN-TOP": (ERROR, "Lề trên 20–25 mm."),
    "ND30-PAGE-MARGIN-BOTTOM": (ERROR, "Lề dưới 20–25 mm."),
    "ND30-PAGE-MARGIN-LEFT": (ERROR, "Lề trái 30–35 mm."),
    "ND30-PAGE-MARGIN-RIGHT": (ERROR, "Lề phải 15–20 mm."),
    "ND30-PAGENUM-MISSING": (ERROR, "Văn bản nhiều trang có số trang ở giữa lề trên, từ trang thứ hai."),
    "ND30-PAGENUM-SIZE": (ERROR, "Số trang cỡ chữ 13–14 pt."),
    "ND30-PAGENUM-FIRST": (
        ERROR,
        "Không hiển thị số trang ở trang thứ nhất (w:titlePg, đầu trang trang đầu không có số).",
    ),
    "ND30-PAGENUM-ALIGN": (ERROR, "Số trang căn giữa lề trên."),
    "ND30-PAGENUM-FORMAT": (ERROR, "Số trang bằng chữ số Ả Rập."),
    "ND30-FONT-NAME": (
        ERROR,
        "Phông chữ Times New Roman cho mọi đoạn chữ tiếng Việt (thuộc tính ascii, hAnsi; cs không dùng).",
    ),
    "ND30-FONT-THEME": (
        ERROR,
        "Không dùng phông chữ theo chủ đề (theme), vì nó đè lên tên phông Times New Roman.",
    ),
    "ND30-FONT-COLOR": (ERROR, "Chữ màu đen."),
    "ND30-LEFTOVER": (
        ERROR,
        "Không còn thẻ mẫu (${…}, {{ }}, {% %}, {# #}) hay chữ «None» sót lại trong văn bản.",
    ),
    "ND30-NFC": (ERROR, "Văn bản dùng Unicode dựng sẵn (NFC)."),
    "ND30-CONTROL-CHAR": (ERROR, "Văn bản không chứa ký tự điều khiển."),
    "ND30-HEADER-TABLE": (
        ERROR,
        "Đầu văn bản có tên cơ quan ban hành (bên trái) cùng hàng với Quốc hiệu và Tiêu ngữ (bên phải).",
    ),
    "ND30-HEADER-BORDERS": (WARNING, "Bảng đầu văn bản không kẻ viền (theo mẫu)."),
    "ND30-QUOC-HIEU-TEXT": (ERROR, "Quốc hiệu đúng chữ «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM»."),
    "ND30-TIEU-NGU-TEXT": (
        ERROR,
        "Tiêu ngữ đúng chữ «Độc lập - Tự do - Hạnh phúc» (gạch nối có cách hai bên).",
    ),
    "ND30-TIEU-NGU-DASH": (WARNING, "Giữa các cụm từ của Tiêu ngữ là gạch nối «-» (không phải gạch dài «–»)."),
    "ND30-TIEU-NGU-RULE": (ERROR, "Có đường kẻ ngang, nét liền dưới Tiêu ngữ."),
    "ND30-ISSUER-RULE": (ERROR, "Có đường kẻ ngang, nét liền dưới tên cơ quan ban hành."),
    "ND30-NUMBER-MISSING": (ERROR, "Có dòng số, ký hiệu «Số: …/…»."),
    "ND30-NUMBER-FORMAT": (ERROR, "Số, ký hiệu viết «Số: 05/BC-SNV»: số bằng chữ số, ký hiệu sau dấu «/»."),
    "ND30-NUMBER-PAD": (ERROR, "Số nhỏ hơn 10 viết thêm số 0 phía trước (05)."),
    "ND30-NUMBER-BLANK": (WARNING, "Bản dự thảo chưa có số (văn thư sẽ ghi số khi ban hành)."),
    "ND30-NUMBER-SPACE": (ERROR, "Không có dấu cách trước, sau dấu «/» và «-» của số, ký hiệu."),
    "ND30-NUMBER-KIND": (
        ERROR,
        "Chữ viết tắt tên loại trong ký hiệu khớp với tên loại văn bản (BÁO CÁO → BC …).",
    ),
    "ND30-DATE-MISSING": (ERROR, "Có dòng địa danh và thời gian «<Địa danh>, ngày … tháng … năm …»."),
    "ND30-DATE-FORMAT": (ERROR, "Địa danh và thời gian viết «<Địa danh>, ngày DD tháng M năm YYYY»."),
    "ND30-DATE-PAD": (
        ERROR,
        "Ngày dưới 10 và tháng 1, 2 thêm số 0 (05, 01, 02); tháng 3–12 không thêm số 0.",
    ),
    "ND30-DATE-INVALID": (ERROR, "Ngày tháng có thật (không có ngày 31 tháng 2)."),
    "ND30-DATE-BLANK": (WARNING, "Bản dự thảo chưa ghi ngày, tháng."),
    "ND30-DATE-FORBIDDEN": (ERROR, "Biên bản không có dòng địa danh và thời gian ở đầu văn bản."),
    "ND30-KIND-MISSING": (ERROR, "Có tên loại văn bản (BÁO CÁO, QUYẾT ĐỊNH …) căn giữa dưới phần đầu."),
    "ND30-SUMMARY-MISSING": (ERROR, "Có trích yếu nội dung ngay dưới tên loại văn bản."),
    "ND30-SUMMARY-RULE": (ERROR, "Có đường kẻ ngang ngắn, nét liền dưới trích yếu."),
    "ND30-BODY-ALIGN": (ERROR, "Nội dung văn bản căn đều hai lề."),
    "ND30-BODY-INDENT": (ERROR, "Đầu dòng lùi vào 1–1,27 cm."),
    "ND30-BODY-SPACING": (WARNING, "Khoảng cách giữa các đoạn văn tối thiểu 6 pt."),
    "ND30-BODY-LINE": (ERROR, "Khoảng cách giữa các dòng từ dòng đơn đến 1,5 dòng."),
    "ND30-BODY-SIZE": (ERROR, "Nội dung văn bản cỡ chữ 13–14 pt."),
    "ND30-END-MARK": (WARNING, "Đoạn cuối của nội dung kết thúc bằng «./.» (theo các mẫu của Phụ lục III)."),
    "ND30-QD-LINE": (ERROR, "Quyết định có dòng «QUYẾT ĐỊNH:» in hoa, đậm, căn giữa."),
    "ND30-QD-DIEU-BOLD": (ERROR, "«Điều N.» in đậm."),
    "ND30-QD-BASIS-ITALIC": (ERROR, "Căn cứ ban hành in nghiêng."),
    "ND30-QD-BASIS-PUNCT": (ERROR, "Mỗi căn cứ kết thúc bằng «;», căn cứ cuối cùng kết thúc bằng «.»."),
    "ND30-SIGN-MISSING": (ERROR, "Có khối chữ ký: quyền hạn, chức vụ và họ tên người ký (bên phải)."),
    "ND30-SIGN-BORDERS": (WARNING, "Bảng chữ ký không kẻ viền (theo mẫu)."),
    "ND30-SIGN-PREFIX": (ERROR, "Ký thay mặt, ký thay … viết «TM.», «KT.», «TL.», «TUQ.», «Q.»."),
    "ND30-SIGN-PREFIX-SPACE": (WARNING, "Sau chữ viết tắt quyền hạn ký có dấu cách: «TL. CHỦ TỊCH»."),
    "ND30-SIGN-NAME-MISSING": (ERROR, "Có họ tên người ký dưới chức vụ."),
    "ND30-SIGN-NAME-ACADEMIC": (ERROR, "Họ tên người ký không kèm học hàm, học vị."),
    "ND30-NOI-NHAN-MISSING": (ERROR, "Có phần «Nơi nhận:» bên trái khối chữ ký."),
    "ND30-RECEIVER-DASH": (ERROR, "Mỗi nơi nhận một dòng, bắt đầu bằng «- »."),
    "ND30-RECEIVER-PUNCT": (ERROR, "Mỗi nơi nhận kết thúc bằng «;», dòng «- Lưu: …» cuối cùng bằng «.»."),
    "ND30-RECEIVER-LUU": (ERROR, "Dòng cuối của nơi nhận là «- Lưu: VT, …»."),
    "ND30-RECEIVER-LUU-COLON": (ERROR, "Dòng lưu viết «- Lưu: VT, …», có dấu hai chấm sau «Lưu»."),
    "ND30-RECEIVER-FIRST": (
        WARNING,
        "Nơi nhận đầu tiên theo mẫu công văn có «Kính gửi»: «- Như trên;».",
    ),
    "ND30-KINH-GUI": (
        ERROR,
        "«Kính gửi:» một nơi nhận viết liền trên cùng dòng; nhiều nơi nhận mỗi nơi một dòng, đầu dòng «-», "
        "cuối dòng «;», nơi cuối «.».",
    ),
    "ND30-RULE-LENGTH": (
        WARNING,
        "Đường kẻ dưới Tiêu ngữ dài bằng dòng chữ; dưới tên cơ quan ban hành dài 1/3 đến 1/2 dòng chữ.",
    ),
    "ND30-URGENCY": (
        ERROR,
        "Dấu chỉ mức độ khẩn (HỎA TỐC, THƯỢNG KHẨN, KHẨN) in hoa, cỡ 13–14, đứng, đậm, trong khung.",
    ),
    "ND30-COPY": (
        ERROR,
        "Bản sao: hình thức sao «SAO Y», «SAO LỤC», «TRÍCH SAO» in hoa, đậm, cỡ 13–14; số, ký hiệu bản sao SY, SL, TS.",
    ),
    "ND30-CONTACT": (ERROR, "Địa chỉ, điện thoại, thư điện tử, trang thông tin của cơ quan (ô 13): cỡ 11–12, đứng."),
    "ND30-CHUONG-TEXT": (
        ERROR,
        "«Phần», «Chương», «Mục» viết chữ thường; số phần, chương bằng chữ số La Mã, số mục bằng chữ số Ả Rập.",
    ),
    "ND30-DIEU-ORDER": (ERROR, "Các Điều đánh số liên tục bằng chữ số Ả Rập: Điều 1, Điều 2, Điều 3 …"),
    "ND30-HIGHLIGHT": (WARNING, "Không còn tô màu nền (highlight) trên chữ của văn bản."),
    "ND30-DRAFT-MARK": (WARNING, "Bản dự thảo còn chữ «DỰ THẢO» (bỏ khi ban hành)."),
    "ND30-BB-SIGNATURES": (
        ERROR,
        "Biên bản có hai chữ ký: THƯ KÝ (trái) và CHỦ TỌA (phải), mỗi bên có họ tên.",
    ),
    "ND30-SPEECH-EXTRA": (WARNING, "Bài phát biểu không có số, ký hiệu, nơi nhận, khối chữ ký."),
    "ND30-SPEECH-CLOSING": (WARNING, "Bài phát biểu kết thúc bằng «Xin trân trọng cảm ơn!»."),
    **_element_rules(),
}

RULES: dict[str, str] = {rule: text for rule, (_, text) in _RULES.items()}

_PL1 = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I"
# The clause each rule restates, by rule-id prefix (the longest prefix wins): what ``--explain`` cites.
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
        f"{_PL1}, Mục II, khoản 10, điểm b (dấu chỉ mức độ khẩn: in hoa, cỡ 13–14, kiểu chữ đứng, đậm, trong khung "
        "hình chữ nhật viền đơn)."
    ),
    "ND30-COPY": (
        "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần II (thể thức bản sao: hình thức sao in hoa, cỡ 13–14, đứng, đậm; "
        "ký hiệu bản sao SY, SL, TS) và Phụ lục III, Mẫu 3.1, 3.2."
    ),
    "ND30-CONTACT": (
        f"{_PL1}, Mục II, khoản 11, điểm a và Mục IV, ô 13 (địa chỉ cơ quan, thư điện tử, trang thông tin, số điện "
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


SEVERITY: dict[str, str] = {rule: severity for rule, (severity, _) in _RULES.items()}


def finding(rule: str, message: str, expected: str, actual: str, location: str) -> Finding:
    """A finding whose severity comes from the catalogue (unknown ids are a programming error)."""
    return Finding(rule, SEVERITY[rule], message, expected, actual, location)

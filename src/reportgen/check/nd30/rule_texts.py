"""What each rule asks, in the words a user reads, and how severe breaking it is.

One table, so that ids stay stable and the README's rule table, ``--explain`` and the findings' severity all
come from the same line. The element rules (size, bold, case … of one header or signature element) are generated
from ``element_specs.ELEMENTS`` and come last. The NĐ30 clause behind each rule is in ``clauses.py``.
"""

from __future__ import annotations

from .element_specs import element_rules
from .findings import ERROR, INFO, WARNING

RULE_TEXTS: dict[str, tuple[str, str]] = {
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
    "ND30-MARK-PLACE": (
        ERROR,
        "Dấu chỉ độ mật (ô 10a) và dấu chỉ mức độ khẩn (ô 10b) ở bên trái, dưới số, ký hiệu, trên nội dung.",
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
    **element_rules(),
}

"""Award decision (quyet_dinh_khen_thuong): build real inputs, reopen the .docx files and check what is printed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.document import Document as DocumentObject

from reportgen.cli import main
from reportgen.make.pipeline import build_file
from reportgen.vietnamese import amount_in_words, format_number

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "inputs" / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml"
LARGE = ROOT / "inputs" / "quyet_dinh_khen_thuong-lon.yaml"
TEMPLATES = ROOT / "templates"

BASE = """\
loai: quyet_dinh_khen_thuong
co_quan:
  ban_hanh: Sở Ngoại vụ
  chu_quan: Ủy ban nhân dân thành phố Đà Nẵng
  ten: Sở Ngoại vụ thành phố Đà Nẵng
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban:
  so: 7
  ngay: 05/02/2026
  noi_nhan:
    - Như Điều 3
  luu: VT, VP
tham_quyen: Giám đốc Sở Ngoại vụ thành phố Đà Nẵng
hinh_thuc: Giấy khen
de_nghi: Chánh Văn phòng Sở
thanh_tich: đã hoàn thành xuất sắc nhiệm vụ năm 2025.
tap_the:
  - ten: Phòng Hợp tác quốc tế
ca_nhan:
  - ho_ten: Trần Văn Bình
    gioi_tinh: nam
    chuc_vu: Chuyên viên
    don_vi: Phòng Hợp tác quốc tế
  - ho_ten: Lê Thị Cúc
    gioi_tinh: nữ
    chuc_vu: Kế toán
    don_vi: Văn phòng Sở
tien_thuong:
  muc_luong_co_so: 2.340.000
  nguon_kinh_phi: Quỹ Thi đua, khen thưởng của Sở
thi_hanh:
  - Chánh Văn phòng Sở
  - các tập thể, cá nhân có tên tại Điều 1
nguoi_ky:
  chuc_vu: Giám đốc
  ho_ten: Phan Văn An
"""


def _style(paragraph: Any) -> Any:
    """A paragraph's style; python-docx types it as optional, a paragraph always has one."""
    assert paragraph.style is not None
    return paragraph.style


def build(tmp_path: Path, text: str | None = None, source: Path | None = None) -> tuple[DocumentObject, DocumentObject]:
    if source is None:
        source = tmp_path / "qd.yaml"
        source.write_text(text or BASE, encoding="utf-8")
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert result.ok, [p.render() for p in result.problems] + [result.output_error]
    decision, certificates = result.written[:2]
    return Document(str(decision)), Document(str(certificates))


def texts(doc: DocumentObject) -> list[str]:
    return [p.text for p in doc.paragraphs]


def article(doc: DocumentObject, number: int) -> str:
    return next(t for t in texts(doc) if t.startswith(f"Điều {number}. "))


def table_rows(doc: DocumentObject) -> list[list[list[str]]]:
    """The danh sách tables (every table but the header and signature tables), without their header rows."""
    tables = [t for t in doc.tables if t.rows[0].cells[0].text == "TT"]
    return [[[c.text for c in row.cells] for row in t.rows[1:]] for t in tables]


def certificate_names(doc: DocumentObject) -> list[str]:
    paragraphs = doc.paragraphs
    names = [paragraphs[i + 1].text for i, p in enumerate(paragraphs) if p.text in {"BẰNG KHEN", "GIẤY KHEN"}]
    return [name.replace("\xa0", " ") for name in names]  # a certificate line keeps phrases whole


def money(text: str) -> int:
    return int(text.replace(".", ""))


# ---------------------------------------------------------------------------------------------- the example


def test_example_counts_in_article_1_equal_the_danh_sach(tmp_path: Path) -> None:
    decision, _ = build(tmp_path, source=EXAMPLE)
    collectives, individuals, foreigners = table_rows(decision)
    assert (len(collectives), len(individuals), len(foreigners)) == (4, 19, 3)
    assert article(decision, 1) == (  # some lines carry their own achievement: Điều 1 points to the list
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng cho 04 tập thể và 22 cá nhân "
        "có tên trong danh sách kèm theo, vì đã có thành tích ghi tại danh sách."
    )
    assert [r[0] for r in individuals] == [str(i) for i in range(1, 20)]
    assert [r[0] for r in foreigners] == ["1", "2", "3"]


def test_example_money_total_in_figures_and_words(tmp_path: Path) -> None:
    decision, _ = build(tmp_path, source=EXAMPLE)
    body = texts(decision)
    assert article(decision, 2) == (
        "Điều 2. Tiền thưởng kèm theo Bằng khen: mỗi tập thể 4.680.000 đồng (Bốn triệu sáu trăm tám mươi nghìn "
        "đồng), mỗi cá nhân 2.340.000 đồng (Hai triệu ba trăm bốn mươi nghìn đồng)."
    )
    each = {m[1]: money(m[2]) for m in re.finditer(r"mỗi (tập thể|cá nhân) ([\d.]+) đồng", article(decision, 2))}
    collectives, individuals, _foreigners = table_rows(decision)
    total = len(collectives) * each["tập thể"] + len(individuals) * each["cá nhân"]  # foreigners: no money
    assert total == 63_180_000
    assert (
        "Ông Kim Jeong-hoon, ông Sisouk Phommachanh và bà Tanaka Yuki được tặng Bằng khen không kèm theo tiền thưởng."
    ) in body
    assert (
        f"Tổng số tiền thưởng cho 04 tập thể và 19 cá nhân là {format_number(total)} đồng ({amount_in_words(total)})."
    ) in body
    assert "Sáu mươi ba triệu một trăm tám mươi nghìn đồng" in amount_in_words(total)
    assert "Nguồn kinh phí: Quỹ Thi đua, khen thưởng thành phố năm 2026." in body
    assert not any("×" in t or "Bằng chữ" in t for t in body)  # no formula, no "(Bằng chữ: …)"


def test_example_legal_bases_punctuation(tmp_path: Path) -> None:
    decision, _ = build(tmp_path, source=EXAMPLE)
    bases = [p for p in decision.paragraphs if _style(p).name == "QĐ Căn cứ"]
    assert len(bases) == 5
    assert all(p.text.endswith(";") and not p.text.endswith(";;") for p in bases[:-1])
    assert bases[-1].text == (
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 86/TTr-SNV ngày 12 tháng 01 năm 2026."
    )
    assert bases[1].text == "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
    assert bases[3].text.startswith("Căn cứ Quyết định số 12/2024/QĐ-UBND")  # can_cu_them comes after the defaults
    assert all(_style(p).font.italic for p in bases)


def test_example_decision_frame(tmp_path: Path) -> None:
    decision, _ = build(tmp_path, source=EXAMPLE)
    body = [t.replace("\xa0", " ") for t in texts(decision)]  # centred lines keep phrases whole
    for line in (
        "QUYẾT ĐỊNH",
        "Về việc tặng Bằng khen cho các tập thể, cá nhân",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
        "QUYẾT ĐỊNH:",
        "DANH SÁCH",
        "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH",
        "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
        "(Kèm theo Quyết định số 245/QĐ-UBND ngày 20 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng)",
        "I. TẬP THỂ",
        "II. CÁ NHÂN",
        "III. CÁ NHÂN NGƯỜI NƯỚC NGOÀI",
    ):
        assert line in body
    assert article(decision, 3).endswith(
        "và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
    )
    header = decision.tables[0]
    assert header.cell(1, 0).text == "Số: 245/QĐ-UBND"
    xml = decision.element.xml
    assert "{{" not in xml and "{%" not in xml and "None" not in xml


def test_example_foreigners_and_own_achievement(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path, source=EXAMPLE)
    _, individuals, foreigners = table_rows(decision)
    assert [r[1] for r in foreigners] == ["Ông Kim Jeong-hoon", "Ông Sisouk Phommachanh", "Bà Tanaka Yuki"]
    kim = foreigners[0]
    assert kim[2] == "Quốc tịch Hàn Quốc, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Đà Nẵng"  # no parentheses
    assert kim[3].startswith("Đã có nhiều đóng góp tích cực")
    hang = next(r for r in individuals if r[1] == "Bà Trần Thị Thu Hằng")
    assert hang[2] == "Phó Giám đốc Sở Ngoại vụ thành phố Đà Nẵng"
    assert hang[3] == "Đã có thành tích xuất sắc trong công tác đối ngoại năm 2025"  # Điều 1 points here
    body = texts(certificates)
    assert "Quốc tịch Hàn Quốc" in body


def test_example_one_certificate_page_per_awardee_in_list_order(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path, source=EXAMPLE)
    collectives, individuals, foreigners = table_rows(decision)
    expected = [r[1] for r in collectives] + [r[1] for r in individuals] + [r[1] for r in foreigners]
    assert certificate_names(certificates) == expected
    starts = [p for p in certificates.paragraphs if p.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert len(starts) == 26
    assert [p.paragraph_format.page_break_before or _style(p).paragraph_format.page_break_before for p in starts] == [
        False
    ] + [True] * 25
    section = certificates.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert section.page_width > section.page_height  # landscape
    footers = [t for t in certificates.tables]
    assert len(footers) == 26
    assert footers[0].cell(0, 0).text.split("\n") == ["Quyết định số 245/QĐ-UBND ngày 20/01/2026", "Số sổ vàng: 1201"]
    assert footers[-1].cell(0, 0).text.split("\n")[1] == "Số sổ vàng: 1226"
    assert footers[0].cell(0, 1).text.split("\n") == [
        "Đà Nẵng, ngày 20 tháng 01 năm 2026",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Hồ Kỳ Minh",
    ]
    lines = [t.replace("\xa0", " ") for t in texts(certificates)]  # a certificate line keeps phrases whole
    assert "TẶNG" in lines and "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG" in lines


def test_certificate_paragraphs_keep_together(tmp_path: Path) -> None:
    _, certificates = build(tmp_path, source=EXAMPLE)
    for p in certificates.paragraphs[:-1]:
        if p.text:
            assert _style(p).paragraph_format.keep_with_next, p.text


# ---------------------------------------------------------------------------------------------- sorting


TRICKY = [  # expected Vietnamese order: given name, then middle names, then family name; tones n, `, ?, ~, ´, .
    ("Hoàng Văn Anh", "nam"),
    ("Võ Thị Ảnh", "nữ"),
    ("Huỳnh Ngọc Ãnh", "nữ"),
    ("Lê Thị Ánh", "nữ"),
    ("Bùi Thị Ạnh", "nữ"),
    ("Phạm Minh Ân", "nam"),
    ("Đặng Thị Ngọc Ẩn", "nữ"),
    ("Phan Thị Dung", "nữ"),
    ("Trương Công Dũng", "nam"),
    ("Lý Thị Đào", "nữ"),
    ("Dương Văn Đạt", "nam"),
    ("Nguyễn Văn Đức", "nam"),
    ("Tô Thị Hoa", "nữ"),
    ("Mai Xuân Hòa", "nam"),
    ("Cao Minh Hỏa", "nam"),
    ("Đỗ Thị Ơn", "nữ"),
    ("Nguyễn Thị Ư", "nữ"),
    ("Ngô Quang Ưng", "nam"),
    ("Đinh Văn Ưng", "nam"),
]


def _people_yaml(people: list[tuple[str, str]]) -> str:
    return "ca_nhan:\n" + "".join(f"  - ho_ten: {n}\n    gioi_tinh: {g}\n    don_vi: Sở Ngoại vụ\n" for n, g in people)


def _with_people(people: list[tuple[str, str]], extra: str = "") -> str:
    start, end = BASE.index("tap_the:"), BASE.index("tien_thuong:")
    return BASE[:start] + _people_yaml(people) + extra + BASE[end:]


def test_alphabetical_order_on_tricky_names(tmp_path: Path) -> None:
    shuffled = TRICKY[::-1][1::2] + TRICKY[::-1][0::2]
    assert shuffled != TRICKY
    decision, certificates = build(tmp_path, _with_people(shuffled, "sap_xep: theo_ten\n"))
    (individuals,) = table_rows(decision)
    expected = [("Ông " if g == "nam" else "Bà ") + n for n, g in TRICKY]
    assert [r[1] for r in individuals] == expected
    assert certificate_names(certificates) == expected


def test_order_as_given_by_default(tmp_path: Path) -> None:
    shuffled = TRICKY[::-1]
    decision, _ = build(tmp_path, _with_people(shuffled))
    (individuals,) = table_rows(decision)
    assert [r[1].split(" ", 1)[1] for r in individuals] == [n for n, _ in shuffled]
    assert "CÁ NHÂN" in texts(decision) and "II. CÁ NHÂN" not in texts(decision)
    assert article(decision, 1).startswith(
        "Điều 1. Tặng Giấy khen của Giám đốc Sở Ngoại vụ thành phố Đà Nẵng cho "
        "19 cá nhân (có danh sách kèm theo) đã hoàn thành"
    )


# ---------------------------------------------------------------------------------------------- money


def test_giay_khen_amounts_are_rounded_up_to_ten_thousand(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path)
    body = texts(decision)
    assert article(decision, 2) == (  # 0,6 × 2.340.000 = 1.404.000, rounded up; no false formula printed
        "Điều 2. Các tập thể, cá nhân có tên tại Điều 1 được tặng Giấy khen kèm theo tiền thưởng: mỗi tập thể "
        "1.410.000 đồng (Một triệu bốn trăm mười nghìn đồng), mỗi cá nhân 710.000 đồng (Bảy trăm mười nghìn đồng)."
    )
    assert (
        "Tổng số tiền thưởng cho 01 tập thể và 02 cá nhân là 2.830.000 đồng (Hai triệu tám trăm ba mươi nghìn đồng)."
    ) in body
    assert article(decision, 1).endswith(
        "cho 01 tập thể và 02 cá nhân (có danh sách kèm theo) đã hoàn thành xuất sắc nhiệm vụ năm 2025."
    )
    assert "GIẤY KHEN" in texts(certificates)
    assert "Đã hoàn thành xuất sắc nhiệm vụ năm\u00a02025" in texts(certificates)  # "2025" never alone


def test_coefficients_from_the_input_override_the_data_file(tmp_path: Path) -> None:
    text = BASE.replace(
        "  muc_luong_co_so: 2.340.000\n", "  muc_luong_co_so: 2.340.000\n  he_so_ca_nhan: 0,5\n  he_so_tap_the: 1,0\n"
    )
    decision, _ = build(tmp_path, text)
    body = texts(decision)
    assert "mỗi cá nhân 1.170.000 đồng (Một triệu một trăm bảy mươi nghìn đồng)." in article(decision, 2)
    assert any(t.startswith("Tổng số tiền thưởng cho 01 tập thể và 02 cá nhân là 4.680.000 đồng") for t in body)


def test_without_money_the_last_article_is_number_2(tmp_path: Path) -> None:
    start, end = BASE.index("tien_thuong:"), BASE.index("thi_hanh:")
    decision, _ = build(tmp_path, BASE[:start] + BASE[end:])
    assert not any(t.startswith("Điều 3.") for t in texts(decision))
    assert article(decision, 2) == (
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở và các "
        "tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
    )


def test_other_award_form_with_its_own_bases(tmp_path: Path) -> None:
    text = BASE.replace("hinh_thuc: Giấy khen", "hinh_thuc: Giấy chứng nhận\ncan_cu:\n  - Căn cứ Quy chế X.")
    text = text.replace(
        "  muc_luong_co_so: 2.340.000\n", "  muc_luong_co_so: 2.340.000\n  he_so_ca_nhan: 0,1\n  he_so_tap_the: 0,2\n"
    )
    decision, certificates = build(tmp_path, text)
    bases = [p.text for p in decision.paragraphs if _style(p).name == "QĐ Căn cứ"]
    assert bases == ["Căn cứ Quy chế X;", "Theo đề nghị của Chánh Văn phòng Sở."]
    assert "GIẤY CHỨNG NHẬN" in texts(certificates)


# ---------------------------------------------------------------------------------------------- files


def test_one_file_per_awardee_with_safe_names(tmp_path: Path) -> None:
    source = tmp_path / "qd.yaml"
    source.write_text(
        BASE.replace("ho_ten: Lê Thị Cúc", 'ho_ten: "Lê Thị Cúc/ ..:"') + "tach_tep: có\n", encoding="utf-8"
    )
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert result.ok, [p.render() for p in result.problems]
    names = [p.name for p in result.written]
    assert names == [
        "qd.docx",
        "qd-giay-khen.docx",
        "qd-giay-khen-001_Phòng_Hợp_tác_quốc_tế.docx",
        "qd-giay-khen-002_Ông_Trần_Văn_Bình.docx",
        "qd-giay-khen-003_Bà_Lê_Thị_Cúc.docx",
    ]
    one = Document(str(result.written[3]))
    assert certificate_names(one) == ["Ông Trần Văn Bình"]


def test_large_example_builds_every_certificate(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path, source=LARGE)
    groups = table_rows(decision)
    collectives = [r for g in groups for r in g if not r[1].startswith(("Ông ", "Bà "))]
    individuals = [r for g in groups for r in g if r[1].startswith(("Ông ", "Bà "))]
    assert len(collectives) + len(individuals) >= 300
    assert article(decision, 1).split(" cho ")[1].startswith(f"{len(collectives)} tập thể và {len(individuals)} cá")
    names = certificate_names(certificates)
    assert names == [r[1] for g in groups for r in g]


# ---------------------------------------------------------------------------------------------- errors


def run_cli(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, list[str]]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "qd.yaml").write_text(text, encoding="utf-8")
    code = main(["build", "qd.yaml", "-o", "out", "--templates", str(TEMPLATES)])
    return code, capsys.readouterr().err.splitlines()


def test_errors_reported_all_at_once_with_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = BASE.replace("hinh_thuc: Giấy khen", "hinh_thuc: Huân chương")
    text = text.replace("  - ten: Phòng Hợp tác quốc tế\n", "  - ten: Phòng Hợp tác quốc tế\n    gioi_tinh: nam\n")
    text = text.replace(
        "tien_thuong:",
        "  - ho_ten: trần  văn bình\n    gioi_tinh: Nam\n"
        "    don_vi: Phòng Hợp tác quốc tế\n  - ho_ten: Vũ Thị Ngọc\n    gioi_tinh: nu\ntien_thuong:",
    )
    code, err = run_cli(tmp_path, text, capsys, monkeypatch)
    assert code == 1
    assert err == [
        "qd.yaml:15:12: hinh_thuc: chưa có căn cứ và hệ số tiền thưởng mặc định cho hình thức “Huân chương” "
        "(có sẵn: Bằng khen, Giấy khen); hãy ghi đúng tên hình thức, hoặc tự ghi “can_cu” và "
        "“tien_thuong.he_so_tap_the”, “tien_thuong.he_so_ca_nhan”",
        "qd.yaml:20:16: tap_the[0].gioi_tinh: tập thể không có giới tính; hãy xóa dòng này, hoặc chuyển mục sang "
        "“ca_nhan” nếu đây là một người",
        "qd.yaml:30:5: ca_nhan[2]: “trần  văn bình” (Phòng Hợp tác quốc tế) trùng với ca_nhan[0]; mỗi người chỉ "
        "ghi một lần",
        "qd.yaml:34:16: ca_nhan[3].gioi_tinh: chỉ nhận “nam” hoặc “nữ” (để viết Ông/Bà)",
        "Sinh văn bản: 0/1 tệp đầu vào thành công; có lỗi: qd.yaml",
    ]
    assert not (tmp_path / "out").exists()


def test_empty_list_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    start, end = BASE.index("tap_the:"), BASE.index("tien_thuong:")
    code, err = run_cli(tmp_path, BASE[:start] + "ca_nhan: []\n" + BASE[end:], capsys, monkeypatch)
    assert code == 1
    assert err[0] == (
        "qd.yaml:18:10: ca_nhan: danh sách khen thưởng trống: cần ít nhất một tập thể (“tap_the”) "
        "hoặc một cá nhân (“ca_nhan”)"
    )
    assert len(err) == 2


def test_too_long_name_cannot_break_a_certificate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    long_name = "Nguyễn " * 8 + "Văn Bình"
    code, err = run_cli(tmp_path, BASE.replace("Trần Văn Bình", long_name), capsys, monkeypatch)
    assert code == 1
    assert err[0] == (
        f"qd.yaml:21:13: ca_nhan[0].ho_ten: họ tên dài {len(long_name.strip())} ký tự, quá 50 ký tự "
        "nên không vừa một trang bằng khen; hãy viết gọn lại"
    )

"""Công văn (Mẫu 1.5): number without a type code, V/v under it, Kính gửi, Nơi nhận from "- Như trên;"."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument

from reportgen.cli import main
from reportgen.make.pipeline import build_file

CONG_VAN = """\
loai: cong_van
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    TỈNH QUẢNG TRỊ
  ban_hanh: VĂN PHÒNG
  ten: Văn phòng UBND tỉnh
  viet_tat: VP
  dia_danh: Quảng Trị
van_ban:
  so: 7
  ngay: 05/02/2026
  don_vi_soan_thao: NV
  noi_nhan:
    - Chủ tịch UBND tỉnh (để báo cáo);
trich_yeu: V/v chuẩn bị đón Đoàn đại biểu tỉnh Savannakhet (Lào).
kinh_gui:
  - Sở Công Thương
  - Công an tỉnh;
noi_dung:
  - Văn phòng UBND tỉnh đề nghị các cơ quan chuẩn bị nội dung làm việc.
  - Đề nghị các cơ quan phối hợp thực hiện.
nguoi_ky:
  tham_quyen: kt. Chánh Văn phòng
  chuc_vu: Phó Chánh Văn phòng
  ho_ten: Hoàng Thị Thu Trang
"""


def build(tmp_path: Path, text: str = CONG_VAN) -> DocxDocument:
    source = tmp_path / "cv.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return Document(str(result.written[0]))


def texts(doc: DocxDocument) -> list[str]:
    return [p.text for p in doc.paragraphs if p.text.strip()]


def cell_lines(cell: object) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]  # type: ignore[attr-defined]


def test_number_has_no_type_code_and_vv_stands_under_it(tmp_path: Path) -> None:
    header = build(tmp_path).tables[0]
    assert cell_lines(header.cell(1, 0)) == ["Số: 07/VP-NV", "V/v chuẩn bị đón Đoàn đại biểu tỉnh Savannakhet (Lào)"]
    assert cell_lines(header.cell(1, 1)) == ["Quảng Trị, ngày 05 tháng 02 năm 2026"]
    assert cell_lines(header.cell(0, 0)) == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "VĂN PHÒNG"]


def test_several_recipients_are_a_dashed_list_under_the_colon(tmp_path: Path) -> None:
    doc = build(tmp_path)
    lines = texts(doc)
    start = lines.index("Kính gửi:")
    assert lines[start + 1 : start + 3] == ["- Sở Công Thương;", "- Công an tỉnh."]
    first = next(p for p in doc.paragraphs if p.text == "Kính gửi:")
    dash = next(p for p in doc.paragraphs if p.text == "- Sở Công Thương;")
    assert dash.paragraph_format.left_indent > first.paragraph_format.left_indent  # under the colon, not the K


def test_one_recipient_stays_on_the_kinh_gui_line(tmp_path: Path) -> None:
    text = CONG_VAN.replace("kinh_gui:\n  - Sở Công Thương\n  - Công an tỉnh;\n", "kinh_gui: Bộ Ngoại giao\n")
    assert "Kính gửi: Bộ Ngoại giao." in texts(build(tmp_path, text))


def test_body_ends_with_the_end_mark_and_receivers_start_as_above(tmp_path: Path) -> None:
    doc = build(tmp_path)
    assert texts(doc)[-1] == "Đề nghị các cơ quan phối hợp thực hiện./."
    receivers = cell_lines(doc.tables[-1].cell(0, 0))
    assert receivers == ["Nơi nhận:", "- Như trên;", "- Chủ tịch UBND tỉnh (để báo cáo);", "- Lưu: VT, NV."]
    signer = cell_lines(doc.tables[-1].cell(0, 1))
    assert signer == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hoàng Thị Thu Trang"]


def test_closing_attachments_contact_and_own_storage_line(tmp_path: Path) -> None:
    text = CONG_VAN.replace("  don_vi_soan_thao: NV\n", "  don_vi_soan_thao: NV\n  luu: VT, NV, 02b\n")
    text += "kem_theo:\n  - Dự kiến chương trình\n  - Danh sách Đoàn\nket_thuc: Trân trọng.\n"
    text += "lien_he: 'Điện thoại: 0233 3000000'\n"
    doc = build(tmp_path, text)
    lines = texts(doc)
    assert lines[-4:-1] == [
        "Đề nghị các cơ quan phối hợp thực hiện.",
        "Kèm theo: Dự kiến chương trình; Danh sách Đoàn.",
        "Trân trọng./.",
    ]
    assert cell_lines(doc.tables[-1].cell(0, 0))[-1] == "- Lưu: VT, NV, 02b."
    assert doc.paragraphs[-1].text == "Điện thoại: 0233 3000000"


def test_as_above_typed_by_hand_is_not_doubled(tmp_path: Path) -> None:
    text = CONG_VAN.replace("  noi_nhan:\n", "  noi_nhan:\n    - Như trên;\n")
    receivers = cell_lines(build(tmp_path, text).tables[-1].cell(0, 0))
    assert receivers.count("- Như trên;") == 1


def test_a_draft_leaves_number_and_date_blank(tmp_path: Path) -> None:
    text = CONG_VAN.replace("  so: 7\n  ngay: 05/02/2026\n", "")
    header = build(tmp_path, text).tables[0]
    number = cell_lines(header.cell(1, 0))[0]
    assert number.startswith("Số:") and number.endswith("/VP-NV") and not any(c.isdigit() for c in number)


def test_every_problem_at_once_with_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cv.yaml"
    bad = (
        CONG_VAN.replace("  ngay: 05/02/2026", "  ngay: 30/02/2026")
        .replace("  don_vi_soan_thao: NV\n", "")
        .replace("  tham_quyen: kt. Chánh Văn phòng", "  tham_quyen: Thay mặt Chánh Văn phòng")
    )
    source.write_text(bad, encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{source}:12:9: van_ban.ngay: ngày 30/02/2026 không có thật trong lịch" in err
    assert f"{source}:11:3: van_ban.don_vi_soan_thao: thiếu trường bắt buộc" in err
    assert (
        f"{source}:23:15: nguoi_ky.tham_quyen: “Thay mặt Chánh Văn phòng” không phải thẩm quyền ký; viết một trong"
        " TM., KT., TL., TUQ., Q. rồi chức vụ, ví dụ “KT. Giám đốc”; bỏ trống khi người đứng đầu ký thẳng"
    ) in err
    assert not (tmp_path / "out").exists()

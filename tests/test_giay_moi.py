"""Giấy mời (Mẫu 1.7): who invites whom, to what, when (weekday computed), where; long lists; one file each."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from reportgen.cli import main
from reportgen.make.pipeline import build_file, validate_paths
from reportgen.vietnamese import weekday
from scaffolds import fill_required

GIAY_MOI = """\
loai: giay_moi
co_quan:
  chu_quan: UBND THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban:
  so: 5
  ngay: 12/5/2026
  noi_nhan:
    - Giám đốc Sở (để báo cáo)
trich_yeu: Dự buổi làm việc với Đoàn công tác tỉnh Gangwon (Hàn Quốc)
khach_moi:
  - ho_ten: Nguyễn Văn Bình
    chuc_vu: Phó Giám đốc Sở Du lịch
su_kien: buổi làm việc với Đoàn công tác tỉnh Gangwon (Hàn Quốc)
thoi_gian:
  ngay: 19/5/2026
  gio_bat_dau: "14h"
dia_diem: Phòng họp tầng 3, trụ sở Sở Ngoại vụ
nguoi_ky:
  tham_quyen: KT. Giám đốc
  chuc_vu: Phó Giám đốc
  ho_ten: Lê Thị Minh Thư
"""
GUESTS = """\
khach_moi:
  - ho_ten: Nguyễn Văn Bình
    chuc_vu: Phó Giám đốc Sở Du lịch
  - danh_xung: bà
    ho_ten: Trần Thị Ngọc Hà
    chuc_vu: Phó Giám đốc Sở Giáo dục và Đào tạo
  - co_quan: Lãnh đạo Sở Y tế
"""
ONE_GUEST = "khach_moi:\n  - ho_ten: Nguyễn Văn Bình\n    chuc_vu: Phó Giám đốc Sở Du lịch\n"


def build(tmp_path: Path, text: str = GIAY_MOI) -> list[Path]:
    source = tmp_path / "gm.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return result.written


def lines(path: Path) -> list[str]:
    # no-break spaces read as spaces: where a line may not break is tested with the line rules
    return [" ".join(p.text.split()) for p in Document(str(path)).paragraphs if p.text.strip()]


def test_one_invitee_on_the_invitation_line_and_the_meeting_details(tmp_path: Path) -> None:
    text = lines(build(tmp_path)[0])
    start = text.index("GIẤY MỜI")
    assert text[start:] == [
        "GIẤY MỜI",
        "Dự buổi làm việc với Đoàn công tác tỉnh Gangwon (Hàn Quốc)",
        "Sở Ngoại vụ trân trọng kính mời: Đồng chí Nguyễn Văn Bình, Phó Giám đốc Sở Du lịch.",
        "Tới dự buổi làm việc với Đoàn công tác tỉnh Gangwon (Hàn Quốc).",
        "Thời gian: 14 giờ 00, thứ Ba, ngày 19 tháng 5 năm 2026.",
        "Địa điểm: Phòng họp tầng 3, trụ sở Sở Ngoại vụ./.",
    ]
    header = Document(str(build(tmp_path)[0])).tables[0]
    assert header.cell(1, 0).text.strip() == "Số: 05/GM-SNgV"


@pytest.mark.parametrize("offset", range(7))
def test_the_weekday_is_computed_from_the_date(tmp_path: Path, offset: int) -> None:
    day = date(2026, 5, 18) + timedelta(days=offset)  # Monday 18 May 2026 to Sunday 24 May
    expected = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"][offset]
    assert weekday(day) == expected
    text = GIAY_MOI.replace("ngay: 19/5/2026", f"ngay: {day.day}/{day.month}/2026")
    body = lines(build(tmp_path, text)[0])
    assert f"Thời gian: 14 giờ 00, {expected}, ngày {day.day} tháng 5 năm 2026." in body


def test_a_span_of_hours_and_a_span_of_days(tmp_path: Path) -> None:
    hours = GIAY_MOI.replace('  gio_bat_dau: "14h"', '  gio_bat_dau: "14h"\n  gio_ket_thuc: 16 giờ 30')
    assert "Thời gian: từ 14 giờ 00 đến 16 giờ 30, thứ Ba, ngày 19 tháng 5 năm 2026." in lines(
        build(tmp_path, hours)[0]
    )
    days = GIAY_MOI.replace('  gio_bat_dau: "14h"', '  gio_bat_dau: "14h"\n  den_ngay: 21/5/2026')
    assert (
        "Thời gian: từ 14 giờ 00, thứ Ba, ngày 19 tháng 5 năm 2026 đến hết thứ Năm, ngày 21 tháng 5 năm 2026."
        in lines(build(tmp_path, days)[0])
    )


def test_several_invitees_a_dashed_list_and_optional_lines_in_the_model_order(tmp_path: Path) -> None:
    text = GIAY_MOI.replace(ONE_GUEST, GUESTS) + (
        "chu_tri: đồng chí Lê Thị Minh Thư, Phó Giám đốc Sở Ngoại vụ\n"
        "thanh_phan: [Lãnh đạo Sở Ngoại vụ, Phòng Hợp tác quốc tế]\n"
        "chuan_bi: [Đề nghị chuẩn bị ý kiến về nội dung hợp tác.]\n"
        "lien_he:\n  ho_ten: Phạm Thị Lan\n  chuc_vu: chuyên viên\n  dien_thoai: 0236 3000000\n"
        "ket_thuc: Rất mong các đồng chí tham dự đúng giờ.\n"
    )
    body = lines(build(tmp_path, text)[0])
    start = body.index("Sở Ngoại vụ trân trọng kính mời:")
    assert body[start:] == [
        "Sở Ngoại vụ trân trọng kính mời:",
        "- Đồng chí Nguyễn Văn Bình, Phó Giám đốc Sở Du lịch;",
        "- Bà Trần Thị Ngọc Hà, Phó Giám đốc Sở Giáo dục và Đào tạo;",
        "- Lãnh đạo Sở Y tế.",
        "Tới dự buổi làm việc với Đoàn công tác tỉnh Gangwon (Hàn Quốc).",
        "Chủ trì: đồng chí Lê Thị Minh Thư, Phó Giám đốc Sở Ngoại vụ.",
        "Thời gian: 14 giờ 00, thứ Ba, ngày 19 tháng 5 năm 2026.",
        "Địa điểm: Phòng họp tầng 3, trụ sở Sở Ngoại vụ.",
        "Thành phần tham dự: Lãnh đạo Sở Ngoại vụ và Phòng Hợp tác quốc tế.",
        "Đề nghị chuẩn bị ý kiến về nội dung hợp tác.",
        "Thông tin chi tiết xin liên hệ: Phạm Thị Lan (chuyên viên), điện thoại 0236 3000000.",
        "Rất mong các đồng chí tham dự đúng giờ./.",
    ]


def test_receivers_start_as_above(tmp_path: Path) -> None:
    sign = Document(str(build(tmp_path)[0])).tables[-1]
    receivers = [p.text for p in sign.cell(0, 0).paragraphs if p.text]
    assert receivers == ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để báo cáo);", "- Lưu: VT."]


def test_a_long_list_goes_after_the_signature(tmp_path: Path) -> None:
    text = GIAY_MOI.replace(ONE_GUEST, GUESTS) + "danh_sach_kem_theo: có\n"
    doc = Document(str(build(tmp_path, text)[0]))
    body = [" ".join(p.text.split()) for p in doc.paragraphs if p.text.strip()]
    assert "Sở Ngoại vụ trân trọng kính mời các đại biểu có tên trong danh sách kèm theo." in body
    assert "(Kèm theo Giấy mời số 05/GM-SNgV ngày 12 tháng 5 năm 2026 của Sở Ngoại vụ)" in body
    rows = [[c.text for c in row.cells] for row in doc.tables[-1].rows]
    assert rows == [
        ["TT", "Họ và tên, cơ quan", "Chức vụ, đơn vị"],
        ["1", "Đồng chí Nguyễn Văn Bình", "Phó Giám đốc Sở Du lịch"],
        ["2", "Bà Trần Thị Ngọc Hà", "Phó Giám đốc Sở Giáo dục và Đào tạo"],
        ["3", "Lãnh đạo Sở Y tế", ""],
    ]


def test_one_file_per_invitee_names_only_that_invitee(tmp_path: Path) -> None:
    text = GIAY_MOI.replace(ONE_GUEST, GUESTS) + "tach_tep: có\ndanh_sach_kem_theo: có\n"
    written = build(tmp_path, text)
    assert [p.name for p in written] == [
        "gm.docx",
        "gm-001_Nguyễn_Văn_Bình.docx",
        "gm-002_Trần_Thị_Ngọc_Hà.docx",
        "gm-003_Lãnh_đạo_Sở_Y_tế.docx",
    ]
    second = lines(written[2])
    assert "Sở Ngoại vụ trân trọng kính mời: Bà Trần Thị Ngọc Hà, Phó Giám đốc Sở Giáo dục và Đào tạo." in second
    assert not any("Nguyễn Văn Bình" in line or "DANH SÁCH" in line for line in second)


def test_many_invitees_in_the_text_are_warned_about(tmp_path: Path) -> None:
    many = "khach_moi:\n" + "".join(f"  - co_quan: Lãnh đạo Sở số {i}\n" for i in range(1, 10))
    source = tmp_path / "gm.yaml"
    source.write_text(GIAY_MOI.replace(ONE_GUEST, many), encoding="utf-8")
    [result] = validate_paths([source])
    assert result.ok
    assert [w.render() for w in result.warnings] == [
        f"{source}:15:3: cảnh báo: khach_moi: mời 9 khách ngay trong giấy mời; nên ghi “danh_sach_kem_theo: có”"
        " để in danh sách kèm theo sau chữ ký"
    ]


def test_every_problem_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = (
        GIAY_MOI.replace("  ngay: 19/5/2026", "  ngay: 31/6/2026\n  thu: thứ Ba")
        .replace(
            "    chuc_vu: Phó Giám đốc Sở Du lịch\n", "    chuc_vu: Phó Giám đốc Sở Du lịch\n    co_quan: Sở Du lịch\n"
        )
        .replace("  ngay: 12/5/2026", "  ngay: 12/5/2026")
    )
    source = tmp_path / "gm.yaml"
    source.write_text(bad, encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert (
        f"{source}:15:5: khach_moi[0]: một khách mời là một người (ho_ten, chuc_vu) hoặc một cơ quan (co_quan),"
        " không cả hai" in err
    )
    assert f"{source}:20:9: thoi_gian.ngay: ngày 31/6/2026 không có thật trong lịch" in err
    assert f"{source}:21:8: thoi_gian.thu: trường “thu” không có trong mẫu nhập liệu" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("  ngay: 19/5/2026", "  ngay: 10/5/2026"),
            "thoi_gian: ngày diễn ra (10/5/2026) trước ngày ký giấy mời (12/5/2026)",
        ),
        (
            ('  gio_bat_dau: "14h"', '  gio_bat_dau: "14h"\n  gio_ket_thuc: "13:30"'),
            "thoi_gian: giờ kết thúc (13:30) không sau giờ bắt đầu (14:00) trong cùng ngày",
        ),
        (
            ('  gio_bat_dau: "14h"', '  gio_bat_dau: "14h"\n  den_ngay: 18/5/2026'),
            "thoi_gian: “den_ngay” (18/5/2026) trước ngày bắt đầu (19/5/2026)",
        ),
    ],
)
def test_impossible_times_are_refused(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    source = tmp_path / "gm.yaml"
    source.write_text(GIAY_MOI.replace(*change), encoding="utf-8")
    [result] = validate_paths([source])
    assert [p.render().split(": ", 1)[1] for p in result.problems] == [message]


def test_invitees_come_from_the_excel_sheet(tmp_path: Path) -> None:
    source = tmp_path / "gm.yaml"
    assert main(["init", "giay_moi", str(source)]) == 0
    fill_required("giay_moi", source)  # the rest of the scaffold, as a person types it (init leaves it empty)
    book = openpyxl.load_workbook(tmp_path / "gm.xlsx")
    sheet = book["Khách mời"]
    sheet.append(["bà", "Trần Thị Ngọc Hà", "Phó Giám đốc Sở Giáo dục và Đào tạo", None])
    sheet.append([None, None, None, "Lãnh đạo Sở Y tế"])
    book.save(tmp_path / "gm.xlsx")
    assert main(["import-xlsx", str(tmp_path / "gm.xlsx"), "--into", str(source)]) == 0
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    body = lines(result.written[0])
    assert "- Bà Trần Thị Ngọc Hà, Phó Giám đốc Sở Giáo dục và Đào tạo;" in body
    assert "- Lãnh đạo Sở Y tế." in body

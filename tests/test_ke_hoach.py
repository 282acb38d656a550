"""Kế hoạch: sections numbered over the parts it has, tables where the nội dung places them, the programme of a
kế hoạch đón đoàn printed exactly as the chuong_trinh kind prints the same rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.check.nd30 import check_docx
from reportgen.cli import main
from reportgen.make.pipeline import build_file
from test_chuong_trinh import CHUONG_TRINH, schedule_rows

HEAD = """\
loai: ke_hoach
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    TỈNH PHÚ THỌ
  ban_hanh: VĂN PHÒNG
  ten: Văn phòng UBND tỉnh
  viet_tat: VP
  dia_danh: Phú Thọ
van_ban:
  so: 12
  ngay: 05/11/2025
  noi_nhan: [Chủ tịch UBND tỉnh (để báo cáo)]
  luu: VT, NV
trich_yeu: Đón tiếp Đoàn Đại sứ quán Nhật Bản
muc_dich: [Tăng cường quan hệ hợp tác với các địa phương Nhật Bản.]
yeu_cau: ["Đón tiếp trang trọng, an toàn, tiết kiệm."]
"""
TAIL = """\
to_chuc_thuc_hien:
  - don_vi: Văn phòng UBND tỉnh
    nhiem_vu: [Chủ trì tổ chức đón tiếp Đoàn, Bố trí phiên dịch]
  - don_vi: Công an tỉnh
    nhiem_vu: [Bảo đảm an ninh]
nguoi_ky:
  tham_quyen: KT. Chánh Văn phòng
  chuc_vu: Phó Chánh Văn phòng
  ho_ten: Hoàng Văn Nam
"""
LICH = CHUONG_TRINH[CHUONG_TRINH.index("lich:") : CHUONG_TRINH.index("nguoi_ky:")]
DON_DOAN = (
    HEAD
    + """\
noi_dung:
  - tieu_de: Thành phần Đoàn
    doan_van: [Đoàn gồm 05 thành viên.]
  - tieu_de: Chương trình làm việc dự kiến
    bang: lich
  - tieu_de: Công tác lễ tân
    y: [Treo cờ hai nước, Chuẩn bị quà tặng]
"""
    + LICH
    + "kinh_phi: [Từ nguồn kinh phí đối ngoại năm 2025.]\n"
    + TAIL
)
TASKS = """\
nhiem_vu:
  - noi_dung: Xây dựng tài liệu giới thiệu tỉnh
    chu_tri: Sở Văn hóa, Thể thao và Du lịch
    phoi_hop: [Văn phòng UBND tỉnh]
    thoi_gian: 10/11/2025
  - noi_dung: Rà soát các dự án của nhà đầu tư Nhật Bản
    chu_tri: Sở Tài chính
    thoi_gian: Quý IV/2025
"""


def build(tmp_path: Path, text: str) -> Path:
    tmp_path.mkdir(exist_ok=True)
    source = tmp_path / "kh.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return result.written[0]


def texts(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs if p.text]


def test_sections_items_and_end_mark_of_a_visit_plan(tmp_path: Path) -> None:
    lines = texts(build(tmp_path, DON_DOAN))
    assert lines[:3] == [
        "KẾ HOẠCH",
        "Đón tiếp Đoàn Đại sứ quán Nhật Bản",
        "Văn phòng UBND tỉnh ban hành Kế hoạch đón tiếp Đoàn Đại sứ quán Nhật Bản như sau:",
    ]
    assert lines[3:] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "Tăng cường quan hệ hợp tác với các địa phương Nhật Bản.",
        "2. Yêu cầu",
        "Đón tiếp trang trọng, an toàn, tiết kiệm.",
        "II. NỘI DUNG",
        "1. Thành phần Đoàn",
        "Đoàn gồm 05 thành viên.",
        "2. Chương trình làm việc dự kiến",
        "3. Công tác lễ tân",
        "- Treo cờ hai nước;",
        "- Chuẩn bị quà tặng.",
        "III. KINH PHÍ",
        "Từ nguồn kinh phí đối ngoại năm 2025.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Văn phòng UBND tỉnh:",
        "- Chủ trì tổ chức đón tiếp Đoàn;",
        "- Bố trí phiên dịch.",
        "2. Công an tỉnh:",
        "- Bảo đảm an ninh./.",
    ]


def test_the_programme_is_the_chuong_trinh_table_of_the_same_rows(tmp_path: Path) -> None:
    plan = build(tmp_path / "kh", DON_DOAN)
    programme = build_file_ct(tmp_path / "ct")
    assert schedule_rows(plan) == schedule_rows(programme)
    assert schedule_rows(plan)[1] == ["Thứ Tư, ngày 12/11/2025"]


def build_file_ct(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    source = tmp_path / "ct.yaml"
    source.write_text(CHUONG_TRINH, encoding="utf-8")
    return build_file(source, tmp_path / "out").written[0]


def test_task_table_comes_last_in_the_content_when_no_item_places_it(tmp_path: Path) -> None:
    path = build(tmp_path, HEAD + TASKS + TAIL)
    lines = texts(path)
    assert lines[lines.index("II. NỘI DUNG") + 1] == "1. Phân công nhiệm vụ"
    assert lines[lines.index("1. Phân công nhiệm vụ") + 1] == "III. TỔ CHỨC THỰC HIỆN"  # no kinh phí: III.
    table = next(t for t in Document(str(path)).tables if t.cell(0, 0).text == "TT")
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [
            "1",
            "Xây dựng tài liệu giới thiệu tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Văn phòng UBND tỉnh",
            "10/11/2025",
        ],
        ["2", "Rà soát các dự án của nhà đầu tư Nhật Bản", "Sở Tài chính", "", "Quý IV/2025"],
    ]


def test_documents_have_no_finding(tmp_path: Path) -> None:
    for i, text in enumerate((DON_DOAN, HEAD + TASKS + TAIL)):
        path = build(tmp_path / str(i), text)
        assert [f.render() for f in check_docx(path)] == []


def test_a_table_placed_without_rows_and_a_bad_date_reported_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = HEAD + "noi_dung:\n  - tieu_de: Phân công\n    bang: nhiem_vu\n" + TASKS.replace("10/11/2025", "30/02/2025")
    source = tmp_path / "kh.yaml"
    source.write_text(text.replace("nhiem_vu:\n  - noi", "nhiem_vu_x:\n  - noi") + TAIL, encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "bảng “nhiem_vu” nhưng danh sách “nhiem_vu” trống" in err
    assert "nhiem_vu_x" in err
    source.write_text(text + TAIL, encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    assert "nhiem_vu[0].thoi_gian: ngày 30/02/2025 không có thật trong lịch" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_one_general_paragraph_is_not_numbered_and_a_closing_takes_the_end_mark(tmp_path: Path) -> None:
    tail = TAIL.replace(
        "  - don_vi: Văn phòng UBND tỉnh\n    nhiem_vu: [Chủ trì tổ chức đón tiếp Đoàn, Bố trí phiên dịch]\n"
        "  - don_vi: Công an tỉnh\n    nhiem_vu: [Bảo đảm an ninh]\n",
        "  - nhiem_vu: [Các cơ quan triển khai Kế hoạch này.]\n",
    )
    lines = texts(build(tmp_path, HEAD + TASKS + "ket_thuc: Trên đây là Kế hoạch đón tiếp Đoàn.\n" + tail))
    assert lines[-3:] == [
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan triển khai Kế hoạch này.",
        "Trên đây là Kế hoạch đón tiếp Đoàn./.",
    ]

"""Thông báo kết luận: title and opening paragraph built from the meeting data, conclusions, tasks as text or table."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.cli import main
from reportgen.make.pipeline import build_file

THONG_BAO = """\
loai: thong_bao_ket_luan
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: VĂN PHÒNG
  ten: Văn phòng UBND thành phố
  viet_tat: VP
  dia_danh: Đà Nẵng
van_ban:
  so: 7
  ngay: 06/10/2017
  noi_nhan: [Sở Ngoại vụ]
  luu: VT, KGVX
cuoc_hop:
  ngay: 03/10/2017
  buoi: chiều
  dia_diem: trụ sở UBND thành phố
  chu_tri:
    ho_ten: Trần Văn Miên
    chuc_vu: Phó Chủ tịch UBND thành phố
  lam_viec_voi: Sở Ngoại vụ
  ve_viec: công tác chuẩn bị Tuần lễ cấp cao APEC 2017
  tham_du:
    - co_quan: Sở Ngoại vụ
      nguoi:
        - ho_ten: Trần Thị Hồng Nhung
          chuc_vu: Giám đốc Sở Ngoại vụ
    - co_quan: Sở Tài chính
    - co_quan: Sở Nội vụ
    - co_quan: Công an thành phố
      thanh_phan: đại diện lãnh đạo
  nghe_bao_cao:
    - trinh_bay: lãnh đạo Sở Ngoại vụ
      noi_dung: báo cáo tiến độ chuẩn bị
ket_luan:
  - Đánh giá cao công tác chuẩn bị.
  - noi_dung: "Các cơ quan tập trung:"
    y: [rà soát kế hoạch, bảo đảm an ninh.]
nhiem_vu:
  - chu_tri: Sở Ngoại vụ
    phoi_hop: [Sở Tài chính, Sở Nội vụ]
    noi_dung: tham mưu kế hoạch đón tiếp
    thoi_han: 20/10/2017
  - chu_tri: Công an thành phố
    noi_dung: bảo đảm an ninh, trật tự
    thoi_han: thường xuyên
nguoi_ky:
  tham_quyen: KT. Chánh Văn phòng
  chuc_vu: Phó Chánh Văn phòng
  ho_ten: Nguyễn Thanh Hà
"""

OPENING = (
    "Chiều ngày 03 tháng 10 năm 2017, tại trụ sở UBND thành phố, đồng chí Trần Văn Miên, Phó Chủ tịch UBND thành "
    "phố đã chủ trì buổi làm việc với Sở Ngoại vụ về công tác chuẩn bị Tuần lễ cấp cao APEC 2017. Tham dự buổi làm "
    "việc có: đồng chí Trần Thị Hồng Nhung, Giám đốc Sở Ngoại vụ; lãnh đạo Sở Tài chính và Sở Nội vụ; đại diện lãnh "
    "đạo Công an thành phố."
)


def build(tmp_path: Path, text: str = THONG_BAO) -> list[str]:
    source = tmp_path / "tb.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return [p.text for p in Document(str(result.written[0])).paragraphs if p.text]


def test_title_and_opening_paragraph_come_from_the_meeting(tmp_path: Path) -> None:
    lines = build(tmp_path)
    assert lines[:4] == [
        "THÔNG BÁO",
        "Kết luận của đồng chí Trần Văn Miên, Phó Chủ tịch UBND thành phố tại buổi làm việc với Sở Ngoại vụ về công "
        "tác chuẩn bị Tuần lễ cấp cao APEC 2017",
        OPENING,
        "Sau khi nghe lãnh đạo Sở Ngoại vụ báo cáo tiến độ chuẩn bị và ý kiến của các đại biểu dự họp, đồng chí Trần "
        "Văn Miên kết luận như sau:",
    ]


def test_a_giao_ban_is_a_meeting_not_a_working_session(tmp_path: Path) -> None:
    text = THONG_BAO.replace("  lam_viec_voi: Sở Ngoại vụ\n", "  lam_viec_voi: các sở, ngành\n  loai: giao ban\n")
    lines = build(tmp_path, text)
    assert lines[1].startswith(
        "Kết luận của đồng chí Trần Văn Miên, Phó Chủ tịch UBND thành phố tại cuộc họp giao ban "
    )
    assert "đã chủ trì cuộc họp giao ban với các sở, ngành" in lines[2]
    assert "Tham dự cuộc họp có:" in lines[2]
    assert not any("buổi làm việc" in line for line in lines)


def test_conclusions_then_tasks_then_closing_formula(tmp_path: Path) -> None:
    lines = build(tmp_path)
    assert lines[4:] == [
        "1. Đánh giá cao công tác chuẩn bị.",
        "2. Các cơ quan tập trung:",
        "a) rà soát kế hoạch;",
        "b) bảo đảm an ninh.",
        "3. Tổ chức thực hiện:",
        "a) Giao Sở Ngoại vụ chủ trì, phối hợp với Sở Tài chính và Sở Nội vụ tham mưu kế hoạch đón tiếp; thời hạn "
        "hoàn thành: trước ngày 20 tháng 10 năm 2017;",
        "b) Giao Công an thành phố bảo đảm an ninh, trật tự; thời hạn hoàn thành: thường xuyên.",
        "Văn phòng UBND thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ]


def test_tasks_as_a_table_when_asked(tmp_path: Path) -> None:
    source = tmp_path / "tb.yaml"
    source.write_text(THONG_BAO + "nhiem_vu_dang_bang: true\n", encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok
    doc = Document(str(result.written[0]))
    table = next(t for t in doc.tables if t.cell(0, 0).text == "TT")
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
        [
            "1",
            "tham mưu kế hoạch đón tiếp",
            "Sở Ngoại vụ",
            "Sở Tài chính, Sở Nội vụ",
            "trước ngày 20 tháng 10 năm 2017",
        ],
        ["2", "bảo đảm an ninh, trật tự", "Công an thành phố", "", "thường xuyên"],
    ]
    assert not [p for p in doc.paragraphs if p.text.startswith("a) Giao")]


def test_header_number_and_signature(tmp_path: Path) -> None:
    source = tmp_path / "tb.yaml"
    source.write_text(THONG_BAO, encoding="utf-8")
    doc = Document(str(build_file(source, tmp_path / "out").written[0]))
    assert doc.tables[0].cell(1, 0).text == "Số: 07/TB-VP"
    assert doc.tables[0].cell(1, 1).text == "Đà Nẵng, ngày 06 tháng 10 năm 2017"
    signer = [p.text for p in doc.tables[-1].cell(0, 1).paragraphs if p.text]
    assert signer == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thanh Hà"]


def test_impossible_deadline_is_reported_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "tb.yaml"
    source.write_text(THONG_BAO.replace("thoi_han: 20/10/2017", "thoi_han: 31/11/2017"), encoding="utf-8")
    assert main(["validate", str(source)]) == 1
    assert f"{source}:44:15: nhiem_vu[0].thoi_han: ngày 31/11/2017 không có thật trong lịch" in (
        capsys.readouterr().err.splitlines()
    )

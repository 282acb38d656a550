"""Tham luận: title block with topic and presenting body, protocol salutations, figures quoted from the report."""

from __future__ import annotations

from pathlib import Path

from reportgen.make.pipeline import build_file, prepare
from speech_inputs import GUESTS, REPORT, texts, write

THAM_LUAN = (
    """\
loai: tham_luan
chu_de: >-
  “Thành phố Đà Nẵng triển khai đường lối đối ngoại: kết quả và nhiệm vụ”.
co_quan_trinh_bay: Thành ủy Đà Nẵng
nguoi_trinh_bay:
  ho_ten: Nguyễn Văn Quảng
  chuc_vu: Ủy viên Trung ương Đảng, Bí thư Thành ủy Đà Nẵng
su_kien: Hội nghị Đối ngoại toàn quốc
dia_diem: Hà Nội
ngay: 14/12/2021
bao_cao: bao_cao.yaml
"""
    + GUESTS
    + """\
noi_dung:
  phan:
    - tieu_de: 1. Kết quả
      doan_van: |
        Thành phố đã tổ chức {{ so_lieu.doan_ra.so_doan }} đoàn ra và đón {{ so_lieu.doan_vao.so_doan }} đoàn vào.
    - doan_van: Đoạn kết.
"""
)


def test_title_block_names_topic_body_presenter_event_and_date(tmp_path: Path) -> None:
    write(tmp_path, "bao_cao.yaml", REPORT)
    result = build_file(write(tmp_path, "tl.yaml", THAM_LUAN), tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    lines = [t.replace("\xa0", " ") for t in texts(result.written[0]) if t]  # centred lines keep phrases whole
    assert lines[:6] == [
        "THAM LUẬN",
        "THÀNH PHỐ ĐÀ NẴNG TRIỂN KHAI ĐƯỜNG LỐI ĐỐI NGOẠI: KẾT QUẢ VÀ NHIỆM VỤ",
        "của Thành ủy Đà Nẵng",
        "tại Hội nghị Đối ngoại toàn quốc",
        "(Đồng chí Nguyễn Văn Quảng, Ủy viên Trung ương Đảng, Bí thư Thành ủy Đà Nẵng trình bày)",
        "Hà Nội, ngày 14 tháng 12 năm 2021",
    ]
    assert lines[6:9] == [
        "Kính thưa đồng chí Lê Thị Thu Hằng, Thứ trưởng Bộ Ngoại giao;",
        "Thưa các đồng chí lãnh đạo Thành ủy, HĐND, UBND thành phố;",
        "Thưa các vị đại biểu, các đồng chí!",
    ]
    assert lines[9] == "1. Kết quả"
    figures = prepare(tmp_path / "bao_cao.yaml").documents[0].context["so_lieu"]
    assert lines[10] == (
        f"Thành phố đã tổ chức {figures['doan_ra']['so_doan']} đoàn ra và đón "
        f"{figures['doan_vao']['so_doan']} đoàn vào."
    )
    assert lines[10] == "Thành phố đã tổ chức 01 đoàn ra và đón 03 đoàn vào."
    assert lines[-2:] == ["Đoạn kết.", "Xin trân trọng cảm ơn!"]


def test_guest_entry_is_a_person_or_a_group(tmp_path: Path) -> None:
    bad = THAM_LUAN.replace(
        "  - nhom: các vị đại biểu, các đồng chí\n", "  - nhom: các vị đại biểu\n    ho_ten: Lê Văn A\n"
    )
    result = build_file(write(tmp_path, "tl.yaml", bad), tmp_path / "out")
    assert [p.render() for p in result.problems] == [
        f"{tmp_path / 'tl.yaml'}:13:5: dai_bieu[0]: một mục chỉ ghi một người (ho_ten, chuc_vu) hoặc một nhóm (nhom)"
    ]

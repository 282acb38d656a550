"""`apply_edits`: any field of a person's YAML changed through the round-trip writer, everything else as written."""

from __future__ import annotations

from reportgen.author.yaml_lists import Row, apply_edits, roundtrip_text

TEXT = """\
# Báo cáo năm: ghi chú đầu tệp
loai: bao_cao_nam
nam: 2021  # năm báo cáo
co_quan:
  # tên trong câu văn
  ten: 'Sở Ngoại vụ'
  viet_tat: SNgV
doan_vao:
  # đoàn thứ nhất
  - ten_doan: Đoàn A
    so_nguoi: 3
    ghi_chu_rieng: giữ nguyên
  - ten_doan: Đoàn B  # đoàn thứ hai
    so_nguoi: 4
# Đoàn ra: mỗi đoàn một mục
doan_ra: []
"""


def edited(edits: dict[str, object]) -> str:
    return apply_edits(roundtrip_text(TEXT, "x.yaml"), TEXT, edits)


def test_no_edit_writes_the_same_text() -> None:
    assert edited({}) == TEXT


def test_a_changed_value_keeps_every_comment_and_the_other_quotes() -> None:
    text = edited({"nam": 2022, "co_quan": {"viet_tat": "SNV"}})
    assert "nam: 2022  # năm báo cáo" in text
    assert "  ten: 'Sở Ngoại vụ'" in text and "viet_tat: SNV" in text
    assert text.replace("2022", "2021").replace("SNV", "SNgV") == TEXT


def test_a_value_equal_to_the_file_is_not_rewritten() -> None:
    assert edited({"co_quan": {"ten": "Sở Ngoại vụ"}}) == TEXT


def test_empty_values_are_not_added_and_new_ones_are() -> None:
    text = edited({"pham_vi": None, "kinh_gui": [], "co_quan": {"dia_danh": "Đà Nẵng"}, "nam_truoc": {}})
    assert "pham_vi" not in text and "kinh_gui" not in text and "nam_truoc" not in text
    assert "  dia_danh: Đà Nẵng\n" in text


def test_records_keep_their_own_comments_and_hidden_fields_when_reordered() -> None:
    rows = [Row({"so_nguoi": 5}, 1), Row({}, 0), Row({"ten_doan": "Đoàn C", "so_nguoi": 2})]
    text = edited({"doan_vao": rows})
    assert text.index("Đoàn B") < text.index("Đoàn A") < text.index("Đoàn C")
    assert "ten_doan: Đoàn B  # đoàn thứ hai" in text and "so_nguoi: 5" in text
    assert "ghi_chu_rieng: giữ nguyên" in text
    assert "# Đoàn ra: mỗi đoàn một mục\ndoan_ra: []" in text


def test_a_deleted_last_record_does_not_take_the_next_comment_with_it() -> None:
    text = edited({"doan_vao": [Row({}, 0)]})
    assert "Đoàn B" not in text
    assert "# Đoàn ra: mỗi đoàn một mục\ndoan_ra: []" in text


def test_multi_line_text_is_written_as_a_block() -> None:
    text = edited({"co_quan": {"ten": "Dòng một\nDòng hai"}})
    assert "  ten: |-\n    Dòng một\n    Dòng hai\n" in text


def test_fields_the_edit_did_not_touch_keep_their_line_wrapping() -> None:
    text = TEXT.replace(
        "doan_ra: []\n",
        "doan_ra: []\nmuc_tieu: Một câu dài được người soạn ngắt\n  xuống dòng cho dễ đọc\n",
    )
    out = apply_edits(roundtrip_text(text, "x.yaml"), text, {"nam": 2030})
    assert "muc_tieu: Một câu dài được người soạn ngắt\n  xuống dòng cho dễ đọc\n" in out
    assert out.replace("nam: 2030", "nam: 2021") == text
    changed = apply_edits(roundtrip_text(text, "x.yaml"), text, {"muc_tieu": "Câu mới"})
    assert changed.endswith("muc_tieu: Câu mới\n") and "Đoàn A" in changed

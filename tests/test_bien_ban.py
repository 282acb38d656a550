"""Biên bản: no date line in the header, the closing time, THƯ KÝ left and CHỦ TỌA right, time order checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reportgen.cli import main
from reportgen.make.pipeline import build_file
from reportgen.vietnamese.numbering import NUMBER_BLANK

BIEN_BAN = """\
loai: bien_ban
co_quan:
  chu_quan: UBND THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban: {so: 3}
ten_cuoc_hop: Cuộc họp tổng kết công tác đối ngoại năm 2022
ngay: 28/12/2022
gio_bat_dau: "8h"
gio_ket_thuc: 11 giờ 15
dia_diem: phòng họp Sở Ngoại vụ
chu_toa:
  ho_ten: Trần Thị Hồng Nhung
  chuc_vu: Giám đốc Sở Ngoại vụ
thu_ky:
  ho_ten: Nguyễn Thị Thanh Vân
  chuc_vu: Chuyên viên Văn phòng Sở
co_mat:
  - Đồng chí Nguyễn Văn Hùng, Phó Giám đốc Sở
  - Lãnh đạo các phòng thuộc Sở;
y_kien:
  - nguoi: Đồng chí Hoàng Minh Đức, Trưởng phòng Hợp tác quốc tế
    noi_dung: thống nhất với dự thảo báo cáo.
ket_luan: Thống nhất thông qua báo cáo.
"""


def build(tmp_path: Path, text: str = BIEN_BAN) -> Path:
    source = tmp_path / "bb.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return result.written[0]


def test_signatures_side_by_side_secretary_left_chair_right(tmp_path: Path) -> None:
    doc = Document(str(build(tmp_path)))
    last = doc.tables[-1]
    assert len(last.rows) == 1 and len(last.columns) == 2
    left, right = ([p.text for p in cell.paragraphs if p.text] for cell in last.rows[0].cells)
    assert left == ["THƯ KÝ", "Nguyễn Thị Thanh Vân"]
    assert right == ["CHỦ TỌA", "Trần Thị Hồng Nhung"]


def test_receivers_under_the_signatures_as_model_form_1_9(tmp_path: Path) -> None:
    doc = Document(str(build(tmp_path)))
    texts = [p.text for p in doc.paragraphs]
    assert texts[-2:] == ["Nơi nhận:", "- Lưu: VT, Hồ sơ."]
    body = doc.element.body
    assert body.index(doc.tables[-1]._tbl) < body.index(doc.paragraphs[-2]._p)  # under the signatures
    text = BIEN_BAN.replace("van_ban: {so: 3}", "van_ban: {so: 3, noi_nhan: [Lãnh đạo Sở], luu: 'VT, VP'}")
    texts = [p.text for p in Document(str(build(tmp_path, text))).paragraphs]
    assert texts[-3:] == ["Nơi nhận:", "- Lãnh đạo Sở;", "- Lưu: VT, VP."]


def test_header_has_number_but_no_place_and_date(tmp_path: Path) -> None:
    header = Document(str(build(tmp_path))).tables[0]
    assert header.cell(1, 0).text == "Số: 03/BB-SNgV"
    assert header.cell(1, 1).text == ""


def test_body_opens_with_time_and_place_and_ends_with_closing_time(tmp_path: Path) -> None:
    lines = [p.text.replace("\xa0", " ") for p in Document(str(build(tmp_path))).paragraphs if p.text]
    assert lines[:3] == [
        "BIÊN BẢN",
        "Cuộc họp tổng kết công tác đối ngoại năm 2022",
        "Vào lúc 08 giờ 00 phút, ngày 28 tháng 12 năm 2022, tại phòng họp Sở Ngoại vụ, Sở Ngoại vụ tổ chức cuộc họp "
        "tổng kết công tác đối ngoại năm 2022.",
    ]
    assert "1. Chủ trì (chủ tọa): Đồng chí Trần Thị Hồng Nhung, Giám đốc Sở Ngoại vụ." in lines
    assert lines[lines.index("3. Thành phần có mặt:") + 1 :][:3] == [
        "- Đồng chí Nguyễn Văn Hùng, Phó Giám đốc Sở;",
        "- Lãnh đạo các phòng thuộc Sở.",
        "4. Vắng mặt: không.",
    ]
    assert "- Đồng chí Hoàng Minh Đức, Trưởng phòng Hợp tác quốc tế: thống nhất với dự thảo báo cáo." in lines
    assert lines[-3] == "Cuộc họp kết thúc vào lúc 11 giờ 15 phút cùng ngày./."  # then the Nơi nhận block


def test_closing_before_opening_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bb.yaml"
    source.write_text(BIEN_BAN.replace("gio_ket_thuc: 11 giờ 15", "gio_ket_thuc: 07:45"), encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{source}:12:15: gio_ket_thuc: giờ kết thúc (07:45) trước giờ bắt đầu (08:00) trong cùng ngày"
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("25:00", "giờ “25:00” không có thật"),
        ("tám giờ", "“tám giờ” không phải là giờ; viết dạng 08:30 hoặc 8 giờ 30"),
    ],
)
def test_times_are_read_the_way_staff_write_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str, message: str
) -> None:
    source = tmp_path / "bb.yaml"
    source.write_text(BIEN_BAN.replace('gio_bat_dau: "8h"', f"gio_bat_dau: {written}"), encoding="utf-8")
    assert main(["validate", str(source)]) == 1
    assert f"{source}:11:14: gio_bat_dau: {message}" in capsys.readouterr().err.splitlines()


EXAMPLE = Path(__file__).resolve().parents[1] / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_a_draft_is_numbered_from_the_register_as_bb_and_keeps_its_meeting_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``reportgen issue`` on the example made a draft: the next number of the BB series, printed …/BB-SNgV."""
    from reportgen.register.open import open_register
    from reportgen.register.series import vietnam_today

    monkeypatch.chdir(tmp_path)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "\nvan_ban:\n  so: 3\n" in text
    (tmp_path / "bb.yaml").write_text(text.replace("\nvan_ban:\n  so: 3\n", "\nvan_ban:\n  luu: VT, VP\n"))
    assert main(["build", "bb.yaml", "--templates", str(TEMPLATES)]) == 0
    assert Document("outputs/bb.docx").tables[0].cell(1, 0).text == f"Số: {NUMBER_BLANK}/BB-SNgV"
    capsys.readouterr()

    assert main(["issue", "bb.yaml", "--templates", str(TEMPLATES)]) == 0
    today = vietnam_today()
    shown = f"{today.day:02d}/{today.month:02d}/{today.year}"
    assert capsys.readouterr().out.startswith(f"Đã cấp số 01/BB-SNgV ngày {shown} (sổ đăng ký: ")
    header = Document("outputs/bb.docx").tables[0]
    assert (header.cell(1, 0).text, header.cell(1, 1).text) == ("Số: 01/BB-SNgV", "")  # still no date line
    written = (tmp_path / "bb.yaml").read_text(encoding="utf-8")
    assert f"\nvan_ban:\n  so: 1\n  ngay: {shown}\n  luu: VT, VP\n" in written
    assert "\nngay: 28/12/2022\n" in written  # the meeting's date is not the day of numbering
    with open_register(None, tmp_path) as register:
        (entry,) = register.entries(today.year)
    assert (entry.symbol, entry.type_name) == ("01/BB-SNgV", "Biên bản")
    assert entry.signer == "Trần Thị Hồng Nhung, Nguyễn Thị Thanh Vân"  # the chair and the secretary sign
    assert entry.subject == "Cuộc họp tổng kết công tác đối ngoại năm 2022 và triển khai nhiệm vụ năm 2023"
    assert (entry.recipients, entry.copies) == (("Lưu: VT, VP",), 2)

    assert main(["issue", "bb.yaml", "--templates", str(TEMPLATES)]) == 1  # a number is never given twice
    assert "van_ban.so: văn bản đã có số 01" in capsys.readouterr().err


def test_a_meeting_after_the_day_the_minutes_were_numbered_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bb.yaml"
    source.write_text(BIEN_BAN.replace("van_ban: {so: 3}", "van_ban: {so: 3, ngay: 27/12/2022}"), encoding="utf-8")
    assert main(["validate", str(source)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{source}:10:7: ngay: ngày họp (28/12/2022) sau ngày cấp số của biên bản (van_ban.ngay: 27/12/2022):"
        " biên bản được lập và cấp số sau cuộc họp"
    )


OLD_LAYOUT = BIEN_BAN.replace("van_ban: {so: 3}\n", "so: 3  # số văn thư ghi\n") + (
    "noi_nhan:\n  - Lãnh đạo Sở\nluu: VT, VP\n"
)


def _texts(path: Path) -> list[str]:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [" ".join(text.split()) for text in [*cells, *(p.text for p in doc.paragraphs)]]


def test_a_file_written_before_the_van_ban_block_builds_the_same_document(tmp_path: Path) -> None:
    """``so``, ``noi_nhan``, ``luu`` at the top level (the layout before the block) give the same biên bản."""
    new = BIEN_BAN.replace("van_ban: {so: 3}", "van_ban: {so: 3, noi_nhan: [Lãnh đạo Sở], luu: 'VT, VP'}")
    (tmp_path / "new").mkdir()
    expected = _texts(build(tmp_path / "new", new))
    assert "Số: 03/BB-SNgV" in expected and "- Lãnh đạo Sở;" in expected
    assert _texts(build(tmp_path, OLD_LAYOUT)) == expected
    draft = OLD_LAYOUT.replace("so: 3  # số văn thư ghi\n", "").replace("noi_nhan:\n  - Lãnh đạo Sở\nluu: VT, VP\n", "")
    (tmp_path / "draft").mkdir()
    texts = _texts(build(tmp_path / "draft", draft))  # none of the three: a draft kept in the meeting's file
    assert "Số: /BB-SNgV" in texts and texts[-2:] == ["Nơi nhận:", "- Lưu: VT, Hồ sơ."]


def test_an_old_layout_value_given_in_van_ban_too_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bb.yaml"
    source.write_text(OLD_LAYOUT.replace("luu: VT, VP\n", "luu: VT, VP\nvan_ban:\n  so: 4\n  luu: VT\n"), "utf-8")
    assert main(["validate", str(source)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == [
        f"{source}:8:5: so: “so” ở đầu tệp (cách ghi cũ) và “van_ban.so” cùng có giá trị; chỉ giữ một: xóa dòng"
        " “so” ở đầu tệp hoặc giá trị “van_ban.so”",
        f"{source}:29:6: luu: “luu” ở đầu tệp (cách ghi cũ) và “van_ban.luu” cùng có giá trị; chỉ giữ một: xóa"
        " dòng “luu” ở đầu tệp hoặc giá trị “van_ban.luu”",
    ]
    source.write_text(OLD_LAYOUT.replace("so: 3  #", "so: ba  #"), "utf-8")  # a moved value: at its own line
    assert main(["validate", str(source)]) == 1
    assert capsys.readouterr().err.startswith(f"{source}:8:5: so: “ba” không phải là số")
    source.write_text(OLD_LAYOUT.replace("luu: VT, VP\n", "luu: VT, VP\nvan_ban:\n  ngay: 29/12/2022\n"), "utf-8")
    assert main(["validate", str(source)]) == 0  # the keys the block does not give join it


def test_issuing_an_old_layout_file_moves_its_number_and_receivers_into_van_ban(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The old layout has no place for the day of numbering (its ``ngay`` is the meeting's): issuing moves the
    keys into ``van_ban``, with their comments, and the number is never given twice."""
    from reportgen.register.series import vietnam_today

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "bb.yaml"
    source.write_text(OLD_LAYOUT, encoding="utf-8")
    assert main(["issue", "bb.yaml", "--templates", str(TEMPLATES)]) == 1  # it has a number already
    assert capsys.readouterr().err.startswith("bb.yaml:8:5: so: văn bản đã có số 03: một số đã cấp không cấp lại")
    assert source.read_text(encoding="utf-8") == OLD_LAYOUT

    draft = OLD_LAYOUT.replace("so: 3  #", "so:  #").replace("luu: VT, VP\n", "luu: VT, VP\n# hết\n")
    source.write_text(draft, encoding="utf-8")
    assert main(["issue", "bb.yaml", "--templates", str(TEMPLATES)]) == 0
    today = vietnam_today()
    shown = f"{today.day:02d}/{today.month:02d}/{today.year}"
    assert capsys.readouterr().out.startswith(f"Đã cấp số 01/BB-SNgV ngày {shown} ")
    written = source.read_text(encoding="utf-8")
    assert written == draft.replace(
        "so:  # số văn thư ghi\n",
        f"van_ban:\n  so: 1 # số văn thư ghi\n  ngay: {shown}\n  noi_nhan:\n    - Lãnh đạo Sở\n  luu: VT, VP\n",
    ).replace("noi_nhan:\n  - Lãnh đạo Sở\nluu: VT, VP\n", "")
    texts = _texts(tmp_path / "outputs" / "bb.docx")
    assert "Số: 01/BB-SNgV" in texts and "- Lãnh đạo Sở;" in texts and "- Lưu: VT, VP." in texts
    assert main(["issue", "bb.yaml", "--templates", str(TEMPLATES)]) == 1
    assert "bb.yaml:9:7: van_ban.so: văn bản đã có số 01" in capsys.readouterr().err

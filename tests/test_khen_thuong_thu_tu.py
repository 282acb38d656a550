"""Award decisions as they are really made (issue 22, item 5): the groups in the input's order when it gives one
(at an aid conference the honoured NGOs come first), and a foreign awardee's origin written as decisions write it
("Ông John Smith, quốc tịch Hoa Kỳ, Giám đốc …", a territory, an international organisation), never inside a
second pair of parentheses."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document as DocumentObject
from starlette.datastructures import FormData

from reportgen.load import load_file
from reportgen.make.pipeline import build_file
from reportgen.web.form_read import read_form
from reportgen.web.forms import build_form
from test_quyet_dinh_khen_thuong import BASE, TEMPLATES, build, certificate_names, table_rows, texts

FOREIGN = """\
  - ten: Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam
    to_chuc_quoc_te: có
    kem_tien_thuong: không
  - ten: Văn phòng đại diện Tổ chức Xúc tiến thương mại Nhật Bản (JETRO) tại Đà Nẵng
    quoc_tich: Nhật Bản
    kem_tien_thuong: không
  - ten: Quỹ Từ thiện Hòa Bình
    vung_lanh_tho: Đài Loan (Trung Quốc)
    kem_tien_thuong: không
"""
FOREIGNERS = """\
  - ho_ten: John Smith
    gioi_tinh: nam
    chuc_vu: Giám đốc
    don_vi: Tổ chức Đông Tây Hội ngộ (East Meets West) tại Đà Nẵng
    quoc_tich: Hoa Kỳ
    kem_tien_thuong: không
  - ho_ten: Lin Mei-hua
    gioi_tinh: nữ
    chuc_vu: Trưởng đại diện
    don_vi: Quỹ Từ thiện Hòa Bình
    vung_lanh_tho: Đài Loan (Trung Quốc)
    kem_tien_thuong: không
  - ho_ten: Maria Rossi
    gioi_tinh: nữ
    chuc_vu: Trưởng Đại diện
    don_vi: Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam
    to_chuc_quoc_te: có
    kem_tien_thuong: không
"""


def with_foreigners(order: str = "") -> str:
    text = BASE.replace(
        "tap_the:\n  - ten: Phòng Hợp tác quốc tế\n", "tap_the:\n  - ten: Phòng Hợp tác quốc tế\n" + FOREIGN
    )
    text = text.replace("tien_thuong:\n", FOREIGNERS + "tien_thuong:\n", 1)
    text = text.replace("nguoi_ky:\n", "so_vang_bat_dau: 501\nnguoi_ky:\n")
    return text.replace("tap_the:\n", order + "tap_the:\n", 1) if order else text


def headings(doc: DocumentObject) -> list[str]:
    return [
        t
        for t in texts(doc)
        if t.split(". ", 1)[-1] in {"TẬP THỂ", "CÁ NHÂN", "TỔ CHỨC NƯỚC NGOÀI", "CÁ NHÂN NGƯỜI NƯỚC NGOÀI"}
    ]


def everything(doc: DocumentObject) -> list[str]:
    """Every paragraph and every table cell's text (headers, lists, certificates' footers)."""
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return [" ".join(t.split()) for t in texts(doc) + cells]


def deepest(text: str) -> int:
    depth = most = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        most = max(most, depth)
    return most


# ---------------------------------------------------------------------------------------------- group order


def test_without_an_order_the_groups_keep_the_usual_one(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path, with_foreigners())
    assert headings(decision) == [
        "I. TẬP THỂ",
        "II. CÁ NHÂN",
        "III. TỔ CHỨC NƯỚC NGOÀI",
        "IV. CÁ NHÂN NGƯỜI NƯỚC NGOÀI",
    ]
    assert certificate_names(certificates)[0] == "Phòng Hợp tác quốc tế"


def test_the_input_puts_the_foreign_organisations_first(tmp_path: Path) -> None:
    order = "thu_tu_nhom:\n  - to_chuc_nuoc_ngoai\n  - ca_nhan_nuoc_ngoai\n"
    decision, certificates = build(tmp_path, with_foreigners(order))
    # the groups it names first, in its order; the others after, in the usual order; numerals follow
    assert headings(decision) == [
        "I. TỔ CHỨC NƯỚC NGOÀI",
        "II. CÁ NHÂN NGƯỜI NƯỚC NGOÀI",
        "III. TẬP THỂ",
        "IV. CÁ NHÂN",
    ]
    organisations, foreigners, collectives, people = table_rows(decision)
    assert organisations[0][1] == "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam"
    assert [r[1] for r in foreigners] == ["Ông John Smith", "Bà Lin Mei-hua", "Bà Maria Rossi"]
    assert [r[1] for r in collectives] == ["Phòng Hợp tác quốc tế"]
    assert [r[1] for r in people] == ["Ông Trần Văn Bình", "Bà Lê Thị Cúc"]
    # the certificates and their sổ vàng numbers follow the danh sách
    names = certificate_names(certificates)
    assert names[0] == "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam"
    assert names[3:6] == ["Ông John Smith", "Bà Lin Mei-hua", "Bà Maria Rossi"]
    assert names[-1] == "Bà Lê Thị Cúc"
    footers = [t.cell(0, 0).text.split("\n")[-1] for t in certificates.tables]
    assert footers == [f"Số sổ vàng: {501 + i}" for i in range(len(names))]
    # the names of Điều 2 who take no money are said in the same order
    unpaid = next(t for t in texts(decision) if "không kèm theo tiền thưởng" in t)
    assert unpaid.startswith("Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam, Văn phòng đại diện")
    assert unpaid.index("ông John Smith") < unpaid.index("bà Maria Rossi")


def test_the_table_heads_travel_with_their_group(tmp_path: Path) -> None:
    order = "thu_tu_nhom: [ca_nhan_nuoc_ngoai, tap_the]\n"
    decision, _ = build(tmp_path, with_foreigners(order))
    heads = [[c.text for c in t.rows[0].cells] for t in decision.tables if t.rows[0].cells[0].text == "TT"]
    assert heads == [
        ["TT", "Họ và tên", "Quốc tịch, chức vụ, đơn vị"],
        ["TT", "Tên tập thể"],
        ["TT", "Họ và tên", "Chức vụ, đơn vị"],
        ["TT", "Tên tổ chức"],
    ]


@pytest.mark.parametrize(
    ("order", "message"),
    [
        ("thu_tu_nhom: [ca_nhan, ca_nhan]\n", "thu_tu_nhom: nhóm ca_nhan ghi hai lần"),
        ("thu_tu_nhom: [ngo]\n", "thu_tu_nhom[0]: chỉ nhận một trong các giá trị: tap_the, ca_nhan"),
    ],
)
def test_a_wrong_order_is_refused_naming_the_field(tmp_path: Path, order: str, message: str) -> None:
    source = tmp_path / "qd.yaml"
    source.write_text(with_foreigners(order), encoding="utf-8")
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert not result.ok and result.written == []
    assert any(message in p.render() for p in result.problems), [p.render() for p in result.problems]


# ---------------------------------------------------------------------------------------------- origin


def test_origin_is_written_as_decisions_write_it(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path, with_foreigners())
    _, _, organisations, foreigners = table_rows(decision)
    assert [r[1] for r in organisations] == [
        "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam",  # an international organisation: no country
        "Văn phòng đại diện Tổ chức Xúc tiến thương mại Nhật Bản (JETRO) tại Đà Nẵng, Nhật Bản",
        "Quỹ Từ thiện Hòa Bình, Đài Loan (Trung Quốc)",
    ]
    assert [r[2] for r in foreigners] == [
        "Quốc tịch Hoa Kỳ, Giám đốc Tổ chức Đông Tây Hội ngộ (East Meets West) tại Đà Nẵng",
        "Đài Loan (Trung Quốc), Trưởng đại diện Quỹ Từ thiện Hòa Bình",
        "Trưởng Đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam",
    ]
    lines = [" ".join(t.split()) for t in texts(certificates)]
    smith = lines.index("Ông John Smith")
    assert lines[smith + 1 : smith + 3] == [  # origin first, then the position, as in the list
        "Quốc tịch Hoa Kỳ",
        "Giám đốc Tổ chức Đông Tây Hội ngộ (East Meets West) tại Đà Nẵng",
    ]
    assert "Đài Loan (Trung Quốc)" in lines


def test_no_nested_parentheses_anywhere(tmp_path: Path) -> None:
    decision, certificates = build(tmp_path, with_foreigners())
    for doc in (decision, certificates):
        nested = [t for t in everything(doc) if deepest(t) > 1]
        assert nested == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("    quoc_tich: Lào\n    vung_lanh_tho: Đài Loan (Trung Quốc)\n", "chỉ ghi một trong “quoc_tich”"),
        ("    quoc_tich: Lào\n    to_chuc_quoc_te: có\n", "chỉ ghi một trong “quoc_tich”"),
    ],
)
def test_one_origin_at_most(tmp_path: Path, extra: str, message: str) -> None:
    source = tmp_path / "qd.yaml"
    source.write_text(
        BASE.replace("    don_vi: Văn phòng Sở\n", "    don_vi: Văn phòng Sở\n" + extra), encoding="utf-8"
    )
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert not result.ok
    assert any("ca_nhan[1]" in p.render() and message in p.render() for p in result.problems)


def test_staff_of_an_international_organisation_name_it(tmp_path: Path) -> None:
    source = tmp_path / "qd.yaml"
    source.write_text(
        BASE.replace(
            "    chuc_vu: Kế toán\n    don_vi: Văn phòng Sở\n", "    chuc_vu: Chuyên gia\n    to_chuc_quoc_te: có\n"
        ),
        encoding="utf-8",
    )
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert not result.ok
    assert any("“don_vi”" in p.render() for p in result.problems), [p.render() for p in result.problems]


def test_the_web_form_edits_the_order_one_group_per_line(tmp_path: Path) -> None:
    """A list of codes is a list, not one choice: the form showed it in a single select and could not keep it."""
    source = tmp_path / "qd.yaml"
    source.write_text(with_foreigners("thu_tu_nhom: [to_chuc_nuoc_ngoai, ca_nhan_nuoc_ngoai]\n"), encoding="utf-8")
    data = load_file(source).data
    field = next(f for f in build_form("quyet_dinh_khen_thuong", data) if f.path == "thu_tu_nhom")
    assert (field.widget, field.value) == ("lines", "to_chuc_nuoc_ngoai\nca_nhan_nuoc_ngoai")
    edits = read_form("quyet_dinh_khen_thuong", FormData([(field.name, "ca_nhan\ntap_the")]), data)
    assert edits["thu_tu_nhom"] == ["ca_nhan", "tap_the"]

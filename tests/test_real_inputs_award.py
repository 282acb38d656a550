"""Issue 13, award decision and certificates: what real inputs exposed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from reportgen.check.nd30 import check_docx
from reportgen.make.pipeline import build_file
from reportgen.vietnamese import citation_gaps
from test_quyet_dinh_khen_thuong import BASE, TEMPLATES, build, table_rows, texts


@pytest.mark.parametrize(
    ("basis", "gaps"),
    [
        ("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ;", ["ngày ban hành", "trích yếu"]),
        ("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;", ["trích yếu"]),
        ("Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 15/3/2024 ban hành Quy chế thi đua", ["cơ quan ban hành"]),
        ("Căn cứ Luật Thi đua, khen thưởng;", ["ngày thông qua"]),
        ("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", []),
        (
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
            "một số điều của Luật Thi đua, khen thưởng;",
            [],
        ),
        ("Căn cứ chức năng, nhiệm vụ của Sở Ngoại vụ;", []),
    ],
)
def test_a_citation_names_number_date_issuer_and_subject(basis: str, gaps: list[str]) -> None:
    assert citation_gaps(basis) == gaps


def test_a_half_citation_is_never_printed_silently(tmp_path: Path) -> None:
    """A basis typed without its date and subject is warned of, and flagged by the checker."""
    source = tmp_path / "qd.yaml"
    half = "hinh_thuc: Giấy khen\ncan_cu:\n  - Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ\n"
    source.write_text(BASE.replace("hinh_thuc: Giấy khen\n", half), encoding="utf-8")
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert result.ok
    warned = [w.render() for w in result.warnings]
    assert any("152/2025/NĐ-CP" in w and "thiếu ngày ban hành, trích yếu" in w for w in warned), warned
    findings = check_docx(result.written[0])
    flagged = [f for f in findings if f.rule == "ND30-QD-BASIS-INCOMPLETE"]
    assert len(flagged) == 1 and "152/2025" in flagged[0].actual


@pytest.mark.parametrize(
    ("day", "cited", "not_cited"),
    [
        (
            "15/05/2020",
            ["Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003", "91/2017/NĐ-CP"],
            ["98/2023", "152/2025"],
        ),
        (
            "15/05/2024",
            ["Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "98/2023/NĐ-CP"],
            ["91/2017", "152/2025"],
        ),
        (
            "20/01/2026",
            [
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp thẩm "
                "quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của "
                "Luật Thi đua, khen thưởng;"
            ],
            ["98/2023", "2003"],
        ),
    ],
)
def test_default_bases_are_those_in_force_on_the_decisions_date(
    tmp_path: Path, day: str, cited: list[str], not_cited: list[str]
) -> None:
    text = re.sub(r"(?m)^  ngay: .*$", f"  ngay: {day}", BASE, count=1)
    source = tmp_path / "qd.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert result.ok and result.warnings == [], [w.render() for w in result.warnings]
    bases = " ".join(t for t in texts(Document(str(result.written[0]))) if t.startswith("Căn cứ"))
    assert all(c in bases for c in cited), bases
    assert not any(n in bases for n in not_cited), bases
    assert [f for f in check_docx(result.written[0]) if f.rule == "ND30-QD-BASIS-INCOMPLETE"] == []


def test_whole_citations_given_in_the_input_raise_no_warning(tmp_path: Path) -> None:
    text = BASE.replace(
        "hinh_thuc: Giấy khen\n",
        "hinh_thuc: Giấy khen\ncan_cu:\n  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022\n",
    )
    source = tmp_path / "qd.yaml"
    source.write_text(text, encoding="utf-8")
    result = build_file(source, tmp_path / "out", templates=TEMPLATES)
    assert result.ok and result.warnings == []
    assert [f for f in check_docx(result.written[0]) if f.rule == "ND30-QD-BASIS-INCOMPLETE"] == []


def test_a_bare_title_is_joined_to_its_unit_without_a_comma(tmp_path: Path) -> None:
    text = BASE.replace(
        "    chuc_vu: Chuyên viên\n    don_vi: Phòng Hợp tác quốc tế\n",
        "    chuc_vu: Chủ tịch\n    don_vi: Ủy ban nhân dân xã Cát Hải\n",
    ).replace(
        "    chuc_vu: Kế toán\n    don_vi: Văn phòng Sở\n",
        "    chuc_vu: Chuyên viên Phòng Tổng hợp\n    don_vi: Văn phòng Sở\n",
    )
    decision, certificates = build(tmp_path, text)
    units = [r[2] for r in table_rows(decision)[1]]
    assert "Chủ tịch Ủy ban nhân dân xã Cát Hải" in units
    assert "Chuyên viên Phòng Tổng hợp, Văn phòng Sở" in units  # the position names a unit of its own
    assert "Chủ tịch Ủy\u00a0ban\u00a0nhân\u00a0dân xã\u00a0Cát\u00a0Hải" in texts(certificates)


FOREIGNERS = """\
  - ho_ten: Kuznetsov Ivan
    gioi_tinh: nam
    quoc_tich: Liên bang Nga
    kem_tien_thuong: không
  - ho_ten: Kim Min-jun
    gioi_tinh: nam
    quoc_tich: Hàn Quốc
  - ho_ten: Anh Thị Bé
    gioi_tinh: nữ
    don_vi: Văn phòng Sở
"""


def test_foreign_awardees_in_their_own_groups_each_in_one_order(tmp_path: Path) -> None:
    text = BASE.replace("tien_thuong:\n", FOREIGNERS + "tien_thuong:\n", 1).replace(
        "  - ten: Phòng Hợp tác quốc tế\n",
        "  - ten: Phòng Hợp tác quốc tế\n  - ten: Tổ chức JICA\n    quoc_tich: Nhật Bản\n    kem_tien_thuong: không\n",
    )
    text = text.replace("thanh_tich: đã hoàn thành", "sap_xep: theo_ten\nthanh_tich: đã hoàn thành")
    decision, _ = build(tmp_path, text)
    groups = table_rows(decision)
    assert [[r[1] for r in g] for g in groups] == [
        ["Phòng Hợp tác quốc tế"],
        ["Bà Anh Thị Bé", "Ông Trần Văn Bình", "Bà Lê Thị Cúc"],  # by given name, Vietnamese collation
        ["Tổ chức JICA, Nhật Bản"],
        ["Ông Kim Min-jun", "Ông Kuznetsov Ivan"],  # foreign names as written: both under K
    ]
    body = texts(decision)
    for heading in ("I. TẬP THỂ", "II. CÁ NHÂN", "III. TỔ CHỨC NƯỚC NGOÀI", "IV. CÁ NHÂN NGƯỜI NƯỚC NGOÀI"):
        assert heading in body
    assert "Tổ chức JICA và ông Kuznetsov Ivan được tặng Giấy khen không kèm theo tiền thưởng." in body
    assert any(t.startswith("Tổng số tiền thưởng cho 01 tập thể và 04 cá nhân là ") for t in body)


def test_certificate_without_golden_book_number_has_no_empty_line(tmp_path: Path) -> None:
    _, certificates = build(tmp_path)
    footers = [t.cell(0, 0).text for t in certificates.tables]
    assert footers and all(f == "Quyết định số 07/QĐ-SNgV ngày 05/02/2026" for f in footers)
    assert not any("sổ vàng" in t for t in texts(certificates))


def test_list_title_breaks_between_the_givers_title_and_the_body(tmp_path: Path) -> None:
    decision, _ = build(tmp_path)
    body = [t.replace("\xa0", " ") for t in texts(decision)]  # centred lines keep phrases whole
    at = body.index("DANH SÁCH")
    assert body[at + 1 : at + 3] == [
        "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC",
        "SỞ NGOẠI VỤ THÀNH PHỐ ĐÀ NẴNG",
    ]


def test_init_writes_a_sample_that_agrees_with_itself(tmp_path: Path) -> None:
    """Issuer, number symbol and signer of the examples belong to one body (no SỞ NGOẠI VỤ over QĐ-UBND)."""
    from docx import Document

    from reportgen.author.fielddoc import doc
    from reportgen.cli import main
    from reportgen.load import load_file
    from scaffolds import fill_required

    target = tmp_path / "qd.yaml"
    assert main(["init", "quyet_dinh_khen_thuong", str(target)]) == 0
    fill_required("quyet_dinh_khen_thuong", target)  # a person typing the examples of the required fields
    data = load_file(target).data
    issuer = " ".join(data["co_quan"]["ban_hanh"]).casefold()
    assert data["co_quan"]["viet_tat"] == "UBND" and issuer.startswith("ủy ban nhân dân")
    assert data["tham_quyen"].casefold().startswith("chủ tịch ủy ban nhân dân")
    example = doc("quyet_dinh_khen_thuong", "nguoi_ky.tham_quyen").vi_du or ""  # optional: its example, not typed
    assert "CHỦ TỊCH" in (data["nguoi_ky"].get("tham_quyen") or example) + data["nguoi_ky"]["chuc_vu"].upper()
    assert not data["co_quan"].get("chu_quan")
    assert not any(p.get("quoc_tich") for p in data["ca_nhan"] + data["tap_the"])
    result = build_file(target, tmp_path / "out", templates=TEMPLATES)
    # the only warning left is the legal basis nobody typed (init no longer writes an example one)
    assert result.ok and all("can_cu" in w.message for w in result.warnings), [w.render() for w in result.warnings]
    header = Document(str(result.written[0])).tables[0]
    assert header.cell(0, 0).text.split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"]
    assert header.cell(1, 0).text.endswith("/QĐ-UBND")

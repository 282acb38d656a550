"""End-to-end tests of the annual report: inputs built inline, rendered, reopened with python-docx.

Every figure asserted here is counted from records in the test's own input, so a test fails when the
counting, the wording or the template drifts, not only when the build crashes.
"""

from __future__ import annotations

import copy
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from reportgen.make.pipeline import build_file
from test_examples import EXPECTED_WARNINGS

ROOT = Path(__file__).resolve().parents[1]
FONT = "Times New Roman"
NBSP = "\u00a0"


def delegation(i: int, month: int = 5, people: int = 8, country: str = "Nhật Bản") -> dict[str, Any]:
    return {
        "ten_doan": f"Đoàn số {i:03d}",
        "quoc_gia": country,
        "tu_ngay": f"{(i % 27) + 1:02d}/{month:02d}/2022",
        "so_nguoi": people,
    }


def base(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "loai": "bao_cao_nam",
        "nam": 2022,
        "co_quan": {
            "chu_quan": "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG",
            "ban_hanh": "SỞ NGOẠI VỤ",
            "ten": "Sở Ngoại vụ thành phố Đà Nẵng",
            "viet_tat": "SNgV",
            "dia_danh": "Đà Nẵng",
        },
        "van_ban": {"so": 5, "ngay": "05/01/2023", "noi_nhan": ["Như trên", "UBND thành phố"], "luu": "VT, HTQT"},
        "kinh_gui": ["Bộ Ngoại giao"],
        "nguoi_ky": {"tham_quyen": "KT. Giám đốc", "chuc_vu": "Phó Giám đốc", "ho_ten": "Trần Văn Bình"},
        "noi_dung": {
            "mo_dau": "Thực hiện Công văn số 1234/BNG-ĐP của Bộ Ngoại giao, Sở Ngoại vụ báo cáo như sau:",
            "tinh_hinh_chung": "Năm 2022 là năm phục hồi.\n\nCác hoạt động đối ngoại được khôi phục.",
            "uu_diem": "Công tác đối ngoại được triển khai toàn diện.",
            "han_che": "Một số thỏa thuận chưa được triển khai hiệu quả.",
            "nhiem_vu": ["Tham mưu kế hoạch đối ngoại năm 2023", "Đẩy mạnh ngoại giao kinh tế"],
        },
        "doan_vao": [delegation(i) for i in range(93)],
        "nam_truoc": {"so_lieu": {"doan_vao": 78, "luot_nguoi_vao": 700}},
    }
    data.update(changes)
    return data


def build(tmp_path: Path, data: dict[str, Any], name: str = "bao_cao_nam-thu.yaml") -> DocxDocument:
    source = tmp_path / name
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = build_file(source, tmp_path / "out", force=True)
    assert result.ok, (result.problems, result.output_error)
    return Document(str(result.written[0]))


def body_text(doc: DocxDocument) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def effective(par: Paragraph, attr: str) -> Any:
    """A run's bold/italic/size as Word resolves it: the run, then the paragraph style and its bases."""
    runs = [r for r in par.runs if r.text.strip()]
    values = {getattr(r.font, attr) for r in runs}
    assert len(values) == 1, f"mixed {attr} in {par.text!r}"
    value = values.pop()
    style = par.style
    while value is None and style is not None:
        value = getattr(style.font, attr)
        style = style.base_style
    return value


def header_cells(doc: DocxDocument) -> tuple[list[Paragraph], list[Paragraph]]:
    table = doc.tables[0]
    left = [p for row in table.rows for p in row.cells[0].paragraphs if p.text.strip()]
    right = [p for row in table.rows for p in row.cells[1].paragraphs if p.text.strip()]
    return left, right


def table_with(doc: DocxDocument, header: str) -> Any:
    return next(t for t in doc.tables if header in [c.text for c in t.rows[0].cells])


# ---------------------------------------------------------------- header


def test_header_texts_and_formatting(tmp_path: Path) -> None:
    doc = build(tmp_path, base())
    left, right = header_cells(doc)
    assert [p.text for p in left] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "SỞ NGOẠI VỤ", "Số: 05/BC-SNgV"]
    assert [p.text for p in right] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đà Nẵng, ngày 05 tháng 01 năm 2023",
    ]
    parent1, parent2, issuer, number = left
    quoc_hieu, tieu_ngu, date_line = right
    for par, bold, italic, sizes in [
        (parent1, False, False, (12, 13)),
        (parent2, False, False, (12, 13)),
        (issuer, True, False, (12, 13)),
        (number, False, False, (13, 13)),
        (quoc_hieu, True, False, (12, 13)),
        (tieu_ngu, True, False, (13, 14)),
        (date_line, False, True, (13, 14)),
    ]:
        assert bool(effective(par, "bold")) is bold, par.text
        assert bool(effective(par, "italic")) is italic, par.text
        assert sizes[0] <= effective(par, "size").pt <= sizes[1], par.text
    texts = [p.text for p in doc.paragraphs]
    kind = doc.paragraphs[texts.index("BÁO CÁO")]
    summary = doc.paragraphs[texts.index("BÁO CÁO") + 1]
    assert summary.text == "Tổng kết công tác đối ngoại năm\xa02022 và phương hướng, nhiệm vụ năm\xa02023"
    assert effective(kind, "bold") and effective(summary, "bold")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("05/01/2023", "Đà Nẵng, ngày 05 tháng 01 năm 2023"),
        ("15/02/2023", "Đà Nẵng, ngày 15 tháng 02 năm 2023"),
        ("09/03/2023", "Đà Nẵng, ngày 09 tháng 3 năm 2023"),
        ("31/12/2022", "Đà Nẵng, ngày 31 tháng 12 năm 2022"),
    ],
)
def test_date_line(tmp_path: Path, typed: str, expected: str) -> None:
    data = base()
    data["van_ban"]["ngay"] = typed
    doc = build(tmp_path, data)
    assert header_cells(doc)[1][-1].text == expected
    reference = f"(Kèm theo Báo cáo số 05/BC-SNgV {expected.split(', ', 1)[1]} của Sở Ngoại vụ thành phố Đà Nẵng)"
    assert reference in [p.text.replace("\xa0", " ") for p in doc.paragraphs]  # a centred line keeps phrases whole


def test_number_line_with_and_without_number(tmp_path: Path) -> None:
    assert header_cells(build(tmp_path, base()))[0][-1].text == "Số: 05/BC-SNgV"
    draft = base()
    del draft["van_ban"]["so"]
    line = header_cells(build(tmp_path, draft))[0][-1].text
    assert line == f"Số: {NBSP * 10}/BC-SNgV"


# ---------------------------------------------------------------- figures


def inbound_sentence(doc: DocxDocument) -> str:
    return next(p.text for p in doc.paragraphs if p.text.startswith("Trong năm 2022, đã đón tiếp"))


def summary_row(doc: DocxDocument, label: str) -> list[str]:
    table = table_with(doc, "Nội dung")
    return next([c.text for c in row.cells] for row in table.rows if row.cells[1].text == label)


def test_figures_follow_the_records(tmp_path: Path) -> None:
    doc = build(tmp_path, base())
    sentence = inbound_sentence(doc)
    assert sentence.startswith(
        "Trong năm 2022, đã đón tiếp 93 đoàn khách quốc tế của Nhật Bản với 744 lượt người đến thăm và "
        "làm việc, tăng 15 đoàn (19,2%) so với năm 2021."
    )
    assert summary_row(doc, "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)")[2:] == [
        "đoàn",
        "78",
        "93",
        "+15 (19,2%)",
    ]
    assert summary_row(doc, "Thành viên các đoàn vào")[3:] == ["700", "744", "+44 (6,3%)"]

    changed = base()
    del changed["doan_vao"][0]
    changed["doan_vao"][0]["so_nguoi"] = 20  # 92 delegations, 92 * 8 - 8 + 20 people
    doc = build(tmp_path, changed)
    assert inbound_sentence(doc).startswith(
        "Trong năm 2022, đã đón tiếp 92 đoàn khách quốc tế của Nhật Bản với 748 lượt người "
        "đến thăm và làm việc, tăng 14 đoàn (17,9%) so với năm 2021."
    )
    assert summary_row(doc, "Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)")[3:] == ["78", "92", "+14 (17,9%)"]
    assert summary_row(doc, "Thành viên các đoàn vào")[3:] == ["700", "748", "+48 (6,9%)"]


def test_levels_and_countries_are_counted(tmp_path: Path) -> None:
    records = [
        delegation(1, country="Lào") | {"cap": "Cấp cao"},
        delegation(2, country="Lào"),
        delegation(3, country="Hàn Quốc") | {"cap": "Cấp tỉnh"},
        delegation(4, country="Lào"),
    ]
    sentence = inbound_sentence(build(tmp_path, base(doan_vao=records, nam_truoc=None)))
    assert sentence == (
        "Trong năm 2022, đã đón tiếp 04 đoàn khách quốc tế với 32 lượt người đến thăm và làm việc. "
        "Trong số đó có 01 đoàn cấp cao và 01 đoàn cấp tỉnh. Các đoàn đến từ 02 quốc gia, vùng lãnh "
        "thổ và tổ chức quốc tế, nhiều nhất là Lào (03 đoàn) và Hàn Quốc (01 đoàn)."
    )


def test_previous_year_from_its_file(tmp_path: Path) -> None:
    previous = base(
        nam=2021, nam_truoc=None, doan_vao=[delegation(i, people=5) | {"tu_ngay": "10/06/2021"} for i in range(2)]
    )
    previous["van_ban"]["ngay"] = "05/01/2022"
    previous["thoa_thuan"] = [
        {"ten": "Thỏa thuận A", "doi_tac": "Tỉnh Sekong", "quoc_gia": "Lào", "ngay_ky": "20/04/2021"}
    ]
    (tmp_path / "bao_cao_nam-2021.yaml").write_text(yaml.safe_dump(previous, allow_unicode=True), encoding="utf-8")
    current = base(doan_vao=[delegation(i) for i in range(5)], nam_truoc={"tep": "bao_cao_nam-2021.yaml"})
    current["thoa_thuan"] = [
        {
            "ten": "Bản ghi nhớ B",
            "loai": "Bản ghi nhớ",
            "doi_tac": "Thành phố Ulsan",
            "quoc_gia": "Hàn Quốc",
            "ngay_ky": "22/09/2022",
            "quan_he_moi": True,
        },
    ]
    doc = build(tmp_path, current)
    assert inbound_sentence(doc).startswith(
        "Trong năm 2022, đã đón tiếp 05 đoàn khách quốc tế của Nhật Bản với 40 lượt người đến thăm và làm việc, "
        "tăng 03 đoàn, "
        "gấp 2,5 lần năm 2021."
    )
    text = body_text(doc)
    assert (
        "Trong năm 2022, đã ký kết 01 văn bản hợp tác quốc tế (trong đó có 01 bản ghi nhớ thiết lập quan hệ "
        "hợp tác mới), bằng năm 2021."
    ) in text
    assert summary_row(doc, "Thành viên các đoàn vào")[3:] == ["10", "40", "+30 (300%)"]


# ---------------------------------------------------------------- appendices and page


def test_appendix_has_one_row_per_record_sorted_by_date(tmp_path: Path) -> None:
    records = [delegation(1, month=9), delegation(2, month=3), delegation(3, month=12), delegation(4, month=6)]
    records[2]["den_ngay"] = "06/12/2022"
    doc = build(tmp_path, base(doan_vao=records))
    table = table_with(doc, "Tên đoàn")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    total = rows.pop()
    assert (total[1], total[5]) == ("Tổng cộng", "32")
    assert len(rows) == len(records)
    assert [r[1] for r in rows] == ["Đoàn số 002", "Đoàn số 004", "Đoàn số 001", "Đoàn số 003"]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    assert rows[3][4] == "04–\u206006/12/2022"
    outbound = [
        {"truong_doan": f"Ông Nguyễn Văn {n}", "quoc_gia": ["Lào", "Campuchia"], "tu_ngay": day, "so_nguoi": 6}
        for n, day in (("An", "10/05/2022"), ("Bình", "02/02/2022"))
    ]
    doc = build(tmp_path, base(doan_ra=outbound))
    rows = [[c.text for c in row.cells] for row in table_with(doc, "Trưởng đoàn").rows[1:-1]]
    assert [r[1] for r in rows] == ["Ông Nguyễn Văn Bình", "Ông Nguyễn Văn An"]
    assert rows[0][3] == "Lào, Campuchia"


def test_page_setup(tmp_path: Path) -> None:
    doc = build(tmp_path, base())
    first: Any = doc.sections[0]  # python-docx types every length as optional
    assert (first.page_width.twips, first.page_height.twips) == (11906, 16838)
    assert 1134 <= first.top_margin.twips <= 1418 and 1134 <= first.bottom_margin.twips <= 1418
    assert 1701 <= first.left_margin.twips <= 1985 and 850 <= first.right_margin.twips <= 1134
    assert first._sectPr.find(qn("w:titlePg")) is not None
    assert "PAGE" in "".join(t.text or "" for t in first.header._element.iter(qn("w:instrText")))
    assert not "".join(p.text for p in first.first_page_header.paragraphs).strip()
    appendix = doc.sections[1:]
    assert len(appendix) == 2  # summary table and the list of inbound delegations
    for section in appendix:
        assert section.page_width is not None and section.page_height is not None
        assert section.page_width > section.page_height
        assert (section.page_width.twips, section.page_height.twips) == (16838, 11906)


def xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))}


def built_path(tmp_path: Path, data: dict[str, Any]) -> Path:
    build(tmp_path, data)
    return tmp_path / "out" / "bao_cao_nam-thu.docx"


def full_input() -> dict[str, Any]:
    data = base()
    data["doan_ra"] = [{"truong_doan": "Ông Lê Văn An", "quoc_gia": ["Lào"], "tu_ngay": "10/05/2022", "so_nguoi": 7}]
    data["hoi_nghi"] = [{"ten": "Diễn đàn Đầu tư", "tu_ngay": "10/12/2022", "dai_bieu_nuoc_ngoai": 150}]
    data["du_an_pcpnn"] = [
        {"ten": "Dự án A", "nha_tai_tro": "Tổ chức Plan International", "cam_ket": "1.250.000", "tien_te": "USD"}
    ]
    data["so_lieu_khac"] = {"vu_bao_ho_cong_dan": 14}
    return copy.deepcopy(data)


def used_styles(parts: dict[str, str]) -> set[str]:
    """Style ids the document uses, directly or as the base of a used style, plus the defaults."""
    used = set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', "".join(parts.values())))
    styles = parts["word/styles.xml"]
    used |= set(re.findall(r'<w:style [^>]*w:default="1"[^>]*w:styleId="([^"]+)"', styles))
    based = dict(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>.*?<w:basedOn w:val="([^"]+)"', styles))
    pending = list(used)
    while pending:
        parent = based.get(pending.pop())
        if parent and parent not in used:
            used.add(parent)
            pending.append(parent)
    return used


def font_slots(xml: str) -> list[str]:
    """Every rFonts element; a theme attribute counts as a wrong font, since it overrides the name."""
    return re.findall(r"<w:rFonts [^>]*>", xml)


def test_every_font_is_times_new_roman(tmp_path: Path) -> None:
    parts = xml_parts(built_path(tmp_path, full_input()))
    styles = parts["word/styles.xml"]
    default = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S)
    assert default is not None
    for slot in ("ascii", "hAnsi", "cs"):
        assert f'w:{slot}="{FONT}"' in default.group(0)
    checked = {name: xml for name, xml in parts.items() if name.startswith(("word/document", "word/header"))}
    for style_id in used_styles(parts):
        block = re.search(rf'<w:style [^>]*w:styleId="{re.escape(style_id)}".*?</w:style>', styles, re.S)
        assert block is not None, style_id
        checked[f"style {style_id}"] = block.group(0)
    assert sum(k.startswith("style ") for k in checked) >= 10  # the VB styles in use, Normal, Table Grid
    for name, xml in checked.items():
        for fonts in font_slots(xml):
            assert "Theme=" not in fonts and "theme=" not in fonts, (name, fonts)
            assert set(re.findall(r'w:(?:ascii|hAnsi|cs)="([^"]*)"', fonts)) <= {FONT}, (name, fonts)


def test_no_leftover_tags_or_none(tmp_path: Path) -> None:
    parts = xml_parts(built_path(tmp_path, full_input()))
    for name, xml in parts.items():
        text = re.sub(r"<[^>]+>", "", xml)
        for leftover in ("{{", "}}", "{%", "%}", "None"):
            assert leftover not in text, (name, leftover)


# ---------------------------------------------------------------- examples

EXAMPLES = sorted((ROOT / "inputs").glob("bao_cao_nam-*.yaml"))
EXPECTED = {
    "bao_cao_nam-tp-ho-chi-minh-2017.yaml": [
        "đã đón tiếp 155 đoàn khách quốc tế",
        "đã tổ chức 21 đoàn",
        "đã ký kết 12 văn bản hợp tác quốc tế (trong đó có 04 bản ghi nhớ thiết lập quan hệ hợp tác mới)",
        "nâng tổng số địa phương nước ngoài có quan hệ hợp tác lên 48 địa phương",
    ],
    "bao_cao_nam-da-nang-2022.yaml": ["đã đón tiếp 93 đoàn khách quốc tế", "29 chương trình, dự án viện trợ"],
}


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("source", EXAMPLES, ids=lambda p: p.stem)
def test_example_builds(tmp_path: Path, source: Path) -> None:
    result = build_file(source, tmp_path, force=True)
    assert result.ok, (result.problems, result.output_error)
    expected = [start for name, start in EXPECTED_WARNINGS if name == source.name]  # none but those on purpose
    assert [w.message[: len(e)] for w, e in zip(result.warnings, expected, strict=False)] == expected
    assert len(result.warnings) == len(expected), [w.render() for w in result.warnings]
    doc = Document(str(result.written[0]))
    text = body_text(doc)
    for phrase in EXPECTED.get(source.name, []):
        assert phrase in text, phrase
    assert text.count("./.") == 1
    for name, xml in xml_parts(result.written[0]).items():
        plain = re.sub(r"<[^>]+>", "", xml)
        assert "{{" not in plain and "{%" not in plain and "None" not in plain, name


@pytest.mark.parametrize(
    ("value", "currency", "written"),
    [
        (Decimal("79389000000"), "VND", "79,39 tỷ đồng"),
        (Decimal("2500000000"), "VND", "2,5 tỷ đồng"),
        (Decimal("850000000"), "VND", "850 triệu đồng"),  # "1,73 tỷ đồng và 980 triệu đồng": one way a sentence
        (Decimal("980500"), "VND", "980.500 đồng"),
        (Decimal("11974405.56"), "USD", "11.974.405,56 USD"),
    ],
)
def test_sums_in_prose_are_written_as_reports_write_them(value: Decimal, currency: str, written: str) -> None:
    from reportgen.kinds.bao_cao_nam.wording import amount

    assert amount(value, currency) == written

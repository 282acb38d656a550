"""Table columns sized from what they hold: every figure whole on its line, the label column never one word wide."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
import yaml

from reportgen.load import load_file
from reportgen.make.pdf import pdf_text
from reportgen.make.pipeline import build_file, pdf_for, prepare
from reportgen.make.render import render_file
from reportgen.make.table_height import balanced, lines_of
from reportgen.make.table_widths import PADDING, fit_columns, fitted, text_twips
from test_hostile_text import TEMPLATES, base_inputs

ROOT = Path(__file__).resolve().parents[1]
TEN_MONTHS = ROOT / "inputs" / "bao_cao_nam-da-nang-10-thang-2022.yaml"


def test_a_column_whose_cells_fit_on_one_line_gives_its_room_to_the_text_column() -> None:
    widths, needs, lines = [600, 1100, 1300, 1500, 1500, 1700, 1500], [500] * 7, [500, 4000] + [900] * 5
    new = fitted(widths, needs, lines)
    assert new is not None and sum(new) == sum(widths)
    assert new[2:] == [900] * 5 and new[1] > 3000


def test_a_figure_too_wide_for_its_column_takes_room_from_the_text_column() -> None:
    new = fitted([600, 4000, 1200], [500, 800, 1800], [500, 6000, 1800])
    assert new is not None and new[2] >= 1800 and sum(new) == 5800


def test_nothing_to_gain_or_no_way_to_fit_keeps_the_template_widths() -> None:
    assert fitted([1000, 1000], [500, 500], [900, 900]) is None  # everything already on one line
    assert fitted([1000, 1000], [1500, 1500], [1500, 1500]) is None  # too wide for the table whatever is done


def bordered(docx_xml: str) -> list[str]:
    """The XML of every bordered table without merged cells."""
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", docx_xml, flags=re.DOTALL)
    return [t for t in tables if 'w:insideV w:val="nil"' not in t and "<w:gridSpan " not in t]


def grid_tables(docx_xml: str) -> list[tuple[list[int], list[list[str]]]]:
    """(column widths, rows of cell texts) of every bordered table."""
    out = []
    for table in bordered(docx_xml):
        widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', table)]
        rows = [
            ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", cell)) for cell in re.findall(r"<w:tc>.*?</w:tc>", r)]
            for r in re.findall(r"<w:tr[ >].*?</w:tr>", table, flags=re.DOTALL)
        ]
        out.append((widths, rows))
    return out


@pytest.mark.parametrize("path", [TEN_MONTHS, *base_inputs()], ids=lambda p: p.name)
def test_every_figure_stands_whole_in_its_column(path: Path) -> None:
    import io
    import zipfile

    for document in prepare(path).documents:
        docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
        xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
        for table, (widths, rows) in zip(bordered(xml), grid_tables(xml), strict=True):
            size = re.search(r'<w:sz w:val="(\d+)"/>', table)  # a dense table is set smaller, measured so
            pt = int(size.group(1)) / 2 if size else 12
            for row in rows[1:]:
                for width, text in zip(widths, row, strict=False):
                    figures = re.findall(r"[-+\u2212\u2011]?\d[\d.,]*", text)
                    for figure in figures:
                        assert text_twips(figure, pt) + PADDING <= width + 1, (figure, width, row)


def test_the_summary_table_with_an_estimate_keeps_a_readable_label_column() -> None:
    import io
    import zipfile

    (document,) = prepare(TEN_MONTHS).documents
    docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
    summary = [w for w, rows in grid_tables(xml) if rows and rows[0][:2] == ["TT", "Nội dung"]]
    assert summary
    for widths in summary:
        assert widths[1] >= 0.25 * sum(widths)  # the label column, not a tower of one word per line


def _fixed_table(widths: list[int], rows: list[list[str]]) -> bytes:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = "".join("<w:tr>" + "".join(cell.format(text) for text in row) + "</w:tr>" for row in rows)
    head = '<w:tblPr><w:tblLayout w:type="fixed"/></w:tblPr>'
    return f"<w:tbl>{head}<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>".encode()


def test_a_period_and_its_number_are_measured_as_one_word() -> None:
    """A plan's narrow "Thời gian" column printed "Quý / III/2026" and "Tháng / 6/2026"."""
    task = "Tổ chức Hội nghị xúc tiến đầu tư tỉnh Phú Thọ tại Nhật Bản và tổng hợp kết quả báo cáo Ủy ban nhân dân tỉnh"
    rows = [["Nội dung", "Thời gian"], [task, "Quý III/2026"], [task, "Tháng 10/2026"]]
    out = fit_columns(_fixed_table([8000, 1100], rows)).decode()
    widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', out)]
    assert sum(widths) == 9100
    assert widths[1] >= text_twips("Tháng\u00a010/2026") + PADDING


def test_a_head_takes_two_lines_without_parting_a_year_from_its_word() -> None:
    """A six-month report's head printed "6 tháng / đầu / năm 2022": half its length on a line was not enough
    for two lines, the width is now the narrowest two-line split ("6 tháng đầu" / "năm 2022")."""
    label = "Đoàn khách quốc tế đến thăm, làm việc với lãnh đạo thành phố và các sở, ban, ngành (đoàn vào) trong năm"
    rows = [["Nội dung", "6 tháng đầu năm 2022"], [label, "88"]]
    out = fit_columns(_fixed_table([6000, 900], rows)).decode()
    widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', out)]
    two_lines = max(text_twips("6 tháng đầu", bold=True), text_twips("năm\u00a02022", bold=True)) + PADDING
    assert widths[1] >= two_lines


def test_years_that_cannot_stand_whole_never_squeeze_the_label_column() -> None:
    """A span report's year-by-year table: "Năm 2021" … "Năm 2025" whole on one line do not fit beside a label
    column; the table falls back to heads on two lines rather than a label column two words wide."""
    heads = ["TT", "Nội dung", "Đơn vị tính"] + [f"Năm {y}" for y in range(2021, 2026)] + ["Tổng giai đoạn"]
    labels = ["Đoàn khách quốc tế đến thăm, làm việc (đoàn vào)", "Hội nghị, hội thảo, sự kiện quốc tế"]
    rows = [heads] + [
        [str(i), t, "lượt người", "31", "126", "152", "142", "199", "13.400"] for i, t in enumerate(labels)
    ]
    out = fit_columns(_fixed_table([650, 1550, 1370] + [960] * 5 + [985], rows)).decode()
    widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', out)]
    assert widths[1] >= 0.25 * sum(widths)


@pytest.mark.libreoffice
def test_a_plans_time_column_holds_its_quarter_on_one_line(tmp_path: Path) -> None:
    data = load_file(ROOT / "inputs" / "ke_hoach-van-phong-ubnd-tinh-doi-ngoai-2026.yaml").data
    for task, when in zip(data["nhiem_vu"], ("Quý III/2026", "Tháng 10/2026", "Quý IV/2026"), strict=False):
        task["thoi_gian"] = when
    source = tmp_path / "kh.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    (pdf,) = pdf_for(result.written[:1])
    lines = [" ".join(line.split()) for line in pdf_text(pdf).splitlines()]
    assert [line for line in lines if re.search(r"(?i)\b(?:quý|tháng)$", line)] == []  # the period left behind
    for when in ("Quý III/2026", "Tháng 10/2026", "Quý IV/2026"):
        assert any(when in line for line in lines)


def test_a_column_of_short_names_holds_each_on_one_line_beside_long_prose() -> None:
    """An award list printed "Ông Hoàng / Văn Anh": the room was shared in proportion to what each column
    lacked, so the name column, a few twips short of one line, lost it to the long prose columns."""
    post = "Phó Giám đốc Sở Ngoại vụ, Ủy viên Ban Thường vụ, phụ trách công tác lễ tân và lãnh sự của tỉnh"
    merit = "Đã có thành tích xuất sắc trong công tác đối ngoại, góp phần vào sự phát triển kinh tế - xã hội"
    names = ["Ông Hoàng Văn Anh", "Bà Nguyễn Thị Minh Khai", "Ông Trần Quốc Bảo"]
    rows = [["TT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích"]] + [
        [str(i), n, post, merit] for i, n in enumerate(names)
    ]
    longest = max(text_twips(n) for n in names) + PADDING
    out = fit_columns(_fixed_table([680, longest - 30, 3118, 2948], rows)).decode()
    widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', out)]
    assert sum(widths) == 680 + longest - 30 + 3118 + 2948
    assert widths[1] >= longest
    assert min(widths[2:]) >= 0.25 * sum(widths)  # the prose columns stay readable


def test_a_column_of_longer_cells_than_its_template_meant_still_shares_the_room() -> None:
    """Served whole, a "Quốc gia, tổ chức" column three times its template width took the room of the prose
    beside it, and a list of delegations ran one page longer: only short cells get their line first."""
    new = fitted([600, 1000, 4000, 4000], [500, 600, 800, 800], [500, 3000, 9000, 9000])
    assert new is not None and sum(new) == 9600
    assert new[1] < 3000 and new[2] > 3000


def _lines(widths: list[int], rows: list[list[str]]) -> list[list[int]]:
    """How many lines each cell takes in ``widths``, wrapped as ``table_height`` wraps it (12 pt)."""
    space = text_twips(" ")
    return [
        [
            lines_of((space, [[text_twips(w) for w in text.split()]]), width - PADDING)
            for text, width in zip(row, widths, strict=True)
        ]
        for row in rows
    ]


def test_width_moves_to_a_column_of_short_places_left_one_word_a_line() -> None:
    """An aid list printed "quận / Thanh / Khê" under "Địa bàn", its row three lines high beside two-line names,
    while the donor column had room its rows never used: width now goes where it saves lines."""
    rows = [["Nâng cao năng lực nhãn khoa", "Tổ chức Fred Hollows", place] for place in ("quận Thanh Khê", "Hòa Vang")]
    space = text_twips(" ")
    cells = [[(space, [[text_twips(w) for w in text.split()]]) for text in row] for row in rows]
    template = [2600, 3000, 1100]
    assert _lines(template, rows) == [[2, 1, 3], [2, 1, 2]]
    widths = balanced(template, [1000, 1000, 1000], cells, PADDING)
    assert sum(widths) == sum(template)
    assert _lines(widths, rows) == [[2, 1, 2], [2, 1, 1]]  # a line saved, and taken from where no line is lost


def test_balancing_never_takes_a_column_under_its_widest_word() -> None:
    words = [[text_twips(w) for w in ["Tổ", "chức", "Samaritan's", "Purse"]]]
    cell = (text_twips(" "), words)
    widths = balanced([1500, 1500], [1400, 1500], [[cell, cell]], PADDING)
    assert widths[0] >= 1400 and widths[1] >= 1500 and sum(widths) == 3000


def test_the_aid_appendix_keeps_every_place_on_at_most_two_lines() -> None:
    """The real Phụ lục VI of the six-month example: "quận Thanh Khê" stood one word a line."""
    (document,) = prepare(ROOT / "inputs" / "bao_cao_nam-da-nang-6-thang-2023.yaml").documents
    docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
    [(widths, rows)] = [(w, r) for w, r in grid_tables(xml) if r and "Địa bàn" in r[0]]
    place = rows[0].index("Địa bàn")
    space = text_twips(" ", 11)
    for row in rows[1:]:
        words = row[place].split()
        cell = (space, [[text_twips(w, 11) for w in words]])
        assert len(words) < 2 or lines_of(cell, widths[place] - PADDING) < len(words), row[place]

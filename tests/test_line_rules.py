"""Titles and certificate lines never part a number from its word or a level from its name, in every kind."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import yaml

from reportgen.check.nd30.docxmodel import load
from reportgen.load import load_file
from reportgen.make.pdf import pdf_text
from reportgen.make.pipeline import build_file, pdf_for, prepare
from reportgen.make.render import render_file
from reportgen.vietnamese import keep_phrases_whole
from test_hostile_text import TEMPLATES, base_inputs

NB = "\u00a0"
ROOT = Path(__file__).resolve().parents[1]

# a plain space where a reader expects none: "6 tháng", "năm 2021", "quý IV", "tỉnh Quảng Trị"
BREAKABLE = re.compile(
    r"(?<![\w.,\u00a0])(?:\d[\d.,]*\d|\d) (?=[^\W\d])"
    r"|(?i:\b(?:tháng|năm|quý|ngày) )(?=\d|[IVX]+\b)"
    r"|\b(?:tỉnh|thành phố) (?=[A-ZĐÀ-Ỹ])"
)


def breakable(text: str) -> list[str]:
    found = []
    for m in BREAKABLE.finditer(text):
        if m.group(0).rstrip().endswith(("tỉnh", "phố")) and not text[m.end() : m.end() + 1].isupper():
            continue  # "thành phố đi …": the level of a place only before its (capitalised) name
        if re.match(r"\d", m.group(0)) and re.match(r"(?:và|của|đến|cho|tại|với|trên|so|để)\b", text[m.end() :]):
            continue  # a year ending its phrase ("năm 2023 và …") is free to end a line
        found.append(text[max(0, m.start() - 12) : m.end() + 12])
    return found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("6 tháng đầu năm 2023", f"6{NB}tháng đầu năm{NB}2023"),
        ("QUÝ IV NĂM 2021", f"QUÝ{NB}IV{NB}NĂM{NB}2021"),
        ("tháng 7 và 7 tháng đầu năm 2023", f"tháng{NB}7 và 7{NB}tháng đầu năm{NB}2023"),
        ("Sở Ngoại vụ tỉnh Quảng Trị", f"Sở Ngoại vụ tỉnh{NB}Quảng{NB}Trị"),
        ("THÀNH PHỐ HỒ CHÍ MINH", f"THÀNH{NB}PHỐ{NB}HỒ{NB}CHÍ{NB}MINH"),
        ("năm 2023 và năm 2024", f"năm{NB}2023 và năm{NB}2024"),
        ("giai đoạn 2021–2025, 1.200 lượt người", f"giai{NB}đoạn{NB}2021–2025, 1.200{NB}lượt người"),
        ("các xã biên giới", "các xã biên giới"),
    ],
)
def test_keep_phrases_whole(text: str, kept: str) -> None:
    assert keep_phrases_whole(text) == kept


def centred_lines(docx: bytes) -> list[str]:
    """The text of every centred paragraph outside a table: titles, headings, certificate lines."""
    model = load(docx)
    return [p.text for p in model.body_paragraphs() if model.styles.alignment(p.el) == "center" and not p.in_table]


@pytest.mark.parametrize("path", base_inputs(), ids=lambda p: p.name)
def test_no_centred_line_of_any_kind_breaks_a_number_from_its_word(path: Path) -> None:
    checked = 0
    for document in prepare(path).documents:
        docx = render_file(TEMPLATES / f"{document.template}.docx", document.context)
        for line in centred_lines(docx):
            assert breakable(line) == [], line
            checked += 1
        model = load(docx)
        checked += sum(1 for p in model.all_paragraphs() if model.styles.alignment(p.el) == "center")
    # a data input (a partner list) prints nothing; a công văn's centred lines all stand in its header table
    assert checked or not prepare(path).documents


def _crafted_award(tmp_path: Path) -> Path:
    """Certificates whose lines, of growing length, end at every place of the phrases that must stay whole."""
    data = load_file(ROOT / "inputs" / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml").data
    data["tap_the"] = [
        {
            "ten": f"Tổ {'công tác ' * (k % 6)}{k + 1} đoàn quý IV năm 2021, Sở Ngoại vụ tỉnh Quảng Trị",
            "thanh_tich": f"Đã có thành tích {'rất ' * k}xuất sắc trong công tác đối ngoại 6 tháng đầu năm 2023 "
            "của tỉnh Quảng Trị",
        }
        for k in range(0, 24)
    ]
    data["ca_nhan"] = []
    target = tmp_path / "qd.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def parted(end: str, start: str) -> bool:
    """Whether a line ending ``end`` and the next starting ``start`` part a number from its word or a name."""
    if re.search(r"\d$", end):
        return bool(re.match(r"[^\W\d]", start)) and not re.match(r"(?:và|của|đến|cho|tại|với)\b", start)
    if re.search(r"(?i)\b(?:tháng|năm|quý|ngày)$", end):
        return bool(re.match(r"\d|[IVX]+\b", start))
    return bool(re.search(r"(?i)\b(?:tỉnh|phố)$", end)) and start[:1].isupper()


@pytest.mark.libreoffice
def test_certificate_lines_in_the_pdf_keep_numbers_and_names_whole(tmp_path: Path) -> None:
    result = build_file(_crafted_award(tmp_path), tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    certificates = [p for p in result.written if p.stem.endswith("-bang-khen")]
    (pdf,) = pdf_for(certificates)
    lines = [line.strip() for line in pdf_text(pdf).splitlines() if line.strip()]
    certificate_lines = [x for x in lines if not x.startswith(("Quyết định số", "Số sổ vàng")) and ", ngày " not in x]
    assert [(a, b) for a, b in itertools.pairwise(certificate_lines) if parted(a, b)] == []
    assert sum("rất" in line for line in lines) >= 23  # every certificate line was read

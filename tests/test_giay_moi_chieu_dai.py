"""Giấy mời chiêu đãi: a card 12 × 17 cm, every line centred, one card per guest, the Quốc huy only when asked
and never on the translation, and a text too long for the card refused with the measured overflow."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from letter_helpers import build_pair, no_findings, pictures, run, texts, workspace
from reportgen.check.nd30 import check_docx

EXAMPLE = "giay_moi_chieu_dai-ubnd-tinh-quang-nam-hoi-nghi-dau-tu.yaml"


def test_cards(tmp_path: Path) -> None:
    original, translation = build_pair(workspace(tmp_path, EXAMPLE))
    for path in (original, translation):
        document = docx.Document(str(path))
        section = document.sections[0]
        width, height = section.page_width or 0, section.page_height or 0
        assert 110 <= round(width / Mm(1)) <= 120 and 150 <= round(height / Mm(1)) <= 180
        for paragraph in document.paragraphs:
            if paragraph.text.strip():
                style = paragraph.style
                alignment = paragraph.alignment or (style.paragraph_format.alignment if style else None)
                assert alignment == WD_ALIGN_PARAGRAPH.CENTER, paragraph.text
    vi, en = texts(original), texts(translation)
    assert vi.count("trân trọng kính mời") == 2 and en.count("requests the pleasure of the company of") == 2
    assert "Ngài Park Min-jun" in vi and "H.E. Susan Burns" in en
    assert pictures(original) == 2 and pictures(translation) == 0  # one emblem per card; none on the translation
    no_findings(original, translation)


def test_no_emblem_below_provincial_leaders(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE, emblem=False)
    source.write_text(source.read_text(encoding="utf-8").replace("quoc_huy: có", "quoc_huy: không"), encoding="utf-8")
    original, _ = build_pair(source)
    assert pictures(original) == 0


def test_text_too_long_for_the_card_is_refused(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    long = " và ".join(["Hội nghị xúc tiến đầu tư Quảng Nam – Hàn Quốc năm 2026"] * 8)
    text = source.read_text(encoding="utf-8").replace(
        "vi: nhân dịp Hội nghị xúc tiến đầu tư Quảng Nam – Hàn Quốc năm 2026", f"vi: nhân dịp {long}"
    )
    source.write_text(text, encoding="utf-8")
    result = run("build", source, "-o", tmp_path / "outputs")
    assert result.returncode == 1
    assert "khach_moi[0]: nội dung thiếp (bản chính) dài hơn thiếp khoảng" in result.stderr
    assert not (tmp_path / "outputs").exists()


def test_checker_wants_a_card_centred_and_card_sized(tmp_path: Path) -> None:
    original, _ = build_pair(workspace(tmp_path, EXAMPLE))
    document = docx.Document(str(original))
    document.paragraphs[3].alignment = WD_ALIGN_PARAGRAPH.LEFT
    document.sections[0].page_height = Mm(200)
    document.save(str(tmp_path / "sai.docx"))
    rules = {f.rule for f in check_docx((tmp_path / "sai.docx").read_bytes())}
    assert {"DN-CARD-CENTRE", "DN-CARD-SIZE"} <= rules

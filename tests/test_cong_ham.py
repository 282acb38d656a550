"""Công hàm: the original with the Quốc huy and the English translation without it, both from one input; the
formulas of courtesy in each language; no signature block; nothing written when a text, the emblem or the
partner is missing."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest

from letter_helpers import build_pair, no_findings, pictures, run, same_blocks, texts, with_paragraphs_after, workspace
from reportgen.check.nd30 import check_docx
from reportgen.make.pdf import pdf_page_count, pdf_text
from reportgen.make.pipeline import pdf_for

EXAMPLE = "cong_ham-so-ngoai-vu-quang-nam-thong-bao-doan.yaml"


def test_original_and_translation(tmp_path: Path) -> None:
    original, translation = build_pair(workspace(tmp_path, EXAMPLE))
    vi, en = texts(original), texts(translation)
    assert vi[0:3] == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "SỞ NGOẠI VỤ", "Số: 45/SNgV-LS"]
    assert en[0:3] == ["PEOPLE'S COMMITTEE OF QUANG NAM PROVINCE", "DEPARTMENT OF FOREIGN AFFAIRS", "No. 45/SNgV-LS"]
    assert vi[3].startswith("Sở Ngoại vụ tỉnh Quảng Nam gửi lời chào trân trọng tới Tổng Lãnh sự quán Hoa Kỳ")
    assert " và trân trọng thông báo: " in vi[3]
    assert en[3].startswith("The Department of Foreign Affairs of Quang Nam Province presents its compliments to the")
    assert "and has the honour to inform" in en[3]
    assert vi[-2].endswith(
        "nhân dịp này xin gửi tới Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh lời chào trân trọng./."
    )
    assert en[-2].endswith("the assurances of its highest consideration.")
    assert vi[-1] == "Quảng Nam, ngày 05 tháng 3 năm 2026"
    assert en[-1] == "Quang Nam, 5 March 2026"
    assert pictures(original) == 1 and pictures(translation) == 0
    footer = docx.Document(str(original)).sections[0].first_page_footer
    assert [p.text for p in footer.paragraphs if p.text] == [
        "Kính gửi: Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh"
    ]
    assert not any(line.isupper() and len(line) < 40 for line in vi[4:])  # no signature title below the header
    no_findings(original, translation)
    same_blocks(original, translation)


def test_checker_reports_a_signature_block_and_an_emblem_in_the_translation(tmp_path: Path) -> None:
    original, translation = build_pair(workspace(tmp_path, EXAMPLE))
    signed = with_paragraphs_after(original, ["GIÁM ĐỐC", "Nguyễn Văn An"])
    assert "DN-CH-SIGNATURE" in [f.rule for f in check_docx(signed)]
    en = docx.Document(str(translation))
    en.paragraphs[0].insert_paragraph_before().add_run().add_picture(str(tmp_path / "quoc-huy.png"))
    out = io.BytesIO()
    en.save(out)
    assert "DN-EMBLEM-TRANSLATION" in [f.rule for f in check_docx(out.getvalue())]


def test_missing_translation_is_an_error_and_nothing_is_written(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    text = source.read_text(encoding="utf-8")
    cut = text.index("  en: >-\n    inform")
    end = text.index("\nnoi_dung:")
    source.write_text(text[:cut] + text[end:], encoding="utf-8")
    result = run("build", source, "-o", tmp_path / "outputs")
    assert result.returncode == 1
    assert "de_nghi: thiếu bản tiếng Anh (en:)" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "outputs").exists()


def test_without_the_office_emblem_the_original_is_refused(tmp_path: Path) -> None:
    source = workspace(tmp_path / "khong-co", EXAMPLE, emblem=False)
    result = run("build", source, "-o", tmp_path / "khong-co" / "outputs")
    assert result.returncode == 1
    assert "quoc-huy.png" in result.stderr and "không tự vẽ Quốc huy" in result.stderr
    assert not (tmp_path / "khong-co" / "outputs").exists()


def test_unknown_partner_key_names_the_keys(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    source.write_text(source.read_text(encoding="utf-8").replace("ma: tlsq-hoa-ky", "ma: dsq-phap"), encoding="utf-8")
    result = run("build", source, "-o", tmp_path / "outputs")
    assert result.returncode == 1
    assert (
        "doi_tac.ma: không có đối tác mã “dsq-phap”" in result.stderr and "tlsq-han-quoc, tlsq-hoa-ky" in result.stderr
    )


def test_inline_partner_without_a_list(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    text = source.read_text(encoding="utf-8").replace(
        "doi_tac:\n  danh_ba: danh_ba_doi_tac-so-ngoai-vu-quang-nam.yaml\n  ma: tlsq-hoa-ky\n",
        "doi_tac:\n  ten:\n    vi: Đại sứ quán Pháp\n    en: the Embassy of France\n"
        "  dia_chi:\n    vi: Hà Nội\n    en: Hanoi\n",
    )
    source.write_text(text, encoding="utf-8")
    (tmp_path / "danh_ba_doi_tac-so-ngoai-vu-quang-nam.yaml").unlink()
    _, translation = build_pair(source)
    footer = docx.Document(str(translation)).sections[0].first_page_footer
    assert [p.text for p in footer.paragraphs if p.text] == ["Embassy of France", "Hanoi"]
    shutil.rmtree(tmp_path / "outputs")


@pytest.mark.libreoffice
def test_a_long_note_keeps_the_addressee_on_page_one_and_the_date_on_the_last(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    paragraph = (
        "  - vi: Sở Ngoại vụ tỉnh Quảng Nam trân trọng đề nghị Tổng Lãnh sự quán phối hợp chuẩn bị nội dung làm việc"
        " về giáo dục, y tế, thương mại và đầu tư, đồng thời thông báo thành phần tham dự.\n"
        "    en: The Department kindly requests the Consulate General to help prepare the working session on"
        " education, health care, trade and investment, and to inform the Department of its participants.\n"
    )
    text = source.read_text(encoding="utf-8").replace("noi_dung:\n", "noi_dung:\n" + paragraph * 14)
    source.write_text(text, encoding="utf-8")
    original, _ = build_pair(source)
    (pdf,) = pdf_for([original])
    pages = pdf_page_count(pdf)
    assert pages >= 2
    first, last = pdf_text(pdf, 1), pdf_text(pdf, pages)
    assert "Kính gửi: Tổng Lãnh sự quán Hoa Kỳ" in first
    assert all("Kính gửi" not in pdf_text(pdf, n) for n in range(2, pages + 1))
    assert "lời chào trân trọng./." in " ".join(last.split()) and "Quảng Nam, ngày" in last

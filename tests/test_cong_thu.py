"""Công thư: first person, the CT symbol, the person addressed with honorific and position, the signer's one
position and full name; the translation has the same blocks in the same order."""

from __future__ import annotations

from pathlib import Path

import docx

from letter_helpers import build_pair, no_findings, pictures, run, same_blocks, texts, workspace
from reportgen.check.nd30 import check_docx
from reportgen.check.nd30.docxmodel import load
from reportgen.check.nd30.rules_doi_ngoai import check_pair

EXAMPLE = "cong_thu-so-ngoai-vu-quang-nam-chuc-mung-quoc-khanh.yaml"


def test_letter_in_both_languages(tmp_path: Path) -> None:
    original, translation = build_pair(workspace(tmp_path, EXAMPLE))
    vi, en = texts(original), texts(translation)
    assert "Số: 15/CT-SNgV" in vi and "No. 15/CT-SNgV" in en
    assert vi[4:7] == [
        "Kính gửi: Ngài Susan Burns,",
        "Tổng Lãnh sự Hoa Kỳ tại Thành phố Hồ Chí Minh",
        "Thưa Ngài Tổng Lãnh sự,",
    ]
    assert en[4:7] == [
        "H.E. Susan Burns",
        "Consul General of the United States of America in Ho Chi Minh City",
        "Dear Consul General,",
    ]
    assert vi[-3:] == [
        "Nhân dịp này, tôi xin gửi tới Ngài lời chào trân trọng./.",
        "GIÁM ĐỐC SỞ NGOẠI VỤ",
        "Nguyễn Thị Minh Thu",
    ]
    assert en[-3:] == [
        "Please accept, Excellency, the assurances of my highest consideration.",
        "DIRECTOR OF THE DEPARTMENT OF FOREIGN AFFAIRS",
        "Nguyễn Thị Minh Thu",
    ]
    assert pictures(original) == 0 and pictures(translation) == 0  # a công thư has no Quốc huy
    no_findings(original, translation)
    same_blocks(original, translation)


def test_checker_reports_a_wrong_symbol_and_a_different_block_order(tmp_path: Path) -> None:
    original, _ = build_pair(workspace(tmp_path, EXAMPLE))
    document = docx.Document(str(original))
    number = next(p for p in document.paragraphs if p.text == "Số: 15/CT-SNgV")
    number.runs[0].text = "Số: 15/SNgV-LS"
    for run_ in number.runs[1:]:
        run_.text = ""
    document.save(str(tmp_path / "sai.docx"))
    assert "DN-CT-SYMBOL" in [f.rule for f in check_docx((tmp_path / "sai.docx").read_bytes())]
    note_vi, _ = build_pair(workspace(tmp_path / "ham", "cong_ham-so-ngoai-vu-quang-nam-thong-bao-doan.yaml"))
    assert [f.rule for f in check_pair(load(original), load(note_vi))] == ["DN-PAIR-BLOCKS"]


def test_letter_to_a_body_without_a_person_is_refused(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    text = source.read_text(encoding="utf-8").replace(
        "doi_tac:\n  danh_ba: danh_ba_doi_tac-so-ngoai-vu-quang-nam.yaml\n  ma: tlsq-hoa-ky\n",
        "doi_tac:\n  ten:\n    vi: Đại sứ quán Pháp\n    en: the Embassy of France\n",
    )
    source.write_text(text, encoding="utf-8")
    result = run("build", source, "-o", tmp_path / "outputs")
    assert result.returncode == 1 and "doi_tac: thư gửi một người" in result.stderr

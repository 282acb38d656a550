"""Thư mời: a công thư with its title and the event's details; the weekday is computed, never typed."""

from __future__ import annotations

from pathlib import Path

from letter_helpers import build_pair, no_findings, run, same_blocks, texts, workspace

EXAMPLE = "thu_moi-so-ngoai-vu-quang-nam-hoi-nghi-xuc-tien-dau-tu.yaml"


def test_invitation_in_both_languages(tmp_path: Path) -> None:
    original, translation = build_pair(workspace(tmp_path, EXAMPLE))
    vi, en = texts(original), texts(translation)
    assert "THƯ MỜI" in vi and "LETTER OF INVITATION" in en and "Số: 18/CT-SNgV" in vi
    assert "Thời gian: 08 giờ 00, thứ Năm, ngày 09 tháng 4 năm 2026." in vi  # 09/4/2026 is a Thursday
    assert "Time: 8:00 a.m., Thursday, 9 April 2026." in en
    assert "Địa điểm: Trung tâm Hội nghị tỉnh, số 2 đường Trần Phú, thành phố Tam Kỳ." in vi
    assert "Kindly reply by 1 April 2026." in en
    no_findings(original, translation)
    same_blocks(original, translation)


def test_reply_date_after_the_event_and_missing_place_translation_are_both_reported(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    text = source.read_text(encoding="utf-8").replace("hoi_am_truoc: 01/4/2026", "hoi_am_truoc: 10/4/2026")
    text = text.replace("    en: Provincial Conference Centre, 2 Tran Phu Street, Tam Ky City\n", "")
    source.write_text(text, encoding="utf-8")
    result = run("build", source, "-o", tmp_path / "outputs")
    assert result.returncode == 1
    assert "su_kien.dia_diem: thiếu bản tiếng Anh" in result.stderr
    assert "su_kien.hoi_am_truoc: ngày hồi âm phải trước ngày diễn ra sự kiện" in result.stderr
    assert not (tmp_path / "outputs").exists()


def test_a_date_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    source = workspace(tmp_path, EXAMPLE)
    source.write_text(
        source.read_text(encoding="utf-8").replace("ngay: 09/4/2026", "ngay: 31/4/2026"), encoding="utf-8"
    )
    result = run("build", source, "-o", tmp_path / "outputs")
    assert result.returncode == 1 and "su_kien.ngay" in result.stderr

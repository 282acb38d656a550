"""``reportgen issue``: the register's number and date reach the input and every output, and nothing else changes."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from reportgen.cli import main
from reportgen.register import commands
from reportgen.register.open import open_register
from reportgen.register.series import vietnam_today
from reportgen.vietnamese import date_or_blank, day_month_year, short_date
from reportgen.vietnamese.numbering import NUMBER_BLANK

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"

HEAD = """\
# Quyết định tặng Giấy khen (dự thảo: số và ngày để trống cho văn thư)
loai: quyet_dinh_khen_thuong
co_quan:
  ban_hanh: Sở Ngoại vụ
  chu_quan: Ủy ban nhân dân thành phố Đà Nẵng
  ten: Sở Ngoại vụ thành phố Đà Nẵng
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban:
  noi_nhan:  # những nơi nhận bản chính
    - Như Điều 3
    - Sở Nội vụ
  luu: VT, VP
tham_quyen: Giám đốc Sở Ngoại vụ thành phố Đà Nẵng
hinh_thuc: Giấy khen
de_nghi: Chánh Văn phòng Sở
thanh_tich: đã hoàn thành xuất sắc nhiệm vụ năm 2025.
tach_tep: có
thi_hanh:
  - Chánh Văn phòng Sở
  - các cá nhân có tên tại Điều 1
nguoi_ky:
  chuc_vu: Giám đốc
  ho_ten: Phan Văn An
ca_nhan:
"""


def award_input(awardees: int) -> str:
    people = "".join(
        f"  - ho_ten: Nguyễn Văn Người Thứ {i}\n    gioi_tinh: {'nam' if i % 2 else 'nữ'}\n"
        f"    chuc_vu: Chuyên viên\n    don_vi: Phòng Hợp tác quốc tế\n"
        for i in range(1, awardees + 1)
    )
    return HEAD + people


def text_of(path: Path) -> list[str]:
    """Every paragraph of the document body, tables included, in order."""
    body = Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


ISSUED_AT = datetime(2026, 3, 5, 2, 0, tzinfo=UTC)  # 09:00 in Đà Nẵng


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_an_award_decision_with_200_awardees_carries_one_number_and_date_everywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "qd.yaml"
    source.write_text(award_input(200), encoding="utf-8")
    assert main(["build", "qd.yaml", "-o", "du-thao", "--templates", str(TEMPLATES)]) == 0
    drafts = sorted((tmp_path / "du-thao").glob("*.docx"))
    assert len(drafts) == 202  # the decision with its danh sách, all certificates, one certificate per awardee

    outcome, lines = commands.issue(
        source, tmp_path / "ban-hanh", database=None, workspace=tmp_path, templates=TEMPLATES, now=ISSUED_AT
    )
    assert outcome.entry.symbol == "01/QĐ-SNgV"
    issued = sorted((tmp_path / "ban-hanh").glob("*.docx"))
    assert [p.name for p in issued] == [p.name for p in drafts] == sorted(p.name for p in outcome.written)

    day = day_month_year(ISSUED_AT.date())  # ngày 05 tháng 3 năm 2026
    for draft, final in zip(drafts, issued, strict=True):
        before, after = text_of(draft), text_of(final)
        assert any("01/QĐ-SNgV" in line for line in after), final.name
        assert any(day in line for line in after), final.name
        changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
        assert changed, final.name
        for old, new in changed:  # only the number and the date differ (a certificate shows no date until issued)
            old, new = _plain(old), _plain(new)  # title lines keep "năm 2026" whole with no-break spaces
            blanked = new.replace("01/QĐ-SNgV", _plain(NUMBER_BLANK) + "/QĐ-SNgV").replace(day, "«ngày»")
            blanked = blanked.replace(f" ngày {short_date(ISSUED_AT.date())}", "")
            blank_date = re.escape(_plain(date_or_blank(None, 9999))).replace("9999", r"\d{4}")
            assert blanked == re.sub(blank_date, "«ngày»", old)

    written = source.read_text(encoding="utf-8")
    assert written.startswith("# Quyết định tặng Giấy khen (dự thảo")
    assert "van_ban:\n  so: 1\n  ngay: 05/03/2026\n  noi_nhan:  # những nơi nhận bản chính\n" in written
    assert lines[0] == "Đã cấp số 01/QĐ-SNgV ngày 05/03/2026 (sổ đăng ký: " + str(tmp_path / "so_dang_ky.sqlite") + ")."
    with open_register(None, tmp_path) as register:
        (entry,) = register.entries(2026)
    assert (entry.type_name, entry.subject, entry.signer) == ("Quyết định", outcome.entry.subject, "Phan Văn An")
    assert entry.recipients == ("Như Điều 3", "Sở Nội vụ", "Lưu: VT, VP") and entry.copies == 4
    assert len(entry.content_hash) == 64


def test_issuing_twice_is_refused_and_a_broken_draft_takes_no_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = tmp_path / "hong.yaml"
    broken.write_text(award_input(1).replace("hinh_thuc: Giấy khen\n", "hinh_thuc: Giấy khen\nkhong_co: 1\n"))
    assert main(["issue", "hong.yaml", "--templates", str(TEMPLATES)]) == 1
    assert "khong_co" in capsys.readouterr().err
    good = tmp_path / "qd.yaml"
    good.write_text(award_input(1), encoding="utf-8")
    assert main(["issue", "qd.yaml", "--templates", str(TEMPLATES)]) == 0
    assert "Đã cấp số 01/QĐ-SNgV" in capsys.readouterr().out  # the broken draft did not burn 01
    assert main(["issue", "qd.yaml", "--templates", str(TEMPLATES)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("qd.yaml:10:7: van_ban.so: văn bản đã có số 01: một số đã cấp không cấp lại")


def test_when_the_register_cannot_commit_the_input_and_outputs_stay_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportgen.register.sqlite import SqliteRegister
    from reportgen.register.store import RegisterError

    monkeypatch.chdir(tmp_path)
    source = tmp_path / "qd.yaml"
    source.write_text(award_input(1), encoding="utf-8")
    draft = source.read_bytes()
    assert main(["build", "qd.yaml", "--templates", str(TEMPLATES)]) == 0
    before = text_of(tmp_path / "outputs" / "qd.docx")

    def lost_connection(self: SqliteRegister) -> None:
        raise RegisterError("mất kết nối tới cơ sở dữ liệu")

    with monkeypatch.context() as patch:
        patch.setattr(SqliteRegister, "_commit", lost_connection)
        with pytest.raises(RegisterError):
            commands.issue(source, tmp_path / "outputs", database=None, workspace=tmp_path, templates=TEMPLATES)
    assert source.read_bytes() == draft
    assert text_of(tmp_path / "outputs" / "qd.docx") == before
    outcome, _ = commands.issue(source, tmp_path / "outputs", database=None, workspace=tmp_path, templates=TEMPLATES)
    assert outcome.entry.number == 1  # the failed attempt took nothing


def test_two_clerks_issuing_one_draft_at_once_give_it_one_number(tmp_path: Path) -> None:
    import threading

    from reportgen.problems import InputError

    source = tmp_path / "qd.yaml"
    source.write_text(award_input(1).replace("tach_tep: có\n", ""), encoding="utf-8")
    results: list[str] = []

    def clerk() -> None:
        try:
            outcome, _ = commands.issue(
                source, tmp_path / "outputs", database=None, workspace=tmp_path, templates=TEMPLATES
            )
            results.append(outcome.entry.symbol)
        except InputError as exc:
            results.append(exc.problems[0].message.split(":")[0])

    clerks = [threading.Thread(target=clerk) for _ in range(2)]
    for thread in clerks:
        thread.start()
    for thread in clerks:
        thread.join()
    assert sorted(results) == ["01/QĐ-SNgV", "văn bản đã có số 01"]
    with open_register(None, tmp_path) as register:
        assert [e.symbol for e in register.entries(vietnam_today().year)] == ["01/QĐ-SNgV"]


def test_inputs_that_refer_to_the_issued_one_are_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    speech, report = "bai_phat_bieu-chu-tich-ubnd-tong-ket-doi-ngoai-2022.yaml", "bao_cao_nam-da-nang-2022.yaml"
    for name in (speech, report, "bao_cao_nam-da-nang-2021.yaml"):
        (tmp_path / name).write_bytes((ROOT / "inputs" / name).read_bytes())
    text = (tmp_path / report).read_text(encoding="utf-8")
    (tmp_path / report).write_text(re.sub(r"\n  so: \d+\n  ngay: [\d/]+\n", "\n", text, count=1), encoding="utf-8")
    outcome, lines = commands.issue(
        tmp_path / report, tmp_path / "outputs", database=None, workspace=tmp_path, templates=TEMPLATES, now=ISSUED_AT
    )
    assert outcome.entry.symbol == "01/BC-SNgV"
    assert [r.source.name for r in outcome.related] == [speech]  # last year's report does not quote this one
    assert all(r.ok for r in outcome.related)
    assert lines[-1] == f"Đã sinh lại văn bản dẫn chiếu tới văn bản này: {speech}"
    assert (tmp_path / "outputs" / speech.replace(".yaml", ".docx")).is_file()

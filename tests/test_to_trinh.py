"""Tờ trình: Kính gửi, đề nghị, and the dự thảo built by its own kind as a second file; a khen thưởng tờ trình
quotes exactly the counts and amounts of the award decision built from the same records."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from starlette.testclient import TestClient

from reportgen.check.nd30 import check_docx
from reportgen.cli import main
from reportgen.make.pipeline import build_file
from reportgen.register import commands
from reportgen.web.app import Settings, create_app
from test_bien_ban import BIEN_BAN
from test_ke_hoach import HEAD as PLAN_HEAD
from test_ke_hoach import TAIL as PLAN_TAIL
from webform import form_fields

ROOT = Path(__file__).resolve().parents[1]
AWARDS = """\
loai: quyet_dinh_khen_thuong
co_quan:
  ban_hanh: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ten: Ủy ban nhân dân thành phố Đà Nẵng
  viet_tat: UBND
  dia_danh: Đà Nẵng
van_ban:
  so: 3120
  ngay: 26/12/2025
  noi_nhan: [Như Điều 3]
  luu: VT, NC
tham_quyen: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng
can_cu:
  - Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022
de_nghi: Giám đốc Sở Ngoại vụ tại Tờ trình số 41/TTr-SNgV ngày 10 tháng 12 năm 2025
thanh_tich: Đã có thành tích xuất sắc trong công tác đối ngoại năm 2025
tap_the:
  - ten: Phòng Hợp tác quốc tế, Sở Ngoại vụ
ca_nhan:
  - ho_ten: Nguyễn Văn Đức
    gioi_tinh: nam
    chuc_vu: Trưởng phòng Hợp tác quốc tế
  - ho_ten: Lê Thị Ánh
    gioi_tinh: nữ
    chuc_vu: Chuyên viên
tien_thuong:
  muc_luong_co_so: 2.340.000
  nguon_kinh_phi: Quỹ Thi đua, khen thưởng thành phố năm 2025
thi_hanh: [Giám đốc Sở Ngoại vụ]
nguoi_ky:
  tham_quyen: KT. Chủ tịch
  chuc_vu: Phó Chủ tịch
  ho_ten: Trần Chí Cường
"""

TO_TRINH = """\
loai: to_trinh
co_quan:
  chu_quan: |
    ỦY BAN NHÂN DÂN
    THÀNH PHỐ ĐÀ NẴNG
  ban_hanh: SỞ NGOẠI VỤ
  ten: Sở Ngoại vụ
  viet_tat: SNgV
  dia_danh: Đà Nẵng
van_ban:
  so: 41
  ngay: 10/12/2025
  noi_nhan: [Như trên]
  luu: VT, VP
trich_yeu: Về việc đề nghị tặng Bằng khen cho các tập thể, cá nhân
kinh_gui: [Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng]
ly_do: ["Các tập thể, cá nhân đã có thành tích xuất sắc."]
nguoi_ky:
  chuc_vu: Giám đốc
  ho_ten: Trần Thị Hồng Nhung
du_thao: khen_thuong.yaml
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def build(
    tmp_path: Path, to_trinh: str = TO_TRINH, draft: tuple[str, str] = ("khen_thuong.yaml", AWARDS)
) -> list[Path]:
    write(tmp_path, *draft)
    result = build_file(write(tmp_path, "tt.yaml", to_trinh), tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    return result.written


def texts(path: Path) -> list[str]:
    # no-break spaces read as spaces: where a line may not break is tested with the line rules
    return [" ".join(p.text.split()) for p in Document(str(path)).paragraphs if p.text]


def test_two_files_the_draft_marked_with_blank_number_and_the_approving_bodys_header(tmp_path: Path) -> None:
    main_doc, draft = build(tmp_path)
    assert draft.name == "tt-du-thao.docx"
    doc = Document(str(draft))
    assert doc.paragraphs[0].text == "DỰ THẢO"
    header = doc.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG"]
    assert re.fullmatch(r"Số:\s+/QĐ-UBND", header.cell(1, 0).text)
    assert re.fullmatch(r"Đà Nẵng, ngày\s+tháng\s+năm 2025", header.cell(1, 1).text)  # the tờ trình's year
    signature = next(t for t in doc.tables if t.cell(0, 0).text.startswith("Nơi nhận"))
    signer = [p.text for p in signature.cell(0, 1).paragraphs if p.text]
    assert signer == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Chí Cường"]
    assert Document(str(main_doc)).tables[0].cell(1, 0).text == "Số: 41/TTr-SNgV"


def test_the_tờ_trình_refers_to_its_draft_and_asks_what_the_decision_decides(tmp_path: Path) -> None:
    lines = texts(build(tmp_path)[0])
    assert lines[:3] == [
        "TỜ TRÌNH",
        "Về việc đề nghị tặng Bằng khen cho các tập thể, cá nhân",
        "Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng.",
    ]
    assert lines[-1] == (
        "Sở Ngoại vụ kính trình Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng xem xét, quyết định (có dự thảo Quyết "
        "định về việc tặng Bằng khen cho các tập thể, cá nhân kèm theo)./."
    )
    assert lines[4] == (
        "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng cho 01 tập thể và 02 cá nhân (có "
        "danh sách kèm theo) đã có thành tích xuất sắc trong công tác đối ngoại năm 2025."
    )


FIGURES = re.compile(r"\d+ (?:tập thể|cá nhân)|[\d.]+ đồng \([^)]*\)")


def test_award_figures_equal_those_of_the_decision_from_the_same_records(tmp_path: Path) -> None:
    main_doc, _ = build(tmp_path)
    decision = build_file(write(tmp_path, "qd.yaml", AWARDS), tmp_path / "qd").written[0]
    asked = FIGURES.findall(" ".join(texts(main_doc)))
    decided = FIGURES.findall(" ".join(texts(decision)))
    assert asked == [
        "01 tập thể",
        "02 cá nhân",
        "4.680.000 đồng (Bốn triệu sáu trăm tám mươi nghìn đồng)",
        "2.340.000 đồng (Hai triệu ba trăm bốn mươi nghìn đồng)",
        "01 tập thể",
        "02 cá nhân",
        "9.360.000 đồng (Chín triệu ba trăm sáu mươi nghìn đồng)",
    ]
    assert asked == decided


def test_a_plan_draft_and_several_recipients(tmp_path: Path) -> None:
    plan = PLAN_HEAD.replace("  so: 12\n  ngay: 05/11/2025\n", "") + PLAN_TAIL
    text = TO_TRINH.replace("du_thao: khen_thuong.yaml", "du_thao: kh.yaml").replace(
        "kinh_gui: [Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng]", "kinh_gui: [Ủy ban nhân dân thành phố, Sở Tài chính]"
    )
    main_doc, draft = build(tmp_path, text, ("kh.yaml", plan))
    lines = texts(main_doc)
    assert lines[2:5] == ["Kính gửi:", "- Ủy ban nhân dân thành phố;", "- Sở Tài chính."]
    assert lines[-1].endswith("(có dự thảo Kế hoạch đón tiếp Đoàn Đại sứ quán Nhật Bản kèm theo)./.")
    assert texts(draft)[:2] == ["DỰ THẢO", "KẾ HOẠCH"]
    assert re.fullmatch(r"Số:\s+/KH-VP", Document(str(draft)).tables[0].cell(1, 0).text)


def test_both_files_pass_the_checker_and_the_mark_is_what_excuses_the_blank_number(tmp_path: Path) -> None:
    main_doc, draft = build(tmp_path)
    assert [f.render() for f in check_docx(main_doc)] == []
    assert [f.render() for f in check_docx(draft)] == []
    doc = Document(str(draft))
    mark = doc.paragraphs[0]._p
    mark.getparent().remove(mark)
    doc.save(str(tmp_path / "unmarked.docx"))
    rules = {f.rule for f in check_docx(tmp_path / "unmarked.docx")}
    assert {"ND30-NUMBER-BLANK", "ND30-DATE-BLANK"} <= rules


def test_a_draft_that_is_not_a_document_of_the_approving_body_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, "bb.yaml", BIEN_BAN)
    source = write(tmp_path, "tt.yaml", TO_TRINH.replace("du_thao: khen_thuong.yaml", "du_thao: bb.yaml"))
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    assert f"{source}:21:10: du_thao: tệp “bb.yaml” (loai: bien_ban) không làm dự thảo được" in capsys.readouterr().err
    source.write_text(TO_TRINH.replace("du_thao: khen_thuong.yaml", "du_thao: khong_co.yaml"), encoding="utf-8")
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    assert f"{source}:21:10: du_thao: không tìm thấy tệp “khong_co.yaml”" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "names",
    [
        ("to_trinh-so-ngoai-vu-de-nghi-khen-thuong-2025.yaml", "quyet_dinh_khen_thuong-de-nghi-so-ngoai-vu-2025.yaml"),
        ("ke_hoach-so-ngoai-vu-don-doan-gyeonggi.yaml",),
        ("chuong_trinh-van-phong-ubnd-tinh-dai-su-quan-nhat-ban.yaml",),
    ],
)
def test_the_generic_web_form_edits_and_builds_the_new_kinds(tmp_path: Path, names: tuple[str, ...]) -> None:
    """Each new kind's example opens in the web form, is saved unchanged byte for byte, and builds there
    (a tờ trình with its dự thảo, found beside it in the workspace)."""
    for name in names:
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    app = create_app(Settings(tmp_path, require_login=False))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        name = names[0]
        before = (tmp_path / name).read_bytes()
        fields = form_fields(client.get(f"/sua/{name}").text, f"/sua/{name}")
        answer = client.post(
            f"/sua/{name}",
            content=urlencode([*fields, ("hanh_dong", "luu")]),
            headers={"content-type": "application/x-www-form-urlencoded"},
            follow_redirects=False,
        )
        assert answer.status_code == 303
        assert (tmp_path / name).read_bytes() == before
    assert main(["build", str(tmp_path / name), "-o", str(tmp_path / "out")]) == 0


def test_a_cong_van_draft_keeps_its_symbol_without_type_code_and_is_named_by_its_v_v(tmp_path: Path) -> None:
    for name in ("to_trinh-so-ngoai-vu-xin-chu-truong-doan-ra.yaml", "cong_van-ubnd-thanh-pho-doan-ra-han-quoc.yaml"):
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    result = build_file(tmp_path / "to_trinh-so-ngoai-vu-xin-chu-truong-doan-ra.yaml", tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    main_doc, draft = result.written
    assert texts(main_doc)[-1].endswith(
        "(có dự thảo Công văn về việc cử đoàn công tác của thành phố Đà Nẵng đi Hàn Quốc kèm theo)./."
    )
    header = Document(str(draft)).tables[0]
    assert texts(draft)[0] == "DỰ THẢO"
    assert re.fullmatch(r"Số:\s+/UBND-NV", header.cell(1, 0).paragraphs[0].text)
    assert [f.render() for f in check_docx(draft)] == []


def test_every_problem_of_a_to_trinh_at_once_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = TO_TRINH.replace("  ngay: 10/12/2025", "  ngay: 30/02/2025").replace(
        "kinh_gui: [Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng]\n", ""
    )
    source = write(
        tmp_path, "tt.yaml", text.replace("  chuc_vu: Giám đốc\n", "  tham_quyen: Thay Giám đốc\n  chuc_vu: Giám đốc\n")
    )
    assert main(["build", str(source), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{source}:12:9: van_ban.ngay: ngày 30/02/2025 không có thật trong lịch" in err
    assert any(line.startswith(f"{source}:1:1: kinh_gui:") for line in err), err
    assert any(line.startswith(f"{source}:18:15: nguoi_ky.tham_quyen:") for line in err), err
    assert not (tmp_path / "out").exists()


def test_issuing_the_records_builds_the_to_trinh_again_and_its_draft_stays_blank(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry numbers the award decision (QĐ) and the tờ trình (TTr) from their kinds' symbols; the tờ trình
    that attaches the records is built again, its dự thảo still without number: it is the draft that was sent."""
    monkeypatch.chdir(tmp_path)
    unnumbered = AWARDS.replace("  so: 3120\n  ngay: 26/12/2025\n", "")
    write(tmp_path, "khen_thuong.yaml", unnumbered)
    write(tmp_path, "tt.yaml", TO_TRINH.replace("  so: 41\n  ngay: 10/12/2025\n", ""))
    issued_at = datetime(2025, 12, 10, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    templates = ROOT / "templates"
    outcome, _ = commands.issue(
        tmp_path / "tt.yaml", tmp_path / "out", database=None, workspace=tmp_path, templates=templates, now=issued_at
    )
    assert outcome.entry.symbol == "01/TTr-SNgV"
    outcome, _ = commands.issue(
        tmp_path / "khen_thuong.yaml",
        tmp_path / "out",
        database=None,
        workspace=tmp_path,
        templates=templates,
        now=issued_at,
    )
    assert outcome.entry.symbol == "01/QĐ-UBND"  # another issuing body, its own series
    assert [r.source.name for r in outcome.related] == ["tt.yaml"]
    draft = Document(str(tmp_path / "out" / "tt-du-thao.docx"))
    assert re.fullmatch(r"Số:\s+/QĐ-UBND", draft.tables[0].cell(1, 0).text)

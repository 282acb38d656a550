"""Bài phát biểu: salutations in protocol order, figures quoted word for word from the annual report, speech layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from reportgen.cli import main
from reportgen.kinds._phat_bieu import REFERENCE, substitute
from reportgen.make.pipeline import build_file, prepare
from speech_inputs import GUESTS, REPORT, texts, write

HEAD = """\
loai: bai_phat_bieu
nguoi_phat_bieu:
  ho_ten: Lê Trung Chinh
  chuc_vu: Chủ tịch UBND thành phố Đà Nẵng
su_kien: Hội nghị tổng kết công tác đối ngoại năm 2022
dia_diem: Đà Nẵng
ngay: 10/01/2023
"""

QUOTING = (
    HEAD
    + "bao_cao: bao_cao.yaml\n"
    + GUESTS
    + """\
noi_dung:
  phan:
    - doan_van: >-
        Năm 2022, thành phố đón {{ so_lieu.doan_vao.so_doan }} đoàn với {{so_lieu.doan_vao.luot_nguoi}} lượt
        người, {{ so_lieu.doan_vao.so_sanh }}; cam kết viện trợ {{ so_lieu.vien_tro_pcpnn.cam_ket }}.
  loi_chuc: Chúc Hội nghị thành công tốt đẹp!
"""
)


@pytest.fixture
def quoting(tmp_path: Path) -> Path:
    write(tmp_path, "bao_cao.yaml", REPORT)
    return write(tmp_path, "phat_bieu.yaml", QUOTING)


def build(path: Path, out: Path) -> Path:
    result = build_file(path, out)
    assert result.ok, [p.render() for p in result.problems]
    return result.written[0]


def test_salutations_follow_precedence_not_typing_order(tmp_path: Path) -> None:
    guests = """\
dai_bieu:
  - nhom: các vị khách quý, các đồng chí
    thu_tu: 4
  - nhom: các đồng chí lãnh đạo các sở, ban, ngành
    thu_tu: 3
  - ho_ten: Bùi Thanh Sơn
    chuc_vu: Thứ trưởng Thường trực Bộ Ngoại giao
    thu_tu: 1
  - nhom: các đồng chí lãnh đạo Thành ủy
    thu_tu: 2
  - ho_ten: Nguyễn Văn Quảng
    chuc_vu: Bí thư Thành ủy Đà Nẵng.
    thu_tu: 1
  - chuc_vu: Chủ tịch HĐND thành phố
    thu_tu: 2
noi_dung:
  phan:
    - doan_van: Nội dung.
"""
    docx = build(write(tmp_path, "pb.yaml", HEAD + guests), tmp_path / "out")
    lines = [t for t in texts(docx) if t.startswith(("Kính thưa", "Thưa"))]
    assert lines == [
        "Kính thưa đồng chí Bùi Thanh Sơn, Thứ trưởng Thường trực Bộ Ngoại giao;",
        "Kính thưa đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy Đà Nẵng;",
        "Thưa các đồng chí lãnh đạo Thành ủy;",
        "Thưa đồng chí Chủ tịch HĐND thành phố;",
        "Thưa các đồng chí lãnh đạo các sở, ban, ngành;",
        "Thưa các vị khách quý, các đồng chí!",
    ]


def test_quoted_figures_are_the_reports_own(quoting: Path, tmp_path: Path) -> None:
    report = prepare(quoting.parent / "bao_cao.yaml").documents[0].context["so_lieu"]
    assert report["doan_vao"]["so_doan"] == "03" and report["doan_vao"]["luot_nguoi"] == "1.220"
    speech = texts(build(quoting, tmp_path / "out"))
    expected = (
        f"Năm 2022, thành phố đón {report['doan_vao']['so_doan']} đoàn với {report['doan_vao']['luot_nguoi']} "
        f"lượt người, {report['doan_vao']['so_sanh']}; cam kết viện trợ {report['vien_tro_pcpnn']['cam_ket']}."
    )
    assert expected in speech
    assert "tăng 01 đoàn (50%) so với năm 2021" in expected
    report_text = "\n".join(texts(build(quoting.parent / "bao_cao.yaml", tmp_path / "out")))
    for value in (
        report["doan_vao"]["so_doan"],
        report["doan_vao"]["luot_nguoi"],
        report["doan_vao"]["so_sanh"],
        report["vien_tro_pcpnn"]["cam_ket"],
    ):
        assert value in report_text


NB = "\u00a0"


def test_speech_layout_has_no_number_signature_or_receivers(quoting: Path, tmp_path: Path) -> None:
    doc = Document(str(build(quoting, tmp_path / "out")))
    lines = [p.text for p in doc.paragraphs if p.text]
    assert lines[:4] == [
        "BÀI PHÁT BIỂU",
        "của đồng chí Lê Trung Chinh, Chủ tịch UBND thành\u00a0phố\u00a0Đà\u00a0Nẵng",  # never "Thành / phố"
        "tại Hội nghị tổng kết công tác đối ngoại năm\u00a02022",
        f"Đà Nẵng, ngày{NB}10 tháng{NB}01 năm{NB}2023",  # a centred line: no number parted from its word
    ]
    assert lines[-2:] == ["Chúc Hội nghị thành công tốt đẹp!", "Xin trân trọng cảm ơn!"]
    assert not doc.tables
    assert not [t for t in lines if t.startswith(("Số:", "Nơi nhận"))]
    body = next(p for p in doc.paragraphs if p.text.startswith("Năm 2022"))
    assert body.style is not None
    assert body.style.font.size == Pt(14) and body.style.font.name == "Times New Roman"
    assert 1.3 <= body.style.paragraph_format.line_spacing <= 1.5


def test_a_speech_without_report_is_plain_prose(tmp_path: Path) -> None:
    text = HEAD + GUESTS + "noi_dung:\n  mo_dau: Chào mừng các đồng chí.\n  phan:\n    - doan_van: Nội dung {{ x }}.\n"
    result = build_file(write(tmp_path, "pb.yaml", text), tmp_path / "out")
    assert result.ok
    assert "Nội dung {{ x }}." in texts(result.written[0])
    assert [w.render() for w in result.warnings] == [
        f"{tmp_path / 'pb.yaml'}:19:17: cảnh báo: noi_dung.phan[0].doan_van: “{{{{ x }}}}” không phải tham chiếu "
        "số liệu nên được in nguyên văn"
    ]


def test_every_unknown_figure_is_reported_with_its_line(
    quoting: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = (
        quoting.read_text(encoding="utf-8")
        .replace("doan_vao.so_doan", "doan_vao.so_doann")
        .replace("vien_tro_pcpnn.cam_ket", "vientro.cam_ket")
        .replace("Chúc Hội nghị", "Chúc {{ so_lieu.doan_ra }} Hội nghị")
    )
    quoting.write_text(bad, encoding="utf-8")
    code = main(["build", str(quoting), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    where = f"{quoting}:19:17: noi_dung.phan[0].doan_van: "
    assert err[:3] == [
        where + "báo cáo năm không có số liệu “so_lieu.doan_vao.so_doann”; có phải ý là “so_lieu.doan_vao.so_doan”, "
        "“so_lieu.doan_ra.so_doan”, “so_lieu.doan_vao.so_sanh”?",
        where + "báo cáo năm không có số liệu “so_lieu.vientro.cam_ket”; có phải ý là "
        "“so_lieu.vien_tro_pcpnn.cam_ket”, “so_lieu.vien_tro_pcpnn.luy_ke”, “so_lieu.vien_tro_pcpnn.so_sanh”?",
        f"{quoting}:22:13: noi_dung.loi_chuc[0]: “{{{{ so_lieu.doan_ra }}}}” viết sai dạng tham chiếu; viết "
        "{{ so_lieu.<nhóm>.<tên> }}, ví dụ {{ so_lieu.doan_vao.so_doan }}",
    ]
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))


def test_a_figure_without_report_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "pb.yaml", QUOTING.replace("bao_cao: bao_cao.yaml\n", ""))
    assert main(["validate", str(path)]) == 1
    assert (
        f"{path}:18:17: noi_dung.phan[0].doan_van: dùng số liệu “so_lieu.doan_vao.so_doan” nhưng chưa ghi "
        "“bao_cao” (đường dẫn tệp báo cáo năm)"
    ) in capsys.readouterr().err.splitlines()


def test_the_report_must_be_an_annual_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        tmp_path,
        "bao_cao.yaml",
        "loai: bai_phat_bieu\n" + QUOTING.split("\n", 1)[1].replace("bao_cao: bao_cao.yaml\n", ""),
    )
    path = write(tmp_path, "pb.yaml", QUOTING.replace("{{ so_lieu.doan_vao.so_sanh }}", "tăng"))
    assert main(["validate", str(path)]) == 1
    assert (
        f"{path}:8:10: bao_cao: tệp “bao_cao” phải là một báo cáo năm (loai: bao_cao_nam)"
        in capsys.readouterr().err.splitlines()
    )


def test_an_empty_comparison_is_an_error_not_a_hole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    no_last_year = REPORT.replace("nam_truoc:\n  so_lieu: {doan_vao: 2, luot_nguoi_vao: 15, doan_ra: 1}\n", "")
    write(tmp_path, "bao_cao.yaml", no_last_year)
    path = write(tmp_path, "pb.yaml", QUOTING)
    assert main(["validate", str(path)]) == 1
    assert (
        f"{path}:19:17: noi_dung.phan[0].doan_van: số liệu “so_lieu.doan_vao.so_sanh” trống trong báo cáo năm "
        "(ví dụ chưa có số liệu năm trước để so sánh)"
    ) in capsys.readouterr().err.splitlines()


def test_only_the_exact_reference_pattern_is_replaced() -> None:
    figures = {"doan_vao": {"so_doan": "93"}}
    text = "{{so_lieu.doan_vao.so_doan}} và {{ so_lieu.doan_vao.so_doan }} nhưng {{ 7*7 }} và {% if x %}"
    assert substitute(text, figures) == ("93 và 93 nhưng {{ 7*7 }} và {% if x %}", [])
    assert not REFERENCE.search("{{ so_lieu.doan_vao.so_doan|upper }}")

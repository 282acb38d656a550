"""The pipeline as a library: one input, many inputs, failures that leave nothing behind."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from reportgen.make.pipeline import build_file, build_paths, collect_inputs, validate_paths

SAMPLE = Path(__file__).parent / "sample_report.yaml"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "in" / "bao_cao_nam-thu.yaml"
    target.parent.mkdir()
    shutil.copy(SAMPLE, target)
    return target


def test_one_input_makes_one_document_named_after_it(sample: Path, tmp_path: Path) -> None:
    result = build_file(sample, tmp_path / "out")
    assert result.ok, result.problems
    assert result.written == [(tmp_path / "out" / "bao_cao_nam-thu.docx").resolve()]
    document = docx.Document(str(result.written[0]))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "BÁO CÁO" in [p.text for p in document.paragraphs]
    assert "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình" in cells


def test_output_may_name_the_docx(sample: Path, tmp_path: Path) -> None:
    result = build_file(sample, tmp_path / "bao-cao-cuoi.docx")
    assert result.written == [(tmp_path / "bao-cao-cuoi.docx").resolve()]


def test_bad_input_writes_nothing_and_keeps_the_previous_output(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = build_file(sample, out).written[0]
    before = good.read_bytes()
    sample.write_text(sample.read_text(encoding="utf-8").replace("so_nguoi: 12", "so_nguoi: -12"), encoding="utf-8")
    result = build_file(sample, out)
    assert not result.ok and result.written == []
    assert [p.render() for p in result.problems] == [
        f"{result.problems[0].file}:35:109: doan_vao[0].so_nguoi: không được là số âm"
    ]
    assert good.read_bytes() == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".reportgen")) == ["bao_cao_nam-thu.docx"]


def test_all_problems_of_a_file_are_reported_at_once(sample: Path, tmp_path: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    text = text.replace("so_nguoi: 12", "so_nguoi: mười hai").replace("so_nguoi: 8", "so_ngươi: 8")
    sample.write_text(text.replace("  ban_hanh: SỞ NGOẠI VỤ\n", ""), encoding="utf-8")
    (result,) = validate_paths([sample])
    assert [p.render().split(": ", 1)[1] for p in result.problems] == [
        "co_quan.ban_hanh: thiếu trường bắt buộc",
        "doan_vao[0].so_nguoi: “mười hai” không phải là số; viết số theo cách Việt Nam: dấu chấm ngăn cách hàng "
        "nghìn (2.100), dấu phẩy trước phần thập phân (3,68)",
        "doan_vao[1].so_nguoi: thiếu trường bắt buộc",
        "doan_vao[1].so_ngươi: trường “so_ngươi” không có trong mẫu nhập liệu; có phải ý là “so_nguoi”?",
    ]
    assert [(p.line, p.column) for p in result.problems] == [(4, 3), (34, 109), (35, 5), (35, 109)]


def test_a_failing_input_does_not_stop_the_others(sample: Path, tmp_path: Path) -> None:
    bad = sample.with_name("bao_cao_nam-hong.yaml")
    bad.write_text("loai: bao_cao_nam\nnam: 2022\n", encoding="utf-8")
    results = build_paths([sample.parent], tmp_path / "out", jobs=2)
    assert [r.source.name for r in results] == ["bao_cao_nam-hong.yaml", "bao_cao_nam-thu.yaml"]
    assert [r.ok for r in results] == [False, True]
    assert (tmp_path / "out" / "bao_cao_nam-thu.docx").exists()
    assert not (tmp_path / "out" / "bao_cao_nam-hong.docx").exists()


def test_folders_are_searched_for_yaml_files(sample: Path) -> None:
    (sample.parent / "ghi-chu.txt").write_text("không phải đầu vào", encoding="utf-8")
    (sample.parent / "con").mkdir()
    nested = sample.parent / "con" / "b.yml"
    nested.write_text("loai: bao_cao_nam\n", encoding="utf-8")
    assert collect_inputs([sample.parent]) == [sample, nested]


def test_last_year_file_that_is_missing_is_reported_at_its_field(sample: Path, tmp_path: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    text = text.replace("  so_lieu: {doan_vao: 40, luot_nguoi_vao: 300, doan_ra: 2}", "  tep: khong-co.yaml")
    sample.write_text(text, encoding="utf-8")
    result = build_file(sample, tmp_path / "out")
    assert [(p.line, p.field, p.message) for p in result.problems] == [
        (24, "nam_truoc.tep", "không tìm thấy tệp “khong-co.yaml”")
    ]

"""`check_text` says of unsaved text what `validate` would say once it is saved at that path."""

from __future__ import annotations

import shutil
from pathlib import Path

from reportgen.files.manifest import is_edited, read_manifest
from reportgen.make.pipeline import build_file, check_text, validate_paths

ROOT = Path(__file__).resolve().parents[1]
REPORT = "bao_cao_nam-da-nang-2022.yaml"  # quotes last year's file beside it


def test_same_answer_as_validate_and_related_files_found_beside_the_path(tmp_path: Path) -> None:
    for name in (REPORT, "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    path = tmp_path / REPORT
    assert check_text(path.read_bytes(), path).problems == []
    broken = path.read_bytes().replace(b"nam: 2022", b"nam: hai", 1)
    result = check_text(broken, path)
    path.write_bytes(broken)
    assert result.problems == validate_paths([path])[0].problems
    assert [(p.field, p.line) for p in result.problems] == [("nam", 18)]
    (tmp_path / "bao_cao_nam-da-nang-2021.yaml").unlink()
    result = check_text(path.read_bytes().replace(b"nam: hai", b"nam: 2022"), path)
    assert "không tìm thấy tệp" in result.problems[0].message


def test_unreadable_text_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    result = check_text(b"loai: [", tmp_path / "x.yaml")
    assert result.problems and not result.ok


def test_is_edited_tells_a_file_changed_since_reportgen_wrote_it(tmp_path: Path) -> None:
    source = tmp_path / "bp.yaml"
    shutil.copy(ROOT / "inputs" / "tham_luan-thanh-uy-da-nang-hoi-nghi-doi-ngoai-toan-quoc-2021.yaml", source)
    (written,) = build_file(source, tmp_path / "out").written
    assert not is_edited(written, read_manifest(written.parent))
    written.write_bytes(written.read_bytes() + b"x")
    assert is_edited(written, read_manifest(written.parent))
    assert not is_edited(written.with_name("khong-co.docx"), {})

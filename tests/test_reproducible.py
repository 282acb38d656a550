"""Same input and templates → the same .docx bytes; a lost manifest never makes an unchanged document look edited."""

from __future__ import annotations

import io
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from reportgen.files.manifest import MANIFEST_NAME
from reportgen.files.stamp import CUSTOM_PART, is_unchanged_output, stamp_of
from reportgen.make.pipeline import build_file

INPUTS = Path(__file__).resolve().parents[1] / "inputs"
REPORT = "bao_cao_nam-da-nang-2022.yaml"  # with charts; refers to last year's report


@pytest.fixture
def report(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (REPORT, "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy2(INPUTS / name, folder / name)
    return folder / REPORT


def test_an_annual_report_built_twice_gives_identical_bytes(
    report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = build_file(report, tmp_path / "a")
    assert first.ok, first.problems or first.output_error
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 3 * 3600)  # a build three hours later
    second = build_file(report, tmp_path / "b")
    assert second.ok, second.problems or second.output_error
    (docx_a,) = first.written
    (docx_b,) = second.written
    with zipfile.ZipFile(docx_a) as archive:
        assert any(name.endswith(".png") for name in archive.namelist())  # the charts are in it
    assert docx_a.read_bytes() == docx_b.read_bytes()


def test_every_part_is_dated_by_source_date_epoch_when_set(
    report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    result = build_file(report, tmp_path / "out")
    assert result.ok, result.problems or result.output_error
    with zipfile.ZipFile(result.written[0]) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_without_source_date_epoch_parts_are_dated_when_the_input_was_saved(
    report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    os.utime(report, (1650000000, 1650000000))  # 2022-04-15 05:20:00 UTC
    result = build_file(report, tmp_path / "out")
    with zipfile.ZipFile(result.written[0]) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2022, 4, 15, 5, 20, 0)}


def test_a_lost_manifest_does_not_refuse_the_next_build_of_a_changed_input(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build_file(report, out)
    assert first.ok
    (out / MANIFEST_NAME).unlink()
    report.write_text(report.read_text(encoding="utf-8") + "\n# sửa\n", "utf-8")
    os.utime(report, (time.time() + 10, time.time() + 10))  # saved later: a new document time, new bytes
    before = first.written[0].read_bytes()
    again = build_file(report, out)
    assert again.ok, again.output_error
    assert again.written[0].read_bytes() != before
    assert (out / MANIFEST_NAME).is_file()


def test_a_damaged_manifest_does_not_refuse_either(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert build_file(report, out).ok
    (out / MANIFEST_NAME).write_text('{"khac.docx": {"sha256": "0"}}', encoding="utf-8")
    os.utime(report, (time.time() + 10, time.time() + 10))
    assert build_file(report, out).ok


def test_a_document_edited_after_the_manifest_was_lost_is_still_refused(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (docx,) = build_file(report, out).written
    (out / MANIFEST_NAME).unlink()
    _edit(docx)  # as Word would: a part rewritten, the custom properties kept
    assert stamp_of(docx.read_bytes()) is not None
    assert not is_unchanged_output(docx)
    os.utime(report, (time.time() + 10, time.time() + 10))
    result = build_file(report, out)
    assert "đã bị sửa" in result.output_error
    assert docx.read_bytes() != b""


def _edit(docx: Path) -> None:
    with zipfile.ZipFile(docx) as archive:
        parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts:
            if name == "word/document.xml":
                data = data.replace("Đà Nẵng".encode(), "Đà Nẵng (đã sửa)".encode(), 1)
            out.writestr(name, data)
    docx.write_bytes(buffer.getvalue())
    assert CUSTOM_PART in zipfile.ZipFile(docx).namelist()

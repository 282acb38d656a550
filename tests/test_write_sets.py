"""One input's files are replaced together or not at all (the decision, its certificates, one per awardee)."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from reportgen.files.atomic import OWN_PREFIX
from reportgen.files.journal import NEW_PREFIX
from reportgen.make.pipeline import build_file

AWARDS = Path(__file__).resolve().parents[1] / "inputs" / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml"


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, dict[Path, bytes]]:
    """An award input built once with one file per awardee, and the bytes of every file it wrote."""
    source = tmp_path / "in" / AWARDS.name
    source.parent.mkdir()
    text = AWARDS.read_text(encoding="utf-8")
    source.write_text(text.rstrip("\n") + "\ntach_tep: có\n", encoding="utf-8")
    out = tmp_path / "out"
    result = build_file(source, out)
    assert result.ok, result.problems or result.output_error
    assert len(result.written) > 3
    return source, out, {path: path.read_bytes() for path in result.written}


def _change_input(source: Path) -> None:
    """A new figure, so that every file of the set gets new bytes."""
    text = source.read_text(encoding="utf-8")
    assert "Bằng khen" in text
    source.write_text(
        text.replace("tach_tep: có", "tach_tep: có\nhieu_luc: Quyết định có hiệu lực từ ngày ký"), encoding="utf-8"
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((OWN_PREFIX, ".~reportgen")))


def test_disk_full_on_the_second_file_keeps_every_file_of_the_set(
    built: tuple[Path, Path, dict[Path, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out, before = built
    _change_input(source)
    real_write = os.write
    real_mkstemp = tempfile.mkstemp
    temps: set[int] = set()
    calls = {"files": 0}

    def counting_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)  # type: ignore[call-overload]
        calls["files"] += 1
        if calls["files"] == 2:
            temps.add(fd)
        return fd, name

    def full_on_second(fd: int, data: bytes | memoryview) -> int:
        if fd in temps:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(tempfile, "mkstemp", counting_mkstemp)
    monkeypatch.setattr(os, "write", full_on_second)
    result = build_file(source, out)
    monkeypatch.undo()
    assert not result.ok
    assert "ổ đĩa đã đầy" in result.output_error
    assert {path: path.read_bytes() for path in before} == before
    assert _leftovers(out) == []


def test_failed_rename_midway_puts_the_replaced_files_back(
    built: tuple[Path, Path, dict[Path, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out, before = built
    _change_input(source)
    real_replace = os.replace
    renames = {"n": 0}

    def fail_third_rename_in(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).suffix == ".docx" and Path(src).name.startswith(NEW_PREFIX):
            renames["n"] += 1
            if renames["n"] == 3:
                raise OSError(errno.EACCES, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_third_rename_in)
    result = build_file(source, out)
    monkeypatch.undo()
    assert renames["n"] == 3
    assert "không có quyền ghi" in result.output_error
    assert {path: path.read_bytes() for path in before} == before
    assert _leftovers(out) == []


def test_a_new_set_that_fails_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / AWARDS.name
    shutil.copy(AWARDS, source)
    out = tmp_path / "out"
    real_replace = os.replace

    def fail_second(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).suffix == ".docx" and any(Path(dst).parent.glob("*.docx")):
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", fail_second)
    result = build_file(source, out)
    monkeypatch.undo()
    assert "chỉ cho phép đọc" in result.output_error
    assert list(out.glob("*.docx")) == []
    assert _leftovers(out) == []

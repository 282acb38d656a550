"""A set killed mid-rename is finished by whatever command touches the folder next, not only by a build.

Also: messages name the file that failed (the manifest when the disk fills on it, the link when a symlink is
refused, not where it points).
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from reportgen.files.atomic import OWN_PREFIX
from reportgen.files.journal import JOURNAL_PREFIX
from reportgen.files.outputs import write_output, write_outputs
from reportgen.make.pipeline import build_file
from reportgen.problems import OutputError
from reportgen.web.workspace import Workspace
from test_crash_sets import DRIVER

AWARDS = Path(__file__).resolve().parents[1] / "inputs" / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml"


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example award decision, one file per awardee, in two versions."""
    base = tmp_path_factory.mktemp("sets")
    text = AWARDS.read_text(encoding="utf-8") + "tach_tep: có\n"
    found = {}
    for version, extra in (("v1", ""), ("v2", "hieu_luc: Quyết định có hiệu lực từ ngày ký\n")):
        source = base / version / "quyet_dinh.yaml"
        source.parent.mkdir()
        source.write_text(text + extra, encoding="utf-8")
        result = build_file(source, base / f"set-{version}")
        assert result.ok, result.problems or result.output_error
        found[version] = base / f"set-{version}"
    return found


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.docx"))}


def _killed_mid_rename(sets: dict[str, Path], out: Path) -> None:
    """``out`` holds v1; a run writing v2 is SIGKILLed among its renames, leaving its journal behind."""
    scratch = out.parent / "scratch"
    for folder in (out, scratch):
        write_outputs([(folder / n, d) for n, d in _contents(sets["v1"]).items()], root=folder, source="q.yaml")
    calls = int(_write_v2(sets, scratch, 0).stdout)  # a whole run, to count its calls
    assert _write_v2(sets, out, int(calls * 0.8)).returncode < 0
    assert any(p.name.startswith(JOURNAL_PREFIX) for p in out.iterdir()), "the kill did not land among the renames"


def _write_v2(sets: dict[str, Path], out: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", DRIVER, str(sets["v2"]), str(out), str(kill_at), "0"]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _whole(out: Path, sets: dict[str, Path]) -> None:
    assert [p.name for p in out.iterdir() if p.name.startswith(OWN_PREFIX)] == []
    assert _contents(out) in (_contents(sets["v1"]), _contents(sets["v2"]))


def test_reportgen_check_on_the_folder_finishes_the_set_first(sets: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "outputs"
    _killed_mid_rename(sets, out)
    checked = subprocess.run(
        [sys.executable, "-m", "reportgen", "check", str(out)], capture_output=True, text=True, check=False
    )
    assert "Traceback" not in checked.stderr
    _whole(out, sets)


def test_the_web_page_listing_outputs_finishes_the_set_first(sets: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "ws" / "outputs"
    _killed_mid_rename(sets, out)
    Workspace(tmp_path / "ws").outputs_of("quyet_dinh.yaml")
    _whole(out, sets)


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_disk_full_on_the_manifest_names_the_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = [(tmp_path / f"chung-nhan-{i}.docx", _docx(f"Giấy chứng nhận {i}")) for i in range(3)]
    real_write = os.write
    calls = {"n": 0}

    def full_after_the_documents(fd: int, data: bytes | memoryview) -> int:
        calls["n"] += 1
        if calls["n"] > len(files):  # every document fits, the manifest no longer does
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_after_the_documents)
    with pytest.raises(OutputError) as caught:
        write_outputs(files, root=tmp_path)
    monkeypatch.undo()
    message = str(caught.value)
    assert ".reportgen-manifest.json: ổ đĩa đã đầy" in message
    assert "chung-nhan" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_refused_symlink_is_named_not_its_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "noi-khac" / "van-ban-that.docx"
    target.parent.mkdir()
    target.write_bytes(b"precious")
    (tmp_path / "out").mkdir()
    link = tmp_path / "out" / "bao-cao.docx"
    link.symlink_to(target)
    with pytest.raises(OutputError) as caught:
        write_output(Path("out/bao-cao.docx"), _docx("x"))
    assert "out/bao-cao.docx" in str(caught.value)
    assert "van-ban-that" not in str(caught.value)
    assert target.read_bytes() == b"precious"


def test_temps_an_older_version_left_are_removed_but_not_its_copies_of_old_files(tmp_path: Path) -> None:
    (tmp_path / ".~reportgen-k3j_9x2a").write_bytes(b"half a document")  # a temp of new bytes, never renamed
    (tmp_path / ".~reportgen-k3j_9x2a-old").write_bytes(b"a replaced document")  # which name it had: unknown
    write_output(tmp_path / "bao-cao.docx", _docx("Báo cáo"))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == [".~reportgen-k3j_9x2a-old"]

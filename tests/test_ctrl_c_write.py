"""Ctrl+C during the renames of a set: the set is completed first, then the stop takes effect."""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import docx
import pytest

from reportgen.files.ctrl_c import interrupted_while_writing, interrupts_checked_by_caller
from reportgen.files.journal import NEW_PREFIX
from reportgen.files.outputs import write_outputs


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def ctrl_c_on_second_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace
    renames = {"n": 0}

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(src).name.startswith(NEW_PREFIX) and Path(dst).suffix == ".docx":
            renames["n"] += 1
            if renames["n"] == 2:
                signal.raise_signal(signal.SIGINT)  # the user presses Ctrl+C now
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)


def _set(folder: Path, version: str) -> list[tuple[Path, bytes]]:
    return [(folder / f"bang-khen-{i}.docx", _docx(f"Bằng khen {i} {version}")) for i in range(4)]


@pytest.mark.usefixtures("ctrl_c_on_second_rename")
def test_ctrl_c_mid_set_is_raised_once_the_set_is_whole(tmp_path: Path) -> None:
    files = _set(tmp_path, "mới")
    with pytest.raises(KeyboardInterrupt):
        write_outputs(files, root=tmp_path)
    assert {p: p.read_bytes() for p, _ in files} == dict(files)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("~")) == []


@pytest.mark.usefixtures("ctrl_c_on_second_rename")
def test_a_caller_that_checks_gets_the_set_and_the_news(tmp_path: Path) -> None:
    files = _set(tmp_path, "mới")
    with interrupts_checked_by_caller():
        written = write_outputs(files, root=tmp_path)
    assert interrupted_while_writing()
    assert not interrupted_while_writing()  # told once
    assert [p.read_bytes() for p in written] == [data for _, data in files]

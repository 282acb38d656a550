"""What keeps the pages fast for an office: checks cached by content, and checking never draws charts."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from reportgen.make import pipeline
from reportgen.make.pipeline import build_file, check_text
from reportgen.web import workspace as workspace_module
from reportgen.web.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
NAMES = (
    "bao_cao_nam-da-nang-2021.yaml",
    "bao_cao_nam-da-nang-2022.yaml",
    "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in NAMES:
        shutil.copy(ROOT / "inputs" / name, tmp_path / name)
    return tmp_path


def counted_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the inputs the workspace checks from now on, in order."""
    checked: list[str] = []

    def counting(data: bytes, path: Path) -> pipeline.BuildResult:
        checked.append(path.name)
        return check_text(data, path)

    monkeypatch.setattr(workspace_module, "check_text", counting)
    return checked


def test_a_save_rechecks_only_the_saved_file_and_the_files_referring_to_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = counted_checks(monkeypatch)
    ws = Workspace(folder)
    for name in NAMES:
        ws.check(name)
    assert sorted(checked) == sorted(NAMES)
    checked.clear()
    for name in NAMES:
        ws.check(name)
    assert checked == []  # nothing changed: every answer from the cache
    notice = folder / NAMES[2]
    notice.write_text(notice.read_text(encoding="utf-8") + "\n# một dòng ghi chú\n", encoding="utf-8")
    for name in NAMES:
        ws.check(name)
    assert checked == [NAMES[2]]  # the notice refers to no other file; the reports are untouched
    checked.clear()
    last_year = folder / NAMES[0]
    last_year.write_text(last_year.read_text(encoding="utf-8") + "\n# sửa\n", encoding="utf-8")
    for name in NAMES:
        ws.check(name)
    assert sorted(checked) == sorted(NAMES[:2])  # 2022 compares with 2021: both are checked again


def test_a_save_has_the_reports_referring_to_it_checked_again_before_any_page_asks(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a save of last year's report, this year's (which compares with it) is checked again in the background:
    the next home page finds it done instead of checking it while a colleague waits."""
    checked = counted_checks(monkeypatch)
    ws = Workspace(folder)
    for name in NAMES:
        ws.check(name)
    checked.clear()
    last_year = folder / NAMES[0]
    data = (last_year.read_text(encoding="utf-8") + "\n# sửa\n").encode("utf-8")
    last_year.write_bytes(data)
    ws.remember(NAMES[0], data, check_text(data, last_year))  # what a save does
    ws._refresh.submit(lambda: None).result(timeout=60)  # the background check before it has ended
    assert checked == [NAMES[1]]  # 2022 compares with 2021; the notice refers to nothing
    checked.clear()
    for name in NAMES:
        ws.check(name)
    assert checked == []  # every page answer from what is already known


def test_pages_asking_at_once_share_one_check(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()
    release = threading.Event()
    checked: list[str] = []

    def slow(data: bytes, path: Path) -> pipeline.BuildResult:
        checked.append(path.name)
        started.set()
        release.wait(30)
        return check_text(data, path)

    monkeypatch.setattr(workspace_module, "check_text", slow)
    ws = Workspace(folder)
    results: list[pipeline.BuildResult] = []
    pages = [threading.Thread(target=lambda: results.append(ws.check(NAMES[2]))) for _ in range(4)]
    pages[0].start()
    assert started.wait(30)
    for page in pages[1:]:
        page.start()
    release.set()
    for page in pages:
        page.join(60)
    assert checked == [NAMES[2]] and len(results) == 4
    assert all(r is results[0] for r in results)


def test_checking_never_draws_charts_but_building_does(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reportgen.kinds.bao_cao_nam as report

    drawn: list[int] = []
    real = report.pictures  # type: ignore[attr-defined]

    def counting(figs: dict[str, object]) -> object:
        drawn.append(1)
        return real(figs)

    monkeypatch.setattr(report, "pictures", counting)
    path = folder / NAMES[1]
    assert check_text(path.read_bytes(), path).problems == []
    assert drawn == []
    assert build_file(path, folder / "out", templates=ROOT / "templates").ok
    assert drawn == [1]

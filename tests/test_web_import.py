"""The Excel import on the page reads, merges and checks the workbook in the worker processes under ``serve``.

The worker processes are started by ``spawn``: a function replaced in this process (``monkeypatch``) is not
replaced there. A replacement that fails therefore proves where the work ran: the import succeeds only if the
workbook was read in another process.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from reportgen.load import load_text
from reportgen.web import import_job, workspace
from reportgen.web.app import Settings, create_app
from reportgen.web.store import Store
from reportgen.web.workers import WORKER_NICENESS
from test_web import REPORT, ROOT, _workbook, post, upload
from test_web_workers import kill_a_worker
from webform import form_fields

ROW = ["Đoàn Hữu nghị Viêng Chăn", None, "Lào", None, "02/03/2021", None, 7]


def _serving(folder: Path, processes: int) -> TestClient:
    shutil.copy(ROOT / "inputs" / REPORT, folder / REPORT)
    return TestClient(create_app(Settings(folder, require_login=False, build_processes=processes)), "http://127.0.0.1")


@pytest.fixture
def with_workers(tmp_path: Path) -> Iterator[TestClient]:
    with _serving(tmp_path, 1) as client:
        yield client


class NotHere:
    """A costly function replaced in this process: notes each call and fails it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.calls: list[str] = []

    def __call__(self, *args: Any) -> Any:
        self.calls.append(self.name)
        raise AssertionError(f"{self.name} ran in the server's process")


def _import_confirmed(client: TestClient, data: bytes) -> tuple[str, str]:
    """Send ``data``, confirm replacing the typed rows; the page asked first and the answer."""
    asked = upload(client, f"/nhap-excel/{REPORT}", "doan.xlsx", data)
    assert asked.status_code == 200 and 'id="hoi-thay"' in asked.text, asked.text[-800:]
    answer = post(client, f"/nhap-excel/{REPORT}", form_fields(asked.text, f"/nhap-excel/{REPORT}"))
    assert answer.status_code == 200 and "Đã nhập" in answer.text, answer.text[-800:]
    return asked.text, answer.text


def test_the_workbook_is_read_merged_and_checked_in_a_lower_priority_worker(
    with_workers: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = with_workers
    replaced = [NotHere(name) for name in ("read_workbook", "replace_lists", "check_text")]
    for fake in replaced:  # the costly parts, failing in this process
        monkeypatch.setattr(import_job, fake.name, fake)
    path = tmp_path / REPORT
    before = path.read_text(encoding="utf-8")
    rows_before = len(load_text(before, REPORT).data["doan_vao"])
    asked, answer = _import_confirmed(client, _workbook([ROW]))
    assert f"Đoàn vào: {rows_before} → 1 mục" in asked and f"Đoàn vào: {rows_before} → 1 mục" in answer
    assert "Đoàn Hữu nghị Viêng Chăn" in path.read_text(encoding="utf-8")
    assert before in [v.text for v in Store(tmp_path).versions(REPORT)]
    assert [fake.calls for fake in replaced] == [[], [], []]
    again = NotHere("check_text")  # the worker's check of the new text is the home page's: not done again
    monkeypatch.setattr(workspace, "check_text", again)
    assert client.get("/").status_code == 200 and again.calls == []
    workers = client.app.state.app.processes  # type: ignore[attr-defined]
    assert workers.submit(os.getpid).result() != os.getpid()
    assert workers.submit(os.nice, 0).result() == min(19, os.nice(0) + WORKER_NICENESS)


def test_without_workers_the_same_replacement_is_noticed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The control of the test above: in the server's threads, the failing replacement is called."""
    fake = NotHere("read_workbook")
    monkeypatch.setattr(import_job, fake.name, fake)
    with _serving(tmp_path, 0) as client:
        answer = upload(client, f"/nhap-excel/{REPORT}", "doan.xlsx", _workbook([ROW]))
    assert answer.status_code == 500 and fake.calls == ["read_workbook"]


def test_a_bad_cell_is_named_in_vietnamese_from_the_worker(with_workers: TestClient, tmp_path: Path) -> None:
    before = (tmp_path / REPORT).read_text(encoding="utf-8")
    data = _workbook([["Đoàn A", None, "Lào", None, "31/02/2021", None, 5], ["Đoàn B", None, "Lào", None, None]])
    answer = upload(with_workers, f"/nhap-excel/{REPORT}", "doan.xlsx", data)
    assert answer.status_code == 422
    assert "Đoàn vào!E2: Từ ngày: ngày 31/02/2021 không có thật trong lịch" in answer.text
    assert "Đoàn vào!E3" in answer.text  # every bad cell at once: sheet, column letter, row
    assert (tmp_path / REPORT).read_text(encoding="utf-8") == before
    assert [v.note for v in Store(tmp_path).versions(REPORT)] == []


def test_an_unreadable_workbook_is_refused_in_vietnamese_from_the_worker(
    with_workers: TestClient, tmp_path: Path
) -> None:
    """The workbook's own error (an exception in the worker) comes back as the page's message."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "không phải XML")
    before = (tmp_path / REPORT).read_text(encoding="utf-8")
    answer = upload(with_workers, f"/nhap-excel/{REPORT}", "hong.xlsx", buffer.getvalue())
    assert answer.status_code == 422
    assert "Không đọc được tệp Excel này" in answer.text
    assert (tmp_path / REPORT).read_text(encoding="utf-8") == before


def test_a_worker_that_died_does_not_break_the_next_import(with_workers: TestClient, tmp_path: Path) -> None:
    workers = with_workers.app.state.app.processes  # type: ignore[attr-defined]
    first = kill_a_worker(workers)
    _import_confirmed(with_workers, _workbook([ROW]))
    assert "Đoàn Hữu nghị Viêng Chăn" in (tmp_path / REPORT).read_text(encoding="utf-8")
    assert workers.submit(os.getpid).result() != first


def _saving_meanwhile(path: Path, monkeypatch: pytest.MonkeyPatch, times: int) -> list[str]:
    """Someone saves the input each of the first ``times`` times the workbook is merged (no lock is held then);
    returns the names of the costly steps called, in order."""
    calls: list[str] = []
    prepare, merge = import_job.prepare, import_job.merge

    def saved(step: Any, name: str) -> Any:
        def run(*args: Any) -> import_job.Prepared:
            calls.append(name)
            done: import_job.Prepared = step(*args)
            if name == "merge" and calls.count("merge") <= times:
                text = path.read_text(encoding="utf-8")
                path.write_text(text.replace("nam: 2021\n", "nam: 2021\n# ghi chú của người khác\n", 1), "utf-8")
            return done

        return run

    monkeypatch.setattr(import_job, "prepare", saved(prepare, "prepare"))
    monkeypatch.setattr(import_job, "merge", saved(merge, "merge"))
    return calls


def test_a_save_during_the_import_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import merges again into the newer text instead of writing over it; the workbook is read once."""
    path = tmp_path / REPORT
    with _serving(tmp_path, 0) as client:
        calls = _saving_meanwhile(path, monkeypatch, 1)
        _import_confirmed(client, _workbook([ROW]))
    assert calls == ["prepare", "merge", "merge"]  # asked; confirmed: merged, saved meanwhile, merged again
    text = path.read_text(encoding="utf-8")
    assert text.count("# ghi chú của người khác") == 1 and "Đoàn Hữu nghị Viêng Chăn" in text
    assert len(load_text(text, REPORT).data["doan_vao"]) == 1


def test_an_input_saved_all_the_time_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / REPORT
    with _serving(tmp_path, 0) as client:
        calls = _saving_meanwhile(path, monkeypatch, 100)
        asked = upload(client, f"/nhap-excel/{REPORT}", "doan.xlsx", _workbook([ROW]))
        answer = post(client, f"/nhap-excel/{REPORT}", form_fields(asked.text, f"/nhap-excel/{REPORT}"))
    assert answer.status_code == 409 and "gửi lại tệp Excel" in answer.text
    assert calls.count("merge") == 5
    assert "Đoàn Hữu nghị Viêng Chăn" not in path.read_text(encoding="utf-8")


def test_a_worker_dying_during_the_import_is_said_and_nothing_is_written(
    with_workers: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = with_workers.app.state.app  # type: ignore[attr-defined]

    async def died(*args: Any) -> Any:
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(app, "apart", died)
    before = (tmp_path / REPORT).read_text(encoding="utf-8")
    answer = upload(with_workers, f"/nhap-excel/{REPORT}", "doan.xlsx", _workbook([ROW]))
    assert answer.status_code == 503 and "bị dừng giữa chừng" in answer.text and "gửi lại" in answer.text
    assert (tmp_path / REPORT).read_text(encoding="utf-8") == before

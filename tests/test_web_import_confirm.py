"""An Excel upload that would replace typed rows asks first; the answer is kept honest.

The question (“Đoàn vào: 58 → 1 mục”) is about the rows the person saw: rows someone saves between the question
and the answer are asked about again, never replaced unseen. The workbook waits for the answer in memory only,
for the person who sent it, 15 minutes at most; it is never written to disk (not in the workspace, not in the
temporary folder), whatever happens to the import.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from reportgen.author import xlsx_import
from reportgen.load import load_text
from reportgen.web import import_job
from reportgen.web.app import Settings, create_app
from reportgen.web.pending import OLD_UPLOADS, NotWaiting, Pending
from reportgen.web.store import Store
from test_web import REPORT, ROOT, _workbook, post, replace_field, upload
from webform import form_fields, forms

ROW = ["Đoàn Hữu nghị Viêng Chăn", None, "Lào", None, "02/03/2021", None, 7]
MINH_ROW = "  - ten_doan: Đoàn của Minh\n    quoc_gia: Lào\n    tu_ngay: 01/06/2021\n    so_nguoi: 3\n"
ACTION = f"/nhap-excel/{REPORT}"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copy(ROOT / "inputs" / REPORT, folder / REPORT)
    Store(folder).add_user("lan", "mat-khau-cua-lan")
    Store(folder).add_user("minh", "mat-khau-cua-minh")
    return folder


def _login(client: TestClient, name: str, password: str) -> TestClient:
    fields = replace_field(form_fields(client.get("/dang-nhap").text, "/dang-nhap"), "ten", name)
    assert post(client, "/dang-nhap", replace_field(fields, "mat_khau", password)).status_code == 303
    return client


@pytest.fixture
def office(workspace: Path) -> Iterator[tuple[TestClient, TestClient]]:
    """Lan and Minh, each signed in from their own browser, on one server."""
    web = create_app(Settings(workspace, require_login=True))
    with TestClient(web, base_url="http://127.0.0.1") as lan, TestClient(web, base_url="http://127.0.0.1") as minh:
        yield _login(lan, "lan", "mat-khau-cua-lan"), _login(minh, "minh", "mat-khau-cua-minh")


def _rows(workspace: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = load_text((workspace / REPORT).read_text(encoding="utf-8"), REPORT).data["doan_vao"]
    return rows


def _asks(client: TestClient, data: bytes) -> httpx.Response:
    asked = upload(client, ACTION, "doan.xlsx", data)
    assert asked.status_code == 200 and 'id="hoi-thay"' in asked.text, asked.text[-800:]
    return asked


def _answer(client: TestClient, question: httpx.Response, which: int = 0) -> httpx.Response:
    """Click the question's first button (replace) or second (keep): the fields that form sends."""
    answers = [f for f in forms(question.text) if f["action"] == ACTION]
    fields = [(k, v) for k, v in answers[which]["fields"] if k != "csrf"]
    token = form_fields(client.get(f"/sua/{REPORT}").text, ACTION)[0]  # this browser's own CSRF token
    return post(client, ACTION, [token, *fields])


def _save_yaml(client: TestClient, change: Any) -> None:
    """Save the input in YAML mode with ``change`` applied to its text, as a second person would."""
    fields = form_fields(client.get(f"/yaml/{REPORT}").text, f"/yaml/{REPORT}")
    text = dict(fields)["noi_dung"]
    saved = post(client, f"/yaml/{REPORT}", [*replace_field(fields, "noi_dung", change(text)), ("hanh_dong", "luu")])
    assert saved.status_code == 303, saved.text[-800:]


def test_rows_saved_between_the_question_and_the_answer_are_asked_about_again(
    office: tuple[TestClient, TestClient], workspace: Path
) -> None:
    lan, minh = office
    typed = len(_rows(workspace))
    question = _asks(lan, _workbook([ROW]))
    assert f"Đoàn vào: {typed} → 1 mục" in question.text
    _save_yaml(minh, lambda text: text.replace("doan_vao:\n", "doan_vao:\n" + MINH_ROW, 1))  # Minh adds a row
    again = _answer(lan, question)
    assert again.status_code == 200 and 'id="hoi-lai"' in again.text, again.text[-800:]
    assert "người khác đã lưu" in again.text and f"Đoàn vào: {typed + 1} → 1 mục" in again.text
    assert _rows(workspace)[0]["ten_doan"] == "Đoàn của Minh"  # nothing replaced unseen
    done = _answer(lan, again)  # Lan has now seen Minh's row counted, and replaces it on purpose
    assert done.status_code == 200 and "Đã nhập" in done.text and f"Đoàn vào: {typed + 1} → 1 mục" in done.text
    assert [r["ten_doan"] for r in _rows(workspace)] == ["Đoàn Hữu nghị Viêng Chăn"]
    assert any("Đoàn của Minh" in v.text for v in Store(workspace).versions(REPORT))  # still in the history


def test_a_save_of_other_fields_meanwhile_does_not_ask_again_and_is_kept(
    office: tuple[TestClient, TestClient], workspace: Path
) -> None:
    lan, minh = office
    question = _asks(lan, _workbook([ROW]))
    _save_yaml(minh, lambda text: text.replace("doan_ra: 2\n", "doan_ra: 3\n", 1))
    done = _answer(lan, question)
    assert done.status_code == 200 and "Đã nhập" in done.text and 'id="hoi-lai"' not in done.text
    text = (workspace / REPORT).read_text(encoding="utf-8")
    assert "doan_ra: 3\n" in text and [r["ten_doan"] for r in _rows(workspace)] == ["Đoàn Hữu nghị Viêng Chăn"]


def test_an_upload_cannot_be_confirmed_by_someone_else(office: tuple[TestClient, TestClient], workspace: Path) -> None:
    lan, minh = office
    before = (workspace / REPORT).read_text(encoding="utf-8")
    question = _asks(lan, _workbook([ROW]))
    stolen = _answer(minh, question)  # Minh posts Lan's question form (its token) with his own session
    assert stolen.status_code == 403 and "do người khác gửi lên" in stolen.text
    assert (workspace / REPORT).read_text(encoding="utf-8") == before
    done = _answer(lan, question)  # still Lan's to answer
    assert done.status_code == 200 and "Đã nhập" in done.text


def test_an_answer_after_15_minutes_asks_to_send_the_file_again(
    office: tuple[TestClient, TestClient], workspace: Path
) -> None:
    lan, _ = office
    pending = lan.app.state.app.pending  # type: ignore[attr-defined]
    before = (workspace / REPORT).read_text(encoding="utf-8")
    question = _asks(lan, _workbook([ROW]))
    assert "trong 15 phút" in question.text and len(pending) == 1
    now = time.monotonic()
    pending.clock = lambda: now + 15 * 60 + 1
    late = _answer(lan, question)
    assert late.status_code == 410 and "15 phút" in late.text and "Hãy gửi lại tệp Excel" in late.text
    assert (workspace / REPORT).read_text(encoding="utf-8") == before and len(pending) == 0


def test_at_most_four_uploads_wait_and_the_oldest_is_sent_again(
    office: tuple[TestClient, TestClient], workspace: Path
) -> None:
    lan, _ = office
    questions = [_asks(lan, _workbook([ROW])) for _ in range(5)]
    assert len(lan.app.state.app.pending) == 4  # type: ignore[attr-defined]
    assert _answer(lan, questions[0]).status_code == 410
    assert "Đã nhập" in _answer(lan, questions[4]).text


# ----------------------------------------------------------------------------- nothing left on disk


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of this test's own, for the server and its worker processes."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _files(*folders: Path) -> set[Path]:
    """Every file, but the empty lock files saving an input leaves (one per input, reused)."""
    return {p for folder in folders for p in folder.rglob("*") if p.is_file() and p.suffix != ".lock"}


def _big_workbook() -> bytes:
    """A workbook over Starlette's 1 MB in-memory limit for an upload's parts (a picture-sized member)."""
    buffer = io.BytesIO(_workbook([ROW]))
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("xl/media/anh.bin", os.urandom(1_500_000))
    return buffer.getvalue()


def _spy_on_disk(monkeypatch: pytest.MonkeyPatch, folders: tuple[Path, ...], before: set[Path]) -> list[set[Path]]:
    """While the workbook is read, the files new in ``folders``: the upload is not there (read from memory)."""
    seen: list[set[Path]] = []
    read = xlsx_import.read_workbook

    def spied(*args: Any) -> Any:
        seen.append(_files(*folders) - before)
        return read(*args)

    monkeypatch.setattr(import_job, "read_workbook", spied)
    return seen


PATHS = ["imported", "bad cell", "unreadable", "worker died", "answered no", "expired"]


@pytest.mark.parametrize("path", PATHS)
def test_the_upload_never_lands_on_disk(
    path: str, workspace: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    web = create_app(Settings(workspace, require_login=False))
    app = web.state.app
    with TestClient(web, base_url="http://127.0.0.1") as client:
        client.get("/")  # the workspace's own files (its database) exist before the upload
        before = _files(workspace, temporary)
        seen = _spy_on_disk(monkeypatch, (workspace, temporary), before)
        data = {"bad cell": _workbook([["Đoàn A", None, "Lào", None, "31/02/2021", None, 5]])}.get(
            path, _big_workbook()
        )
        if path == "unreadable":  # a zip that says it is a workbook: the worker finds it is not
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr("xl/workbook.xml", "không phải XML")
            data = buffer.getvalue()
        if path == "worker died":

            async def died(*args: Any) -> Any:
                raise BrokenProcessPool("a worker died")

            monkeypatch.setattr(app, "apart", died)
        first = upload(client, ACTION, "doan.xlsx", data)
        assert _files(workspace, temporary) - before <= {workspace / REPORT}, path
        expected = {"imported": 200, "bad cell": 422, "unreadable": 422, "worker died": 503}
        if path in expected:
            assert first.status_code == expected[path], first.text[-600:]
        else:
            assert 'id="hoi-thay"' in first.text and len(app.pending) == 1
        if path == "imported":
            assert "Đã nhập" in _answer(client, first).text
        if path == "answered no":
            kept = _answer(client, first, which=1)
            assert kept.status_code == 303 and kept.headers["location"] == f"/sua/{REPORT}"
        if path == "expired":
            now = time.monotonic()
            app.pending.clock = lambda: now + 3600
            assert _answer(client, first).status_code == 410
        assert len(app.pending) == 0  # nothing kept in memory either once answered
    assert _files(workspace, temporary) - before <= {workspace / REPORT}, path
    assert all(not new for new in seen), seen
    assert not [p for p in _files(workspace) if p.suffix == ".xlsx"]


def test_uploads_an_older_version_left_in_the_workspace_are_removed(workspace: Path) -> None:
    old = workspace / OLD_UPLOADS
    old.mkdir()
    (old / "0123abcd.xlsx").write_bytes(b"PK an old upload")
    create_app(Settings(workspace, require_login=False))
    assert not old.exists()


def _open_in(folder: Path) -> list[tuple[str, int]]:
    """The files this process holds open in ``folder`` (even unlinked or unnamed ones) and their modes."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith(str(folder)):
                found.append((target, os.stat(fd).st_mode & 0o777))
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads the open files from /proc (Linux)")
def test_the_copy_starlette_spools_of_a_large_upload_is_nameless_and_private(
    workspace: Path, temporary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over 1 MB, the multipart parser spools the upload to a temporary file while the request lasts: one with no
    name other users could open (mode 0600), gone with the request."""
    held: list[list[tuple[str, int]]] = []
    read = xlsx_import.read_workbook

    def spied(*args: Any) -> Any:
        held.append(_open_in(temporary))
        return read(*args)

    monkeypatch.setattr(import_job, "read_workbook", spied)
    with TestClient(create_app(Settings(workspace, require_login=False)), base_url="http://127.0.0.1") as client:
        assert 'id="hoi-thay"' in upload(client, ACTION, "doan.xlsx", _big_workbook()).text
        assert held and held[0], "the upload was not spooled: this test proves nothing"
        assert all(mode == 0o600 for _, mode in held[0]), held
        assert not _files(temporary)  # no name in the folder
        assert not _open_in(temporary)  # closed with the request


def test_a_waiting_workbook_answers_only_for_its_own_input_and_person() -> None:
    pending = Pending()
    prepared = import_job.Prepared(kind="k")
    token = pending.put("lan", "a.yaml", "doan.xlsx", prepared)
    for user, name, status in (("lan", "b.yaml", 410), ("minh", "a.yaml", 403), ("lan", "a.yaml", 0)):
        try:
            assert pending.take(token, user, name).prepared is prepared and status == 0
        except NotWaiting as exc:
            assert exc.status == status and "chưa ghi gì" in exc.message and name in exc.message
    with pytest.raises(NotWaiting) as again:  # taken once: a second answer (a double click) is told so
        pending.take(token, "lan", "a.yaml")
    assert again.value.status == 409 and "đã được nhận rồi" in again.value.message
    assert "Lịch sử của a.yaml" in again.value.message
    with pytest.raises(NotWaiting) as unknown:
        pending.take("0" * 32, "lan", "a.yaml")
    assert unknown.value.status == 410 and "Hãy gửi lại tệp Excel" in unknown.value.message

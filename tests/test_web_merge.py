"""Nothing lost when several people edit one input: three-way merge, conflicts shown, drafts, samples as hints."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from starlette.testclient import TestClient

from live_server import listening_socket
from reportgen.load import load_text
from reportgen.web.app import Settings, create_app
from reportgen.web.store import Store
from webform import form_fields

ROOT = Path(__file__).resolve().parents[1]
REPORT = "bao_cao_nam-da-nang-2021.yaml"
SPEECH = "bai_phat_bieu-chu-tich-ubnd-tong-ket-doi-ngoai-2022.yaml"
FORM = "application/x-www-form-urlencoded"
Fields = list[tuple[str, str]]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in (REPORT, "bao_cao_nam-da-nang-2022.yaml", SPEECH):
        shutil.copy(ROOT / "inputs" / name, folder / name)
    return folder


@pytest.fixture
def client(workspace: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(workspace, require_login=False)), base_url="http://127.0.0.1") as test_client:
        yield test_client


def post(client: TestClient, url: str, fields: Fields) -> httpx.Response:
    answer: httpx.Response = client.post(
        url, content=urlencode(fields), headers={"content-type": FORM}, follow_redirects=False
    )
    return answer


def fields_of(client: TestClient, name: str) -> Fields:
    return form_fields(client.get(f"/sua/{name}").text, f"/sua/{name}")


def setting(fields: Fields, key: str, value: str, nth: int = 0) -> Fields:
    """``fields`` with the ``nth`` field called ``key`` (a table's column repeats per row) set to ``value``."""
    out, seen = [], -1
    for k, v in fields:
        if k == key:
            seen += 1
            v = value if seen == nth else v
        out.append((k, v))
    assert seen >= nth, (key, nth)
    return out


def data(workspace: Path, name: str) -> dict[str, object]:
    return load_text((workspace / name).read_text(encoding="utf-8"), name).data


def save(client: TestClient, name: str, fields: Fields, action: str = "luu") -> httpx.Response:
    return post(client, f"/sua/{name}", [*fields, ("hanh_dong", action)])


def test_two_people_editing_different_fields_both_land(client: TestClient, workspace: Path) -> None:
    first, second = fields_of(client, SPEECH), fields_of(client, SPEECH)
    assert save(client, SPEECH, setting(first, "dia_diem", "Hội An")).status_code == 303
    answer = save(client, SPEECH, setting(second, "su_kien", "Hội nghị đối ngoại mở rộng"))
    assert answer.status_code == 303, answer.text
    saved = data(workspace, SPEECH)
    assert saved["dia_diem"] == "Hội An" and saved["su_kien"] == "Hội nghị đối ngoại mở rộng"


def test_two_people_editing_different_rows_of_a_list_both_land(client: TestClient, workspace: Path) -> None:
    first, second = fields_of(client, REPORT), fields_of(client, REPORT)
    assert save(client, REPORT, setting(first, "doan_vao.so_nguoi", "41", 0)).status_code == 303
    answer = save(client, REPORT, setting(second, "doan_vao.so_nguoi", "52", 2))
    assert answer.status_code == 303, answer.text
    rows = data(workspace, REPORT)["doan_vao"]
    assert isinstance(rows, list) and rows[0]["so_nguoi"] == 41 and rows[2]["so_nguoi"] == 52


def test_one_person_adding_a_row_and_another_editing_a_row_both_land(client: TestClient, workspace: Path) -> None:
    first, second = fields_of(client, REPORT), fields_of(client, REPORT)
    count = len(data(workspace, REPORT)["doan_vao"])  # type: ignore[arg-type]
    assert save(client, REPORT, setting(first, "doan_vao.ten_doan", "Đoàn đã đổi tên", 1)).status_code == 303
    added = [*second, ("doan_vao._goc", ""), ("doan_vao._mau", ""), ("doan_vao.ten_doan", "Đoàn mới thêm")]
    added += [("doan_vao.quoc_gia", "Lào"), ("doan_vao.tu_ngay", "01/06/2021"), ("doan_vao.so_nguoi", "3")]
    assert save(client, REPORT, added).status_code == 303
    rows = data(workspace, REPORT)["doan_vao"]
    assert isinstance(rows, list) and len(rows) == count + 1
    assert rows[1]["ten_doan"] == "Đoàn đã đổi tên" and rows[-1]["ten_doan"] == "Đoàn mới thêm"


def test_the_same_field_shows_both_values_and_nothing_is_written(client: TestClient, workspace: Path) -> None:
    first, second = fields_of(client, SPEECH), fields_of(client, SPEECH)
    assert save(client, SPEECH, setting(first, "dia_diem", "Hội An")).status_code == 303
    on_disk = (workspace / SPEECH).read_text(encoding="utf-8")
    answer = save(client, SPEECH, setting(setting(second, "dia_diem", "Huế"), "su_kien", "Sự kiện khác"))
    assert answer.status_code == 409
    assert (workspace / SPEECH).read_text(encoding="utf-8") == on_disk
    page = answer.text
    assert "Người khác vừa lưu giá trị khác cho trường này" in page
    assert re.search(r'class="ban-ho">Hội An<', page) and 'value="Huế"' in page  # theirs beside mine
    assert 'value="Sự kiện khác"' in page  # the rest of this person's work is still in the form
    retry = save(client, SPEECH, form_fields(page, f"/sua/{SPEECH}"))
    assert retry.status_code == 303
    saved = data(workspace, SPEECH)
    assert saved["dia_diem"] == "Huế" and saved["su_kien"] == "Sự kiện khác"


def test_back_after_a_save_and_saving_again_is_not_a_conflict(client: TestClient, workspace: Path) -> None:
    form = setting(fields_of(client, SPEECH), "dia_diem", "Hội An")
    assert save(client, SPEECH, form).status_code == 303
    again = save(client, SPEECH, form)  # the browser's Back shows the old form; the person saves it again
    assert again.status_code == 303 and data(workspace, SPEECH)["dia_diem"] == "Hội An"


def test_a_form_with_errors_is_kept_as_a_draft_and_the_build_refuses_it(client: TestClient, workspace: Path) -> None:
    form = setting(fields_of(client, SPEECH), "ngay", "31/02/2023")
    refused = save(client, SPEECH, form)
    assert refused.status_code == 422 and 'id="luu-nhap"' in refused.text
    kept = save(client, SPEECH, form, "nhap")
    assert kept.status_code == 303 and kept.headers["location"].endswith("da_luu=nhap")
    assert data(workspace, SPEECH)["ngay"] == "31/02/2023"
    assert "bản nháp" in Store(workspace).versions(SPEECH)[0].note
    assert "Đã lưu bản nháp" in client.get(kept.headers["location"]).text
    token = re.search(r'name="csrf" value="([^"]+)"', refused.text)
    assert token
    built = post(client, f"/sinh/{SPEECH}", [("csrf", token[1])])
    assert "Đã sinh" not in built.text and not list((workspace / "outputs").glob("*.docx"))


def test_sample_records_are_hints_never_values_and_typing_over_one_keeps_it(
    client: TestClient, workspace: Path
) -> None:
    page = client.get("/moi").text
    token = re.search(r'name="csrf" value="([^"]+)"', page)
    assert token
    post(client, "/moi", [("csrf", token[1]), ("loai", "bao_cao_nam"), ("ten_tep", "moi"), ("nam", "2025")])
    form_page = client.get("/sua/moi.yaml").text
    sample = "Đoàn Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh"
    assert f'placeholder="{sample}"' in form_page and f'value="{sample}"' not in form_page
    assert 'class="mau"' in form_page and "còn mục mẫu" in form_page
    fields = form_fields(form_page, "/sua/moi.yaml")
    typed = setting(setting(fields, "doan_vao.ten_doan", "Đoàn Sứ quán Lào"), "doan_vao.quoc_gia", "Lào")
    typed = setting(setting(typed, "doan_vao.tu_ngay", "02/03/2025"), "doan_vao.so_nguoi", "4")
    assert save(client, "moi.yaml", typed, "nhap").status_code == 303
    text = (workspace / "moi.yaml").read_text(encoding="utf-8")
    row = data(workspace, "moi.yaml")["doan_vao"][0]  # type: ignore[index]
    assert row["ten_doan"] == "Đoàn Sứ quán Lào" and row.get("truong_doan") is None  # untyped sample cells go
    assert "Ngài Ono Masuo" not in text
    line = next(t for t in text.split("\n") if "Đoàn Sứ quán Lào" in t)
    assert "MẪU" not in line  # the person's own record now
    assert "MẪU" in next(t for t in text.split("\n") if t.startswith("  - truong_doan:"))  # others still marked


# The server serves on the listening socket the test hands it (by file descriptor), bound before it starts.
SERVE = """
import socket, sys, uvicorn
from pathlib import Path
from reportgen.web.app import Settings, create_app
app = create_app(Settings(Path(sys.argv[1]), require_login=False))
uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[socket.socket(fileno=int(sys.argv[2]))])
"""


def test_two_server_processes_on_one_folder_lose_nothing_in_50_simultaneous_saves(workspace: Path) -> None:
    sockets = [listening_socket(), listening_socket()]
    ports = [int(s.getsockname()[1]) for s in sockets]
    servers = [
        subprocess.Popen([sys.executable, "-c", SERVE, str(workspace), str(s.fileno())], pass_fds=[s.fileno()])
        for s in sockets
    ]
    for held in sockets:
        held.close()  # the server processes hold the port now
    try:
        for port in ports:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/dang-nhap", timeout=5)
                    break
                except httpx.HTTPError:
                    assert time.monotonic() < deadline, "a server did not start"
                    time.sleep(0.2)
        names = [f"Đoàn thử số {n:02d}" for n in range(50)]
        forms: list[tuple[httpx.Client, Fields]] = []
        for n in range(50):  # everyone opens the form first, then all save at once
            client = httpx.Client(base_url=f"http://127.0.0.1:{ports[n % 2]}", timeout=120)
            fields = form_fields(client.get(f"/sua/{REPORT}").text, f"/sua/{REPORT}")
            fields += [("doan_vao._goc", ""), ("doan_vao._mau", ""), ("doan_vao.ten_doan", names[n])]
            fields += [("doan_vao.quoc_gia", "Lào"), ("doan_vao.tu_ngay", "01/06/2021"), ("doan_vao.so_nguoi", "2")]
            forms.append((client, [*fields, ("hanh_dong", "luu")]))
        start = threading.Barrier(50)
        answers: list[int] = []

        def save(client: httpx.Client, fields: Fields) -> None:
            start.wait()
            answer = client.post(
                f"/sua/{REPORT}", content=urlencode(fields), headers={"content-type": FORM}, follow_redirects=False
            )
            answers.append(answer.status_code)

        threads = [threading.Thread(target=save, args=pair) for pair in forms]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        for client, _ in forms:
            client.close()
    finally:
        for server in servers:
            server.terminate()
            server.wait(30)
    assert answers == [303] * 50
    rows = data(workspace, REPORT)["doan_vao"]
    assert isinstance(rows, list)
    saved = [r["ten_doan"] for r in rows]
    assert sorted(n for n in saved if n.startswith("Đoàn thử số")) == names  # every one of the 50 landed, once
    assert len(Store(workspace).versions(REPORT)) >= 51


def _raw_form(client: TestClient, name: str) -> Fields:
    return form_fields(client.get(f"/yaml/{name}").text, f"/yaml/{name}")


def test_yaml_mode_saves_of_different_fields_merge_and_of_one_field_show_both(
    client: TestClient, workspace: Path
) -> None:
    first, second, third = (_raw_form(client, SPEECH) for _ in range(3))
    text = dict(first)["noi_dung"]
    mine = text.replace("dia_diem: Đà Nẵng", "dia_diem: Hội An")
    assert post(client, f"/yaml/{SPEECH}", setting(first, "noi_dung", mine)).status_code == 303
    other = text.replace("ngay: 10/01/2023", "ngay: 11/01/2023")
    assert post(client, f"/yaml/{SPEECH}", setting(second, "noi_dung", other)).status_code == 303
    saved = data(workspace, SPEECH)
    assert saved["dia_diem"] == "Hội An" and saved["ngay"] == "11/01/2023"  # both landed
    clash = text.replace("dia_diem: Đà Nẵng", "dia_diem: Huế")
    answer = post(client, f"/yaml/{SPEECH}", setting(third, "noi_dung", clash))
    assert answer.status_code == 409 and "Hội An" in answer.text and "Huế" in answer.text
    assert data(workspace, SPEECH)["dia_diem"] == "Hội An"

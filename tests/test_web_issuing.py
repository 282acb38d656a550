"""The way to issue on the web page: roles, each step in the audit log, 403 for a step a role does not allow."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import docx
import httpx
import pytest
from starlette.testclient import TestClient

from reportgen.cli import main
from reportgen.register.open import open_register
from reportgen.register.series import Series
from reportgen.register.store import Issued
from reportgen.web.app import Settings, create_app
from reportgen.web.store import Store
from test_issue import award_input
from webform import form_fields

FORM = "application/x-www-form-urlencoded"
NAME = "quyet_dinh_khen_thuong-giay-khen.yaml"
PEOPLE = {"lan": [], "hoa": ["lanh_dao_phong"], "minh": ["lanh_dao"], "vy": ["van_thu"]}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / NAME).write_text(award_input(2), encoding="utf-8")
    store = Store(folder)
    for person, roles in PEOPLE.items():
        store.add_user(person, "mat-khau-dung")
        if roles:
            assert main(["user", "roles", person, *roles, "--workspace", str(folder)]) == 0
    return folder


@pytest.fixture
def office(workspace: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(workspace, require_login=True))) as client:
        yield client


def login(client: TestClient, name: str) -> None:
    client.cookies.clear()
    fields = form_fields(client.get("/dang-nhap").text, "/dang-nhap")
    fields = [(k, name if k == "ten" else "mat-khau-dung" if k == "mat_khau" else v) for k, v in fields]
    answer = client.post(
        "/dang-nhap", content=urlencode(fields), headers={"content-type": FORM}, follow_redirects=False
    )
    assert answer.status_code == 303


def step(client: TestClient, name: str, comment: str = "", secret: bool = False) -> httpx.Response:
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)  # a page every role may open
    assert token
    fields = [("csrf", token[1]), ("y_kien", comment), ("buoc", name)] + ([("mat", "1")] if secret else [])
    answer: httpx.Response = client.post(
        f"/trinh-ky/{NAME}", content=urlencode(fields), headers={"content-type": FORM}, follow_redirects=False
    )
    return answer


def state(client: TestClient) -> str:
    found = re.search(r'id="buoc-hien-tai">([^<]+)<', client.get(f"/trinh-ky/{NAME}").text)
    assert found
    return found[1]


def test_from_draft_to_issued_each_role_its_own_step(office: TestClient, workspace: Path) -> None:
    login(office, "lan")
    page = office.get(f"/trinh-ky/{NAME}").text
    assert 'id="nut-trinh"' in page and 'id="nut-cap_so"' not in page
    assert step(office, "trinh").status_code == 303
    refused = step(office, "cap_so")
    assert refused.status_code == 403
    assert "Chỉ văn thư được làm bước “Cấp số, ngày và ban hành”." in refused.text

    login(office, "hoa")
    assert step(office, "tra_lai_phong").status_code == 400  # a return says why
    assert step(office, "tra_lai_phong", "Bổ sung căn cứ").status_code == 303
    login(office, "lan")
    assert state(office) == "Bị trả lại" and "Bổ sung căn cứ" in office.get(f"/trinh-ky/{NAME}").text
    assert step(office, "trinh").status_code == 303
    login(office, "hoa")
    assert step(office, "duyet_phong").status_code == 303
    login(office, "minh")
    assert step(office, "cap_so").status_code == 403
    assert step(office, "duyet_ky").status_code == 303
    login(office, "vy")
    assert step(office, "cap_so").status_code == 303
    assert state(office) == "Đã ban hành"

    assert "van_ban:\n  so: 1\n" in (workspace / NAME).read_text(encoding="utf-8")
    decision = docx.Document(str(workspace / "outputs" / "quyet_dinh_khen_thuong-giay-khen.docx"))
    assert any("Số: 01/QĐ-SNgV" in p.text for t in decision.tables for c in t._cells for p in c.paragraphs)

    log = [(r["user"], r["action"], r["detail"]) for r in Store(workspace).audit_log()][::-1]
    steps = [(user, action) for user, action, _ in log if action != "giao vai trò"]
    assert steps == [
        ("lan", "đăng nhập"), ("lan", "Trình lãnh đạo phòng"),
        ("hoa", "đăng nhập"), ("hoa", "Trả lại chuyên viên"),
        ("lan", "đăng nhập"), ("lan", "Trình lãnh đạo phòng"),
        ("hoa", "đăng nhập"), ("hoa", "Duyệt nội dung, trình lãnh đạo"),
        ("minh", "đăng nhập"), ("minh", "Duyệt ký ban hành"),
        ("vy", "đăng nhập"), ("vy", "Cấp số, ngày và ban hành"),
    ]  # fmt: skip
    assert log[-1][2].startswith("số 01/QĐ-SNgV ngày ")

    register = office.get("/so-dang-ky", params={"tim": "giay khen"})
    assert register.status_code == 200 and "01/QĐ-SNgV" in register.text
    assert "01/QĐ-SNgV" not in office.get("/so-dang-ky", params={"tim": "không có đâu"}).text
    with open_register(None, workspace) as register, register.reserve(Series("SNgV", 2026, secret=True)) as slot:
        day = register.entries(2026)[0].issued_on  # a read inside a reservation leaves it open
        slot.record(Issued("QĐ-SNgV", day, datetime.now(UTC), "Quyết định", "Về việc mật", "A", (), 1, "", "", "Sở"))
    assert "Về việc mật" in office.get("/so-dang-ky").text  # vy, the văn thư
    assert office.get("/so-dang-ky/tai.docx", params={"mat": "1"}).status_code == 200
    login(office, "lan")
    assert "Về việc mật" not in office.get("/so-dang-ky").text and "01/QĐ-SNgV" in office.get("/so-dang-ky").text
    assert office.get("/so-dang-ky/tai.docx", params={"mat": "1"}).status_code == 403
    book = office.get("/so-dang-ky/tai.docx")
    assert book.status_code == 200
    assert book.headers["content-disposition"] == 'attachment; filename="so-dang-ky-van-ban-di-SNgV-2026.docx"'


def test_on_this_machine_without_accounts_one_person_holds_every_role(workspace: Path) -> None:
    (workspace / "so_dang_ky.yaml").write_text("danh_so: theo_loai\n", encoding="utf-8")
    with TestClient(create_app(Settings(workspace, require_login=False)), base_url="http://127.0.0.1") as client:
        assert "so_dang_ky.yaml" not in client.get("/").text  # the register's settings are not a document
        for name in ("trinh", "duyet_phong", "duyet_ky"):
            assert step(client, name).status_code == 303
        assert 'id="van-ban-mat"' in client.get(f"/trinh-ky/{NAME}").text
        assert step(client, "cap_so", secret=True).status_code == 303
        assert state(client) == "Đã ban hành"
        assert Store(workspace).audit_log()[0]["detail"].startswith("số 01/QĐ-SNgV (văn bản mật) ngày ")
        assert step(client, "cap_so").status_code == 409  # issued once only

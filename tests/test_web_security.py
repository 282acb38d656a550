"""Accounts that can be taken back, lockout that spares the real user, capped bodies, headers on every answer."""

from __future__ import annotations

import base64
import contextlib
import json
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from itsdangerous import TimestampSigner
from starlette.testclient import TestClient

import live_server
from reportgen.cli import main
from reportgen.web.app import MAX_BODY, Settings, create_app
from reportgen.web.security import MAX_FAILURES, LoginLimiter, client_address, secret_key
from reportgen.web.share import OnNetworkShare, filesystem_type, refusal
from reportgen.web.store import VIETNAM, Store
from webform import form_fields

ROOT = Path(__file__).resolve().parents[1]
SPEECH = "bai_phat_bieu-chu-tich-ubnd-tong-ket-doi-ngoai-2022.yaml"
FORM = "application/x-www-form-urlencoded"
COOKIE = "reportgen_phien"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in (SPEECH, "bao_cao_nam-da-nang-2022.yaml", "bao_cao_nam-da-nang-2021.yaml"):
        shutil.copy(ROOT / "inputs" / name, folder / name)
    Store(folder).add_user("lan", "mat-khau-dung")
    return folder


def _client(workspace: Path, proxies: list[str] | None = None) -> TestClient:
    settings = Settings(workspace, require_login=True, trusted_proxies=proxies or [])
    return TestClient(create_app(settings), base_url="http://127.0.0.1")


@pytest.fixture
def client(workspace: Path) -> Iterator[TestClient]:
    with _client(workspace) as test_client:
        yield test_client


def login(client: TestClient, name: str, password: str, address: str | None = None) -> httpx.Response:
    page = client.get("/dang-nhap")
    fields = [
        (k, name if k == "ten" else password if k == "mat_khau" else v) for k, v in form_fields(page.text, "/dang-nhap")
    ]
    headers = {"content-type": FORM} | ({"x-forwarded-for": address} if address else {})
    answer: httpx.Response = client.post(
        "/dang-nhap", content=urlencode(fields), headers=headers, follow_redirects=False
    )
    return answer


def signed_in(client: TestClient) -> bool:
    return bool(client.get("/", follow_redirects=False).status_code == 200)


def replay(client: TestClient, cookie: str) -> bool:
    """Whether a copy of an old cookie still opens the pages."""
    client.cookies.clear()
    client.cookies.set(COOKIE, cookie)
    return signed_in(client)


def test_logout_ends_the_session_even_for_a_copied_cookie(client: TestClient) -> None:
    assert login(client, "lan", "mat-khau-dung").status_code == 303 and signed_in(client)
    cookie = client.cookies[COOKIE]
    home = client.get("/").text
    assert (
        client.post(
            "/dang-xuat",
            content=urlencode(form_fields(home, "/dang-xuat")),
            headers={"content-type": FORM},
            follow_redirects=False,
        ).status_code
        == 303
    )
    assert not replay(client, cookie)


@pytest.mark.parametrize(
    "take_back",
    [
        lambda ws: Store(ws).add_user("lan", "mat-khau-moi-hon"),
        lambda ws: main(["user", "remove", "lan", "--workspace", str(ws)]),
        lambda ws: main(["user", "disable", "lan", "--workspace", str(ws)]),
    ],
    ids=["password-change", "user-remove", "user-disable"],
)
def test_taking_an_account_back_ends_its_sessions_at_once(
    client: TestClient, workspace: Path, take_back: object
) -> None:
    assert login(client, "lan", "mat-khau-dung").status_code == 303
    cookie = client.cookies[COOKIE]
    assert replay(client, cookie)
    take_back(workspace)  # type: ignore[operator]
    assert not replay(client, cookie)


def test_user_remove_of_an_unknown_name_says_so(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["user", "remove", "khong-co", "--workspace", str(workspace)]) == 2
    assert "không có tài khoản “khong-co”" in capsys.readouterr().err


def _forged(workspace: Path, session: dict[str, str]) -> str:
    """A cookie signed with the workspace's secret, as anyone who can read that file could make."""
    data = base64.b64encode(json.dumps(session).encode())
    return TimestampSigner(secret_key(workspace)).sign(data).decode()


@pytest.mark.parametrize("session", [{"user": "lan"}, {"user": "khong-co"}, {"sid": "tu-dat-ra"}])
def test_a_forged_cookie_naming_a_user_or_a_session_is_refused(
    client: TestClient, workspace: Path, session: dict[str, str]
) -> None:
    assert not replay(client, _forged(workspace, session))


def stop_the_limiter_clock(client: TestClient) -> None:
    """The login limiter's clock stands still: the first wait (2 s) cannot run out while a loaded machine answers
    the next request (a wrong password took 1.5 s to refuse on the loaded 2-core machine)."""
    client.app.state.app.limiter = LoginLimiter(clock=lambda: 0.0)  # type: ignore[attr-defined]


def test_wrong_passwords_from_one_address_do_not_lock_out_the_right_one_from_another(workspace: Path) -> None:
    with _client(workspace, proxies=["testclient"]) as client:
        stop_the_limiter_clock(client)
        for _ in range(MAX_FAILURES):
            assert login(client, "lan", "sai", address="10.0.0.66").status_code == 401
        blocked = login(client, "lan", "mat-khau-dung", address="10.0.0.66")
        assert blocked.status_code == 429 and "hãy chờ" in blocked.text
        client.cookies.clear()
        assert login(client, "lan", "mat-khau-dung", address="10.0.0.7").status_code == 303  # the real user


def test_x_forwarded_for_is_ignored_unless_the_proxy_is_configured(client: TestClient) -> None:
    stop_the_limiter_clock(client)
    for n in range(MAX_FAILURES):
        assert login(client, "lan", "sai", address=f"10.0.0.{n}").status_code == 401
    assert login(client, "lan", "mat-khau-dung", address="10.0.0.99").status_code == 429  # counted as one peer
    assert client_address("127.0.0.1", "6.6.6.6", []) == "127.0.0.1"
    assert client_address("10.1.1.1", "6.6.6.6, 10.1.1.2", ["10.1.1.1", "10.1.1.2"]) == "6.6.6.6"


def test_backoff_grows_and_ends() -> None:
    now = [1000.0]
    limiter = LoginLimiter(clock=lambda: now[0])
    for _ in range(MAX_FAILURES):
        limiter.failed("a", "lan")
    first = limiter.wait("a", "lan")
    limiter.failed("a", "lan")
    assert 0 < first < limiter.wait("a", "lan") and limiter.wait("b", "lan") == 0
    now[0] += 3600
    assert limiter.wait("a", "lan") == 0


def test_every_answer_carries_the_security_headers(client: TestClient) -> None:
    answers = [
        client.get("/static/style.css"),
        client.get("/khong-co-trang-nay"),
        client.put("/dang-nhap"),  # 405
        client.get("/dang-nhap"),
        client.get("/", follow_redirects=False),
    ]
    assert [a.status_code for a in answers] == [200, 404, 405, 200, 303]
    for answer in answers:
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], answer.url
        assert answer.headers["x-content-type-options"] == "nosniff"


def test_a_declared_oversized_body_is_refused_before_reading(client: TestClient) -> None:
    answer = client.post("/dang-nhap", content=b"x" * (MAX_BODY + 1), headers={"content-type": FORM})
    assert answer.status_code == 413 and "quá lớn" in answer.text


@pytest.fixture
def live(workspace: Path) -> Iterator[int]:
    with live_server.serving(create_app(Settings(workspace, require_login=True))) as address:
        yield int(address.rsplit(":", 1)[1])


def _chunks(total: int, size: int = 1024 * 1024) -> Iterator[bytes]:
    """A multipart body of ``total`` bytes, made as it is sent (never held in memory)."""
    yield b'--b\r\nContent-Disposition: form-data; name="tep"; filename="x.xlsx"\r\n\r\n'
    sent = 0
    while sent < total:
        yield b"\0" * size
        sent += size


def test_a_chunked_gigabyte_upload_is_refused_with_413_at_the_cap(live: int) -> None:
    answer = bytearray()
    with socket.create_connection(("127.0.0.1", live), timeout=30) as conn:

        def read() -> None:
            with contextlib.suppress(OSError):
                while more := conn.recv(65536):
                    answer.extend(more)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        conn.sendall(
            b"POST /dang-nhap HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\n\r\n"
        )
        sent = 0
        for chunk in _chunks(1024**3):
            if answer:
                break
            try:
                conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:  # the server answered and closed the connection
                break
            sent += len(chunk)
        reader.join(10)
    assert bytes(answer).startswith(b"HTTP/1.1 413"), bytes(answer[:200])
    assert sent < MAX_BODY + 16 * 1024 * 1024, sent  # the server answered at the cap, not after a gigabyte


def test_a_workspace_on_a_network_share_is_refused_at_start(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda1 / ext4 rw 0 0\n//may-chu/chung {tmp_path} cifs rw 0 0\nnas:/x /mnt/nfs nfs4 rw 0 0\n",
        encoding="utf-8",
    )
    assert filesystem_type(tmp_path / "ws", mounts) == "cifs"
    assert filesystem_type(Path("/mnt/nfs/a"), mounts) == "nfs4"
    assert filesystem_type(Path("/home/x"), mounts) == "ext4"
    message = refusal(tmp_path / "ws", mounts)
    assert message and "ổ mạng kiểu cifs" in message and "reportgen serve trên chính máy" in message
    assert refusal(Path("/home/x"), mounts) is None
    assert issubclass(OnNetworkShare, Exception)


def test_times_are_local_to_vietnam(workspace: Path) -> None:
    store = Store(workspace)
    store.audit("lan", "thử", "x")
    at = datetime.strptime(store.audit_log()[0]["at"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=VIETNAM)
    assert abs(datetime.now(VIETNAM) - at) < timedelta(minutes=1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", store.audit_log()[0]["at"])

"""`reportgen serve` through Starlette's test client: every route, and every refusal the issue lists."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import httpx
import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

import live_server
from reportgen import kinds
from reportgen.author.xlsx_sheets import workbook_template
from reportgen.cli import main
from reportgen.load import load_text
from reportgen.web.app import Settings, create_app
from reportgen.web.security import MAX_FAILURES
from reportgen.web.store import Store
from test_web_security import stop_the_limiter_clock
from webform import form_fields

ROOT = Path(__file__).resolve().parents[1]
REPORT = "bao_cao_nam-da-nang-2021.yaml"
SPEECH = "bai_phat_bieu-chu-tich-ubnd-tong-ket-doi-ngoai-2022.yaml"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    for name in (
        REPORT,
        "bao_cao_nam-da-nang-2022.yaml",
        SPEECH,
        "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml",
    ):
        shutil.copy(ROOT / "inputs" / name, folder / name)
    return folder


@pytest.fixture
def client(workspace: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(workspace, require_login=False)), base_url="http://127.0.0.1") as test_client:
        yield test_client


def encode(fields: list[tuple[str, str]]) -> str:
    from urllib.parse import urlencode

    return urlencode(fields)


def post(client: TestClient, url: str, fields: list[tuple[str, str]]) -> httpx.Response:
    answer: httpx.Response = client.post(
        url, content=encode(fields), headers={"content-type": FORM}, follow_redirects=False
    )
    return answer


def csrf(client: TestClient) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)
    assert found
    return found[1]


def edit_fields(client: TestClient, name: str) -> list[tuple[str, str]]:
    return form_fields(client.get(f"/sua/{name}").text, f"/sua/{name}")


def replace_field(fields: list[tuple[str, str]], key: str, value: str) -> list[tuple[str, str]]:
    assert any(k == key for k, _ in fields), key
    return [(k, value if k == key else v) for k, v in fields]


# ----------------------------------------------------------------------------------------- home, new


def test_home_lists_every_input_by_kind_with_its_state(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Báo cáo công tác đối ngoại" in page.text
    assert REPORT in page.text and SPEECH in page.text
    assert "<th>Kỳ</th>" in page.text and "<td>Năm 2021</td>" in page.text
    assert "Hợp lệ, chưa sinh văn bản" in page.text
    assert page.headers["content-type"].startswith("text/html")


def test_a_new_document_starts_from_the_scaffold(client: TestClient, workspace: Path) -> None:
    answer = post(client, "/moi", [("csrf", csrf(client)), ("loai", "bao_cao_nam"), ("ten_tep", "bc-2025")])
    assert answer.status_code == 303 and answer.headers["location"] == "/sua/bc-2025.yaml"
    text = (workspace / "bc-2025.yaml").read_text(encoding="utf-8")
    assert "Tệp do “reportgen init” tạo" in text and "# MẪU" in text  # samples only as marked records
    page = client.get("/sua/bc-2025.yaml")
    assert page.status_code == 200 and "Năm báo cáo" in page.text and "Đoàn vào" in page.text
    assert [v.note for v in Store(workspace).versions("bc-2025.yaml")] == ["tạo mới từ mẫu"]
    again = post(client, "/moi", [("csrf", csrf(client)), ("loai", "bao_cao_nam"), ("ten_tep", "bc-2025")])
    assert again.status_code == 409 and "không ghi đè" in again.text


@pytest.mark.parametrize("name", ["../ra-ngoai.yaml", "..", "/tmp/x.yaml", ".an.yaml", "a/b.yaml", "x\\y.yaml"])
def test_a_new_file_name_cannot_leave_the_workspace(client: TestClient, workspace: Path, name: str) -> None:
    answer = post(client, "/moi", [("csrf", csrf(client)), ("loai", "bien_ban"), ("ten_tep", name)])
    assert answer.status_code == 400 and "không hợp lệ" in answer.text
    assert not (workspace.parent / "ra-ngoai.yaml").exists()
    assert sorted(p.name for p in workspace.glob("*.yaml")) == sorted(p.name for p in workspace.glob("*.yaml"))
    assert not list(workspace.glob("**/x.yaml")) and not (workspace / ".an.yaml").exists()


def test_unknown_kind_is_refused(client: TestClient) -> None:
    answer = post(client, "/moi", [("csrf", csrf(client)), ("loai", "khong_co")])
    assert answer.status_code == 400


# ------------------------------------------------------------------------------------------- editing


def test_saving_the_form_unchanged_changes_nothing(client: TestClient, workspace: Path) -> None:
    for name in (REPORT, SPEECH):
        before = (workspace / name).read_text(encoding="utf-8")
        answer = post(client, f"/sua/{name}", [*edit_fields(client, name), ("hanh_dong", "luu")])
        assert answer.status_code == 303
        assert (workspace / name).read_text(encoding="utf-8") == before


def test_a_saved_edit_keeps_comments_history_and_audit(client: TestClient, workspace: Path) -> None:
    path = workspace / SPEECH
    before = path.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    fields = replace_field(edit_fields(client, SPEECH), "dia_diem", "Hội trường B, Trung tâm Hành chính")
    answer = post(client, f"/sua/{SPEECH}", [*fields, ("hanh_dong", "luu")])
    assert answer.status_code == 303 and answer.headers["location"].endswith("?da_luu=1")
    after = path.read_text(encoding="utf-8")
    assert "dia_diem: Hội trường B, Trung tâm Hành chính" in after
    assert [line for line in after.splitlines() if line.lstrip().startswith("#")] == comments
    versions = Store(workspace).versions(SPEECH)
    assert [v.text for v in versions] == [after, before]
    assert "Đã lưu." in client.get(f"/sua/{SPEECH}?da_luu=1").text
    log = client.get("/nhat-ky").text
    assert "sửa bằng biểu mẫu" in log and SPEECH in log


def test_problems_are_shown_beside_their_fields_and_nothing_is_saved(client: TestClient, workspace: Path) -> None:
    path = workspace / REPORT
    before = path.read_text(encoding="utf-8")
    fields = replace_field(edit_fields(client, REPORT), "nam", "hai nghìn")
    fields = replace_field(fields, "co_quan.ten", "")
    answer = post(client, f"/sua/{REPORT}", [*fields, ("hanh_dong", "luu")])
    assert answer.status_code == 422
    assert path.read_text(encoding="utf-8") == before
    html = answer.text
    assert "Chưa lưu: " in html and "có 2 lỗi" in html
    nam = html[html.index('id="truong-nam"') :]
    nam = nam[: nam.index("</div>")]
    assert "phải là số nguyên" in nam and 'value="hai nghìn"' in nam  # what was typed is kept
    ten = html[html.index('id="truong-co_quan.ten"') :]
    assert "không được để trống" in ten[: ten.index("</div>")]


def test_check_without_saving_answers_a_fragment(client: TestClient, workspace: Path) -> None:
    before = (workspace / REPORT).read_text(encoding="utf-8")
    fields = replace_field(edit_fields(client, REPORT), "nam", "abc")
    answer = client.post(
        f"/sua/{REPORT}",
        content=encode([*fields, ("hanh_dong", "kiem_tra")]),
        headers={"content-type": FORM, "HX-Request": "true"},
    )
    assert answer.status_code == 200 and answer.text.lstrip().startswith('<div id="cac-loi">')
    assert "phải là số nguyên" in answer.text
    assert (workspace / REPORT).read_text(encoding="utf-8") == before


def _table(fields: list[tuple[str, str]], table: str) -> tuple[list[tuple[str, str]], list[list[tuple[str, str]]]]:
    """The fields outside the table, and the table's rows (each a list of its cells)."""
    others, rows = [], []
    for key, value in fields:
        if key == f"{table}._goc":
            rows.append([(key, value)])
        elif key.startswith(f"{table}.") and key != f"{table}.present":
            rows[-1].append((key, value))
        else:
            others.append((key, value))
    return others, rows


def test_tables_add_delete_and_reorder_records(client: TestClient, workspace: Path) -> None:
    path = workspace / REPORT
    others, rows = _table(edit_fields(client, REPORT), "doan_vao")
    assert len(rows) >= 3
    first_name = dict(rows[0])["doan_vao.ten_doan"]
    typed = {
        "doan_vao.ten_doan": "Đoàn Bộ Ngoại giao Lào",
        "doan_vao.quoc_gia": "Lào",
        "doan_vao.tu_ngay": "12/05/2021",
        "doan_vao.so_nguoi": "1.200",
    }
    new = [(key, typed.get(key, "")) for key, _ in rows[0]]  # a browser sends every cell of a row
    blank = [(key, "") for key, _ in rows[0]]
    changed = [rows[2], rows[1], new, blank, *rows[3:]]  # first deleted, two swapped, one added
    answer = post(client, f"/sua/{REPORT}", [*others, *[c for row in changed for c in row], ("hanh_dong", "luu")])
    assert answer.status_code == 303, answer.text
    text = path.read_text(encoding="utf-8")
    assert first_name not in text
    assert text.index(dict(rows[2])["doan_vao.ten_doan"]) < text.index(dict(rows[1])["doan_vao.ten_doan"])
    assert "ten_doan: Đoàn Bộ Ngoại giao Lào" in text and "so_nguoi: 1200" in text
    assert "# Đoàn ra" in text  # the comment introducing the next list stays


def test_script_in_input_text_is_escaped(client: TestClient, workspace: Path) -> None:
    fields = replace_field(edit_fields(client, SPEECH), "dia_diem", "<script>alert('x')</script>")
    assert post(client, f"/sua/{SPEECH}", [*fields, ("hanh_dong", "luu")]).status_code == 303
    for url in (f"/sua/{SPEECH}", f"/yaml/{SPEECH}", f"/lich-su/{SPEECH}/1"):
        html = client.get(url).text
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(" in html


def test_raw_yaml_editor_saves_and_refuses_what_validate_refuses(client: TestClient, workspace: Path) -> None:
    path = workspace / SPEECH
    page = client.get(f"/yaml/{SPEECH}")
    fields = form_fields(page.text, f"/yaml/{SPEECH}")
    text = dict(fields)["noi_dung"]
    assert text == path.read_text(encoding="utf-8")
    bad = replace_field(fields, "noi_dung", text + "\nkhong_co_truong_nay: 1\n")
    answer = post(client, f"/yaml/{SPEECH}", bad)
    assert answer.status_code == 422 and "không có trong mẫu nhập liệu" in answer.text
    assert path.read_text(encoding="utf-8") == text
    good = replace_field(fields, "noi_dung", text.replace("dia_diem:", "# ghi chú mới\ndia_diem:", 1))
    assert post(client, f"/yaml/{SPEECH}", good).status_code == 303
    assert "# ghi chú mới" in path.read_text(encoding="utf-8")


def test_an_unreadable_input_opens_in_the_raw_editor(client: TestClient, workspace: Path) -> None:
    (workspace / "hong.yaml").write_text("loai: [bao_cao_nam\n", encoding="utf-8")
    assert "hong.yaml" in client.get("/").text
    answer = client.get("/sua/hong.yaml", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/yaml/hong.yaml"
    assert client.get("/yaml/hong.yaml").status_code == 200


def test_the_second_saver_is_refused_with_both_versions(client: TestClient, workspace: Path) -> None:
    path = workspace / SPEECH
    first = edit_fields(client, SPEECH)
    second = edit_fields(client, SPEECH)
    assert (
        post(
            client, f"/sua/{SPEECH}", [*replace_field(first, "dia_diem", "Phòng họp số 1"), ("hanh_dong", "luu")]
        ).status_code
        == 303
    )
    saved = path.read_text(encoding="utf-8")
    answer = post(
        client, f"/sua/{SPEECH}", [*replace_field(second, "dia_diem", "Phòng họp số 2"), ("hanh_dong", "luu")]
    )
    assert answer.status_code == 409
    assert path.read_text(encoding="utf-8") == saved
    assert "Người khác vừa lưu giá trị khác cho trường này" in answer.text and "xung-dot" in answer.text
    assert "Phòng họp số 1" in answer.text and "Phòng họp số 2" in answer.text


def test_history_shows_a_version_with_its_difference_and_restores_it(client: TestClient, workspace: Path) -> None:
    path = workspace / SPEECH
    original = path.read_text(encoding="utf-8")
    fields = replace_field(edit_fields(client, SPEECH), "dia_diem", "Nơi khác")
    post(client, f"/sua/{SPEECH}", [*fields, ("hanh_dong", "luu")])
    versions = Store(workspace).versions(SPEECH)
    old = next(v for v in versions if v.text == original)
    listing = client.get(f"/lich-su/{SPEECH}")
    assert listing.status_code == 200 and f"/lich-su/{SPEECH}/{old.id}" in listing.text
    page = client.get(f"/lich-su/{SPEECH}/{old.id}")
    assert page.status_code == 200 and "Nơi khác" in page.text and 'class="moi"' in page.text
    answer = post(client, f"/lich-su/{SPEECH}/{old.id}", form_fields(page.text, f"/lich-su/{SPEECH}/{old.id}"))
    assert answer.status_code == 303
    assert path.read_text(encoding="utf-8") == original
    assert client.get(f"/lich-su/{SPEECH}/99999").status_code == 404


# ------------------------------------------------------------------------------------ build and look


def test_build_download_and_edited_outputs_are_not_overwritten(client: TestClient, workspace: Path) -> None:
    token = csrf(client)
    built = post(client, f"/sinh/{SPEECH}", [("csrf", token)])
    assert built.status_code == 200 and "Đã sinh" in built.text
    out = workspace / "outputs" / SPEECH.replace(".yaml", ".docx")
    assert out.is_file()
    download = client.get(f"/tai/{out.name}")
    assert download.status_code == 200 and download.content == out.read_bytes()
    assert "wordprocessingml" in download.headers["content-type"]
    assert "Đã sinh văn bản" in client.get("/").text
    document = docx.Document(io.BytesIO(download.content))
    assert any(p.text.strip() for p in document.paragraphs)

    edited = out.read_bytes() + b"\0"
    out.write_bytes(edited)  # someone corrected it in Word
    assert "Văn bản đã bị sửa tay sau khi sinh" in client.get("/").text
    again = post(client, f"/sinh/{SPEECH}", [("csrf", token)])
    assert again.status_code == 200 and "đã bị sửa tay" in again.text and 'id="ghi-de"' in again.text
    assert out.read_bytes() == edited
    forced = post(client, f"/sinh/{SPEECH}", [("csrf", token), ("ghi_de", "1")])
    assert forced.status_code == 200 and out.read_bytes() != edited
    assert "ghi đè" in client.get("/nhat-ky").text


def test_build_all_reports_each_input(client: TestClient, workspace: Path) -> None:
    answer = post(client, "/sinh", [("csrf", csrf(client))])
    assert answer.status_code == 200
    for name in (REPORT, SPEECH):
        assert f'id="ket-qua-{name}"' in answer.text
    assert (workspace / "outputs" / REPORT.replace(".yaml", ".docx")).is_file()


def test_an_input_with_problems_is_not_built(client: TestClient, workspace: Path) -> None:
    path = workspace / SPEECH
    path.write_text(path.read_text(encoding="utf-8").replace("dia_diem:", "dia_diem_sai:", 1), encoding="utf-8")
    assert "Có lỗi" in client.get("/").text
    answer = post(client, f"/sinh/{SPEECH}", [("csrf", csrf(client))])
    assert "Chưa sinh được" in answer.text and not (workspace / "outputs").exists()


@pytest.mark.parametrize(
    "url",
    [
        "/tai/..%2F..%2Fetc%2Fpasswd",
        "/tai/%2Fetc%2Fpasswd",
        "/tai/.reportgen-manifest.json",
        "/tai/..%2F" + REPORT,
        "/sua/..%2F..%2Fetc%2Fpasswd",
        "/yaml/..%2Fws%2F" + REPORT,
        "/lich-su/%2Fetc%2Fhosts",
        "/xem/..%2Fx.yaml",
        "/trang/..%2F..%2Fetc%2Fpasswd",
        "/anh/..%2F..%2F/1.png",
        "/static/..%2F..%2Fapp.py",
        "/mau-excel/..%2F..%2Fetc",
    ],
)
def test_files_outside_the_workspace_are_never_served(client: TestClient, workspace: Path, url: str) -> None:
    post(client, f"/sinh/{SPEECH}", [("csrf", csrf(client))])
    answer = client.get(url)
    assert answer.status_code == 404
    assert "root:" not in answer.text and "import" not in answer.text


def test_a_symlink_leading_out_is_not_an_input(client: TestClient, workspace: Path, tmp_path: Path) -> None:
    secret = tmp_path / "bi-mat.yaml"
    secret.write_text("loai: bien_ban\nmat_khau: 123\n", encoding="utf-8")
    (workspace / "lien-ket.yaml").symlink_to(secret)
    assert "lien-ket.yaml" not in client.get("/").text
    assert client.get("/yaml/lien-ket.yaml").status_code == 404


@pytest.mark.libreoffice
def test_preview_pictures_and_nd30_findings(client: TestClient, workspace: Path) -> None:
    post(client, f"/sinh/{SPEECH}", [("csrf", csrf(client))])
    name = SPEECH.replace(".yaml", ".docx")
    look = client.get(f"/xem/{SPEECH}")
    assert look.status_code == 200 and "Kiểm tra thể thức (Nghị định 30)" in look.text
    assert f'hx-get="/trang/{name}"' in look.text
    fragment = client.get(f"/trang/{name}")
    assert fragment.status_code == 200
    images = re.findall(r'src="(/anh/[0-9a-f]{32}/\d+\.png)"', fragment.text)
    assert images
    picture = client.get(images[0])
    assert picture.status_code == 200 and picture.content.startswith(b"\x89PNG")


def test_static_assets_are_served_by_the_app(client: TestClient) -> None:
    htmx = client.get("/static/htmx.min.js")
    assert htmx.status_code == 200 and b"htmx" in htmx.content[:2000]
    assert client.get("/static/editor.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200
    assert "https://" not in client.get(f"/sua/{REPORT}").text.split("<main>")[0]


# ------------------------------------------------------------------------------------------ uploads


def _docx_bytes(client: TestClient, workspace: Path) -> bytes:
    post(client, f"/sinh/{SPEECH}", [("csrf", csrf(client))])
    return (workspace / "outputs" / SPEECH.replace(".yaml", ".docx")).read_bytes()


def upload(client: TestClient, url: str, filename: str, data: bytes, token: str | None = None) -> httpx.Response:
    fields = {"csrf": token if token is not None else csrf(client)}
    answer: httpx.Response = client.post(url, data=fields, files={"tep": (filename, data, "application/octet-stream")})
    return answer


def test_any_docx_can_be_checked(client: TestClient, workspace: Path) -> None:
    assert client.get("/kiem-tra").status_code == 200
    answer = upload(client, "/kiem-tra", "van ban của tôi.docx", _docx_bytes(client, workspace))
    assert answer.status_code == 200 and 'id="phat-hien"' in answer.text and "van ban của tôi.docx" in answer.text


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("filename", "make", "message"),
    [
        ("bom.docx", lambda: _zip_bomb(), "lớn bất thường"),
        ("to.docx", lambda: b"PK" + b"\0" * (21 * 1024 * 1024), "quá lớn"),
        ("chu.docx", lambda: b"day khong phai tep word", "không phải tệp .docx hợp lệ"),
        ("anh.png", lambda: b"\x89PNG....", "không phải tệp .docx"),
        ("../../etc/van_ban.docx", lambda: b"PK", "không hợp lệ"),
        ("..\\van_ban.docx", lambda: b"PK", "không hợp lệ"),
    ],
)
def test_bad_uploads_are_refused(client: TestClient, filename: str, make: object, message: str) -> None:
    answer = upload(client, "/kiem-tra", filename, make())  # type: ignore[operator]
    assert answer.status_code in (400, 413)
    assert message in answer.text or answer.status_code == 413


def test_a_zip_without_a_document_part_is_refused(client: TestClient) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    answer = upload(client, "/kiem-tra", "x.docx", buffer.getvalue())
    assert answer.status_code == 400 and "word/document.xml" in answer.text


def _workbook(rows: list[list[Any]]) -> bytes:
    template = workbook_template("bao_cao_nam")
    assert template is not None
    book = load_workbook(io.BytesIO(template))
    ws = book["Đoàn vào"]
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            ws.cell(row=r, column=c, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_excel_list_with_an_error_names_the_cell(client: TestClient, workspace: Path) -> None:
    before = (workspace / REPORT).read_text(encoding="utf-8")
    data = _workbook([["Đoàn A", None, "Lào", None, "31/02/2021", None, 5]])
    answer = upload(client, f"/nhap-excel/{REPORT}", "doan.xlsx", data)
    assert answer.status_code == 422
    assert "Đoàn vào!E2: Từ ngày: ngày 31/02/2021 không có thật trong lịch" in answer.text
    assert (workspace / REPORT).read_text(encoding="utf-8") == before


def test_an_excel_list_is_imported_with_the_previous_version_kept(client: TestClient, workspace: Path) -> None:
    path = workspace / REPORT
    before = path.read_text(encoding="utf-8")
    data = _workbook([["Đoàn Hữu nghị Viêng Chăn", None, "Lào", None, "02/03/2021", None, 7]])
    asked = upload(client, f"/nhap-excel/{REPORT}", "doan.xlsx", data)
    rows_before = len(load_text(before, REPORT).data["doan_vao"])
    assert asked.status_code == 200 and 'id="hoi-thay"' in asked.text  # typed rows: the page asks first
    assert f"Đoàn vào: {rows_before} → 1 mục" in asked.text and "Đoàn ra: " in asked.text
    assert path.read_text(encoding="utf-8") == before
    answer = post(client, f"/nhap-excel/{REPORT}", form_fields(asked.text, f"/nhap-excel/{REPORT}"))
    assert answer.status_code == 200 and "Đã nhập" in answer.text and f"Đoàn vào: {rows_before} → 1 mục" in answer.text
    assert "Đoàn Hữu nghị Viêng Chăn" in path.read_text(encoding="utf-8")
    assert before in [v.text for v in Store(workspace).versions(REPORT)]
    assert not list(workspace.glob("*.bak"))
    assert client.get("/mau-excel/bao_cao_nam").content[:2] == b"PK"


def test_a_non_excel_upload_is_refused(client: TestClient, workspace: Path) -> None:
    answer = upload(client, f"/nhap-excel/{REPORT}", "doan.xlsx", b"not a workbook")
    assert answer.status_code == 400


# ------------------------------------------------------------------------------------- CSRF, accounts


@pytest.mark.parametrize(
    "url",
    ["/moi", f"/sua/{SPEECH}", f"/yaml/{SPEECH}", f"/lich-su/{SPEECH}/1", f"/sinh/{SPEECH}", "/sinh", "/dang-xuat"],
)
def test_a_form_without_its_csrf_token_is_refused(client: TestClient, workspace: Path, url: str) -> None:
    before = {p.name: p.read_bytes() for p in workspace.glob("*.yaml")}
    fields = [("loai", "bien_ban"), ("noi_dung", "loai: bien_ban\n"), ("hanh_dong", "luu")]
    for extra in ([], [("csrf", "gia-mao")]):
        answer = post(client, url, fields + extra)
        assert answer.status_code == 403 and "CSRF" in answer.text
    assert {p.name: p.read_bytes() for p in workspace.glob("*.yaml")} == before
    assert not (workspace / "outputs").exists()


def test_uploads_without_csrf_are_refused(client: TestClient, workspace: Path) -> None:
    assert upload(client, "/kiem-tra", "a.docx", b"PK", token="").status_code == 403
    assert upload(client, f"/nhap-excel/{REPORT}", "a.xlsx", b"PK", token="sai").status_code == 403


@pytest.fixture
def server_client(workspace: Path) -> Iterator[TestClient]:
    Store(workspace).add_user("lan", "mat-khau-dung")
    with TestClient(create_app(Settings(workspace, require_login=True))) as test_client:
        yield test_client


def _login(client: TestClient, name: str, password: str) -> httpx.Response:
    page = client.get("/dang-nhap")
    fields = replace_field(form_fields(page.text, "/dang-nhap"), "ten", name)
    return post(client, "/dang-nhap", replace_field(fields, "mat_khau", password))


def test_on_a_network_every_page_needs_an_account(server_client: TestClient) -> None:
    assert server_client.get("/", follow_redirects=False).headers["location"] == "/dang-nhap"
    assert server_client.get(f"/tai/{SPEECH}", follow_redirects=False).status_code == 303
    assert post(server_client, "/sinh", [("csrf", "x")]).status_code == 401
    answer = _login(server_client, "lan", "mat-khau-dung")
    assert answer.status_code == 303
    home = server_client.get("/")
    assert home.status_code == 200 and "lan" in home.text and "Đăng xuất" in home.text
    fields = form_fields(home.text, "/dang-xuat")
    assert post(server_client, "/dang-xuat", fields).status_code == 303
    assert server_client.get("/", follow_redirects=False).status_code == 303


def test_wrong_passwords_are_refused_then_rate_limited(server_client: TestClient, workspace: Path) -> None:
    stop_the_limiter_clock(server_client)
    for _ in range(MAX_FAILURES):
        answer = _login(server_client, "lan", "sai")
        assert answer.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in answer.text
    blocked = _login(server_client, "lan", "mat-khau-dung")
    assert blocked.status_code == 429 and "quá nhiều lần" in blocked.text
    assert server_client.get("/", follow_redirects=False).status_code == 303
    assert "đăng nhập sai" in [row["action"] for row in Store(workspace).audit_log()]


def test_cli_user_add_and_serve_refuses_a_network_without_accounts(workspace: Path) -> None:
    assert main(["serve", "--workspace", str(workspace), "--host", "0.0.0.0"]) == 2
    assert main(["user", "add", "hoa", "--workspace", str(workspace), "--password", "ngan"]) == 2
    assert main(["user", "add", "hoa", "--workspace", str(workspace), "--password", "mat-khau-dai"]) == 0
    store = Store(workspace)
    assert store.check_password("hoa", "mat-khau-dai") and not store.check_password("hoa", "sai")
    assert not store.check_password("khong-co", "mat-khau-dai")


@pytest.mark.parametrize("kind", kinds.available())
def test_a_scaffold_saved_unchanged_from_the_form_stays_as_it_is(
    client: TestClient, workspace: Path, kind: str
) -> None:
    post(client, "/moi", [("csrf", csrf(client)), ("loai", kind), ("ten_tep", f"moi-{kind}")])
    path = workspace / f"moi-{kind}.yaml"
    before = path.read_text(encoding="utf-8")
    answer = post(client, f"/sua/{path.name}", [*edit_fields(client, path.name), ("hanh_dong", "luu")])
    assert answer.status_code == 303, answer.text
    assert path.read_text(encoding="utf-8") == before


def test_a_new_file_name_is_made_safe_for_windows(client: TestClient, workspace: Path) -> None:
    answer = post(client, "/moi", [("csrf", csrf(client)), ("loai", "bien_ban"), ("ten_tep", "biên bản họp: quý 1")])
    assert answer.status_code == 303
    (made,) = [p for p in workspace.glob("bi*.yaml")]
    assert ":" not in made.name and " " not in made.name and made.name.startswith("biên_bản_họp")


def test_check_without_htmx_shows_the_whole_form(client: TestClient, workspace: Path) -> None:
    fields = replace_field(edit_fields(client, SPEECH), "dia_diem", "")
    answer = post(client, f"/sua/{SPEECH}", [*fields, ("hanh_dong", "kiem_tra")])
    assert answer.status_code == 200 and 'id="bieu-mau"' in answer.text and "không được để trống" in answer.text


def test_pages_forbid_framing_and_foreign_scripts(client: TestClient) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"


@pytest.mark.libreoffice
def test_build_with_pdf_and_download_it(client: TestClient, workspace: Path) -> None:
    answer = post(client, f"/sinh/{SPEECH}", [("csrf", csrf(client)), ("pdf", "1")])
    pdf = SPEECH.replace(".yaml", ".pdf")
    assert answer.status_code == 200 and f'href="/tai/{pdf}"' in answer.text
    download = client.get(f"/tai/{pdf}")
    assert download.status_code == 200 and download.content.startswith(b"%PDF-")
    assert download.headers["content-type"] == "application/pdf"
    assert f'href="/tai/{pdf}"' in client.get("/").text


def test_a_bad_cell_is_marked_in_its_row_and_the_audit_names_the_field(client: TestClient, workspace: Path) -> None:
    others, rows = _table(edit_fields(client, REPORT), "doan_vao")
    rows[1] = [(k, "ngày mai" if k == "doan_vao.tu_ngay" else v) for k, v in rows[1]]
    answer = post(client, f"/sua/{REPORT}", [*others, *[c for row in rows for c in row], ("hanh_dong", "luu")])
    assert answer.status_code == 422
    assert 'href="#truong-doan_vao"' in answer.text
    marked = answer.text.split('<td class="hep co-loi">')[1]
    assert 'value="ngày mai"' in marked.split("</td>")[0] and "không phải là ngày" in marked.split("</td>")[0]
    fields = replace_field(edit_fields(client, REPORT), "co_quan.ten", "Sở Ngoại vụ Đà Nẵng")
    assert post(client, f"/sua/{REPORT}", [*fields, ("hanh_dong", "luu")]).status_code == 303
    (row,) = [r for r in Store(workspace).audit_log() if r["action"] == "sửa bằng biểu mẫu"]
    assert row["detail"] == "co_quan.ten" and row["target"] == REPORT


def test_a_new_annual_report_gets_its_year(client: TestClient, workspace: Path) -> None:
    answer = post(client, "/moi", [("csrf", csrf(client)), ("loai", "bao_cao_nam"), ("nam_van_ban", "2025")])
    assert answer.headers["location"] == "/sua/bao_cao_nam-2025.yaml"
    text = (workspace / "bao_cao_nam-2025.yaml").read_text(encoding="utf-8")
    assert "\nnam: 2025\n" in text and "# Năm báo cáo" in text
    bad = post(client, "/moi", [("csrf", csrf(client)), ("loai", "bao_cao_nam"), ("nam_van_ban", "25")])
    assert bad.status_code == 400 and "bốn chữ số" in bad.text


def test_a_local_server_answers_only_its_own_host_names(workspace: Path) -> None:
    app = create_app(Settings(workspace, require_login=False))
    with TestClient(app, base_url="http://attacker.example") as other:
        assert other.get("/").status_code == 400
    with TestClient(app, base_url="http://localhost:8000") as local:
        assert local.get("/").status_code == 200


def test_serve_says_in_vietnamese_when_the_port_is_taken(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--workspace", str(workspace), "--port", str(port)]) == 2
    assert "cổng đang được dùng" in capsys.readouterr().err


def test_a_long_build_does_not_stall_other_pages(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from reportgen.web.views import outputs as web_app

    building = threading.Event()
    release = threading.Event()
    from reportgen.make.pipeline import build_file as real_build

    def slow_build(*args: object, **kwargs: object) -> object:
        building.set()
        assert release.wait(30), "the home page never answered while a build was running"
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(web_app, "build_file", slow_build)
    with (
        live_server.serving(create_app(Settings(workspace, require_login=False))) as address,
        httpx.Client(base_url=address, timeout=60) as client,
    ):
        try:
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/moi").text)[1]  # type: ignore[index]
            answers: list[int] = []
            builder = threading.Thread(
                target=lambda: answers.append(client.post(f"/sinh/{SPEECH}", data={"csrf": token}).status_code)
            )
            builder.start()
            assert building.wait(30), "the build never started"
            assert client.get("/").status_code == 200  # answered while the build waits
            release.set()
            builder.join(60)
            assert answers == [200]
        finally:
            release.set()  # never leave the server waiting on a build when a check above failed


def test_unknown_pages_and_methods_answer_in_vietnamese(client: TestClient) -> None:
    missing = client.get("/khong-co-trang-nay")
    assert missing.status_code == 404 and "Không có trang này." in missing.text
    wrong = client.get("/sinh")
    assert wrong.status_code == 405 and "không nhận yêu cầu" in wrong.text


def test_an_input_not_in_utf8_is_refused_with_the_fix(client: TestClient, workspace: Path) -> None:
    (workspace / "cu.yaml").write_bytes(b"loai: bien_ban\nten_cuoc_hop: H\xf4p\n")  # Latin-1, not UTF-8
    for url in ("/sua/cu.yaml", "/yaml/cu.yaml"):
        answer = client.get(url)
        assert answer.status_code == 422 and "UTF-8" in answer.text
    assert client.get("/").status_code == 200


def test_an_unexpected_error_is_a_vietnamese_page(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reportgen.web.views import outputs as web_app

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("hỏng")

    monkeypatch.setattr(web_app, "build_file", broken)
    answer = post(client, f"/sinh/{SPEECH}", [("csrf", csrf(client))])
    assert answer.status_code == 500 and "Lỗi bất ngờ trong reportgen" in answer.text
    assert "RuntimeError" in capsys.readouterr().err and "RuntimeError" not in answer.text


def test_preview_draws_the_first_page_now_and_the_others_when_asked(client: TestClient, workspace: Path) -> None:
    post(client, f"/sinh/{REPORT}", [("csrf", csrf(client))])
    name = REPORT.replace(".yaml", ".docx")
    fragment = client.get(f"/trang/{name}")
    images = re.findall(r'src="(/anh/([0-9a-f]{32})/(\d+)\.png)"', fragment.text)
    assert len(images) > 2
    key = images[0][1]
    drawn = sorted(p.name for p in (workspace / ".reportgen-web-preview" / key).glob("trang-*.png"))
    assert drawn == ["trang-001.png"]
    second = client.get(images[1][0])
    assert second.status_code == 200 and second.content.startswith(b"\x89PNG")
    assert (workspace / ".reportgen-web-preview" / key / "trang-002.png").is_file()
    assert client.get(f"/anh/{key}/{len(images) + 1}.png").status_code == 404


def test_an_error_no_page_caught_is_a_vietnamese_page_with_the_security_headers(workspace: Path) -> None:
    """An exception raised before any page runs reaches Starlette's own last layer (ServerErrorMiddleware)."""
    web = create_app(Settings(workspace, require_login=True))

    def broken(request: object) -> str | None:
        raise RuntimeError("hỏng ở tầng ngoài")

    web.state.app.user = broken
    with TestClient(web, base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        answer = test_client.get("/")
    assert answer.status_code == 500
    assert "Lỗi bất ngờ trong reportgen" in answer.text and answer.headers["content-type"].startswith("text/html")
    assert "RuntimeError" not in answer.text and "Traceback" not in answer.text and "hỏng" not in answer.text
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY" and answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "same-origin"

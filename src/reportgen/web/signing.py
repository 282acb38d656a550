"""The hand-off to the government signing software (VGCASignService, vSignPDF) and the signed PDF's page.

The software on the leader's PC is given two addresses: a one-time link from which it downloads the sign-ready
PDF, and an upload address to which it posts the signed file (multipart field ``uploadfile``); it reads back a
JSON answer with ``Status``, ``Message``, ``FileName`` and ``FileServer``. Both addresses carry one random token,
good for 15 minutes and one use each; only its hash is stored. The signed file is accepted only when it is the
handed-out PDF with signatures appended, so no other document can be slipped in under the draft's name.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from reportgen.files.atomic import replace_atomically
from reportgen.make.pipeline import pdf_for
from reportgen.problems import OutputError
from reportgen.sign.ready import make_sign_ready
from reportgen.sign.verify import load_roots, verify
from reportgen.sign.wording import report_lines

LIFETIME = 15 * 60
MAX_SIGNED = 50 * 1024 * 1024
READY_SUFFIX = ".san-sang-ky.pdf"
SIGNED_SUFFIX = ".da-ky.pdf"


DATABASE = ".reportgen-web.sqlite"  # the web store's file; the tickets are one more table in it
ROOTS_FOLDER = "chung-thu-goc"  # in the workspace: the root certificates the office trusts (.cer, .crt, .pem)


class Host(Protocol):
    """What the hand-off needs of the web app (``web.app.App``)."""

    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> Response: ...

    def user(self, request: Request) -> str | None: ...


Handler = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Ticket:
    file: str  # the sign-ready PDF's name in the outputs folder
    user: str


class Tickets:
    """One-time tokens in the workspace database; a token is kept only as its SHA-256."""

    def __init__(self, database: Path) -> None:
        self.database = database
        with self._db() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS sign_tickets (hash TEXT PRIMARY KEY, file TEXT NOT NULL, "
                "user TEXT NOT NULL, expires REAL NOT NULL, downloaded INTEGER NOT NULL DEFAULT 0, "
                "uploaded INTEGER NOT NULL DEFAULT 0)"
            )

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.database, timeout=30, isolation_level=None)) as db:
            db.execute("PRAGMA busy_timeout = 30000")
            yield db

    def issue(self, file: str, user: str, now: float | None = None) -> str:
        token = secrets.token_urlsafe(32)
        with self._db() as db:
            db.execute(
                "INSERT INTO sign_tickets (hash, file, user, expires) VALUES (?, ?, ?, ?)",
                (_hash(token), file, user, (now or time.time()) + LIFETIME),
            )
        return token

    def take(self, token: str, step: str, now: float | None = None) -> Ticket | str:
        """Mark ``step`` (downloaded / uploaded) used once; a Vietnamese refusal when it cannot be."""
        assert step in ("downloaded", "uploaded")
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute(
                f"SELECT file, user, expires, {step} FROM sign_tickets WHERE hash = ?", (_hash(token),)
            ).fetchone()
            if row is None:
                db.execute("ROLLBACK")
                return "Đường dẫn ký số không đúng."
            file, user, expires, used = row
            if (now or time.time()) > expires:
                db.execute("ROLLBACK")
                return "Đường dẫn ký số đã hết hạn (15 phút); hãy bấm «Ký số» lại trên trang văn bản."
            if used:
                db.execute("ROLLBACK")
                return "Đường dẫn ký số này đã được dùng; mỗi đường dẫn chỉ dùng được một lần."
            db.execute(f"UPDATE sign_tickets SET {step} = 1 WHERE hash = ?", (_hash(token),))
            db.execute("COMMIT")
        return Ticket(file, user)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", errors="replace")).hexdigest()


def _answer(status: int, message: str, file: str = "", server: str = "", http: int = 200) -> JSONResponse:
    """The JSON the signing software reads: Status 0 means done, anything else is shown as an error."""
    body = {"Status": status, "Message": message, "FileName": file, "FileServer": server}
    return JSONResponse(body, status_code=http)


def sign_ready_pdf(docx: Path) -> Path:
    """PDF/A-2b of ``docx`` with its signature fields, written beside it as ``<name>.san-sang-ky.pdf``."""
    with tempfile.TemporaryDirectory(prefix="reportgen-ky-") as folder:
        copy = Path(folder) / docx.name
        shutil.copyfile(docx, copy)
        (pdf,) = pdf_for([copy], pdf_a=True)
        make_sign_ready(copy, pdf)
        target = docx.with_name(docx.stem + READY_SUFFIX)
        replace_atomically(target, pdf.read_bytes())
    return target


def signed_of(docx: Path) -> Path | None:
    """The signed PDF kept beside a document, if the signing software has sent it back."""
    signed = docx.with_name(docx.stem + SIGNED_SUFFIX)
    return signed if signed.is_file() else None


def software_parameters(download: str, upload: str) -> str:
    """The JSON a page hands to VGCASignService-style software: the file to fetch and where to post it back."""
    return json.dumps({"FileUploadHandler": upload, "SessionId": "", "FileName": download}, indent=2)


def is_signed_copy(original: bytes, signed: bytes) -> bool:
    """The signed file is the handed-out file with incremental updates appended (signatures), nothing else."""
    return len(signed) > len(original) and signed.startswith(original) and b"/ByteRange" in signed[len(original) :]


def routes(
    host: Host,
    root: Path,
    output: Callable[[str], Path],
    record: Callable[[str, str, str], None],
    guarded: Callable[..., Handler],
) -> list[Route]:
    """``output`` finds a file of the outputs folder by its bare name (LookupError for anything else); ``record``
    writes the audit log (user, action, target). Tickets live in the workspace database (``host.database``)."""
    tickets = Tickets(root / DATABASE)

    async def start(request: Request) -> Response:
        name = request.path_params["file"]
        try:
            docx = output(name)
        except LookupError:
            return host.page(request, "error.html", 404, message="Không có văn bản này trong thư mục kết quả.")
        if docx.suffix.lower() != ".docx":
            return host.page(request, "error.html", 404, message="Chỉ ký số được văn bản .docx đã sinh.")
        try:
            ready = await run_in_threadpool(sign_ready_pdf, docx)
        except OutputError as exc:
            return host.page(request, "error.html", 500, message=str(exc))
        user = host.user(request) or ""
        token = tickets.issue(ready.name, user)
        record(user, "chuẩn bị ký số", name)
        base = str(request.base_url).rstrip("/")
        return host.page(
            request,
            "sign_start.html",
            name=name,
            ready=ready.name,
            download=f"{base}/ky-so/tai/{token}",
            upload=f"{base}/ky-so/nhan/{token}",
            parameters=software_parameters(f"{base}/ky-so/tai/{token}", f"{base}/ky-so/nhan/{token}"),
            minutes=LIFETIME // 60,
        )

    async def download(request: Request) -> Response:
        taken = tickets.take(request.path_params["token"], "downloaded")
        if isinstance(taken, str):
            return _answer(1, taken, http=403)
        try:
            path = output(taken.file)
        except LookupError:
            return _answer(1, "Bản PDF sẵn sàng ký không còn trong thư mục kết quả.", http=404)
        return FileResponse(path, media_type="application/pdf", filename=path.name)

    async def upload(request: Request) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_SIGNED:
            return _answer(1, "Tệp đã ký quá lớn (giới hạn 50 MB).", http=413)
        taken = tickets.take(request.path_params["token"], "uploaded")
        if isinstance(taken, str):
            return _answer(1, taken, http=403)
        form = await request.form(max_files=1, max_fields=10, max_part_size=MAX_SIGNED)
        part = form.get("uploadfile")
        if not isinstance(part, UploadFile):
            return _answer(1, "Thiếu tệp đã ký (trường uploadfile).", http=400)
        signed = await part.read(MAX_SIGNED + 1)
        await form.close()
        try:
            ready = output(taken.file)
        except LookupError:
            return _answer(1, "Bản PDF sẵn sàng ký không còn trong thư mục kết quả.", http=404)
        if not is_signed_copy(ready.read_bytes(), signed):
            return _answer(1, "Tệp gửi lên không phải bản PDF đã giao để ký, có thêm chữ ký số.", http=400)
        target = ready.with_name(ready.name.removesuffix(READY_SUFFIX) + SIGNED_SUFFIX)
        await run_in_threadpool(replace_atomically, target, signed)
        record(taken.user, "nhận văn bản đã ký số", target.name)
        base = str(request.base_url).rstrip("/")
        return _answer(0, "Đã nhận văn bản đã ký số.", target.name, f"{base}/ky-so/xem/{target.name}")

    async def show(request: Request) -> Response:
        try:
            path = output(request.path_params["file"])
        except LookupError:
            return host.page(request, "error.html", 404, message="Không có tệp này trong thư mục kết quả.")
        if path.suffix.lower() != ".pdf":
            return host.page(request, "error.html", 404, message="Chỉ xem chữ ký của tệp PDF.")
        try:
            roots = load_roots(root / ROOTS_FOLDER) if (root / ROOTS_FOLDER).is_dir() else []
            report = await run_in_threadpool(verify, path, roots)
        except OutputError as exc:
            return host.page(request, "error.html", 422, message=str(exc))
        return host.page(request, "sign_show.html", file=path.name, lines=report_lines(report))

    return [
        Route("/ky-so/{file}", guarded(start), methods=["POST"]),
        Route("/ky-so/tai/{token}", guarded(download, public=True)),
        Route("/ky-so/nhan/{token}", guarded(upload, public=True), methods=["POST"]),
        Route("/ky-so/xem/{file}", guarded(show)),
    ]

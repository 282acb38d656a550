"""The pages of a document's way to issue (trình, duyệt, trả lại, cấp số) and of the sổ đăng ký văn bản đi.

Every step is checked against the person's roles (``register.workflow``): a chuyên viên asking to issue gets
403. Every state change is written to the audit log with who, when and the comment or number. Issuing runs the
same ``issue_file`` as ``reportgen issue``, so the number reaches the input and every output here too.

When the leader has signed the PDF (``<name>.da-ky.pdf``, sent back by the signing software), issuing adds the
body's issuing signature to it with the number and date (``sign.issue_stamp``). The văn thư sends the body's .p12
and its password with the issuing request: both stay in this request's memory (a few kB, under Starlette's 1 MB
in-memory limit for uploads) and are never written; the government signing software cannot be asked instead,
because it draws its own image, not the number and date in the page's blank places.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from reportgen.files.lock import input_lock
from reportgen.problems import InputError, OutputError
from reportgen.register.book_docx import book_docx
from reportgen.register.book_xlsx import book_xlsx
from reportgen.register.issue import SignedPdf, issue_file
from reportgen.register.open import open_register
from reportgen.register.printing import file_stem
from reportgen.register.search import search
from reportgen.register.series import vietnam_today
from reportgen.register.settings import read_settings
from reportgen.register.sheets import COLUMNS, books, row
from reportgen.register.store import Entry, RegisterError
from reportgen.register.workflow import ISSUED, LANH_DAO, ROLES, STATES, VAN_THU, StepRefused, check_step, steps_for
from reportgen.web.roles import RoleBook
from reportgen.web.signing import READY_SUFFIX, SIGNED_SUFFIX

MAX_KEY = 64 * 1024  # a .p12 holds a key and a few certificates: a few kilobytes

Handler = Callable[[Request], Awaitable[Response]]


class Host(Protocol):
    """What these pages use of the web app (``web.app.App``), named here so the app module is not imported."""

    settings: Any
    ws: Any
    store: Any

    def user(self, request: Request) -> str | None: ...
    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> Response: ...
    async def form(self, request: Request) -> FormData: ...
    def input_path(self, name: str) -> Path: ...


class IssuingPages:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.roles_book = RoleBook(host.ws.root)

    def roles(self, request: Request) -> set[str]:
        if not self.host.settings.require_login:
            return set(ROLES)  # this machine, no accounts: one person does every step
        user = self.host.user(request)
        return self.roles_book.roles_of(user) if user else set()

    def refuse(self, request: Request, status: int, message: str) -> Response:
        return self.host.page(request, "error.html", status, message=message)

    async def overview(self, request: Request) -> Response:
        names = self.host.ws.names()
        rows = [(name, self.roles_book.standing(name)) for name in names]
        return self.host.page(request, "trinh_ky.html", rows=rows, STATES=STATES, roles=self._labels(request))

    def _labels(self, request: Request) -> list[str]:
        return [label for key, label in ROLES.items() if key in self.roles(request)]

    async def document(self, request: Request) -> Response:
        name = request.path_params["name"]
        self.host.input_path(name)
        standing = self.roles_book.standing(name)
        history = [r for r in self.host.store.audit_log() if r["target"] == name][::-1]
        return self.host.page(
            request,
            "van_ban.html",
            name=name,
            standing=standing,
            STATES=STATES,
            steps=steps_for(standing.state, self.roles(request)),
            roles=self._labels(request),
            history=history,
            signed_pdf=self._signed_path(name).name if self._signed_path(name).is_file() else None,
        )

    def _signed_path(self, name: str) -> Path:
        return Path(self.host.ws.outputs) / f"{Path(name).stem}{SIGNED_SUFFIX}"

    def _signed(self, name: str, key: tuple[bytes, str, str] | None) -> SignedPdf | None:
        """The leader-signed PDF checked and ready to stamp, or None when the document was not signed here."""
        pdf = self._signed_path(name)
        if not pdf.is_file():
            return None
        if key is None:
            raise OutputError(
                f"lãnh đạo đã ký số văn bản ({pdf.name}); hãy chọn tệp khóa .p12 của cơ quan và nhập mật khẩu"
                " để ký ban hành (số và ngày được in vào bản đã ký)"
            )
        from reportgen.sign import issue_stamp
        from reportgen.sign.signer import load_key_data

        data, password, filename = key
        signer = load_key_data(data, password.encode("utf-8") or None, filename)
        stem = Path(self.host.ws.outputs) / Path(name).stem
        stamp = issue_stamp.prepare(pdf, [Path(f"{stem}{READY_SUFFIX}"), Path(f"{stem}.pdf")], signer)
        return SignedPdf(pdf, lambda number, day: stamp(number, day).data)

    async def take_step(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = self.host.input_path(name)
        form = await self.host.form(request)
        comment = str(form.get("y_kien") or "").strip()
        user = self.host.user(request) or ""
        standing = self.roles_book.standing(name)
        try:
            step = check_step(str(form.get("buoc") or ""), standing.state, self.roles(request), comment)
        except StepRefused as exc:
            return self.refuse(request, exc.status, exc.message)
        detail = comment
        if step.target == ISSUED:
            upload = form.get("khoa_p12")
            key = None
            if isinstance(upload, UploadFile) and upload.filename:
                data = await upload.read(MAX_KEY + 1)
                if len(data) > MAX_KEY:
                    return self.refuse(request, 413, "Tệp khóa quá lớn: đây không phải tệp .p12.")
                key = (data, str(form.get("mat_khau_khoa") or ""), upload.filename)
            try:
                detail = await run_in_threadpool(self._issue, name, path, user, form.get("mat") == "1", key)
            except InputError as exc:
                return self.refuse(request, 400, "Chưa cấp số được: " + "; ".join(p.render() for p in exc.problems))
            except (OutputError, RegisterError) as exc:
                return self.refuse(request, 409, f"Chưa cấp số được: {exc}")
        if not self.roles_book.move(name, standing.state, step.target, user, comment):
            return self.refuse(request, 409, "Người khác vừa chuyển văn bản này sang bước khác; hãy tải lại trang.")
        self.host.store.audit(user, step.label, name, detail)
        return RedirectResponse(f"/trinh-ky/{name}", 303)

    def _issue(self, name: str, path: Path, user: str, secret: bool, key: tuple[bytes, str, str] | None) -> str:
        root = self.host.ws.root
        settings = read_settings(root)
        signed = self._signed(name, key)  # every check of the signed PDF before a number is taken
        with input_lock(root, name):  # the same lock as a form save: issuing never interleaves with one
            self.host.store.keep(name, path.read_text(encoding="utf-8"), user, "bản trước khi cấp số")
            with open_register(settings.database, root) as register:
                outcome = issue_file(
                    path,
                    self.host.ws.outputs,
                    register,
                    settings,
                    secret=secret,
                    templates=self.host.settings.templates,
                    signed=signed,
                )
            self.host.store.keep(name, path.read_text(encoding="utf-8"), user, "văn thư cấp số")
        entry = outcome.entry
        kind = " (văn bản mật)" if entry.secret else ""
        stamped = f"; ký ban hành {outcome.signed_pdf.name}" if outcome.signed_pdf else ""
        return f"số {entry.symbol}{kind} ngày {entry.issued_on:%d/%m/%Y}; sinh lại {len(outcome.written)} tệp{stamped}"

    # ------------------------------------------------------------------------------- the sổ

    def _entries(self, year: int) -> list[Entry]:
        root = self.host.ws.root
        with open_register(read_settings(root).database, root) as register:
            return register.entries(year)

    def _year(self, request: Request) -> int:
        text = request.query_params.get("nam", "")
        return int(text) if text.isdigit() and len(text) == 4 else vietnam_today().year

    async def register(self, request: Request) -> Response:
        if not self.roles(request):
            return self.refuse(request, 403, "Cần đăng nhập.")
        year = self._year(request)
        query = request.query_params.get("tim", "")
        try:
            entries = await run_in_threadpool(self._entries, year)
        except RegisterError as exc:
            return self.refuse(request, 503, f"Không mở được sổ đăng ký: {exc}")
        if not self.roles(request) & {VAN_THU, LANH_DAO}:  # a secret document's line is not for every desk
            entries = [entry for entry in entries if not entry.secret]
        found = search(entries, query)
        return self.host.page(
            request,
            "so_dang_ky.html",
            year=year,
            query=query,
            columns=COLUMNS,
            rows=[(entry, row(entry)) for entry in found],
            total=len(entries),
        )

    async def register_file(self, request: Request) -> Response:
        year = self._year(request)
        kind = request.path_params["kind"]
        entries = await run_in_threadpool(self._entries, year)
        secret = request.query_params.get("mat") == "1"
        if secret and not self.roles(request) & {VAN_THU, LANH_DAO}:
            return self.refuse(request, 403, "Chỉ văn thư và lãnh đạo được tải sổ văn bản mật.")
        body = request.query_params.get("co_quan")
        found = [b for b in books(entries, (year, year)) if b.secret == secret and body in (None, b.body)]
        if not found or kind not in ("xlsx", "docx"):
            return self.refuse(request, 404, f"Sổ năm {year} chưa có văn bản nào.")
        book = found[0]
        data = book_xlsx(book) if kind == "xlsx" else book_docx(book)
        media = {
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }[kind]
        name = f"{file_stem(book)}.{kind}"
        return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def routes(host: Host, guarded: Callable[[Handler], Handler]) -> list[Route]:
    pages = IssuingPages(host)
    return [
        Route("/trinh-ky", guarded(pages.overview)),
        Route("/trinh-ky/{name}", guarded(pages.document)),
        Route("/trinh-ky/{name}", guarded(pages.take_step), methods=["POST"]),
        Route("/so-dang-ky", guarded(pages.register)),
        Route("/so-dang-ky/tai.{kind}", guarded(pages.register_file)),
    ]

"""The core every page of ``reportgen serve`` shares: settings, the ``App`` (workspace, store, templates, the
bounded pool for costly work, who is signed in), and the one way an input is written (:meth:`App.save`, under the
input's lock: merged, checked, the previous version kept).

The pages themselves live in ``web/views/`` (one module per family, as datasette splits its views); the routes
and middleware in ``web/app.py``.
"""

from __future__ import annotations

import asyncio
import difflib
import functools
import getpass
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from reportgen import kinds
from reportgen.author.xlsx_import import ImportResult
from reportgen.files.lock import input_lock
from reportgen.files.userfiles import replace
from reportgen.load import load_text
from reportgen.make.pdf import PDF_TIMEOUT
from reportgen.make.pipeline import check_text
from reportgen.make.validate import SAMPLE_CODE
from reportgen.problems import InputError, Problem, display_path
from reportgen.web import forms, signing
from reportgen.web.form_rows import table_rows
from reportgen.web.merge import Conflict
from reportgen.web.pending import Pending, forget_old_uploads
from reportgen.web.security import CSRF_FIELD, LoginLimiter, client_address, csrf_ok, csrf_token
from reportgen.web.share import OnNetworkShare, refusal
from reportgen.web.store import Store, sha
from reportgen.web.uploads import MAX_UPLOAD, UploadRefused, check_upload
from reportgen.web.workers import Kept, Workers
from reportgen.web.workspace import STATE_LABELS, NotInWorkspace, Workspace

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
_UNKNOWN = object()
HEAVY_WORKERS = 2  # builds, previews and imports at once; more would only slow the pages on a small PC
MAX_BODY = MAX_UPLOAD + 1024 * 1024
UNEXPECTED = (
    "Lỗi bất ngờ trong reportgen; việc vừa làm chưa hoàn tất. Hãy tải lại trang; nếu vẫn lỗi, gửi nội dung "
    "cửa sổ lệnh đang chạy reportgen serve cho bộ phận kỹ thuật."
)
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]


@dataclass
class Settings:
    workspace: Path
    require_login: bool
    templates: Path | None = None
    secure_cookies: bool = False
    allowed_hosts: list[str] | None = None  # Host headers answered; None: only this machine's names when local
    background: bool = False  # warm caches in the background: checks at start, page pictures after a build
    trusted_proxies: list[str] = field(default_factory=list)  # whose X-Forwarded-For is believed
    build_processes: int = 0  # builds in this many worker processes (0: in the server's threads, as in tests)
    pdf_timeout: float = PDF_TIMEOUT  # seconds LibreOffice may take for a PDF (serve --pdf-timeout)


@dataclass
class Saved:
    ok: bool
    problems: list[Problem]
    warnings: list[Problem]
    conflict: str | None = None  # the text on disk when someone else saved first (YAML mode: no merge)
    conflicts: list[Conflict] = field(default_factory=list)  # fields two people changed differently
    current: str = ""  # the text on disk, when ``conflicts``
    draft: bool = False  # kept with problems, on the person's request; the build refuses it until valid


TextMaker = Callable[[str], "str | list[Conflict] | None"]


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class App:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        why = refusal(settings.workspace)
        if why is not None:
            raise OnNetworkShare(why)
        self.ws = Workspace(settings.workspace)
        self.store = Store(self.ws.root)
        self.limiter = LoginLimiter()
        self.heavy = anyio.CapacityLimiter(HEAVY_WORKERS)
        self.processes = Workers(settings.build_processes)
        self.rendered = Kept(16)  # an input's form fields as HTML, by its content and problems
        self.pending = Pending()  # Excel lists read for a question “replace typed rows?”, awaiting the answer
        forget_old_uploads(self.ws.root)
        self.local_user = getpass.getuser() or "máy này"
        self.titles = {name: kinds.get(name).title for name in kinds.available()}
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals.update(STATE_LABELS=STATE_LABELS, label=forms.label, table_rows=table_rows)
        self.templates.env.globals.update(signed_of=signing.signed_of)
        self.templates.env.filters["anchor"] = forms.anchor

    # ---------------------------------------------------------------------------------- helpers

    def warm(self) -> None:
        """Check every input once, so that the first home page answers as fast as the next ones."""
        for name in self.ws.names():
            try:
                self.ws.check(name)
            except (NotInWorkspace, OSError):
                continue

    async def cpu(self, func: Callable[..., T], *args: Any) -> T:
        """Run costly work (build, preview, import) in the bounded pool, off the threads pages use."""
        return await anyio.to_thread.run_sync(functools.partial(func, *args), limiter=self.heavy)

    async def apart(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func`` (a module-level function: it travels to another process) in a worker process at a lower
        OS priority, so that pages and saves get the CPU first; in the server's bounded pool when no worker
        processes are configured (tests).
        """
        if self.workers() is None:
            return await self.cpu(func, *args)
        job = self.processes.submit(func, *args)
        try:
            return await asyncio.wrap_future(job)
        except BrokenProcessPool:  # the worker died during this job: this answer says so, the next job gets a new one
            self.processes.forget_broken()
            raise

    def workers(self) -> ProcessPoolExecutor | None:
        """The worker processes for builds and previews, started on first use (None: work in threads)."""
        return self.processes.pool()

    def user(self, request: Request) -> str | None:
        """Who is signed in: looked up in the workspace database, so an ended session ends at once."""
        if not self.settings.require_login:
            return self.local_user
        found = getattr(request.state, "user", _UNKNOWN)
        if found is _UNKNOWN:
            session = request.session.get("sid")
            found = request.state.user = self.store.session_user(session) if isinstance(session, str) else None
        return found if isinstance(found, str) else None

    def address(self, request: Request) -> str:
        peer = request.client.host if request.client else None
        return client_address(peer, request.headers.get("x-forwarded-for"), self.settings.trusted_proxies)

    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.update(
            request=request,
            csrf=csrf_token(request.session),
            user=self.user(request),
            login=self.settings.require_login,
            titles=self.titles,
        )
        return self.templates.TemplateResponse(request, template, context, status_code=status)

    async def form(self, request: Request) -> FormData:
        """The submitted form, after its CSRF token was checked."""
        form = await request.form(max_files=2, max_fields=20000, max_part_size=MAX_BODY)
        if not csrf_ok(request.session, form.get(CSRF_FIELD)):
            raise Refused(
                403, "Biểu mẫu đã hết hạn hoặc không gửi từ trang này (thiếu mã bảo vệ CSRF). Hãy tải lại trang."
            )
        return form

    def input_path(self, name: str) -> Path:
        try:
            return self.ws.path(name)
        except NotInWorkspace:
            raise Refused(404, f"Không có tệp đầu vào “{name}” trong thư mục làm việc.") from None

    def save(
        self, name: str, make: TextMaker | str, base: str, user: str, note: str, detail: str = "", draft: bool = False
    ) -> Saved:
        """Write what ``make`` returns for the text on disk, if the CLI would accept it (or as a ``draft``).

        ``make`` runs under the workspace lock (shared by every server process on the folder): it merges the
        person's edits into the current text, or returns the fields in conflict; a plain text is saved only
        if nobody saved since ``base``. A sample record left in place is no reason to refuse a save; the
        build refuses it.
        """
        path = self.input_path(name)
        if isinstance(make, str):
            wanted = make
            make = lambda current: wanted if sha(current) == base else None  # noqa: E731
        with input_lock(self.ws.root, name):
            current = read_input(path)
            made = make(current)
            if made is None:
                return Saved(False, [], [], conflict=current)
            if isinstance(made, list):
                return Saved(False, [], [], conflicts=made, current=current)
            if made == current:
                return Saved(True, [], [])
            data = made.encode("utf-8")
            result = check_text(data, path)
            blocking = [p for p in result.problems if p.severity == "error" and p.code != SAMPLE_CODE]
            if blocking and not draft:
                return Saved(False, result.problems, result.warnings)
            self.store.keep(name, current, user, "bản trước khi sửa")  # usually kept already: nothing written
            replace(path, data)
            self.ws.remember(name, data, result)
            note = note + (" (bản nháp, còn lỗi)" if blocking else "")
            self.store.keep_save(name, made, user, note, detail)
        return Saved(True, result.problems, result.warnings, draft=bool(blocking))

    # ------------------------------------------------------------------------------------ pages

    def loaded(self, path: Path, text: str) -> dict[str, Any] | None:
        try:
            return load_text(text, display_path(path)).data  # as the check names it: one parse for both
        except InputError:
            return None

    # ------------------------------------------------------------------------------ build, look

    # ---------------------------------------------------------------------------------- uploads

    async def upload(self, form: FormData, suffix: str, part: str) -> tuple[str, bytes]:
        upload = form.get("tep")
        if not isinstance(upload, UploadFile):
            raise Refused(400, "Chưa chọn tệp nào để tải lên.")
        data = await upload.read(MAX_UPLOAD + 1)
        try:
            checked = check_upload(upload.filename, data, suffix, part)
        except UploadRefused as exc:
            raise Refused(400, str(exc)) from None
        return checked.name, checked.data

    # ------------------------------------------------------------------------------------ login


def _with_mine(data: dict[str, Any], conflicts: list[Conflict]) -> dict[str, Any]:
    """``data`` with this person's value in each field in conflict: the form shows theirs beside it."""
    out = dict(data)
    for conflict in conflicts:
        parts = conflict.path.replace("]", "").replace("[", ".").split(".")
        node: Any = out
        for part in parts[:-1]:
            nxt = node[int(part)] if isinstance(node, list) else node.get(part)
            if isinstance(nxt, dict):
                nxt = dict(nxt)
                if isinstance(node, list):
                    node[int(part)] = nxt
                else:
                    node[part] = nxt
            elif isinstance(nxt, list):
                nxt = list(nxt)
                node[part] = nxt
            else:
                break
            node = nxt
        else:
            last = parts[-1]
            if isinstance(node, list) and last.isdigit():
                node[int(last)] = conflict.mine
            elif isinstance(node, dict):
                node[last] = conflict.mine
    return out


def _replaced(result: ImportResult) -> str:
    from reportgen.author.xlsx_import import replaced

    return replaced(result)


def read_input(path: Path) -> str:
    """An input's text; one that is not UTF-8 (an old editor's encoding) is refused with the fix to apply."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(
            422,
            f"Tệp {path.name} không được lưu dạng UTF-8 nên trang web chưa mở được. Mở tệp bằng Notepad, chọn "
            "File → Save As…, Encoding: UTF-8, rồi tải lại trang (hoặc chạy reportgen validate để xem chi tiết).",
        ) from None


def _diff(old: str, new: str, old_label: str, new_label: str) -> list[tuple[str, str]]:
    """Unified diff lines with a class each (them / us / context), for the history and conflict pages."""
    lines = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), old_label, new_label, lineterm="", n=2):
        cls = (
            "cu" if line.startswith("-") else "moi" if line.startswith("+") else "vung" if line.startswith("@@") else ""
        )
        lines.append((cls, line))
    return lines

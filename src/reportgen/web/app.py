"""The routes of ``reportgen serve``: thin handlers over the library the CLI uses.

Every page is HTML rendered on the server (Jinja, autoescaped); htmx only fetches fragments (the preview
pictures, a check without saving). Every POST carries the session's CSRF token. Every write of an input
goes through :meth:`App.save`, which refuses a stale base version, refuses what ``reportgen validate``
would refuse, and keeps the previous version in the history first.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import getpass
import multiprocessing
import secrets
import tempfile
import threading
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from reportgen import kinds
from reportgen.author.xlsx_import import ImportResult
from reportgen.check.report import check_file
from reportgen.files.lock import input_lock
from reportgen.files.names import safe_filename
from reportgen.files.userfiles import replace, write_new
from reportgen.load import field_name, load_text
from reportgen.load.samples import sample_places, unmark
from reportgen.make.pipeline import BuildResult, build_file, check_text, pdf_for
from reportgen.make.validate import SAMPLE_CODE
from reportgen.problems import InputError, OutputError, Problem
from reportgen.web import forms, preview
from reportgen.web.guard import BodyTooLarge, Guard
from reportgen.web.merge import Conflict, three_way
from reportgen.web.security import CSRF_FIELD, LoginLimiter, client_address, csrf_ok, csrf_token, secret_key
from reportgen.web.share import OnNetworkShare, refusal
from reportgen.web.store import Store, sha
from reportgen.web.uploads import MAX_UPLOAD, UploadRefused, check_upload
from reportgen.web.workspace import STATE_LABELS, NotInWorkspace, Workspace

HERE = Path(__file__).resolve().parent
T = TypeVar("T")
_UNKNOWN = object()
HEAVY_WORKERS = 2  # builds, previews and imports at once; more would only slow the pages on a small PC
UPLOADS = ".reportgen-web-uploads"  # an Excel file waiting for the person to confirm replacing typed rows
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
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self.local_user = getpass.getuser() or "máy này"
        self.titles = {name: kinds.get(name).TITLE for name in kinds.available()}
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals.update(
            STATE_LABELS=STATE_LABELS, cell_problems=forms.cell_problems, label=forms.label
        )
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
            self.store.keep(name, current, user, "bản trước khi sửa")
            replace(path, data)
            self.ws.remember(name, data, result)
            note = note + (" (bản nháp, còn lỗi)" if blocking else "")
            self.store.keep(name, made, user, note)
        self.store.audit(user, note, name, detail)
        return Saved(True, result.problems, result.warnings, draft=bool(blocking))

    # ------------------------------------------------------------------------------------ pages

    async def home(self, request: Request) -> Response:
        states = await run_in_threadpool(lambda: [self.ws.state(name, self.titles) for name in self.ws.names()])
        groups: dict[str, list[Any]] = {}
        for state in sorted(states, key=lambda s: (s.kind, s.period, s.name)):
            groups.setdefault(state.kind, []).append(state)
        return self.page(request, "home.html", groups=groups, kinds=kinds.available())

    async def new(self, request: Request) -> Response:
        if request.method == "GET":
            return self.page(request, "new.html", kinds=kinds.available(), error="")
        form = await self.form(request)
        kind = str(form.get("loai", ""))
        name = str(form.get("ten_tep", "")).strip()
        year = str(form.get("nam", "")).strip()
        if kind not in kinds.available():
            return self.page(request, "new.html", 400, kinds=kinds.available(), error="Hãy chọn một loại văn bản.")
        has_year = "nam" in kinds.get(kind).Input.model_fields
        if year and not (year.isdigit() and len(year) == 4):
            error = f"Năm “{year}” không hợp lệ: viết bốn chữ số, ví dụ 2025."
            return self.page(request, "new.html", 400, kinds=kinds.available(), error=error)
        if name and not name.endswith((".yaml", ".yml")):
            name += ".yaml"
        name = name or f"{kind}-{year if year and has_year else 'moi'}.yaml"
        try:
            self.ws.new_path(name)  # refuses folders and "..": never turned into something else
            stem, _, suffix = name.rpartition(".")
            target = self.ws.new_path(safe_filename(stem, "." + suffix))  # spaces, Windows-forbidden names
        except NotInWorkspace:
            error = f"Tên tệp “{name}” không hợp lệ: chỉ dùng chữ, số, dấu gạch; không có thư mục hay “..”."
            return self.page(request, "new.html", 400, kinds=kinds.available(), error=error)
        from reportgen.author.scaffold import scaffold

        text = scaffold(kind, target).yaml_text
        if year and has_year:
            from reportgen.author.yaml_lists import apply_edits, roundtrip_text

            text = apply_edits(roundtrip_text(text, target.name), text, {"nam": int(year)})
        try:
            write_new(target, text.encode("utf-8"))
        except OutputError as exc:
            return self.page(request, "new.html", 409, kinds=kinds.available(), error=str(exc))
        user = self.user(request) or ""
        self.store.keep(target.name, text, user, "tạo mới từ mẫu")
        self.store.audit(user, "tạo mới từ mẫu", target.name, kind)
        return RedirectResponse(f"/sua/{target.name}", 303)

    def _loaded(self, path: Path, text: str) -> dict[str, Any] | None:
        try:
            return load_text(text, path.name).data
        except InputError:
            return None

    async def edit(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = self.input_path(name)
        text = read_input(path)
        data = self._loaded(path, text)
        kind = data.get("loai") if data else None
        if data is None or kind not in kinds.available():
            return RedirectResponse(f"/yaml/{name}", 303)
        assert isinstance(kind, str)
        if request.method == "GET":
            result = await run_in_threadpool(self.ws.check, name)
            base = await run_in_threadpool(self.store.remember, text)
            return self._form_page(
                request,
                name,
                kind,
                data,
                base,
                result.problems,
                result.warnings,
                200,
                saved=request.query_params.get("da_luu"),
            )
        form = await self.form(request)
        base = str(form.get("base", ""))
        base_text = text if sha(text) == base else await run_in_threadpool(self.store.base_text, base)
        base_data = self._loaded(path, base_text) if base_text is not None else None
        if base_text is None or base_data is None:
            base_text, base_data = text, data  # an unknown start: edits count against the file as it is now
        kept: list[str] = []
        edits = forms.read_form(kind, form, base_data, kept)
        action = form.get("hanh_dong")
        if action == "kiem_tra":
            new_text = await run_in_threadpool(self._edited, base_text, path.name, edits, kept)
            result = await run_in_threadpool(check_text, new_text.encode("utf-8"), path)
            if request.headers.get("HX-Request") == "true":
                return self.page(
                    request, "_problems.html", problems=result.problems, warnings=result.warnings, checked=True
                )
            shown = forms.merged(base_data, edits)
            return self._form_page(
                request, name, kind, shown, base, result.problems, result.warnings, 200, checked=True
            )

        def make(current: str) -> str | list[Conflict]:
            if sha(current) == sha(base_text):
                return self._edited(current, path.name, edits, kept)
            theirs = self._loaded(path, current) or {}
            merged_edits, conflicts = three_way(base_data, theirs, edits)
            if conflicts:
                return conflicts
            return self._edited(current, path.name, merged_edits, kept)

        changed = ", ".join(forms.changed_fields(edits))
        draft = action == "nhap"
        saved = await run_in_threadpool(
            self.save, name, make, base, self.user(request) or "", "sửa bằng biểu mẫu", changed, draft
        )
        if saved.conflicts:
            theirs = self._loaded(path, saved.current) or {}
            shown = forms.merged(theirs, three_way(base_data, theirs, edits)[0])
            shown = _with_mine(shown, saved.conflicts)
            result = await run_in_threadpool(check_text, saved.current.encode("utf-8"), path)
            return self._form_page(
                request,
                name,
                kind,
                shown,
                await run_in_threadpool(self.store.remember, saved.current),
                result.problems,
                result.warnings,
                409,
                conflicts=saved.conflicts,
            )
        if saved.ok:
            return RedirectResponse(f"/sua/{name}?da_luu={'nhap' if saved.draft else '1'}", 303)
        shown = forms.merged(base_data, edits)
        return self._form_page(request, name, kind, shown, base, saved.problems, saved.warnings, 422, refused=True)

    def _edited(self, text: str, display: str, edits: dict[str, Any], kept: list[str]) -> str:
        """``text`` with the edits applied; sample records the person typed into lose their marker."""
        from reportgen.author.yaml_blocks import edit_text

        if kept:
            try:
                loaded = load_text(text, display)
            except InputError:
                loaded = None
            if loaded is not None and loaded.samples:
                places = sample_places(loaded, list(loaded.samples))
                lines = [n for n, loc in zip(loaded.samples, places, strict=True) if field_name(loc) in kept]
                text = unmark(text, lines)
        return edit_text(text, display, edits)

    def _form_page(
        self,
        request: Request,
        name: str,
        kind: str,
        data: dict[str, Any],
        base: str,
        problems: list[Problem],
        warnings: list[Problem],
        status: int,
        **extra: Any,
    ) -> Response:
        """The edit form of ``name`` showing ``data``: first shown, refused, checked or in conflict."""
        fields = forms.build_form(kind, data, problems)
        conflicts: list[Conflict] = extra.pop("conflicts", [])
        if conflicts:
            forms.attach_conflicts(fields, conflicts)
        context = {"saved": None, **extra}
        return self.page(
            request,
            "edit.html",
            status,
            name=name,
            kind=kind,
            fields=fields,
            base=base,
            problems=problems,
            warnings=warnings,
            conflicts=conflicts,
            **context,
        )

    def conflict(self, request: Request, name: str, theirs: str, mine: str) -> Response:
        diff = _diff(theirs, mine, "bản đã lưu (người khác)", "bản của bạn")
        return self.page(
            request, "conflict.html", 409, name=name, theirs=theirs, mine=mine, diff=diff, base=sha(theirs)
        )

    async def raw(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = self.input_path(name)
        text = read_input(path)
        if request.method == "GET":
            result = await run_in_threadpool(self.ws.check, name)
            return self.page(
                request,
                "raw.html",
                name=name,
                text=text,
                base=sha(text),
                problems=result.problems,
                warnings=result.warnings,
                saved=request.query_params.get("da_luu"),
            )
        form = await self.form(request)
        new_text = forms.normalize_text(str(form.get("noi_dung", "")))
        saved = await run_in_threadpool(
            self.save, name, new_text, str(form.get("base", "")), self.user(request) or "", "sửa YAML"
        )
        if saved.conflict is not None:
            return self.conflict(request, name, saved.conflict, new_text)
        if saved.ok:
            return RedirectResponse(f"/yaml/{name}?da_luu=1", 303)
        return self.page(
            request,
            "raw.html",
            422,
            name=name,
            text=new_text,
            base=str(form.get("base", "")),
            problems=saved.problems,
            warnings=saved.warnings,
            saved=None,
            refused=True,
        )

    async def history(self, request: Request) -> Response:
        name = request.path_params["name"]
        self.input_path(name)
        return self.page(request, "history.html", name=name, versions=self.store.versions(name))

    async def version(self, request: Request) -> Response:
        name = request.path_params["name"]
        form = await self.form(request) if request.method == "POST" else None
        path = self.input_path(name)
        version = self.store.version(name, int(request.path_params["vid"]))
        if version is None:
            raise Refused(404, "Không có phiên bản này trong lịch sử.")
        current = read_input(path)
        if request.method == "GET":
            diff = _diff(version.text, current, f"phiên bản #{version.id}", "bản hiện tại")
            return self.page(request, "version.html", name=name, version=version, diff=diff, base=sha(current))
        assert form is not None
        saved = await run_in_threadpool(
            self.save,
            name,
            version.text,
            str(form.get("base", "")),
            self.user(request) or "",
            f"khôi phục phiên bản #{version.id}",
        )
        if saved.conflict is not None:
            return self.conflict(request, name, saved.conflict, version.text)
        if not saved.ok:
            return self.page(
                request,
                "raw.html",
                422,
                name=name,
                text=version.text,
                base=sha(current),
                problems=saved.problems,
                warnings=saved.warnings,
                saved=None,
                refused=True,
            )
        return RedirectResponse(f"/sua/{name}?da_luu=1", 303)

    # ------------------------------------------------------------------------------ build, look

    def _build(self, name: str, force: bool, with_pdf: bool, user: str) -> tuple[BuildResult, list[Path]]:
        """One build; in a worker process when configured, so drawing charts never holds the pages' interpreter."""
        job = functools.partial(
            build_file, self.input_path(name), self.ws.outputs, force=force, templates=self.settings.templates
        )
        if self.settings.build_processes:
            with self._pool_lock:
                if self._pool is None:
                    context = multiprocessing.get_context("spawn")
                    self._pool = ProcessPoolExecutor(self.settings.build_processes, mp_context=context)
            result = self._pool.submit(job).result()
        else:
            result = job()
        pdfs: list[Path] = []
        if result.ok and with_pdf:
            try:
                pdfs = pdf_for(result.written)
            except OutputError as exc:
                result.output_error = str(exc)
        if result.ok:
            self.store.audit(user, "sinh văn bản" + (" (ghi đè bản đã sửa tay)" if force else ""), name)
            if self.settings.background:
                threading.Thread(target=preview.prefetch, args=(self.ws.root, result.written), daemon=True).start()
        return result, pdfs

    async def build(self, request: Request) -> Response:
        form = await self.form(request)
        names = self.ws.names() if request.path_params.get("name") is None else [request.path_params["name"]]
        for name in names:
            self.input_path(name)
        force = form.get("ghi_de") == "1"
        with_pdf = form.get("pdf") == "1"
        user = self.user(request) or ""
        done: list[tuple[str, BuildResult | None, list[Path], list[Any]]] = []
        for name in names:
            edited = [o for o in self.ws.outputs_of(name) if o.edited]
            if edited and not force:
                done.append((name, None, [], edited))
                continue
            result, pdfs = await self.cpu(self._build, name, force, with_pdf, user)
            done.append((name, result, pdfs, []))
        kinds_of = {name: self.ws.kind_of(name) for name, *_ in done}
        return self.page(request, "built.html", done=done, single=len(names) == 1, with_pdf=with_pdf, kinds_of=kinds_of)

    async def download(self, request: Request) -> Response:
        try:
            path = self.ws.output(request.path_params["file"])
        except NotInWorkspace:
            raise Refused(404, "Không có tệp này trong thư mục kết quả.") from None
        media = {
            ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".pdf": "application/pdf",
        }.get(path.suffix.lower())
        if media is None:
            raise Refused(404, "Chỉ tải được tệp .docx và .pdf.")
        return FileResponse(path, media_type=media, filename=path.name)

    async def look(self, request: Request) -> Response:
        name = request.path_params["name"]
        self.input_path(name)
        outputs = self.ws.outputs_of(name)
        reports = await run_in_threadpool(lambda: [(o, check_file(o.path)) for o in outputs])
        return self.page(request, "look.html", name=name, reports=reports)

    async def pages(self, request: Request) -> Response:
        try:
            docx = self.ws.output(request.path_params["file"])
        except NotInWorkspace:
            raise Refused(404, "Không có tệp này trong thư mục kết quả.") from None
        try:
            key, count = await self.cpu(preview.pages, self.ws.root, docx)
        except OutputError as exc:
            return self.page(request, "_pages.html", key="", count=0, error=str(exc))
        return self.page(request, "_pages.html", key=key, count=count, error="")

    async def page_image(self, request: Request) -> Response:
        try:
            path = await self.cpu(
                preview.page_file, self.ws.root, request.path_params["key"], int(request.path_params["page"])
            )
        except OutputError as exc:
            raise Refused(500, str(exc)) from None
        if path is None:
            raise Refused(404, "Không có ảnh trang này.")
        return FileResponse(path, media_type="image/png")

    # ---------------------------------------------------------------------------------- uploads

    async def _upload(self, form: FormData, suffix: str, part: str) -> tuple[str, bytes]:
        upload = form.get("tep")
        if not isinstance(upload, UploadFile):
            raise Refused(400, "Chưa chọn tệp nào để tải lên.")
        data = await upload.read(MAX_UPLOAD + 1)
        try:
            checked = check_upload(upload.filename, data, suffix, part)
        except UploadRefused as exc:
            raise Refused(400, str(exc)) from None
        return checked.name, checked.data

    def _import(self, name: str, path: Path, book: Path, shown: str, user: str, confirmed: bool) -> ImportResult:
        """The Excel import of the CLI, with the previous version kept in the history instead of a .bak file.

        The workbook is read (the slow part) before the workspace lock is taken; only the short rewrite of
        the input holds it. A list that has rows is replaced only once the person ``confirmed`` it.
        """
        from reportgen.author.xlsx_import import list_sizes, read_workbook
        from reportgen.author.yaml_lists import replace_lists, roundtrip_text

        kind = (self._loaded(path, read_input(path)) or {}).get("loai")
        if not isinstance(kind, str) or kind not in kinds.available():
            raise Refused(422, f"Tệp {name} chưa ghi loại văn bản hợp lệ ở trường “loai”; sửa ở chế độ YAML trước.")
        lists, result = read_workbook(book, kind)
        if result.problems:
            return result
        with input_lock(self.ws.root, name):
            before = read_input(path)
            loaded = load_text(before, name)
            result.before = list_sizes(loaded.data, kind)
            samples = {field_name(loc[:1]) for loc in sample_places(loaded, list(loaded.samples))}
            titles = {s.title: s.field.name for s in _sheets(kind)}
            typed = [t for t, n in result.before.items() if n and not (n == 1 and titles.get(t) in samples)]
            if typed and not confirmed:
                result.notes.append("hỏi trước")  # the page asks before replacing rows someone typed
                return result
            text = replace_lists(roundtrip_text(before, name), before, lists)
            replace(path, text.encode("utf-8"))
            self.store.keep(name, before, user, "bản trước khi nhập Excel")
            self.store.keep(name, text, user, f"nhập danh sách từ {shown}")
        result.check = [*(c := check_text(text.encode("utf-8"), path)).problems, *c.warnings]
        self.store.audit(user, f"nhập danh sách từ {shown}", name, _replaced(result))
        return result

    async def import_xlsx(self, request: Request) -> Response:
        name = request.path_params["name"]
        path = self.input_path(name)
        form = await self.form(request)
        token = str(form.get("giu", ""))
        pending = self.ws.root / UPLOADS
        if token:  # the person confirmed replacing typed rows with the workbook sent a moment ago
            if not (token.isalnum() and (pending / f"{token}.xlsx").is_file()):
                raise Refused(410, "Tệp Excel gửi lúc trước không còn; hãy gửi lại.")
            book, shown = pending / f"{token}.xlsx", str(form.get("ten", "danh_sach.xlsx"))
        else:
            shown, data = await self._upload(form, ".xlsx", "xl/workbook.xml")
            pending.mkdir(exist_ok=True)
            for old in pending.glob("*.xlsx"):  # uploads nobody confirmed within the hour
                with contextlib.suppress(OSError):
                    if time.time() - old.stat().st_mtime > 3600:
                        old.unlink()
            token = secrets.token_hex(16)
            book = pending / f"{token}.xlsx"
            book.write_bytes(data)
        page = {"name": name, "shown": shown, "cells": [], "problems": [], "counts": {}, "before": {}, "token": ""}
        try:
            result = await self.cpu(
                self._import, name, path, book, shown, self.user(request) or "", bool(form.get("giu"))
            )
        except InputError as exc:
            book.unlink(missing_ok=True)
            return self.page(request, "imported.html", 422, **{**page, "problems": exc.problems})
        if "hỏi trước" in result.notes:
            return self.page(
                request,
                "imported.html",
                200,
                **{**page, "counts": result.counts, "before": result.before, "token": token},
            )
        book.unlink(missing_ok=True)
        if result.problems:
            return self.page(request, "imported.html", 422, **{**page, "cells": result.problems})
        return self.page(
            request,
            "imported.html",
            **{**page, "problems": result.check, "counts": result.counts, "before": result.before},
        )

    async def check_docx(self, request: Request) -> Response:
        if request.method == "GET":
            return self.page(request, "checker.html", report=None, shown="")
        form = await self.form(request)
        shown, data = await self._upload(form, ".docx", "word/document.xml")
        with tempfile.TemporaryDirectory(prefix="reportgen-upload-") as work:
            doc = Path(work) / "van_ban.docx"
            doc.write_bytes(data)
            report = await run_in_threadpool(check_file, doc)
        self.store.audit(self.user(request) or "", "kiểm tra thể thức", shown)
        return self.page(request, "checker.html", report=report, shown=shown)

    async def workbook(self, request: Request) -> Response:
        kind = request.path_params["kind"]
        if kind not in kinds.available():
            raise Refused(404, "Không có loại văn bản này.")
        from reportgen.author.xlsx_sheets import workbook_template

        book = workbook_template(kind)
        if book is None:
            raise Refused(404, "Loại văn bản này không có danh sách nhập từ Excel.")
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(book, media_type=media, headers={"Content-Disposition": f'attachment; filename="{kind}.xlsx"'})

    async def audit(self, request: Request) -> Response:
        return self.page(request, "audit.html", rows=self.store.audit_log())

    # ------------------------------------------------------------------------------------ login

    async def login(self, request: Request) -> Response:
        if request.method == "GET":
            return self.page(request, "login.html", error="")
        form = await self.form(request)
        name = str(form.get("ten", "")).strip()
        password = str(form.get("mat_khau", ""))
        address = self.address(request)
        wait = self.limiter.wait(address, name)
        if wait > 0:
            shown = f"{int(wait) + 1} giây" if wait < 120 else f"{int(wait // 60) + 1} phút"
            error = f"Đăng nhập sai quá nhiều lần từ máy này; hãy chờ {shown} rồi thử lại."
            return self.page(request, "login.html", 429, error=error)
        if not self.store.check_password(name, password):
            self.limiter.failed(address, name)
            self.store.audit(name, "đăng nhập sai", address)
            return self.page(request, "login.html", 401, error="Sai tên đăng nhập hoặc mật khẩu.")
        self.limiter.succeeded(address, name)
        old = request.session.get("sid")
        if isinstance(old, str):
            self.store.end_session(old)
        request.session.clear()
        request.session["sid"] = self.store.start_session(name)
        self.store.audit(name, "đăng nhập", address)
        return RedirectResponse("/", 303)

    async def logout(self, request: Request) -> Response:
        await self.form(request)
        session = request.session.get("sid")
        if isinstance(session, str):
            self.store.end_session(session)
        request.session.clear()
        return RedirectResponse("/dang-nhap" if self.settings.require_login else "/", 303)


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


def _sheets(kind: str) -> list[Any]:
    from reportgen.author.xlsx_sheets import sheets

    return list(sheets(kind))


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


Handler = Callable[[Request], Awaitable[Response]]


def create_app(settings: Settings) -> Starlette:
    app = App(settings)

    def guarded(handler: Handler, public: bool = False) -> Handler:
        async def run(request: Request) -> Response:
            if not public and app.user(request) is None:
                if request.method == "GET":
                    return RedirectResponse("/dang-nhap", 303)
                return app.page(request, "error.html", 401, message="Cần đăng nhập.")
            try:
                response = await handler(request)
            except Refused as exc:
                response = app.page(request, "error.html", exc.status, message=exc.message)
            except BodyTooLarge:
                response = app.page(request, "error.html", 413, message="Tệp gửi lên quá lớn; giới hạn là 20 MB.")
                response.headers["connection"] = "close"
            except Exception:
                traceback.print_exc()  # for whoever runs the server; the page says what to do
                response = app.page(request, "error.html", 500, message=UNEXPECTED)
            finally:
                await request.close()  # uploaded files' temporary copies
            return response

        return run

    routes = [
        Route("/", guarded(app.home)),
        Route("/moi", guarded(app.new), methods=["GET", "POST"]),
        Route("/sua/{name}", guarded(app.edit), methods=["GET", "POST"]),
        Route("/yaml/{name}", guarded(app.raw), methods=["GET", "POST"]),
        Route("/lich-su/{name}", guarded(app.history)),
        Route("/lich-su/{name}/{vid:int}", guarded(app.version), methods=["GET", "POST"]),
        Route("/sinh", guarded(app.build), methods=["POST"]),
        Route("/sinh/{name}", guarded(app.build), methods=["POST"]),
        Route("/xem/{name}", guarded(app.look)),
        Route("/trang/{file}", guarded(app.pages)),
        Route("/anh/{key}/{page:int}.png", guarded(app.page_image)),
        Route("/tai/{file}", guarded(app.download)),
        Route("/nhap-excel/{name}", guarded(app.import_xlsx), methods=["POST"]),
        Route("/mau-excel/{kind}", guarded(app.workbook)),
        Route("/kiem-tra", guarded(app.check_docx), methods=["GET", "POST"]),
        Route("/nhat-ky", guarded(app.audit)),
        Route("/dang-nhap", guarded(app.login, public=True), methods=["GET", "POST"]),
        Route("/dang-xuat", guarded(app.logout, public=True), methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    hosts = settings.allowed_hosts or (["*"] if settings.require_login else LOCAL_HOSTS)
    middleware = [
        Middleware(Guard, max_body=MAX_BODY),  # security headers on every answer; bodies capped as they stream
        # a page on the web cannot reach a local server through a rebound DNS name: only these Host headers are answered
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        Middleware(
            SessionMiddleware,
            secret_key=secret_key(app.ws.root),
            session_cookie="reportgen_phien",
            same_site="strict",
            https_only=settings.secure_cookies,
            max_age=12 * 3600,
        ),
    ]

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        message = "Không có trang này." if status == 404 else "Trang này không nhận yêu cầu kiểu này."
        return app.page(request, "error.html", status, message=message)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        """LibreOffice is started with the server and stopped with it, so previews need no start-up each."""
        if settings.background:
            threading.Thread(target=preview.warm_up, daemon=True).start()
        try:
            yield
        finally:
            await run_in_threadpool(preview.close)
            if app._pool is not None:
                app._pool.shutdown(cancel_futures=True)

    web = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={404: not_found, 405: not_found},
        lifespan=lifespan,
    )
    if settings.background:
        threading.Thread(target=app.warm, daemon=True).start()
    web.state.app = app
    return web

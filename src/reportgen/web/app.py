"""The routes of ``reportgen serve``: thin handlers (``web/views/``) over the library the CLI uses.

Every page is HTML rendered on the server (Jinja, autoescaped); htmx only fetches fragments (the preview
pictures, a check without saving). Every POST carries the session's CSRF token. Every write of an input
goes through :meth:`App.save` (``web/core.py``). The outermost layer (``web/guard.py``) adds the security
headers to every answer and caps request bodies while they stream.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from reportgen.web import issuing, preview, signing
from reportgen.web.core import HERE, LOCAL_HOSTS, MAX_BODY, UNEXPECTED, App, Refused, Settings
from reportgen.web.guard import SECURITY_HEADERS, BodyTooLarge, Guard
from reportgen.web.security import secret_key
from reportgen.web.views import accounts, edit, history, imports, outputs
from reportgen.web.workspace import NotInWorkspace

__all__ = ["MAX_BODY", "App", "Settings", "create_app"]

Handler = Callable[[Request], Awaitable[Response]]


def _output_of(app: App) -> Callable[[str], Path]:
    def find(name: str) -> Path:
        try:
            return app.ws.output(name)
        except NotInWorkspace:
            raise LookupError(name) from None

    return find


def create_app(settings: Settings) -> Starlette:
    app = App(settings)

    def guarded(handler: Callable[[Request], Awaitable[Response]], public: bool = False) -> Handler:
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
        Route("/", guarded(functools.partial(accounts.home, app))),
        Route("/moi", guarded(functools.partial(edit.new, app)), methods=["GET", "POST"]),
        Route("/sua/{name}", guarded(functools.partial(edit.edit, app)), methods=["GET", "POST"]),
        Route("/yaml/{name}", guarded(functools.partial(edit.raw, app)), methods=["GET", "POST"]),
        Route("/lich-su/{name}", guarded(functools.partial(history.history, app))),
        Route("/lich-su/{name}/{vid:int}", guarded(functools.partial(history.version, app)), methods=["GET", "POST"]),
        Route("/sinh", guarded(functools.partial(outputs.build, app)), methods=["POST"]),
        Route("/sinh/{name}", guarded(functools.partial(outputs.build, app)), methods=["POST"]),
        Route("/xem/{name}", guarded(functools.partial(outputs.look, app))),
        Route("/trang/{file}", guarded(functools.partial(outputs.pages, app))),
        Route("/anh/{key}/{page:int}.png", guarded(functools.partial(outputs.page_image, app))),
        Route("/tai/{file}", guarded(functools.partial(outputs.download, app))),
        Route("/nhap-excel/{name}", guarded(functools.partial(imports.import_xlsx, app)), methods=["POST"]),
        Route("/mau-excel/{kind}", guarded(functools.partial(imports.workbook, app))),
        Route("/kiem-tra", guarded(functools.partial(imports.check_docx, app)), methods=["GET", "POST"]),
        Route("/nhat-ky", guarded(functools.partial(accounts.audit, app))),
        Route("/dang-nhap", guarded(functools.partial(accounts.login, app), public=True), methods=["GET", "POST"]),
        Route("/dang-xuat", guarded(functools.partial(accounts.logout, app), public=True), methods=["POST"]),
        *issuing.routes(app, guarded),  # trình, duyệt, cấp số; sổ đăng ký văn bản đi
        *signing.routes(app, app.ws.root, _output_of(app), app.store.audit, guarded),
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

    async def server_error(request: Request, exc: Exception) -> Response:
        """What Starlette answers for an exception no page caught (one raised before a page runs, in a
        middleware): the Vietnamese error page with the security headers, never a traceback. This answer is
        sent by Starlette's outermost layer, outside ``Guard``, so it carries the headers itself. The
        traceback goes to the console of whoever runs the server.
        """
        context = {"message": UNEXPECTED, "csrf": "", "user": None, "login": settings.require_login}
        return app.templates.TemplateResponse(
            request, "error.html", {**context, "titles": app.titles}, status_code=500, headers=SECURITY_HEADERS
        )

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        """LibreOffice is started with the server and stopped with it, so previews need no start-up each."""
        if settings.background:
            pool = app.workers()
            if pool is None:
                threading.Thread(target=preview.warm_up, daemon=True).start()
            else:
                app.processes.submit(preview.warm_up)  # previews are made in the worker processes
        try:
            yield
        finally:
            await run_in_threadpool(preview.close)
            app.processes.shutdown()

    web = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={404: not_found, 405: not_found, Exception: server_error},
        lifespan=lifespan,
    )
    if settings.background:
        threading.Thread(target=app.warm, daemon=True).start()
    web.state.app = app
    return web

"""The home page, the audit log, signing in and out."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from reportgen import kinds
from reportgen.web.core import App


async def home(app: App, request: Request) -> Response:
    states = await run_in_threadpool(lambda: [app.ws.state(name, app.titles) for name in app.ws.names()])
    groups: dict[str, list[Any]] = {}
    for state in sorted(states, key=lambda s: (s.kind, s.period, s.name)):
        groups.setdefault(state.kind, []).append(state)
    return app.page(request, "home.html", groups=groups, kinds=kinds.available())


async def audit(app: App, request: Request) -> Response:
    return app.page(request, "audit.html", rows=app.store.audit_log())


async def login(app: App, request: Request) -> Response:
    if request.method == "GET":
        return app.page(request, "login.html", error="")
    form = await app.form(request)
    name = str(form.get("ten", "")).strip()
    password = str(form.get("mat_khau", ""))
    address = app.address(request)
    wait = app.limiter.wait(address, name)
    if wait > 0:
        shown = f"{int(wait) + 1} giây" if wait < 120 else f"{int(wait // 60) + 1} phút"
        error = f"Đăng nhập sai quá nhiều lần từ máy này; hãy chờ {shown} rồi thử lại."
        return app.page(request, "login.html", 429, error=error)
    if not app.store.check_password(name, password):
        app.limiter.failed(address, name)
        app.store.audit(name, "đăng nhập sai", address)
        return app.page(request, "login.html", 401, error="Sai tên đăng nhập hoặc mật khẩu.")
    app.limiter.succeeded(address, name)
    old = request.session.get("sid")
    if isinstance(old, str):
        app.store.end_session(old)
    request.session.clear()
    request.session["sid"] = app.store.start_session(name)
    app.store.audit(name, "đăng nhập", address)
    return RedirectResponse("/", 303)


async def logout(app: App, request: Request) -> Response:
    await app.form(request)
    session = request.session.get("sid")
    if isinstance(session, str):
        app.store.end_session(session)
    request.session.clear()
    return RedirectResponse("/dang-nhap" if app.settings.require_login else "/", 303)

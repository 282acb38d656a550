"""The history of an input: its versions, the difference of one with the current text, restoring it."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from reportgen.web.core import App, Refused, _diff, read_input
from reportgen.web.store import sha
from reportgen.web.views.edit import conflict


async def history(app: App, request: Request) -> Response:
    name = request.path_params["name"]
    app.input_path(name)
    return app.page(request, "history.html", name=name, versions=app.store.versions(name))


async def version(app: App, request: Request) -> Response:
    name = request.path_params["name"]
    form = await app.form(request) if request.method == "POST" else None
    path = app.input_path(name)
    version = app.store.version(name, int(request.path_params["vid"]))
    if version is None:
        raise Refused(404, "Không có phiên bản này trong lịch sử.")
    current = read_input(path)
    if request.method == "GET":
        diff = _diff(version.text, current, f"phiên bản #{version.id}", "bản hiện tại")
        return app.page(request, "version.html", name=name, version=version, diff=diff, base=sha(current))
    assert form is not None
    saved = await run_in_threadpool(
        app.save,
        name,
        version.text,
        str(form.get("base", "")),
        app.user(request) or "",
        f"khôi phục phiên bản #{version.id}",
    )
    if saved.conflict is not None:
        return conflict(app, request, name, saved.conflict, version.text)
    if not saved.ok:
        return app.page(
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

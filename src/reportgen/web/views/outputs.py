"""Building documents (in the bounded pool; in a worker process under ``serve``), downloading them, previewing their
pages.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from reportgen.check.report import check_file
from reportgen.make.pipeline import BuildResult, build_file, pdf_for
from reportgen.problems import OutputError
from reportgen.web import preview
from reportgen.web.core import App, Refused
from reportgen.web.workspace import NotInWorkspace


def build_job(
    path: Path, outputs: Path, force: bool, templates: Path | None, with_pdf: bool, pdf_timeout: float
) -> tuple[BuildResult, list[Path]]:
    """One build and its PDF; in a worker process under ``serve``, so drawing charts never holds the pages."""
    result = build_file(path, outputs, force=force, templates=templates)
    pdfs: list[Path] = []
    if result.ok and with_pdf:
        try:
            pdfs = pdf_for(result.written, timeout=pdf_timeout)
        except OutputError as exc:
            result.output_error = str(exc)
    return result, pdfs


async def _build(app: App, name: str, force: bool, with_pdf: bool, user: str) -> tuple[BuildResult, list[Path]]:
    settings = app.settings
    job = (app.input_path(name), app.ws.outputs, force, settings.templates, with_pdf, settings.pdf_timeout)
    result, pdfs = await app.apart(build_job, *job)
    if result.ok:
        action = "sinh văn bản" + (" (ghi đè bản đã sửa tay)" if force else "")
        await run_in_threadpool(app.store.audit, user, action, name)
        pool = app.workers()
        if pool is not None and settings.background:  # the pages' pictures, drawn before anyone asks
            app.processes.submit(preview.prefetch, app.ws.root, result.written)
        elif settings.background:
            threading.Thread(target=preview.prefetch, args=(app.ws.root, result.written), daemon=True).start()
    return result, pdfs


async def build(app: App, request: Request) -> Response:
    form = await app.form(request)
    names = app.ws.names() if request.path_params.get("name") is None else [request.path_params["name"]]
    for name in names:
        app.input_path(name)
    force = form.get("ghi_de") == "1"
    with_pdf = form.get("pdf") == "1"
    user = app.user(request) or ""
    done: list[tuple[str, BuildResult | None, list[Path], list[Any]]] = []
    for name in names:
        edited = [o for o in await run_in_threadpool(app.ws.outputs_of, name) if o.edited]
        if edited and not force:
            done.append((name, None, [], edited))
            continue
        result, pdfs = await _build(app, name, force, with_pdf, user)
        done.append((name, result, pdfs, []))
    kinds_of = {name: app.ws.kind_of(name) for name, *_ in done}
    return app.page(request, "built.html", done=done, single=len(names) == 1, with_pdf=with_pdf, kinds_of=kinds_of)


async def download(app: App, request: Request) -> Response:
    try:
        path = app.ws.output(request.path_params["file"])
    except NotInWorkspace:
        raise Refused(404, "Không có tệp này trong thư mục kết quả.") from None
    media = {
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf": "application/pdf",
    }.get(path.suffix.lower())
    if media is None:
        raise Refused(404, "Chỉ tải được tệp .docx và .pdf.")
    return FileResponse(path, media_type=media, filename=path.name)


async def look(app: App, request: Request) -> Response:
    name = request.path_params["name"]
    app.input_path(name)
    outputs = app.ws.outputs_of(name)
    reports = await run_in_threadpool(lambda: [(o, check_file(o.path)) for o in outputs])
    return app.page(request, "look.html", name=name, reports=reports)


async def pages(app: App, request: Request) -> Response:
    try:
        docx = app.ws.output(request.path_params["file"])
    except NotInWorkspace:
        raise Refused(404, "Không có tệp này trong thư mục kết quả.") from None
    try:
        known = preview.shown(app.ws.root, docx)
        key, count = known if known is not None else await app.apart(preview.pages, app.ws.root, docx)
    except OutputError as exc:
        return app.page(request, "_pages.html", key="", count=0, error=str(exc))
    return app.page(request, "_pages.html", key=key, count=count, error="")


async def page_image(app: App, request: Request) -> Response:
    key, page = request.path_params["key"], int(request.path_params["page"])
    try:
        path = preview.drawn(app.ws.root, key, page) or await app.apart(preview.page_file, app.ws.root, key, page)
    except OutputError as exc:
        raise Refused(500, str(exc)) from None
    if path is None:
        raise Refused(404, "Không có ảnh trang này.")
    return FileResponse(path, media_type="image/png")

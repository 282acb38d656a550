"""Building documents (in the bounded pool; in a worker process under ``serve``), downloading them, previewing their
pages.
"""

from __future__ import annotations

import functools
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
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


def _build(app: App, name: str, force: bool, with_pdf: bool, user: str) -> tuple[BuildResult, list[Path]]:
    """One build; in a worker process when configured, so drawing charts never holds the pages' interpreter."""
    job = functools.partial(
        build_file, app.input_path(name), app.ws.outputs, force=force, templates=app.settings.templates
    )
    if app.settings.build_processes:
        with app._pool_lock:
            if app._pool is None:
                context = multiprocessing.get_context("spawn")
                app._pool = ProcessPoolExecutor(app.settings.build_processes, mp_context=context)
        result = app._pool.submit(job).result()
    else:
        result = job()
    pdfs: list[Path] = []
    if result.ok and with_pdf:
        try:
            pdfs = pdf_for(result.written, timeout=app.settings.pdf_timeout)
        except OutputError as exc:
            result.output_error = str(exc)
    if result.ok:
        app.store.audit(user, "sinh văn bản" + (" (ghi đè bản đã sửa tay)" if force else ""), name)
        if app.settings.background:
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
        edited = [o for o in app.ws.outputs_of(name) if o.edited]
        if edited and not force:
            done.append((name, None, [], edited))
            continue
        result, pdfs = await app.cpu(functools.partial(_build, app), name, force, with_pdf, user)
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
        key, count = await app.cpu(preview.pages, app.ws.root, docx)
    except OutputError as exc:
        return app.page(request, "_pages.html", key="", count=0, error=str(exc))
    return app.page(request, "_pages.html", key=key, count=count, error="")


async def page_image(app: App, request: Request) -> Response:
    try:
        path = await app.cpu(
            preview.page_file, app.ws.root, request.path_params["key"], int(request.path_params["page"])
        )
    except OutputError as exc:
        raise Refused(500, str(exc)) from None
    if path is None:
        raise Refused(404, "Không có ảnh trang này.")
    return FileResponse(path, media_type="image/png")

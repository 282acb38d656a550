"""Files sent from the browser: an Excel list into an input (asked first when it replaces typed rows), a .docx to
check, the Excel template of a kind.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from reportgen import kinds
from reportgen.check.report import check_file
from reportgen.files.lock import input_lock
from reportgen.files.userfiles import replace
from reportgen.problems import InputError
from reportgen.web import import_job
from reportgen.web.core import App, Refused, _replaced, read_input
from reportgen.web.pending import NotWaiting

DIED = (
    "Việc đọc tệp Excel bị dừng giữa chừng (máy có thể đã hết bộ nhớ); tệp đầu vào chưa bị thay đổi. "
    "Hãy gửi lại tệp Excel, hoặc chia danh sách thành nhiều tệp nhỏ hơn."
)
MERGE_TRIES = 5  # writes tried while others keep saving the input during an import, before asking to send again
Sent = bytes | import_job.Prepared  # a workbook just uploaded, or one read for a question and kept (``Pending``)


async def _import(
    app: App, name: str, path: Path, sent: Sent, shown: str, user: str, agreed: str
) -> import_job.Prepared:
    """The Excel import of the CLI, with the previous version kept in the history instead of a .bak file.

    The workbook is read, merged into the input and the result checked in a worker process under ``serve``
    (``import_job``), with no lock held: pages and saves of others go on meanwhile. Only the short rewrite of
    the input holds its lock; if someone saved the input in between, the merge is done again on their text. A
    list that has rows is replaced only if the person ``agreed`` to replace these very rows (the ``seen`` of
    the question they answered); otherwise the result asks (again).
    """
    before = await run_in_threadpool(read_input, path)
    if isinstance(sent, bytes):
        prepared = await _apart(app, import_job.prepare, sent, shown, before, name, path, agreed)
        if not prepared.kind:
            raise Refused(422, f"Tệp {name} chưa ghi loại văn bản hợp lệ ở trường “loai”; sửa ở chế độ YAML trước.")
    else:  # the question's workbook, kept: not read twice
        prepared = await _apart(app, import_job.merge, sent, before, name, path, agreed)
        if not prepared.kind:
            raise Refused(409, f"Loại văn bản của tệp {name} vừa được đổi; hãy gửi lại tệp Excel.")
    for attempt in range(1, MERGE_TRIES + 1):
        if prepared.refused:
            raise InputError(prepared.refused)
        if not prepared.text:  # cells refused, or the page asks first
            return prepared
        if await run_in_threadpool(_write, app, name, path, before, prepared.text, user, shown):
            if prepared.checked is not None:  # a list of 10,000 rows is not checked again by the next home page
                app.ws.remember(name, prepared.text.encode("utf-8"), prepared.checked)
            break
        if attempt == MERGE_TRIES:
            raise Refused(409, f"Tệp {name} vừa được người khác lưu nhiều lần liền; hãy gửi lại tệp Excel.")
        before = await run_in_threadpool(read_input, path)  # saved meanwhile by someone: merge into their text
        prepared = await _apart(app, import_job.merge, prepared, before, name, path, agreed)
        if not prepared.kind:
            raise Refused(409, f"Loại văn bản của tệp {name} vừa được đổi; hãy gửi lại tệp Excel.")
    await run_in_threadpool(app.store.audit, user, f"nhập danh sách từ {shown}", name, _replaced(prepared.result))
    return prepared


async def _apart(app: App, func: Callable[..., import_job.Prepared], *args: Any) -> import_job.Prepared:
    """``func`` in a worker process; a worker that died meanwhile (out of memory) is said so, nothing written."""
    try:
        return await app.apart(func, *args)
    except BrokenProcessPool:  # the next job gets a new worker (``Workers.submit``)
        raise Refused(503, DIED) from None


def _write(app: App, name: str, path: Path, before: str, text: str, user: str, shown: str) -> bool:
    """Under the input's lock: ``text`` replaces the input if it still reads ``before`` (else False)."""
    with input_lock(app.ws.root, name):
        if read_input(path) != before:
            return False
        replace(path, text.encode("utf-8"))
        app.store.keep(name, before, user, "bản trước khi nhập Excel")
        app.store.keep(name, text, user, f"nhập danh sách từ {shown}")
    return True


async def import_xlsx(app: App, request: Request) -> Response:
    """An Excel upload; or the answer to “replace typed rows?”: yes (``giu``, the token of the workbook kept
    in memory, and ``dua_tren``, the lists the question showed) or no (``bo``).

    The workbook is never written to disk: it travels in memory to the worker that reads it.
    """
    name = request.path_params["name"]
    path = app.input_path(name)
    form = await app.form(request)
    user = app.user(request) or ""
    token, agreed = str(form.get("giu", "")), ""
    sent: Sent
    if token:  # the person answered the question about the workbook sent a moment ago
        try:
            waiting = app.pending.take(token, user, name)
        except NotWaiting as exc:
            raise Refused(exc.status, exc.message) from None
        if form.get("bo"):  # “Không, giữ nguyên”: the workbook is forgotten at once
            return RedirectResponse(f"/sua/{name}", 303)
        sent, shown, agreed = waiting.prepared, waiting.shown, str(form.get("dua_tren", ""))
    else:
        shown, sent = await app.upload(form, ".xlsx", "xl/workbook.xml")
    page = {"name": name, "shown": shown, "cells": [], "problems": [], "counts": {}, "before": {}, "token": ""}
    try:
        prepared = await _import(app, name, path, sent, shown, user, agreed)
    except InputError as exc:
        return app.page(request, "imported.html", 422, **{**page, "problems": exc.problems})
    result = prepared.result
    if import_job.ASK in result.notes:  # asked (again, when the lists changed since the question answered)
        token = app.pending.put(user, name, shown, prepared)
        minutes = round(app.pending.max_age / 60)
        asked: dict[str, Any] = {"counts": result.counts, "before": result.before, "token": token}
        asked |= {"seen": prepared.seen, "minutes": minutes, "again": bool(agreed)}
        return app.page(request, "imported.html", 200, **{**page, **asked})
    if result.problems:
        return app.page(request, "imported.html", 422, **{**page, "cells": result.problems})
    return app.page(
        request,
        "imported.html",
        **{**page, "problems": result.check, "counts": result.counts, "before": result.before},
    )


async def check_docx(app: App, request: Request) -> Response:
    if request.method == "GET":
        return app.page(request, "checker.html", report=None, shown="")
    form = await app.form(request)
    shown, data = await app.upload(form, ".docx", "word/document.xml")
    with tempfile.TemporaryDirectory(prefix="reportgen-upload-") as work:
        doc = Path(work) / "van_ban.docx"
        doc.write_bytes(data)
        report = await run_in_threadpool(check_file, doc)
    app.store.audit(app.user(request) or "", "kiểm tra thể thức", shown)
    return app.page(request, "checker.html", report=report, shown=shown)


async def workbook(app: App, request: Request) -> Response:
    kind = request.path_params["kind"]
    if kind not in kinds.available():
        raise Refused(404, "Không có loại văn bản này.")
    from reportgen.author.xlsx_sheets import workbook_template

    book = workbook_template(kind)
    if book is None:
        raise Refused(404, "Loại văn bản này không có danh sách nhập từ Excel.")
    media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(book, media_type=media, headers={"Content-Disposition": f'attachment; filename="{kind}.xlsx"'})

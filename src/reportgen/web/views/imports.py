"""Files sent from the browser: an Excel list into an input (asked first when it replaces typed rows), a .docx to
check, the Excel template of a kind.
"""

from __future__ import annotations

import contextlib
import secrets
import tempfile
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from reportgen import kinds
from reportgen.author.xlsx_import import ImportResult
from reportgen.check.report import check_file
from reportgen.files.lock import input_lock
from reportgen.files.userfiles import replace
from reportgen.problems import InputError
from reportgen.web import import_job
from reportgen.web.core import UPLOADS, App, Refused, _replaced, read_input
from reportgen.web.workers import Kept

DIED = (
    "Việc đọc tệp Excel bị dừng giữa chừng (máy có thể đã hết bộ nhớ); tệp đầu vào chưa bị thay đổi. "
    "Hãy gửi lại tệp Excel, hoặc chia danh sách thành nhiều tệp nhỏ hơn."
)
MERGE_TRIES = 5  # writes tried while others keep saving the input during an import, before asking to send again
_READ = Kept(4)  # workbooks read for a page that asks first, by ``_book_key``: the confirmation merges them again


async def _import(app: App, name: str, path: Path, book: Path, shown: str, user: str, confirmed: bool) -> ImportResult:
    """The Excel import of the CLI, with the previous version kept in the history instead of a .bak file.

    The workbook is read, merged into the input and the result checked in a worker process under ``serve``
    (``import_job``), with no lock held: pages and saves of others go on meanwhile. Only the short rewrite of
    the input holds its lock; if someone saved the input in between, the merge is done again on their text. A
    list that has rows is replaced only once the person ``confirmed`` it.
    """
    before = await run_in_threadpool(read_input, path)
    key = _book_key(book)
    read = _READ.get(key) if confirmed else None
    prepared = await _apart(app, import_job.merge, read, before, name, path, confirmed) if read else None
    if prepared is None or not prepared.kind:
        prepared = await _apart(app, import_job.prepare, book, before, name, path, confirmed)
    if import_job.ASK in prepared.result.notes:  # the same workbook comes back confirmed: not read twice
        _READ.put(key, prepared)
    if not prepared.kind:
        raise Refused(422, f"Tệp {name} chưa ghi loại văn bản hợp lệ ở trường “loai”; sửa ở chế độ YAML trước.")
    for attempt in range(1, MERGE_TRIES + 1):
        if prepared.refused:
            raise InputError(prepared.refused)
        if not prepared.text:  # cells refused, or the page asks first
            return prepared.result
        if await run_in_threadpool(_write, app, name, path, before, prepared.text, user, shown):
            if prepared.checked is not None:  # a list of 10,000 rows is not checked again by the next home page
                app.ws.remember(name, prepared.text.encode("utf-8"), prepared.checked)
            break
        if attempt == MERGE_TRIES:
            raise Refused(409, f"Tệp {name} vừa được người khác lưu nhiều lần liền; hãy gửi lại tệp Excel.")
        before = await run_in_threadpool(read_input, path)  # saved meanwhile by someone: merge into their text
        prepared = await _apart(app, import_job.merge, prepared, before, name, path, confirmed)
        if not prepared.kind:
            raise Refused(409, f"Loại văn bản của tệp {name} vừa được đổi; hãy gửi lại tệp Excel.")
    result = prepared.result
    await run_in_threadpool(app.store.audit, user, f"nhập danh sách từ {shown}", name, _replaced(result))
    return result


def _book_key(book: Path) -> tuple[str, int, int]:
    """The workbook sent, as it is on disk now (a token's file is written once)."""
    stat = book.stat()
    return str(book), stat.st_size, stat.st_mtime_ns


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
    name = request.path_params["name"]
    path = app.input_path(name)
    form = await app.form(request)
    token = str(form.get("giu", ""))
    pending = app.ws.root / UPLOADS
    if token:  # the person confirmed replacing typed rows with the workbook sent a moment ago
        if not (token.isalnum() and (pending / f"{token}.xlsx").is_file()):
            raise Refused(410, "Tệp Excel gửi lúc trước không còn; hãy gửi lại.")
        book, shown = pending / f"{token}.xlsx", str(form.get("ten", "danh_sach.xlsx"))
    else:
        shown, data = await app.upload(form, ".xlsx", "xl/workbook.xml")
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
        result = await _import(app, name, path, book, shown, app.user(request) or "", bool(form.get("giu")))
    except InputError as exc:
        book.unlink(missing_ok=True)
        return app.page(request, "imported.html", 422, **{**page, "problems": exc.problems})
    if import_job.ASK in result.notes:
        return app.page(
            request,
            "imported.html",
            200,
            **{**page, "counts": result.counts, "before": result.before, "token": token},
        )
    book.unlink(missing_ok=True)
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

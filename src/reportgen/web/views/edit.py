"""Creating an input and editing it: the generated form (merged three ways on save, drafts, samples as hints), the raw
YAML mode, and the one helper that shows a form again (refused, checked or in conflict).
"""

from __future__ import annotations

import functools
from typing import Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from reportgen import kinds
from reportgen.author.yaml_blocks import edit_text, merge_texts
from reportgen.files.names import safe_filename
from reportgen.files.userfiles import write_new
from reportgen.load import field_name, load_text
from reportgen.load.samples import sample_places, unmark
from reportgen.make.pipeline import check_text
from reportgen.problems import InputError, OutputError, Problem, display_path
from reportgen.web import form_read, forms
from reportgen.web.core import App, _diff, _with_mine, read_input
from reportgen.web.merge import Conflict, three_way
from reportgen.web.store import sha
from reportgen.web.workspace import NotInWorkspace


async def new(app: App, request: Request) -> Response:
    if request.method == "GET":
        return app.page(request, "new.html", kinds=kinds.available(), error="")
    form = await app.form(request)
    kind = str(form.get("loai", ""))
    name = str(form.get("ten_tep", "")).strip()
    year = str(form.get("nam_van_ban", "")).strip()
    if kind not in kinds.available():
        return app.page(request, "new.html", 400, kinds=kinds.available(), error="Hãy chọn một loại văn bản.")
    from reportgen.author.fielddoc import year_field as year_field_of  # which field holds the year, if any

    year_field = year_field_of(kind)
    has_year = year_field is not None
    if year and not (year.isdigit() and len(year) == 4):
        error = f"Năm “{year}” không hợp lệ: viết bốn chữ số, ví dụ 2025."
        return app.page(request, "new.html", 400, kinds=kinds.available(), error=error)
    if name and not name.endswith((".yaml", ".yml")):
        name += ".yaml"
    name = name or f"{kind}-{year if year and has_year else 'moi'}.yaml"
    try:
        app.ws.new_path(name)  # refuses folders and "..": never turned into something else
        stem, _, suffix = name.rpartition(".")
        target = app.ws.new_path(safe_filename(stem, "." + suffix))  # spaces, Windows-forbidden names
    except NotInWorkspace:
        error = f"Tên tệp “{name}” không hợp lệ: chỉ dùng chữ, số, dấu gạch; không có thư mục hay “..”."
        return app.page(request, "new.html", 400, kinds=kinds.available(), error=error)
    from reportgen.author.scaffold import scaffold

    text = scaffold(kind, target).yaml_text
    if year and has_year:
        from reportgen.author.yaml_lists import apply_edits, roundtrip_text

        text = apply_edits(roundtrip_text(text, target.name), text, {str(year_field): int(year)})
    try:
        write_new(target, text.encode("utf-8"))
    except OutputError as exc:
        return app.page(request, "new.html", 409, kinds=kinds.available(), error=str(exc))
    user = app.user(request) or ""
    app.store.keep(target.name, text, user, "tạo mới từ mẫu")
    app.store.audit(user, "tạo mới từ mẫu", target.name, kind)
    return RedirectResponse(f"/sua/{target.name}", 303)


async def edit(app: App, request: Request) -> Response:
    name = request.path_params["name"]
    path = app.input_path(name)
    text = read_input(path)
    data = await run_in_threadpool(app.loaded, path, text)  # CPU work off the event loop: others' answers go on
    kind = data.get("loai") if data else None
    if data is None or kind not in kinds.available():
        return RedirectResponse(f"/yaml/{name}", 303)
    assert isinstance(kind, str)
    if request.method == "GET":
        result = await run_in_threadpool(app.ws.check, name)
        base = await run_in_threadpool(app.store.remember, text)
        return await run_in_threadpool(
            functools.partial(form_page, saved=request.query_params.get("da_luu"), shown_as_saved=base),
            app,
            request,
            name,
            kind,
            data,
            base,
            result.problems,
            result.warnings,
            200,
        )
    form = await app.form(request)
    base = str(form.get("base", ""))
    base_text = text if sha(text) == base else await run_in_threadpool(app.store.base_text, base)
    base_data = app.loaded(path, base_text) if base_text is not None else None
    if base_text is None or base_data is None:
        base_text, base_data = text, data  # an unknown start: edits count against the file as it is now
    kept: list[str] = []
    edits = form_read.read_form(kind, form, base_data, kept)
    action = form.get("hanh_dong")
    if action == "kiem_tra":
        new_text = await run_in_threadpool(functools.partial(edited, app), base_text, display_path(path), edits, kept)
        result = await run_in_threadpool(check_text, new_text.encode("utf-8"), path)
        if request.headers.get("HX-Request") == "true":
            return app.page(request, "_problems.html", problems=result.problems, warnings=result.warnings, checked=True)
        shown = form_read.merged(base_data, edits)
        return form_page(app, request, name, kind, shown, base, result.problems, result.warnings, 200, checked=True)

    def make(current: str) -> str | list[Conflict]:
        if sha(current) == sha(base_text):
            return edited(app, current, display_path(path), edits, kept)
        theirs = app.loaded(path, current) or {}
        merged_edits, conflicts = three_way(base_data, theirs, edits)
        if conflicts:
            return conflicts
        return edited(app, current, display_path(path), merged_edits, kept)

    changed = ", ".join(form_read.changed_fields(edits))
    draft = action == "nhap"
    saved = await run_in_threadpool(
        app.save, name, make, base, app.user(request) or "", "sửa bằng biểu mẫu", changed, draft
    )
    if saved.conflicts:
        theirs = app.loaded(path, saved.current) or {}
        shown = form_read.merged(theirs, three_way(base_data, theirs, edits)[0])
        shown = _with_mine(shown, saved.conflicts)
        result = await run_in_threadpool(check_text, saved.current.encode("utf-8"), path)
        return form_page(
            app,
            request,
            name,
            kind,
            shown,
            await run_in_threadpool(app.store.remember, saved.current),
            result.problems,
            result.warnings,
            409,
            conflicts=saved.conflicts,
        )
    if saved.ok:
        return RedirectResponse(f"/sua/{name}?da_luu={'nhap' if saved.draft else '1'}", 303)
    shown = form_read.merged(base_data, edits)
    return form_page(app, request, name, kind, shown, base, saved.problems, saved.warnings, 422, refused=True)


def edited(app: App, text: str, display: str, edits: dict[str, Any], kept: list[str]) -> str:
    """``text`` with the edits applied; sample records the person typed into lose their marker."""
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


def form_page(
    app: App,
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
    """The edit form of ``name`` showing ``data``: first shown, refused, checked or in conflict (the one helper
    every way of showing the form again goes through)."""
    conflicts: list[Conflict] = extra.pop("conflicts", [])
    shown_as_saved: str | None = extra.pop("shown_as_saved", None)
    fields_html = None
    if shown_as_saved is not None:  # the input as saved: its fields look the same until its content changes
        key = (name, kind, shown_as_saved, tuple((p.field, p.message, p.severity, p.code) for p in problems))
        fields_html = app.rendered.get(key)
        if fields_html is None:
            fields_html = Markup(
                app.templates.get_template("_form_fields.html").render(
                    name=name, fields=forms.build_form(kind, data, problems)
                )
            )
            app.rendered.put(key, fields_html)
        fields: list[forms.Field] = []
    else:
        fields = forms.build_form(kind, data, problems)
    if conflicts:
        forms.attach_conflicts(fields, conflicts)
    context = {"saved": None, "fields_html": fields_html, **extra}
    return app.page(
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


def conflict(app: App, request: Request, name: str, theirs: str, mine: str) -> Response:
    diff = _diff(theirs, mine, "bản đã lưu (người khác)", "bản của bạn")
    return app.page(request, "conflict.html", 409, name=name, theirs=theirs, mine=mine, diff=diff, base=sha(theirs))


async def raw(app: App, request: Request) -> Response:
    name = request.path_params["name"]
    path = app.input_path(name)
    text = read_input(path)
    if request.method == "GET":
        result = await run_in_threadpool(app.ws.check, name)
        return app.page(
            request,
            "raw.html",
            name=name,
            text=text,
            base=await run_in_threadpool(app.store.remember, text),
            problems=result.problems,
            warnings=result.warnings,
            saved=request.query_params.get("da_luu"),
        )
    form = await app.form(request)
    new_text = form_read.normalize_text(str(form.get("noi_dung", "")))
    base = str(form.get("base", ""))
    base_text = await run_in_threadpool(app.store.base_text, base)

    def make(current: str) -> str | None:
        """The person's text, or merged field by field with what someone saved since (None: both changed one)."""
        if sha(current) == base:
            return new_text
        return merge_texts(base_text, current, new_text) if base_text is not None else None

    saved = await run_in_threadpool(app.save, name, make, base, app.user(request) or "", "sửa YAML")
    if saved.conflict is not None:
        return conflict(app, request, name, saved.conflict, new_text)
    if saved.ok:
        return RedirectResponse(f"/yaml/{name}?da_luu=1", 303)
    return app.page(
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

"""Render a docxtpl template into .docx bytes: sandboxed, strict, autoescaped, and compiled once per template.

docxtpl's own ``render`` re-parses and re-serialises the whole document through python-docx for every
document, repairs broken XML silently (dropping text) and runs with autoescape off. Here we reuse only
docxtpl's tag patching (so templates keep docxtpl's ``{%p``/``{%tr`` syntax), compile each template
part once with a sandboxed Jinja environment, render the XML text directly, check that it parses
strictly, and write the zip ourselves.

A 20,000-row report is ~30 MB of XML, so the per-document work is kept to what is needed: one string
join, plain ``str.replace`` for docxtpl's clean-up, one encode, a strict well-formedness scan with expat
that builds no tree, and fast deflate (level 1: the file is ~30 % larger than at level 6 but written
several times faster).
"""

from __future__ import annotations

import io
import re
import sys
import threading
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from reportgen.files.outputs import CheckedDocx, check_valid_docx
from reportgen.files.stamp import stamped
from reportgen.images import Picture, collecting, drawing, picture_parts
from reportgen.make import properties, template_source
from reportgen.make.moment import document_time, zip_date
from reportgen.make.page_breaks import PAGE_BREAK, fit_page_breaks
from reportgen.make.template_errors import issue_problems, jinja_message, template_problem
from reportgen.problems import InputError, OutputError, Problem, display_path

_RENDERED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_LINE_BREAK = '</w:t><w:br/><w:t xml:space="preserve">'


def _finalize(value: Any) -> Any:
    """``None`` prints as nothing, never as "None"; characters XML cannot hold never reach the file.

    A line break kept in a value (a title written on two lines) is printed as one: a raw newline inside
    ``w:t`` is shown by Word as a space. Fields where a break makes no sense refuse it when loaded.
    """
    if value is None:
        return ""
    if isinstance(value, Picture):
        return drawing(value)
    if isinstance(value, str):
        if "\f" in value and not isinstance(value, Markup):  # a page break typed in the value (page_breaks)
            return Markup(PAGE_BREAK).join(_finalize(piece) for piece in value.split("\f"))
        value = _XML_ILLEGAL.sub("", value)
        if "\n" in value and not isinstance(value, Markup):
            return Markup(_LINE_BREAK).join(escape(line) for line in value.split("\n"))
        return value
    return value


def make_environment() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        autoescape=True, undefined=StrictUndefined, finalize=_finalize, keep_trailing_newline=True
    )


ENV = make_environment()


@dataclass(frozen=True)
class CompiledTemplate:
    path: Path
    entries: list[tuple[zipfile.ZipInfo, bytes]]
    parts: dict[str, Template]
    sources: dict[str, str]
    title: Template | None = None  # the template's Title property when it is a tag (see ``properties``)

    def entries_by_name(self) -> dict[str, bytes]:
        return {info.filename: data for info, data in self.entries}


def _patch(xml: str) -> str:
    """docxtpl's tag clean-up (merges runs split inside tags, handles ``{%p``, ``{%tr``), one tag per line.

    Before it, what Word and LibreOffice do to a saved template is undone (see ``template_source``).
    """
    xml = template_source.keep_section_breaks(template_source.normalise_tags(template_source.join_tag_runs(xml)))
    patched: str = DocxTemplate.patch_xml(_PATCHER, xml)
    return template_source.protect_escapes(re.sub(r"<w:p([ >])", r"\n<w:p\1", patched))


_PATCHER = DocxTemplate.__new__(DocxTemplate)


_CACHE: dict[tuple[str, int, int], CompiledTemplate] = {}
_CACHE_LOCK = threading.Lock()


def load_template(path: Path) -> CompiledTemplate:
    """Compiled once per file version: a template edited in Word is picked up at the next build."""
    try:
        stat = path.stat()
    except OSError:
        raise InputError([Problem(display_path(path), message="không tìm thấy tệp mẫu", code="template")]) from None
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _CACHE_LOCK:
        if key in _CACHE:
            return _CACHE[key]
    compiled = _compile(path)
    with _CACHE_LOCK:
        _CACHE[key] = compiled
    return compiled


def _compile(path: Path) -> CompiledTemplate:
    try:
        raw = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = [(info, archive.read(info)) for info in archive.infolist()]
    except (zipfile.BadZipFile, OSError):
        raise InputError(
            [Problem(display_path(path), message="tệp mẫu không phải là tệp Word (.docx) hợp lệ", code="template")]
        ) from None
    try:
        check_valid_docx(raw)  # the parts copied unchanged are checked here, once, not in every document
    except OutputError as exc:
        raise InputError([Problem(display_path(path), message=f"tệp mẫu bị hỏng: {exc}", code="template")]) from None
    parts: dict[str, Template] = {}
    sources: dict[str, str] = {}
    problems: list[Problem] = []
    for info, data in entries:
        if not _RENDERED_PART.match(info.filename):
            continue
        xml = data.decode("utf-8")
        found = issue_problems(path, info.filename, xml)
        if found:
            problems += found
            continue
        source = _patch(xml)
        try:
            parts[info.filename] = ENV.from_string(source)
        except TemplateSyntaxError as exc:
            problems += template_problem(
                path, info.filename, exc.lineno, source, f"thẻ mẫu viết sai cú pháp: {jinja_message(exc.message)}"
            ).problems
        sources[info.filename] = source
    title = properties.title_source({info.filename: data for info, data in entries}.get(properties.CORE))
    compiled_title = None
    if "{" in title:  # File → Properties → Title holds a tag: each document gets its own title
        sources[properties.CORE] = title
        try:
            compiled_title = ENV.from_string(title)
        except TemplateSyntaxError as exc:
            problems += template_problem(path, properties.CORE, None, title, jinja_message(exc.message)).problems
    if problems:
        raise InputError(problems)
    return CompiledTemplate(path, entries, parts, sources, compiled_title)


def _error_line() -> int | None:
    tb = sys.exc_info()[2]
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def check_well_formed(data: bytes) -> None:
    """Strict XML 1.0 well-formedness with namespaces (expat, as ElementTree uses); raises ``expat.ExpatError``.

    No tree is built: the document is scanned once, so the check costs little time and no memory.
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.Parse(data, True)


def _generate(compiled: Template, context: dict[str, Any]) -> bytes:
    """UTF-8 of the rendered part, encoded a few thousand pieces at a time.

    Vietnamese text makes a Python string two bytes a letter, so one joined string of a 20,000-row table
    (plus its copies) would cost several times the file's size; encoded batches cost about its size.  The
    line break ``_patch`` put before ``<w:p`` is always inside one piece of template text, so undoing it
    batch by batch gives exactly what undoing it on the whole string gives.
    """
    encoded: list[bytes] = []
    batch: list[str] = []
    for piece in compiled.generate(context):
        batch.append(piece)
        if len(batch) >= 4096:
            encoded.append("".join(batch).replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>").encode("utf-8"))
            batch.clear()
    encoded.append("".join(batch).replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>").encode("utf-8"))
    return b"".join(encoded)  # docxtpl's escaped braces were made template literals (protect_escapes)


def _render_part_bytes(template: CompiledTemplate, part: str, context: dict[str, Any]) -> bytes:
    source = template.sources[part]
    try:
        data = _generate(template.parts[part], context)
    except UndefinedError as exc:
        raise template_problem(
            template.path, part, _error_line(), source, f"thẻ mẫu dùng dữ liệu không có: {exc.message}"
        ) from None
    except SecurityError as exc:
        raise template_problem(
            template.path, part, _error_line(), source, f"thẻ mẫu truy cập thành phần không được phép: {exc}"
        ) from None
    except TemplateError as exc:
        raise template_problem(template.path, part, _error_line(), source, f"lỗi trong thẻ mẫu: {exc}") from None
    try:
        check_well_formed(data)
    except expat.ExpatError as exc:
        raise template_problem(
            template.path,
            part,
            None,
            source,
            f"văn bản sinh ra không hợp lệ (XML hỏng: {exc}); kiểm tra các thẻ "
            "{%p …%}/{%tr …%} trong mẫu có đóng mở khớp nhau không",
        ) from None
    return data


def _title(template: CompiledTemplate, context: dict[str, Any]) -> str | None:
    if template.title is None:
        return None
    try:
        return properties.plain_title("".join(template.title.generate(context)))
    except TemplateError as exc:
        source = template.sources[properties.CORE]
        raise template_problem(template.path, properties.CORE, None, source, f"lỗi trong thẻ mẫu: {exc}") from None


def render(template: CompiledTemplate, context: dict[str, Any], moment: datetime | None = None) -> bytes:
    """The finished .docx; every part of it has been checked (see ``CheckedDocx``).

    The same template, context and ``moment`` (see ``moment.document_time``; now when None) give the same bytes:
    every zip entry and the created/modified properties are ``moment``, and the document carries the hash of its
    content (``files.stamp``).
    """
    when = moment if moment is not None else document_time(None)
    with collecting() as pictures:
        rendered = {part: fit_page_breaks(part, _render_part_bytes(template, part, context)) for part in template.parts}
    rendered.update(properties.document_properties(template.entries_by_name(), _title(template, context), when))
    if pictures:
        rendered.update(picture_parts(dict(template.entries_by_name()), pictures))
    parts = {info.filename: rendered.pop(info.filename, data) for info, data in template.entries}
    parts.update(rendered)  # parts the template did not have: the pictures
    final = stamped(parts)
    original = template.entries_by_name()  # checked with the template
    for name, data in final.items():  # CheckedDocx promises every part was checked
        if name.endswith((".xml", ".rels")) and name not in template.parts and data is not original.get(name):
            check_well_formed(data)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in final.items():
            entry = zipfile.ZipInfo(name, date_time=zip_date(when))
            if name.endswith(".png"):
                out.writestr(entry, data, compress_type=zipfile.ZIP_STORED)
            else:
                out.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    return CheckedDocx(buffer.getvalue())


def render_file(template_path: Path, context: dict[str, Any], moment: datetime | None = None) -> bytes:
    return render(load_template(template_path), context, moment)

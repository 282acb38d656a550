"""The template contract: every tag a template reads exists in the data its document kind provides.

Staff edit templates in Word; a misspelt tag would otherwise surface only when a document that needs that
tag is built, perhaps months later and only in a branch the usual inputs never take. Here the shape of
what a kind provides is taken from its example inputs (``inputs/<slug>-*.yaml``, plus the ``reportgen
init`` scaffold), and every tag of every template is resolved against it statically, branch by branch.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportgen import kinds
from reportgen.check.nd30 import ERROR, WARNING, Finding
from reportgen.check.report import FileReport
from reportgen.check.templates.shapes import Shape, context_shape
from reportgen.check.templates.walk import UnknownRead, Walker
from reportgen.files.shipped import shipped_dir
from reportgen.make.pipeline import collect_inputs, default_templates_dir, prepare
from reportgen.make.render import ENV, load_template
from reportgen.make.template_files import template_file, usable_template
from reportgen.problems import InputError, display_path

RULES: dict[str, str] = {
    "TEMPLATE-UNKNOWN-TAG": "Mọi thẻ trong mẫu đọc một trường có trong dữ liệu của loại văn bản (không viết sai tên).",
    "TEMPLATE-SYNTAX": "Thẻ mẫu viết đúng cú pháp ({{ … }}, {%p … %}, {%tr … %} đóng mở khớp nhau).",
    "TEMPLATE-UNUSED": "Mỗi dữ liệu mà mẫu gốc của reportgen dùng đến vẫn được mẫu đã sửa dùng đến (cảnh báo).",
    "TEMPLATE-UNCHECKED": "Các ví dụ có dữ liệu cho mọi mục mẫu đọc, để kiểm tra được cả thẻ bên trong (cảnh báo).",
    "TEMPLATE-NO-EXAMPLE": "Mỗi mẫu có ít nhất một tệp ví dụ inputs/<loại>-*.yaml để đối chiếu (cảnh báo).",
    "TEMPLATE-EXAMPLE-INVALID": "Các tệp ví dụ dùng để đối chiếu phải hợp lệ.",
    "TEMPLATE-MISSING": "Mỗi văn bản mà một loại văn bản sinh ra có tệp mẫu <tên>.docx trong thư mục mẫu.",
    "TEMPLATE-FORMAT": "Mỗi mẫu một tệp: <tên>.docx, hoặc .odt/.doc/.dotx… thay cho nó (được tự chuyển sang .docx).",
}
_TAGS = re.compile(r"<[^>]+>")
_WINDOW = 90


def default_inputs_dir() -> Path:
    """``./inputs`` beside ``./templates`` when run from a project folder, else the shipped examples."""
    return default_templates_dir().parent / "inputs"


def _part_label(part: str) -> str:
    return "đầu trang" if "header" in part else ("chân trang" if "footer" in part else "thân văn bản")


def _excerpt(source: str, lineno: int, needle: str) -> str:
    """The text of the paragraph holding line ``lineno``, cut around ``needle`` when the paragraph is long."""
    lines = source.splitlines()
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    head, end, tail = line.rpartition("</w:p>")  # after it: a {%p …%} tag that was a paragraph of its own
    tail_text = " ".join(_TAGS.sub("", tail).split())
    text = tail_text if not end or needle in tail_text else " ".join(_TAGS.sub("", head).split())
    if len(text) <= _WINDOW:
        return text
    at = max(text.find(needle), 0)
    start = max(0, min(at - _WINDOW // 3, len(text) - _WINDOW))
    return ("…" if start else "") + text[start : start + _WINDOW] + ("…" if start + _WINDOW < len(text) else "")


def _unknown_finding(read: UnknownRead, part: str, source: str, label: str) -> Finding:
    close = difflib.get_close_matches(read.key, read.choices, n=1, cutoff=0.6)
    owner = f" trong “{read.owner}”" if read.owner else ""
    message = f"thẻ “{read.written}” đọc trường “{read.key}” không có{owner} trong dữ liệu của {label}"
    if close:
        message += f"; có phải ý là “{close[0]}”?"
    nearest = difflib.get_close_matches(read.key, read.choices, n=8, cutoff=0.0)  # most alike first
    shown = nearest + (["…"] if len(read.choices) > len(nearest) else [])
    expected = "một trong: " + ", ".join(shown) if shown else "một trường có trong dữ liệu"
    location = f"{_part_label(part)}, đoạn “{_excerpt(source, read.lineno, read.written)}”"
    return Finding("TEMPLATE-UNKNOWN-TAG", ERROR, message, expected, read.written, location)


def check_template(
    path: Path, contexts: Sequence[Mapping[str, Any]], label: str, optional: Iterable[str] = ()
) -> list[Finding]:
    """Every unknown tag of one template (errors), and what it never reads or cannot be checked (warnings)."""
    try:
        template = load_template(path)
    except InputError as exc:
        return [
            Finding("TEMPLATE-SYNTAX", ERROR, p.message, "thẻ mẫu đúng cú pháp", "thẻ sai", p.field or "mẫu")
            for p in exc.problems
        ]
    shape = context_shape(contexts)
    findings: list[Finding] = []
    used: set[str] = set()
    unchecked: set[str] = set()
    for part, source in template.sources.items():
        walker = Walker(shape)
        walker.walk(ENV.parse(source))
        seen: set[tuple[int, str]] = set()
        for read in walker.unknown:
            if (read.lineno, read.written) not in seen:
                seen.add((read.lineno, read.written))
                findings.append(_unknown_finding(read, part, source, label))
        used |= walker.used
        unchecked |= walker.unchecked
    optional = set(optional) | _offered(path, shape)
    findings += _unused(shape, used, set(optional), label)
    if unchecked:
        listed = ", ".join(sorted(unchecked))
        findings.append(
            Finding(
                "TEMPLATE-UNCHECKED",
                WARNING,
                f"các ví dụ của {label} không có dữ liệu cho {len(unchecked)} mục nên chưa kiểm tra "
                "được các thẻ đọc bên trong; thêm một tệp ví dụ có các mục này",
                "dữ liệu ví dụ cho mọi mục",
                listed,
                "cả mẫu",
            )
        )
    return findings


def _offered(path: Path, shape: Shape) -> set[str]:
    """Top-level data the template of this name that came with reportgen does not read either.

    A kind offers more than its own template shows (``nam_sau``, the name used in file names) so that an
    office editing the template can use it; only what the original template reads and an edited copy lost is
    worth a warning. Nothing is excused when the original cannot be read.
    """
    original = shipped_dir("templates") / path.name
    try:
        template = load_template(original)
    except (InputError, OSError):
        return set()
    read: set[str] = set()
    for source in template.sources.values():
        walker = Walker(shape)
        walker.walk(ENV.parse(source))
        read |= walker.used
    return set(shape.fields or {}) - read


def _unused(shape: Shape, used: set[str], optional: set[str], label: str) -> list[Finding]:
    unused = sorted(set(shape.fields or {}) - used - optional)
    if not unused:
        return []
    return [
        Finding(
            "TEMPLATE-UNUSED",
            WARNING,
            f"mẫu không dùng dữ liệu “{key}” mà {label} cung cấp (thiếu thẻ {{{{ {key} }}}}?)",
            f"thẻ đọc “{key}”",
            "không có thẻ nào",
            "cả mẫu",
        )
        for key in unused
    ]


def _kind_of(template: str) -> str | None:
    """The kind a template belongs to by name: ``quyet_dinh_khen_thuong_bang_khen`` → ``quyet_dinh_khen_thuong``."""
    matches = [k for k in kinds.available() if template == k or template.startswith(k + "_")]
    return max(matches, key=len) if matches else None


class Examples:
    """The contexts each template receives, by template name, built from example inputs like a real build."""

    def __init__(self) -> None:
        self.contexts: dict[str, list[dict[str, Any]]] = {}
        self.invalid: list[FileReport] = []

    def add_file(self, path: Path, report_as: Path | None = None) -> None:
        try:
            prepared = prepare(path)
        except InputError as exc:
            if report_as is not None:
                self.invalid.append(
                    FileReport(
                        report_as,
                        [
                            Finding(
                                "TEMPLATE-EXAMPLE-INVALID",
                                ERROR,
                                f"tệp ví dụ không hợp lệ: {p.message}",
                                "tệp ví dụ hợp lệ",
                                p.field or "có lỗi",
                                f"dòng {p.line}" if p.line else "cả tệp",
                            )
                            for p in exc.errors
                        ],
                    )
                )
            return
        for document in prepared.documents:
            self.contexts.setdefault(document.template, []).append(document.context)

    def add_scaffolds(self, kind_names: Iterable[str]) -> None:
        """What ``reportgen init`` writes for a kind: every field filled, so every section has a shape."""
        try:
            from reportgen.author.scaffold import scaffold
        except ImportError:  # the scaffold is optional: examples alone are enough
            return
        with tempfile.TemporaryDirectory() as folder:
            for kind in kind_names:
                target = Path(folder) / f"{kind}.yaml"
                try:
                    target.write_text(scaffold(kind, target).yaml_text, encoding="utf-8")
                except Exception:  # a kind without field documentation has no scaffold; examples still count
                    continue
                self.add_file(target)


def _shared_keys(contexts: Mapping[str, list[dict[str, Any]]]) -> set[str]:
    """Top-level keys that two or more kinds provide (the common header): a template may skip them quietly."""
    providers: dict[str, set[str]] = {}
    for template, found in contexts.items():
        for key in context_shape(found).fields or {}:
            providers.setdefault(key, set()).add(_kind_of(template) or template)
    return {key for key, owners in providers.items() if len(owners) > 1}


def _template_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.docx") if not p.name.startswith(("~$", ".")))


def check_templates(
    templates_dir: Path | None = None, inputs: Sequence[Path] | None = None, scaffolds: bool = True
) -> list[FileReport]:
    """The contract for every template of ``templates_dir`` against the examples in ``inputs``.

    ``inputs`` are YAML files or folders (default: ``inputs/``); each example is built like a real input and
    its documents' contexts are grouped by template name.
    """
    folder = templates_dir or default_templates_dir()
    examples = Examples()
    for path in collect_inputs(inputs if inputs is not None else [default_inputs_dir()]):
        examples.add_file(path, report_as=path)
    if scaffolds:
        examples.add_scaffolds(kinds.available())
    shared = _shared_keys(examples.contexts)
    reports = list(examples.invalid)
    files = _template_files(folder)
    for path in files:
        reports.append(FileReport(path, _check_one(path, examples.contexts.get(path.stem, []), shared)))
    present = {p.stem for p in files}
    for name in sorted(set(examples.contexts)):
        other = _other_format(folder, name, examples.contexts[name], shared)
        if other is not None:
            reports.append(other)
            present.add(name)
    for missing in sorted(set(examples.contexts) - present):
        reports.append(
            FileReport(
                folder / f"{missing}.docx",
                [
                    Finding(
                        "TEMPLATE-MISSING",
                        ERROR,
                        f"loại văn bản {_kind_of(missing) or missing} cần mẫu “{missing}.docx” "
                        f"nhưng thư mục {display_path(folder)} không có",
                        f"{missing}.docx",
                        "không có tệp",
                        "thư mục mẫu",
                    )
                ],
            )
        )
    return reports


def _other_format(folder: Path, name: str, contexts: list[dict[str, Any]], shared: set[str]) -> FileReport | None:
    """A template saved as .odt, .doc… (checked as the build uses it: converted), or saved twice (an error)."""
    try:
        source = template_file(folder, name)
        if source.suffix.lower() == ".docx":
            return None
        usable = usable_template(source)
    except InputError as exc:
        problem = exc.problems[0]
        shown = Path(problem.file)
        finding = Finding("TEMPLATE-FORMAT", ERROR, problem.message, "một tệp mẫu", shown.name, "thư mục mẫu")
        return FileReport(shown, [finding])
    return FileReport(source, _check_one(usable, contexts, shared))


def _check_one(path: Path, contexts: list[dict[str, Any]], shared: set[str]) -> list[Finding]:
    kind = _kind_of(path.stem)
    if contexts:
        return check_template(path, contexts, f"loại văn bản {kind or path.stem}", shared)
    try:
        load_template(path)
        syntax: list[Finding] = []
    except InputError:
        syntax = check_template(path, [], path.stem)
    if kind is None:
        why = (
            "không biết mẫu này dùng cho loại văn bản nào (tên tệp mẫu phải bắt đầu bằng tên loại: "
            + ", ".join(kinds.available())
            + ")"
        )
    else:
        why = f"chưa có tệp ví dụ inputs/{kind}-*.yaml dùng mẫu này nên chưa kiểm tra được các thẻ"
    return [*syntax, Finding("TEMPLATE-NO-EXAMPLE", WARNING, why, "một tệp ví dụ", "không có", "cả mẫu")]

"""The pipeline as a library: input file → load → validate → derive and word → render → write.

The CLI is a thin layer over ``build_paths`` and ``validate_paths``; both can be called from Python.
Nothing is written for an input until all of its documents rendered and checked, so a bad input never
leaves a partial output behind.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from reportgen.files.ctrl_c import interrupted_while_writing, interrupts_checked_by_caller
from reportgen.files.names import safe_filename
from reportgen.files.outputs import write_outputs
from reportgen.files.shipped import default_dir
from reportgen.kinds import BuildEnv, Document, KindError, Related
from reportgen.load import field_name, load_file, load_text
from reportgen.make.batch import build_in_workers
from reportgen.make.moment import document_time
from reportgen.make.pdf import PDF_TIMEOUT, convert_to_pdf
from reportgen.make.template_files import render_template
from reportgen.make.validate import Validated, located_warnings, problems_from, validate
from reportgen.problems import InputError, OutputError, Problem, display_path

INPUT_SUFFIXES = (".yaml", ".yml")


def default_templates_dir() -> Path:
    """``./templates`` when run from a project folder, else the templates shipped with the package."""
    return default_dir("templates")


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in INPUT_SUFFIXES and p.is_file()))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


@dataclass
class Prepared:
    validated: Validated
    documents: list[Document]


class _Resolver:
    """Loads the inputs a document refers to (last year's report, the report a speech quotes), once each."""

    def __init__(self, checking: bool = False) -> None:
        self._cache: dict[Path, Related] = {}
        self._stack: list[Path] = []
        self._reading: list[list[Path]] = []  # per related input being read: the files it has read so far
        self.checking = checking
        self.seen: list[Path] = []  # every file looked for, found or not: what a cached check depends on

    def env_for(self, validated: Validated) -> BuildEnv:
        source = validated.loaded.path

        def load_related(rel: Path, loc: tuple[str | int, ...]) -> Related:
            target = (source.parent / rel).resolve()
            self._saw([target])
            line, col = validated.loaded.position(loc)
            where = (validated.loaded.display, line, col, field_name(loc))
            if target in self._stack:
                raise InputError([Problem(*where, "các tệp tham chiếu lẫn nhau thành vòng")])
            if not target.is_file():
                raise InputError([Problem(*where, f"không tìm thấy tệp “{rel}”")])
            if target not in self._cache:
                self._cache[target] = self._remembered(target)
            return self._cache[target]

        return BuildEnv(source=source, load_related=load_related, checking=self.checking)

    def loaded(self) -> set[Path]:
        """Every related input loaded so far (resolved paths)."""
        return set(self._cache)

    def _saw(self, paths: Iterable[Path]) -> None:
        for path in paths:
            if path not in self.seen:
                self.seen.append(path)
            for reading in self._reading:
                if path not in reading:
                    reading.append(path)

    def _remembered(self, path: Path) -> Related:
        """``path`` read as a related input, or as read before if neither it nor any file it read has changed.

        A web save checks a report, which reads last year's report: that one is read once, not on every save.
        """
        key = (path, self.checking)
        with _RELATED_LOCK:
            kept = _RELATED.get(key)
        if kept is not None and all(_digest(p) == d for p, d in kept[0]):
            self._saw(p for p, _ in kept[0])
            return dataclasses.replace(kept[1], figures=copy.deepcopy(kept[1].figures))
        self._reading.append([path])
        try:
            related = self._related(path)
        finally:
            read = self._reading.pop()
        with _RELATED_LOCK:
            _RELATED[key] = (tuple((p, _digest(p)) for p in read), related)
            while len(_RELATED) > _RELATED_SIZE:
                del _RELATED[next(iter(_RELATED))]
        return dataclasses.replace(related, figures=copy.deepcopy(related.figures))

    def _related(self, path: Path) -> Related:
        self._stack.append(path)
        try:
            validated = validate(load_file(path))
            figures_fn = validated.kind.figures
            figures = figures_fn(validated.model, self.env_for(validated)) if figures_fn else {}
            return Related(path, validated.model, figures)
        finally:
            self._stack.pop()


_RELATED_SIZE = 16
_RELATED_LOCK = threading.Lock()
_RELATED: dict[tuple[Path, bool], tuple[tuple[tuple[Path, str | None], ...], Related]] = {}


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def prepare(path: Path, resolver: _Resolver | None = None, data: bytes | None = None) -> Prepared:
    """Everything short of rendering; raises InputError with every problem of the input.

    ``data``: the input's bytes as they are about to be saved at ``path`` (issuing writes the number in).
    """
    resolver = resolver or _Resolver()
    loaded = load_file(path) if data is None else dataclasses.replace(load_text(data, display_path(path)), path=path)
    validated = validate(loaded)
    env = resolver.env_for(validated)
    try:
        documents = validated.kind.documents(validated.model, env)
    except KindError as exc:
        raise InputError(
            [
                Problem(validated.loaded.display, *validated.loaded.position(loc), field_name(loc), message)
                for loc, message in exc.all
            ]
        ) from None
    except ValidationError as exc:
        raise InputError(problems_from(exc, validated.loaded, validated.kind.input)) from None
    validated.warnings.extend(located_warnings(validated.loaded, env.notes))  # found while deriving
    return Prepared(validated, documents)


def dependents(path: Path, candidates: Iterable[Path]) -> list[Path]:
    """The inputs among ``candidates`` that refer to ``path`` (a speech quoting a report, a report's last year).

    Issuing ``path`` changes what they may quote, so they are built again. A candidate that does not load is
    not a dependent of anything.
    """
    target = path.resolve()
    found = []
    for candidate in candidates:
        if candidate.resolve() == target:
            continue
        resolver = _Resolver()
        try:
            prepare(candidate, resolver)
        except (InputError, OSError):
            continue
        if target in resolver.loaded():
            found.append(candidate)
    return found


def check_text(data: bytes, path: Path) -> BuildResult:
    """What ``validate`` would say of ``data`` if it were saved as ``path``, without writing it.

    Lets an editor refuse to save an input the command line would not accept; files it refers to are
    looked up beside ``path``, as they will be once it is saved.
    """
    result = BuildResult(path)
    resolver = _Resolver(checking=True)
    try:
        loaded = dataclasses.replace(load_text(data, display_path(path)), path=path)
        validated = validate(loaded)
        result.warnings = validated.warnings
        describe = validated.kind.listing_label
        result.summary = describe(validated.model) if describe else ""
        env = resolver.env_for(validated)
        validated.kind.documents(validated.model, env)  # related files, kind rules
        result.warnings = validated.warnings + located_warnings(validated.loaded, env.notes)
    except KindError as exc:
        result.problems = [
            Problem(validated.loaded.display, *validated.loaded.position(loc), field_name(loc), message)
            for loc, message in exc.all
        ]
    except ValidationError as exc:
        result.problems = problems_from(exc, validated.loaded, validated.kind.input)
    except InputError as exc:
        result.problems = exc.problems
    result.related = list(resolver.seen)
    return result


def _ending(document: Document) -> str:
    """What follows the input's stem in a file name: the kind's suffix and a safe form of its name part."""
    if document.name_part is None:
        return document.suffix
    return f"{document.suffix}-{safe_filename(document.name_part, max_bytes=120)}"


def _targets(source: Path, documents: Sequence[Document], output: Path) -> list[Path]:
    if output.suffix.lower() == ".docx":
        base = output.with_suffix("")
        return [output if not _ending(d) else base.with_name(base.name + _ending(d) + ".docx") for d in documents]
    return [output / f"{source.stem}{_ending(d)}.docx" for d in documents]


@dataclass
class BuildResult:
    source: Path
    written: list[Path] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    output_error: str = ""
    related: list[Path] = field(default_factory=list)  # other inputs it read (or looked for), for caches
    summary: str = ""  # what the input covers, from the kind's optional ``listing_label(model)`` (a period)
    stopped: bool = False  # Ctrl+C came before this input was built: nothing of it was written

    @property
    def ok(self) -> bool:
        return not self.problems and not self.output_error and not self.stopped


def build_file(
    path: Path,
    output: Path,
    *,
    force: bool = False,
    templates: Path | None = None,
    resolver: _Resolver | None = None,
    data: bytes | None = None,
) -> BuildResult:
    result = BuildResult(path)
    templates = templates or default_templates_dir()
    try:
        prepared = prepare(path, resolver, data)
        result.warnings = prepared.validated.warnings
        moment = document_time(path)  # the same input gives the same bytes (make/moment.py)
        rendered = [render_template(templates, d.template, d.context, moment) for d in prepared.documents]
        root = output.parent if output.suffix.lower() == ".docx" else output
        targets = _targets(path, prepared.documents, output)
        files = list(zip(targets, rendered, strict=True))
        # a data input (a partner list) gives no document: checking it is all its build does
        result.written = write_outputs(files, root=root, force=force, source=str(path)) if files else []
    except InputError as exc:
        result.problems = exc.problems
    except OutputError as exc:
        result.output_error = str(exc)
    return result


def build_guarded(path: Path, output: Path, force: bool, templates: Path | None) -> BuildResult:
    """Worker entry: one failing document must not stop the batch, whatever went wrong in it."""
    try:
        return build_file(path, output, force=force, templates=templates)
    except Exception as exc:  # reported per file, the batch goes on
        return BuildResult(path, output_error=f"lỗi bất ngờ khi sinh văn bản ({type(exc).__name__}: {exc})")


def build_paths(
    paths: Iterable[Path],
    output: Path,
    *,
    force: bool = False,
    templates: Path | None = None,
    jobs: int | None = None,
    on_done: Callable[[BuildResult], None] | None = None,
) -> list[BuildResult]:
    """Every input is built even when another fails; the caller reports which failed and why.

    With more than one input the work is spread over ``jobs`` processes (default: every core), since
    rendering is CPU-bound and documents are independent; results come back in input order. Ctrl+C stops
    the batch: the inputs not built come back with ``stopped`` (see ``batch``).
    """
    inputs = collect_inputs(paths)
    if output.suffix.lower() == ".docx" and len(inputs) > 1:
        raise OutputError("--output là một tệp .docx nhưng có nhiều tệp đầu vào; hãy chỉ ra một thư mục")
    workers = min(jobs or os.cpu_count() or 1, len(inputs))
    if workers > 1:
        job = functools.partial(build_guarded, output=output, force=force, templates=templates)
        stopped = functools.partial(BuildResult, stopped=True)
        folder = output.parent if output.suffix.lower() == ".docx" else output
        return build_in_workers(inputs, job, stopped, workers, on_done, folder)
    results: list[BuildResult] = []
    with interrupts_checked_by_caller():
        for path in inputs:
            try:
                result = build_guarded(path, output, force, templates)
            except KeyboardInterrupt:  # this input left nothing (see write_outputs); neither did the rest
                return results + [BuildResult(p, stopped=True) for p in inputs[len(results) :]]
            results.append(result)
            if on_done:
                on_done(result)
            if interrupted_while_writing():  # Ctrl+C while this input's files were renamed: they count
                return results + [BuildResult(p, stopped=True) for p in inputs[len(results) :]]
    return results


def pdf_for(documents: Sequence[Path], *, pdf_a: bool = False, timeout: float = PDF_TIMEOUT) -> list[Path]:
    """PDFs beside the documents, many per LibreOffice process (one process per document costs ~1 s each).

    ``pdf_a``: PDF/A-2b, tagged; ``timeout``: seconds each LibreOffice process may take (see ``convert_to_pdf``).
    """
    by_folder: dict[Path, list[Path]] = {}
    for path in documents:
        by_folder.setdefault(path.parent, []).append(path)
    made: list[Path] = []
    for folder, paths in by_folder.items():
        made.extend(convert_to_pdf(paths, folder, pdf_a=pdf_a, timeout=timeout))
    return made


def validate_paths(paths: Iterable[Path]) -> list[BuildResult]:
    results = []
    resolver = _Resolver(checking=True)
    for path in collect_inputs(paths):
        result = BuildResult(path)
        try:
            prepared = prepare(path, resolver)
            result.warnings = prepared.validated.warnings
        except InputError as exc:
            result.problems = exc.problems
        results.append(result)
    return results

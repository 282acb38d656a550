"""The workspace folder as the web pages see it: its inputs, their state, their outputs.

Names from the browser are only ever looked up among the files actually listed here, so a request can
never reach outside the workspace (``../``, absolute paths, symlinks leading out).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from reportgen.files.atomic import OWN_PREFIX
from reportgen.files.journal import recover_folder
from reportgen.files.manifest import MANIFEST_NAME, is_edited, read_manifest
from reportgen.make.pipeline import BuildResult, check_text
from reportgen.problems import OutputError, Problem
from reportgen.register.settings import SETTINGS_FILE  # the register's settings, not a document

OUTPUTS = "outputs"
_NAME = re.compile(r"^[^/\\\x00]+\.ya?ml$")


class NotInWorkspace(LookupError):
    """The name does not designate a file of the workspace."""


@dataclass
class Output:
    path: Path
    edited: bool
    pdf: Path | None


@dataclass
class InputState:
    name: str
    kind: str
    period: str
    title: str
    problems: list[Problem]
    warnings: list[Problem]
    outputs: list[Output] = field(default_factory=list)
    stale: bool = False  # the input was saved after its outputs were built

    @property
    def state(self) -> str:
        if self.problems:
            return "loi"
        if any(o.edited for o in self.outputs):
            return "da_sua"
        if self.outputs and not self.stale:
            return "da_sinh"
        return "hop_le"


STATE_LABELS = {
    "loi": "Có lỗi",
    "hop_le": "Hợp lệ, chưa sinh văn bản",
    "da_sinh": "Đã sinh văn bản",
    "da_sua": "Văn bản đã bị sửa tay sau khi sinh",
}


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.outputs = self.root / OUTPUTS
        self._cache: dict[str, tuple[str, tuple[tuple[Path, str | None], ...], BuildResult]] = {}
        self._lock = threading.Lock()
        self._checking: dict[str, threading.Lock] = {}  # one check of a name at a time: pages share its result
        self._refresh = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiem-tra-lai")
        self._index: tuple[tuple[int, int], dict[str, dict[str, object]], dict[str, list[str]]] | None = None
        self._edited: dict[tuple[str, int, int, str], bool] = {}  # (document, mtime, size, recorded hash) → edited

    def names(self) -> list[str]:
        found = []
        for path in sorted(self.root.iterdir()):
            visible = _NAME.match(path.name) and not path.name.startswith((".", "~")) and path.name != SETTINGS_FILE
            if visible and path.is_file() and path.resolve().parent == self.root:
                found.append(path.name)
        return found

    def path(self, name: str) -> Path:
        """The input called ``name``; anything else (``../x``, hidden, absent) is refused."""
        path = self.root / name
        visible = _NAME.match(name) and not name.startswith((".", "~")) and name == Path(name).name
        if not visible or not path.is_file() or path.resolve().parent != self.root:
            raise NotInWorkspace(name)
        return path

    def new_path(self, name: str) -> Path:
        """Where a new input called ``name`` would go; refuses names that would leave the folder."""
        if not _NAME.match(name) or name.startswith((".", "~")) or name != Path(name).name:
            raise NotInWorkspace(name)
        return self.root / name

    def check(self, name: str) -> BuildResult:
        """Validation of one input, cached by its content and the content of the files it refers to.

        A save changes one file's content: only that file and the inputs referring to it are checked again,
        never the whole workspace.
        """
        return self._checked(name)[2]

    def _checked(self, name: str) -> tuple[Path, bytes, BuildResult]:
        path = self.path(name)
        data = path.read_bytes()
        own = hashlib.sha256(data).hexdigest()
        with self._lock:
            hit = self._cache.get(name)
            one_at_a_time = self._checking.setdefault(name, threading.Lock())
        if hit and hit[0] == own and all(_digest(p) == d for p, d in hit[1]):
            return path, data, hit[2]
        with one_at_a_time:  # several pages asking at once after a save: one check, the others wait for it
            with self._lock:
                hit = self._cache.get(name)
            if hit and hit[0] == own and all(_digest(p) == d for p, d in hit[1]):
                return path, data, hit[2]
            result = check_text(data, path)
            related = tuple((p, _digest(p)) for p in result.related)
            with self._lock:
                self._cache[name] = (own, related, result)
        return path, data, result

    def kind_of(self, name: str) -> str:
        """The kind an input names in ``loai`` (read from its text, so an input with problems has one too)."""
        return _kind_and_period(self.path(name).read_text(encoding="utf-8-sig", errors="replace"))[0]

    def remember(self, name: str, data: bytes, result: BuildResult) -> None:
        """The check a save just made of ``data``: the next page shows it without checking again."""
        related = tuple((p, _digest(p)) for p in result.related)
        with self._lock:
            self._cache[name] = (hashlib.sha256(data).hexdigest(), related, result)
            saved = (self.root / name).resolve()
            referring = [n for n, (_, refs, _) in self._cache.items() if any(p.resolve() == saved for p, _ in refs)]
        for other in referring:  # a report comparing with the saved one: checked again now, not by the next page
            self._refresh.submit(self._quietly_checked, other)

    def _quietly_checked(self, name: str) -> None:
        with contextlib.suppress(NotInWorkspace, OSError):
            self._checked(name)

    def outputs_of(self, name: str) -> list[Output]:
        """The documents reportgen wrote from this input, by the outputs folder's manifest."""
        with contextlib.suppress(OutputError):  # a build stopped half-way is finished before its files are shown
            recover_folder(self.outputs)  # (if it cannot be, the next build says why)
        manifest, by_source = self._manifest()
        found = []
        for file in by_source.get(str(self.root / name), []):
            target = self.outputs / file
            try:
                stat = target.stat()
            except OSError:
                continue
            key = (file, stat.st_mtime_ns, stat.st_size, str(manifest[file].get("sha256")))
            with self._lock:
                edited = self._edited.get(key)
            if edited is None:  # a document's hash is worked out once per version of it, not on every page
                edited = is_edited(target, manifest)
                with self._lock:
                    self._edited[key] = edited
            pdf = target.with_suffix(".pdf")
            found.append(Output(target, edited, pdf if pdf.is_file() else None))
        return found

    def _manifest(self) -> tuple[dict[str, dict[str, object]], dict[str, list[str]]]:
        """The outputs' manifest and its documents by source, read again only when the manifest changes."""
        try:
            stat = (self.outputs / MANIFEST_NAME).stat()
            stamp: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None
        with self._lock:
            if stamp is not None and self._index is not None and self._index[0] == stamp:
                return self._index[1], self._index[2]
        manifest = read_manifest(self.outputs)
        by_source: dict[str, list[str]] = {}
        for file, entry in sorted(manifest.items()):
            if file.endswith(".docx"):
                by_source.setdefault(str(entry.get("source")), []).append(file)
        with self._lock:
            self._index = (stamp, manifest, by_source) if stamp is not None else None
            if len(self._edited) > 4096:
                self._edited.clear()
        return manifest, by_source

    def output(self, file: str) -> Path:
        """A file of the outputs folder by its bare name; nothing else (``../``, the manifest) is served."""
        if file != Path(file).name or file.startswith((".", OWN_PREFIX)) or file == MANIFEST_NAME:
            raise NotInWorkspace(file)
        path = self.outputs / file
        if not path.is_file() or path.resolve().parent != self.outputs.resolve():
            raise NotInWorkspace(file)
        return path

    def state(self, name: str, kind_titles: dict[str, str]) -> InputState:
        path, data, result = self._checked(name)
        data_kind, period = _kind_and_period(data.decode("utf-8-sig", errors="replace"))
        outputs = self.outputs_of(name)
        saved_at = path.stat().st_mtime_ns if outputs else 0
        stale = any(o.path.stat().st_mtime_ns < saved_at for o in outputs)
        return InputState(
            name=name,
            kind=data_kind,
            period=result.summary or period,
            title=kind_titles.get(data_kind, "Không rõ loại"),
            problems=[p for p in result.problems if p.severity == "error"],
            warnings=result.warnings,
            outputs=outputs,
            stale=stale,
        )


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # absent: the check said so, and is redone once the file appears


_LOAI = re.compile(r"^loai:\s*['\"]?([a-z_]+)", re.MULTILINE)


def _kind_and_period(text: str) -> tuple[str, str]:
    """Kind and year read from the top-level lines, so that an input with problems is still grouped."""
    from reportgen import kinds
    from reportgen.author.fielddoc import year_field  # the kind's mo_ta says which field holds the year

    found = _LOAI.search(text)
    kind = found[1] if found else ""
    field = year_field(kind) if kind in kinds.available() else None
    year = re.search(rf"^{field}:\s*['\"]?(\d{{4}})", text, re.MULTILINE) if field else None
    return kind, (year[1] if year else "")

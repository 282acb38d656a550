"""The workspace folder as the web pages see it: its inputs, their state, their outputs.

Names from the browser are only ever looked up among the files actually listed here, so a request can
never reach outside the workspace (``../``, absolute paths, symlinks leading out).
"""

from __future__ import annotations

import contextlib
import re
import threading
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
        self._cache: dict[str, tuple[tuple[int, int], BuildResult]] = {}
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        found = []
        for path in sorted(self.root.iterdir()):
            visible = _NAME.match(path.name) and not path.name.startswith((".", "~")) and path.name != SETTINGS_FILE
            if visible and path.is_file() and path.resolve().parent == self.root:
                found.append(path.name)
        return found

    def path(self, name: str) -> Path:
        """The input called ``name``; anything else (``../x``, hidden, absent) is refused."""
        if not _NAME.match(name) or name not in self.names():
            raise NotInWorkspace(name)
        return self.root / name

    def new_path(self, name: str) -> Path:
        """Where a new input called ``name`` would go; refuses names that would leave the folder."""
        if not _NAME.match(name) or name.startswith((".", "~")) or name != Path(name).name:
            raise NotInWorkspace(name)
        return self.root / name

    def check(self, name: str) -> BuildResult:
        """Validation of one input, cached until the workspace's inputs change (they refer to each other)."""
        path = self.path(name)
        key = self._stamp()
        with self._lock:
            hit = self._cache.get(name)
            if hit and hit[0] == key:
                return hit[1]
        result = check_text(path.read_bytes(), path)
        with self._lock:
            self._cache[name] = (key, result)
        return result

    def _stamp(self) -> tuple[int, int]:
        stats = [(self.root / n).stat() for n in self.names()]
        return (max((s.st_mtime_ns for s in stats), default=0), hash(tuple((s.st_size, s.st_ino) for s in stats)))

    def outputs_of(self, name: str) -> list[Output]:
        """The documents reportgen wrote from this input, by the outputs folder's manifest."""
        with contextlib.suppress(OutputError):  # a build stopped half-way is finished before its files are shown
            recover_folder(self.outputs)  # (if it cannot be, the next build says why)
        manifest = read_manifest(self.outputs)
        source = str(self.root / name)
        found = []
        for file, entry in sorted(manifest.items()):
            target = self.outputs / file
            if entry.get("source") == source and target.is_file() and file.endswith(".docx"):
                pdf = target.with_suffix(".pdf")
                found.append(Output(target, is_edited(target, manifest), pdf if pdf.is_file() else None))
        return found

    def output(self, file: str) -> Path:
        """A file of the outputs folder by its bare name; nothing else (``../``, the manifest) is served."""
        if file != Path(file).name or file.startswith((".", OWN_PREFIX)) or file == MANIFEST_NAME:
            raise NotInWorkspace(file)
        path = self.outputs / file
        if not path.is_file() or path.resolve().parent != self.outputs.resolve():
            raise NotInWorkspace(file)
        return path

    def state(self, name: str, kind_titles: dict[str, str]) -> InputState:
        result = self.check(name)
        path = self.path(name)
        data_kind, period = _kind_and_period(path.read_text(encoding="utf-8-sig", errors="replace"))
        outputs = self.outputs_of(name)
        stale = any(o.path.stat().st_mtime_ns < path.stat().st_mtime_ns for o in outputs)
        return InputState(
            name=name,
            kind=data_kind,
            period=period,
            title=kind_titles.get(data_kind, "Không rõ loại"),
            problems=[p for p in result.problems if p.severity == "error"],
            warnings=result.warnings,
            outputs=outputs,
            stale=stale,
        )


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

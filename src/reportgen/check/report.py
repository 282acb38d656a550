"""``reportgen check`` as a library: find the .docx files to check, run the Nghị định 30 checker, collect.

The checker itself lives in ``reportgen.check.nd30``; this module only decides which files are looked at,
turns a file that is not a Word document into one Vietnamese finding (so a folder is checked in one run),
and sums up the result so that the CLI only prints and picks the exit code.
"""

from __future__ import annotations

import contextlib
import functools
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportgen import kinds
from reportgen.blocks.profile import Nd30Profile
from reportgen.check.nd30 import ERROR, RULES, SEVERITY, WARNING, Finding, check_docx, clause_of
from reportgen.files.journal import recover_folder
from reportgen.problems import OutputError, display_path

UNREADABLE = "ND30-FILE-UNREADABLE"
BROKEN = "ND30-FILE-BROKEN"
SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


@dataclass(frozen=True)
class FileReport:
    """The findings of one checked file; ``unreadable`` when it could not be opened as a .docx at all."""

    path: Path
    findings: list[Finding] = field(default_factory=list)
    unreadable: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]


def _skipped(path: Path, root: Path) -> bool:
    """Word's lock files (``~$x.docx``) and anything hidden are not documents a person wrote."""
    parts = path.relative_to(root).parts
    return path.name.startswith("~$") or any(part.startswith(".") for part in parts)


def collect_documents(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders searched (recursively) for .docx files, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file() and not _skipped(p, path)
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _unreadable(path: Path, reason: str) -> FileReport:
    finding = Finding(UNREADABLE, ERROR, reason, "tệp Word .docx", display_path(path), "toàn tệp")
    return FileReport(path, [finding], unreadable=True)


def _precheck(path: Path) -> FileReport | None:
    """Reasons a file cannot be checked, in words a user can act on, before the checker opens it."""
    if not path.exists():
        return _unreadable(path, "Không tìm thấy tệp.")
    if not path.is_file():
        return _unreadable(path, "Đây không phải là một tệp.")
    if path.suffix.lower() == ".doc":
        return _unreadable(path, "Tệp Word cũ (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx rồi kiểm tra lại.")
    try:
        is_zip = zipfile.is_zipfile(path)
    except OSError:
        return _unreadable(path, "Không đọc được tệp (không có quyền đọc hoặc tệp bị khóa).")
    if not is_zip:
        return _unreadable(path, "Tệp không phải là văn bản Word (.docx).")
    return None


@functools.cache
def declared_profiles() -> dict[str, Nd30Profile]:
    """The NĐ30 profile every document kind declares, by its kind line: ``reportgen check`` judges a type it has
    no rules of its own for (a kind just added) by what its kind says it must show."""
    found: dict[str, Nd30Profile] = {}
    for name in kinds.available():
        profile = kinds.get(name).profile
        if profile.ten_loai:
            found.setdefault(profile.ten_loai, profile)
    return found


def check_file(path: Path) -> FileReport:
    early = _precheck(path)
    if early is not None:
        return early
    try:
        findings = check_docx(path, declared=declared_profiles)
    except Exception as exc:  # one bad file must not end a folder run: it gets its finding, the others run
        return _unreadable(path, f"Tệp hỏng, không kiểm tra được ({type(exc).__name__}).")
    if any(f.rule == UNREADABLE for f in findings):
        return _unreadable(path, "Tệp hỏng hoặc không phải là văn bản Word (.docx) hợp lệ.")
    return FileReport(path, findings, unreadable=any(f.rule == BROKEN for f in findings))


def check_paths(paths: Iterable[Path]) -> list[FileReport]:
    """Every file is checked even when another cannot be read.

    A set of documents a stopped build left half-replaced is finished first (``files.journal``).
    """
    paths = list(paths)
    for folder in {path if path.is_dir() else path.parent for path in paths}:
        with contextlib.suppress(OutputError):  # a folder that cannot be written is checked as it is
            recover_folder(folder)
    return [check_file(path) for path in collect_documents(paths)]


def explain(rule: str) -> str | None:
    """What a rule asks, how severe it is and the NĐ30 clause it restates, in Vietnamese; None if unknown."""
    key = rule.strip().upper()
    if not key.startswith("ND30-"):
        key = "ND30-" + key
    match = next((r for r in RULES if r.upper() == key), None)
    if match is None:
        return None
    label = "lỗi (điều khoản bắt buộc)"
    if SEVERITY[match] != ERROR:
        label = "cảnh báo (chi tiết theo mẫu, khó thấy trên trang in, hoặc bản dự thảo)"
    return "\n".join([f"{match}: {RULES[match]}", f"Mức độ: {label}.", f"Căn cứ: {clause_of(match)}"])


def finding_line(report_path: Path, finding: Finding) -> str:
    """One finding as a user reads it: file, rule, severity, message, expected and actual value, place."""
    label = "lỗi" if finding.severity == ERROR else "cảnh báo"
    text = f"{display_path(report_path)}: [{finding.rule}] {label}: {finding.message}"
    if finding.rule != UNREADABLE:
        text += f" (cần: {finding.expected}; thấy: {finding.actual}) — {finding.location}"
    if finding.rule == BROKEN:
        text = f"{display_path(report_path)}: [{finding.rule}] {label}: {finding.message}"
    return text


def finding_record(report_path: Path, finding: Finding) -> dict[str, str]:
    return {"file": display_path(report_path), **finding.to_dict()}


def summary_line(reports: Sequence[FileReport], what: str = "tệp") -> str:
    errors = sum(len(r.errors) for r in reports)
    warnings = sum(len(r.warnings) for r in reports)
    failed = [display_path(r.path) for r in reports if r.errors]
    text = f"Đã kiểm tra {len(reports)} {what}: {errors} lỗi, {warnings} cảnh báo"
    if failed:
        text += f"; {what} có lỗi: " + ", ".join(failed)
    return text


def rules_table(rules: Mapping[str, str]) -> str:
    """The README's table of rule ids (Markdown), generated so that it cannot drift from the catalogue."""
    rows = ["| `" + rule + "` | " + text.replace("|", "\\|") + " |" for rule, text in rules.items()]
    return "\n".join(["| Mã | Yêu cầu |", "|---|---|", *rows])

"""Writing generated documents so that a civil servant never loses work.

One input gives a set of files (a decision and its certificates, one certificate per awardee): the set is
replaced as a whole or not at all, even across a kill (``journal``). Every new file is complete on disk
before any old one is touched; the old ones are kept aside until every rename has succeeded, and put back
if one fails. A manifest next to the
outputs remembers what reportgen itself produced, so a file a person opened and corrected in Word no longer
matches it and is not overwritten silently (``manifest``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportgen.files.atomic import OWN_PREFIX, TEMP_PREFIX, default_mode, remove_quietly, write_temp
from reportgen.files.ctrl_c import ctrl_c_deferred
from reportgen.files.docx import CheckedDocx, check_valid_docx
from reportgen.files.journal import Entry, Journal, aside_name, commit, finish, new_token, recover, temp_prefix
from reportgen.files.manifest import LOCK_NAME, MANIFEST_NAME, folder_lock, read_manifest, recorded, refuse_if_edited
from reportgen.files.names import safe_filename
from reportgen.files.oserrors import cause, write_failed
from reportgen.problems import OutputError, display_path

__all__ = [
    "LOCK_NAME",
    "MANIFEST_NAME",
    "TEMP_PREFIX",
    "CheckedDocx",
    "check_valid_docx",
    "safe_filename",
    "write_output",
    "write_outputs",
]


def _place(target: Path, root: Path | None, folders: dict[Path, Path]) -> Path:
    """Absolute target with its folder resolved (the file itself is never followed), checked against root.

    ``folders`` remembers each folder already resolved and created, so a set of 1,000 files in one folder
    resolves it once.
    """
    if target.name in ("", ".", "..") or target.name.startswith(OWN_PREFIX):
        raise OutputError(f"Không ghi được tệp {display_path(target)}: tên tệp không hợp lệ.")
    if target.name in (MANIFEST_NAME, LOCK_NAME):
        raise OutputError(f"Không ghi được tệp {display_path(target)}: tên này được reportgen dành riêng.")
    given = target.absolute().parent
    if given not in folders:
        folders[given] = _folder(given, target, root)
    return folders[given] / target.name


def _folder(given: Path, target: Path, root: Path | None) -> Path:
    """The real folder ``target`` goes to, created if needed, refused if outside ``root``."""
    resolved_root = root.resolve() if root is not None else None

    def outside() -> OutputError:
        assert resolved_root is not None
        return OutputError(
            f"Không ghi tệp {display_path(target)}: đường dẫn nằm ngoài thư mục đầu ra {display_path(resolved_root)}."
        )

    folder = given.resolve()
    if resolved_root is not None and not folder.is_relative_to(resolved_root):
        raise outside()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Không tạo được thư mục {display_path(folder)} để ghi {display_path(target)}: {cause(exc)}."
        ) from exc
    # A symlink may have appeared among the folders while they were created: check the real place again.
    again = folder.resolve()
    if resolved_root is not None and not again.is_relative_to(resolved_root):
        raise outside()
    return again


def _existing_mode(path: Path, target: Path) -> int | None:
    """Permission bits of the file being replaced, None when there is none; refuses links and non-files."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise write_failed(path, exc) from exc
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            f"Không ghi vào {display_path(target)}: đây là liên kết tượng trưng (symlink), "
            "reportgen không ghi qua liên kết. Hãy xoá liên kết hoặc chọn tên tệp khác."
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"Không ghi vào {display_path(target)}: đường dẫn này không phải là một tệp thông thường.")
    return stat.S_IMODE(info.st_mode)


@dataclass
class _Planned:
    """One file of the set: where it goes, what it replaces, and its temp file once written."""

    final: Path
    data: bytes
    target: Path  # as the caller named it, for messages
    mode: int | None  # of the file it replaces; None for a new file
    temp: Path | None = None
    aside_at: Path | None = None  # where the previous file is kept until the whole set is in place
    aside: Path | None = None  # set once it is kept there


def write_output(target: Path, data: bytes, *, root: Path | None = None, force: bool = False, source: str = "") -> Path:
    """Replace one file atomically and record it in the folder's manifest (see ``write_outputs``)."""
    return write_outputs([(target, data)], root=root, force=force, source=source)[0]


def write_outputs(
    files: Sequence[tuple[Path, bytes]], *, root: Path | None = None, force: bool = False, source: str = ""
) -> list[Path]:
    """Replace every file of one input's set, or none of them, and record them in their folders' manifests.

    Each ``data`` must be a complete document (build first, then write); a ``.docx`` is checked for
    structure before anything touches the disk. With ``root``, every target must lie inside it (folders are
    created as needed). An existing file that reportgen did not produce, or that was edited since, is only
    replaced with ``force``. Every failure is an :class:`OutputError` in Vietnamese and leaves every file of
    the set with its previous bytes. Returns the absolute paths written, in order.
    """
    for target, data in files:
        if Path(target).suffix.lower() == ".docx" and not isinstance(data, CheckedDocx):
            check_valid_docx(data)
    resolved: dict[Path, Path] = {}
    finals = [_place(Path(target), root, resolved) for target, _ in files]
    folders = sorted({final.parent for final in finals})
    with contextlib.ExitStack() as locks:
        for folder in folders:  # always in the same order, so two runs cannot wait on each other
            locks.enter_context(folder_lock(folder, finals[0]))
        for folder in folders:  # a set a stopped run left half-done is finished before anything is compared
            recover(folder)
        plan = [
            _Planned(final, data, Path(target), _existing_mode(final, Path(target)))
            for final, (target, data) in zip(finals, files, strict=True)
        ]
        manifests = _new_manifests(plan, folders, force, source)
        _write_set(plan, manifests)
    return finals


def _new_manifests(plan: Sequence[_Planned], folders: Sequence[Path], force: bool, source: str) -> dict[Path, bytes]:
    """Each folder's manifest with the set recorded; refuses first if any existing file was edited by a person."""
    current = {folder: read_manifest(folder) for folder in folders}
    for item in plan:
        if item.mode is not None and not force:
            refuse_if_edited(item.final, item.target, current[item.final.parent], _sha(item.data))
    result: dict[Path, bytes] = {}
    for folder in folders:
        hashes = {item.final.name: _sha(item.data) for item in plan if item.final.parent == folder}
        result[folder] = recorded(current[folder], folder, hashes, source)
    return result


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_set(plan: Sequence[_Planned], manifests: dict[Path, bytes]) -> None:
    """Temps for everything, then the journal, then the renames (undone on failure), then the manifest.

    A full disk stops at the temps, nothing replaced. From the journal on, a run stopped even by SIGKILL is
    completed or undone by the next one (``journal.recover``).
    """
    token = new_token()
    journals = {folder: Journal(folder, token) for folder in manifests}
    current = plan[0].final
    try:
        for item in plan:
            current = item.final
            mode = default_mode() if item.mode is None else item.mode
            item.temp = write_temp(item.final.parent, item.data, mode, prefix=temp_prefix(token))
        for folder, record in manifests.items():
            current = folder / MANIFEST_NAME
            journals[folder].manifest_temp = write_temp(folder, record, default_mode(), prefix=temp_prefix(token)).name
        for index, item in enumerate(plan):
            assert item.temp is not None
            aside = aside_name(token, index) if item.mode is not None else None
            item.aside_at = None if aside is None else item.final.parent / aside
            journals[item.final.parent].entries.append(Entry(item.final.name, item.temp.name, _sha(item.data), aside))
    except BaseException as exc:
        _discard(plan, journals.values())
        if isinstance(exc, Exception):
            raise write_failed(current, exc) from exc
        raise
    with ctrl_c_deferred():
        _commit_and_swap(plan, journals)
        for folder, journal in journals.items():
            assert journal.manifest_temp is not None
            try:
                os.replace(folder / journal.manifest_temp, folder / MANIFEST_NAME)
            except OSError as exc:
                shown = ", ".join(display_path(item.target) for item in plan if item.final.parent == folder)
                raise OutputError(
                    f"Đã ghi tệp {shown} nhưng không cập nhật được sổ ghi {display_path(folder / MANIFEST_NAME)}: "
                    f"{cause(exc)}. Lần chạy sau trong thư mục này sẽ tự cập nhật sổ ghi."
                ) from exc
        for journal in journals.values():
            finish(journal)


def _commit_and_swap(plan: Sequence[_Planned], journals: dict[Path, Journal]) -> None:
    """The journals on disk, then every file into its name; a failure puts the old set back."""
    current = plan[0].final
    done: list[_Planned] = []
    try:
        for journal in journals.values():
            current = journal.path
            commit(journal)
        for item in plan:
            current = item.final
            _swap_in(item)
            done.append(item)
    except BaseException as exc:
        whole = _undo(done)
        _discard(plan, journals.values() if whole else ())
        if isinstance(exc, Exception):
            raise write_failed(current, exc) from exc
        raise


def _swap_in(item: _Planned) -> None:
    """Keep the previous file aside (a hard link where the filesystem has them), then rename the new one in.

    Without hard links the previous file is renamed aside: for that moment its name is empty, and the
    journal (already on disk) says where it is.
    """
    assert item.temp is not None
    if item.aside_at is not None:
        try:
            os.link(item.final, item.aside_at)
        except OSError:  # FAT, some network shares
            os.replace(item.final, item.aside_at)
        item.aside = item.aside_at
    os.replace(item.temp, item.final)
    item.temp = None


def _undo(done: Sequence[_Planned]) -> bool:
    """Put every already replaced file of the set back as it was; files that were new are removed again.

    False when a step failed: the journal then stays, and the next run finishes the set one way or the other.
    """
    whole = True
    for item in reversed(done):
        try:
            if item.aside is not None:
                os.replace(item.aside, item.final)
                item.aside = None
            else:
                item.final.unlink()
        except OSError:
            whole = False
    return whole


def _discard(plan: Sequence[_Planned], journals: Iterable[Journal]) -> None:
    """After a failure: no temp left behind, and a file set aside but not replaced is back in its place."""
    for item in plan:
        if item.temp is not None:
            remove_quietly(item.temp)
            item.temp = None
        if item.aside is not None:
            with contextlib.suppress(OSError):
                if item.final.exists():
                    item.aside.unlink()
                else:
                    os.replace(item.aside, item.final)
            item.aside = None
    for journal in journals:
        if journal.manifest_temp is not None:
            remove_quietly(journal.folder / journal.manifest_temp)
        remove_quietly(journal.path)

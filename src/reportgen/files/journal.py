"""A write-ahead record of a set being replaced, so that a set of files survives a kill at any instant.

``write_outputs`` first writes every new file (and the new manifest) as a temp, then this record — which temp
becomes which file, where each replaced file is kept aside — fsynced, and only then renames. A run stopped
anywhere (power cut, closed console window, Task Manager) leaves the record behind; the next run that takes
the folder's lock finds it, completes the set when every new file is at hand (roll forward) or else puts the
old set back (roll back), updates the manifest in the same step, and removes every temp the stopped run
owned. Without hard links (FAT, some network shares) a replaced file is renamed aside before the new one takes
its name; the record says where, so a file is never missing from its name in a way recovery cannot undo.

Temp names start with ``~reportgen-`` and end in ``.tmp``: visible as unfinished files in Windows Explorer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reportgen.files.atomic import TEMP_SUFFIX, default_mode, fsync_folder, remove_quietly, write_temp
from reportgen.files.manifest import MANIFEST_NAME, folder_lock
from reportgen.files.oserrors import cause
from reportgen.problems import OutputError, display_path

JOURNAL_PREFIX = "~reportgen-nhat-ky-"  # the record; "nhật ký" = log
NEW_PREFIX = "~reportgen-moi-"  # a new file waiting for its name ("mới" = new)
OLD_PREFIX = "~reportgen-cu-"  # a replaced file kept until the set is in place ("cũ" = old)
_OWNED = (JOURNAL_PREFIX, NEW_PREFIX, OLD_PREFIX)
# Versions before the journal left hidden temps of new bytes (".~reportgen-" and mkstemp's 8 characters) after a
# kill; they never hold anything a person needs, so they go too. Their "-old" copies of replaced files are kept:
# without a record nobody knows which name each belongs to.
_LEGACY_TEMP = re.compile(r"\.~reportgen-[a-z0-9_]{8}")


@dataclass
class Entry:
    """One file of the set: its name in the folder, the temp with its new bytes, where the old one is kept."""

    name: str
    temp: str
    sha256: str
    aside: str | None = None  # None: there was no file of that name before


@dataclass
class Journal:
    """The record of one set in one folder; the manifest's temp is replaced last, after every file."""

    folder: Path
    token: str
    entries: list[Entry] = field(default_factory=list)
    manifest_temp: str | None = None

    @property
    def path(self) -> Path:
        return self.folder / f"{JOURNAL_PREFIX}{self.token}.json"


def new_token() -> str:
    """Ties the temps of one run to its record (and tells them from another run's)."""
    return secrets.token_hex(6)


def temp_prefix(token: str) -> str:
    return f"{NEW_PREFIX}{token}-"


def aside_name(token: str, index: int) -> str:
    return f"{OLD_PREFIX}{token}-{index:05d}{TEMP_SUFFIX}"


def commit(journal: Journal) -> None:
    """Put the record on disk for good (fsynced temp, rename, fsynced folder) before the first rename."""
    record = {
        "version": 1,
        "entries": [asdict(entry) for entry in journal.entries],
        "manifest_temp": journal.manifest_temp,
    }
    data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
    temp = write_temp(journal.folder, data, default_mode(), prefix=f"{JOURNAL_PREFIX}{journal.token}-")
    try:
        os.replace(temp, journal.path)
    except BaseException:
        remove_quietly(temp)
        raise
    fsync_folder(journal.folder)


def finish(journal: Journal) -> None:
    """The set and its manifest are in place: the kept old files and the record go."""
    fsync_folder(journal.folder)
    for entry in journal.entries:
        if entry.aside is not None:
            remove_quietly(journal.folder / entry.aside)
    remove_quietly(journal.path)
    fsync_folder(journal.folder)


def _sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _load(path: Path) -> Journal | None:
    """The record at ``path``; None when it cannot be a record this code wrote (then there is nothing to do)."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
        entries = [Entry(**entry) for entry in raw["entries"]]
        manifest_temp = raw["manifest_temp"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    token = path.name.removeprefix(JOURNAL_PREFIX).removesuffix(".json")
    return Journal(path.parent, token, entries, manifest_temp if isinstance(manifest_temp, str) else None)


def _can_roll_forward(journal: Journal) -> bool:
    """Every file of the set either waits in its temp or already has its new bytes."""
    for entry in journal.entries:
        if not (journal.folder / entry.temp).is_file() and _sha256(journal.folder / entry.name) != entry.sha256:
            return False
    return True


def _roll_forward(journal: Journal) -> None:
    folder = journal.folder
    for entry in journal.entries:
        temp = folder / entry.temp
        if temp.is_file():
            os.replace(temp, folder / entry.name)
    fsync_folder(folder)
    if journal.manifest_temp is not None and (folder / journal.manifest_temp).is_file():
        os.replace(folder / journal.manifest_temp, folder / MANIFEST_NAME)
    finish(journal)


def _roll_back(journal: Journal) -> None:
    folder = journal.folder
    for entry in journal.entries:
        final = folder / entry.name
        if entry.aside is not None and (folder / entry.aside).is_file():
            os.replace(folder / entry.aside, final)
            remove_quietly(folder / entry.aside)  # a hard link to the same file: the rename did nothing
        elif entry.aside is None and _sha256(final) == entry.sha256:
            final.unlink()  # a file new in the set that already took its name
        remove_quietly(folder / entry.temp)
    if journal.manifest_temp is not None:
        remove_quietly(folder / journal.manifest_temp)
    fsync_folder(folder)
    remove_quietly(journal.path)
    fsync_folder(folder)


def _owned(folder: Path) -> list[str]:
    try:
        with os.scandir(folder) as found:
            return sorted(
                entry.name for entry in found if entry.name.startswith(_OWNED) or _LEGACY_TEMP.fullmatch(entry.name)
            )
    except OSError:
        return []


def recover(folder: Path) -> None:
    """Complete or undo whatever set a stopped run left in ``folder``; the caller holds the folder's lock.

    Then every temp a run owned goes: no run writes in this folder while the lock is held, so a temp
    still there belongs to a run that was stopped before its record was written.
    """
    names = _owned(folder)
    if not names:
        return
    try:
        for name in names:
            if name.startswith(JOURNAL_PREFIX) and name.endswith(".json"):
                journal = _load(folder / name)
                if journal is None:
                    remove_quietly(folder / name)
                elif _can_roll_forward(journal):
                    _roll_forward(journal)
                else:
                    _roll_back(journal)
        for name in _owned(folder):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()
    except OSError as exc:
        raise OutputError(
            f"Không hoàn tất được lần ghi bị dừng giữa chừng trong thư mục {display_path(folder)}: {cause(exc)}. "
            "Các tệp đang chờ (tên bắt đầu bằng ~reportgen-) được giữ nguyên để lần chạy sau hoàn tất."
        ) from exc
    fsync_folder(folder)


def recover_folder(folder: Path) -> None:
    """What every command does before it reads or writes outputs in ``folder``: finish a stopped set first."""
    if not folder.is_dir() or not _owned(folder):
        return
    with folder_lock(folder, folder / MANIFEST_NAME):
        recover(folder)

"""The one way reportgen puts bytes on disk: a complete, fsynced temp file in the target's folder, then a rename.

Every writer (documents, their manifest, the user's inputs and workbooks) goes through here, so a full disk,
a crash or Ctrl+C leaves either the old file or the new one, never half of each, and never a stray temp file.
Temp names start with ``~`` and end in ``.tmp``, the way Windows Explorer users recognise an unfinished file
(a leading dot hides nothing there).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

TEMP_PREFIX = "~reportgen-tam-"
TEMP_SUFFIX = ".tmp"
OWN_PREFIX = "~reportgen-"  # every file reportgen keeps only while writing starts so


def _umask() -> int:
    """The process umask read without changing it (os.umask would race with other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def default_mode() -> int:
    """Permission bits a newly created file gets from the umask, as open() would give it."""
    return 0o666 & ~_umask()


def write_temp(folder: Path, data: bytes, mode: int, prefix: str = TEMP_PREFIX) -> Path:
    """A fully written, fsynced temp file in ``folder``; removed again if anything goes wrong."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=TEMP_SUFFIX)
    temp = Path(name)
    try:
        try:
            with contextlib.suppress(AttributeError, NotImplementedError):  # no fchmod on Windows
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(errno.EIO, "os.write wrote nothing")
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        remove_quietly(temp)
        raise
    return temp


def remove_quietly(path: Path) -> None:
    """Clean-up on a failure path must not hide the original error."""
    with contextlib.suppress(OSError):
        path.unlink()


def fsync_folder(folder: Path) -> None:
    """Make the renames durable; filesystems (and Windows) that cannot fsync a folder are accepted as they are."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def existing_mode(path: Path) -> int | None:
    """Permission bits of the file at ``path``, None when there is none."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        return None


def replace_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace (or create) ``path`` with ``data`` in one rename; OSError is the caller's to word."""
    folder = path.absolute().parent
    temp = write_temp(folder, data, default_mode() if mode is None else mode)
    try:
        os.replace(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise

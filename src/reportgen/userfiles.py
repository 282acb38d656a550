"""Writing files that belong to the user (inputs, workbooks): whole or not at all.

Unlike generated documents these are not recorded in a manifest: a new one never replaces an existing
file, and an input rewritten by ``import-xlsx`` keeps its previous version as ``<name>.bak``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from reportgen.problems import OutputError, display_path

_TEMP_PREFIX = ".~reportgen-"


def _temp_with(folder: Path, data: bytes, mode: int) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=_TEMP_PREFIX)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _failed(path: Path, exc: OSError) -> OutputError:
    reason = {
        errno.ENOSPC: "ổ đĩa đã đầy",
        errno.EACCES: "không có quyền ghi",
        errno.EPERM: "không có quyền ghi",
        errno.EROFS: "ổ đĩa chỉ cho phép đọc",
        errno.ENOENT: "thư mục không tồn tại",
    }.get(exc.errno or 0, f"lỗi hệ thống: {exc.strerror or exc}")
    return OutputError(f"Không ghi được tệp {display_path(path)}: {reason}.")


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def refuse_existing(path: Path) -> None:
    if os.path.lexists(path):
        raise OutputError(
            f"Tệp {display_path(path)} đã có; reportgen không ghi đè. Hãy chọn tên tệp khác hoặc tự xóa tệp cũ."
        )


def write_new(path: Path, data: bytes) -> Path:
    """Create ``path`` with ``data``; an existing file (even one appearing meanwhile) is never replaced."""
    refuse_existing(path)
    folder = path.absolute().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = _temp_with(folder, data, _default_mode())
    except OSError as exc:
        raise _failed(path, exc) from exc
    try:
        os.link(temp, path)  # fails if the name exists: no window for overwriting
    except FileExistsError:
        raise OutputError(f"Tệp {display_path(path)} vừa được tạo bởi người khác; reportgen không ghi đè.") from None
    except OSError:  # filesystems without hard links (FAT, some network shares)
        refuse_existing(path)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return path.absolute()


def replace_keeping_backup(path: Path, data: bytes) -> Path:
    """Replace ``path`` atomically after copying its current content to ``<name>.bak``; returns the backup."""
    backup = path.with_name(path.name + ".bak")
    try:
        mode = os.stat(path).st_mode & 0o7777
        backup_temp = _temp_with(path.absolute().parent, path.read_bytes(), mode)
        os.replace(backup_temp, backup)
        temp = _temp_with(path.absolute().parent, data, mode)
        os.replace(temp, path)
    except OSError as exc:
        raise _failed(path, exc) from exc
    return backup


def replace(path: Path, data: bytes) -> Path:
    """Replace (or create) ``path`` atomically, keeping its permissions; for files reportgen owns."""
    folder = path.absolute().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        mode = os.stat(path).st_mode & 0o7777 if path.exists() else _default_mode()
        os.replace(_temp_with(folder, data, mode), path)
    except OSError as exc:
        raise _failed(path, exc) from exc
    return path.absolute()

"""Writing files that belong to the user (inputs, workbooks): whole or not at all.

Unlike generated documents these are not recorded in a manifest: a new one never replaces an existing
file, and an input rewritten by ``import-xlsx`` keeps its previous version as ``<name>.bak``.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reportgen.files.atomic import default_mode, existing_mode, replace_atomically, write_temp
from reportgen.files.oserrors import write_failed
from reportgen.problems import OutputError, display_path


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
        temp = write_temp(folder, data, default_mode())
    except OSError as exc:
        raise write_failed(path, exc) from exc
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
        mode = existing_mode(path)
        replace_atomically(backup, path.read_bytes(), mode)
        replace_atomically(path, data, mode)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    return backup


def replace(path: Path, data: bytes) -> Path:
    """Replace (or create) ``path`` atomically, keeping its permissions; for files reportgen owns."""
    try:
        path.absolute().parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, data, existing_mode(path))
    except OSError as exc:
        raise write_failed(path, exc) from exc
    return path.absolute()

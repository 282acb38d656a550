"""The manifest next to the outputs remembers what reportgen itself produced (by SHA-256), so a document a
person opened and corrected in Word no longer matches it and is never overwritten silently; a folder lock
makes check-write-record one step across concurrent runs."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from reportgen.files.oserrors import cause, write_failed
from reportgen.files.stamp import is_unchanged_output
from reportgen.problems import OutputError, display_path

try:
    import fcntl
except ImportError:  # Windows: msvcrt locks a byte range instead
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_NAME", "MANIFEST_NAME"]

MANIFEST_NAME = ".reportgen-manifest.json"
LOCK_NAME = ".reportgen-manifest.lock"
# Not following a link and not leaking the descriptor; Windows has neither flag (nor symlinks in offices).
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


@contextlib.contextmanager
def folder_lock(folder: Path, final: Path) -> Iterator[None]:
    """Serialises check–write–record in one folder across threads and processes (flock, Linux).

    The lock file is removed again before the lock is released, so no run, failed or not, leaves it
    behind. A run that was waiting on the removed file notices (its file is no longer the one at the path)
    and locks the new one, so two runs never hold "the" lock at once.
    """
    path = folder / LOCK_NAME
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, 0o666)
        except OSError as exc:
            raise write_failed(final, exc) from exc
        try:
            _lock(fd)
        except OSError as exc:
            # Some network/FUSE filesystems have no locks; the atomic rename still keeps files whole.
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                os.close(fd)
                raise write_failed(final, exc) from exc
        if fcntl is None or _is_at(fd, path):  # Windows cannot remove an open file: nothing to re-check
            break
        os.close(fd)
    try:
        yield
    finally:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                os.unlink(path)
        os.close(fd)  # releases the lock


def _is_at(fd: int, path: Path) -> bool:
    """Whether the open lock file is still the file at ``path`` (another run may have removed it)."""
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _lock(fd: int) -> None:
    """An exclusive lock on the whole lock file, released when ``fd`` is closed."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    import msvcrt  # pragma: no cover - Windows only

    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # pragma: no cover


def read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Entries of the folder's manifest; anything unreadable counts as "no entry" (i.e. unknown file)."""
    try:
        fd = os.open(folder / MANIFEST_NAME, os.O_RDONLY | _NO_FOLLOW)
    except OSError:
        return {}
    try:
        with os.fdopen(fd, "rb") as handle:
            raw = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {name: entry for name, entry in raw.items() if isinstance(name, str) and isinstance(entry, dict)}


def _sha256_file(path: Path) -> str:
    """Hash in chunks without following a symlink, so a large file costs no memory."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | _NO_FOLLOW)
    with os.fdopen(fd, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def refuse_if_edited(final: Path, target: Path, manifest: dict[str, dict[str, Any]], new_hash: str) -> None:
    """An existing file must be what reportgen last wrote there (or already the new bytes) to be replaced.

    ``target`` is the file as the caller named it, for the message.
    """
    try:
        current = _sha256_file(final)
    except OSError as exc:
        raise OutputError(f"Không đọc được tệp hiện có {display_path(target)} để kiểm tra: {cause(exc)}.") from exc
    recorded = manifest.get(final.name, {}).get("sha256")
    # Identical bytes lose nothing even without a record; a lost or stale record is made up for by the hash
    # each generated document carries of its own content.
    if current not in (recorded, new_hash) and not is_unchanged_output(final):
        raise OutputError(
            f"Tệp {display_path(target)} đã bị sửa sau khi được tạo (hoặc không do reportgen tạo); không ghi đè. "
            "Dùng --force để ghi đè, hoặc đổi tên tệp."
        )


def recorded(manifest: dict[str, dict[str, Any]], folder: Path, hashes: dict[str, str], source: str) -> bytes:
    """The manifest with every file of ``hashes`` (name → SHA-256) recorded and entries of files that no
    longer exist dropped, as bytes."""
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    for name, new_hash in hashes.items():
        manifest[name] = {"sha256": new_hash, "source": source, "generated_at": now}
    manifest = {
        name: entry for name, entry in sorted(manifest.items()) if name in hashes or os.path.lexists(folder / name)
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def is_edited(final: Path, manifest: dict[str, dict[str, Any]]) -> bool:
    """Whether ``final`` differs from what reportgen recorded writing there (a person changed it since)."""
    try:
        if _sha256_file(final) == manifest.get(final.name, {}).get("sha256"):
            return False
    except OSError:
        return False
    return not is_unchanged_output(final)

"""Refuse to start on a workspace whose database sits on a network share.

SQLite's locking (and the OS lock that serialises saves) is only reliable on a local disk: on an SMB or NFS
share two PCs can both believe they hold the lock, and an edit is lost or the database corrupted. The
server refuses such a folder at start, saying what to do instead: run ``reportgen serve`` on the PC that
holds the folder, and let the others use the page from their browser.

Linux: the filesystem type of the folder's mount, from ``/proc/self/mounts``. Windows: a UNC path
(``\\\\server\\share``) or a drive letter Windows reports as remote (``GetDriveTypeW`` = DRIVE_REMOTE, a mapped
network drive). macOS and others: not detected; the README says not to do it.
"""

from __future__ import annotations

import sys
from pathlib import Path

MOUNTS = Path("/proc/self/mounts")
NETWORK_TYPES = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "lustre",
    "gpfs",
    "ncpfs",
    "coda",
    "davfs",
    "fuse.sshfs",
    "fuse.glusterfs",
    "fuse.davfs2",
    "fuse.rclone",
    "fuse.s3fs",
}
DRIVE_REMOTE = 4


class OnNetworkShare(Exception):
    """The workspace is on a network share; the message says why and what to do, in Vietnamese."""


def _unescape(field: str) -> str:
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def filesystem_type(folder: Path, mounts: Path = MOUNTS) -> str | None:
    """The type of the filesystem holding ``folder`` (the longest mount point above it), None if unknown."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(folder.resolve())
    best, found = -1, None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best, found = len(point), parts[2]
    return found


def network_share(folder: Path, mounts: Path = MOUNTS) -> str | None:
    """Why ``folder`` is on a network share (for the message), or None when it is on a local disk."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_share(folder)
    kind = filesystem_type(folder, mounts)
    if kind is not None and (kind in NETWORK_TYPES or kind.startswith("nfs")):
        return f"ổ mạng kiểu {kind}"
    return None


def _windows_share(folder: Path) -> str | None:  # pragma: no cover - exercised on Windows only
    import ctypes

    text = str(folder.resolve())
    if text.startswith("\\\\"):
        return "thư mục chia sẻ trên mạng (đường dẫn \\\\máy\\thư_mục)"
    drive = text[:3]
    kernel = getattr(ctypes, "windll").kernel32  # noqa: B009 - windll exists only on Windows
    if kernel.GetDriveTypeW(drive) == DRIVE_REMOTE:
        return f"ổ mạng {drive}"
    return None


def refusal(folder: Path, mounts: Path = MOUNTS) -> str | None:
    """The message refusing ``folder``, or None when the server may use it."""
    why = network_share(folder, mounts)
    if why is None:
        return None
    return (
        f"thư mục làm việc {folder} nằm trên {why}: cơ sở dữ liệu lịch sử và khóa ghi của reportgen không an toàn "
        "trên ổ mạng (hai máy có thể cùng ghi, mất bản sửa). Hãy chạy reportgen serve trên chính máy giữ thư mục "
        "này, các máy khác mở trang web bằng trình duyệt; hoặc chép thư mục về ổ đĩa của máy này."
    )

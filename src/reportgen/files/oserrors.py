"""Vietnamese reasons for OS failures while writing, shared by the atomic writer and the manifest lock."""

from __future__ import annotations

import errno
from pathlib import Path

from reportgen.problems import OutputError, display_path

_CAUSES = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết hạn mức dung lượng được cấp trên ổ đĩa",
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ cho phép đọc, không ghi được",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.ENOENT: "thư mục không tồn tại",
    errno.ENOTDIR: "một phần của đường dẫn không phải là thư mục",
    errno.EISDIR: "đường dẫn là một thư mục",
    errno.EIO: "lỗi đọc/ghi thiết bị",
}


def cause(exc: BaseException) -> str:
    """The reason in words a civil servant can act on (disk full, no permission…), not an errno."""
    if isinstance(exc, OSError):
        if exc.errno in _CAUSES:
            return _CAUSES[exc.errno]
        return f"lỗi hệ thống: {exc.strerror or exc}"
    return f"lỗi không mong đợi: {type(exc).__name__}: {exc}"


def write_failed(path: Path, exc: BaseException) -> OutputError:
    """The one message for a failed write, which always reassures that the old file is intact."""
    return OutputError(f"Không ghi được tệp {display_path(path)}: {cause(exc)}. Tệp cũ (nếu có) vẫn được giữ nguyên.")

"""Files people send from the browser are checked before any library code opens them.

A .docx or .xlsx is a zip: a small upload can unpack to gigabytes (a zip bomb), so the sizes the archive
declares are summed before anything is extracted. The browser's file name is never used as a path.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

MAX_UPLOAD = 20 * 1024 * 1024  # bytes sent
MAX_UNPACKED = 200 * 1024 * 1024  # bytes the archive says it holds
MAX_RATIO = 150  # unpacked / packed, per member

_BAD_NAME = re.compile(r"[/\\\x00]|^\.\.?$|^\.")


class UploadRefused(ValueError):
    """Why the upload is refused, in Vietnamese."""


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes


def check_upload(filename: str | None, data: bytes, suffix: str, required_part: str) -> Upload:
    """The upload if it is a plausible ``suffix`` file (e.g. ``.docx`` holding ``word/document.xml``)."""
    name = (filename or "").strip()
    if not name or _BAD_NAME.search(name) or ".." in name:
        raise UploadRefused(f"Tên tệp “{name}” không hợp lệ: chỉ nhận tên tệp đơn, không có thư mục hay “..”.")
    if not name.lower().endswith(suffix):
        raise UploadRefused(f"Tệp “{name}” không phải tệp {suffix}; hãy chọn một tệp {suffix}.")
    if len(data) > MAX_UPLOAD:
        raise UploadRefused(f"Tệp “{name}” quá lớn ({len(data) // (1024 * 1024)} MB); giới hạn là 20 MB.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise UploadRefused(f"Tệp “{name}” không phải tệp {suffix} hợp lệ (không mở được dạng nén).") from None
    with archive:
        members = archive.infolist()
        total = sum(m.file_size for m in members)
        if total > MAX_UNPACKED or any(m.file_size > MAX_RATIO * max(m.compress_size, 1024) for m in members):
            raise UploadRefused(f"Tệp “{name}” khi giải nén lớn bất thường; không mở tệp này.")
        if required_part not in archive.namelist():
            raise UploadRefused(f"Tệp “{name}” không phải tệp {suffix} hợp lệ (thiếu phần {required_part}).")
    return Upload(name, data)

"""Bytes to text: refuse, in Vietnamese and with a position, what is not UTF-8 (UTF-16 from Notepad,
Windows-1258/TCVN3/VNI from old tools) instead of guessing an encoding and changing the data."""

from __future__ import annotations

from reportgen.load.common import MAX_BYTES
from reportgen.problems import InputError, Problem

_RESAVE = (
    "Hãy mở tệp và lưu lại với mã hóa UTF-8: trong Word/Notepad chọn Lưu thành… và mã hóa UTF-8; "
    "trong Excel/LibreOffice cũng chọn Lưu thành… và chọn bộ ký tự UTF-8."
)


def too_big(size: int) -> str:
    """The size in MB with a Vietnamese decimal comma: an oversized file is most often the wrong file."""
    shown = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return (
        f"Tệp quá lớn ({shown} MB), vượt giới hạn {MAX_BYTES // 1024 // 1024} MB; "
        "hãy kiểm tra xem có chọn nhầm tệp không."
    )


def decode(raw: bytes, display: str) -> str:
    """UTF-8 text (a UTF-8 BOM is allowed); anything else is refused with how to re-save the file."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError([Problem(display, 1, 1, message=_not_utf8("UTF-32"), code="encoding")])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem(display, 1, 1, message=_not_utf8("UTF-16"), code="encoding")])
    sample = raw[:4096]
    if sample.count(0) * 4 >= len(sample) > 0:
        line, col = _byte_position(raw, raw.index(0))
        raise InputError([Problem(display, line, col, message=_not_utf8("UTF-16"), code="encoding")])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _byte_position(raw, err.start)
        message = (
            f"Tệp không được lưu ở mã hóa UTF-8 (byte 0x{raw[err.start]:02X} ở vị trí này không hợp lệ); "
            "có thể tệp đã được lưu bằng bảng mã cũ như Windows-1258, TCVN3 hoặc VNI. " + _RESAVE
        )
        raise InputError([Problem(display, line, col, message=message, code="encoding")]) from None


def _not_utf8(encoding: str) -> str:
    """The message for a file recognisably saved in another Unicode encoding."""
    return f"Tệp đang được lưu ở mã hóa {encoding}, không phải UTF-8. " + _RESAVE


def _byte_position(raw: bytes, index: int) -> tuple[int, int]:
    """Line and character column of a byte offset, for files that cannot be decoded as a whole."""
    prefix = raw[:index].decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    start = prefix.rfind("\n") + 1
    return prefix.count("\n") + 1, len(prefix) - start + 1

"""Writing documents so that a civil servant never loses work.

A document is only ever replaced as a whole (temp file in the same folder, fsync, rename), so a full disk,
a crash or two runs at once leave either the old file or the new one, never half of each.  A manifest next
to the outputs remembers what reportgen itself produced: a file a person opened and corrected in Word no
longer matches it and is not overwritten silently.  File names come from people's names and titles, so
they are made safe for every filesystem the office may copy them to while keeping the Vietnamese letters.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import io
import json
import os
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.parsers import expat

from reportgen.problems import OutputError, display_path

__all__ = [
    "LOCK_NAME",
    "MANIFEST_NAME",
    "TEMP_PREFIX",
    "CheckedDocx",
    "check_valid_docx",
    "safe_filename",
    "write_output",
]

MANIFEST_NAME = ".reportgen-manifest.json"
LOCK_NAME = ".reportgen-manifest.lock"
TEMP_PREFIX = ".~reportgen-"

_FORBIDDEN = frozenset('/\\:*?"<>|')
_SEPARATORS = "-_"
_FALLBACK_NAME = "van_ban"
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)


# --------------------------------------------------------------------------------------------- file names


def _strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean(text: str, *, ascii_only: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if ascii_only:
        text = _strip_diacritics(text)
    out: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if char.isspace() or category == "Zs":
            out.append("_")
        elif (
            char in _FORBIDDEN
            or category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
            or (ascii_only and not char.isascii())
        ):
            out.append("-")
        else:
            out.append(char)
    cleaned = "".join(out)
    # Collapse runs of separators ("A / B" -> "A_-_B" -> "A-B") and of dots ("..", "...").
    result: list[str] = []
    for char in cleaned:
        if result and char in _SEPARATORS and result[-1] in _SEPARATORS:
            if char == "-":
                result[-1] = "-"
            continue
        if result and char == "." and result[-1] == ".":
            continue
        result.append(char)
    return "".join(result)


def _trim(stem: str) -> str:
    return stem.strip(" ._-")


def _fit(stem: str, max_bytes: int) -> str:
    """Longest prefix of ``stem`` within ``max_bytes`` UTF-8 bytes, not cutting a letter from its marks."""
    if len(stem.encode("utf-8")) <= max_bytes:
        return stem
    used = 0
    end = 0
    for index, char in enumerate(stem):
        size = len(char.encode("utf-8"))
        if used + size > max_bytes:
            break
        used += size
        end = index + 1
    # A combining mark left without its letter would render as a stray accent: drop the whole cluster.
    while 0 < end < len(stem) and unicodedata.combining(stem[end]):
        end -= 1
    cut = unicodedata.normalize("NFC", stem[:end])
    while len(cut.encode("utf-8")) > max_bytes:
        cut = unicodedata.normalize("NFC", cut[:-1])
    return cut


def _avoid_reserved(name: str) -> str:
    base, _, rest = name.partition(".")
    if base.rstrip(" ").upper() in _WINDOWS_RESERVED:
        return f"{base}_" + (f".{rest}" if rest else "")
    return name


def safe_filename(text: str, suffix: str = "", max_bytes: int = 200, *, ascii: bool = False) -> str:
    """A file name made from a person's name or a title, safe on Linux, Windows and macOS.

    Vietnamese letters are kept (NFC) unless ``ascii`` is true, in which case diacritics are removed
    (đ → d).  Whitespace becomes ``_``; characters Windows forbids and control characters become ``-``;
    leading dots, ``..`` and Windows device names (CON, NUL, COM1…) cannot occur.  The result, suffix
    included, is at most ``max_bytes`` UTF-8 bytes; the suffix (e.g. ``".docx"``) is never cut.
    """
    clean_suffix = _clean(suffix, ascii_only=ascii).rstrip(" .")
    suffix_bytes = len(clean_suffix.encode("utf-8"))
    room = max_bytes - suffix_bytes
    if room < len(_FALLBACK_NAME) + 1:
        raise ValueError(f"max_bytes={max_bytes} is too small for suffix {suffix!r}")
    stem = _trim(_clean(text, ascii_only=ascii)) or _FALLBACK_NAME
    # Reserve one byte for the "_" that a Windows device name may need.
    stem = _trim(_fit(stem, room - 1)) or _FALLBACK_NAME
    name = _avoid_reserved(stem + clean_suffix)
    assert len(name.encode("utf-8")) <= max_bytes
    return name


# --------------------------------------------------------------------------------------- docx structure


class CheckedDocx(bytes):
    """A .docx whose structure its producer already checked, so ``write_output`` does not parse it again.

    ``render.render`` returns these: the template was checked with ``check_valid_docx`` when it was compiled
    and every rendered part was parsed strictly, so a second full parse would only double the cost.
    """


def _scan_xml(data: bytes) -> None:
    """Strictly well-formed, namespaces included (the expat parser ElementTree uses), without building a tree.

    A 20,000-row report is tens of MB of XML: a tree would cost hundreds of MB and seconds for nothing.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.Parse(data, True)


def check_valid_docx(data: bytes) -> None:
    """Refuse bytes Word would not open: not a zip, a required part missing, or any XML part not parsing."""

    def broken(detail: str) -> OutputError:
        return OutputError(f"Văn bản sinh ra bị lỗi cấu trúc, Word sẽ không mở được ({detail}).")

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise broken(f"không phải tệp nén .docx hợp lệ: {exc}") from exc
    with archive:
        names = archive.namelist()
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise broken(f"phần {name} xuất hiện hai lần")
            seen.add(name)
        for required in ("[Content_Types].xml", "word/document.xml"):
            if required not in seen:
                raise broken(f"thiếu phần {required}")
        for name in names:
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                _scan_xml(archive.read(name))
            except expat.ExpatError as exc:
                raise broken(f"phần {name}: {exc}") from exc
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise broken(f"phần {name}: không giải nén được: {exc}") from exc


# ------------------------------------------------------------------------------------------ OS failures

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


def _cause(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        if exc.errno in _CAUSES:
            return _CAUSES[exc.errno]
        return f"lỗi hệ thống: {exc.strerror or exc}"
    return f"lỗi không mong đợi: {type(exc).__name__}: {exc}"


def _write_failed(path: Path, exc: BaseException) -> OutputError:
    return OutputError(
        f"Không ghi được tệp {display_path(path)}: {_cause(exc)}. Tệp cũ (nếu có) vẫn được giữ nguyên."
    )


# ----------------------------------------------------------------------------------------- atomic files


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _write_temp(folder: Path, data: bytes, mode: int) -> Path:
    """A fully written, fsynced temp file in ``folder``; removed again if anything goes wrong."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX)
    temp = Path(name)
    try:
        try:
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
        _remove_quietly(temp)
        raise
    return temp


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _folder_lock(folder: Path, final: Path) -> Iterator[None]:
    """Serialises check–write–record in one folder across threads and processes (flock, Linux)."""
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise _write_failed(final, exc) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            # Some network/FUSE filesystems have no locks; the atomic rename still keeps files whole.
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                raise _write_failed(final, exc) from exc
        yield
    finally:
        os.close(fd)  # releases the lock


# ------------------------------------------------------------------------------------------- manifest


def _read_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    """Entries of the folder's manifest; anything unreadable counts as "no entry" (i.e. unknown file)."""
    try:
        fd = os.open(folder / MANIFEST_NAME, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
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
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------------------------- targets


def _place(target: Path, root: Path | None) -> Path:
    """Absolute target with its folder resolved (the file itself is never followed), checked against root."""
    shown = display_path(target)
    if target.name in ("", ".", "..") or target.name.startswith(TEMP_PREFIX):
        raise OutputError(f"Không ghi được tệp {shown}: tên tệp không hợp lệ.")
    if target.name in (MANIFEST_NAME, LOCK_NAME):
        raise OutputError(f"Không ghi được tệp {shown}: tên này được reportgen dành riêng.")
    resolved_root = root.resolve() if root is not None else None
    final = target.absolute().parent.resolve() / target.name
    if resolved_root is not None and not final.is_relative_to(resolved_root):
        raise OutputError(
            f"Không ghi tệp {shown}: đường dẫn nằm ngoài thư mục đầu ra {display_path(resolved_root)}."
        )
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Không tạo được thư mục {display_path(final.parent)} để ghi {shown}: {_cause(exc)}."
        ) from exc
    # A symlink may have appeared among the folders while they were created: check the real place again.
    again = final.parent.resolve() / target.name
    if resolved_root is not None and not again.is_relative_to(resolved_root):
        raise OutputError(
            f"Không ghi tệp {shown}: đường dẫn nằm ngoài thư mục đầu ra {display_path(resolved_root)}."
        )
    return again


def _existing_mode(path: Path, shown: str) -> int | None:
    """Permission bits of the file being replaced, None when there is none; refuses links and non-files."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _write_failed(path, exc) from exc
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            f"Không ghi vào {shown}: đây là liên kết tượng trưng (symlink), "
            "reportgen không ghi qua liên kết. Hãy xoá liên kết hoặc chọn tên tệp khác."
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"Không ghi vào {shown}: đường dẫn này không phải là một tệp thông thường.")
    return stat.S_IMODE(info.st_mode)


def write_output(
    target: Path, data: bytes, *, root: Path | None = None, force: bool = False, source: str = ""
) -> Path:
    """Replace ``target`` with ``data`` atomically and record it in the folder's manifest.

    ``data`` must be the complete document (build first, then write); a ``.docx`` is checked for structure
    before anything touches the disk.  With ``root``, the target must lie inside it (folders are created as
    needed).  An existing file that reportgen did not produce, or that was edited since, is only replaced
    with ``force``.  Every failure is an :class:`OutputError` in Vietnamese and leaves the old file intact.
    Returns the absolute path written.
    """
    target = Path(target)
    shown = display_path(target)
    if target.suffix.lower() == ".docx" and not isinstance(data, CheckedDocx):
        check_valid_docx(data)
    final = _place(target, root)
    folder = final.parent
    new_hash = hashlib.sha256(data).hexdigest()

    with _folder_lock(folder, final):
        mode = _existing_mode(final, shown)
        manifest = _read_manifest(folder)
        if mode is not None and not force:
            try:
                current = _sha256_file(final)
            except OSError as exc:
                raise OutputError(f"Không đọc được tệp hiện có {shown} để kiểm tra: {_cause(exc)}.") from exc
            recorded = manifest.get(final.name, {}).get("sha256")
            # Identical bytes lose nothing even without a record (e.g. the manifest was deleted).
            if current not in (recorded, new_hash):
                raise OutputError(
                    f"Tệp {shown} đã bị sửa sau khi được tạo (hoặc không do reportgen tạo); không ghi đè. "
                    "Dùng --force để ghi đè, hoặc đổi tên tệp."
                )
        manifest[final.name] = {
            "sha256": new_hash,
            "source": source,
            "generated_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        manifest = {
            name: entry
            for name, entry in sorted(manifest.items())
            if name == final.name or os.path.lexists(folder / name)
        }
        manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        _replace_both(final, data, mode, folder / MANIFEST_NAME, manifest_bytes, shown)
        _fsync_folder(folder)
    return final


def _replace_both(
    final: Path, data: bytes, mode: int | None, manifest: Path, record: bytes, shown: str
) -> None:
    """Both temp files are complete before either rename, so a full disk never splits document and record."""
    folder = final.parent
    default_mode = 0o666 & ~_umask()
    doc_temp: Path | None = None
    record_temp: Path | None = None
    try:
        doc_temp = _write_temp(folder, data, default_mode if mode is None else mode)
        record_temp = _write_temp(folder, record, default_mode)
        os.replace(doc_temp, final)
        doc_temp = None
    except BaseException as exc:
        for temp in (doc_temp, record_temp):
            if temp is not None:
                _remove_quietly(temp)
        if isinstance(exc, Exception):
            raise _write_failed(final, exc) from exc
        raise
    try:
        os.replace(record_temp, manifest)
    except OSError as exc:
        _remove_quietly(record_temp)
        raise OutputError(
            f"Đã ghi tệp {shown} nhưng không cập nhật được sổ ghi {MANIFEST_NAME}: {_cause(exc)}. "
            "Lần sau cần dùng --force để ghi đè tệp này."
        ) from exc

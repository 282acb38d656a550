"""Writing documents so that a civil servant never loses work.

A document is only ever replaced as a whole (temp file in the same folder, fsync, rename), so a full disk,
a crash or two runs at once leave either the old file or the new one, never half of each.  A manifest next
to the outputs remembers what reportgen itself produced: a file a person opened and corrected in Word no
longer matches it and is not overwritten silently (reportgen.manifest).  File names come from people's
names and titles, so they are made safe for every filesystem the office may copy them to while keeping the
Vietnamese letters (reportgen.filenames).  This module re-exports both, so callers import from here.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import stat
import tempfile
import zipfile
from pathlib import Path
from xml.parsers import expat

from reportgen.filenames import safe_filename
from reportgen.manifest import LOCK_NAME, MANIFEST_NAME, folder_lock, read_manifest, recorded, refuse_if_edited
from reportgen.oserrors import cause, write_failed
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

TEMP_PREFIX = ".~reportgen-"

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


# ----------------------------------------------------------------------------------------- atomic files


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
    """Clean-up on a failure path must not hide the original error."""
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable; filesystems that cannot fsync a folder are accepted as they are."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
        raise OutputError(f"Không ghi tệp {shown}: đường dẫn nằm ngoài thư mục đầu ra {display_path(resolved_root)}.")
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Không tạo được thư mục {display_path(final.parent)} để ghi {shown}: {cause(exc)}.") from exc
    # A symlink may have appeared among the folders while they were created: check the real place again.
    again = final.parent.resolve() / target.name
    if resolved_root is not None and not again.is_relative_to(resolved_root):
        raise OutputError(f"Không ghi tệp {shown}: đường dẫn nằm ngoài thư mục đầu ra {display_path(resolved_root)}.")
    return again


def _existing_mode(path: Path, shown: str) -> int | None:
    """Permission bits of the file being replaced, None when there is none; refuses links and non-files."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise write_failed(path, exc) from exc
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            f"Không ghi vào {shown}: đây là liên kết tượng trưng (symlink), "
            "reportgen không ghi qua liên kết. Hãy xoá liên kết hoặc chọn tên tệp khác."
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"Không ghi vào {shown}: đường dẫn này không phải là một tệp thông thường.")
    return stat.S_IMODE(info.st_mode)


def write_output(target: Path, data: bytes, *, root: Path | None = None, force: bool = False, source: str = "") -> Path:
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

    with folder_lock(folder, final):
        mode = _existing_mode(final, shown)
        manifest = read_manifest(folder)
        if mode is not None and not force:
            refuse_if_edited(final, shown, manifest, new_hash)
        manifest_bytes = recorded(manifest, final, new_hash, source)
        _replace_both(final, data, mode, folder / MANIFEST_NAME, manifest_bytes, shown)
        _fsync_folder(folder)
    return final


def _replace_both(final: Path, data: bytes, mode: int | None, manifest: Path, record: bytes, shown: str) -> None:
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
            raise write_failed(final, exc) from exc
        raise
    try:
        os.replace(record_temp, manifest)
    except OSError as exc:
        _remove_quietly(record_temp)
        raise OutputError(
            f"Đã ghi tệp {shown} nhưng không cập nhật được sổ ghi {MANIFEST_NAME}: {cause(exc)}. "
            "Lần sau cần dùng --force để ghi đè tệp này."
        ) from exc

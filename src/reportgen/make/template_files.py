"""Which file is a document's template: ``<name>.docx``, or the same template saved by a person in another format.

Staff edit templates in Word or LibreOffice, and both offer to save in their own format: LibreOffice keeps
``.odt``, Word can save ``.doc`` or ``.dotx``. Reading only ``<name>.docx`` would build from the old file and the
edit would never appear, silently. So a template saved in another format instead of the ``.docx`` is converted
with LibreOffice (once per content, kept in a cache folder) and used; one saved beside a ``.docx`` of the same
name is refused with a message naming both files, because only the person knows which one holds the edit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from reportgen.make.pdf import find_soffice, install_hint
from reportgen.make.render import render_file
from reportgen.problems import InputError, Problem, display_path

# Formats Word and LibreOffice save a text document in, that LibreOffice converts to .docx.
OTHER_FORMATS = (".odt", ".ott", ".fodt", ".doc", ".dot", ".dotx", ".dotm", ".docm", ".rtf")
_TIMEOUT = 120.0


def cache_dir() -> Path:
    """Where converted templates are kept (``REPORTGEN_CACHE``, else the user's cache folder)."""
    configured = os.environ.get("REPORTGEN_CACHE")
    if configured:
        return Path(configured) / "templates"
    base = os.environ.get("LOCALAPPDATA") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reportgen" / "templates"


def _refusal(path: Path, message: str) -> InputError:
    return InputError([Problem(display_path(path), field="mẫu", message=message, code="template")])


def template_file(folder: Path, name: str) -> Path:
    """The file holding template ``name`` in ``folder``, whatever format it was saved in (not converted yet)."""
    docx = folder / f"{name}.docx"
    found = [p for p in (folder / f"{name}{suffix}" for suffix in OTHER_FORMATS) if p.is_file()]
    if not found:
        return docx
    if docx.is_file() or len(found) > 1:
        both = [docx, *found] if docx.is_file() else found
        names = " và ".join(f"“{p.name}”" for p in both)
        raise _refusal(
            found[0],
            f"có {len(both)} tệp mẫu cho cùng một văn bản: {names} (thư mục {display_path(folder)}); reportgen "
            "không đoán tệp nào chứa bản đã sửa. Hãy giữ lại đúng một tệp: xóa hoặc đổi tên các tệp kia "
            "(mẫu lưu dạng .odt, .doc, .dotx… được tự chuyển sang .docx)",
        )
    return found[0]


def _convert(source: Path, data: bytes, target: Path) -> None:
    soffice = find_soffice()
    if soffice is None:
        raise _refusal(
            source,
            f"mẫu được lưu dạng {source.suffix}, cần LibreOffice để chuyển sang .docx nhưng máy này không có "
            f"(cài: {install_hint('soffice')}); hoặc mở tệp bằng Word hay LibreOffice rồi lưu lại dạng Word "
            f"(.docx) với tên “{source.stem}.docx”",
        )
    with tempfile.TemporaryDirectory(prefix="reportgen-template-") as work_name:
        work = Path(work_name)
        staged = work / f"mau{source.suffix.lower()}"  # an ASCII name: soffice mangles some names under C locale
        staged.write_bytes(data)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(staged),
        ]
        try:
            done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=_TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise _refusal(source, f"LibreOffice không chuyển được mẫu sang .docx ({exc})") from None
        converted = work / "out" / "mau.docx"
        if done.returncode != 0 or not converted.is_file() or not zipfile.is_zipfile(converted):
            said = (done.stdout + done.stderr).decode("utf-8", "replace").strip()[-300:]
            raise _refusal(source, f"LibreOffice không chuyển được mẫu sang .docx (LibreOffice báo: {said or 'không'})")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        shutil.copyfile(converted, partial)
        os.replace(partial, target)  # whole or absent, even with several builds converting at once


def usable_template(source: Path) -> Path:
    """``source`` when it is a .docx; else its conversion to .docx (made once per content, then reused)."""
    if source.suffix.lower() == ".docx":
        return source
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise _refusal(source, f"không đọc được tệp mẫu: {exc.strerror or exc}") from None
    target = cache_dir() / f"{hashlib.sha256(data).hexdigest()[:40]}.docx"
    if not target.is_file():
        try:
            _convert(source, data, target)
        except OSError as exc:
            raise _refusal(source, f"không ghi được bản .docx của mẫu vào {target.parent}: {exc}") from None
    return target


def render_template(folder: Path, name: str, context: dict[str, Any], moment: datetime | None = None) -> bytes:
    """Render template ``name`` of ``folder``; problems in a converted template name the file the person saved.

    ``moment``: the document's time (``moment.document_time``).
    """
    source = template_file(folder, name)
    usable = usable_template(source)
    try:
        return render_file(usable, context, moment)
    except InputError as exc:
        if usable == source:
            raise
        shown = display_path(source)
        raise InputError([dataclasses.replace(p, file=shown) for p in exc.problems]) from None

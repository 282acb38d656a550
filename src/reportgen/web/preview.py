"""Pictures of a document's pages: LibreOffice makes a PDF, poppler's pdftoppm makes one PNG per page.

Pictures are kept per document content (its SHA-256), so a page shown twice costs nothing the second time,
and a rebuilt document gets new pictures.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from reportgen.make.pdf import convert_to_pdf
from reportgen.problems import OutputError

CACHE = ".reportgen-web-preview"
RESOLUTION = 60  # dots per inch: an A4 page 500 px wide, readable and small
_LOCK = threading.Lock()


def content_key(docx: Path) -> str:
    return hashlib.sha256(docx.read_bytes()).hexdigest()[:32]


def pages(workspace: Path, docx: Path) -> tuple[str, int]:
    """(key, page count) of the pictures of ``docx``, made now if they are not there yet."""
    key = content_key(docx)
    folder = workspace / CACHE / key
    with _LOCK:
        if not folder.is_dir():
            _render(docx, folder)
    return key, len(list(folder.glob("trang-*.png")))


def page_file(workspace: Path, key: str, page: int) -> Path | None:
    if not (len(key) == 32 and all(c in "0123456789abcdef" for c in key)) or page < 1:
        return None
    path = workspace / CACHE / key / f"trang-{page:03d}.png"
    return path if path.is_file() else None


def _render(docx: Path, folder: Path) -> None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise OutputError(
            "Không tìm thấy pdftoppm (poppler-utils) để xem trước. Cài đặt: sudo apt-get install poppler-utils"
        )
    with tempfile.TemporaryDirectory(prefix="reportgen-preview-") as work_name:
        work = Path(work_name)
        copy = work / "van_ban.docx"
        shutil.copyfile(docx, copy)
        (pdf,) = convert_to_pdf([copy], work)
        staging = work / "trang"
        staging.mkdir()
        result = subprocess.run(
            [tool, "-png", "-r", str(RESOLUTION), str(pdf), str(staging / "trang")],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if result.returncode != 0:
            raise OutputError("pdftoppm không tạo được ảnh trang: " + result.stderr.decode("utf-8", "replace")[-300:])
        for index, png in enumerate(sorted(staging.glob("trang*.png")), 1):
            png.rename(staging / f"trang-{index:03d}.png.tmp")
        for tmp in staging.glob("*.tmp"):
            tmp.rename(tmp.with_suffix(""))
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staging), str(folder))


def prefetch(workspace: Path, documents: list[Path]) -> None:
    """Pictures of freshly built documents, made in the background; a failure shows when they are asked for."""
    for docx in documents:
        try:
            pages(workspace, docx)
        except (OutputError, OSError, subprocess.SubprocessError):
            continue

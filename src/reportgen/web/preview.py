"""Pictures of a document's pages: LibreOffice (kept running) makes a PDF, poppler's pdftoppm draws each page.

The PDF and the pictures are kept per document content (its SHA-256), so a page shown twice costs nothing the
second time and a rebuilt document gets new pictures. Only the first page is drawn before the answer; the
others are drawn when the browser asks for them (a 30-page report would otherwise wait seconds for all).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from reportgen.make.pdf import convert_to_pdf, install_hint, pdf_page_count
from reportgen.make.warm_pdf import WarmConverter, start_warm
from reportgen.problems import OutputError

CACHE = ".reportgen-web-preview"
PDF_NAME = "van_ban.pdf"
COUNT_NAME = "so_trang.txt"  # the PDF's page count, written once the first page is drawn
RESOLUTION = 60  # dots per inch: an A4 page 500 px wide, readable and small
_LOCK = threading.Lock()
_WARM: list[WarmConverter | None] = []  # started once, on first use or by warm_up(); [None] = not available here


def warm_up() -> None:
    """Start LibreOffice once and keep it running, so each preview costs a conversion, not a start-up."""
    with _LOCK:
        _warm()


def close() -> None:
    with _LOCK:
        if _WARM and _WARM[0] is not None:
            _WARM[0].close()
        _WARM.clear()


def _warm() -> WarmConverter | None:
    """The running converter (restarted if it died), or None where this machine cannot run one."""
    if _WARM and _WARM[0] is not None and not _WARM[0].alive():
        _WARM[0].close()
        _WARM.clear()
    if not _WARM:
        _WARM.append(start_warm())
    return _WARM[0]


def _to_pdf(copy: Path, work: Path) -> Path:
    """The PDF through the warm LibreOffice when there is one; the slow, always-working way otherwise."""
    warm = _warm()
    if warm is not None:
        try:
            return warm.convert(copy, work / (copy.stem + ".pdf"))
        except OutputError:
            warm.close()  # started afresh next time; this one is converted the slow way
    (pdf,) = convert_to_pdf([copy], work)
    return pdf


def content_key(docx: Path) -> str:
    return hashlib.sha256(docx.read_bytes()).hexdigest()[:32]


def pages(workspace: Path, docx: Path) -> tuple[str, int]:
    """(key, page count) of ``docx``: converted to PDF once, its first page drawn now, the others when asked."""
    key = content_key(docx)
    folder = workspace / CACHE / key
    with _LOCK:
        if not (folder / PDF_NAME).is_file():
            _convert(docx, folder)
        count = pdf_page_count(folder / PDF_NAME)
    if count:
        _draw(folder, 1)
    landing = folder / f".{COUNT_NAME}-{os.getpid()}-{threading.get_ident()}"
    landing.write_text(str(count), encoding="ascii")
    os.replace(landing, folder / COUNT_NAME)
    return key, count


def shown(workspace: Path, docx: Path) -> tuple[str, int] | None:
    """(key, page count) of a document whose first page is already drawn; None when there is work to do.

    Asked by the server itself, so a preview seen before never waits behind a build in a worker process.
    """
    key = content_key(docx)
    folder = workspace / CACHE / key
    try:
        count = int((folder / COUNT_NAME).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None
    return (key, count) if count == 0 or (folder / "trang-001.png").is_file() else None


def drawn(workspace: Path, key: str, page: int) -> Path | None:
    """The picture of a page if it is already drawn (None: ask :func:`page_file` to draw it)."""
    if not (len(key) == 32 and all(c in "0123456789abcdef" for c in key)) or page < 1:
        return None
    path = workspace / CACHE / key / f"trang-{page:03d}.png"
    return path if path.is_file() else None


def page_file(workspace: Path, key: str, page: int) -> Path | None:
    """The picture of one page, drawn now if it is not there yet; None for a page that does not exist."""
    if not (len(key) == 32 and all(c in "0123456789abcdef" for c in key)) or page < 1:
        return None
    folder = workspace / CACHE / key
    path = folder / f"trang-{page:03d}.png"
    if path.is_file():
        return path
    if not (folder / PDF_NAME).is_file() or page > pdf_page_count(folder / PDF_NAME):
        return None
    return _draw(folder, page)


def _convert(docx: Path, folder: Path) -> None:
    """The document's PDF, put in place only once complete."""
    with tempfile.TemporaryDirectory(prefix="reportgen-preview-") as work_name:
        work = Path(work_name)
        copy = work / "van_ban.docx"
        shutil.copyfile(docx, copy)
        pdf = _to_pdf(copy, work)
        folder.mkdir(parents=True, exist_ok=True)
        landing = folder / f".{PDF_NAME}-{os.getpid()}-{threading.get_ident()}"
        shutil.copyfile(pdf, landing)  # the cache may sit on another disk than the temp folder
        os.replace(landing, folder / PDF_NAME)


def _draw(folder: Path, page: int) -> Path:
    """One page as PNG (about 0,2 s), drawn beside the PDF under a temp name and renamed when complete."""
    final = folder / f"trang-{page:03d}.png"
    if final.is_file():
        return final
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise OutputError(f"Không tìm thấy pdftoppm (poppler-utils) để xem trước. Cài đặt: {install_hint('pdftoppm')}")
    stem = folder / f".ve-{page:03d}-{os.getpid()}-{threading.get_ident()}"
    pages = ["-f", str(page), "-l", str(page), "-singlefile"]
    result = subprocess.run(
        [tool, "-png", "-r", str(RESOLUTION), *pages, str(folder / PDF_NAME), str(stem)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    drawn = stem.with_name(stem.name + ".png")
    if result.returncode != 0 or not drawn.is_file():
        raise OutputError("pdftoppm không tạo được ảnh trang: " + result.stderr.decode("utf-8", "replace")[-300:])
    os.replace(drawn, final)
    return final


def prefetch(workspace: Path, documents: list[Path]) -> None:
    """Pictures of freshly built documents, made in the background; a failure shows when they are asked for."""
    for docx in documents:
        try:
            pages(workspace, docx)
        except (OutputError, OSError, subprocess.SubprocessError):
            continue

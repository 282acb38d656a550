"""PDF copies through LibreOffice, which is slow to start, easy to hang and quiet about failures.

So documents are converted many per process, each process gets a fresh profile (a stale or shared one makes
soffice exit at once without converting anything) and a deadline after which its whole process group is
killed, and every PDF is checked before it is moved into place, so a reader never finds half a PDF.
Without a Times New Roman-compatible font the page breaks of a Nghị định 30 document shift, so that is
refused up front rather than discovered on paper; a metric-compatible stand-in (Liberation Serif) keeps the
page breaks but is not Times New Roman, and the user is told (``font_warning``). ``pdf_a`` asks for
PDF/A-2b with tags, which government document exchange often expects.

Staff work on Windows, some on macOS: LibreOffice is looked for where its installers put it, and every
install hint is the one for the platform the user is on.
"""

from __future__ import annotations

import contextlib
import json
import ntpath
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from reportgen.files.journal import recover_folder
from reportgen.make.office_leftovers import clean_leftovers, landing_prefix, record_owner
from reportgen.make.pdf_check import BrokenPdf, check_pdf
from reportgen.problems import OutputError, display_path

__all__ = [
    "convert_to_pdf",
    "embedded_fonts",
    "find_soffice",
    "font_warning",
    "install_hint",
    "pdf_page_count",
    "pdf_text",
]

_TIMES_COMPATIBLE = ("times new roman", "liberation serif", "tinos")
PDF_TIMEOUT = 120.0  # seconds one LibreOffice process may take for its batch (--pdf-timeout)
_PDF_EXPORT = "pdf:writer_pdf_Export"
# LibreOffice ≥ 7.4 takes the export options as JSON after the filter name.
_PDF_A_EXPORT = (
    _PDF_EXPORT
    + ":"
    + json.dumps(
        {"SelectPdfVersion": {"type": "long", "value": "2"}, "UseTaggedPDF": {"type": "boolean", "value": "true"}},
        separators=(",", ":"),
    )
)
_HINTS = {
    "soffice": {
        "win32": "tải LibreOffice cho Windows tại https://www.libreoffice.org/download/ rồi cài như mọi phần mềm"
        " (để thư mục cài đặt mặc định C:\\Program Files\\LibreOffice)",
        "darwin": "tải LibreOffice cho macOS tại https://www.libreoffice.org/download/ rồi kéo vào thư mục"
        " Applications",
        "linux": "sudo apt-get install libreoffice-writer",
    },
    "fonts": {  # any font with Times New Roman's metrics keeps the page breaks
        "win32": "Times New Roman có sẵn trong Windows; nếu đã bị gỡ, cài lại tại Cài đặt → Cá nhân hóa → Phông chữ",
        "darwin": "Times New Roman có sẵn trong macOS; nếu đã bị tắt, bật lại trong Font Book",
        "linux": "sudo apt-get install fonts-liberation2",
    },
    "times": {  # Times New Roman itself
        "win32": "Times New Roman có sẵn trong Windows; nếu đã bị gỡ, cài lại tại Cài đặt → Cá nhân hóa → Phông chữ",
        "darwin": "Times New Roman có sẵn trong macOS; nếu đã bị tắt, bật lại trong Font Book",
        # Debian's main archive has no Times New Roman (the Microsoft core fonts package is in contrib/multiverse)
        "linux": "chép bốn tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf) từ máy Windows"
        " có bản quyền vào thư mục ~/.local/share/fonts rồi chạy fc-cache -f; phông thay thế cùng khổ chữ có sẵn"
        " trong gói fonts-liberation2",
    },
    "poppler": {
        "win32": "cài bản poppler cho Windows rồi thêm thư mục bin của nó vào biến môi trường PATH",
        "darwin": "brew install poppler",
        "linux": "sudo apt-get install poppler-utils",
    },
}


def _platform() -> str:
    return "win32" if sys.platform == "win32" else ("darwin" if sys.platform == "darwin" else "linux")


def install_hint(what: str) -> str:
    """How to install ``soffice``, ``fonts``, ``times`` or ``poppler`` on this computer's system, in Vietnamese."""
    return _HINTS[what][_platform()]


def _candidates() -> list[str]:
    """Where LibreOffice's installers put the program on this system, most usual first."""
    platform = _platform()
    if platform == "win32":
        roots = [
            os.environ.get("PROGRAMFILES", "C:\\Program Files"),
            os.environ.get("PROGRAMW6432", "C:\\Program Files"),
            os.environ.get("PROGRAMFILES(X86)", "C:\\Program Files (x86)"),
        ]
        if os.environ.get("LOCALAPPDATA"):
            roots.append(ntpath.join(os.environ["LOCALAPPDATA"], "Programs"))
        places = [ntpath.join(root, "LibreOffice", "program", "soffice.exe") for root in roots]
    elif platform == "darwin":
        app = "LibreOffice.app/Contents/MacOS/soffice"
        places = [f"/Applications/{app}", str(Path.home() / "Applications" / app)]
    else:
        places = [
            "/usr/bin/soffice",
            "/usr/local/bin/soffice",
            "/opt/libreoffice/program/soffice",
            "/snap/bin/libreoffice",
            *sorted(str(p) for p in Path("/opt").glob("libreoffice*/program/soffice")),
        ]
    return list(dict.fromkeys(places))


def _is_program(place: str) -> bool:
    return os.path.isfile(place) and os.access(place, os.X_OK)


def find_soffice() -> str | None:
    """Path of the LibreOffice command, or None when it is not installed.

    The Windows and macOS installers do not put ``soffice`` on the PATH, so their folders are searched too.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _candidates():
        if _is_program(place):
            return place
    return None


def _check_times_font() -> None:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return
    try:
        result = subprocess.run([fc_match, "Times New Roman"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return
    answer = result.stdout.strip()
    if not any(name in answer.lower() for name in _TIMES_COMPATIBLE):
        raise OutputError(
            "Không có phông chữ tương thích Times New Roman (Times New Roman, Liberation Serif hoặc Tinos); "
            f"fc-match chọn «{answer or 'không có'}», PDF sẽ bị lệch dòng và sai số trang. "
            f"Cài đặt: {install_hint('fonts')}"
        )


def _pdf_fault(path: Path) -> str | None:
    """Why the PDF LibreOffice left is not a whole PDF, None when it is (``pdf_check``)."""
    try:
        check_pdf(path)
    except FileNotFoundError:
        return "không có tệp PDF"
    except OSError as exc:
        return f"không đọc được: {exc.strerror or exc}"
    except BrokenPdf as exc:
        return str(exc)
    return None


def _tail(text: bytes, limit: int = 600) -> str:
    decoded = text.decode("utf-8", errors="replace").strip()
    return decoded[-limit:]


def _plan(docx_paths: Sequence[Path], out_dir: Path) -> list[tuple[Path, Path]]:
    """(source, final PDF) pairs; refuses missing inputs and two inputs that would make the same PDF."""
    pairs: list[tuple[Path, Path]] = []
    seen: dict[str, Path] = {}
    for given in docx_paths:
        source = Path(given)
        if not source.is_file():
            raise OutputError(f"Không chuyển được sang PDF: không tìm thấy tệp {display_path(source)}.")
        pdf_name = source.stem + ".pdf"
        if pdf_name in seen:
            raise OutputError(
                f"Không chuyển được sang PDF: {display_path(seen[pdf_name])} và {display_path(source)} "
                f"cùng cho ra tệp {pdf_name} trong {display_path(out_dir)}; hãy đổi tên một trong hai tệp."
            )
        seen[pdf_name] = source
        pairs.append((source, out_dir / pdf_name))
    return pairs


def _run_soffice(
    soffice: str, inputs: list[Path], outdir: Path, profile: Path, timeout: float, export: str = _PDF_EXPORT
) -> bytes:
    """Run one conversion process; on timeout kill its whole group (soffice forks soffice.bin)."""
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--nodefault",
        "--nolockcheck",
        "--norestore",
        "--convert-to",
        export,
        "--outdir",
        str(outdir),
        *(str(p) for p in inputs),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    except OSError as exc:
        raise OutputError(
            f"Không chạy được LibreOffice ({soffice}): {exc.strerror or exc}. Cài đặt: {install_hint('soffice')}"
        ) from exc
    record_owner(profile.parent, process.pid)  # a kill of reportgen now is cleaned up by the next run
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill_group(process)
        raise OutputError(
            f"LibreOffice không chuyển xong {len(inputs)} văn bản sang PDF trong {timeout:g} giây nên đã bị "
            "dừng; không PDF nào của đợt này được ghi. Hãy thử lại, hoặc cho thêm thời gian bằng tùy chọn "
            f"--pdf-timeout (ví dụ --pdf-timeout {max(int(timeout) * 3, 300)})."
        ) from exc
    except BaseException:
        _kill_group(process)
        raise
    if process.returncode != 0:
        raise OutputError(
            f"LibreOffice dừng với mã lỗi {process.returncode} khi chuyển sang PDF; "
            f"không PDF nào của đợt này được ghi. Thông báo của LibreOffice: {_tail(output)}"
        )
    return output


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    # The child is not reaped yet, so its process group id cannot have been reused.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    try:
        process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        # A descendant left the group (setsid) and still holds the pipe: stop reading, reap the child.
        if process.stdout is not None:
            process.stdout.close()
        process.wait()


def _convert_batch(
    soffice: str, batch: list[tuple[Path, Path]], out_dir: Path, timeout: float, export: str = _PDF_EXPORT
) -> None:
    with tempfile.TemporaryDirectory(prefix="reportgen-soffice-") as work_name:
        work = Path(work_name)
        inputs = work / "in"
        inputs.mkdir()
        # Plain ASCII names: soffice mangles some non-ASCII names under a C locale, and it names each PDF
        # after its input, so copies also keep two inputs from ever meeting in one folder.
        staged: list[Path] = []
        for index, (source, _) in enumerate(batch):
            copy = inputs / f"doc{index:05d}.docx"
            try:
                shutil.copyfile(source, copy)
            except OSError as exc:
                raise OutputError(
                    f"Không đọc được {display_path(source)} để chuyển sang PDF: {exc.strerror or exc}."
                ) from exc
            staged.append(copy)
        # Converted straight into a hidden folder beside the final PDFs, so moving them is a rename.
        try:
            landing = Path(tempfile.mkdtemp(dir=out_dir, prefix=landing_prefix()))
        except OSError as exc:
            raise OutputError(
                f"Không ghi được PDF vào thư mục {display_path(out_dir)}: {exc.strerror or exc}."
            ) from exc
        try:
            output = _run_soffice(soffice, staged, landing, work / "profile", timeout, export)
            produced = [landing / (copy.stem + ".pdf") for copy in staged]
            faults = [(source, _pdf_fault(pdf)) for (source, _), pdf in zip(batch, produced, strict=True)]
            failed = [f"{display_path(source)} ({fault})" for source, fault in faults if fault]
            if failed:
                raise OutputError(
                    f"LibreOffice không tạo được PDF hợp lệ cho: {', '.join(failed)}; không PDF nào của đợt này "
                    f"được ghi. Thông báo của LibreOffice: {_tail(output) or 'không có'}"
                )
            for pdf, (_, final) in zip(produced, batch, strict=True):
                try:
                    os.replace(pdf, final)
                except OSError as exc:
                    raise OutputError(f"Không ghi được tệp {display_path(final)}: {exc.strerror or exc}.") from exc
        finally:
            shutil.rmtree(landing, ignore_errors=True)


def convert_to_pdf(
    docx_paths: Sequence[Path],
    out_dir: Path,
    *,
    timeout: float = PDF_TIMEOUT,
    batch_size: int = 50,
    pdf_a: bool = False,
) -> list[Path]:
    """Convert the documents to ``out_dir/<stem>.pdf``, ``batch_size`` per LibreOffice process.

    With ``pdf_a`` the PDFs are PDF/A-2b (archivable: every font embedded, no encryption) and tagged.

    ``timeout`` (seconds) applies to each process.  A PDF appears only once it is complete and checked;
    on failure an :class:`OutputError` in Vietnamese is raised and the batch leaves nothing behind (PDFs of
    earlier, successful batches stay).  Returns the PDF paths in the order of ``docx_paths``.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if not docx_paths:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise OutputError(
            "Không tìm thấy LibreOffice (soffice) để chuyển văn bản sang PDF. "
            f"Cài đặt: {install_hint('soffice')} (hoặc bỏ tuỳ chọn xuất PDF)."
        )
    _check_times_font()
    out_dir = Path(out_dir)
    clean_leftovers(out_dir)  # an office process and folders a killed run left behind
    recover_folder(out_dir)  # documents a killed build left half-replaced are finished before they are read
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Không tạo được thư mục {display_path(out_dir)}: {exc.strerror or exc}.") from exc
    pairs = _plan(docx_paths, out_dir)
    for start in range(0, len(pairs), batch_size):
        _convert_batch(
            soffice, pairs[start : start + batch_size], out_dir, timeout, _PDF_A_EXPORT if pdf_a else _PDF_EXPORT
        )
    return [final for _, final in pairs]


def _poppler(tool: str, args: list[str]) -> str:
    program = shutil.which(tool)
    if program is None:
        raise OutputError(f"Không tìm thấy {tool} (poppler-utils). Cài đặt: {install_hint('poppler')}")
    result = subprocess.run([program, *args], capture_output=True, timeout=120, check=False)
    if result.returncode != 0:
        raise OutputError(f"{tool} không đọc được PDF: {_tail(result.stderr)}")
    return result.stdout.decode("utf-8", errors="replace")


def pdf_page_count(pdf: Path) -> int:
    """Number of pages, read with poppler's ``pdfinfo``."""
    for line in _poppler("pdfinfo", [str(Path(pdf).absolute())]).splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "Pages":
            return int(value.strip())
    raise OutputError(f"pdfinfo không cho biết số trang của {display_path(pdf)}.")


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """Text of the whole PDF or of one 1-based page (NFC), read with poppler's ``pdftotext``."""
    args = ["-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    text = _poppler("pdftotext", [*args, str(Path(pdf).absolute()), "-"])
    return unicodedata.normalize("NFC", text)


_SUBSET = re.compile(r"^[A-Z]{6}\+")


def embedded_fonts(pdf: Path) -> list[str]:
    """Names of the fonts embedded in the PDF (subset prefix removed), read with poppler's ``pdffonts``."""
    lines = _poppler("pdffonts", [str(Path(pdf).absolute())]).splitlines()
    names: list[str] = []
    for line in lines[2:]:  # two header lines
        fields = line.split()
        # name type [type…] encoding emb sub uni object ID: "emb" is the fifth field from the end
        if len(fields) >= 7 and fields[-5] == "yes":
            names.append(_SUBSET.sub("", fields[0]))
    return list(dict.fromkeys(names))


def _family(font: str) -> str:
    """``LiberationSerif-Bold`` → ``Liberation Serif``; ``TimesNewRomanPS-BoldMT`` → ``Times New Roman``."""
    base = font.split("-")[0].split(",")[0]
    base = re.sub(r"(PS)?MT$|PS$", "", base)
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", base)


def font_warning(pdfs: Sequence[Path]) -> str | None:
    """A Vietnamese warning when the PDFs embed another font than Times New Roman, else None.

    LibreOffice quietly substitutes a metric-compatible font (Liberation Serif) where Times New Roman is
    not installed: the pages break where they should, but the document is not in the font Nghị định 30
    prescribes. Without ``pdffonts`` nothing can be said, so nothing is.
    """
    if not pdfs or shutil.which("pdffonts") is None:
        return None
    others: dict[str, None] = {}
    for pdf in pdfs:
        try:
            fonts = embedded_fonts(pdf)
        except (OutputError, OSError, subprocess.TimeoutExpired):
            return None
        for font in fonts:
            family = _family(font)
            if family.replace(" ", "").lower() != "timesnewroman":
                others[family] = None
    if not others:
        return None
    return (
        "Máy này không có phông Times New Roman nên PDF đã được nhúng phông thay thế "
        f"{', '.join(others)} (cùng khổ chữ nên không lệch dòng, nhưng không phải phông Times New Roman theo "
        f"Nghị định 30). Nếu nơi nhận cần đúng phông, hãy cài Times New Roman (cách cài: {install_hint('times')}) rồi"
        " xuất lại PDF."
    )

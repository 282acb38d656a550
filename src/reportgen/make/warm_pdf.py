"""PDF conversion with LibreOffice kept running between requests, for the web page's previews.

Starting LibreOffice costs seconds per document; a server that shows page previews converts one document at
a time, often. So one soffice process is started once (with its own profile, listening on a named pipe) and
a small script run by a Python that has LibreOffice's ``uno`` module asks it to convert each document. When
no such Python exists, or anything about the warm process fails, callers fall back to ``convert_to_pdf``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO

from reportgen.make.office_leftovers import clean_leftovers, record_owner
from reportgen.make.pdf import find_soffice
from reportgen.make.pdf_check import BrokenPdf, check_pdf
from reportgen.problems import OutputError

SCRIPT = Path(__file__).resolve().parent / "uno" / "convert_server.py"


def _has_uno(python: str) -> bool:
    try:
        return (
            subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30, check=False).returncode == 0
        )
    except (OSError, subprocess.SubprocessError):
        return False


def find_uno_python(soffice: str) -> str | None:
    """LibreOffice's bundled Python (Windows, macOS) or the system's one with python3-uno (Debian, Ubuntu)."""
    program = Path(soffice).resolve().parent
    candidates = [program / "python.exe", program / "python", program.parent / "Resources" / "python"]
    system = shutil.which("python3")
    places = [str(c) for c in candidates if c.is_file()] + ([system] if system else []) + ["/usr/bin/python3"]
    for place in dict.fromkeys(places):
        if place != sys.executable and _has_uno(place):
            return place
    return None


class WarmConverter:
    """One running soffice and its uno script; ``convert`` is thread-safe and one document at a time."""

    def __init__(self, soffice: str, python: str, *, start_timeout: float = 60.0) -> None:
        self._lock = threading.Lock()
        self._home = Path(tempfile.mkdtemp(prefix="reportgen-warm-"))
        pipe = f"reportgen{os.getpid()}x{id(self)}"
        self._office = subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={(self._home / 'profile').as_uri()}",
                "--headless",
                "--invisible",
                "--nologo",
                "--nodefault",
                "--nolockcheck",
                "--norestore",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        record_owner(self._home, self._office.pid)  # a killed server's office is stopped by the next start
        self._script = subprocess.Popen(
            [python, str(SCRIPT), pipe, str(start_timeout)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        if self._answer(start_timeout).get("ready") is not True:
            self.close()
            raise OutputError("Không khởi động được LibreOffice để chuyển văn bản sang PDF.")

    @property
    def office_pid(self) -> int:
        return self._office.pid

    def alive(self) -> bool:
        return self._office.poll() is None and self._script.poll() is None

    def _answer(self, timeout: float) -> dict[str, object]:
        """One JSON line from the script, or {} when it does not come in time (the script is then stopped)."""
        out: IO[str] | None = self._script.stdout
        assert out is not None
        result: list[str] = []
        reader = threading.Thread(target=lambda: result.append(out.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not result or not result[0]:
            self.close()
            return {}
        answer = json.loads(result[0])
        return answer if isinstance(answer, dict) else {}

    def convert(self, docx: Path, pdf: Path, timeout: float = 120.0) -> Path:
        """``docx`` as ``pdf``; an OutputError in Vietnamese when LibreOffice cannot, or does not in time."""
        with self._lock:
            if not self.alive():
                raise OutputError("LibreOffice (chạy sẵn) đã dừng; hãy thử lại.")
            stdin = self._script.stdin
            assert stdin is not None
            stdin.write(json.dumps({"src": str(docx.resolve()), "dst": str(pdf.resolve())}) + "\n")
            stdin.flush()
            answer = self._answer(timeout)
        if answer.get("ok") is not True:
            detail = answer.get("error") or f"không xong trong {timeout:g} giây"
            raise OutputError(f"LibreOffice không chuyển được {docx.name} sang PDF ({detail}).")
        try:
            check_pdf(pdf)
        except (OSError, BrokenPdf) as exc:
            with contextlib.suppress(OSError):
                pdf.unlink()
            raise OutputError(f"LibreOffice không tạo được PDF hợp lệ cho {docx.name} ({exc}).") from exc
        return pdf

    def close(self) -> None:
        for process in (self._script, self._office):
            if process.poll() is None:
                with contextlib.suppress(OSError):
                    if process is self._office and hasattr(os, "killpg"):
                        os.killpg(process.pid, signal.SIGKILL)  # soffice forks soffice.bin into its group
                    else:
                        process.kill()
                with contextlib.suppress(subprocess.SubprocessError):
                    process.wait(timeout=10)
        with contextlib.suppress(OSError):
            if self._script.stdin is not None:
                self._script.stdin.close()
            if self._script.stdout is not None:
                self._script.stdout.close()
        shutil.rmtree(self._home, ignore_errors=True)


def start_warm() -> WarmConverter | None:
    """A warm converter when this machine can run one, else None (callers then convert the slow way)."""
    soffice = find_soffice()
    if soffice is None:
        return None
    clean_leftovers()
    python = find_uno_python(soffice)
    if python is None:
        return None
    try:
        return WarmConverter(soffice, python)
    except (OSError, OutputError):
        return None

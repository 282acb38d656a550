"""A PDF is announced only when it is whole; a hung or killed LibreOffice is stopped and cleaned up.

Fake soffice scripts stand in for LibreOffice's failures (a truncated PDF, a hang, a kill of reportgen).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from pdfbuilders import whole_pdf
from reportgen.make import pdf as pdf_module
from reportgen.make.office_leftovers import OWNER_FILE, clean_leftovers
from reportgen.make.pdf import convert_to_pdf
from reportgen.make.pdf_check import BrokenPdf, check_pdf_bytes
from reportgen.problems import OutputError
from test_pdf import fake_soffice, is_running, make_docx


def test_a_whole_pdf_is_accepted_with_its_page_count() -> None:
    assert check_pdf_bytes(whole_pdf(3)) == 3


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda pdf: pdf[: len(pdf) // 2], "cắt cụt"),
        (lambda pdf: pdf[:-8], "cắt cụt"),
        (lambda pdf: pdf.replace(b"2 0 obj", b"2 0 xbj"), "đối tượng số 2"),
        (lambda pdf: pdf.replace(b"/Root 1 0 R", b"/Rooo 1 0 R"), "/Root"),
        (lambda pdf: pdf.replace(b"/Count 1", b"/Count 0"), "không có trang nào"),
        (lambda pdf: b"%PDX" + pdf[4:], "không phải tệp PDF"),
    ],
)
def test_a_damaged_pdf_is_refused_with_the_reason(damage: object, reason: str) -> None:
    with pytest.raises(BrokenPdf, match=reason):
        check_pdf_bytes(damage(whole_pdf()))  # type: ignore[operator]


def test_a_truncated_pdf_from_libreoffice_is_not_announced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    half = whole_pdf(2)[:300]
    script = fake_soffice(tmp_path, f"for p in inputs:\n    (outdir / (p.stem + '.pdf')).write_bytes({half!r})\n")
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: script)
    out = tmp_path / "pdf"
    with pytest.raises(OutputError) as caught:
        convert_to_pdf([make_docx(tmp_path / "bao_cao.docx", "BÁO CÁO")], out)
    assert "bao_cao.docx (tệp bị cắt cụt" in str(caught.value)
    assert list(out.iterdir()) == []


def test_a_hung_libreoffice_names_the_pdf_timeout_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = fake_soffice(tmp_path, "time.sleep(60)\n")
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: script)
    with pytest.raises(OutputError, match=r"trong 1 giây.*--pdf-timeout"):
        convert_to_pdf([make_docx(tmp_path / "a.docx", "BÁO CÁO")], tmp_path / "pdf", timeout=1)


def test_pdf_timeout_option_reaches_libreoffice(tmp_path: Path) -> None:
    """``build --pdf --pdf-timeout 1`` with a LibreOffice that hangs stops it after a second, and says so."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = Path(fake_soffice(tmp_path, "time.sleep(60)\n"))
    script.rename(bin_dir / "soffice")
    source = Path(__file__).resolve().parents[1] / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "reportgen",
            "build",
            str(source),
            "-o",
            str(tmp_path / "out"),
            "--pdf",
            "--pdf-timeout",
            "1",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "trong 1 giây" in done.stderr
    assert time.monotonic() - started < 60


def test_office_and_folders_of_a_killed_run_are_cleaned_up_by_the_next(tmp_path: Path) -> None:
    # A reportgen that was killed: gone, its office process still running with its profile folder.
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    work = Path(tempfile.mkdtemp(prefix="reportgen-soffice-"))
    profile = work / "profile"
    office = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(120)", f"-env:UserInstallation={profile.as_uri()}"],
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 10  # the command line appears in /proc a moment after exec returns
        while str(work).encode() not in Path(f"/proc/{office.pid}/cmdline").read_bytes():
            assert time.monotonic() < deadline
            time.sleep(0.01)
        (work / OWNER_FILE).write_text(f"{gone.pid} {office.pid}\n", encoding="ascii")
        out = tmp_path / "out"
        landing = out / f"~reportgen-pdf-{gone.pid}-abc"
        landing.mkdir(parents=True)
        (landing / "doc00000.pdf").write_bytes(b"%PDF-1.7 half")
        mine = out / f"~reportgen-pdf-{os.getpid()}-def"  # a conversion running now in this process
        mine.mkdir()
        clean_leftovers(out)
        office.wait(timeout=10)
        assert not is_running(office.pid)
        assert not work.exists()
        assert not landing.exists()
        assert mine.exists()
    finally:
        if office.poll() is None:
            os.kill(office.pid, signal.SIGKILL)
            office.wait()

"""reportgen.make.pdf against the real LibreOffice and poppler, plus fake soffice scripts for the failure paths."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from pdfbuilders import whole_pdf
from reportgen.make import pdf as pdf_module
from reportgen.make.pdf import convert_to_pdf, find_soffice, pdf_page_count, pdf_text
from reportgen.problems import OutputError

MOTTO = "Độc lập - Tự do - Hạnh phúc"


def make_docx(path: Path, title: str, pages: int = 2) -> Path:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    document.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    document.add_paragraph(MOTTO)
    document.add_paragraph(title)
    for page in range(2, pages + 1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(f"Trang {page}: nơi nhận, chữ ký của người có thẩm quyền")
    document.save(str(path))
    return path


def fake_soffice(tmp_path: Path, body: str) -> str:
    """An executable standing in for soffice; ``outdir`` and ``inputs`` are parsed from its arguments."""
    script = tmp_path / "fake-soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, subprocess, sys, time\n"
        "from pathlib import Path\n"
        "args = sys.argv[1:]\n"
        "outdir = Path(args[args.index('--outdir') + 1])\n"
        "inputs = [Path(a) for a in args[args.index('--outdir') + 2:]]\n" + body,
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


def pdfs_and_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ------------------------------------------------------------------------------------------- real soffice


@pytest.mark.libreoffice
def test_tools_are_installed() -> None:
    # CI installs them (.ci/run); a machine without them must fail here rather than skip silently.
    assert find_soffice() is not None, "LibreOffice (soffice) chưa được cài"
    for tool in ("pdfinfo", "pdftotext"):
        assert subprocess.run(["which", tool], capture_output=True, check=False).returncode == 0, tool


@pytest.mark.libreoffice
def test_two_page_document_converts(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "Báo cáo tổng kết.docx", "BÁO CÁO Tổng kết công tác năm 2024")
    out = tmp_path / "pdf"
    result = convert_to_pdf([source], out)
    assert result == [out / "Báo cáo tổng kết.pdf"]
    pdf = result[0]
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf_page_count(pdf) == 2
    text = pdf_text(pdf)
    assert MOTTO in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Trang 2" in pdf_text(pdf, page=2)
    assert MOTTO not in pdf_text(pdf, page=2)
    assert pdfs_and_leftovers(out) == ["Báo cáo tổng kết.pdf"]


@pytest.mark.libreoffice
def test_batch_of_three_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [make_docx(tmp_path / f"qd_{i}.docx", f"QUYẾT ĐỊNH số {i}", pages=i) for i in (1, 2, 3)]
    soffice = find_soffice()
    launches: list[list[str]] = []
    real_popen = subprocess.Popen

    def counting_popen(args: list[str], *rest: object, **kwargs: object) -> object:
        if args and args[0] == soffice:
            launches.append(list(args))
        return real_popen(args, *rest, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    result = convert_to_pdf(sources, tmp_path / "pdf")
    monkeypatch.undo()
    assert len(launches) == 1
    assert sum(arg.endswith(".docx") for arg in launches[0]) == 3
    assert [p.name for p in result] == ["qd_1.pdf", "qd_2.pdf", "qd_3.pdf"]
    assert [pdf_page_count(p) for p in result] == [1, 2, 3]
    for index, pdf in enumerate(result, start=1):
        assert f"QUYẾT ĐỊNH số {index}" in pdf_text(pdf)


@pytest.mark.libreoffice
def test_batches_split_across_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [make_docx(tmp_path / f"tb_{i}.docx", f"THÔNG BÁO {i}", pages=1) for i in range(3)]
    soffice = find_soffice()
    launches = 0
    real_popen = subprocess.Popen

    def counting_popen(args: list[str], *rest: object, **kwargs: object) -> object:
        nonlocal launches
        launches += args[0] == soffice
        return real_popen(args, *rest, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    result = convert_to_pdf(sources, tmp_path / "pdf", batch_size=2)
    monkeypatch.undo()
    assert launches == 2
    assert all(pdf_page_count(p) == 1 for p in result)


@pytest.mark.libreoffice
def test_real_soffice_timeout_leaves_no_pdf(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "a.docx", "BIÊN BẢN")
    out = tmp_path / "pdf"
    with pytest.raises(OutputError, match=r"không chuyển xong 1 văn bản sang PDF trong 0\.05 giây"):
        convert_to_pdf([source], out, timeout=0.05)
    assert pdfs_and_leftovers(out) == []


# ------------------------------------------------------------------------------------------- failure paths


def test_missing_soffice_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = make_docx(tmp_path / "a.docx", "BÁO CÁO")
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    with pytest.raises(OutputError) as caught:
        convert_to_pdf([source], tmp_path / "pdf")
    message = str(caught.value)
    assert "Không tìm thấy LibreOffice (soffice)" in message
    assert "sudo apt-get install libreoffice-writer" in message
    assert not (tmp_path / "pdf" / "a.pdf").exists()


def test_missing_times_font_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fc_match = bin_dir / "fc-match"
    fc_match.write_text('#!/bin/sh\necho \'DejaVuSans.ttf: "DejaVu Sans" "Book"\'\n', encoding="utf-8")
    fc_match.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: "/bin/false")
    source = make_docx(tmp_path / "a.docx", "BÁO CÁO")
    with pytest.raises(OutputError) as caught:
        convert_to_pdf([source], tmp_path / "pdf")
    message = str(caught.value)
    assert "Không có phông chữ tương thích Times New Roman" in message
    assert "DejaVu Sans" in message
    assert "fonts-liberation" in message


@pytest.mark.parametrize(
    "answer",
    [
        'LiberationSerif-Regular.ttf: "Liberation Serif" "Regular"',
        'Tinos-Regular.ttf: "Tinos" "Regular"',
        'times.ttf: "Times New Roman" "Normal"',
    ],
)
def test_compatible_fonts_accepted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "fc-match").write_text(f"#!/bin/sh\necho '{answer}'\n", encoding="utf-8")
    (bin_dir / "fc-match").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    pdf_module._check_times_font()


def test_font_check_skipped_without_fc_match(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "fc-match" else real_which(name))
    pdf_module._check_times_font()


def test_timeout_kills_process_group_and_leaves_no_partial_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid_file = tmp_path / "grandchild.pid"
    # Like soffice: a child process does the work; a partial PDF appears, then it hangs. A shell script, not a
    # Python one: on a loaded 2-core machine Python took 1.6-1.9 s just to start, most of the 2 s timeout.
    script = tmp_path / "fake-soffice"
    script.write_text(
        "#!/bin/sh\n"
        "sleep 60 &\n"
        f"echo $! > '{pid_file}'\n"
        'while [ "$1" != --outdir ]; do shift; done\n'
        "outdir=$2\n"
        "shift 2\n"
        'for p in "$@"; do printf \'%%PDF-1.7\\npartial\' > "$outdir/$(basename "$p" .docx).pdf"; done\n'
        "sleep 60\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: str(script))
    out = tmp_path / "pdf"
    out.mkdir()
    (out / "old.pdf").write_bytes(b"%PDF-1.7 old")
    sources = [make_docx(tmp_path / f"{name}.docx", "BÁO CÁO") for name in ("a", "b")]
    started = time.monotonic()
    with pytest.raises(OutputError) as caught:
        convert_to_pdf(sources, out, timeout=2)
    assert time.monotonic() - started < 20
    assert "LibreOffice không chuyển xong 2 văn bản sang PDF trong 2 giây" in str(caught.value)
    assert pdfs_and_leftovers(out) == ["old.pdf"]
    assert pid_file.is_file(), "the stand-in office had not started its child when the 2 s timeout came"
    grandchild = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while is_running(grandchild):
        if time.monotonic() > deadline:
            os.kill(grandchild, signal.SIGKILL)
            pytest.fail("the soffice child process survived the timeout")
        time.sleep(0.05)


def is_running(pid: int) -> bool:
    """True unless the process is gone or a zombie (killed, waiting for init to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return not stat.rsplit(") ", 1)[-1].startswith(("Z", "X"))


def test_missing_output_is_reported_and_nothing_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # soffice often exits 0 without converting (broken file, stale profile): every PDF must be checked.
    script = fake_soffice(
        tmp_path,
        "for p in inputs[:1]:\n"
        f"    (outdir / (p.stem + '.pdf')).write_bytes({whole_pdf()!r})\n"
        "print('Error: source file could not be loaded')\n",
    )
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: script)
    out = tmp_path / "pdf"
    sources = [make_docx(tmp_path / f"{name}.docx", "BÁO CÁO") for name in ("tot", "hong")]
    with pytest.raises(OutputError) as caught:
        convert_to_pdf(sources, out)
    message = str(caught.value)
    assert "LibreOffice không tạo được PDF hợp lệ cho:" in message
    assert "hong.docx" in message
    assert "tot.docx" not in message
    assert "source file could not be loaded" in message
    assert pdfs_and_leftovers(out) == []


def test_non_pdf_output_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = fake_soffice(
        tmp_path,
        "for p in inputs:\n    (outdir / (p.stem + '.pdf')).write_bytes(b'')\n",
    )
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: script)
    out = tmp_path / "pdf"
    out.mkdir()
    (out / "a.pdf").write_bytes(b"%PDF-1.7 previous version")
    with pytest.raises(OutputError, match="không tạo được PDF hợp lệ"):
        convert_to_pdf([make_docx(tmp_path / "a.docx", "BÁO CÁO")], out)
    assert (out / "a.pdf").read_bytes() == b"%PDF-1.7 previous version"
    assert pdfs_and_leftovers(out) == ["a.pdf"]


def test_soffice_error_exit_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = fake_soffice(tmp_path, "print('javaldx: boom')\nsys.exit(81)\n")
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: script)
    with pytest.raises(OutputError, match=r"mã lỗi 81.*javaldx: boom"):
        convert_to_pdf([make_docx(tmp_path / "a.docx", "BÁO CÁO")], tmp_path / "pdf")


def test_each_process_gets_a_fresh_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "profiles.txt"
    script = fake_soffice(
        tmp_path,
        "profile = next(a for a in args if a.startswith('-env:UserInstallation=file://'))\n"
        f"with open({str(log)!r}, 'a') as f: f.write(profile + '\\n')\n"
        f"for p in inputs:\n    (outdir / (p.stem + '.pdf')).write_bytes({whole_pdf()!r})\n",
    )
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: script)
    sources = [make_docx(tmp_path / f"d{i}.docx", "BÁO CÁO") for i in range(3)]
    convert_to_pdf(sources, tmp_path / "pdf", batch_size=1)
    profiles = log.read_text().splitlines()
    assert len(profiles) == 3
    assert len(set(profiles)) == 3
    for profile in profiles:
        assert not Path(profile.split("file://", 1)[1]).exists()  # cleaned up afterwards


def test_same_stem_from_two_folders_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: "/bin/false")
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    sources = [make_docx(tmp_path / d / "a.docx", "BÁO CÁO") for d in ("x", "y")]
    with pytest.raises(OutputError, match=r"cùng cho ra tệp a\.pdf"):
        convert_to_pdf(sources, tmp_path / "pdf")


def test_missing_input_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: "/bin/false")
    with pytest.raises(OutputError, match=r"không tìm thấy tệp .*khong_co\.docx"):
        convert_to_pdf([tmp_path / "khong_co.docx"], tmp_path / "pdf")


def test_empty_list_needs_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "find_soffice", lambda: None)
    assert convert_to_pdf([], tmp_path / "pdf") == []

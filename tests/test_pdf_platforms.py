"""PDF/A output, the font actually embedded, and finding LibreOffice where each system's installer puts it."""

from __future__ import annotations

import ntpath
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen import cli
from reportgen.make import pdf as pdf_module
from reportgen.make.pdf import embedded_fonts, find_soffice, font_warning, install_hint
from reportgen.problems import OutputError

ROOT = Path(__file__).resolve().parents[1]
MINUTES = ROOT / "inputs" / "bien_ban-hop-tong-ket-doi-ngoai-2022.yaml"


def xmp(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True).stdout


@pytest.mark.libreoffice
def test_pdf_a_output_declares_pdf_a_2b_and_is_tagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(MINUTES), "-o", "ket-qua", "--pdf-a"]) == 0
    pdf = tmp_path / "ket-qua" / (MINUTES.stem + ".pdf")
    meta = xmp(pdf)
    assert "<pdfaid:part>2</pdfaid:part>" in meta
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in meta
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert any(line.split() == ["Tagged:", "yes"] for line in info.splitlines())
    fonts = embedded_fonts(pdf)
    assert fonts, "PDF/A embeds every font"
    err = capsys.readouterr().err
    if any("TimesNewRoman" in f for f in fonts):
        assert "Times New Roman" not in err
    else:  # this machine has only the metric-compatible stand-in: the user is told
        assert "Cảnh báo: Máy này không có phông Times New Roman" in err
        assert "Liberation Serif" in err


@pytest.mark.libreoffice
def test_plain_pdf_is_not_pdf_a(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(MINUTES), "-o", "ket-qua", "--pdf"]) == 0
    assert "pdfaid:part" not in xmp(tmp_path / "ket-qua" / (MINUTES.stem + ".pdf"))


def fake_pdffonts(monkeypatch: pytest.MonkeyPatch, listing: str) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(pdf_module, "_poppler", lambda tool, args: listing)


HEADER = (
    "name                                 type              encoding         emb sub uni object ID\n"
    "------------------------------------ ----------------- ---------------- --- --- --- ---------\n"
)


def test_font_warning_names_the_stand_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_pdffonts(
        monkeypatch,
        HEADER
        + "BAAAAA+LiberationSerif               TrueType          WinAnsi          yes yes yes     80  0\n"
        + "CAAAAA+LiberationSerif-Bold          TrueType          WinAnsi          yes yes yes     75  0\n",
    )
    monkeypatch.setattr(sys, "platform", "linux")
    warning = font_warning([tmp_path / "a.pdf"])
    assert warning is not None
    assert "không có phông Times New Roman" in warning and "Liberation Serif" in warning
    # Debian's main archive has no ttf-mscorefonts-installer: the advice is one that works there
    assert "mscorefonts" not in warning
    assert "~/.local/share/fonts" in warning and "fc-cache -f" in warning


def test_no_font_warning_with_times_new_roman(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_pdffonts(
        monkeypatch,
        HEADER
        + "AAAAAA+TimesNewRomanPSMT             CID TrueType      Identity-H       yes yes yes     10  0\n"
        + "BAAAAA+TimesNewRomanPS-BoldMT        CID TrueType      Identity-H       yes yes yes     12  0\n",
    )
    assert font_warning([tmp_path / "a.pdf"]) is None


@pytest.fixture
def no_path(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Nothing on the PATH; ``installed`` holds the places where a program exists."""
    installed: set[str] = set()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf_module, "_is_program", lambda place: place in installed)
    return installed


@pytest.mark.parametrize(
    ("variable", "root"),
    [("PROGRAMFILES", "C:\\Program Files"), ("PROGRAMFILES(X86)", "C:\\Program Files (x86)")],
)
def test_libreoffice_is_found_in_program_files_on_windows(
    monkeypatch: pytest.MonkeyPatch, no_path: set[str], variable: str, root: str
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    for name in ("PROGRAMFILES", "PROGRAMW6432", "PROGRAMFILES(X86)", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, root)
    assert find_soffice() is None
    place = ntpath.join(root, "LibreOffice", "program", "soffice.exe")
    no_path.add(place)
    assert find_soffice() == place


def test_libreoffice_is_found_in_applications_on_macos(monkeypatch: pytest.MonkeyPatch, no_path: set[str]) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert find_soffice() is None
    no_path.add("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    assert find_soffice() == "/Applications/LibreOffice.app/Contents/MacOS/soffice"


def test_the_path_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", lambda name: "D:\\LO\\soffice.exe" if name == "soffice" else None)
    assert find_soffice() == "D:\\LO\\soffice.exe"


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_install_hints_fit_the_system(
    monkeypatch: pytest.MonkeyPatch, no_path: set[str], tmp_path: Path, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    for what in ("soffice", "fonts", "times", "poppler"):
        assert "apt-get" not in install_hint(what)
    source = tmp_path / "a.docx"
    source.write_bytes(b"PK")
    with pytest.raises(OutputError) as caught:
        pdf_module.convert_to_pdf([source], tmp_path / "pdf")
    message = str(caught.value)
    assert "Không tìm thấy LibreOffice" in message
    assert "https://www.libreoffice.org/download/" in message and "apt-get" not in message
    assert ("Windows" if platform == "win32" else "macOS") in message


def test_linux_hints_stay_apt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert install_hint("soffice") == "sudo apt-get install libreoffice-writer"

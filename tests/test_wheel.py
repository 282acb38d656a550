"""The wheel is a working reportgen on its own: templates, schemas and examples inside, from any folder.

The wheel is built as pip builds it (isolated, setuptools from PyPI) and installed without its
dependencies into a fresh virtual environment, which borrows them from the project's environment through
a ``.pth`` line (installing matplotlib & co. from PyPI takes a minute; ``.ci/run`` does that once). The
borrowed folder is not a site folder, so the project's editable install is not visible there: the
``reportgen`` that runs is the wheel's.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "inputs" / "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml"


def run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(list(map(str, command)), cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``bin`` (``Scripts`` on Windows) of a fresh environment with only the wheel installed."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a clean copy, so the build leaves nothing in the checkout
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "outputs", "*.egg-info", "__pycache__", ".*"),
    )
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", work / "dist", source], cwd=work)
    [wheel] = (work / "dist").glob("reportgen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for folder, pattern in (("templates", "*.docx"), ("schemas", "*.schema.json"), ("inputs", "*.yaml")):
        for path in (ROOT / folder).glob(pattern):
            assert f"reportgen/shipped/{folder}/{path.name}" in names
    env = work / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    bin_dir = env / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], work).stdout.strip())
    run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel], cwd=work)
    (site / "zz_borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    where = run([python, "-c", "import reportgen; print(reportgen.__file__)"], work).stdout.strip()
    assert Path(where).is_relative_to(env), where
    return bin_dir


def test_the_installed_wheel_builds_an_example_from_another_folder(installed: Path, tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    result = run([installed / "reportgen", "build", EXAMPLE.name, "-o", "ket-qua"], cwd=tmp_path)
    assert "Sinh văn bản: 1/1 tệp đầu vào thành công" in result.stdout + result.stderr
    assert (tmp_path / "ket-qua" / (EXAMPLE.stem + ".docx")).is_file()
    checked = run([installed / "reportgen", "check", "--templates"], cwd=tmp_path)
    shipped = len(list((ROOT / "templates").glob("*.docx")))  # every kind's templates, however many kinds there are
    assert f"Đã kiểm tra {shipped} mẫu: 0 lỗi, 0 cảnh báo" in checked.stdout + checked.stderr


def test_a_local_templates_folder_overrides_the_packaged_ones(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    shutil.copy(ROOT / "templates" / "bien_ban.docx", tmp_path / "templates" / "bien_ban.docx")
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    result = subprocess.run(
        [str(installed / "reportgen"), "build", EXAMPLE.name], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "templates/thong_bao_ket_luan.docx: không tìm thấy tệp mẫu" in result.stderr

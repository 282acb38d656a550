"""``tools/install-system-deps.sh``, what ``make test`` and CI run first: installs what is missing, or says how.

Run here with a PATH holding only stand-ins (``id`` says who we are, ``apt-get`` writes down what it was asked),
so that the programs looked up on the PATH (LibreOffice, poppler, node…) are "missing" and nothing is installed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "install-system-deps.sh"


def _stand_ins(folder: Path, uid: int) -> Path:
    folder.mkdir()
    (folder / "id").write_text(f"#!/bin/sh\necho {uid}\n", encoding="utf-8")
    log = folder.parent / "apt-get.log"
    (folder / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> {log}\n', encoding="utf-8")
    for stand_in in folder.iterdir():
        stand_in.chmod(0o755)
    return log


def _run(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["/bin/bash", str(SCRIPT)], env={"PATH": str(folder)}, capture_output=True, text=True, timeout=60
    )


def test_as_root_the_missing_packages_are_installed_with_apt_get(tmp_path: Path) -> None:
    log = _stand_ins(tmp_path / "bin", uid=0)
    done = _run(tmp_path / "bin")
    assert done.returncode == 0, done.stderr
    update, install = log.read_text(encoding="utf-8").splitlines()
    assert update == "update -qq"
    assert install.startswith("install -y -qq --no-install-recommends ")
    asked = install.split()
    for package in ("libreoffice-writer-nogui", "poppler-utils", "nodejs", "npm", "fontconfig"):
        assert package in asked
    assert "Đang cài phần mềm hệ thống cho các bài kiểm thử" in done.stderr


def test_without_root_the_exact_command_is_shown_and_nothing_runs(tmp_path: Path) -> None:
    log = _stand_ins(tmp_path / "bin", uid=1000)
    done = _run(tmp_path / "bin")
    assert done.returncode == 1
    assert not log.exists()
    assert "Các bài kiểm thử cần cài thêm phần mềm hệ thống: libreoffice-writer-nogui" in done.stderr
    assert "sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui" in (
        done.stderr
    )

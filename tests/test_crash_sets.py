"""A 1,000-certificate award set killed (SIGKILL) at 30 random instants of its write, with and without hard links.

Each kill happens in a child process that writes the set exactly as ``reportgen build`` does (``write_outputs``
with the rendered documents) and kills itself at its N-th file-system call: N is drawn at random in each of 30
equal slices of a full run's calls, so the kills fall in every phase (temps, journal, renames, manifest,
clean-up). The documents are rendered once, by real builds of two versions of the input, so that each kill
costs the write and not the rendering. ``os.fsync`` is a no-op in the child and here: a killed process loses
nothing the kernel already has, so fsync only matters for power cuts and would only make the test slow. For the
same reason the output folder is in memory (/dev/shm) where there is one: 120 writes of a 32 MB set to a busy
disk take minutes, to memory seconds, and a kill is the same kill on either.

After each kill, what the next command does first (``recover_folder``) must leave the whole old set or the whole
new set, a manifest that matches it and no temp; then the next build of the other version must succeed without
``--force``.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgen.files.atomic import OWN_PREFIX
from reportgen.files.docx import CheckedDocx
from reportgen.files.journal import recover_folder
from reportgen.files.manifest import MANIFEST_NAME
from reportgen.files.outputs import write_outputs
from reportgen.make.pipeline import build_file

AWARDS = Path(__file__).resolve().parents[1] / "inputs" / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml"
AWARDEES = 1000
KILLS = 30

DRIVER = r"""
import errno, os, signal, sys
from pathlib import Path
from reportgen.files.docx import CheckedDocx
from reportgen.files.outputs import write_outputs

rendered, out, kill_at, no_links = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
files = [(out / p.name, CheckedDocx(p.read_bytes())) for p in sorted(rendered.glob("*.docx"))]
calls = 0

def counted(real):
    def call(*args, **kwargs):
        global calls
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return call

def no_link(*args, **kwargs):
    raise OSError(errno.EPERM, "Operation not permitted")

os.fsync = lambda fd: None
if no_links:
    os.link = no_link
for name in ("open", "write", "close", "fsync", "replace", "rename", "link", "unlink", "scandir"):
    setattr(os, name, counted(getattr(os, name)))
write_outputs(files, root=out, source="quyet_dinh.yaml")
print(calls)
"""


def _input(version: int) -> str:
    """The example award decision with 1,000 awardees, one file each; version 2 changes every file."""
    text = AWARDS.read_text(encoding="utf-8")
    people = "ca_nhan:\n" + "".join(
        f"  - ho_ten: Nguyễn Văn An {i:04d}\n    gioi_tinh: nam\n    chuc_vu: Chuyên viên\n    don_vi: Sở Ngoại vụ\n"
        for i in range(AWARDEES)
    )
    text = re.sub(r"(?ms)^ca_nhan:\n.*?(?=^\S)", people, text) + "tach_tep: có\n"
    if version == 2:
        text += "hieu_luc: Quyết định có hiệu lực từ ngày ký\n"
    return text


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two versions of the set, rendered by real builds (each folder holds one whole set)."""
    base = tmp_path_factory.mktemp("rendered")
    found: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: None)
        for version in (1, 2):
            source = base / f"v{version}" / "quyet_dinh.yaml"
            source.parent.mkdir()
            source.write_text(_input(version), encoding="utf-8")
            result = build_file(source, base / f"set{version}")
            assert result.ok, result.problems or result.output_error
            assert len(result.written) > AWARDEES
            found[f"v{version}"] = base / f"set{version}"
    return found


@pytest.fixture
def out(tmp_path: Path) -> Iterator[Path]:
    """An empty output folder, in memory where the system has /dev/shm."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path / "out"
        return
    folder = Path(tempfile.mkdtemp(dir=shm, prefix="reportgen-test-"))
    try:
        yield folder / "out"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.docx"))}


def _files(rendered: Path, out: Path) -> list[tuple[Path, bytes]]:
    return [(out / name, CheckedDocx(data)) for name, data in _contents(rendered).items()]


def _run(rendered: Path, out: Path, kill_at: int, no_links: bool) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", DRIVER, str(rendered), str(out), str(kill_at), "1" if no_links else "0"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _which_set(out: Path, expected: dict[str, dict[str, bytes]]) -> str:
    """The version the folder holds whole, its manifest matching it and no temp left; fails otherwise."""
    leftovers = sorted(p.name for p in out.iterdir() if p.name.startswith((OWN_PREFIX, ".~reportgen")))
    assert leftovers == [], leftovers[:5]
    held = _contents(out)
    versions = [version for version, contents in expected.items() if held == contents]
    assert len(versions) == 1, "the folder holds a mix of the old and the new set"
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert {name: entry["sha256"] for name, entry in manifest.items()} == {
        name: hashlib.sha256(data).hexdigest() for name, data in held.items()
    }
    return versions[0]


@pytest.mark.parametrize("no_links", [False, True], ids=["hard-links", "no-hard-links"])
def test_a_set_killed_at_any_instant_is_whole_after_the_next_run(
    sets: dict[str, Path], out: Path, monkeypatch: pytest.MonkeyPatch, no_links: bool
) -> None:
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    if no_links:

        def no_link(*args: object, **kwargs: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_link)
    expected = {version: _contents(folder) for version, folder in sets.items()}
    other = {"v1": "v2", "v2": "v1"}
    write_outputs(_files(sets["v1"], out), root=out, source="quyet_dinh.yaml")
    full = _run(sets["v2"], out, 0, no_links)  # a whole run, to count its calls
    assert full.returncode == 0, full.stderr
    calls = int(full.stdout)
    held = _which_set(out, expected)
    assert held == "v2"
    rng = random.Random(27 + no_links)
    slice_size = calls / KILLS
    instants = [1 + int(i * slice_size + rng.random() * slice_size) for i in range(KILLS)]
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for kill_at in instants:
        new = other[held]
        killed = _run(sets[new], out, kill_at, no_links)
        assert killed.returncode == -signal.SIGKILL, (kill_at, killed.stderr[-2000:])
        recover_folder(out)  # what the next command in this folder does first
        after = _which_set(out, expected)
        outcomes["new" if after == new else "old"] += 1
        changed = other[after]  # the next build of a changed input, without --force
        write_outputs(_files(sets[changed], out), root=out, source="quyet_dinh.yaml")
        held = _which_set(out, expected)
        assert held == changed
    assert outcomes["old"] > 0
    assert outcomes["new"] > 0

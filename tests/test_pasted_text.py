"""Text pasted from Word and web pages, and runs that stop half-way: nothing hidden reaches a document."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from reportgen import cli
from reportgen.files import outputs
from reportgen.files.manifest import LOCK_NAME, MANIFEST_NAME
from reportgen.make.pipeline import build_file, build_paths

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ROOT / "inputs"
TALK = INPUTS / "tham_luan-thanh-uy-da-nang-hoi-nghi-doi-ngoai-toan-quoc-2021.yaml"
NOTICE = INPUTS / "thong_bao_ket_luan-trien-khai-chi-dao-ban-doi-ngoai.yaml"
REPORT = INPUTS / "bao_cao_nam-da-nang-2021.yaml"
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def variant(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {source.name}"
    target = tmp_path / source.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8", newline="")
    return target


def test_no_example_puts_a_raw_line_break_inside_a_text_run(tmp_path: Path) -> None:
    """Word shows a newline inside ``w:t`` as a space: the hard-wrapped ``|`` blocks of Kiến nghị read as one line."""
    results = build_paths([INPUTS], tmp_path, jobs=1)
    assert all(r.ok for r in results)
    for path in (p for r in results for p in r.written):
        assert [t for t in _TEXT.findall(document_xml(path)) if "\n" in t] == [], path.name
    report = document_xml(tmp_path / "bao_cao_nam-da-nang-2021.docx")
    assert "quốc tế và chuyên gia nước ngoài trong điều kiện thích ứng" in report


@pytest.mark.parametrize("pasted", ["\u2028", "\u2029", "\x0b", "\\n"])
def test_a_line_break_inside_a_noi_nhan_item_is_refused_naming_the_field(tmp_path: Path, pasted: str) -> None:
    item = "Chủ tịch, các Phó Chủ tịch UBND thành phố"
    source = variant(tmp_path, NOTICE, f"- {item}", f'- "Chủ tịch, các Phó Chủ tịch{pasted}UBND thành phố"')
    result = build_file(source, tmp_path / "out")
    assert not result.ok and not result.written
    [problem] = result.problems
    assert problem.line == 20
    assert "noi_nhan" in problem.field
    assert "“Chủ tịch, các Phó Chủ tịch ⏎ UBND thành phố” bị ngắt dòng ở giữa" in problem.message
    assert "dán từ Word" in problem.message


def test_a_line_break_inside_a_title_is_a_line_break_in_the_document(tmp_path: Path) -> None:
    source = variant(
        tmp_path, TALK, "co_quan_trinh_bay: Thành ủy Đà Nẵng", 'co_quan_trinh_bay: "Thành ủy\u2028Đà Nẵng"'
    )
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    xml = document_xml(result.written[0])
    assert '<w:t xml:space="preserve">của Thành ủy</w:t><w:br/><w:t xml:space="preserve">Đà Nẵng</w:t>' in xml


def test_a_soft_hyphen_is_kept(tmp_path: Path) -> None:
    source = variant(tmp_path, TALK, "co_quan_trinh_bay: Thành ủy Đà Nẵng", "co_quan_trinh_bay: Thành ủy Đà\u00adNẵng")
    result = build_file(source, tmp_path / "out")
    assert result.ok, [p.render() for p in result.problems]
    assert "của Thành ủy Đà\u00adNẵng" in document_xml(result.written[0])


def test_legacy_font_text_with_a_soft_hyphen_is_still_refused(tmp_path: Path) -> None:
    source = variant(tmp_path, TALK, "co_quan_trinh_bay: Thành ủy Đà Nẵng", "co_quan_trinh_bay: Thµnh ñy ng\u00adêi")
    result = build_file(source, tmp_path / "out")
    assert not result.ok
    assert "TCVN3" in result.problems[0].message


def test_a_failed_build_leaves_no_lock_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "tham_luan-thanh-uy-da-nang-hoi-nghi-doi-ngoai-toan-quoc-2021.docx").write_bytes(b"edited by a person")
    result = build_file(TALK, out)
    assert result.output_error is not None  # a file a person made is not overwritten
    assert sorted(p.name for p in out.iterdir()) == [
        "tham_luan-thanh-uy-da-nang-hoi-nghi-doi-ngoai-toan-quoc-2021.docx"
    ]
    assert build_file(REPORT, out).ok
    assert LOCK_NAME not in {p.name for p in out.iterdir()}
    assert MANIFEST_NAME in {p.name for p in out.iterdir()}


def test_ctrl_c_while_writing_exits_130_and_leaves_the_previous_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    source = INPUTS / "quyet_dinh_khen_thuong-doi_ngoai_2025.yaml"
    assert cli.main(["build", str(source), "-o", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert len(before) == 3  # the decision, its certificates and the manifest
    swaps = 0
    real = outputs._swap_in

    def interrupted(item: object) -> None:
        nonlocal swaps
        swaps += 1
        if swaps == 2:
            raise KeyboardInterrupt
        real(item)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs, "_swap_in", interrupted)
    changed = tmp_path / source.name
    changed.write_text(source.read_text(encoding="utf-8").replace("Sở Ngoại vụ", "Sở Ngoại vụ  mới", 1), "utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(changed), "-o", str(out), "--force"]) == 130
    assert "Đã dừng (Ctrl+C)" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_ctrl_c_in_a_real_run_exits_130_without_a_traceback(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; from reportgen.cli import main; sys.exit(main())"]
    process = subprocess.Popen(
        [*command, "build", str(INPUTS), "-o", str(tmp_path / "out"), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    # Ctrl+C once the build is under way (a first document written), not after a fixed second: on a loaded
    # machine the interpreter may still be importing then, and Python's own KeyboardInterrupt traceback is printed.
    deadline = time.monotonic() + 120
    while not ((tmp_path / "out").is_dir() and any((tmp_path / "out").glob("*.docx"))):
        assert process.poll() is None and time.monotonic() < deadline, "the build ended before any document"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "Đã dừng (Ctrl+C)" in err
    leftovers = [p.name for p in (tmp_path / "out").iterdir()] if (tmp_path / "out").exists() else []
    assert [n for n in leftovers if not n.endswith(".docx") and n != MANIFEST_NAME] == []
    for name in leftovers:
        if name.endswith(".docx"):
            with zipfile.ZipFile(tmp_path / "out" / name) as archive:
                assert archive.testzip() is None
    assert os.path.isdir(tmp_path)

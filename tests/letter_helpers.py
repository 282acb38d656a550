"""Shared steps of the letter tests (công hàm, công thư, thư mời, giấy mời chiêu đãi): build an example into a
folder, read the two files back, run the CLI."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document as open_docx
from docx.document import Document as DocxDocument

from reportgen.check.nd30 import check_docx
from reportgen.check.nd30.docxmodel import load
from reportgen.check.nd30.rules_doi_ngoai import check_pair

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ROOT / "inputs"
PARTNERS = "danh_ba_doi_tac-so-ngoai-vu-quang-nam.yaml"


def workspace(tmp: Path, example: str, emblem: bool = True) -> Path:
    """A folder holding the example, the partner list and (when ``emblem``) the office's Quốc huy file."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(INPUTS / example, tmp / example)
    shutil.copyfile(INPUTS / PARTNERS, tmp / PARTNERS)
    if emblem:
        shutil.copyfile(INPUTS / "quoc-huy.png", tmp / "quoc-huy.png")
    return tmp / example


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reportgen", *map(str, args)], capture_output=True, text=True, encoding="utf-8", cwd=cwd
    )


def build_pair(source: Path) -> tuple[Path, Path]:
    out = source.parent / "outputs"
    result = run("build", source, "-o", out)
    assert result.returncode == 0, result.stderr
    return out / f"{source.stem}.docx", out / f"{source.stem}-en.docx"


def texts(path: Path) -> list[str]:
    """Each paragraph's text, no-break spaces read as spaces (where a line may not break is tested elsewhere)."""
    doc: DocxDocument = open_docx(str(path))
    return [p.text.replace("\u00a0", " ") for p in doc.paragraphs if p.text.strip()]


def pictures(path: Path) -> int:
    xml: str = open_docx(str(path)).element.body.xml
    return xml.count("<pic:pic")


def no_findings(*paths: Path) -> None:
    for path in paths:
        assert [f.render() for f in check_docx(path.read_bytes())] == [], path.name


def same_blocks(original: Path, translation: Path) -> None:
    assert check_pair(load(original), load(translation)) == []


def with_paragraphs_after(path: Path, lines: list[str]) -> bytes:
    """The document with ``lines`` appended at its end (e.g. a signature block a công hàm must not have)."""
    doc = open_docx(str(path))
    for line in lines:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()

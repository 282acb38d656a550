"""A generated document says what it is: its title, "reportgen <version>", when it was built; no template's leftovers.

Before, every .docx said "Microsoft Macintosh Word", "1 page" and "created 2013-12-23" (python-docx's own
template), and PDFs had no title.
"""

from __future__ import annotations

import os
import re
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from reportgen import __version__
from reportgen.make.pipeline import build_file, pdf_for

ROOT = Path(__file__).resolve().parents[1]
NOTICE = next(iter(sorted((ROOT / "inputs").glob("thong_bao_ket_luan-*.yaml"))))


def _build(tmp_path: Path, source: Path = NOTICE) -> Path:
    result = build_file(source, tmp_path / "out")
    assert result.ok, result.problems
    return result.written[0]


def _summary(document: docx.document.Document) -> str:
    """The trích yếu as printed under the document's name."""
    [line] = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "VB Trích yếu"]
    return line


def test_title_is_the_trich_yeu_and_times_are_when_the_input_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Created/modified: the input's last save, so an unchanged input rebuilds to the same bytes (make/moment.py)."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    source = tmp_path / NOTICE.name
    source.write_bytes(NOTICE.read_bytes())
    saved = datetime(2026, 3, 2, 8, 15, 30, tzinfo=UTC)
    os.utime(source, (saved.timestamp(), saved.timestamp()))
    written = _build(tmp_path, source)
    document = docx.Document(str(written))
    props = document.core_properties
    assert props.title == _summary(document) != ""
    for stamp in (props.created, props.modified):
        assert stamp is not None
        assert stamp.replace(tzinfo=UTC) == saved, stamp


def test_source_date_epoch_sets_the_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00:00 UTC
    props = docx.Document(str(_build(tmp_path))).core_properties
    assert props.created is not None and props.created.replace(tzinfo=UTC) == datetime(2026, 1, 1, tzinfo=UTC)


def test_the_application_is_reportgen_and_no_page_count_is_claimed(tmp_path: Path) -> None:
    with zipfile.ZipFile(_build(tmp_path)) as package:
        app = package.read("docProps/app.xml").decode("utf-8")
    assert f"<Application>reportgen {__version__}</Application>" in app
    assert "Microsoft" not in app
    assert not re.search(r"<(Pages|Words|Characters|Lines|Paragraphs|TotalTime|AppVersion)>", app)


def test_every_kind_with_a_trich_yeu_titles_its_document(tmp_path: Path) -> None:
    for source in sorted((ROOT / "inputs").glob("*.yaml")):
        result = build_file(source, tmp_path / source.stem)
        assert result.ok, result.problems
        if not result.written:  # a data input (a partner list) prints nothing
            continue
        document = docx.Document(str(result.written[0]))
        summaries = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "VB Trích yếu"]
        if summaries:  # the page keeps "năm 2022" on one line (no-break spaces); the title property is plain text
            assert document.core_properties.title == " ".join(summaries[0].split()), source.name


@pytest.mark.libreoffice
def test_the_pdf_has_the_title_and_vietnamese_as_its_language(tmp_path: Path) -> None:
    written = _build(tmp_path)
    [pdf] = pdf_for([written])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    title = docx.Document(str(written)).core_properties.title
    assert f"Title:           {title}" in info.splitlines()
    assert b"/Lang(vi-VN)" in pdf.read_bytes()
